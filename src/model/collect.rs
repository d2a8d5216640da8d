//! Adding what a mentor collected to a workshop: a pasted block of forwarded WhatsApp messages,
//! or the rows of a CSV import. A result already in the workshop is not added twice: results
//! are the same when their codes are, so a participant who sends their link twice, or a CSV
//! imported again, changes nothing.
//!
//! A paste or a file of any size is read a piece at a time ([`PasteCollector`],
//! [`CsvCollector`]), each piece costing about the same, so the page can draw and answer between
//! pieces and say how far it has got.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use super::code::{CodeError, encode};
use super::code_text::CodeFinder;
use super::content::Questionnaire;
use super::csv::{CsvReader, RowProblem};
use super::piecewise::Piecewise;
use super::response::Response;

/// How many unreadable codes a paste's report keeps with their line and excerpt: enough to fix
/// a paste by. The rest are only counted, so no paste costs memory for each of its problems.
pub const PROBLEMS_KEPT: usize = 100;
/// How much of a paste one piece reads, in bytes.
const PASTE_PIECE_BYTES: usize = 8 * 1024;
/// How many rows of a CSV file one piece reads.
const CSV_PIECE_ROWS: usize = 200;
/// How many of the workshop's participants one piece learns the codes of, before the reading.
const LEARN_PIECE_PARTICIPANTS: usize = 500;

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
    /// Codes or links that could not be read, in the order found: the first [`PROBLEMS_KEPT`]
    /// of them. A line can have several.
    pub problems: Vec<PasteProblem>,
    /// How many more could not be read than `problems` keeps.
    pub more_problems: usize,
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
    /// The word it came from (a whole link, or the code; of a long word, the part around it).
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
    /// The word it came from (a whole link, or what looked like a code; of a long word, the
    /// part around it), to show the mentor.
    pub snippet: String,
    /// Why it could not be read.
    pub error: CodeError,
}

/// How far reading a paste or a file has got, by lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CollectProgress {
    /// The line being read, counting from 1.
    pub line: usize,
    /// How many lines there are.
    pub lines: usize,
}

/// How many lines `text` has: the last one need not end with a line break.
fn lines_in(text: &str) -> usize {
    let breaks = text.bytes().filter(|&b| b == b'\n').count();
    if text.ends_with('\n') {
        breaks
    } else {
        breaks + 1
    }
}

/// Reads every code and link in `text` (see [`find_codes`](super::find_codes)) and sorts them
/// against the workshop's participants `existing`: new, already in, repeated, or unreadable.
pub fn collect(q: &Questionnaire, existing: &[Response], text: &str) -> Collected {
    let mut collector = PasteCollector::new(existing.to_vec(), text.to_owned());
    while collector.next_piece(q) {}
    collector.finish()
}

/// Collects a paste a piece at a time, as [`collect`] does at once.
pub struct PasteCollector {
    text: String,
    lines: usize,
    /// Where the piece being read ends, in bytes.
    until: usize,
    finder: CodeFinder,
    known: KnownCodes,
    collected: Collected,
}

impl PasteCollector {
    /// Ready to collect `text` into a workshop whose participants are `existing`.
    pub fn new(existing: Vec<Response>, text: String) -> PasteCollector {
        PasteCollector {
            lines: lines_in(&text),
            text,
            until: 0,
            finder: CodeFinder::default(),
            known: KnownCodes::of(existing),
            collected: Collected::default(),
        }
    }

    /// How far the reading has got.
    pub fn progress(&self) -> CollectProgress {
        CollectProgress {
            line: self.finder.line(),
            lines: self.lines,
        }
    }

    /// What the paste gave, once it is all read.
    pub fn finish(self) -> Collected {
        self.collected
    }
}

impl Piecewise for PasteCollector {
    fn next_piece(&mut self, q: &Questionnaire) -> bool {
        if self.known.learn_piece(q) {
            return true;
        }
        self.until = self.until.saturating_add(PASTE_PIECE_BYTES);
        while let Some(found) = self.finder.next(q, &self.text, self.until) {
            let collected = &mut self.collected;
            if found.duplicate_of.is_some() {
                collected.repeated += 1;
                continue;
            }
            match found.result {
                Ok(response) => match self.known.admit(q, &response) {
                    None => collected.added.push(response),
                    Some(participant) => collected.already_in.push(CollectedItem {
                        line: found.line,
                        snippet: found.snippet,
                        participant,
                    }),
                },
                Err(_) if collected.problems.len() == PROBLEMS_KEPT => {
                    collected.more_problems += 1;
                }
                Err(error) => collected.problems.push(PasteProblem {
                    line: found.line,
                    snippet: found.snippet,
                    error,
                }),
            }
        }
        !self.finder.is_done(self.text.len())
    }
}

/// Splits `incoming` (the rows of a CSV import) into the results new to the workshop, in
/// order, and how many it already has. A result that comes twice in `incoming` is added once;
/// the second counts as already in.
pub fn merge(
    q: &Questionnaire,
    existing: &[Response],
    incoming: Vec<Response>,
) -> (Vec<Response>, usize) {
    let mut known = KnownCodes::of(existing.to_vec());
    while known.learn_piece(q) {}
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

/// What a CSV import gave: as [`from_csv`](super::from_csv) then [`merge`] give it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CsvCollected {
    /// New results, in file order, to append to the workshop's participants.
    pub added: Vec<Response>,
    /// Rows whose result the workshop already has, or that came earlier in the file.
    pub already_in: usize,
    /// The rows that could not be read, in file order.
    pub problems: Vec<RowProblem>,
}

impl CsvCollected {
    /// Whether the file held no row at all, good or bad (a header alone).
    pub fn found_nothing(&self) -> bool {
        self.added.is_empty() && self.already_in == 0 && self.problems.is_empty()
    }
}

/// Imports a CSV export a piece at a time: [`from_csv`](super::from_csv) then [`merge`].
pub struct CsvCollector {
    text: String,
    lines: usize,
    reader: CsvReader,
    known: KnownCodes,
    collected: CsvCollected,
    done: bool,
}

impl CsvCollector {
    /// Ready to import `text` into a workshop whose participants are `existing`.
    pub fn new(existing: Vec<Response>, text: String) -> CsvCollector {
        CsvCollector {
            reader: CsvReader::new(&text),
            lines: lines_in(&text),
            text,
            known: KnownCodes::of(existing),
            collected: CsvCollected::default(),
            done: false,
        }
    }

    /// How far the reading has got.
    pub fn progress(&self) -> CollectProgress {
        CollectProgress {
            line: self.reader.line().min(self.lines),
            lines: self.lines,
        }
    }

    /// What the import gave, once it is all read.
    pub fn finish(self) -> CsvCollected {
        self.collected
    }
}

impl Piecewise for CsvCollector {
    fn next_piece(&mut self, q: &Questionnaire) -> bool {
        if self.known.learn_piece(q) {
            return true;
        }
        for _ in 0..CSV_PIECE_ROWS {
            let Some(row) = self.reader.next(q, &self.text) else {
                self.done = true;
                break;
            };
            let collected = &mut self.collected;
            match row {
                Ok(response) => match self.known.admit(q, &response) {
                    None => collected.added.push(response),
                    Some(_) => collected.already_in += 1,
                },
                Err(problem) => collected.problems.push(problem),
            }
        }
        !self.done
    }
}

/// The codes of the workshop's participants, then of each result added, each with the index
/// of its participant: a hash map, so a group of any size is not compared result by result.
struct KnownCodes {
    codes: HashMap<String, usize>,
    /// The participants whose codes are still to be learnt, before anything is admitted.
    unlearnt: std::vec::IntoIter<Response>,
    /// How many participants there are: the workshop's learnt so far, then each result added.
    count: usize,
}

impl KnownCodes {
    fn of(existing: Vec<Response>) -> KnownCodes {
        KnownCodes {
            codes: HashMap::new(),
            unlearnt: existing.into_iter(),
            count: 0,
        }
    }

    /// Learns the codes of the next few of the workshop's participants; whether there are
    /// more to learn.
    fn learn_piece(&mut self, q: &Questionnaire) -> bool {
        for participant in self.unlearnt.by_ref().take(LEARN_PIECE_PARTICIPANTS) {
            self.codes
                .entry(encode(q, &participant))
                .or_insert(self.count);
            self.count += 1;
        }
        self.unlearnt.len() > 0
    }

    /// The index of the participant with the same result, or `None` after recording this one
    /// as added. Indices past the existing participants are results added earlier, which only
    /// [`merge`] can meet (a paste's repeats are counted before they get here).
    fn admit(&mut self, q: &Questionnaire, response: &Response) -> Option<usize> {
        match self.codes.entry(encode(q, response)) {
            Entry::Occupied(known) => Some(*known.get()),
            Entry::Vacant(new) => {
                new.insert(self.count);
                self.count += 1;
                None
            }
        }
    }
}

#[cfg(test)]
#[path = "collect_tests.rs"]
mod tests;
