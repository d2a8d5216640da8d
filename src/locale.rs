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
