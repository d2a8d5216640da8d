//! A re-test against an earlier result: what moved, in the numbers the owner saw both times.

use super::assess::assess;
use super::content::{Question, Questionnaire};
use super::response::{Response, applicable_questions};

/// How a result changed since an earlier one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// Change of each pillar's shown score (current − previous), in pillar order.
    pub pillars: Vec<i16>,
    /// Change of the shown overall score.
    pub overall: i16,
    /// Index of the level awarded before (after gates).
    pub level_before: usize,
    /// Index of the level awarded now (after gates).
    pub level_after: usize,
    /// Questions that now earn more points, in display order.
    pub improved: Vec<QuestionChange>,
    /// Questions that now earn fewer points, in display order.
    pub worsened: Vec<QuestionChange>,
    /// Whether the two results were made with questionnaires that ask different questions: the
    /// scores still compare, the questions only where both asked them.
    pub questions_changed: bool,
}

/// One question's points in both results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionChange {
    /// Index of the question in file order.
    pub index: usize,
    /// The question.
    pub question: &'static Question,
    /// Points before ("Belum tahu" is 0).
    pub before: u8,
    /// Points now.
    pub after: u8,
}

/// Compares two results. Score changes use the rounded numbers, so they match what was shown;
/// a question counts as improved or worsened only if both results asked it and it is answered
/// both times.
pub fn compare(q: &Questionnaire, previous: &Response, current: &Response) -> Comparison {
    let before = assess(q, previous);
    let after = assess(q, current);
    let change = |from: u8, to: u8| i16::from(to) - i16::from(from);
    let pillars = before
        .scores
        .pillars
        .iter()
        .zip(&after.scores.pillars)
        .map(|(b, a)| change(b.percent(), a.percent()));
    let (mut improved, mut worsened) = (Vec::new(), Vec::new());
    for (index, question) in applicable_questions(q, current) {
        if !previous.faces(question) {
            continue;
        }
        let (Some(before), Some(after)) = (previous.points(q, index), current.points(q, index))
        else {
            continue;
        };
        let entry = QuestionChange {
            index,
            question,
            before,
            after,
        };
        if after > before {
            improved.push(entry);
        } else if after < before {
            worsened.push(entry);
        }
    }
    Comparison {
        pillars: pillars.collect(),
        overall: change(before.scores.percent(), after.scores.percent()),
        level_before: before.level,
        level_after: after.level,
        improved,
        worsened,
        questions_changed: q.questions.iter().any(|question| {
            question.in_version(previous.version) != question.in_version(current.version)
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixture::{CRAFT, FIXTURE, respond};

    #[test]
    fn retest_shows_changes_in_shown_points_and_moved_questions() {
        // Before: product 2/12 → 17, market 2/9 → 22, overall 10 + 80/9 = 18.9 → 19 (Perintis).
        // After: product 6/12 → 50, market 3/9 → 33, overall 30 + 40/3 = 43.3 → 43 (Berkembang).
        let before = respond(Some(CRAFT), "P1=1 P3=0 M1=1");
        let after = respond(Some(CRAFT), "P1=3 P3=0 M1=0 M2=3");
        let change = compare(&FIXTURE, &before, &after);
        assert_eq!(
            (change.pillars.as_slice(), change.overall),
            ([33, 11].as_slice(), 24)
        );
        assert_eq!((change.level_before, change.level_after), (0, 1));
        let moved = |list: &[QuestionChange]| {
            list.iter()
                .map(|c| (c.question.id, c.before, c.after))
                .collect::<Vec<_>>()
        };
        assert_eq!(moved(&change.improved), [("P1", 1, 3)]);
        assert_eq!(
            moved(&change.worsened),
            [("M1", 1, 0)],
            "M2 was unanswered before: not compared"
        );
    }

    #[test]
    fn a_result_compared_with_itself_has_no_change() {
        let result = respond(Some(CRAFT), "P1=3 P3=2 M1=1 M2=?");
        let change = compare(&FIXTURE, &result, &result);
        assert_eq!((change.overall, change.pillars), (0, vec![0, 0]));
        assert!(change.improved.is_empty() && change.worsened.is_empty());
    }
}
