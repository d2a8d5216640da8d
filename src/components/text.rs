//! Text that follows the language switch. Every interface string goes through these two
//! functions, so all of them share one closure type: each use then costs a few bytes of
//! WebAssembly instead of its own copy of Leptos's rendering code (measured with twiggy).

use leptos::prelude::*;

use crate::app::AppState;
use crate::locale::{Strings, strings};
use crate::model::Text;

/// An interface string, chosen by a plain function of the strings: `tr(|t| t.next)`.
pub fn tr(
    key: fn(&'static Strings) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = AppState::get().lang;
    move || key(strings(lang.get()))
}

/// A text of the questionnaire (a question, an answer, a pillar's name) in the current language.
pub fn text(text: Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = AppState::get().lang;
    move || text.get(lang.get())
}
