//! The mentor's view of a group: how the group scores, where it stands, which markets it wants,
//! what to teach today, and how it moved between a workshop and a re-test.

use std::cmp::Reverse;

use super::assess::{Assessment, assess};
use super::content::{Question, Questionnaire};
use super::markets::{MarketStep, Markets, unmet_requirements};
use super::response::{Answer, Response, display_order, questions_applying};
use super::sort::sort_stable_by_key;

/// Spread of one score over a group, on the 0–100 scale of the shown (rounded) scores.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Stats {
    /// Mean.
    pub mean: f64,
    /// Population standard deviation: the spread of this group, not an estimate for others.
    pub std_dev: f64,
    /// Lowest score.
    pub min: u8,
    /// Highest score.
    pub max: u8,
}

impl Stats {
    /// The statistics of these scores; all zero for none.
    fn of(values: &[u8]) -> Stats {
        let Some((&min, &max)) = values.iter().min().zip(values.iter().max()) else {
            return Stats::default();
        };
        let n = values.len() as f64;
        let mean = values.iter().map(|&v| f64::from(v)).sum::<f64>() / n;
        let variance = values
            .iter()
            .map(|&v| (f64::from(v) - mean).powi(2))
            .sum::<f64>()
            / n;
        Stats {
            mean,
            std_dev: variance.sqrt(),
            min,
            max,
        }
    }

    /// The mean rounded half up, for a label that needs a whole number.
    pub fn mean_percent(&self) -> u8 {
        (self.mean + 0.5).floor() as u8
    }

    /// The standard deviation rounded half up, in points of the 0–100 scale, for a label.
    pub fn spread_points(&self) -> u8 {
        (self.std_dev + 0.5).floor() as u8
    }
}

/// How a group answered one question, among the participants it applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionTally {
    /// Index of the question in file order.
    pub index: usize,
    /// The question; its advice's next step is what to teach.
    pub question: &'static Question,
    /// Participants it applies to.
    pub applicable: u32,
    /// Of those, how many answered (including "Belum tahu").
    pub answered: u32,
    /// Of those, how many chose an answer worth 0 or 1 point.
    pub weak: u32,
    /// Of those, how many answered "Belum tahu".
    pub dont_know: u32,
}

impl QuestionTally {
    /// Participants who need this taught: weak or unsure.
    pub fn needing_help(&self) -> u32 {
        self.weak + self.dont_know
    }
}

/// The target market most of a group chose, and the requirement of it that most of those
/// participants do not meet yet: what to teach about markets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MarketFocus {
    /// Index of the market in [`Markets::markets`].
    pub market: usize,
    /// Participants who chose it.
    pub wanted_by: u32,
    /// Index of the requirement in the market's.
    pub requirement: usize,
    /// Of those who chose the market, how many do not meet the requirement by their answers
    /// (see [`unmet_requirements`]).
    pub unmet_by: u32,
}

impl MarketFocus {
    /// The market and its requirement, as a step of the plan.
    pub fn step(&self) -> MarketStep {
        MarketStep {
            market: self.market,
            requirement: self.requirement,
        }
    }
}

/// A group of results at a glance.
#[derive(Clone, Debug, PartialEq)]
pub struct CohortSummary {
    /// Participants.
    pub count: usize,
    /// Of those, how many results were made with an older version of the questionnaire: the
    /// scores still compare, while each question counts only the participants it asked.
    pub older_versions: usize,
    /// Overall score.
    pub overall: Stats,
    /// Each pillar's score, in pillar order.
    pub pillars: Vec<Stats>,
    /// Participants at each level (after gates), by level index.
    pub levels: Vec<u32>,
    /// Every question, in display order.
    pub questions: Vec<QuestionTally>,
    /// The teaching agenda: questions someone answered weakly or "Belum tahu", most such
    /// participants first; ties by weight in the overall score (w × pillar weight), then
    /// display order.
    pub agenda: Vec<QuestionTally>,
    /// Participants who chose each target market, by its position in [`Markets::markets`].
    pub markets: Vec<u32>,
    /// Participants who said "Belum tahu" to the target markets.
    pub markets_undecided: u32,
    /// Participants who did not say (skipped the choice, or made their result before it was
    /// asked).
    pub markets_unsaid: u32,
    /// The most wanted market (most participants; ties by position) and its most common unmet
    /// requirement among those participants (ties by file order); `None` if nobody chose a
    /// market, or every one who chose the most wanted meets all its requirements.
    pub market_focus: Option<MarketFocus>,
}

impl CohortSummary {
    /// The markets someone chose, as (position, participants), most wanted first; ties by
    /// position.
    pub fn wanted_markets(&self) -> Vec<(usize, u32)> {
        let mut wanted: Vec<(usize, u32)> = self
            .markets
            .iter()
            .copied()
            .enumerate()
            .filter(|&(_, count)| count > 0)
            .collect();
        // Stable: ties stay in market order.
        sort_stable_by_key(&mut wanted, |&(_, count)| Reverse(count));
        wanted
    }
}

/// Summarises a group's results, with the target markets `m` they chose.
pub fn summarize_cohort(q: &Questionnaire, m: &Markets, responses: &[Response]) -> CohortSummary {
    let mut tally = CohortTally::new(q, m);
    for response in responses {
        tally.add(q, m, response, &assess(q, response));
    }
    tally.finish(q)
}

fn summarize(
    q: &Questionnaire,
    m: &Markets,
    responses: &[Response],
    assessments: &[Assessment],
) -> CohortSummary {
    let mut tally = CohortTally::new(q, m);
    for (response, assessment) in responses.iter().zip(assessments) {
        tally.add(q, m, response, assessment);
    }
    tally.finish(q)
}

/// A group's summary taken a result at a time, so a large group can be summarised a piece at
/// a time (see [`summarize_cohort`]).
#[derive(Clone, Debug)]
pub(crate) struct CohortTally {
    /// Each result's overall score, then each pillar's, as shown.
    overall: Vec<u8>,
    pillars: Vec<Vec<u8>>,
    levels: Vec<u32>,
    older_versions: usize,
    /// Every question's tally, in file order.
    tallies: Vec<QuestionTally>,
    /// Participants who chose each market, by position.
    markets: Vec<u32>,
    markets_undecided: u32,
    markets_unsaid: u32,
    /// For each market, by position, how many of those who chose it do not meet each of its
    /// requirements, in file order.
    unmet: Vec<Vec<u32>>,
}

impl CohortTally {
    /// A tally of no results yet, for the markets `m`.
    pub(crate) fn new(q: &Questionnaire, m: &Markets) -> CohortTally {
        CohortTally {
            markets: vec![0; m.markets.len()],
            markets_undecided: 0,
            markets_unsaid: 0,
            unmet: m
                .markets
                .iter()
                .map(|market| vec![0; market.requirements.len()])
                .collect(),
            overall: Vec::new(),
            pillars: vec![Vec::new(); q.pillars.len()],
            levels: vec![0; q.levels.len()],
            older_versions: 0,
            tallies: (0..q.questions.len())
                .map(|index| QuestionTally {
                    index,
                    question: &q.questions[index],
                    applicable: 0,
                    answered: 0,
                    weak: 0,
                    dont_know: 0,
                })
                .collect(),
        }
    }

    /// Counts one result, assessed as `assessment`.
    pub(crate) fn add(
        &mut self,
        q: &Questionnaire,
        m: &Markets,
        response: &Response,
        assessment: &Assessment,
    ) {
        self.add_markets(q, m, response);
        self.overall.push(assessment.scores.percent());
        for (scores, pillar) in self.pillars.iter_mut().zip(&assessment.scores.pillars) {
            scores.push(pillar.percent());
        }
        self.levels[assessment.level] += 1;
        self.older_versions += usize::from(response.is_from_older_version(q));
        for (index, question) in questions_applying(q, response) {
            let tally = &mut self.tallies[index];
            tally.applicable += 1;
            let answer = response.answer(index);
            let points = answer.and_then(|a| question.points(a));
            tally.answered += u32::from(points.is_some());
            tally.dont_know += u32::from(answer == Some(Answer::DontKnow));
            tally.weak += u32::from(
                matches!(answer, Some(Answer::Choice(_))) && points.is_some_and(|p| p <= 1),
            );
        }
    }

    /// Counts the markets one result chose, and the requirements of each it does not meet.
    fn add_markets(&mut self, q: &Questionnaire, m: &Markets, response: &Response) {
        let chosen = match &response.markets {
            None => {
                self.markets_unsaid += 1;
                return;
            }
            Some(chosen) if chosen.is_empty() => {
                self.markets_undecided += 1;
                return;
            }
            Some(chosen) => chosen,
        };
        // `unmet_requirements` gives one list per market `Markets::chosen` finds, in its order.
        let positions: Vec<usize> = m.chosen(chosen).map(|(position, _)| position).collect();
        let unmet = unmet_requirements(q, m, response);
        for (i, (&position, unmet)) in positions.iter().zip(unmet).enumerate() {
            // A market counts once per participant, even if a response named it twice.
            if positions[..i].contains(&position) {
                continue;
            }
            self.markets[position] += 1;
            for step in unmet {
                self.unmet[position][step.requirement] += 1;
            }
        }
    }

    /// The most wanted market and its most common unmet requirement, if any.
    fn market_focus(&self) -> Option<MarketFocus> {
        let (market, wanted_by) = first_most(&self.markets)?;
        let (requirement, unmet_by) = first_most(&self.unmet[market])?;
        Some(MarketFocus {
            market,
            wanted_by,
            requirement,
            unmet_by,
        })
    }

    /// The summary of the results counted.
    pub(crate) fn finish(self, q: &Questionnaire) -> CohortSummary {
        let market_focus = self.market_focus();
        let questions: Vec<QuestionTally> =
            display_order(q).map(|index| self.tallies[index]).collect();
        let mut agenda: Vec<QuestionTally> = questions
            .iter()
            .copied()
            .filter(|t| t.needing_help() > 0)
            .collect();
        // Stable: ties stay in display order.
        sort_stable_by_key(&mut agenda, |t| {
            let weight =
                u32::from(t.question.weight) * u32::from(q.pillars[t.question.pillar].weight);
            (Reverse(t.needing_help()), Reverse(weight))
        });
        CohortSummary {
            count: self.overall.len(),
            older_versions: self.older_versions,
            overall: Stats::of(&self.overall),
            pillars: self
                .pillars
                .iter()
                .map(|scores| Stats::of(scores))
                .collect(),
            levels: self.levels,
            questions,
            agenda,
            markets: self.markets,
            markets_undecided: self.markets_undecided,
            markets_unsaid: self.markets_unsaid,
            market_focus,
        }
    }
}

/// The index and count of the largest count, the first of equals; `None` if all are zero.
fn first_most(counts: &[u32]) -> Option<(usize, u32)> {
    counts
        .iter()
        .copied()
        .enumerate()
        .fold(None, |best, (index, count)| match best {
            Some((_, most)) if most >= count => best,
            _ if count > 0 => Some((index, count)),
            _ => best,
        })
}

/// A participant found in both groups by label, and the level they moved between.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LevelMovement {
    /// The label, as in the later group.
    pub label: String,
    /// Level index before (after gates).
    pub before: usize,
    /// Level index after (after gates).
    pub after: usize,
}

/// The change between two means as they are shown (whole points).
fn shown_change(before: &Stats, after: &Stats) -> i32 {
    i32::from(after.mean_percent()) - i32::from(before.mean_percent())
}

/// How a group moved between two rounds (a workshop and a re-test months later).
#[derive(Clone, Debug, PartialEq)]
pub struct CohortComparison {
    /// The first round.
    pub before: CohortSummary,
    /// The second round.
    pub after: CohortSummary,
    /// Change of the overall mean as shown (after − before, of the rounded means), so it is
    /// always the difference of the two numbers beside it.
    pub overall_mean_change: i32,
    /// Change of each pillar's mean as shown, in pillar order.
    pub pillar_mean_changes: Vec<i32>,
    /// Change of the number of participants at each level, by level index.
    pub level_count_changes: Vec<i32>,
    /// Participants matched by label (ignoring case and spacing; a label used twice in a round
    /// is ambiguous and left out), in the later round's order.
    pub movements: Vec<LevelMovement>,
}

impl CohortComparison {
    /// Matched participants who moved up a level or more.
    pub fn moved_up(&self) -> usize {
        self.movements.iter().filter(|m| m.after > m.before).count()
    }

    /// Matched participants who stayed at their level.
    pub fn stayed(&self) -> usize {
        self.movements
            .iter()
            .filter(|m| m.after == m.before)
            .count()
    }

    /// Matched participants who moved down a level or more.
    pub fn moved_down(&self) -> usize {
        self.movements.iter().filter(|m| m.after < m.before).count()
    }
}

/// Compares two rounds of the same group, with the target markets `m`.
pub fn compare_cohorts(
    q: &Questionnaire,
    m: &Markets,
    before: &[Response],
    after: &[Response],
) -> CohortComparison {
    let before_assessed: Vec<Assessment> = before.iter().map(|r| assess(q, r)).collect();
    let after_assessed: Vec<Assessment> = after.iter().map(|r| assess(q, r)).collect();
    let earlier = unique_labels(before);
    let later = unique_labels(after);
    let movements = later
        .iter()
        .filter_map(|(key, index)| {
            let (i, j) = ((*index)?, unique_index(&earlier, key)?);
            Some(LevelMovement {
                label: after[i].label.clone()?,
                before: before_assessed[j].level,
                after: after_assessed[i].level,
            })
        })
        .collect();
    let before = summarize(q, m, before, &before_assessed);
    let after = summarize(q, m, after, &after_assessed);
    CohortComparison {
        overall_mean_change: shown_change(&before.overall, &after.overall),
        pillar_mean_changes: before
            .pillars
            .iter()
            .zip(&after.pillars)
            .map(|(b, a)| shown_change(b, a))
            .collect(),
        level_count_changes: after
            .levels
            .iter()
            .zip(&before.levels)
            .map(|(&a, &b)| a as i32 - b as i32)
            .collect(),
        movements,
        before,
        after,
    }
}

/// Each label's key with its response's index, or `None` if the label is used twice. A list,
/// not a map: groups are workshop-sized and a map type costs WebAssembly bytes.
fn unique_labels(responses: &[Response]) -> Vec<(String, Option<usize>)> {
    let mut labels: Vec<(String, Option<usize>)> = Vec::new();
    for (i, response) in responses.iter().enumerate() {
        let Some(key) = response.label.as_deref().map(label_key) else {
            continue;
        };
        match labels.iter_mut().find(|(seen, _)| *seen == key) {
            Some((_, index)) => *index = None,
            None => labels.push((key, Some(i))),
        }
    }
    labels
}

/// The index recorded for `key` in a list from [`unique_labels`], if it is used exactly once.
fn unique_index(labels: &[(String, Option<usize>)], key: &str) -> Option<usize> {
    labels
        .iter()
        .find(|(seen, _)| seen == key)
        .and_then(|(_, index)| *index)
}

/// A label as matched between rounds: runs of spaces as one, ASCII letters in lower case (the
/// full Unicode case tables would cost more bytes than business names need).
fn label_key(label: &str) -> String {
    label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase()
}

#[cfg(test)]
#[path = "cohort_tests.rs"]
mod tests;
