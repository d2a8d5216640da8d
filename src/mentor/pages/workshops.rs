//! The mentor area's first screen: what it is for, a new workshop, and the workshops kept on
//! this device.

use leptos::prelude::*;

use crate::mentor::parts::WorkshopForm;
use crate::mentor::state::MentorState;
use crate::mentor::text::mt;
use crate::mentor_route::MentorRoute;
use crate::model::Workshop;

use super::when_and_where;

/// The workshop list and the form for a new one.
#[component]
pub fn WorkshopsPage() -> impl IntoView {
    let state = MentorState::get();
    let create = move |workshop: Workshop| state.create(workshop);
    let initial = Workshop {
        date: crate::page::today(),
        ..Workshop::default()
    };
    let list = move || {
        let (lang, m) = (state.lang.get(), state.m());
        state.workshops.with(|all| {
            if all.is_empty() {
                return view! { <p class="sm-muted">{m.workshops_empty}</p> }.into_any();
            }
            let items = all
                .iter()
                .rev()
                .map(|kept| {
                    let w = &kept.workshop;
                    let count = m
                        .participants_count
                        .replace("{count}", &w.participants.len().to_string());
                    view! {
                        <li class="sm-workshops__item">
                            <a class="sm-workshops__name" href=MentorRoute::Workshop(kept.id).fragment()>
                                {w.name.clone()}
                            </a>
                            <span class="sm-workshops__meta">{when_and_where(w, lang)}</span>
                            <span class="sm-workshops__meta">{count}</span>
                        </li>
                    }
                })
                .collect_view();
            let compare = (all.len() > 1).then(|| {
                view! {
                    <a class="sm-button" href=MentorRoute::Compare.fragment()>{m.compare_link}</a>
                }
            });
            view! {
                <ul class="sm-workshops">{items}</ul>
                {compare}
            }
            .into_any()
        })
    };
    view! {
        <section class="sm-card sm-section" aria-labelledby="sm-mentor-title">
            <p class="sm-eyebrow">{mt(|m| m.mentor_area)}</p>
            <h1 id="sm-mentor-title" class="sm-title">{mt(|m| m.mentor_title)}</h1>
            <p class="sm-lead">{mt(|m| m.mentor_intro)}</p>
        </section>
        <section class="sm-card sm-section" aria-labelledby="sm-workshops-title">
            <h2 id="sm-workshops-title">{mt(|m| m.workshops_heading)}</h2>
            {list}
        </section>
        <section class="sm-card sm-section" aria-labelledby="sm-new-workshop-title">
            <h2 id="sm-new-workshop-title">{mt(|m| m.new_workshop_heading)}</h2>
            <WorkshopForm id_prefix="sm-new" initial submit_label=|m| m.create_workshop on_submit=create />
        </section>
    }
}
