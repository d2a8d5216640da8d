//! A dismissible message about something the app could not do as asked.

use leptos::prelude::*;

use crate::state::AppState;

/// The current notice as a polite status message with a close button; nothing without one.
#[component]
pub fn Notice() -> impl IntoView {
    let state = AppState::get();
    // One closure for the notice and its language: no inner closure for the text.
    move || {
        let t = state.t();
        state.notice.get().map(|notice| {
            view! {
                <div class="sm-notice" role="status">
                    <p class="sm-notice__text">{notice.text(t)}</p>
                    <button
                        type="button"
                        class="sm-notice__close"
                        on:click=move |_| state.notice.set(None)
                    >
                        {t.dismiss}
                    </button>
                </div>
            }
        })
    }
}
