//! A workshop's group as its screen shows it: the summary and the participants table's rows,
//! from one assessment of each participant, worked out a piece at a time so that a group of any
//! size leaves the page answering.

use super::assess::assess;
use super::cohort::{CohortSummary, CohortTally};
use super::content::Questionnaire;
use super::markets::Markets;
use super::participants::{ParticipantRow, participant_row};
use super::response::Response;

/// How many participants one piece assesses.
const PIECE_PARTICIPANTS: usize = 500;

/// What the workshop screen shows of its group.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkshopGroup {
    /// The group at a glance.
    pub summary: CohortSummary,
    /// The participants table's rows, in workshop order.
    pub rows: Vec<ParticipantRow>,
}

/// A workshop's group, summarised a piece at a time: the participants are given with each
/// piece (the same ones each time), so that none is copied.
pub struct GroupSummarizer {
    tally: CohortTally,
    rows: Vec<ParticipantRow>,
}

impl GroupSummarizer {
    /// Ready to summarise a group, with the target markets `m`.
    pub fn new(q: &Questionnaire, m: &Markets) -> GroupSummarizer {
        GroupSummarizer {
            rows: Vec::new(),
            tally: CohortTally::new(q, m),
        }
    }

    /// Counts the next participants of `participants`; whether there are more to count.
    pub fn next_piece(
        &mut self,
        q: &Questionnaire,
        m: &Markets,
        participants: &[Response],
    ) -> bool {
        let done = self.rows.len();
        for (index, response) in participants
            .iter()
            .enumerate()
            .skip(done)
            .take(PIECE_PARTICIPANTS)
        {
            let assessment = assess(q, response);
            self.tally.add(q, m, response, &assessment);
            self.rows
                .push(participant_row(index, response, &assessment));
        }
        self.rows.len() < participants.len()
    }

    /// The group, once every participant is counted.
    pub fn finish(self, q: &Questionnaire) -> WorkshopGroup {
        WorkshopGroup {
            summary: self.tally.finish(q),
            rows: self.rows,
        }
    }
}

/// The group of `participants` at once, as [`GroupSummarizer`] gives it a piece at a time.
pub fn summarize_workshop(
    q: &Questionnaire,
    m: &Markets,
    participants: &[Response],
) -> WorkshopGroup {
    let mut summarizer = GroupSummarizer::new(q, m);
    while summarizer.next_piece(q, m, participants) {}
    summarizer.finish(q)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixture::{CRAFT, FIXTURE, FIXTURE_MARKETS, FOOD, respond};
    use crate::model::{participant_rows, summarize_cohort};

    #[test]
    fn a_group_summarised_in_pieces_is_the_group_summarised_at_once() {
        let group: Vec<Response> = (0..1_234)
            .map(|i| match i % 3 {
                0 => {
                    let mut response = respond(Some(FOOD), "P1=3 P2=0 P3=3 M1=3 M3=?");
                    response.markets = Some(vec![2, 0]);
                    response
                }
                1 => respond(Some(CRAFT), "P1=1 P3=? M1=0 M2=3"),
                _ => respond(Some(FOOD), "P1=0"),
            })
            .collect();
        let m = &FIXTURE_MARKETS;
        let mut summarizer = GroupSummarizer::new(&FIXTURE, m);
        let mut pieces = 1;
        while summarizer.next_piece(&FIXTURE, m, &group) {
            pieces += 1;
        }
        assert_eq!(pieces, 3);
        let in_pieces = summarizer.finish(&FIXTURE);
        assert_eq!(in_pieces.summary, summarize_cohort(&FIXTURE, m, &group));
        assert_eq!(in_pieces.summary.markets, [412, 0, 412]);
        assert_eq!(in_pieces.rows, participant_rows(&FIXTURE, &group));
        assert_eq!(summarize_workshop(&FIXTURE, m, &group), in_pieces);
        assert_eq!(summarize_workshop(&FIXTURE, m, &[]).rows, []);
    }
}
