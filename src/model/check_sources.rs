//! The content check of where the advice sends an owner and where its facts come from: every
//! next step names a place, every place is named by a step or a market, and every question and
//! institution has sources, each dated by the month it was checked.

use std::collections::HashSet;

use super::{ContentProblem, Item, Problem, texts};
use crate::model::content::{Advised, Cited, Source};
use crate::model::markets::Markets;

/// Reports the places' problems of `advised`: a next step naming none, a place no step and no
/// market names, an id used twice, a name missing in a language.
pub(super) fn places(advised: &Advised, markets: &Markets, report: &mut impl FnMut(Item, Problem)) {
    let mut named: HashSet<usize> = markets.named_places().collect();
    for (advice, question) in advised
        .questions
        .iter()
        .zip(advised.questionnaire.questions)
    {
        if advice.next_step.places.is_empty() {
            report(Item::Question(question.id), Problem::NoPlace);
        }
        named.extend(advice.next_step.places.iter().copied());
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
    }
}

/// Every problem with the sources of `advised`'s content in `cited`: each question, and each
/// place that is an institution, cites at least one complete source.
pub fn check_sources(advised: &Advised, cited: &Cited) -> Vec<ContentProblem> {
    let mut problems = Vec::new();
    let mut report = |item, problem| problems.push(ContentProblem { item, problem });
    for (index, question) in advised.questionnaire.questions.iter().enumerate() {
        let list = cited.questions.get(index).copied().unwrap_or_default();
        sources(Item::Question(question.id), list, &mut report);
    }
    for (index, place) in advised.places.iter().enumerate() {
        if !place.generic {
            let list = cited.places.get(index).copied().unwrap_or_default();
            sources(Item::Place(place.id), list, &mut report);
        }
    }
    problems
}

/// Reports a missing list of sources, and each source that is not complete.
pub(super) fn sources(item: Item, list: &[Source], report: &mut impl FnMut(Item, Problem)) {
    if list.is_empty() {
        report(item, Problem::NoSources);
    }
    for (number, source) in (1..).zip(list) {
        let url_ok = source
            .url
            .is_none_or(|url| url.starts_with("https://") && url.len() > "https://".len());
        if source.title.trim().is_empty() || !url_ok || source.checked_month().is_none() {
            report(item, Problem::BadSource(number));
        }
    }
}
