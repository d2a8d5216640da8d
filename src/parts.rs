//! The owner's screens that the first questions do not need (the result, a shared result, the
//! privacy page), in a part of the WebAssembly of their own. A first visit downloads only the
//! start; this part follows in the background a moment after the first question is on screen
//! (or once the owner has lingered on the welcome), and the service worker keeps it for offline
//! use. The split point is in the owner's binary (src/main.rs); ARCHITECTURE.md tells how the
//! release build splits it off.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use leptos::prelude::*;

use crate::components::tr;
use crate::model::{ARCHIVE, Archive, install_archive};
use crate::page::{Awaited, announce_background};
use crate::pages::sections::{MarketChoice, ResumePanel, question_listen};
use crate::pages::{HsCodePage, PricePage, Privacy, QuestionHint, ResultsPage, SharedResult};
use crate::route::Route;

/// The later part's screens, as plain functions: once the part is loaded they are called like
/// any other function.
#[derive(Clone, Copy)]
pub struct LaterScreens {
    /// The screen of a route: the result, a shared result, privacy, the export tools.
    pub screen: fn(Route) -> AnyView,
    /// The welcome's panel for an owner who comes back (how far they got, start again).
    pub resume: fn() -> AnyView,
    /// The hint of the question at an index: the advice, which holds it, is in this part.
    pub hint: fn(usize) -> AnyView,
    /// The choice of target markets, on the screen of the question about them.
    pub markets: fn() -> AnyView,
    /// The read-aloud of the question screen shown (the product type or a question).
    pub listen: fn() -> AnyView,
    /// The retired questions' texts, which only older results show.
    pub archive: &'static Archive,
}

impl LaterScreens {
    /// The screens themselves. The owner's binary (src/main.rs) calls this from its split point,
    /// so only there do they go to a part of their own: the mentor's binary, which links this
    /// crate too, never carries them.
    pub fn here() -> LaterScreens {
        LaterScreens {
            screen: |route| match route {
                Route::Results => view! { <ResultsPage /> }.into_any(),
                Route::Shared(code) => view! { <SharedResult code /> }.into_any(),
                Route::Privacy => view! { <Privacy /> }.into_any(),
                Route::Price => view! { <PricePage /> }.into_any(),
                Route::HsCode => view! { <HsCodePage /> }.into_any(),
                // The start draws its own screens and never asks for these.
                Route::Welcome | Route::ProductType | Route::Question(_) => ().into_any(),
            },
            resume: || view! { <ResumePanel /> }.into_any(),
            hint: |index| view! { <QuestionHint index /> }.into_any(),
            markets: || view! { <MarketChoice /> }.into_any(),
            listen: question_listen,
            archive: &ARCHIVE,
        }
    }
}

/// A part of the app that could not be fetched: offline on a first visit, or no longer on the
/// site (a tab of an older version).
#[derive(Clone, Copy, Debug)]
pub struct PartUnavailable;

impl From<leptos::wasm_split::SplitLoaderError> for PartUnavailable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> PartUnavailable {
        PartUnavailable
    }
}

/// Fetches the later part (in a split build) and gives its screens.
pub type LoadLater = fn() -> Pin<Box<dyn Future<Output = Result<LaterScreens, PartUnavailable>>>>;

/// [`LoadLater`] for a build that is not split: the screens are already here.
pub fn load_here() -> Pin<Box<dyn Future<Output = Result<LaterScreens, PartUnavailable>>>> {
    Box::pin(async { Ok(LaterScreens::here()) })
}

/// What a screen or a piece draws from the later part once it is here. Boxed, so the code that
/// waits for the part is there once rather than once for every screen and piece.
pub type Draw = Box<dyn Fn(LaterScreens) -> AnyView + Send + Sync>;

/// What a piece shows while its part is not here.
pub type Meanwhile = Box<dyn Fn() -> AnyView + Send + Sync>;

/// Where the later part stands.
#[derive(Clone, Copy)]
enum Status {
    NotAsked,
    Loading,
    Ready(LaterScreens),
    /// The download failed (offline on a first visit, or a part the site no longer has).
    Failed,
}

/// The later part, fetched once; `Copy`, so closures take it freely.
#[derive(Clone, Copy)]
pub struct LaterPart {
    status: RwSignal<Status>,
    load: LoadLater,
    /// Counts the background waits begun, so only the latest one fetches.
    waits: StoredValue<u32>,
}

impl LaterPart {
    pub fn new(load: LoadLater) -> LaterPart {
        LaterPart {
            status: RwSignal::new(Status::NotAsked),
            load,
            waits: StoredValue::new(0),
        }
    }

    /// Fetches the part unless it is here or on its way; after a failure, tries again.
    pub fn load(self) {
        match self.status.get_untracked() {
            Status::Loading | Status::Ready(_) => return,
            Status::NotAsked => announce_background(),
            Status::Failed => {}
        }
        self.status.set(Status::Loading);
        // An app that starts on a later screen is shown once that screen is drawn, as before
        // the split, never with the note that it is on its way.
        let awaited = Awaited::new();
        leptos::task::spawn_local(async move {
            let loaded = (self.load)().await;
            if let Ok(screens) = loaded {
                install_archive(screens.archive);
            }
            self.status
                .set(loaded.map_or(Status::Failed, Status::Ready));
            drop(awaited);
        });
    }

    /// Fetches the part in the background once the owner has stayed `delay` on the screen shown
    /// now (a newer call, on the next screen, starts the wait again), unless it has been asked
    /// for by then: the owner's taps come first. A failed fetch is tried again only on a tap.
    pub fn fetch_after(self, delay: Duration) {
        let not_asked = move || matches!(self.status.get_untracked(), Status::NotAsked);
        if not_asked() {
            self.waits.update_value(|waits| *waits += 1);
            let this_wait = self.waits.get_value();
            set_timeout(
                move || {
                    if not_asked() && self.waits.get_value() == this_wait {
                        self.load();
                    }
                },
                delay,
            );
        }
    }

    /// The screen `draw` makes from the part (asked for now if it was not yet), or while it is
    /// on its way a short note, or if it could not be fetched, a message with a button to try
    /// again.
    pub fn screen(self, draw: Draw) -> AnyView {
        self.piece_or(draw, Box::new(move || self.waiting()))
    }

    /// A piece of a first screen that `draw` makes from the part (asked for now if it was not
    /// yet), or until it is here, [`LaterPart::note`].
    pub fn piece(self, draw: Draw) -> AnyView {
        self.piece_or(draw, Box::new(move || self.note()))
    }

    /// What `draw` makes from the part once it is here, without asking for it: an extra that is
    /// not worth fetching the part early for. Until then its place holds [`LaterPart::note`],
    /// which the styles hide where such an extra sits; sharing the pieces' code costs the start
    /// fewer bytes than a place of its own.
    pub fn when_here(self, draw: Draw) -> AnyView {
        self.drawn(draw, Box::new(move || self.note()))
    }

    /// What `draw` makes from the part (asked for now if it was not yet), or `meanwhile` until
    /// it is here.
    pub fn piece_or(self, draw: Draw, meanwhile: Meanwhile) -> AnyView {
        self.load();
        self.drawn(draw, meanwhile)
    }

    /// What `draw` makes from the part if it is here, else `meanwhile`.
    fn drawn(self, draw: Draw, meanwhile: Meanwhile) -> AnyView {
        (move || match self.status.get() {
            Status::Ready(screens) => draw(screens),
            Status::NotAsked | Status::Loading | Status::Failed => meanwhile(),
        })
        .into_any()
    }

    /// A piece's place while its part is not here: a short note while it is on its way, or a
    /// line saying it could not be fetched, with a button to try again.
    pub fn note(self) -> AnyView {
        if matches!(self.status.get(), Status::Failed) {
            view! {
                <p class="sm-part-note" role="alert">
                    {tr(|t| t.part_failed_body)} " "
                    <button type="button" class="sm-button" on:click=move |_| self.load()>
                        {tr(|t| t.part_retry)}
                    </button>
                </p>
            }
            .into_any()
        } else {
            view! { <p class="sm-part-note" role="status">{tr(|t| t.part_loading)}</p> }.into_any()
        }
    }

    /// A screen's place while its part is not here: a short note while it is on its way, or a
    /// message with a button to try again.
    fn waiting(self) -> AnyView {
        match self.status.get() {
            Status::Ready(_) | Status::NotAsked | Status::Loading => view! {
                <p class="sm-card sm-part-loading" role="status">{tr(|t| t.part_loading)}</p>
            }
            .into_any(),
            Status::Failed => view! {
                <section class="sm-card" role="alert" aria-labelledby="sm-part-failed">
                    <h1 id="sm-part-failed" class="sm-title">{tr(|t| t.part_failed_title)}</h1>
                    <p class="sm-lead">{tr(|t| t.part_failed_body)}</p>
                    <button type="button" class="sm-button sm-button--primary" on:click=move |_| self.load()>
                        {tr(|t| t.part_retry)}
                    </button>
                </section>
            }
            .into_any(),
        }
    }
}

/// How long an owner may stay on the welcome or the product type before the later part is
/// fetched anyway, so that one who reads first and then goes offline still has all of it.
pub const LINGER: Duration = Duration::from_secs(5);
