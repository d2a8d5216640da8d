//! The first screen: what the check is, that answers stay on the phone, and the way in.

use leptos::prelude::*;

use crate::components::{text, tr};
use crate::model::questionnaire;

/// The welcome screen. It mirrors the static shell in `index.html` (shown before the
/// WebAssembly arrives) so taking over changes nothing the owner can see.
#[component]
pub fn Welcome() -> impl IntoView {
    let pillars = questionnaire()
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
            <button type="button" class="sm-button sm-button--primary sm-welcome__start" disabled>
                {tr(|t| t.start_button)}
            </button>
            <h2 class="sm-subtitle">{tr(|t| t.welcome_pillars_heading)}</h2>
            <ul class="sm-pillars">{pillars}</ul>
        </section>
    }
}
