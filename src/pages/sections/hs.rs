//! The HS code the owner kept, as the result, its report and the markets' section show it.

use crate::components::{acronym_notes, element, text_element};
use crate::locale::ResultStrings;
use crate::model::{Lang, hs_catalog};

/// "Your HS code: 2106.90, …" as markup, for a kept code that the catalogue lists, with the
/// acronyms the screen has not explained yet (`explained`); empty otherwise.
pub fn kept_code(
    kept: &str,
    lang: Lang,
    t: &'static ResultStrings,
    explained: &mut Vec<&'static str>,
) -> String {
    let Some(heading) = hs_catalog().heading(kept) else {
        return String::new();
    };
    let line = t
        .hs_kept
        .replace("{code}", &heading.dotted())
        .replace("{description}", heading.description.get(lang));
    let notes = acronym_notes(&[line.as_str(), t.hs_check_short], lang, t, explained);
    let inner = [
        text_element("strong", "", &line),
        " ".to_owned(),
        text_element("span", "sm-hs__check", t.hs_check_short),
    ];
    element("p", "sm-hs__kept", &inner.concat()) + &notes
}
