//! One workshop: its details, collecting results, the group's picture, the participants and
//! the exports.

use leptos::prelude::*;

use crate::components::ConfirmButton;
use crate::mentor::parts::{
    CohortView, CollectPanel, ExportPanel, ParticipantsTable, WorkshopForm,
};
use crate::mentor::state::MentorState;
use crate::mentor::text::mt;
use crate::mentor_route::MentorRoute;
use crate::model::{Workshop, questionnaire, summarize_cohort};

use super::{missing_workshop, when_and_where};

/// The workshop's heading and what can be done to it: the invitation, changing its details,
/// deleting it.
#[component]
fn WorkshopHeader(id: u32, workshop: Memo<Option<Workshop>>) -> impl IntoView {
    let state = MentorState::get();
    let editing = RwSignal::new(false);
    // The participants stay; only the details change.
    let save = move |details: Workshop| {
        state.update(id, |w| {
            w.name = details.name;
            w.date = details.date;
            w.place = details.place;
        });
        editing.set(false);
    };
    let details = move || {
        let (lang, m) = (state.lang.get(), state.m());
        workshop.with(|w| {
            let w = w.as_ref()?;
            Some(view! {
                <p class="sm-eyebrow">{m.workshop_eyebrow}</p>
                <h1 id="sm-workshop-title" class="sm-title">{w.name.clone()}</h1>
                <p class="sm-muted">{when_and_where(w, lang)}</p>
            })
        })
    };
    let edit = move || {
        if editing.get() {
            let initial = workshop.get_untracked().unwrap_or_default();
            view! {
                <WorkshopForm id_prefix="sm-edit" initial submit_label=|m| m.save_workshop on_submit=save />
                <button type="button" class="sm-button sm-button--quiet" on:click=move |_| editing.set(false)>
                    {crate::components::tr(|t| t.cancel)}
                </button>
            }
            .into_any()
        } else {
            view! {
                <div class="sm-actions">
                    <a class="sm-button sm-button--primary" href=MentorRoute::Presenter(id).fragment()>
                        {mt(|m| m.presenter_link)}
                    </a>
                    <button type="button" class="sm-button" on:click=move |_| editing.set(true)>
                        {mt(|m| m.edit_workshop)}
                    </button>
                    <ConfirmButton
                        label=mt(|m| m.delete_workshop)
                        question=mt(|m| m.delete_workshop_confirm)
                        confirm=mt(|m| m.delete_workshop_yes)
                        danger=true
                        on_confirm=move || state.delete(id)
                    />
                </div>
            }
            .into_any()
        }
    };
    view! {
        <section class="sm-card sm-section" aria-labelledby="sm-workshop-title">
            {details}
            <div class="sm-print-hide">{edit}</div>
        </section>
    }
}

/// The workshop screen of workshop `id`.
#[component]
pub fn WorkshopPage(
    /// The workshop.
    id: u32,
) -> impl IntoView {
    let state = MentorState::get();
    let workshop = Memo::new(move |_| state.workshop(id));
    if workshop.get_untracked().is_none() {
        return missing_workshop().into_any();
    }
    let participants = Memo::new(move |_| {
        workshop.with(|w| {
            w.as_ref()
                .map(|w| w.participants.clone())
                .unwrap_or_default()
        })
    });
    let summary =
        Memo::new(move |_| participants.with(|all| summarize_cohort(questionnaire(), all)));
    let group = move || {
        if summary.with(|s| s.count == 0) {
            view! {
                <section class="sm-card sm-section">
                    <p>{mt(|m| m.no_participants_yet)}</p>
                </section>
            }
            .into_any()
        } else {
            view! {
                <CohortView summary />
                <ParticipantsTable participants />
                <ExportPanel id />
            }
            .into_any()
        }
    };
    view! {
        <WorkshopHeader id workshop />
        <CollectPanel id />
        {group}
        <p class="sm-section sm-print-hide">
            <a href=MentorRoute::Workshops.fragment()>{mt(|m| m.all_workshops)}</a>
        </p>
    }
    .into_any()
}
