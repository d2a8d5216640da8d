//! What both entry pages do to start and to move between screens: the owner's `index.html`
//! and the mentor's `mentor.html` carry the same static shell, fatal message and link
//! parameters, and keep their screen in the link's fragment.

use leptos::prelude::*;

use crate::model::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// The element the static shell is rendered into; the app takes it over.
const ROOT_ID: &str = "sm-app";
/// The hidden message the page carries for when the app cannot run.
const FATAL_ID: &str = "sm-fatal";

/// The page being started: its shell's element, its link's fragment and query.
pub struct Page {
    root: web_sys::HtmlElement,
    /// The link's fragment, `#` included (empty if none).
    pub fragment: String,
    params: Option<web_sys::UrlSearchParams>,
}

impl Page {
    /// Installs the panic message and finds the static shell; `None`, with the fatal message
    /// shown, if the page has none.
    pub fn open() -> Option<Page> {
        // The message and where it happened, for the console; console_error_panic_hook's
        // fuller report cost 0.3 KB of every owner's download.
        std::panic::set_hook(Box::new(|info| {
            let payload = info.payload();
            let message = payload
                .downcast_ref::<&str>()
                .copied()
                .or_else(|| payload.downcast_ref::<String>().map(String::as_str));
            let (file, line) = info.location().map_or(("", 0), |at| (at.file(), at.line()));
            web_sys::console::error_3(
                &message.unwrap_or("panic").into(),
                &file.into(),
                &line.into(),
            );
            show_fatal_message();
        }));
        let document = document();
        let Some(root) = document
            .get_element_by_id(ROOT_ID)
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            show_fatal_message();
            return None;
        };
        let location = document.location();
        let params = location
            .as_ref()
            .and_then(|location| location.search().ok())
            .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok());
        let fragment = location.and_then(|l| l.hash().ok()).unwrap_or_default();
        Some(Page {
            root,
            fragment,
            params,
        })
    }

    /// A parameter of the link's query (`?lang=en`).
    pub fn param(&self, name: &str) -> Option<String> {
        self.params.as_ref().and_then(|params| params.get(name))
    }

    /// Replaces the static shell with the element `mount` fills.
    pub fn take_over<M>(self, mount: impl FnOnce(web_sys::HtmlElement) -> M) {
        self.root.set_inner_html("");
        // The app lives as long as the page.
        std::mem::forget(mount(self.root));
        // Lets tests (and styles) tell the live app from the static shell it replaced.
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("data-sm-ready", "true");
        }
    }
}

/// Reveals the static "the app could not run" message, so a failure is never a blank or frozen
/// page without a word. The text lives in the HTML because it must also show when the
/// WebAssembly never loads at all.
fn show_fatal_message() {
    if let Some(message) = document().get_element_by_id(FATAL_ID) {
        let _ = message.remove_attribute("hidden");
    }
}

/// Shows the top of the new screen.
pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Puts `fragment` in the link, as a new entry in the browser's history (so "back" returns).
pub fn set_fragment(fragment: &str) {
    if let Some(location) = web_sys::window().map(|w| w.location()) {
        let _ = location.set_hash(fragment);
    }
}

/// Follows the back and forward buttons (and links) to the screen their fragment names. The
/// app's own navigation changes the fragment too, and its `hashchange` arrives later: that one
/// names the screen already shown and must not draw it again (which would move the keyboard
/// focus back to the heading while someone is choosing an answer).
pub fn follow_fragment_changes<R>(route: RwSignal<R>, parse: fn(&str) -> R)
where
    R: PartialEq + Send + Sync + 'static,
{
    let on_change = Closure::<dyn Fn()>::new(move || {
        let fragment = document()
            .location()
            .and_then(|l| l.hash().ok())
            .unwrap_or_default();
        let named = parse(&fragment);
        if route.with_untracked(|shown| *shown != named) {
            route.set(named);
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .add_event_listener_with_callback("hashchange", on_change.as_ref().unchecked_ref());
    }
    // The listener lives as long as the page, like the app.
    on_change.forget();
}

/// Keeps the page's `lang` attribute on the interface language, so screen readers read the
/// words in the language shown.
pub fn follow_language(lang: RwSignal<Lang>) {
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().code());
        }
    });
}
