//! Acronyms explained (`content/acronyms.json`): which words of a text an owner reads as
//! acronyms, and what each one the app explains stands for and means, in the language shown.
//! A screen explains an acronym where it first appears on it (see [`newly_explained`]).

use super::Lang;

include!(concat!(env!("OUT_DIR"), "/acronyms.rs"));

/// An acronym explained in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Acronym {
    /// As written: "NIB", "OSS-RBA".
    pub term: &'static str,
    /// What the letters stand for: "Nomor Induk Berusaha".
    pub stands_for: &'static str,
    /// What it means for the owner, in one short sentence.
    pub meaning: &'static str,
}

/// The acronyms of `text`, in order, repeats included: its words (split at whatever is not a
/// letter, a digit or a hyphen) with at least two capital letters and no small one, leaving out
/// `{placeholders}` and web addresses.
pub fn acronyms_in(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
        .filter(|word| !word.contains("://") && !word.contains('{'))
        .flat_map(|word| word.split(|c: char| !c.is_ascii_alphanumeric() && c != '-'))
        .map(|word| word.trim_matches('-'))
        .filter(|word| {
            word.chars().filter(char::is_ascii_uppercase).count() >= 2
                && !word.chars().any(char::is_lowercase)
        })
}

/// What `term` stands for and means in `lang`, if the app explains it (some acronyms, such as
/// country names and brands, need no explanation).
pub fn explain(term: &str, lang: Lang) -> Option<Acronym> {
    let lines = match lang {
        Lang::Id => ACRONYMS_ID,
        Lang::En => ACRONYMS_EN,
    };
    lines.lines().find_map(|line| {
        let mut fields = line.split('\t');
        let found = fields.next().filter(|found| *found == term)?;
        Some(Acronym {
            term: found,
            stands_for: fields.next()?,
            meaning: fields.next()?,
        })
    })
}

/// The acronyms of `texts` that the app explains and `explained` does not hold yet, each once,
/// in the order they first appear, followed by those their own definitions use (so every acronym
/// on the screen is explained); they are added to `explained`. A screen passes the same list
/// from section to section, or from step to step, so each acronym is explained where it first
/// appears.
pub fn newly_explained(
    texts: &[&str],
    lang: Lang,
    explained: &mut Vec<&'static str>,
) -> Vec<Acronym> {
    let mut found = Vec::new();
    let mut add = |text: &str, found: &mut Vec<Acronym>| {
        for term in acronyms_in(text) {
            if explained.contains(&term) {
                continue;
            }
            if let Some(acronym) = explain(term, lang) {
                explained.push(acronym.term);
                found.push(acronym);
            }
        }
    };
    for text in texts {
        add(text, &mut found);
    }
    let mut defined = 0;
    while let Some(acronym) = found.get(defined).copied() {
        add(acronym.stands_for, &mut found);
        add(acronym.meaning, &mut found);
        defined += 1;
    }
    found
}

#[cfg(test)]
#[path = "acronyms_tests.rs"]
mod tests;
