//! Result codes: a whole result in a few dozen URL-safe characters, so a link or a QR code
//! carries it and nothing reaches a server.
//!
//! Layout, before base64url (no padding):
//!
//! | bytes | content |
//! |---|---|
//! | 1 | questionnaire version (1–255) |
//! | 1 | bits 0–3: product type + 1 (0 = not chosen); bit 4: a date follows; bit 5: a label follows; bit 6: markets follow; bit 7: 0 |
//! | ⌈3n/8⌉ | 3 bits per question the version asks (added by then, not retired before), in file order: 0 unanswered, 1 "Belum tahu", 2–5 answer 0–3; zero-padded |
//! | 2 | if dated: days since 2024-01-01, big-endian |
//! | 1 + k | if labelled: k (1–160), then the label's k bytes of UTF-8 (at most 40 characters) |
//! | 1 + n | if markets follow: n (0–3; 0 is "Belum tahu"), then each chosen market's position in the markets' list, in the owner's order |
//! | 2 | CRC-16/CCITT-FALSE of every byte before, big-endian |
//!
//! The checksum comes last and covers everything, so a code is checked before its layout is
//! trusted, even one from a newer version whose layout this build does not know.

use super::bits::{BitReader, BitWriter, crc16, from_base64url, to_base64url};
use super::content::{Question, Questionnaire};
use super::date::Day;
use super::markets::{MARKET_COUNT, MAX_CHOSEN_MARKETS};
use super::response::{Answer, Response, is_invisible_format, normalize_label};

const DATED: u8 = 1 << 4;
const LABELLED: u8 = 1 << 5;
const WITH_MARKETS: u8 = 1 << 6;
const RESERVED: u8 = 0b1000_0000;
const PRODUCT_TYPE: u8 = 0b1111;
/// Version and flags before the answers; the checksum after everything.
const HEADER_BYTES: usize = 2;
const CHECKSUM_BYTES: usize = 2;

/// Why a text could not be read as a result code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// No code in the text, or not the characters a code is made of.
    NotACode,
    /// The start of a code whose end is missing (a link cut short when copied).
    Truncated,
    /// A character is wrong or missing: the checksum does not match.
    WrongChecksum,
    /// Made by a newer version of the questionnaire than this app knows: update the app.
    FromNewerVersion(u8),
    /// The product type is not one the questionnaire has.
    InvalidProductType(u8),
    /// The answer to this question is not one of its answers.
    InvalidAnswer(&'static str),
    /// The label is not valid text of 1–40 characters.
    InvalidLabel,
    /// A destination market this build does not list: made by a newer version of the app.
    UnknownMarket(u8),
    /// The checksum matches but the layout does not (reserved bits set, version 0, more than
    /// three markets or one twice).
    Malformed,
}

impl CodeError {
    /// A stable snake_case name for the error, for the UI to map to a locale key.
    pub fn kind(self) -> &'static str {
        match self {
            CodeError::NotACode => "not_a_code",
            CodeError::Truncated => "truncated",
            CodeError::WrongChecksum => "wrong_checksum",
            CodeError::FromNewerVersion(_) => "from_newer_version",
            CodeError::InvalidProductType(_) => "invalid_product_type",
            CodeError::InvalidAnswer(_) => "invalid_answer",
            CodeError::InvalidLabel => "invalid_label",
            CodeError::UnknownMarket(_) => "unknown_market",
            CodeError::Malformed => "malformed",
        }
    }
}

impl std::fmt::Display for CodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CodeError::FromNewerVersion(version) => write!(f, "from_newer_version ({version})"),
            CodeError::InvalidProductType(value) => write!(f, "invalid_product_type ({value})"),
            CodeError::InvalidAnswer(question) => write!(f, "invalid_answer ({question})"),
            CodeError::UnknownMarket(market) => write!(f, "unknown_market ({market})"),
            other => f.write_str(other.kind()),
        }
    }
}

impl std::error::Error for CodeError {}

/// The questions a code of `version` carries, with their index, in file order: those the
/// version asks.
fn questions_in(
    q: &Questionnaire,
    version: u8,
) -> impl Iterator<Item = (usize, &'static Question)> + '_ {
    q.questions
        .iter()
        .enumerate()
        .filter(move |(_, question)| question.in_version(version))
}

/// The length of the shortest code `q` can produce (a version-1 code, undated and unlabelled).
pub(crate) fn shortest_code_chars(q: &Questionnaire) -> usize {
    let bytes = HEADER_BYTES + (3 * questions_in(q, 1).count()).div_ceil(8) + CHECKSUM_BYTES;
    (bytes * 8).div_ceil(6)
}

/// The version a response is encoded under: its own, raised to cover every answered question.
fn encoding_version(q: &Questionnaire, response: &Response) -> u8 {
    let answered = q
        .questions
        .iter()
        .enumerate()
        .filter(|(i, _)| response.answer(*i).is_some());
    answered
        .map(|(_, question)| question.since)
        .fold(response.version, u8::max)
        .clamp(1, q.version.max(1))
}

/// The code of a response. The label is normalised as [`normalize_label`] does; a choice the
/// question does not have is written as unanswered.
pub fn encode(q: &Questionnaire, response: &Response) -> String {
    let version = encoding_version(q, response);
    let label = response.label.as_deref().and_then(normalize_label);
    let product_type = response
        .product_type
        .filter(|&t| usize::from(t) < q.product_types.len());
    let mut flags = product_type.map_or(0, |t| t + 1) & PRODUCT_TYPE;
    flags |= if response.date.is_some() { DATED } else { 0 };
    flags |= if label.is_some() { LABELLED } else { 0 };
    flags |= if response.markets.is_some() {
        WITH_MARKETS
    } else {
        0
    };
    let mut answers = BitWriter::default();
    for (index, question) in questions_in(q, version) {
        let value = match response.answer(index) {
            Some(Answer::DontKnow) => 1,
            Some(Answer::Choice(choice)) if usize::from(choice) < question.answers.len() => {
                choice + 2
            }
            _ => 0,
        };
        answers.write(value, 3);
    }
    let mut bytes = vec![version, flags];
    bytes.extend(answers.finish());
    if let Some(Day(days)) = response.date {
        bytes.extend(days.to_be_bytes());
    }
    if let Some(label) = label {
        // At most 40 characters of at most 4 bytes each: always fits in the length byte.
        bytes.push(label.len() as u8);
        bytes.extend(label.as_bytes());
    }
    if let Some(markets) = &response.markets {
        // At most three, as `Response::set_markets` keeps them.
        bytes.push(markets.len() as u8);
        bytes.extend(markets);
    }
    bytes.extend(crc16(&bytes).to_be_bytes());
    to_base64url(&bytes)
}

/// A link that opens the result: `base_url` without its fragment, then `#r=CODE`.
pub fn link(base_url: &str, code: &str) -> String {
    let base = base_url.split('#').next().unwrap_or_default();
    [base, "#r=", code].concat()
}

/// Reads a code on its own, as the app writes it (saved on the device) or as
/// [`fragment_code`](super::fragment_code) cuts it from a link. Text around a code is for
/// [`decode`](super::decode), which the owner's app does without.
pub fn decode_code(q: &Questionnaire, code: &str) -> Result<Response, CodeError> {
    decode_exact(q, code).map(|(response, _)| response)
}

/// Reads one code (only base64url characters). Characters after a complete code are ignored,
/// so a link glued to the next word still opens. On success, also returns how many leading
/// characters were the code.
pub(crate) fn decode_exact(q: &Questionnaire, code: &str) -> Result<(Response, usize), CodeError> {
    let bytes = from_base64url(code).ok_or(CodeError::NotACode)?;
    // A code that starts with a version this build could know, but is too short or fails its
    // checksum, was damaged; anything else is not one of ours.
    let plausible = bytes.first().is_some_and(|v| (1..=q.version).contains(v));
    let damaged = |error| {
        if plausible {
            error
        } else {
            CodeError::NotACode
        }
    };
    if bytes.len() < HEADER_BYTES + CHECKSUM_BYTES {
        return Err(damaged(CodeError::Truncated));
    }
    let (version, flags) = (bytes[0], bytes[1]);
    let length = if version > q.version {
        // Unknown layout: trust the checksum over the whole text.
        bytes.len()
    } else {
        match expected_length(q, version, flags, &bytes) {
            Some(length) if length <= bytes.len() => length,
            _ => return Err(damaged(CodeError::Truncated)),
        }
    };
    let (body, checksum) = bytes[..length].split_at(length - CHECKSUM_BYTES);
    let chars = (length * 8).div_ceil(6);
    // The last character's spare bits must be zero too, or a mistyped last character could
    // still read as the same code.
    if crc16(body).to_be_bytes() != checksum || to_base64url(&bytes[..length]) != code[..chars] {
        return Err(damaged(CodeError::WrongChecksum));
    }
    if version > q.version {
        return Err(CodeError::FromNewerVersion(version));
    }
    if version == 0 || flags & RESERVED != 0 {
        return Err(CodeError::Malformed);
    }
    Ok((read_body(q, version, flags, body)?, chars))
}

/// The length in bytes of a code of this version and flags, if its label length is present.
fn expected_length(q: &Questionnaire, version: u8, flags: u8, bytes: &[u8]) -> Option<usize> {
    let mut length = HEADER_BYTES + (3 * questions_in(q, version).count()).div_ceil(8);
    if flags & DATED != 0 {
        length += 2;
    }
    if flags & LABELLED != 0 {
        length += 1 + usize::from(*bytes.get(length)?);
    }
    if flags & WITH_MARKETS != 0 {
        length += 1 + usize::from(*bytes.get(length)?);
    }
    Some(length + CHECKSUM_BYTES)
}

/// The response in a checked code body (everything before the checksum).
fn read_body(
    q: &Questionnaire,
    version: u8,
    flags: u8,
    body: &[u8],
) -> Result<Response, CodeError> {
    let product_type = match flags & PRODUCT_TYPE {
        0 => None,
        value if usize::from(value) <= q.product_types.len() => Some(value - 1),
        value => return Err(CodeError::InvalidProductType(value - 1)),
    };
    let mut carried: usize = 0;
    let mut reader = BitReader::new(&body[HEADER_BYTES..]);
    let mut answers = vec![None; q.questions.len()];
    for (index, question) in questions_in(q, version) {
        carried += 1;
        answers[index] = match reader.read(3).ok_or(CodeError::Truncated)? {
            0 => None,
            1 => Some(Answer::DontKnow),
            value if usize::from(value - 2) < question.answers.len() => {
                Some(Answer::Choice(value - 2))
            }
            _ => return Err(CodeError::InvalidAnswer(question.id)),
        };
    }
    let mut rest = &body[HEADER_BYTES + (3 * carried).div_ceil(8)..];
    let date = if flags & DATED != 0 {
        let (days, after) = rest.split_first_chunk::<2>().ok_or(CodeError::Truncated)?;
        rest = after;
        Some(Day(u16::from_be_bytes(*days)))
    } else {
        None
    };
    let label = if flags & LABELLED != 0 {
        let (&length, after) = rest.split_first().ok_or(CodeError::Truncated)?;
        let (bytes, after) = after
            .split_at_checked(usize::from(length))
            .ok_or(CodeError::Truncated)?;
        rest = after;
        let text = std::str::from_utf8(bytes).ok();
        // Older versions kept invisible format characters in labels: their codes still open,
        // and the label is shown without them.
        let label = text.and_then(|text| {
            let visible = text.chars().filter(|&c| !is_invisible_format(c));
            normalize_label(text).filter(|label| label.chars().eq(visible))
        });
        Some(label.ok_or(CodeError::InvalidLabel)?)
    } else {
        None
    };
    let markets = if flags & WITH_MARKETS != 0 {
        // `expected_length` made the count byte the last before the checksum.
        let chosen = rest.get(1..).ok_or(CodeError::Truncated)?;
        let repeated = (1..chosen.len()).any(|i| chosen[..i].contains(&chosen[i]));
        if chosen.len() > MAX_CHOSEN_MARKETS || repeated {
            return Err(CodeError::Malformed);
        }
        if let Some(&unknown) = chosen.iter().find(|&&m| usize::from(m) >= MARKET_COUNT) {
            return Err(CodeError::UnknownMarket(unknown));
        }
        Some(chosen.to_vec())
    } else {
        None
    };
    Ok(Response {
        version,
        product_type,
        answers,
        date,
        label,
        markets,
    })
}

#[cfg(test)]
#[path = "code_tests.rs"]
mod tests;
