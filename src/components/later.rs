//! A long screen drawn in pieces, so the phone never freezes for the whole of it.

use std::cell::Cell;
use std::time::Duration;

use leptos::prelude::*;

thread_local! {
    /// Parts given to [`later`] and not drawn yet.
    static WAITING: Cell<usize> = const { Cell::new(0) };
}

/// A part of a screen that `draw` draws in a task of its own, once what comes before it is on
/// the screen. A result drawn in one go blocked a mid-range phone for about a third of a second
/// (Lighthouse's blocking time, `scripts/perf`); in pieces the page answers a tap at any moment.
/// Boxed, so every use shares one copy of the rendering code.
pub fn later(draw: Box<dyn Fn() -> Vec<AnyView> + Send + Sync>) -> impl IntoView {
    let drawn = RwSignal::new(false);
    WAITING.with(|waiting| waiting.set(waiting.get() + 1));
    set_timeout(
        move || {
            drawn.set(true);
            WAITING.with(|waiting| waiting.set(waiting.get() - 1));
        },
        Duration::ZERO,
    );
    // Only `drawn` decides when this part is drawn again; its own parts follow their signals.
    move || drawn.get().then(|| untrack(&draw))
}

/// Whether every part given to [`later`] is drawn, once the task that drew the last one has
/// ended (its view is built in that task's microtasks).
pub fn all_drawn() -> bool {
    WAITING.with(Cell::get) == 0
}
