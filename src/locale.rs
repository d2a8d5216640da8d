//! The interface strings, compiled from `locales/<lang>/*.json` by the build script, and the
//! languages as the owner's app brings them in: each with its strings and the questionnaire's
//! wording, in a part of its own (src/main.rs), so a visit downloads only the language it shows.

use std::future::Future;
use std::pin::Pin;
use std::sync::OnceLock;

use crate::model::{Lang, Wording, install_wording};

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// What one language brings: its interface strings and the questionnaire's wording.
pub struct Language {
    pub strings: &'static Strings,
    pub wording: Wording,
}

/// Bahasa Indonesia, as the owner's app brings it in.
pub static INDONESIAN: Language = Language {
    strings: &ID,
    wording: &crate::model::WORDING_ID,
};

/// English, as the owner's app brings it in.
pub static ENGLISH: Language = Language {
    strings: &EN,
    wording: &crate::model::WORDING_EN,
};

/// Fetches a language (in a split build), or gives `None` if it cannot be fetched (offline on
/// a first visit).
pub type LoadLanguage = fn(Lang) -> Pin<Box<dyn Future<Output = Option<&'static Language>>>>;

/// [`LoadLanguage`] for an app that carries both languages (the mentor's, a build that is not
/// split, the browser tests).
pub fn both_here(lang: Lang) -> Pin<Box<dyn Future<Output = Option<&'static Language>>>> {
    Box::pin(std::future::ready(Some(compiled_in(lang))))
}

/// Both languages, for an app that carries them: the owner's split app never refers to this.
pub fn compiled_in(lang: Lang) -> &'static Language {
    match lang {
        Lang::Id => &INDONESIAN,
        Lang::En => &ENGLISH,
    }
}

/// The strings of each installed language, in the order of [`Lang::ALL`].
static INSTALLED: [OnceLock<&'static Strings>; 2] = [OnceLock::new(), OnceLock::new()];

fn slot(lang: Lang) -> &'static OnceLock<&'static Strings> {
    match lang {
        Lang::Id => &INSTALLED[0],
        Lang::En => &INSTALLED[1],
    }
}

/// Makes `language` the words of `lang`, for the interface and the questionnaire.
pub fn install(lang: Lang, language: &'static Language) {
    let _ = slot(lang).set(language.strings);
    install_wording(lang, language.wording);
}

/// The interface strings of `lang`: those installed, or in a build that is not split in parts
/// (native tests, debug and test builds) the ones compiled in. The split app shows only an
/// installed language (src/app.rs installs the first before it draws anything).
pub fn strings(lang: Lang) -> &'static Strings {
    if let Some(strings) = slot(lang).get() {
        return strings;
    }
    #[cfg(not(siap_split))]
    return compiled_in(lang).strings;
    #[cfg(siap_split)]
    Lang::ALL
        .into_iter()
        .find_map(|other| slot(other).get().copied())
        .expect("the app installs a language before it shows anything")
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
