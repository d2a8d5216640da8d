//! The mentor's workshop area: a second entry page (`mentor.html`, served at `/mentor/`) with
//! its own WebAssembly, so none of it weighs on the owner's download. Results travel as links
//! and CSV files; workshops are kept on the mentor's device only.

mod pages;
mod parts;
mod state;
mod storage;
mod text;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use crate::components::{LanguageSwitch, UiLang, tr};
use crate::mentor_route::MentorRoute;
use crate::model::choose_lang;
use pages::{ComparePage, PresenterPage, WorkshopPage, WorkshopsPage};
use parts::{MentorNotice, StartupNotice};
use state::MentorState;
use text::mt;

/// The element `mentor.html` renders its static shell into; the app takes it over.
const ROOT_ID: &str = "sm-app";
/// The hidden message `mentor.html` carries for when the app cannot run.
const FATAL_ID: &str = "sm-fatal";

/// Starts the mentor's app in place of the static shell.
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
    let location = document.location();
    let link_lang = location
        .as_ref()
        .and_then(|location| location.search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("lang"));
    let fragment = location.and_then(|l| l.hash().ok()).unwrap_or_default();
    root.set_inner_html("");
    mount(root, link_lang.as_deref(), &fragment).forget();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-sm-ready", "true");
    }
}

/// Mounts the mentor area into `root`, as a link asking for `link_lang` and naming `fragment`
/// would open it, with the workshops saved on this device.
pub fn mount(
    root: web_sys::HtmlElement,
    link_lang: Option<&str>,
    fragment: &str,
) -> leptos::mount::UnmountHandle<impl Mountable + use<>> {
    let loaded = storage::load();
    let choice = choose_lang(link_lang, crate::storage::saved_lang().as_deref());
    let state = MentorState {
        lang: RwSignal::new(choice.lang),
        workshops: RwSignal::new(loaded.workshops),
        route: RwSignal::new(MentorRoute::parse(fragment)),
        notice: RwSignal::new(
            choice
                .unknown_request
                .map(MentorNotice::UnknownLanguage)
                .or((loaded.unreadable > 0).then_some(MentorNotice::Unreadable(loaded.unreadable))),
        ),
    };
    leptos::mount::mount_to(root, move || view! { <MentorApp state /> })
}

fn show_fatal_message() {
    if let Some(message) = document().get_element_by_id(FATAL_ID) {
        let _ = message.remove_attribute("hidden");
    }
}

/// Follows the back and forward buttons to the screen their fragment names (the app's own
/// navigation already shows it, so an unchanged screen is not drawn again).
fn follow_fragment_changes(route: RwSignal<MentorRoute>) {
    let on_change = Closure::<dyn Fn()>::new(move || {
        let fragment = document()
            .location()
            .and_then(|l| l.hash().ok())
            .unwrap_or_default();
        let named = MentorRoute::parse(&fragment);
        if route.get_untracked() != named {
            route.set(named);
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .add_event_listener_with_callback("hashchange", on_change.as_ref().unchecked_ref());
    }
    // The listener lives as long as the page.
    on_change.forget();
}

/// The mentor area: header, the current screen, and a way back to the owner's check.
#[component]
fn MentorApp(state: MentorState) -> impl IntoView {
    provide_context(state);
    provide_context(UiLang(state.lang));
    follow_fragment_changes(state.route);
    crate::storage::remember_lang_changes(state.lang);
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", state.lang.get().code());
        }
    });
    let screen = move || match state.route.get() {
        MentorRoute::Workshops => view! { <WorkshopsPage /> }.into_any(),
        MentorRoute::Workshop(id) => view! { <WorkshopPage id /> }.into_any(),
        MentorRoute::Presenter(id) => view! { <PresenterPage id /> }.into_any(),
        MentorRoute::Compare => view! { <ComparePage /> }.into_any(),
    };
    let name = crate::locale::strings(crate::model::Lang::Id).app_name;
    view! {
        <header class="sm-topbar sm-print-hide" aria-label=name>
            <a class="sm-brand" href="#/">
                <img class="sm-brand__mark" src="static/icon.svg" alt="" width="28" height="28" />
                {tr(|t| t.app_name)}
                <span class="sm-brand__area">{mt(|m| m.mentor_area)}</span>
            </a>
            <LanguageSwitch />
        </header>
        <StartupNotice />
        <main class="sm-main sm-mentor" id="sm-main" aria-label=name>
            {screen}
        </main>
        <footer class="sm-footer sm-print-hide" aria-label=name>
            <a href="../">{mt(|m| m.mentor_to_check)}</a>
        </footer>
    }
}
