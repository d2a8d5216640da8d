//! The level, the gates that cap it, and the "Belum tahu" answers that are learning gaps.

use super::content::{Advised, Question, Questionnaire, Text};
use super::response::{Answer, Response, applicable_questions};
use super::score::{Scores, score};

/// A result as the owner sees it: scores, level, and why the level is capped if it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// Pillar and overall scores.
    pub scores: Scores,
    /// Index into the levels of the level the rounded overall score alone reaches.
    pub score_level: usize,
    /// Index into the levels of the level awarded: `score_level`, capped if a gate fails.
    pub level: usize,
    /// The gates that fail, in file order.
    pub failed_gates: Vec<FailedGate>,
}

impl Assessment {
    /// Whether a failing gate lowered the level (a gate can fail below the cap and change
    /// nothing; it is still reported).
    pub fn capped(&self) -> bool {
        self.level < self.score_level
    }
}

/// A gate question that applies and is unanswered, "Belum tahu" or below its pass mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FailedGate {
    /// Index of the question in file order.
    pub index: usize,
    /// The question.
    pub question: &'static Question,
    /// The answer given, if any.
    pub answer: Option<Answer>,
}

impl FailedGate {
    /// Why failing this gate caps the level, from the questionnaire's advice.
    pub fn reason(&self, advised: &Advised) -> Option<Text> {
        advised.questions.get(self.index)?.gate_reason
    }
}

/// Scores a response and awards its level: by the rounded overall score, then capped at the
/// questionnaire's `gate_caps_level_at` if any gate fails.
pub fn assess(q: &Questionnaire, response: &Response) -> Assessment {
    let scores = score(q, response);
    let score_level = q.level_for(scores.percent());
    let failed_gates: Vec<FailedGate> = q
        .questions
        .iter()
        .enumerate()
        .filter(|(index, question)| {
            response.faces(question) && question.fails_gate(response.answer(*index))
        })
        .map(|(index, question)| FailedGate {
            index,
            question,
            answer: response.answer(index),
        })
        .collect();
    let level = if failed_gates.is_empty() {
        score_level
    } else {
        score_level.min(q.gate_caps_level_at)
    };
    Assessment {
        scores,
        score_level,
        level,
        failed_gates,
    }
}

/// A question answered "Belum tahu": something to learn rather than something done badly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LearningGap {
    /// Index of the question in file order.
    pub index: usize,
    /// The question, whose hint and next step say what to find out.
    pub question: &'static Question,
}

/// The applicable questions answered "Belum tahu", in display order.
pub fn learning_gaps(q: &Questionnaire, response: &Response) -> Vec<LearningGap> {
    applicable_questions(q, response)
        .filter(|(index, _)| response.answer(*index) == Some(Answer::DontKnow))
        .map(|(index, question)| LearningGap { index, question })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;
    use crate::model::fixture::{ADVISED_FIXTURE, CRAFT, FIXTURE, FOOD, respond};

    const BERKEMBANG: usize = 1;

    #[test]
    fn food_without_permit_caps_level_at_berkembang() {
        // Product = P1 6 + P2 0 + P3 3 + P4 3 = 12 of 18; market = 9 of 9.
        // Overall = 60 × 12/18 + 40 × 9/9 = 80: Siap Ekspor by score, capped by the P2 gate.
        let assessment = assess(
            &FIXTURE,
            &respond(Some(FOOD), "P1=3 P2=0 P3=3 P4=3 M1=3 M3=3"),
        );
        assert_eq!(assessment.scores.percent(), 80);
        assert_eq!(assessment.score_level, 3);
        assert_eq!(assessment.level, BERKEMBANG);
        assert!(assessment.capped());
        let gate = assessment.failed_gates[0];
        assert_eq!((assessment.failed_gates.len(), gate.question.id), (1, "P2"));
        assert_eq!(
            gate.reason(&ADVISED_FIXTURE).map(|r| r.get(Lang::En)),
            Some("gate reason")
        );
    }

    #[test]
    fn gate_failure_below_cap_is_reported_but_changes_nothing() {
        let assessment = assess(&FIXTURE, &respond(Some(CRAFT), "P1=0 P3=1 M1=1"));
        assert_eq!(assessment.level, 0);
        assert_eq!(assessment.failed_gates.len(), 1);
        assert!(!assessment.capped());
    }

    #[test]
    fn craft_business_skips_food_permit() {
        let assessment = assess(&FIXTURE, &respond(Some(CRAFT), "P1=3 P3=3 P4=3 M1=3 M2=3"));
        assert!(assessment.failed_gates.is_empty());
        assert_eq!((assessment.scores.percent(), assessment.level), (100, 3));
    }

    #[test]
    fn unanswered_or_unknown_gates_fail_and_pass_marks_are_respected() {
        let unanswered = assess(&FIXTURE, &respond(Some(FOOD), "P2=2"));
        assert_eq!(
            unanswered
                .failed_gates
                .iter()
                .map(|g| g.question.id)
                .collect::<Vec<_>>(),
            ["P1"]
        );
        let unsure = assess(&FIXTURE, &respond(Some(FOOD), "P1=? P2=1"));
        let ids: Vec<_> = unsure
            .failed_gates
            .iter()
            .map(|g| (g.question.id, g.answer))
            .collect();
        assert_eq!(
            ids,
            [
                ("P1", Some(Answer::DontKnow)),
                ("P2", Some(Answer::Choice(1)))
            ]
        );
        let in_process = assess(&FIXTURE, &respond(Some(CRAFT), "P1=1"));
        assert_eq!(in_process.failed_gates.len(), 1, "P1 passes only at 3");
    }

    #[test]
    fn dont_know_counts_zero_but_is_a_learning_gap() {
        let unsure = respond(Some(CRAFT), "P1=3 P3=? M1=?");
        let zero = respond(Some(CRAFT), "P1=3 P3=0 M1=0");
        assert_eq!(
            assess(&FIXTURE, &unsure).scores,
            assess(&FIXTURE, &zero).scores
        );
        let gaps: Vec<_> = learning_gaps(&FIXTURE, &unsure)
            .iter()
            .map(|g| g.question.id)
            .collect();
        assert_eq!(gaps, ["P3", "M1"]);
        assert!(
            learning_gaps(&FIXTURE, &zero).is_empty(),
            "a weak answer is not a learning gap"
        );
    }

    #[test]
    fn learning_gaps_skip_questions_that_do_not_apply() {
        let response = respond(Some(CRAFT), "P2=? M3=? M2=?");
        let gaps: Vec<_> = learning_gaps(&FIXTURE, &response)
            .iter()
            .map(|g| g.index)
            .collect();
        assert_eq!(gaps, [4]);
    }

    #[test]
    fn all_best_answers_reach_the_top_level() {
        let assessment = assess(
            &FIXTURE,
            &respond(Some(FOOD), "P1=3 P2=3 P3=3 P4=3 M1=3 M3=3"),
        );
        assert_eq!((assessment.scores.percent(), assessment.level), (100, 3));
    }
}
