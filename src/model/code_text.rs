//! Finding result codes in what people actually paste: a bare code, a link, a forwarded
//! WhatsApp message with words, line breaks and punctuation around the link, or a mentor's
//! block of many messages.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::ops::Range;

use super::bits::is_base64url;
use super::code::{CodeError, decode_exact, shortest_code_chars};
use super::content::Questionnaire;
use super::response::Response;

/// What comes before a link's code: `#`, `?` or `&`, then `r=` (`…#r=CODE`, `…?lang=id&r=CODE`).
const LINK_PARAMETER_STARTS: [char; 3] = ['#', '?', '&'];
const LINK_PARAMETER: &str = "r=";
/// How much of a word is shown with a code, in characters before its link marker and from the
/// marker on: a link as people send it fits, a hostile word of any length does not.
const EXCERPT_CHARS_BEFORE: usize = 40;
const EXCERPT_CHARS_FROM: usize = 80;
/// Marks where a word goes on beyond what is shown of it.
const ELLIPSIS: &str = "…";

/// A code found in a text, read or refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundCode {
    /// The line it is on, counting from 1.
    pub line: usize,
    /// The word of the text it came from (a whole link, or the code), to show with an error; of
    /// a long word, the part around the code, with an ellipsis where the word goes on.
    pub snippet: String,
    /// The code itself, without what surrounded it.
    pub code: String,
    /// The response, or why the code could not be read.
    pub result: Result<Response, CodeError>,
    /// For a code found earlier in the same text: the index of that first one in the list.
    pub duplicate_of: Option<usize>,
}

/// One place in a text that should hold a code, by byte ranges of the text.
struct Candidate {
    line: usize,
    /// The word shown with it: from the start of its word to the end of the text (an excerpt
    /// stops at the word's end), or just the bare code.
    word: Range<usize>,
    /// From its link marker, or the bare code's start.
    start: usize,
    code: Range<usize>,
    /// Found after a link marker rather than as a bare word.
    linked: bool,
}

/// How far a look through a text for codes has got, so that a long text can be read a piece at
/// a time, each piece costing about its length, whatever the text holds.
#[derive(Clone, Debug)]
struct Scan {
    /// The byte the look goes on from.
    position: usize,
    /// The line `position` is on, counting from 1.
    line: usize,
    /// The start of the word `position` is in, if any, and whether a link marker was seen in it
    /// (a word with a link in it is not also read as a bare code).
    word: Option<(usize, bool)>,
}

impl Default for Scan {
    fn default() -> Scan {
        Scan {
            position: 0,
            line: 1,
            word: None,
        }
    }
}

impl Scan {
    /// The next place in `text` that should hold a code: every link's code (possibly empty,
    /// which is reported), and words that look like a bare code. Looks no further than byte
    /// `until` (rounded up to a whole character): there it returns `None`, and a later call
    /// with a larger `until` goes on.
    fn next(&mut self, q: &Questionnaire, text: &str, until: usize) -> Option<Candidate> {
        while self.position < until.min(text.len()) {
            let rest = &text[self.position..];
            let c = rest.chars().next()?;
            match self.word {
                None if c.is_whitespace() => {
                    self.line += usize::from(c == '\n');
                    self.position += c.len_utf8();
                }
                None => self.word = Some((self.position, false)),
                Some((start, linked)) if c.is_whitespace() => {
                    self.word = None;
                    if let Some(bare) = self.bare_code(q, text, start..self.position, linked) {
                        return Some(bare);
                    }
                }
                Some((start, _))
                    if LINK_PARAMETER_STARTS.contains(&c)
                        && rest[1..].starts_with(LINK_PARAMETER) =>
                {
                    let code_start = self.position + 1 + LINK_PARAMETER.len();
                    let code_end = text[code_start..]
                        .find(|c: char| !is_base64url(c))
                        .map_or(text.len(), |length| code_start + length);
                    let candidate = Candidate {
                        line: self.line,
                        word: start..text.len(),
                        start: self.position,
                        code: code_start..code_end,
                        linked: true,
                    };
                    self.word = Some((start, true));
                    // A code holds no marker: the next one is after it.
                    self.position = code_end;
                    return Some(candidate);
                }
                Some(_) => self.position += c.len_utf8(),
            }
        }
        // The text's last word ends with it.
        match self.word {
            Some((start, linked)) if self.position == text.len() => {
                self.word = None;
                self.bare_code(q, text, start..text.len(), linked)
            }
            _ => None,
        }
    }

    /// The word `text[word]` as a bare code, if it has no link in it and looks like a code once
    /// the punctuation around it is left out.
    fn bare_code(
        &self,
        q: &Questionnaire,
        text: &str,
        word: Range<usize>,
        linked: bool,
    ) -> Option<Candidate> {
        if linked {
            return None;
        }
        let not_code = |c: char| !is_base64url(c);
        let trimmed_start = text[word.clone()].trim_start_matches(not_code);
        let bare = trimmed_start.trim_end_matches(not_code);
        let start = word.end - trimmed_start.len();
        let code = start..start + bare.len();
        looks_like_code(bare, shortest_code_chars(q)).then(|| Candidate {
            line: self.line,
            word: code.clone(),
            start,
            code,
            linked: false,
        })
    }
}

/// What is shown of a candidate's word: from its marker (or start) on, up to a few dozen
/// characters on either side within the word, with an ellipsis where the word goes on. Only
/// the characters shown are looked at, so a word of any length costs the same.
fn excerpt(text: &str, candidate: &Candidate) -> String {
    let (word, start) = (
        &text[candidate.word.clone()],
        candidate.start - candidate.word.start,
    );
    let from = word[..start]
        .char_indices()
        .rev()
        .take(EXCERPT_CHARS_BEFORE)
        .last()
        .map_or(start, |(i, _)| i);
    let mut to = start;
    let mut cut_after = false;
    for (count, (i, c)) in word[start..].char_indices().enumerate() {
        if c.is_whitespace() {
            break;
        }
        if count == EXCERPT_CHARS_FROM {
            cut_after = true;
            break;
        }
        to = start + i + c.len_utf8();
    }
    let mut shown = String::new();
    if from > 0 {
        shown.push_str(ELLIPSIS);
    }
    shown.push_str(&word[from..to]);
    if cut_after {
        shown.push_str(ELLIPSIS);
    }
    shown
}

/// Reads the result in `text`: a link with a code anywhere in it, else the bare code, else the
/// first word that looks like a code. If several are there, the first that opens wins; if none
/// opens, the first one's error is returned.
pub fn decode(q: &Questionnaire, text: &str) -> Result<Response, CodeError> {
    let bare = text.trim_matches(|c: char| !is_base64url(c));
    let bare = (!bare.is_empty() && bare.chars().all(is_base64url)).then_some(bare);
    let mut scan = Scan::default();
    let found: Vec<Candidate> = std::iter::from_fn(|| scan.next(q, text, text.len())).collect();
    let code = |c: &Candidate| &text[c.code.clone()];
    let linked = found.iter().filter(|c| c.linked).map(code);
    let words = found.iter().filter(|c| !c.linked).map(code);
    let mut first_error = None;
    for code in linked.chain(bare).chain(words) {
        match decode_exact(q, code) {
            Ok((response, _)) => return Ok(response),
            Err(error) => first_error = first_error.or(Some(error)),
        }
    }
    Err(first_error.unwrap_or(CodeError::NotACode))
}

/// The result code of a link's fragment (without `#`): of its `r=` parameters (`r=CODE`,
/// `w=Kelas&r=CODE`), the first whose code opens, else the first with any code (to say why it
/// does not open); `None` if none has one. A code ends where its own characters do, so what a
/// chat app or a careless paste adds after it (an emoji, a quote, `%20`) does not spoil it.
pub fn fragment_code<'a>(q: &Questionnaire, fragment: &'a str) -> Option<&'a str> {
    let mut codes = fragment
        .split('&')
        .filter_map(|parameter| parameter.strip_prefix("r="))
        .map(|value| &value[..value.find(|c| !is_base64url(c)).unwrap_or(value.len())])
        .filter(|code| !code.is_empty());
    let first = codes.clone().next();
    codes.find(|code| decode_exact(q, code).is_ok()).or(first)
}

/// Every code in a block of text (a mentor's paste of many messages), in order, each read or
/// refused, with repeats of the same code marked. Lines with no code are skipped.
pub fn find_codes<'a>(q: &'a Questionnaire, text: &'a str) -> impl Iterator<Item = FoundCode> + 'a {
    let mut finder = CodeFinder::default();
    std::iter::from_fn(move || finder.next(q, text, text.len()))
}

/// Reads the codes in a text a piece at a time, as [`find_codes`] does at once.
#[derive(Debug, Default)]
pub(crate) struct CodeFinder {
    scan: Scan,
    /// Each code read so far, with the index of the first time it was found: a hash map, so a
    /// paste of thousands of links is not compared with itself link by link.
    first_found: HashMap<String, usize>,
    found: usize,
}

impl CodeFinder {
    /// The next code in `text`, read or refused, looking no further than byte `until`; `None`
    /// there, or at the end.
    pub(crate) fn next(
        &mut self,
        q: &Questionnaire,
        text: &str,
        until: usize,
    ) -> Option<FoundCode> {
        let candidate = self.scan.next(q, text, until)?;
        let code = &text[candidate.code.clone()];
        let (result, code) = match decode_exact(q, code) {
            Ok((response, length)) => (Ok(response), &code[..length]),
            Err(error) => (Err(error), code),
        };
        let duplicate_of = if result.is_ok() {
            match self.first_found.entry(code.to_owned()) {
                Entry::Occupied(first) => Some(*first.get()),
                Entry::Vacant(first) => {
                    first.insert(self.found);
                    None
                }
            }
        } else {
            None
        };
        self.found += 1;
        Some(FoundCode {
            line: candidate.line,
            snippet: excerpt(text, &candidate),
            code: code.to_owned(),
            result,
            duplicate_of,
        })
    }

    /// The line the look has got to, counting from 1.
    pub(crate) fn line(&self) -> usize {
        self.scan.line
    }

    /// Whether the whole of a text of `length` bytes has been looked through.
    pub(crate) fn is_done(&self, length: usize) -> bool {
        self.scan.position >= length && self.scan.word.is_none()
    }
}

/// A word of base64url characters, at least as long as the shortest code, that is not an
/// ordinary word: those have letters only, at most one of them capital, while codes mix cases,
/// digits, `-` and `_`.
fn looks_like_code(word: &str, shortest_code: usize) -> bool {
    let capitals = word.chars().filter(char::is_ascii_uppercase).count();
    word.len() >= shortest_code
        && word.chars().all(is_base64url)
        && (capitals > 1 || !word.chars().all(|c| c.is_ascii_alphabetic()))
}
