//! For an owner who comes back: how far they got, continue, or start again.

use leptos::prelude::*;

use crate::components::tr;

use crate::app::AppState;
use crate::components::ConfirmButton;
use crate::model::{assess, questionnaire};
use crate::route::resume;

/// "You have answered 12 of 27 questions" (or their last result) with "Continue" and a
/// confirmed "Start again", which keeps the current answers in the history.
#[component]
pub fn ResumePanel() -> impl IntoView {
    let state = AppState::get();
    let q = questionnaire();
    let t = move || state.t();
    let assessment = Memo::new(move |_| state.response.with(|r| assess(q, r)));
    let complete = move || assessment.with(|a| a.scores.progress.is_complete());
    let summary = move || {
        assessment.with(|a| {
            if a.scores.progress.is_complete() {
                t().resume_done
                    .replace("{score}", &a.scores.percent().to_string())
                    .replace("{level}", q.levels[a.level].name.get(state.lang.get()))
            } else {
                t().resume_progress
                    .replace("{answered}", &a.scores.progress.answered.to_string())
                    .replace("{total}", &a.scores.progress.applicable.to_string())
            }
        })
    };
    view! {
        <div class="sm-resume" role="region" aria-labelledby="sm-resume-title">
            <h2 id="sm-resume-title" class="sm-resume__title">{tr(|t| t.resume_title)}</h2>
            <p class="sm-resume__summary">{summary}</p>
            <button
                type="button"
                class="sm-button sm-button--primary sm-welcome__start"
                on:click=move |_| state.navigate(state.response.with_untracked(|r| resume(q, r)))
            >
                {move || if complete() { t().view_results } else { t().resume_continue }}
            </button>
            <ConfirmButton
                label=|t| t.restart
                question=|t| t.restart_confirm
                confirm=|t| t.restart_yes
                on_confirm=move || state.start_again()
            />
        </div>
    }
}
