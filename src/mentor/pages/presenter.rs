//! The invitation for the projector: a large QR code and the short address of the check,
//! tagged with the workshop so each participant's share message names it.

use leptos::html::Section;
use leptos::prelude::*;

use crate::components::{copy_to_clipboard, qr_markup};
use crate::mentor::state::MentorState;
use crate::mentor::text::mt;
use crate::mentor_route::{MentorRoute, check_path};

use super::missing_workshop;

/// The owner's check, tagged with the workshop: the mentor area's address without its folder
/// (`/mentor/`, `/mentor` or `/mentor/index.html`), with `?w=<name>`.
fn invite_link(name: &str) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let query = web_sys::UrlSearchParams::new()
        .map(|params| {
            params.append("w", name);
            String::from(params.to_string())
        })
        .unwrap_or_default();
    [&origin, check_path(&path), "?", &query].concat()
}

/// The presenter screen of workshop `id`.
#[component]
pub fn PresenterPage(
    /// The workshop.
    id: u32,
) -> impl IntoView {
    let state = MentorState::get();
    let Some(workshop) = state.workshop(id) else {
        return missing_workshop().into_any();
    };
    let screen = NodeRef::<Section>::new();
    let full_screen = move |_| {
        if let Some(section) = screen.get_untracked() {
            let _ = section.request_fullscreen();
        }
    };
    let link = invite_link(&workshop.name);
    let copied = RwSignal::new(None::<bool>);
    let to_copy = link.clone();
    let copy = move |_| copy_to_clipboard(&to_copy, move |done| copied.set(Some(done)));
    let copy_status = move || {
        let m = state.m();
        copied.get().map(|done| {
            if done {
                m.presenter_copied
            } else {
                m.presenter_copy_failed
            }
        })
    };
    let short = link
        .split_once("://")
        .map_or(link.as_str(), |(_, rest)| rest)
        .to_owned();
    let qr = move || qr_markup(&link, state.m().presenter_qr_label);
    view! {
        <section node_ref=screen class="sm-card sm-presenter" aria-labelledby="sm-presenter-title">
            <p class="sm-eyebrow">{workshop.name}</p>
            <h1 id="sm-presenter-title" class="sm-presenter__title">{mt(|m| m.presenter_title)}</h1>
            <div class="sm-presenter__code" inner_html=qr></div>
            <p class="sm-presenter__url">{short}</p>
            <ol class="sm-presenter__steps">
                <li>{mt(|m| m.presenter_step_open)}</li>
                <li>{mt(|m| m.presenter_step_answer)}</li>
                <li>{mt(|m| m.presenter_step_send)}</li>
            </ol>
        </section>
        <div class="sm-actions sm-section">
            <button type="button" class="sm-button sm-button--primary" on:click=full_screen>
                {mt(|m| m.presenter_full_screen)}
            </button>
            <button type="button" class="sm-button" on:click=copy>{mt(|m| m.presenter_copy)}</button>
            <a class="sm-button" href=MentorRoute::Workshop(id).fragment()>{mt(|m| m.back_to_workshop)}</a>
        </div>
        <p class="sm-copy__status" role="status">{copy_status}</p>
    }
    .into_any()
}
