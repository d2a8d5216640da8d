//! The content check of where the advice sends an owner and where its facts come from: every
//! next step names a place, every place is named by a step, and every question and institution
//! has sources, each dated by the month it was checked.

use std::collections::HashSet;

use super::{Item, Problem, texts};
use crate::model::content::{Advised, Source};

/// Reports the places' and sources' problems of `advised`.
pub(super) fn places_and_sources(advised: &Advised, report: &mut impl FnMut(Item, Problem)) {
    let mut named = HashSet::new();
    for (advice, question) in advised
        .questions
        .iter()
        .zip(advised.questionnaire.questions)
    {
        let item = Item::Question(question.id);
        if advice.next_step.places.is_empty() {
            report(item, Problem::NoPlace);
        }
        named.extend(advice.next_step.places.iter().copied());
        sources(item, advice.sources, report);
    }
    let mut ids = HashSet::new();
    for (index, place) in advised.places.iter().enumerate() {
        let item = Item::Place(place.id);
        if !ids.insert(place.id) {
            report(item, Problem::DuplicateId);
        }
        texts(item, &[("name", place.name)], report);
        if !named.contains(&index) {
            report(item, Problem::PlaceUnused);
        }
        if !place.generic {
            sources(item, place.sources, report);
        }
    }
}

/// Reports a missing list of sources, and each source that is not complete.
fn sources(item: Item, list: &[Source], report: &mut impl FnMut(Item, Problem)) {
    if list.is_empty() {
        report(item, Problem::NoSources);
    }
    for (number, source) in (1..).zip(list) {
        let url_ok = source
            .url
            .is_none_or(|url| url.starts_with("https://") && url.len() > "https://".len());
        if source.title.trim().is_empty() || !url_ok || !is_month(source.checked) {
            report(item, Problem::BadSource(number));
        }
    }
}

/// Whether `text` is a month as `YYYY-MM`.
fn is_month(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 7
        && bytes[4] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || b.is_ascii_digit())
        && matches!(
            &text[5..],
            "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12"
        )
}
