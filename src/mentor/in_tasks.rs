//! Long work done in short tasks, so that the page draws and answers between them.

use std::time::Duration;

use leptos::prelude::set_timeout;

use crate::model::{Piecewise, questionnaire};

/// How long one task goes on before the page gets to draw and answer, in milliseconds: well
/// under what a person notices as a stuck page.
const TASK_MS: f64 = 40.0;

/// Does `work` a piece at a time, in tasks of about [`TASK_MS`]. After each task but the last,
/// `go_on` says whether to carry on (the screen that asked may be gone, or want other work).
/// At the end, `done` gets the work: at once if it all fitted in this task, else in a task of
/// its own, so that the last piece and what the end does (saving, drawing) do not add up.
pub fn in_tasks<W: Piecewise + 'static>(
    work: W,
    go_on: impl Fn(&W) -> bool + 'static,
    done: impl FnOnce(W) + 'static,
) {
    go_on_from(work, go_on, done, true);
}

fn go_on_from<W: Piecewise + 'static>(
    mut work: W,
    go_on: impl Fn(&W) -> bool + 'static,
    done: impl FnOnce(W) + 'static,
    first_task: bool,
) {
    let q = questionnaire();
    let started = js_sys::Date::now();
    while work.next_piece(q) {
        if js_sys::Date::now() - started > TASK_MS {
            if go_on(&work) {
                set_timeout(move || go_on_from(work, go_on, done, false), Duration::ZERO);
            }
            return;
        }
    }
    if first_task {
        done(work);
    } else {
        set_timeout(move || done(work), Duration::ZERO);
    }
}
