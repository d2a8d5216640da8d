//! Adding what a mentor collected to a workshop: a pasted block of forwarded WhatsApp messages,
//! or the rows of a CSV import. A result already in the workshop is not added twice: results
//! are the same when their codes are, so a participant who sends their link twice, or a CSV
//! imported again, changes nothing.

use super::code::{CodeError, encode};
use super::code_text::find_codes;
use super::content::Questionnaire;
use super::response::Response;

/// What a paste gave, for the mentor to check before the new results are kept.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Collected {
    /// New results, in the order found, to append to the workshop's participants.
    pub added: Vec<Response>,
    /// Codes that read but whose result the workshop already has.
    pub already_in: Vec<CollectedItem>,
    /// Codes found again later in the same paste (a message forwarded twice); only the first
    /// counts, as added or already in.
    pub repeated: usize,
    /// Codes or links that could not be read, in the order found. A line can have several.
    pub problems: Vec<PasteProblem>,
}

impl Collected {
    /// Whether the paste held no code or link at all (the mentor pasted something else).
    pub fn found_nothing(&self) -> bool {
        self.added.is_empty()
            && self.already_in.is_empty()
            && self.repeated == 0
            && self.problems.is_empty()
    }
}

/// A code in a paste whose result the workshop already has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CollectedItem {
    /// The line of the paste it is on, counting from 1.
    pub line: usize,
    /// The word it came from (a whole link, or the code).
    pub snippet: String,
    /// The participant with the same result, by index into the workshop's participants (the
    /// `existing` passed to [`collect`]; always one of them, since a result found twice in one
    /// paste is counted in `repeated` instead).
    pub participant: usize,
}

/// A code or link in a paste that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PasteProblem {
    /// The line of the paste it is on, counting from 1.
    pub line: usize,
    /// The word it came from (a whole link, or what looked like a code), to show the mentor.
    pub snippet: String,
    /// Why it could not be read.
    pub error: CodeError,
}

/// Reads every code and link in `text` (see [`find_codes`]) and sorts them against the
/// workshop's participants `existing`: new, already in, repeated, or unreadable.
pub fn collect(q: &Questionnaire, existing: &[Response], text: &str) -> Collected {
    let mut known = KnownCodes::of(q, existing);
    let mut collected = Collected::default();
    for found in find_codes(q, text) {
        if found.duplicate_of.is_some() {
            collected.repeated += 1;
            continue;
        }
        match found.result {
            Ok(response) => match known.admit(q, &response) {
                None => collected.added.push(response),
                Some(participant) => collected.already_in.push(CollectedItem {
                    line: found.line,
                    snippet: found.snippet,
                    participant,
                }),
            },
            Err(error) => collected.problems.push(PasteProblem {
                line: found.line,
                snippet: found.snippet,
                error,
            }),
        }
    }
    collected
}

/// Splits `incoming` (the rows of a CSV import) into the results new to the workshop, in
/// order, and how many it already has. A result that comes twice in `incoming` is added once;
/// the second counts as already in.
pub fn merge(
    q: &Questionnaire,
    existing: &[Response],
    incoming: Vec<Response>,
) -> (Vec<Response>, usize) {
    let mut known = KnownCodes::of(q, existing);
    let mut added = Vec::new();
    let mut already_in = 0;
    for response in incoming {
        match known.admit(q, &response) {
            None => added.push(response),
            Some(_) => already_in += 1,
        }
    }
    (added, already_in)
}

/// The codes of the workshop's participants, then of each result added. A list, not a set:
/// workshops are small, a linear search is fast enough even for a thousand, and a hash set
/// costs WebAssembly bytes.
struct KnownCodes(Vec<String>);

impl KnownCodes {
    fn of(q: &Questionnaire, existing: &[Response]) -> KnownCodes {
        KnownCodes(existing.iter().map(|r| encode(q, r)).collect())
    }

    /// The index of the participant with the same result, or `None` after recording this one
    /// as added. Indices past the existing participants are results added earlier, which only
    /// [`merge`] can meet (a paste's repeats are counted before they get here).
    fn admit(&mut self, q: &Questionnaire, response: &Response) -> Option<usize> {
        let code = encode(q, response);
        let found = self.0.iter().position(|known| *known == code);
        if found.is_none() {
            self.0.push(code);
        }
        found
    }
}

#[cfg(test)]
#[path = "collect_tests.rs"]
mod tests;
