//! Text that follows the language switch. Every interface string goes through these two
//! functions, so all of them share one closure type: each use then costs a few bytes of
//! WebAssembly instead of its own copy of Leptos's rendering code (measured with twiggy).

use leptos::prelude::*;

use crate::locale::{Strings, strings};
use crate::model::{Lang, Text};

/// The interface language, provided by the app that runs (the owner's or the mentor's), so
/// pieces of the interface serve both.
#[derive(Clone, Copy)]
pub struct UiLang(pub RwSignal<Lang>);

/// The interface language of the running app.
pub fn ui_lang() -> RwSignal<Lang> {
    expect_context::<UiLang>().0
}

/// An interface string, chosen by a plain function of the strings: `tr(|t| t.next)`.
pub fn tr(
    key: fn(&'static Strings) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = ui_lang();
    move || key(strings(lang.get()))
}

/// A text of the questionnaire (a question, an answer, a pillar's name) in the current language.
pub fn text(text: Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = ui_lang();
    move || text.get(lang.get())
}
