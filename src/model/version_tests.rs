//! A question retired by a later version: results made before keep the questions, answers and
//! scores they had, in a link, on a phone or in a workshop, while new results ask its
//! replacement. Tested on the fixture with its market question `M1` retired after version 1
//! and `M4` (version 2) in its place.

use proptest::prelude::*;

use super::content::{Question, Questionnaire};
use super::fixture::{ADVISED_FIXTURE, CRAFT, FIXTURE, FIXTURE_MARKETS, FOOD, respond};
use super::{
    Advised, Answer, Problem, Response, applicable_questions, assess, check, compare, decode_code,
    encode,
};

/// The fixture in version 2 with `M1` retired after version 1 and `M4` asked in its place.
fn retired() -> &'static Questionnaire {
    let mut questions = FIXTURE.questions.to_vec();
    let m1 = FIXTURE.question_index("M1").unwrap();
    questions[m1].until = Some(1);
    questions.push(Question {
        id: "M4",
        since: 2,
        until: None,
        replaces: Some(m1),
        ..questions[m1]
    });
    Box::leak(Box::new(Questionnaire {
        questions: Vec::leak(questions),
        ..FIXTURE
    }))
}

/// A response of `version` to `q` with the given answers by id and choice.
fn answered(q: &Questionnaire, version: u8, product_type: u8, choices: &[(&str, u8)]) -> Response {
    let mut response = Response::new(q);
    response.version = version;
    response.product_type = Some(product_type);
    for &(id, choice) in choices {
        let index = q.question_index(id).unwrap();
        response.answers[index] = Some(Answer::Choice(choice));
    }
    response
}

fn asked(q: &Questionnaire, response: &Response) -> Vec<&'static str> {
    applicable_questions(q, response)
        .map(|(_, question)| question.id)
        .collect()
}

#[test]
fn a_replacement_is_asked_where_the_question_it_replaces_was() {
    let q = retired();
    let order: Vec<&str> = super::display_order(q).map(|i| q.questions[i].id).collect();
    assert_eq!(order, ["P1", "P2", "P3", "P4", "M1", "M4", "M2", "M3"]);
}

#[test]
fn a_result_asks_the_questions_of_its_version() {
    let q = retired();
    let old = answered(q, 1, FOOD, &[]);
    let new = answered(q, 2, FOOD, &[]);
    assert_eq!(asked(q, &old), ["P1", "P2", "P3", "M1", "M3"]);
    assert_eq!(asked(q, &new), ["P1", "P2", "P3", "P4", "M4", "M3"]);
}

#[test]
fn an_old_code_opens_with_its_answers_and_score() {
    // Made before M1 was retired, when the fixture asked P1–M3 in version 1.
    let before = answered(&FIXTURE, 1, CRAFT, &[("P1", 2), ("M1", 3), ("M2", 1)]);
    let code = encode(&FIXTURE, &before);
    let q = retired();
    let opened = decode_code(q, &code).unwrap();
    assert_eq!(opened.version, 1);
    assert_eq!(opened.answer_to(q, "M1"), Some(Answer::Choice(3)));
    assert_eq!(assess(q, &opened).scores, assess(&FIXTURE, &before).scores);
    assert_eq!(
        encode(q, &opened),
        code,
        "saved again, the code is the same"
    );
}

#[test]
fn a_new_code_carries_no_place_for_a_retired_question() {
    let q = retired();
    let new = answered(q, 2, CRAFT, &[("P1", 2), ("M4", 3)]);
    let code = encode(q, &new);
    let opened = decode_code(q, &code).unwrap();
    assert_eq!(opened, new);
    let with_m1_too = encode(&FIXTURE, &answered(&FIXTURE, 2, CRAFT, &[("P1", 2)]));
    assert!(code.len() <= with_m1_too.len());
}

#[test]
fn an_unfinished_older_check_continues_with_the_current_questions() {
    let q = retired();
    let unfinished = answered(q, 1, CRAFT, &[("P1", 2), ("M1", 3)]);
    let (continued, kept) = unfinished.clone().continued(q);
    assert_eq!(continued.version, 2);
    assert_eq!(
        continued.answer_to(q, "P1"),
        Some(Answer::Choice(2)),
        "asked by both versions"
    );
    assert_eq!(
        continued.answer_to(q, "M1"),
        None,
        "retired: its replacement M4 is asked"
    );
    assert_eq!(asked(q, &continued), ["P1", "P3", "P4", "M4", "M2"]);
    assert_eq!(
        kept,
        Some(unfinished),
        "its answer to M1 is kept, in the history"
    );

    let nothing_retired = answered(q, 1, CRAFT, &[("P1", 2)]);
    assert_eq!(nothing_retired.clone().continued(q).1, None);
    let finished = answered(q, 1, CRAFT, &[("P1", 2), ("P3", 1), ("M1", 3), ("M2", 0)]);
    assert_eq!(
        finished.clone().continued(q),
        (finished, None),
        "a finished result keeps its version"
    );
}

#[test]
fn a_retest_across_versions_compares_scores_and_only_shared_questions() {
    let q = retired();
    let before = answered(q, 1, CRAFT, &[("P1", 0), ("M1", 0)]);
    let after = answered(q, 2, CRAFT, &[("P1", 2), ("M4", 3)]);
    let change = compare(q, &before, &after);
    assert!(change.questions_changed);
    let moved: Vec<_> = change.improved.iter().map(|c| c.question.id).collect();
    assert_eq!(moved, ["P1"], "M1 and M4 were each asked once");
    assert!(!compare(q, &after, &after).questions_changed);
    assert!(
        !compare(
            &FIXTURE,
            &respond(Some(CRAFT), ""),
            &respond(Some(FOOD), "")
        )
        .questions_changed
    );
}

#[test]
fn a_retired_question_must_be_retired_by_a_later_version() {
    let problems = |until: u8| {
        let q = retired();
        let mut questions = q.questions.to_vec();
        questions[FIXTURE.question_index("M1").unwrap()].until = Some(until);
        let advice = ADVISED_FIXTURE
            .questions
            .iter()
            .chain(std::iter::once(&ADVISED_FIXTURE.questions[3]));
        let advised = Advised {
            questionnaire: Box::leak(Box::new(Questionnaire {
                questions: Vec::leak(questions),
                ..*q
            })),
            questions: Vec::leak(advice.copied().collect()),
            ..ADVISED_FIXTURE
        };
        check(&advised, &FIXTURE_MARKETS)
            .into_iter()
            .map(|p| p.problem)
            .collect::<Vec<_>>()
    };
    assert_eq!(problems(1), []);
    assert_eq!(
        problems(2),
        [Problem::UntilOutOfRange(2), Problem::BadReplaces],
        "retired in the version that adds its replacement"
    );
    assert_eq!(problems(0), [Problem::UntilOutOfRange(0)]);
}

fn any_answer(question: &Question) -> impl Strategy<Value = Option<Answer>> + use<> {
    let choices = u8::try_from(question.answers.len()).unwrap();
    prop_oneof![
        Just(None),
        Just(Some(Answer::DontKnow)),
        (0..choices).prop_map(|choice| Some(Answer::Choice(choice))),
    ]
}

fn any_version_1_response() -> impl Strategy<Value = Response> {
    let answers: Vec<_> = FIXTURE.questions.iter().map(any_answer).collect();
    (prop::option::of(0u8..2), answers).prop_map(|(product_type, answers)| {
        let mut response = Response::new(&FIXTURE);
        response.version = 1;
        response.product_type = product_type;
        for (index, answer) in answers.into_iter().enumerate() {
            if FIXTURE.questions[index].since == 1 {
                response.answers[index] = answer;
            }
        }
        response
    })
}

proptest! {
    #[test]
    fn retiring_a_question_changes_no_result_made_before(before in any_version_1_response()) {
        let q = retired();
        let opened = decode_code(q, &encode(&FIXTURE, &before)).unwrap();
        let (then, now) = (assess(&FIXTURE, &before), assess(q, &opened));
        prop_assert_eq!(now.scores, then.scores);
        prop_assert_eq!((now.level, now.failed_gates.len()), (then.level, then.failed_gates.len()));
    }
}
