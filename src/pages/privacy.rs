//! What the app keeps on this phone, and deleting all of it.

use leptos::prelude::*;

use crate::components::{acronym_notes, result_tr, tr};

use crate::components::ConfirmButton;
use crate::model::{Response, questionnaire};
use crate::route::Route;
use crate::state::AppState;
use crate::storage;

/// The privacy note: one plain statement, the list of what is stored, and "delete everything".
#[component]
pub fn Privacy() -> impl IntoView {
    let state = AppState::get();
    let (deleted, set_deleted) = signal(false);
    let delete = move || {
        state.response.set(Response::new(questionnaire()));
        state.history.set(Vec::new());
        storage::delete_everything();
        set_deleted.set(true);
    };
    let acronyms = move || {
        let (lang, t) = (state.lang.get(), state.result_t());
        acronym_notes(&[t.privacy_stored_tools], lang, t, &mut Vec::new())
    };
    view! {
        <section class="sm-card sm-privacy" aria-labelledby="sm-privacy-title">
            <h1 id="sm-privacy-title" class="sm-title">{result_tr(|t| t.privacy_title)}</h1>
            <p class="sm-lead">{result_tr(|t| t.privacy_body)}</p>
            <h2 class="sm-subtitle">{result_tr(|t| t.privacy_stored_title)}</h2>
            <ul class="sm-privacy__list">
                <li>{result_tr(|t| t.privacy_stored_lang)}</li>
                <li>{result_tr(|t| t.privacy_stored_current)}</li>
                <li>{result_tr(|t| t.privacy_stored_history)}</li>
                <li>{result_tr(|t| t.privacy_stored_workshop)}</li>
                <li>{result_tr(|t| t.privacy_stored_tools)}</li>
                <li>{result_tr(|t| t.privacy_stored_app)}</li>
            </ul>
            <div inner_html=acronyms></div>
            {move || {
                if deleted.get() {
                    view! { <p class="sm-privacy__deleted" role="status">{tr(|t| t.deleted)}</p> }
                        .into_any()
                } else {
                    view! {
                        <ConfirmButton
                            label=result_tr(|t| t.delete_all)
                            question=result_tr(|t| t.delete_confirm)
                            confirm=result_tr(|t| t.delete_yes)
                            danger=true
                            on_confirm=delete
                        />
                    }
                    .into_any()
                }
            }}
            <p>
                <a class="sm-button" href=Route::Welcome.fragment(questionnaire())>
                    {tr(|t| t.back)}
                </a>
            </p>
        </section>
    }
}
