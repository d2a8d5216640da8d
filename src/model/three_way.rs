//! Merging what two tabs (or windows) of the app did to the same saved data. Each tab keeps the
//! value it last read or wrote (the base); when another tab has written since, the two changes
//! are merged field by field: what only one side changed is kept, and where both changed the
//! same field, the other tab's value wins (it was saved last). Nothing one tab added is lost
//! because the other wrote after it.

use super::response::Response;
use super::workshop::Workshop;

/// `ours` unless the other side changed the value since `base`.
fn pick<T: PartialEq + Clone>(base: &T, ours: &T, theirs: &T) -> T {
    if theirs == base { ours } else { theirs }.clone()
}

/// The other side's list, without what we removed since `base`, then what we added since
/// `base` that it lacks, in our order.
///
/// Lists here grow at the end (results collected, a check added to the history), so when both
/// sides only added, only the added tails are compared; a list of many thousand results then
/// merges in one pass. Other changes compare whole lists.
pub fn merge_list<T: PartialEq + Clone>(base: &[T], ours: &[T], theirs: &[T]) -> Vec<T> {
    if theirs == base {
        return ours.to_vec();
    }
    if ours.starts_with(base) && theirs.starts_with(base) {
        let theirs_added = &theirs[base.len()..];
        let mut merged = theirs.to_vec();
        merged.extend(
            ours[base.len()..]
                .iter()
                .filter(|item| !theirs_added.contains(item))
                .cloned(),
        );
        return merged;
    }
    let removed_by_us = |item: &T| base.contains(item) && !ours.contains(item);
    let mut merged: Vec<T> = Vec::new();
    for item in theirs {
        if !removed_by_us(item) && !merged.contains(item) {
            merged.push(item.clone());
        }
    }
    for item in ours {
        if !base.contains(item) && !merged.contains(item) {
            merged.push(item.clone());
        }
    }
    merged
}

/// One owner's answers as both tabs changed them since `base`, question by question.
pub fn merge_response(base: &Response, ours: &Response, theirs: &Response) -> Response {
    let length = base
        .answers
        .len()
        .max(ours.answers.len())
        .max(theirs.answers.len());
    let answer = |r: &Response, i: usize| r.answers.get(i).copied().flatten();
    Response {
        // Answering raises a response's version, and the merged answers may come from either.
        version: ours.version.max(theirs.version),
        product_type: pick(&base.product_type, &ours.product_type, &theirs.product_type),
        answers: (0..length)
            .map(|i| pick(&answer(base, i), &answer(ours, i), &answer(theirs, i)))
            .collect(),
        date: pick(&base.date, &ours.date, &theirs.date),
        label: pick(&base.label, &ours.label, &theirs.label),
        markets: pick(&base.markets, &ours.markets, &theirs.markets),
    }
}

/// A workshop as both tabs changed it since `base`: its name, day and place field by field,
/// its participants as a list (a result added in either tab is kept).
pub fn merge_workshop(base: &Workshop, ours: &Workshop, theirs: &Workshop) -> Workshop {
    Workshop {
        name: pick(&base.name, &ours.name, &theirs.name),
        date: pick(&base.date, &ours.date, &theirs.date),
        place: pick(&base.place, &ours.place, &theirs.place),
        participants: merge_list(&base.participants, &ours.participants, &theirs.participants),
    }
}

// proptest is a dev-dependency of native builds only.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "three_way_tests.rs"]
mod tests;
