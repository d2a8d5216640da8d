//! The first screen: what the check is, that answers stay on the phone, and the way in (or
//! back in, for an owner who started before).

use leptos::prelude::*;

use crate::components::{text, tr};

use crate::locale::Strings;
use crate::model::{Response, questionnaire};
use crate::route::resume;
use crate::state::AppState;

/// The welcome screen. It mirrors the static shell in `index.html` (shown before the
/// WebAssembly arrives) so taking over changes nothing the owner can see.
#[component]
pub fn Welcome(
    /// The panel for an owner who comes back, from the part of the app that holds it; until
    /// that part is here, a plain way back in.
    #[prop(into)]
    resume: ViewFn,
) -> impl IntoView {
    let state = AppState::get();
    let q = questionnaire();
    // A memo, so the panel is drawn again only when this changes, not on every saved answer.
    let started = Memo::new(move |_| state.response.with(Response::is_started));
    let pillars = q
        .pillars
        .iter()
        .map(|pillar| {
            view! {
                <li class="sm-pillars__item">
                    <span class="sm-pillars__name">{text(pillar.name)}</span>
                    <span class="sm-pillars__summary">{text(pillar.summary)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="sm-card sm-welcome" aria-labelledby="sm-welcome-title">
            <p class="sm-eyebrow">{tr(|t| t.app_tagline)}</p>
            <h1 id="sm-welcome-title" class="sm-title">{tr(|t| t.welcome_title)}</h1>
            <p class="sm-lead">{tr(|t| t.welcome_intro)}</p>
            <p class="sm-facts">{tr(|t| t.welcome_facts)}</p>
            {move || if started.get() { resume.run() } else { way_in(|t| t.start_button) }}
            {state.workshop.map(|name| {
                view! {
                    <p class="sm-welcome__workshop">
                        {move || state.t().welcome_workshop.replace("{workshop}", name)}
                    </p>
                }
            })}
            <h2 class="sm-subtitle">{tr(|t| t.welcome_pillars_heading)}</h2>
            <ul class="sm-pillars">{pillars}</ul>
        </section>
    }
}

/// A link to where the owner's answers leave off, as the static shell's start button is: it
/// works before the app does, which opens the screen the link's fragment names.
pub fn way_in(label: fn(&'static Strings) -> &'static str) -> AnyView {
    let state = AppState::get();
    let q = questionnaire();
    let href = state.response.with_untracked(|r| resume(q, r).fragment(q));
    view! {
        <a class="sm-button sm-button--primary sm-welcome__start" href=href>
            {tr(label)}
        </a>
    }
    .into_any()
}
