//! The owner's own result, their history on this phone, and the way to take the check again.

use leptos::prelude::*;

use crate::components::result_tr;

use super::sections::HistoryList;
use crate::components::ConfirmButton;
use crate::model::{assess, questionnaire};
use crate::pages::sections::result::ResultsView;
use crate::result_event::announce_result;
use crate::state::AppState;

/// The owner's result: everything the model says about their answers, their earlier results,
/// and "take the check again" (which keeps this result in the history).
#[component]
pub fn ResultsPage() -> impl IntoView {
    let state = AppState::get();
    // Each time the owner's result is complete, or changes, the page hears of it (for a host).
    Effect::new(move |_| {
        let q = questionnaire();
        let assessment = state.response.with(|r| assess(q, r));
        if assessment.scores.progress.is_complete() {
            announce_result(q, &assessment, state.lang.get_untracked());
        }
    });
    view! {
        <ResultsView response=state.response own=true />
        <section class="sm-card sm-section sm-print-hide" aria-labelledby="sm-history-title">
            <h2 id="sm-history-title">{result_tr(|t| t.history_title)}</h2>
            <HistoryList />
            <ConfirmButton
                label=result_tr(|t| t.retake)
                question=result_tr(|t| t.restart_confirm)
                confirm=result_tr(|t| t.restart_yes)
                on_confirm=move || state.start_again()
            />
        </section>
    }
}
