//! Tells the mentor what went differently: saved workshops or results that could not be read
//! (set aside, not erased), a link asking for a language the app does not have, or a device
//! that would not keep a change.

use leptos::prelude::*;

use crate::components::tr;
use crate::locale::strings;
use crate::mentor::state::{MentorNotice, MentorState};

/// The current notice as a polite status message with a close button; nothing without one.
#[component]
pub fn StartupNotice() -> impl IntoView {
    let state = MentorState::get();
    move || {
        let lang = state.lang.get();
        state.notice.get().map(|notice| {
            let text = match notice {
                MentorNotice::UnknownLanguage(requested) => {
                    strings(lang).unknown_language.replace("{lang}", &requested)
                }
                MentorNotice::Unreadable(count) => state
                    .m()
                    .mentor_unreadable
                    .replace("{count}", &count.to_string()),
                MentorNotice::NotSaved => state.m().mentor_not_saved.to_owned(),
            };
            view! {
                <div class="sm-notice" role="status">
                    <p class="sm-notice__text">{text}</p>
                    <button type="button" class="sm-notice__close" on:click=move |_| state.notice.set(None)>
                        {tr(|t| t.dismiss)}
                    </button>
                </div>
            }
        })
    }
}
