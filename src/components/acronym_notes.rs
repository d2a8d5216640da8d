//! Acronyms explained on a later screen, as markup (see `markup`): a definition list, and the
//! disclosure that holds one where an acronym first appears. What each stands for and means
//! comes from the model (`model::newly_explained`).

use super::{element, escape, text_element};
use crate::locale::ResultStrings;
use crate::model::{Acronym, Lang, newly_explained};

/// Each acronym with what it stands for and what it means, as a definition list; empty when
/// there are none.
pub fn acronym_list(acronyms: &[Acronym]) -> String {
    if acronyms.is_empty() {
        return String::new();
    }
    let items: String = acronyms
        .iter()
        .map(|acronym| {
            let full = text_element(
                "span",
                "sm-terms__full",
                &[acronym.stands_for, "."].concat(),
            );
            let meaning = [full, " ".to_owned(), escape(acronym.meaning)].concat();
            let pair = [
                text_element("dt", "", acronym.term),
                element("dd", "", &meaning),
            ];
            element("div", "", &pair.concat())
        })
        .collect();
    element("dl", "sm-terms__list", &items)
}

/// The acronyms of `texts` that this screen has not explained yet (`explained`, which gains
/// them), in a disclosure the owner can open, named by its acronyms; empty when there are none.
/// A text may be markup written by `markup`: its tags and classes are in small letters, so the
/// acronyms found in it are its texts'.
pub fn acronym_notes(
    texts: &[&str],
    lang: Lang,
    t: &ResultStrings,
    explained: &mut Vec<&'static str>,
) -> String {
    let acronyms = newly_explained(texts, lang, explained);
    let list = acronym_list(&acronyms);
    if list.is_empty() {
        return list;
    }
    let terms: Vec<&str> = acronyms.iter().map(|acronym| acronym.term).collect();
    let summary = t.acronyms_summary.replace("{terms}", &terms.join(", "));
    let inner = [text_element("summary", "sm-terms__toggle", &summary), list];
    element("details", "sm-terms", &inner.concat())
}
