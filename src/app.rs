//! The application shell: shared state, the start-up sequence and the top-level view.

use leptos::prelude::*;

use crate::components::tr;

use crate::components::{AppNotice, LanguageSwitch, Notice, UiLang, later};
use crate::locale::{Strings, strings};
use crate::model::{Day, Lang, Response, choose_lang, questionnaire};
use crate::page::{Page, follow_fragment_changes, follow_language, scroll_to_top, set_fragment};
use crate::pages::{Privacy, ProductTypePage, QuestionPage, ResultsPage, SharedResult, Welcome};
use crate::route::Route;
use crate::storage;

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

    /// Starts the check again from the product type; the current answers stay in the history.
    pub fn start_again(&self) {
        let current = self.response.get_untracked();
        self.history.update(|history| history.push(current));
        self.response.set(Response::new(questionnaire()));
        self.navigate(Route::ProductType);
    }

    /// Goes to `route`, as a new entry in the browser's history (so "back" returns).
    pub fn navigate(&self, route: Route) {
        set_fragment(&route.fragment(questionnaire()));
        self.route.set(route);
        scroll_to_top();
    }
}

/// Everything [`App`] starts from, read from the link and the device.
pub struct Startup {
    /// The language to start in.
    pub lang: Lang,
    /// The owner's saved answers.
    pub response: Response,
    /// The owner's saved earlier results.
    pub history: Vec<Response>,
    /// The screen the link points at.
    pub route: Route,
    /// Something to tell the owner at once.
    pub notice: Option<AppNotice>,
    /// The workshop the owner was invited from, if any.
    pub workshop: Option<String>,
}

impl Startup {
    /// A fresh start on the welcome screen, nothing saved.
    pub fn fresh(lang: Lang) -> Startup {
        Startup {
            lang,
            response: Response::new(questionnaire()),
            history: Vec::new(),
            route: Route::Welcome,
            notice: None,
            workshop: None,
        }
    }
}

/// Starts the app: installs the panic message, reads the link and the device, replaces the
/// static shell.
pub fn start() {
    let Some(page) = Page::open() else { return };
    let choice = choose_lang(
        page.param("lang").as_deref(),
        storage::saved_lang().as_deref(),
    );
    let workshop = storage::workshop(page.param("w").as_deref());
    let saved = storage::load();
    let notice = choice
        .unknown_request
        .map(AppNotice::UnknownLanguage)
        .or((saved.unreadable > 0).then_some(AppNotice::UnreadableSave(saved.unreadable)));
    let startup = Startup {
        lang: choice.lang,
        response: saved
            .current
            .unwrap_or_else(|| Response::new(questionnaire())),
        history: saved.history,
        route: Route::parse(questionnaire(), &page.fragment),
        notice,
        workshop,
    };
    page.take_over(|root| leptos::mount::mount_to(root, move || view! { <App startup /> }));
}

/// The screen a fragment names, for [`follow_fragment_changes`].
fn route_of(fragment: &str) -> Route {
    Route::parse(questionnaire(), fragment)
}

/// The whole app: shared state, then the current screen.
#[component]
pub fn App(
    /// The language, answers, history, screen and message to start from.
    startup: Startup,
) -> impl IntoView {
    let state = AppState {
        lang: RwSignal::new(startup.lang),
        response: RwSignal::new(startup.response),
        history: RwSignal::new(startup.history),
        route: RwSignal::new(startup.route),
        notice: RwSignal::new(startup.notice),
        not_kept: RwSignal::new(None),
        // Read once per visit and shown as long as the page lives.
        workshop: startup.workshop.map(|name| &*name.leak()),
    };
    provide_context(state);
    provide_context(UiLang(state.lang));
    storage::persist(state);
    follow_fragment_changes(state.route, route_of);
    follow_language(state.lang);

    let screen = move || match state.route.get() {
        Route::Welcome => view! { <Welcome /> }.into_any(),
        Route::ProductType => view! { <ProductTypePage /> }.into_any(),
        Route::Question(index) => view! { <QuestionPage index /> }.into_any(),
        Route::Results => view! { <ResultsPage /> }.into_any(),
        Route::Shared(code) => view! { <SharedResult code /> }.into_any(),
        Route::Privacy => view! { <Privacy /> }.into_any(),
    };
    // Named landmarks: inside a host site's page (embed.html) they stay apart from the host's own.
    let name = strings(Lang::Id).app_name;
    view! {
        <header class="sm-topbar" aria-label=name>
            <a class="sm-brand" href="#/">
                <img class="sm-brand__mark" src="static/icon.svg" alt="" width="28" height="28" />
                {tr(|t| t.app_name)}
            </a>
            <LanguageSwitch />
        </header>
        <Notice />
        <main class="sm-main" id="sm-main" aria-label=name>
            // The frame first, the screen in a task of its own (see `later`).
            {later(Box::new(move || vec![screen.into_any()]))}
        </main>
        <footer class="sm-footer sm-print-hide" aria-label=name>
            <a href=Route::Privacy.fragment(questionnaire())>{tr(|t| t.privacy_link)}</a>
            <a class="sm-footer__mentor" href="mentor/">{tr(|t| t.mentor_link)}</a>
        </footer>
    }
}

/// Today's date on the phone's own calendar, for dating a result.
pub fn today() -> Option<Day> {
    let now = js_sys::Date::new_0();
    let month = u8::try_from(now.get_month() + 1).ok()?;
    let day = u8::try_from(now.get_date()).ok()?;
    Day::from_ymd(i32::try_from(now.get_full_year()).ok()?, month, day)
}
