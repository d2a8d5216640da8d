//! What both entry pages do to start and to move between screens: the owner's `index.html`
//! and the mentor's `mentor.html` carry the same static shell, fatal message and link
//! parameters, and keep their screen in the link's fragment.

use std::cell::Cell;
use std::time::Duration;

use leptos::prelude::*;

use crate::model::{Day, Lang};
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
        // fuller report costs every owner's download more than it tells.
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

    /// Leaves the static shell and shows the message that the app cannot run.
    pub fn give_up(self) {
        show_fatal_message();
    }

    /// A parameter of the link's query (`?lang=en`).
    pub fn param(&self, name: &str) -> Option<String> {
        self.params.as_ref().and_then(|params| params.get(name))
    }

    /// Replaces the static shell with the app `mount` draws into the element it is given.
    ///
    /// The app is drawn off the page in short tasks (the start, then each part of a screen the
    /// components draw `later`, and the part of the app holding the screen it opens on) while
    /// the static shell stays on screen, and then takes the shell's place in one step, once
    /// nothing is [`Awaited`]. Drawn on the page in one task, the result screen blocked a
    /// mid-range phone far longer (the README gives the figures of `scripts/perf`); drawn on
    /// the page in pieces, it would show half-drawn.
    pub fn take_over<M: 'static>(self, mount: impl FnOnce(web_sys::HtmlElement) -> M + 'static) {
        let Ok(stage) = document().create_element("div") else {
            show_fatal_message();
            return;
        };
        let stage: web_sys::HtmlElement = stage.unchecked_into();
        set_timeout(
            move || {
                // The app lives as long as the page.
                std::mem::forget(mount(stage.clone()));
                show_when_drawn(self.root, stage);
            },
            Duration::ZERO,
        );
    }
}

/// Moves what the app drew on `stage` into `root`, in place of the static shell, once every
/// part of it is drawn.
fn show_when_drawn(root: web_sys::HtmlElement, stage: web_sys::HtmlElement) {
    if !all_drawn() {
        // Queued behind the parts still to draw.
        set_timeout(move || show_when_drawn(root, stage), Duration::ZERO);
        return;
    }
    root.set_inner_html("");
    while let Some(child) = stage.first_child() {
        let _ = root.append_child(&child);
    }
    if let Some(heading) = FOCUS_WHEN_SHOWN.take() {
        let _ = heading.focus();
    }
    // Lets tests (and styles) tell the live app from the static shell it replaced.
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-sm-ready", "true");
    }
}

thread_local! {
    /// What the app's first drawing still waits for ([`Awaited`]).
    static WAITING: Cell<usize> = const { Cell::new(0) };
    /// What asked for the focus while the app was still drawn off the page.
    static FOCUS_WHEN_SHOWN: Cell<Option<web_sys::HtmlElement>> = const { Cell::new(None) };
}

/// Something the app's first drawing waits for until it is dropped (a part of a screen the
/// components draw `later`, a part of the app on its way): the app takes the static shell's
/// place only once nothing is awaited.
pub struct Awaited;

impl Awaited {
    pub fn new() -> Awaited {
        WAITING.with(|waiting| waiting.set(waiting.get() + 1));
        Awaited
    }
}

impl Drop for Awaited {
    fn drop(&mut self) {
        WAITING.with(|waiting| waiting.set(waiting.get() - 1));
    }
}

/// Whether nothing is [`Awaited`] any more, once the task that drew the last part has ended
/// (its view is built in that task's microtasks).
pub fn all_drawn() -> bool {
    WAITING.with(Cell::get) == 0
}

/// Gives `element` the keyboard focus: now if it is on the page, or else as soon as the app
/// that holds it is shown.
pub fn focus(element: web_sys::HtmlElement) {
    if element.is_connected() {
        let _ = element.focus();
    } else {
        FOCUS_WHEN_SHOWN.set(Some(element));
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
    on_window_event("hashchange", move || {
        let fragment = document()
            .location()
            .and_then(|l| l.hash().ok())
            .unwrap_or_default();
        let named = parse(&fragment);
        if route.with_untracked(|shown| *shown != named) {
            route.set(named);
        }
    });
}

/// Calls `then` on every `event` of the window, as long as the page lives.
pub fn on_window_event(event: &str, then: impl Fn() + 'static) {
    let listener = Closure::<dyn Fn()>::new(then);
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
    }
    // The listener lives as long as the page, like the app.
    listener.forget();
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

/// Tells the page that what the user waits for first is on screen, so the service worker
/// (static/boot.js) starts keeping the app for offline use: its downloads then never compete
/// with the first screens.
pub fn announce_background() {
    if let Ok(event) = web_sys::Event::new("sm-background") {
        let _ = window().dispatch_event(&event);
    }
}

/// How long after the first screen the user waits for is shown the background downloads start:
/// long enough that the first taps on it never wait for them.
pub const BACKGROUND_AFTER: Duration = Duration::from_secs(1);

/// Today's date on the phone's own calendar, for dating a result.
pub fn today() -> Option<Day> {
    let now = js_sys::Date::new_0();
    let month = u8::try_from(now.get_month() + 1).ok()?;
    let day = u8::try_from(now.get_date()).ok()?;
    Day::from_ymd(i32::try_from(now.get_full_year()).ok()?, month, day)
}
