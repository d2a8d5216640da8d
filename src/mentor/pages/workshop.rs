//! One workshop: its details, collecting results, the group's picture, the participants and
//! the exports.

use std::sync::Arc;
use std::time::Duration;

use leptos::prelude::*;

use crate::components::ConfirmButton;
use crate::mentor::in_tasks::in_tasks;
use crate::mentor::parts::{
    CohortView, CollectPanel, ExportPanel, ParticipantsTable, WorkshopForm,
};
use crate::mentor::state::MentorState;
use crate::mentor::text::mt;
use crate::mentor_route::MentorRoute;
use crate::model::{
    GroupSummarizer, Piecewise, Questionnaire, Response, Workshop, WorkshopGroup, markets,
    questionnaire, summarize_workshop,
};

use super::{missing_workshop, when_and_where};

/// The largest group summarised at once, in the task that changed it; a larger one is
/// summarised in short tasks. Far more than a workshop's usual size.
const GROUP_AT_ONCE: usize = 2_000;

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

/// The group of `participants`, worked out again after each change: at once for a group of up
/// to [`GROUP_AT_ONCE`], in short tasks for a larger one (and `None` until it is ready).
fn group_of(participants: Memo<Vec<Response>>) -> impl Fn() -> Option<Arc<WorkshopGroup>> + Copy {
    let q = questionnaire();
    let in_tasks_ready = RwSignal::new(None::<Arc<WorkshopGroup>>);
    // Counts the changes, so the tasks for a group that has changed since stop.
    let changes = StoredValue::new(0_u32);
    Effect::new(move |_| {
        let large = participants.with(|all| all.len() > GROUP_AT_ONCE);
        changes.update_value(|n| *n += 1);
        if in_tasks_ready.with_untracked(Option::is_some) {
            in_tasks_ready.set(None);
        }
        if !large {
            return;
        }
        let this = changes.get_value();
        let current = move || changes.try_get_value() == Some(this);
        let summarizing = Summarizing {
            participants,
            summarizer: GroupSummarizer::new(q, markets()),
        };
        // From the next task on: this one has the change itself to save and draw.
        let summarize = move || {
            in_tasks(
                summarizing,
                move |_| current(),
                move |done| {
                    if current() {
                        let group = done.summarizer.finish(q);
                        in_tasks_ready.set(Some(Arc::new(group)));
                    }
                },
            );
        };
        set_timeout(summarize, Duration::ZERO);
    });
    // Read where it is shown, which runs again after each change anyway: a memo or a derived
    // signal of the group would add their code for its type, and save nothing.
    move || {
        participants
            .with(|all| {
                (all.len() <= GROUP_AT_ONCE)
                    .then(|| Arc::new(summarize_workshop(q, markets(), all)))
            })
            .or_else(|| in_tasks_ready.get())
    }
}

/// A large group being summarised, a piece of the participants at a time.
struct Summarizing {
    participants: Memo<Vec<Response>>,
    summarizer: GroupSummarizer,
}

impl Piecewise for Summarizing {
    fn next_piece(&mut self, q: &Questionnaire) -> bool {
        // Unchanged between the tasks, or these are stopped: see `group_of`.
        self.participants
            .try_with_untracked(|all| self.summarizer.next_piece(q, markets(), all))
            .unwrap_or(false)
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
    let group = group_of(participants);
    let body = move || {
        if participants.with(Vec::is_empty) {
            return view! {
                <section class="sm-card sm-section">
                    <p>{mt(|m| m.no_participants_yet)}</p>
                </section>
            }
            .into_any();
        }
        let Some(group) = group() else {
            return view! {
                <section class="sm-card sm-section">
                    <p role="status">{mt(|m| m.group_summarizing)}</p>
                </section>
            }
            .into_any();
        };
        let summary = group.summary.clone();
        view! {
            <CohortView summary />
            <ParticipantsTable group participants />
            <ExportPanel id />
        }
        .into_any()
    };
    view! {
        <WorkshopHeader id workshop />
        <CollectPanel id />
        {body}
        <p class="sm-section sm-print-hide">
            <a href=MentorRoute::Workshops.fragment()>{mt(|m| m.all_workshops)}</a>
        </p>
    }
    .into_any()
}
