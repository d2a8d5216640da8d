//! For an owner who comes back: how far they got, continue, or start again.

use leptos::prelude::*;

use crate::components::result_tr;

use crate::components::ConfirmButton;
use crate::model::{assess, questionnaire};
use crate::route::resume;
use crate::state::AppState;

/// "You have answered 12 of 27 questions" (or their last result) with "Continue" and a
/// confirmed "Start again", which keeps the current answers in the history.
#[component]
pub fn ResumePanel() -> impl IntoView {
    let state = AppState::get();
    let q = questionnaire();
    // The summary and the button's words in one closure, for a smaller WebAssembly.
    let summary_and_continue = move || {
        let (lang, t) = (state.lang.get(), state.result_t());
        let a = state.response.with(|r| assess(q, r));
        let (summary, button) = {
            if a.scores.progress.is_complete() {
                let summary = t
                    .resume_done
                    .replace("{score}", &a.scores.percent().to_string())
                    .replace("{level}", q.levels[a.level].name.get(lang));
                (summary, t.see_results)
            } else {
                let summary = t
                    .resume_progress
                    .replace("{answered}", &a.scores.progress.answered.to_string())
                    .replace("{total}", &a.scores.progress.applicable.to_string());
                (summary, t.resume_continue)
            }
        };
        view! {
            <p class="sm-resume__summary">{summary}</p>
            <button
                type="button"
                class="sm-button sm-button--primary sm-welcome__start"
                on:click=move |_| state.navigate(state.response.with_untracked(|r| resume(q, r)))
            >
                {button}
            </button>
        }
    };
    view! {
        <div class="sm-resume" role="region" aria-labelledby="sm-resume-title">
            <h2 id="sm-resume-title" class="sm-resume__title">{result_tr(|t| t.resume_title)}</h2>
            {summary_and_continue}
            <ConfirmButton
                label=result_tr(|t| t.restart)
                question=result_tr(|t| t.restart_confirm)
                confirm=result_tr(|t| t.restart_yes)
                on_confirm=move || state.start_again()
            />
        </div>
    }
}
