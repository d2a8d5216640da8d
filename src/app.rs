//! The application shell: shared state, the start-up sequence and the top-level view.

use leptos::prelude::*;

use crate::components::tr;

use crate::components::{LanguageSwitch, UiLang, later};
use crate::locale::{Language, LoadLanguage, both_here, compiled_in, install, strings};
use crate::model::{Lang, Response, choose_lang, questionnaire};
use crate::page::{BACKGROUND_AFTER, Page, follow_fragment_changes, follow_language};
use crate::pages::sections::Notice;
use crate::pages::{ProductTypePage, QuestionPage, Welcome, way_in};
use crate::parts::{LINGER, LaterPart, LoadLater, load_here};
use crate::route::Route;
use crate::state::{AppNotice, AppState};
use crate::storage::{self, OwnerData};

/// Everything [`App`] starts from, read from the link and the device.
pub struct Startup {
    /// The language to start in, and what it brings.
    pub lang: Lang,
    pub language: &'static Language,
    /// How another language is brought in when the owner switches.
    pub bring: LoadLanguage,
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
    /// How the screens of the later part arrive.
    pub later: LoadLater,
}

impl Startup {
    /// A fresh start on the welcome screen, nothing saved, with both languages here.
    pub fn fresh(lang: Lang) -> Startup {
        Startup {
            lang,
            language: compiled_in(lang),
            bring: both_here,
            response: Response::new(questionnaire()),
            history: Vec::new(),
            route: Route::Welcome,
            notice: None,
            workshop: None,
            later: load_here,
        }
    }
}

/// How the owner's app brings in its parts: its later screens and each language.
pub struct Parts {
    pub later: LoadLater,
    pub language: LoadLanguage,
}

/// Starts the app: installs the panic message, reads the link and the device, brings in the
/// language to show, and replaces the static shell.
pub fn start(parts: Parts) {
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
    // A check left unfinished under an older questionnaire goes on with the current questions;
    // what it held that they no longer ask stays in the history.
    let (response, older) = saved
        .current
        .unwrap_or_else(|| Response::new(questionnaire()))
        .continued(questionnaire());
    let mut history = saved.history;
    history.extend(older);
    let route = Route::parse(questionnaire(), &page.fragment);
    wasm_bindgen_futures::spawn_local(async move {
        // Without its words the app has nothing to show: the page says so, as when the
        // WebAssembly itself cannot run.
        let Some(language) = (parts.language)(choice.lang).await else {
            page.give_up();
            return;
        };
        let startup = Startup {
            lang: choice.lang,
            language,
            bring: parts.language,
            response,
            history,
            route,
            notice,
            workshop,
            later: parts.later,
        };
        page.take_over(|root| leptos::mount::mount_to(root, move || view! { <App startup /> }));
    });
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
    install(startup.lang, startup.language);
    // Fetched once a question has stayed on screen a moment, at once on a later screen, and in
    // any case after a pause on the welcome or the product type.
    let later_part = LaterPart::new(startup.later);
    later_part.fetch_after(LINGER);
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
    provide_context(UiLang {
        lang: state.lang,
        bring: startup.bring,
    });
    let owner_data = OwnerData {
        lang: state.lang,
        response: state.response,
        history: state.history,
    };
    storage::persist(owner_data, move |problem| state.tell_not_kept(problem));
    follow_fragment_changes(state.route, route_of);
    follow_language(state.lang);

    // A question screen's read-aloud, once the later part is here: not worth fetching it early.
    let listen =
        move || ViewFn::from(move || later_part.when_here(Box::new(|screens| (screens.listen)())));
    let screen = move || match state.route.get() {
        Route::Welcome => {
            let resume = move || {
                later_part.piece_or(
                    Box::new(|screens| (screens.resume)()),
                    Box::new(|| way_in(|t| t.resume_continue)),
                )
            };
            view! { <Welcome resume /> }.into_any()
        }
        Route::ProductType => view! { <ProductTypePage listen=listen() /> }.into_any(),
        Route::Question(index) => {
            // The owner's taps come first: the wait starts again with each question.
            later_part.fetch_after(BACKGROUND_AFTER);
            let hint = move || later_part.piece(Box::new(move |screens| (screens.hint)(index)));
            // The question about target markets offers their choice, from the later part.
            let markets = (index == questionnaire().markets_asked_with).then(|| {
                ViewFn::from(move || later_part.piece(Box::new(|screens| (screens.markets)())))
            });
            // A question a later version retired (changing an older result's answer) has its
            // words in the later part, with the older results.
            if questionnaire().questions[index].until.is_some() {
                return later_part.screen(Box::new(move |_| {
                    view! { <QuestionPage index hint markets=None listen=listen() /> }.into_any()
                }));
            }
            view! { <QuestionPage index hint markets listen=listen() /> }.into_any()
        }
        // Every other screen is the later part's.
        route => later_part.screen(Box::new(move |screens| (screens.screen)(route.clone()))),
    };
    // Named landmarks: inside a host site's page (embed.html) they stay apart from the host's own.
    let name = strings(startup.lang).app_name;
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
