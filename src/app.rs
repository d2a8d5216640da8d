//! The application shell: shared state, the start-up sequence and the top-level view.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{AppNotice, LanguageSwitch, Notice, tr};
use crate::locale::{Strings, strings};
use crate::model::{Lang, choose_lang};
use crate::pages::Welcome;
use crate::storage;

/// The element `index.html` renders the static welcome into; the app takes it over.
const ROOT_ID: &str = "sm-app";
/// The hidden message `index.html` carries for when the app cannot run.
const FATAL_ID: &str = "sm-fatal";

/// State every screen reads, provided as context. `Copy`, so closures take it freely.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The interface language.
    pub lang: RwSignal<Lang>,
    /// A message about something the app could not do as asked.
    pub notice: RwSignal<Option<AppNotice>>,
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
}

/// Starts the app: installs the panic message, reads the link and the device, replaces the
/// static shell.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal_message();
    }));
    let document = document();
    let Some(root) = document
        .get_element_by_id(ROOT_ID)
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return show_fatal_message();
    };
    let link_lang = document
        .location()
        .and_then(|location| location.search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("lang"));
    let choice = choose_lang(link_lang.as_deref(), storage::saved_lang().as_deref());
    root.set_inner_html("");
    leptos::mount::mount_to(root, move || {
        view! { <App lang=choice.lang unknown_lang_request=choice.unknown_request /> }
    })
    .forget();
    // Lets tests (and styles) tell the live app from the static shell it replaced.
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-sm-ready", "true");
    }
}

/// Reveals the static "the app could not run" message, so a failure is never a blank or frozen
/// page without a word. The text lives in `index.html` because it must also show when the
/// WebAssembly never loads at all.
fn show_fatal_message() {
    if let Some(message) = document().get_element_by_id(FATAL_ID) {
        let _ = message.remove_attribute("hidden");
    }
}

/// The whole app: shared state, then the current screen.
#[component]
pub fn App(
    /// The language to start in.
    lang: Lang,
    /// A `lang` link parameter naming a language the app does not have.
    unknown_lang_request: Option<String>,
) -> impl IntoView {
    let state = AppState {
        lang: RwSignal::new(lang),
        notice: RwSignal::new(unknown_lang_request.map(AppNotice::UnknownLanguage)),
    };
    provide_context(state);
    storage::persist(state);
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", state.lang.get().code());
        }
    });
    view! {
        <header class="sm-topbar">
            <span class="sm-brand">
                <img class="sm-brand__mark" src="static/icon.svg" alt="" width="28" height="28" />
                {tr(|t| t.app_name)}
            </span>
            <LanguageSwitch />
        </header>
        <Notice />
        <main class="sm-main" id="sm-main">
            <Welcome />
        </main>
    }
}
