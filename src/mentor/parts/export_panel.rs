//! Taking a workshop away: CSV for spreadsheets (every answer, one row per participant) and the
//! browser's print view of the group summary.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::mentor::state::MentorState;
use crate::mentor::text::mt;
use crate::model::{Separator, markets, questionnaire, to_csv};

/// Saves `text` as a file called `name` through the browser's downloads.
fn download(name: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link: web_sys::HtmlAnchorElement = document().create_element("a").ok()?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    web_sys::Url::revoke_object_url(&url).ok()
}

/// The export buttons.
#[component]
pub fn ExportPanel(
    /// The workshop exported.
    id: u32,
) -> impl IntoView {
    let state = MentorState::get();
    let export = move |separator: Separator| {
        if let Some(workshop) = state.workshop(id) {
            let csv = to_csv(
                questionnaire(),
                markets(),
                &workshop.participants,
                state.lang.get_untracked(),
                separator,
            );
            download(&workshop.csv_file_name(), &csv);
        }
    };
    let print = |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <section class="sm-card sm-section sm-print-hide" aria-labelledby="sm-export-title">
            <h2 id="sm-export-title">{mt(|m| m.export_heading)}</h2>
            <p class="sm-results__intro">{mt(|m| m.export_intro)}</p>
            <div class="sm-actions">
                <button type="button" class="sm-button" on:click=move |_| export(Separator::Semicolon)>
                    {mt(|m| m.export_csv_semicolon)}
                </button>
                <button type="button" class="sm-button" on:click=move |_| export(Separator::Comma)>
                    {mt(|m| m.export_csv_comma)}
                </button>
                <button type="button" class="sm-button" on:click=print>{mt(|m| m.export_print)}</button>
            </div>
        </section>
    }
}
