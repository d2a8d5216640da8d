//! Two tabs' changes merged: named cases, then properties over generated answers and lists.

use proptest::prelude::*;

use super::*;
use crate::model::date::Day;
use crate::model::fixture::{CRAFT, FIXTURE, FOOD, respond};
use crate::model::response::Answer;

fn answered(spec: &str) -> Response {
    respond(Some(FOOD), spec)
}

#[test]
fn an_answer_given_in_each_tab_is_kept() {
    let base = answered("P1=1");
    let ours = answered("P1=1 P2=3");
    let theirs = answered("P1=1 M1=2");
    assert_eq!(
        merge_response(&base, &ours, &theirs),
        answered("P1=1 P2=3 M1=2")
    );
}

#[test]
fn a_name_typed_in_one_tab_survives_an_answer_in_the_other() {
    let base = answered("P1=1");
    let mut ours = base.clone();
    ours.set_label("Batik Bu Sri");
    let theirs = answered("P1=1 P3=2");
    let merged = merge_response(&base, &ours, &theirs);
    assert_eq!(merged.label.as_deref(), Some("Batik Bu Sri"));
    assert_eq!(merged.answers, theirs.answers);
}

#[test]
fn where_both_tabs_changed_one_answer_the_later_save_wins() {
    let base = answered("P1=1");
    let merged = merge_response(&base, &answered("P1=0"), &answered("P1=3"));
    assert_eq!(merged, answered("P1=3"));
}

#[test]
fn starting_again_in_the_other_tab_clears_what_it_cleared() {
    let base = answered("P1=1 P2=2");
    let merged = merge_response(&base, &base, &Response::new(&FIXTURE));
    assert_eq!(merged, Response::new(&FIXTURE));
}

#[test]
fn a_product_type_changed_in_one_tab_is_kept() {
    let base = answered("P1=1");
    let theirs = respond(Some(CRAFT), "P1=1");
    assert_eq!(merge_response(&base, &base, &theirs), theirs);
}

#[test]
fn a_result_pasted_in_each_tab_is_kept_once() {
    let (a, b, c) = (answered("P1=1"), answered("P1=0"), answered("P1=3"));
    let mut base = Workshop::new("Kelas", Some(Day(700)), "").unwrap();
    base.participants = vec![a.clone()];
    let mut ours = base.clone();
    ours.participants.extend([b.clone(), c.clone()]);
    let mut theirs = base.clone();
    theirs.participants.push(c.clone());
    theirs.name = "Kelas Ekspor".into();
    let merged = merge_workshop(&base, &ours, &theirs);
    assert_eq!(merged.participants, vec![a, c, b]);
    assert_eq!(merged.name, "Kelas Ekspor");
    assert_eq!(merged.date, Some(Day(700)));
}

fn any_answer() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        Just(None),
        Just(Some(Answer::DontKnow)),
        (0u8..4).prop_map(|c| Some(Answer::Choice(c))),
    ]
}

fn any_response() -> impl Strategy<Value = Response> {
    (
        proptest::option::of(0u8..4),
        proptest::collection::vec(any_answer(), FIXTURE.questions.len()),
        proptest::option::of("[a-c]{1,3}"),
        proptest::option::of(proptest::collection::vec(0u8..3, 0..3)),
    )
        .prop_map(|(product_type, answers, label, markets)| Response {
            version: FIXTURE.version,
            product_type,
            answers,
            date: None,
            label,
            markets,
        })
}

fn any_list() -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::btree_set(0u8..12, 0..8).prop_map(|set| set.into_iter().collect())
}

proptest! {
    #[test]
    fn a_side_that_changed_nothing_gives_the_other(base in any_response(), other in any_response()) {
        prop_assert_eq!(merge_response(&base, &base, &other), other.clone());
        prop_assert_eq!(merge_response(&base, &other, &base), other);
    }

    #[test]
    fn each_answer_is_the_one_a_side_changed_it_to(
        base in any_response(),
        ours in any_response(),
        theirs in any_response(),
    ) {
        let merged = merge_response(&base, &ours, &theirs);
        for i in 0..base.answers.len() {
            let expected = if theirs.answers[i] != base.answers[i] { theirs.answers[i] } else { ours.answers[i] };
            prop_assert_eq!(merged.answers[i], expected);
        }
    }

    #[test]
    fn lists_keep_every_addition_and_every_removal(base in any_list(), ours in any_list(), theirs in any_list()) {
        let merged = merge_list(&base, &ours, &theirs);
        for item in 0u8..12 {
            let added = (ours.contains(&item) || theirs.contains(&item)) && !base.contains(&item);
            let removed = base.contains(&item) && (!ours.contains(&item) || !theirs.contains(&item));
            let count = merged.iter().filter(|&&m| m == item).count();
            if added {
                prop_assert_eq!(count, 1, "{} was added", item);
            } else if removed {
                prop_assert_eq!(count, 0, "{} was removed", item);
            } else {
                prop_assert_eq!(count, usize::from(base.contains(&item)));
            }
        }
    }

    #[test]
    fn lists_that_only_grew_keep_both_additions_once(base in any_list(), ours in any_list(), theirs in any_list()) {
        let grown = |added: &[u8]| [&base[..], added].concat();
        let merged = merge_list(&base, &grown(&ours), &grown(&theirs));
        let ours_only: Vec<u8> = ours.iter().copied().filter(|item| !theirs.contains(item)).collect();
        prop_assert_eq!(merged, [&base[..], &theirs[..], &ours_only[..]].concat());
    }

    #[test]
    fn merging_again_changes_nothing(base in any_list(), ours in any_list(), theirs in any_list()) {
        let merged = merge_list(&base, &ours, &theirs);
        prop_assert_eq!(merge_list(&theirs, &merged, &theirs), merged.clone());
        prop_assert_eq!(merge_list(&ours, &ours, &merged), merged);
    }
}
