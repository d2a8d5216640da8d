//! A dismissible message about something the app could not do as asked.

use leptos::prelude::*;

use crate::app::AppState;
use crate::locale::Strings;
use crate::storage::NotKept;

/// Something the owner should know that went differently from what they (or a link) asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AppNotice {
    /// A `lang` link parameter named a language the app does not have.
    UnknownLanguage(String),
    /// This many saved items could not be read; they are set aside, not deleted.
    UnreadableSave(usize),
    /// The device is not keeping the answers.
    NotKept(NotKept),
}

impl AppNotice {
    /// The message in the language of `t`.
    pub fn text(&self, t: &Strings) -> String {
        match self {
            AppNotice::UnknownLanguage(requested) => {
                t.unknown_language.replace("{lang}", requested)
            }
            AppNotice::UnreadableSave(count) => {
                t.unreadable_save.replace("{count}", &count.to_string())
            }
            AppNotice::NotKept(NotKept::Full) => t.not_kept_full.to_owned(),
            AppNotice::NotKept(NotKept::Refused) => t.not_kept_refused.to_owned(),
        }
    }
}

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
