//! The languages the app speaks, and which one to show.

use super::response::normalize_line;

/// The most of an unknown `lang` parameter the app repeats in its message: enough for any
/// language tag, too little for a sentence someone else chose.
const UNKNOWN_REQUEST_SHOWN_CHARS: usize = 16;

/// A language of the interface and the content. Bahasa Indonesia comes first and is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Bahasa Indonesia.
    #[default]
    Id,
    /// English.
    En,
}

impl Lang {
    /// Every language, in the order the switch offers them.
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    /// The BCP 47 code, as used in `lang` attributes, links and saved preferences.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// The language's name in itself, as the switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Id => "Bahasa Indonesia",
            Lang::En => "English",
        }
    }

    /// Reads a language tag such as `id`, `ID`, `id-ID`, `in` (Java's old code for Indonesian)
    /// or `en-GB`; anything else is `None`.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "id" | "in" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// The language to start in, and whether a requested one had to be refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LangChoice {
    /// The language to show.
    pub lang: Lang,
    /// A `lang` link parameter that names no language the app has, to tell the user about.
    pub unknown_request: Option<String>,
}

/// Picks the starting language: a `lang` parameter in the link wins (a department's embed or a
/// mentor's link sets it), then the owner's saved choice, then Bahasa Indonesia. An unknown
/// parameter is reported rather than ignored silently; an unreadable saved value is skipped.
pub fn choose_lang(link_param: Option<&str>, saved: Option<&str>) -> LangChoice {
    let requested = link_param.filter(|tag| !tag.trim().is_empty());
    let from_link = requested.and_then(Lang::parse);
    LangChoice {
        lang: from_link
            .or_else(|| saved.and_then(Lang::parse))
            .unwrap_or_default(),
        unknown_request: requested
            .filter(|_| from_link.is_none())
            .and_then(|tag| normalize_line(tag, UNKNOWN_REQUEST_SHOWN_CHARS)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_is_the_default_with_nothing_saved() {
        assert_eq!(choose_lang(None, None).lang, Lang::Id);
    }

    #[test]
    fn saved_choice_is_remembered() {
        assert_eq!(choose_lang(None, Some("en")).lang, Lang::En);
    }

    #[test]
    fn link_parameter_beats_saved_choice() {
        assert_eq!(choose_lang(Some("id"), Some("en")).lang, Lang::Id);
        assert_eq!(choose_lang(Some("en"), Some("id")).lang, Lang::En);
    }

    #[test]
    fn region_and_case_variants_are_understood() {
        for tag in ["id", "ID", "id-ID", "in", " id_ID "] {
            assert_eq!(Lang::parse(tag), Some(Lang::Id), "{tag}");
        }
        for tag in ["en", "EN", "en-GB", "en-us"] {
            assert_eq!(Lang::parse(tag), Some(Lang::En), "{tag}");
        }
    }

    #[test]
    fn unknown_link_language_is_reported_and_falls_back_to_saved_choice() {
        let choice = choose_lang(Some("fr"), Some("en"));
        assert_eq!(choice.lang, Lang::En);
        assert_eq!(choice.unknown_request.as_deref(), Some("fr"));
    }

    #[test]
    fn unknown_link_language_without_saved_choice_falls_back_to_indonesian() {
        let choice = choose_lang(Some("<script>"), None);
        assert_eq!(choice.lang, Lang::Id);
        assert_eq!(choice.unknown_request.as_deref(), Some("<script>"));
    }

    #[test]
    fn an_unknown_request_is_repeated_short_and_on_one_line() {
        let sentence = "Situs ini ditutup, hubungi nomor berikut ".repeat(300);
        let choice = choose_lang(Some(&sentence), None);
        assert_eq!(choice.unknown_request.as_deref(), Some("Situs ini ditutu"));
        let reversed = choose_lang(Some("\u{202E}ne\nfr\u{200B}"), None);
        assert_eq!(reversed.unknown_request.as_deref(), Some("ne fr"));
    }

    #[test]
    fn garbage_saved_value_is_ignored() {
        assert_eq!(choose_lang(None, Some("{\"broken")).lang, Lang::Id);
    }

    #[test]
    fn empty_link_parameter_is_not_a_request() {
        let choice = choose_lang(Some(""), Some("en"));
        assert_eq!(
            choice,
            LangChoice {
                lang: Lang::En,
                unknown_request: None
            }
        );
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
        }
    }
}
