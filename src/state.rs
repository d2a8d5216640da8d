//! The owner's app state that every screen reads, and the messages it may show.

use leptos::prelude::*;

use crate::locale::{ResultStrings, Strings, result_strings, strings};
use crate::model::{Lang, Response, questionnaire};
use crate::page::{scroll_to_top, set_fragment};
use crate::route::Route;
use crate::storage::NotKept;

/// State every screen reads, provided as context. `Copy`, so closures take it freely.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The interface language.
    pub lang: RwSignal<Lang>,
    /// The owner's own answers, saved on the device at every change.
    pub response: RwSignal<Response>,
    /// The owner's earlier results, oldest first.
    pub history: RwSignal<Vec<Response>>,
    /// The screen shown, read from the link's fragment.
    pub route: RwSignal<Route>,
    /// A message about something the app could not do as asked.
    pub notice: RwSignal<Option<AppNotice>>,
    /// While the device is not keeping the answers, why ([`AppNotice::NotKept`]), even once
    /// that notice is closed. Of the notice's type: a signal of a type of its own brings its own
    /// copy of the signals' generic code into every owner's download.
    pub not_kept: RwSignal<Option<AppNotice>>,
    /// The workshop whose invitation opened the check, named in the share message.
    pub workshop: Option<&'static str>,
}

impl AppState {
    /// The state of the app, as provided by [`App`].
    pub fn get() -> Self {
        expect_context()
    }

    /// The interface strings in the current language (reactive).
    pub fn t(&self) -> &'static Strings {
        strings(self.lang.get())
    }

    /// The strings of the result's screens in the current language (reactive); they include
    /// every other interface string. Only the later part (src/parts.rs) calls this, so only it
    /// carries them.
    pub fn result_t(&self) -> &'static ResultStrings {
        result_strings(self.lang.get())
    }

    /// Starts the check again from the product type; the current answers stay in the history.
    pub fn start_again(&self) {
        let current = self.response.get_untracked();
        self.history.update(|history| history.push(current));
        self.response.set(Response::new(questionnaire()));
        self.navigate(Route::ProductType);
    }

    /// Tells the owner at once that the device stopped keeping their answers (why), and clears
    /// that message once it keeps them again (`None`).
    pub fn tell_not_kept(&self, problem: Option<NotKept>) {
        let problem = problem.map(AppNotice::NotKept);
        self.not_kept.set(problem.clone());
        self.notice.update(|notice| {
            if problem.is_some() || matches!(notice, Some(AppNotice::NotKept(_))) {
                *notice = problem;
            }
        });
    }

    /// Goes to `route`, as a new entry in the browser's history (so "back" returns).
    pub fn navigate(&self, route: Route) {
        set_fragment(&route.fragment(questionnaire()));
        self.route.set(route);
        scroll_to_top();
    }
}

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
