//! The mentor area's screens, one per file.

mod compare;
mod presenter;
mod sources;
mod workshop;
mod workshops;

use leptos::prelude::*;

use crate::components::long_date;
use crate::mentor::text::mt;
use crate::mentor_route::MentorRoute;
use crate::model::{Lang, Workshop};

pub use compare::ComparePage;
pub use presenter::PresenterPage;
pub use sources::SourcesPage;
pub use workshop::WorkshopPage;
pub use workshops::WorkshopsPage;

/// What a link to a workshop that is not on this device shows (deleted, or another device's).
fn missing_workshop() -> impl IntoView {
    view! {
        <section class="sm-card sm-section" role="alert" aria-labelledby="sm-missing-title">
            <h1 id="sm-missing-title" class="sm-title">{mt(|m| m.workshop_missing_title)}</h1>
            <p>{mt(|m| m.workshop_missing)}</p>
            <a class="sm-button sm-button--primary" href=MentorRoute::Workshops.fragment()>
                {mt(|m| m.all_workshops)}
            </a>
        </section>
    }
}

/// A workshop's day and place in one line ("12 Maret 2026 · Gedung Kampus UMKM").
fn when_and_where(workshop: &Workshop, lang: Lang) -> String {
    let day = workshop.date.map(|d| long_date(d, lang));
    day.into_iter()
        .chain((!workshop.place.is_empty()).then(|| workshop.place.clone()))
        .collect::<Vec<_>>()
        .join(" · ")
}
