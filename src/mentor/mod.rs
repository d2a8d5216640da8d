//! The mentor's workshop area: a second entry page (`mentor.html`, served at `/mentor/`) with
//! its own WebAssembly, so none of it weighs on the owner's download. Results travel as links
//! and CSV files; workshops are kept on the mentor's device only.

mod in_tasks;
mod pages;
mod parts;
mod state;
mod storage;
mod text;

use leptos::prelude::*;

use crate::components::{LanguageSwitch, UiLang, tr};
use crate::locale::{both_here, compiled_in, install};
use crate::mentor_route::MentorRoute;
use crate::model::{Lang, choose_lang};
use crate::page::{
    BACKGROUND_AFTER, Page, announce_background, follow_fragment_changes, follow_language,
};
use pages::{ComparePage, PresenterPage, SourcesPage, WorkshopPage, WorkshopsPage};
use parts::StartupNotice;
use state::{MentorNotice, MentorState};
use text::mt;

/// Starts the mentor's app in place of the static shell.
pub fn start() {
    let Some(page) = Page::open() else { return };
    let link_lang = page.param("lang");
    let fragment = page.fragment.clone();
    page.take_over(move |root| mount(root, link_lang.as_deref(), &fragment));
    set_timeout(announce_background, BACKGROUND_AFTER);
}

/// Mounts the mentor area into `root`, as a link asking for `link_lang` and naming `fragment`
/// would open it, with the workshops saved on this device.
pub fn mount(
    root: web_sys::HtmlElement,
    link_lang: Option<&str>,
    fragment: &str,
) -> leptos::mount::UnmountHandle<impl Mountable + use<>> {
    // The mentor's module carries both languages, and the retired questions of older results.
    for lang in Lang::ALL {
        install(lang, compiled_in(lang));
    }
    crate::model::install_archive(&crate::model::ARCHIVE);
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
                .or(loaded.not_kept.then_some(MentorNotice::NotSaved))
                .or((loaded.unreadable > 0).then_some(MentorNotice::Unreadable(loaded.unreadable))),
        ),
    };
    leptos::mount::mount_to(root, move || view! { <MentorApp state /> })
}

/// The mentor area: header, the current screen, and a way back to the owner's check.
#[component]
fn MentorApp(state: MentorState) -> impl IntoView {
    provide_context(state);
    provide_context(UiLang {
        lang: state.lang,
        bring: both_here,
    });
    follow_fragment_changes(state.route, MentorRoute::parse);
    crate::storage::remember_lang_changes(state.lang);
    crate::storage::when_another_tab_saves(move || state.follow_other_tabs());
    follow_language(state.lang);
    let screen = move || match state.route.get() {
        MentorRoute::Workshops => view! { <WorkshopsPage /> }.into_any(),
        MentorRoute::Workshop(id) => view! { <WorkshopPage id /> }.into_any(),
        MentorRoute::Presenter(id) => view! { <PresenterPage id /> }.into_any(),
        MentorRoute::Compare => view! { <ComparePage /> }.into_any(),
        MentorRoute::Sources => view! { <SourcesPage /> }.into_any(),
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
            <a href=MentorRoute::Sources.fragment()>{mt(|m| m.sources_link)}</a>
        </footer>
    }
}
