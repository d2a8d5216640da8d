//! Someone's result opened from a shared link: read-only, and never touching the visitor's own
//! saved answers.

use leptos::prelude::*;

use crate::components::{result_tr, tr};

use crate::components::link_error_text;
use crate::model::{decode_code, questionnaire};
use crate::pages::sections::result::ResultsView;
use crate::route::Route;
use crate::state::AppState;

/// The result in `code` (the text after `#r=`), or a clear message if it cannot be read.
#[component]
pub fn SharedResult(
    /// The result code from the link, as it came.
    code: String,
) -> impl IntoView {
    let state = AppState::get();
    let t = move || state.result_t();
    let take_check = move || {
        view! {
            <p class="sm-section sm-print-hide">
                <a class="sm-button sm-button--primary" href=Route::Welcome.fragment(questionnaire())>
                    {result_tr(|t| t.take_check_yourself)}
                </a>
            </p>
        }
    };
    match decode_code(questionnaire(), &code) {
        Ok(response) => {
            let label = response.label.clone();
            view! {
                <section class="sm-shared-intro sm-print-hide" aria-label=result_tr(|t| t.shared_title)>
                    <p class="sm-eyebrow">{result_tr(|t| t.shared_title)}</p>
                    {label.map(|label| {
                        view! { <p class="sm-shared-intro__label">
                            {move || t().shared_label.replace("{label}", &label)}
                        </p> }
                    })}
                    <p>{result_tr(|t| t.shared_intro)}</p>
                </section>
                <ResultsView response=Signal::stored(response) own=false />
                {take_check()}
            }
            .into_any()
        }
        Err(error) => view! {
            <section class="sm-card sm-link-error" role="alert" aria-labelledby="sm-link-error-title">
                <h1 id="sm-link-error-title" class="sm-title">{result_tr(|t| t.link_error_title)}</h1>
                <p>{tr(link_error_text(error))}</p>
            </section>
            {take_check()}
        }
        .into_any(),
    }
}
