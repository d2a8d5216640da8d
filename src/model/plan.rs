//! What to do next (the ranked action plan) and what is already good (strengths).

use std::cmp::Reverse;

use super::content::{Question, Questionnaire};
use super::markets::{MarketStep, Markets, unmet_requirements};
use super::response::{Answer, Response, applicable_questions};
use super::sort::sort_stable_by_key;

/// One next step of the action plan: the advice of a question answered weakly or "Belum tahu".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// Index of the question in file order.
    pub index: usize,
    /// The question; its advice (by `index`) says what to do.
    pub question: &'static Question,
    /// Index of the question's pillar.
    pub pillar: usize,
    /// Points the answer earned (0 for "Belum tahu").
    pub points: u8,
    /// w × (3 − points) × pillar weight: how much closing this gap adds to the overall score.
    pub priority: u32,
    /// The answer fails a gate, so this step comes first.
    pub is_gate: bool,
    /// The answer was "Belum tahu": a learning gap.
    pub dont_know: bool,
}

/// The next steps for every applicable question answered at 1 point or less, "Belum tahu", or
/// failing its gate. Failing gates come first (file order), then by priority, highest first;
/// ties by pillar order, then display order. Unanswered questions yield no step: the owner has
/// not said they need one.
pub fn action_plan(q: &Questionnaire, response: &Response) -> Vec<Step> {
    let mut steps: Vec<Step> = applicable_questions(q, response)
        .filter_map(|(index, question)| {
            let answer = response.answer(index)?;
            let points = question.points(answer)?;
            let is_gate = question.fails_gate(Some(answer));
            (points <= 1 || is_gate).then(|| Step {
                index,
                question,
                pillar: question.pillar,
                points,
                priority: u32::from(question.weight)
                    * u32::from(3u8.saturating_sub(points))
                    * u32::from(q.pillars[question.pillar].weight),
                is_gate,
                dont_know: answer == Answer::DontKnow,
            })
        })
        .collect();
    // Stable: what the key leaves tied stays in display order.
    sort_stable_by_key(&mut steps, |step| {
        let gate_order = if step.is_gate { step.index } else { 0 };
        (
            !step.is_gate,
            gate_order,
            Reverse(step.priority),
            step.pillar,
        )
    });
    steps
}

/// One step of the whole plan: a question's advice, or a chosen market's requirement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanStep {
    Question(Step),
    Market(MarketStep),
}

/// The whole plan: the question steps of [`action_plan`] with the requirements of the markets
/// the owner chose that are not met ([`unmet_requirements`]). Failing gates come first (nothing
/// is exported without them), then each chosen market's first unmet requirement in the owner's
/// order of markets (so every market shows its most pressing rule early), then the other
/// question steps by priority, then the markets' other requirements, market by market.
pub fn plan(q: &Questionnaire, m: &Markets, response: &Response) -> Vec<PlanStep> {
    let (gates, others): (Vec<Step>, Vec<Step>) = action_plan(q, response)
        .into_iter()
        .partition(|step| step.is_gate);
    let per_market = unmet_requirements(q, m, response);
    let first = per_market.iter().filter_map(|steps| steps.first());
    let rest = per_market.iter().flat_map(|steps| steps.iter().skip(1));
    gates
        .into_iter()
        .map(PlanStep::Question)
        .chain(first.copied().map(PlanStep::Market))
        .chain(others.into_iter().map(PlanStep::Question))
        .chain(rest.copied().map(PlanStep::Market))
        .collect()
}

/// An answer worth 2 or 3 points: something already good, to encourage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Strength {
    /// Index of the question in file order.
    pub index: usize,
    /// The question.
    pub question: &'static Question,
    /// Index of the question's pillar.
    pub pillar: usize,
    /// Points the answer earned (2 or 3).
    pub points: u8,
}

/// Every applicable answer worth 2 points or more, best first: by points, then by what it
/// weighs in the overall score (w × pillar weight), then display order.
pub fn strengths(q: &Questionnaire, response: &Response) -> Vec<Strength> {
    let mut found: Vec<Strength> = applicable_questions(q, response)
        .filter_map(|(index, question)| {
            let points = response.points(q, index)?;
            (points >= 2).then_some(Strength {
                index,
                question,
                pillar: question.pillar,
                points,
            })
        })
        .collect();
    // Stable: ties stay in display order.
    sort_stable_by_key(&mut found, |s| {
        let weight = u32::from(s.question.weight) * u32::from(q.pillars[s.pillar].weight);
        (Reverse(s.points), Reverse(weight))
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixture::{CRAFT, FIXTURE, FIXTURE_MARKETS, FOOD, respond};

    fn ids(steps: &[Step]) -> Vec<&str> {
        steps.iter().map(|s| s.question.id).collect()
    }

    #[test]
    fn failing_gates_come_first_then_the_biggest_gain() {
        // Priorities (w × (3 − points) × pillar weight): P1 2×2×60 = 240 (gate), P2 2×3×60 = 360
        // (gate), P3 "Belum tahu" 1×3×60 = 180, P4 1×2×60 = 120, M1 2×3×40 = 240, M3 1×2×40 = 80.
        let plan = action_plan(
            &FIXTURE,
            &respond(Some(FOOD), "P1=1 P2=0 P3=? P4=1 M1=0 M3=1"),
        );
        assert_eq!(ids(&plan), ["P1", "P2", "M1", "P3", "P4", "M3"]);
        assert_eq!(
            plan.iter().map(|s| s.priority).collect::<Vec<_>>(),
            [240, 360, 240, 180, 120, 80]
        );
        assert!(plan[0].is_gate && plan[1].is_gate && !plan[2].is_gate);
        assert!(plan[3].dont_know && plan[3].points == 0);
    }

    #[test]
    fn equal_priorities_go_by_pillar_order_then_display_order() {
        // P4 (1 × 2 × 60) and M3 (1 × 3 × 40) both 120; P3 and P4 both 180 at 0 points.
        let plan = action_plan(&FIXTURE, &respond(Some(FOOD), "P1=3 P2=3 M3=0 P4=1"));
        assert_eq!(ids(&plan), ["P4", "M3"]);
        let plan = action_plan(&FIXTURE, &respond(Some(FOOD), "P1=3 P2=3 P4=0 P3=0"));
        assert_eq!(ids(&plan), ["P3", "P4"]);
    }

    #[test]
    fn good_and_unanswered_questions_yield_no_step() {
        let plan = action_plan(&FIXTURE, &respond(Some(FOOD), "P1=3 P2=2 P3=2 M1=3"));
        assert!(plan.is_empty(), "{:?}", ids(&plan));
    }

    /// The plan's steps as question ids and market requirement ids.
    fn plan_ids(response: &Response) -> Vec<&'static str> {
        plan(&FIXTURE, &FIXTURE_MARKETS, response)
            .into_iter()
            .map(|step| match step {
                PlanStep::Question(step) => step.question.id,
                PlanStep::Market(step) => step.get(&FIXTURE_MARKETS).unwrap().1.id,
            })
            .collect()
    }

    #[test]
    fn markets_join_after_the_gates_first_steps_first() {
        // P1 fails its gate; M1 and P3 are ordinary steps (240 and 180).
        let mut response = respond(Some(FOOD), "P1=1 P2=3 P3=0 M1=0");
        response.markets = Some(vec![2, 0]);
        assert_eq!(
            plan_ids(&response),
            [
                "P1",
                "cc_first",
                "aa_label",
                "M1",
                "P3",
                "cc_second",
                "aa_registration"
            ]
        );
    }

    #[test]
    fn a_met_expected_or_other_types_requirement_is_no_step() {
        // bb's certificate is met by P3 at 3 points; its other requirement is for craft makers.
        let mut response = respond(Some(FOOD), "P1=3 P2=3 P3=3");
        response.markets = Some(vec![1]);
        assert!(plan_ids(&response).is_empty());
        response.set_answer(&FIXTURE, "P3", Some(Answer::Choice(2)));
        assert_eq!(plan_ids(&response), ["bb_certificate"]);
        response.product_type = Some(CRAFT);
        assert_eq!(plan_ids(&response), ["bb_craft"]);
    }

    #[test]
    fn without_markets_the_plan_is_the_questions_plan() {
        for markets in [None, Some(vec![])] {
            let mut response = respond(Some(FOOD), "P1=1 P2=0 P3=? M1=0");
            response.markets = markets;
            let questions: Vec<PlanStep> = action_plan(&FIXTURE, &response)
                .into_iter()
                .map(PlanStep::Question)
                .collect();
            assert_eq!(plan(&FIXTURE, &FIXTURE_MARKETS, &response), questions);
        }
    }

    #[test]
    fn strengths_list_the_best_and_heaviest_first() {
        // All 3 points: P1 (2 × 60), M1 (2 × 40), P4 (1 × 60), M3 (1 × 40); then P3 at 2 points.
        let found = strengths(
            &FIXTURE,
            &respond(Some(FOOD), "P1=3 P2=1 P3=2 P4=3 M1=3 M3=3"),
        );
        let ids: Vec<_> = found.iter().map(|s| (s.question.id, s.points)).collect();
        assert_eq!(ids, [("P1", 3), ("M1", 3), ("P4", 3), ("M3", 3), ("P3", 2)]);
    }
}
