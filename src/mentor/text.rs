//! The mentor area's strings (`locales/<lang>/mentor.json`), following the language switch like
//! the owner's [`crate::components::tr`].

use leptos::prelude::*;

use crate::components::ui_lang;
use crate::locale::{MentorStrings, mentor_strings};

/// A mentor-area string, chosen by a plain function of the strings: `mt(|m| m.mentor_title)`.
pub fn mt(
    key: fn(&'static MentorStrings) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = ui_lang();
    move || key(mentor_strings(lang.get()))
}
