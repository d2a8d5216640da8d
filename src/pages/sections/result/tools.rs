//! The export tools on the owner's own result: the way to the price ladder and the HS code
//! search, and what the owner kept of them (the ladder, when they chose to show it in the
//! report; the HS code they chose). Both are kept on the phone, not in the result's link.

use leptos::prelude::*;

use super::step_item::tool_link;
use super::{markup_section, section_heading};
use crate::components::{acronym_notes, element, text_element};
use crate::model::Tool;
use crate::pages::sections::hs::kept_code;
use crate::pages::sections::price::ladder_markup;
use crate::state::AppState;
use crate::storage;

/// The tools' section.
#[component]
pub fn ExportTools() -> impl IntoView {
    let state = AppState::get();
    let price = storage::saved_price().filter(|sheet| sheet.in_report);
    let kept = storage::saved_hs_code();
    let class = if price.is_none() && kept.is_none() {
        // Nothing kept: only the ways to the tools, which print leaves out.
        "sm-card sm-results__section sm-tools sm-print-hide"
    } else {
        "sm-card sm-results__section sm-tools"
    };
    let content = move || {
        let (lang, t) = (state.lang.get(), state.result_t());
        let mut explained = Vec::new();
        let links = [Tool::Price, Tool::HsCode]
            .map(|tool| tool_link(tool, t))
            .concat();
        let mut markup = [
            section_heading("sm-tools-title", t.tools_heading),
            text_element("p", "sm-results__intro sm-print-hide", t.tools_intro),
            acronym_notes(&[t.tools_intro], lang, t, &mut explained),
        ]
        .concat();
        if let Some(kept) = kept.as_deref() {
            markup += &kept_code(kept, lang, t, &mut explained);
        }
        if let Some(sheet) = price.as_ref() {
            markup += &text_element("h3", "sm-markets__title", t.price_ladder_title);
            markup += &ladder_markup(sheet, lang, t, &mut explained);
        }
        markup + &element("p", "sm-tools__links sm-print-hide", &links)
    };
    markup_section(class, "sm-tools-title", Box::new(content))
}
