//! A long screen drawn in pieces, so the phone never freezes for the whole of it.

use std::time::Duration;

use leptos::prelude::*;

use crate::page::Awaited;

/// A part of a screen that `draw` draws in a task of its own, once what comes before it is on
/// the screen. A result drawn in one go blocked a mid-range phone for about a third of a second
/// (Lighthouse's blocking time, `scripts/perf`); in pieces the page answers a tap at any moment.
/// Boxed, so every use shares one copy of the rendering code. The app's first drawing waits for
/// it ([`Awaited`]).
pub fn later(draw: Box<dyn Fn() -> Vec<AnyView> + Send + Sync>) -> impl IntoView {
    let drawn = RwSignal::new(false);
    let awaited = Awaited::new();
    set_timeout(
        move || {
            drawn.set(true);
            drop(awaited);
        },
        Duration::ZERO,
    );
    // Only `drawn` decides when this part is drawn again; its own parts follow their signals.
    move || drawn.get().then(|| untrack(&draw))
}
