//! A mentor's workshop: its name, day and place, and the participants' results, kept on the
//! device as plain text (one workshop per storage key) that a person can read and repair.
//!
//! The stored text is line-based:
//!
//! ```text
//! siap-mendunia-workshop 1
//! name Pelatihan Ekspor Semarang
//! date 2025-12-01
//! place Balai Kota
//! <result code of participant 1>
//! <result code of participant 2>
//! ```
//!
//! The marker comes first; `date` and `place` are left out when not set. Participants are their
//! result codes, which the checksum guards; names and places are normalised to one line, and
//! codes never contain a space, so a line with a space is always a field.

use super::code::encode;
use super::code_text::decode;
use super::content::Questionnaire;
use super::date::Day;
use super::response::{Response, normalize_line};

/// The longest workshop name, in characters.
pub const WORKSHOP_NAME_MAX_CHARS: usize = 60;
/// The longest workshop place, in characters.
pub const WORKSHOP_PLACE_MAX_CHARS: usize = 80;

/// The first line of a stored workshop: what it is, and the format's version.
const MARKER: &str = "siap-mendunia-workshop";
const FORMAT_VERSION: u32 = 1;
const NAME: &str = "name";
const DATE: &str = "date";
const PLACE: &str = "place";

/// A workshop and its participants' results.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Workshop {
    /// What the mentor calls it, normalised by [`normalize_workshop_text`] (never empty once
    /// made by [`Workshop::new`] or read from storage).
    pub name: String,
    /// The day it is held, if the mentor gave one.
    pub date: Option<Day>,
    /// Where it is held, normalised like the name; empty if not given.
    pub place: String,
    /// The participants' results, in the order they were collected.
    pub participants: Vec<Response>,
}

impl Workshop {
    /// A workshop with no participants yet, from what the mentor typed; `None` if the name is
    /// blank, since a workshop without a name cannot be stored.
    pub fn new(name: &str, date: Option<Day>, place: &str) -> Option<Workshop> {
        Some(Workshop {
            name: normalize_workshop_text(name, WORKSHOP_NAME_MAX_CHARS)?,
            date,
            place: normalize_workshop_text(place, WORKSHOP_PLACE_MAX_CHARS).unwrap_or_default(),
            participants: Vec::new(),
        })
    }

    /// The name its CSV export is saved under: `siap-mendunia-<name>.csv`, the name in lower
    /// case with ASCII letters and digits kept and every other run of characters as one dash.
    pub fn csv_file_name(&self) -> String {
        let mut slug = String::new();
        for c in self.name.chars().flat_map(char::to_lowercase) {
            if c.is_ascii_alphanumeric() {
                slug.push(c);
            } else if !slug.ends_with('-') {
                slug.push('-');
            }
        }
        ["siap-mendunia-", slug.trim_matches('-'), ".csv"].concat()
    }
}

/// A workshop name or place as kept: line breaks, tabs and other control characters read as
/// spaces, runs of spaces as one, trimmed, at most `max_chars` characters (the same rule as
/// result labels); `None` when nothing is left.
pub fn normalize_workshop_text(text: &str, max_chars: usize) -> Option<String> {
    normalize_line(text, max_chars)
}

/// What reading a stored workshop gave.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct StoredWorkshop {
    /// The workshop, with every participant that could be read.
    pub workshop: Workshop,
    /// The lines that could not be read (a damaged code, a date that is not a day, a field this
    /// version does not know), verbatim, for the UI to set aside rather than lose.
    pub unreadable_lines: Vec<String>,
}

/// Why a stored text is not a workshop at all. Nothing is read; the UI sets the text aside.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkshopError {
    /// The first line is not the workshop marker: not a workshop, or damaged.
    NotAWorkshop,
    /// Written by a newer version of the app, in a format this one does not know.
    FromNewerVersion(u32),
    /// No `name` line with a name on it.
    MissingName,
}

impl WorkshopError {
    /// A stable snake_case name for the error, for the UI to map to a locale key.
    pub fn kind(self) -> &'static str {
        match self {
            WorkshopError::NotAWorkshop => "not_a_workshop",
            WorkshopError::FromNewerVersion(_) => "from_newer_version",
            WorkshopError::MissingName => "missing_name",
        }
    }
}

impl std::fmt::Display for WorkshopError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WorkshopError::FromNewerVersion(version) => {
                write!(f, "from_newer_version ({version})")
            }
            other => f.write_str(other.kind()),
        }
    }
}

impl std::error::Error for WorkshopError {}

/// The workshop as stored text (see the module's format). The name and place are normalised
/// again on the way out, so no field can break a line; a blank name is written blank and reads
/// back as [`WorkshopError::MissingName`], which is why [`Workshop::new`] refuses one.
pub fn to_storage(q: &Questionnaire, w: &Workshop) -> String {
    let mut text = format!("{MARKER} {FORMAT_VERSION}\n");
    let name = normalize_workshop_text(&w.name, WORKSHOP_NAME_MAX_CHARS).unwrap_or_default();
    push_field(&mut text, NAME, &name);
    if let Some(day) = w.date {
        push_field(&mut text, DATE, &day.to_string());
    }
    if let Some(place) = normalize_workshop_text(&w.place, WORKSHOP_PLACE_MAX_CHARS) {
        push_field(&mut text, PLACE, &place);
    }
    for participant in &w.participants {
        text.push_str(&encode(q, participant));
        text.push('\n');
    }
    text
}

fn push_field(text: &mut String, key: &str, value: &str) {
    text.push_str(key);
    text.push(' ');
    text.push_str(value);
    text.push('\n');
}

/// Reads a stored workshop. A wrong or missing marker, a newer format or a missing name is an
/// error; anything else that cannot be read (a damaged participant code, a bad date, an unknown
/// or repeated field) is kept in `unreadable_lines` and the rest read. Blank lines are skipped.
pub fn from_storage(q: &Questionnaire, text: &str) -> Result<StoredWorkshop, WorkshopError> {
    let mut lines = text.lines().map(str::trim).filter(|line| !line.is_empty());
    let version = lines
        .next()
        .and_then(|line| line.strip_prefix(MARKER)?.strip_prefix(' '))
        .and_then(|version| version.parse::<u32>().ok())
        .ok_or(WorkshopError::NotAWorkshop)?;
    if version > FORMAT_VERSION {
        return Err(WorkshopError::FromNewerVersion(version));
    }
    if version == 0 {
        return Err(WorkshopError::NotAWorkshop);
    }
    let mut stored = StoredWorkshop::default();
    let (mut name, mut date, mut place) = (None, None, None);
    for line in lines {
        let read = match line.split_once(' ') {
            Some((NAME, value)) if name.is_none() => {
                name = normalize_workshop_text(value, WORKSHOP_NAME_MAX_CHARS);
                name.is_some()
            }
            Some((DATE, value)) if date.is_none() => {
                date = Day::parse(value.trim());
                date.is_some()
            }
            Some((PLACE, value)) if place.is_none() => {
                place = normalize_workshop_text(value, WORKSHOP_PLACE_MAX_CHARS);
                place.is_some()
            }
            Some(_) => false,
            None => match decode(q, line) {
                Ok(response) => {
                    stored.workshop.participants.push(response);
                    true
                }
                Err(_) => false,
            },
        };
        if !read {
            stored.unreadable_lines.push(line.to_owned());
        }
    }
    stored.workshop.name = name.ok_or(WorkshopError::MissingName)?;
    stored.workshop.date = date;
    stored.workshop.place = place.unwrap_or_default();
    Ok(stored)
}

#[cfg(test)]
#[path = "workshop_tests.rs"]
mod tests;
