//! Finding result codes in what people actually paste: a bare code, a link, a forwarded
//! WhatsApp message with words, line breaks and punctuation around the link, or a mentor's
//! block of many messages.

use super::bits::is_base64url;
use super::code::{CodeError, decode_exact, shortest_code_chars};
use super::content::Questionnaire;
use super::response::Response;

/// What comes before a link's code: `#`, `?` or `&`, then `r=` (`…#r=CODE`, `…?lang=id&r=CODE`).
const LINK_PARAMETER_STARTS: [u8; 3] = [b'#', b'?', b'&'];

/// A code found in a text, read or refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundCode {
    /// The line it is on, counting from 1.
    pub line: usize,
    /// The word of the text it came from (a whole link, or the code), to show with an error.
    pub snippet: String,
    /// The code itself, without what surrounded it.
    pub code: String,
    /// The response, or why the code could not be read.
    pub result: Result<Response, CodeError>,
    /// For a code found earlier in the same text: the index of that first one in the list.
    pub duplicate_of: Option<usize>,
}

/// One place in a text that should hold a code.
struct Candidate<'a> {
    snippet: &'a str,
    code: &'a str,
    /// Found after a link marker rather than as a bare word.
    linked: bool,
}

/// Reads the result in `text`: a link with a code anywhere in it, else the bare code, else the
/// first word that looks like a code. If several are there, the first that opens wins; if none
/// opens, the first one's error is returned.
pub fn decode(q: &Questionnaire, text: &str) -> Result<Response, CodeError> {
    let bare = text.trim_matches(|c: char| !is_base64url(c));
    let bare = (!bare.is_empty() && bare.chars().all(is_base64url)).then_some(bare);
    let mut found: Vec<Candidate<'_>> = Vec::new();
    for line in text.lines() {
        found.extend(candidates(q, line));
    }
    let linked = found.iter().filter(|c| c.linked).map(|c| c.code);
    let words = found.iter().filter(|c| !c.linked).map(|c| c.code);
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
pub fn find_codes(q: &Questionnaire, text: &str) -> Vec<FoundCode> {
    let mut found: Vec<FoundCode> = Vec::new();
    for (line_index, line) in text.lines().enumerate() {
        for candidate in candidates(q, line) {
            let (result, code) = match decode_exact(q, candidate.code) {
                Ok((response, length)) => (Ok(response), &candidate.code[..length]),
                Err(error) => (Err(error), candidate.code),
            };
            let duplicate_of = result
                .is_ok()
                .then(|| {
                    found
                        .iter()
                        .position(|f| f.result.is_ok() && f.code == code)
                })
                .flatten();
            found.push(FoundCode {
                line: line_index + 1,
                snippet: candidate.snippet.to_owned(),
                code: code.to_owned(),
                result,
                duplicate_of,
            });
        }
    }
    found
}

/// The places in one line that hold a code: every link's code (possibly empty, which is
/// reported), and words that look like a bare code.
fn candidates<'a>(q: &Questionnaire, line: &'a str) -> Vec<Candidate<'a>> {
    let mut found = Vec::new();
    for word in line.split_whitespace() {
        let mut linked = false;
        let bytes = word.as_bytes();
        for start in 1..bytes.len().saturating_sub(1) {
            if &bytes[start..start + 2] != b"r="
                || !LINK_PARAMETER_STARTS.contains(&bytes[start - 1])
            {
                continue;
            }
            let after = &word[start + 2..];
            let end = after
                .find(|c: char| !is_base64url(c))
                .unwrap_or(after.len());
            found.push(Candidate {
                snippet: word,
                code: &after[..end],
                linked: true,
            });
            linked = true;
        }
        let bare = word.trim_matches(|c: char| !is_base64url(c));
        if !linked && looks_like_code(bare, shortest_code_chars(q)) {
            found.push(Candidate {
                snippet: bare,
                code: bare,
                linked: false,
            });
        }
    }
    found
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
