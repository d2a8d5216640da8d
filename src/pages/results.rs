//! The owner's own result, their history on this phone, and the way to take the check again.

use leptos::prelude::*;

use crate::components::tr;

use crate::app::AppState;
use crate::components::results::ResultsView;
use crate::components::{ConfirmButton, HistoryList};
use crate::model::{Response, questionnaire};
use crate::route::Route;

/// The owner's result: everything the model says about their answers, their earlier results,
/// and "take the check again" (which keeps this result in the history).
#[component]
pub fn ResultsPage() -> impl IntoView {
    let state = AppState::get();
    let previous = Signal::derive(move || state.history.with(|h| h.last().cloned()));
    let retake = move || {
        let finished = state.response.get_untracked();
        state.history.update(|history| history.push(finished));
        state.response.set(Response::new(questionnaire()));
        state.navigate(Route::ProductType);
    };
    view! {
        <ResultsView response=state.response own=true previous />
        <section class="sm-card sm-section sm-print-hide" aria-labelledby="sm-history-title">
            <h2 id="sm-history-title">{tr(|t| t.history_title)}</h2>
            <HistoryList />
            <ConfirmButton
                label=|t| t.retake
                question=|t| t.restart_confirm
                confirm=|t| t.restart_yes
                on_confirm=retake
            />
        </section>
    }
}
