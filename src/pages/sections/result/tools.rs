//! The export tools on the owner's own result: the way to the price ladder and the HS code
//! search, and what the owner kept of them (the ladder, when they chose to show it in the
//! report; the HS code they chose). Both are kept on the phone, not in the result's link.

use leptos::prelude::*;

use super::step_item::tool_name;
use crate::model::{Tool, questionnaire};
use crate::pages::sections::hs::kept_code_view;
use crate::pages::sections::price::ladder_view;
use crate::route::Route;
use crate::state::AppState;
use crate::storage;

/// The tools' section.
#[component]
pub fn ExportTools() -> impl IntoView {
    let state = AppState::get();
    let price = storage::saved_price().filter(|sheet| sheet.in_report);
    let kept_code = storage::saved_hs_code();
    let nothing_kept = price.is_none() && kept_code.is_none();
    move || {
        let (lang, t) = (state.lang.get(), state.result_t());
        let links = [Tool::Price, Tool::HsCode]
            .map(|tool| {
                view! {
                    <a class="sm-button" href=Route::from(tool).fragment(questionnaire())>
                        {tool_name(tool, t)}
                    </a>
                }
            })
            .collect_view();
        let ladder = price.as_ref().map(|sheet| {
            view! {
                <h3 class="sm-markets__title">{t.price_ladder_title}</h3>
                {ladder_view(sheet, lang, t)}
            }
        });
        view! {
            <section
                class="sm-card sm-results__section sm-tools"
                // Nothing kept: only the ways to the tools, which print leaves out.
                class:sm-print-hide=nothing_kept
                aria-labelledby="sm-tools-title"
            >
                <h2 id="sm-tools-title" class="sm-results__heading">{t.tools_heading}</h2>
                <p class="sm-results__intro sm-print-hide">{t.tools_intro}</p>
                {kept_code.as_deref().and_then(|kept| kept_code_view(kept, lang, t))}
                {ladder}
                <p class="sm-tools__links sm-print-hide">{links}</p>
            </section>
        }
    }
}
