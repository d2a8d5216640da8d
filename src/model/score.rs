//! Pillar and overall scores, kept as exact fractions so rounding happens once, where a number
//! is shown, and the level always agrees with the number the owner sees.

use super::content::Questionnaire;
use super::response::{Response, questions_applying};

/// An exact score on the 0–100 scale, as a fraction.
#[derive(Clone, Copy, Debug)]
pub struct Exact {
    numerator: u64,
    denominator: u64,
}

impl Exact {
    /// `numerator / denominator`; a zero denominator (nothing to score) reads as 0.
    pub fn new(numerator: u64, denominator: u64) -> Exact {
        if denominator == 0 {
            return Exact {
                numerator: 0,
                denominator: 1,
            };
        }
        let divisor = gcd(numerator, denominator);
        Exact {
            numerator: numerator / divisor,
            denominator: denominator / divisor,
        }
    }

    /// The numerator, in lowest terms.
    pub fn numerator(self) -> u64 {
        self.numerator
    }

    /// The denominator, in lowest terms (never 0).
    pub fn denominator(self) -> u64 {
        self.denominator
    }

    /// Rounded half up to a whole number, as shown: 50.5 → 51.
    pub fn percent(self) -> u8 {
        let rounded = (2 * self.numerator + self.denominator) / (2 * self.denominator);
        u8::try_from(rounded).unwrap_or(u8::MAX)
    }

    fn add(self, other: Exact) -> Exact {
        let divisor = gcd(self.denominator, other.denominator);
        let denominator = self.denominator / divisor * other.denominator;
        let numerator = self.numerator * (denominator / self.denominator)
            + other.numerator * (denominator / other.denominator);
        Exact::new(numerator, denominator)
    }
}

impl PartialEq for Exact {
    fn eq(&self, other: &Exact) -> bool {
        // Both are kept in lowest terms, so equal values have equal parts.
        self.numerator == other.numerator && self.denominator == other.denominator
    }
}

impl Eq for Exact {}

fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.max(1)
}

/// How many of the questions that apply have an answer ("Belum tahu" counts as one).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Questions answered.
    pub answered: u16,
    /// Questions that apply.
    pub applicable: u16,
}

impl Progress {
    /// Percent answered, rounded down so 100 means every question is answered.
    pub fn percent(self) -> u8 {
        if self.applicable == 0 {
            return 0;
        }
        (u32::from(self.answered) * 100 / u32::from(self.applicable)) as u8
    }

    /// Whether every question that applies is answered.
    pub fn is_complete(self) -> bool {
        self.answered == self.applicable
    }
}

/// One pillar's score: Σ(w × points) over Σ(w × 3), over the questions that apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PillarScore {
    /// Index into the questionnaire's pillars.
    pub pillar: usize,
    /// Σ(w × points); unanswered and "Belum tahu" add 0.
    pub earned: u32,
    /// Σ(w × 3) over every question that applies, answered or not, so a partial result is a
    /// lower bound.
    pub possible: u32,
    /// Answers so far.
    pub progress: Progress,
}

impl PillarScore {
    /// The score on the 0–100 scale, exactly (0 when nothing applies).
    pub fn exact(&self) -> Exact {
        Exact::new(100 * u64::from(self.earned), u64::from(self.possible))
    }

    /// The score as shown: 0–100, rounded half up.
    pub fn percent(&self) -> u8 {
        self.exact().percent()
    }
}

/// Every pillar's score and the overall score.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scores {
    /// One per pillar, in pillar order.
    pub pillars: Vec<PillarScore>,
    /// Σ(pillar weight × pillar score) / 100, exactly.
    pub overall: Exact,
    /// Answers so far over every pillar.
    pub progress: Progress,
}

impl Scores {
    /// The overall score as shown: 0–100, rounded half up. Levels are taken from this number.
    pub fn percent(&self) -> u8 {
        self.overall.percent()
    }
}

/// Scores a response: unanswered and "Belum tahu" count 0 but stay in the denominator;
/// questions that do not apply to the product type are left out of both.
pub fn score(q: &Questionnaire, response: &Response) -> Scores {
    let mut pillars: Vec<PillarScore> = (0..q.pillars.len())
        .map(|pillar| PillarScore {
            pillar,
            earned: 0,
            possible: 0,
            progress: Progress::default(),
        })
        .collect();
    for (index, question) in questions_applying(q, response) {
        let pillar = &mut pillars[question.pillar];
        let weight = u32::from(question.weight);
        pillar.possible += 3 * weight;
        pillar.progress.applicable += 1;
        if let Some(points) = response.points(q, index) {
            pillar.earned += weight * u32::from(points);
            pillar.progress.answered += 1;
        }
    }
    let overall = pillars.iter().fold(Exact::new(0, 1), |sum, score| {
        let weight = u64::from(q.pillars[score.pillar].weight);
        sum.add(Exact::new(
            weight * u64::from(score.earned),
            u64::from(score.possible),
        ))
    });
    let progress = pillars
        .iter()
        .fold(Progress::default(), |sum, score| Progress {
            answered: sum.answered + score.progress.answered,
            applicable: sum.applicable + score.progress.applicable,
        });
    Scores {
        pillars,
        overall,
        progress,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixture::{CRAFT, FIXTURE, FOOD, respond};

    #[test]
    fn pillar_and_overall_scores_follow_the_weighted_formula() {
        // Craft: product = P1 (w2) 3 + P3 (w1) 2 + P4 unanswered = 8 of 12; market = M1 (w2) 1
        // + M2 (w1) "Belum tahu" = 2 of 9. Overall = 60 × 8/12 + 40 × 2/9 = 40 + 80/9 = 440/9.
        let scores = score(&FIXTURE, &respond(Some(CRAFT), "P1=3 P3=2 M1=1 M2=?"));
        assert_eq!(
            (scores.pillars[0].earned, scores.pillars[0].possible),
            (8, 12)
        );
        assert_eq!(
            (scores.pillars[1].earned, scores.pillars[1].possible),
            (2, 9)
        );
        assert_eq!(scores.pillars[0].percent(), 67);
        assert_eq!(scores.pillars[1].percent(), 22);
        assert_eq!(scores.overall, Exact::new(440, 9));
        assert_eq!(scores.percent(), 49);
    }

    #[test]
    fn unanswered_questions_stay_in_the_denominator_so_a_partial_score_is_a_lower_bound() {
        let partial = score(&FIXTURE, &respond(Some(CRAFT), "P1=3"));
        assert_eq!(partial.pillars[0].possible, 12);
        assert_eq!(partial.pillars[0].percent(), 50);
        let complete = score(&FIXTURE, &respond(Some(CRAFT), "P1=3 P3=0 P4=0 M1=0 M2=0"));
        assert_eq!(partial.overall, complete.overall);
        assert_eq!(
            partial.progress,
            Progress {
                answered: 1,
                applicable: 5
            }
        );
        assert_eq!(complete.progress.percent(), 100);
        assert!(complete.progress.is_complete());
    }

    #[test]
    fn questions_that_do_not_apply_leave_numerator_and_denominator() {
        let food = score(&FIXTURE, &respond(Some(FOOD), "M1=3 M3=3"));
        assert_eq!((food.pillars[1].earned, food.pillars[1].possible), (9, 9));
        let craft = score(&FIXTURE, &respond(Some(CRAFT), "M1=3 M3=3"));
        assert_eq!(
            (craft.pillars[1].earned, craft.pillars[1].possible),
            (6, 9),
            "M3 is for food only; M2 applies"
        );
    }

    #[test]
    fn before_the_product_type_only_questions_for_every_type_count() {
        let scores = score(&FIXTURE, &respond(None, "P2=3 M1=3"));
        assert_eq!(scores.pillars[0].earned, 0, "P2 is for food only");
        assert_eq!(scores.pillars[1].possible, 6);
        assert_eq!(scores.progress.applicable, 4);
    }

    #[test]
    fn shown_scores_round_half_up() {
        assert_eq!(Exact::new(101, 2).percent(), 51);
        assert_eq!(Exact::new(201, 4).percent(), 50);
        assert_eq!(Exact::new(100, 1).percent(), 100);
        assert_eq!(Exact::new(7, 0).percent(), 0, "nothing to score reads as 0");
    }

    #[test]
    fn progress_rounds_down_so_100_means_complete() {
        assert_eq!(
            Progress {
                answered: 199,
                applicable: 200
            }
            .percent(),
            99
        );
        assert_eq!(Progress::default().percent(), 0);
    }
}
