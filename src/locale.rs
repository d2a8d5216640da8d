//! The interface strings, compiled from `locales/<lang>/*.json` by the build script.

use crate::model::Lang;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The interface strings of `lang`.
pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}

/// The mentor area's strings of `lang` (`locales/<lang>/mentor.json`).
pub fn mentor_strings(lang: Lang) -> &'static MentorStrings {
    match lang {
        Lang::Id => &MENTOR_ID,
        Lang::En => &MENTOR_EN,
    }
}

/// The result's strings of `lang` (`locales/<lang>/results.json`): only the screens of the
/// owner's later part use them, so only that part carries them.
pub fn result_strings(lang: Lang) -> &'static ResultStrings {
    match lang {
        Lang::Id => &RESULT_ID,
        Lang::En => &RESULT_EN,
    }
}
