//! The content check: everything the build script does not refuse but the scoring relies on.
//! Run as a test (`shipped_content_passes_every_check`), so a broken `content/` fails CI with the
//! file, the item and the problem.

use std::collections::HashSet;
use std::fmt;

use super::Lang;
use super::content::{Advice, Advised, Pair, Question, Questionnaire, Text};
use super::markets::Markets;

/// The file a problem is in: the questionnaire's, or the markets'.
const FILE: &str = "content/questionnaire.json";
const MARKETS_FILE: &str = "content/markets.json";
/// The most product types a result code can carry (4 bits, 0 meaning not chosen).
const MAX_PRODUCT_TYPES: usize = 15;

/// A mistake in the content: where, and what.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ContentProblem {
    /// The item at fault.
    pub item: Item,
    /// What is wrong with it.
    pub problem: Problem,
}

/// An item of the content, named by its id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// The file as a whole (version, gate cap, pillar weights, levels together).
    File,
    /// A product type.
    ProductType(&'static str),
    /// A pillar.
    Pillar(&'static str),
    /// A level.
    Level(&'static str),
    /// A question.
    Question(&'static str),
    /// One of a question's answers, counting from 1.
    Answer(&'static str, usize),
    /// An office, programme, portal or tool that next steps name.
    Place(&'static str),
    /// A destination market.
    Market(&'static str),
    /// One of a market's preferences, counting from 1.
    Preference(&'static str, usize),
    /// A requirement of a market.
    Requirement(&'static str),
    /// The markets' general advice (`origin_certificate`, `undecided`).
    MarketsAdvice(&'static str),
}

/// What is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Another item of the same kind has this id.
    DuplicateId,
    /// The id is not snake_case (or, for a question, a capital letter then a number from 1).
    BadId,
    /// The question's letter differs from the other questions of its pillar.
    LetterDiffersInPillar(char),
    /// Another pillar's questions use the same letter.
    LetterSharedWithPillar(&'static str),
    /// The pillar index names no pillar.
    UnknownPillar(usize),
    /// An `applies_to` entry names no product type, or names one twice.
    BadAppliesTo(u8),
    /// Not 3 or 4 answers.
    AnswerCount(usize),
    /// Points must start at 0, ascend strictly, stay within 0–3 and end at 3.
    BadPoints(u8),
    /// Weight must be 1 or 2.
    BadWeight(u8),
    /// The gate's pass mark is not the points of one of its answers.
    GatePassesAtNoAnswer(u8),
    /// A text is empty in a language.
    EmptyText(&'static str, Lang),
    /// The link does not start with `https://`.
    LinkNotHttps,
    /// `since` is 0 or above the questionnaire version.
    SinceOutOfRange(u8),
    /// Comes before a question of an older version, so older codes could not be read.
    SinceOutOfOrder,
    /// `until` is before the question's `since`, or not before the file's version (a question is
    /// retired by a later version).
    UntilOutOfRange(u8),
    /// `replaces` names a question of another pillar, or one not retired before this one came.
    BadReplaces,
    /// The version is 0.
    VersionZero,
    /// The file has more product types than a result code can carry.
    TooManyProductTypes(usize),
    /// Pillar weights must be at least 1 and sum to 100.
    PillarWeights(u32),
    /// The pillar has no question for this product type.
    NoQuestionFor(&'static str),
    /// Levels must start at 0, each start one above the previous end, and end at 100.
    LevelsDoNotCover,
    /// `gate_caps_level_at` names no level.
    GateCapUnknownLevel(usize),
    /// The question has no advice (a hint, a next step, and for a gate its reason), or the
    /// level no meaning.
    NoAdvice,
    /// The next step names no place to go to.
    NoPlace,
    /// No next step and no market names the place.
    PlaceUnused,
    /// The question, or the place, has no source.
    NoSources,
    /// The source (counting from 1) has no title, a link that is not `https://`, or a checked
    /// month that is not `YYYY-MM`.
    BadSource(usize),
    /// The market's checked month is not `YYYY-MM`.
    BadChecked,
    /// The market lists no requirement.
    NoRequirements,
    /// The market's currency is not one the price ladder knows.
    UnknownCurrency,
    /// The requirement's id does not start with its market's id and `_`.
    NotPrefixedByMarket,
}

impl fmt::Display for ContentProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = match self.item {
            Item::Market(_)
            | Item::Preference(..)
            | Item::Requirement(_)
            | Item::MarketsAdvice(_) => MARKETS_FILE,
            _ => FILE,
        };
        write!(f, "{file}: ")?;
        match self.item {
            Item::File => f.write_str("file")?,
            Item::ProductType(id) => write!(f, "product type {id}")?,
            Item::Pillar(id) => write!(f, "pillar {id}")?,
            Item::Level(id) => write!(f, "level {id}")?,
            Item::Question(id) => write!(f, "question {id}")?,
            Item::Answer(id, n) => write!(f, "question {id}, answer {n}")?,
            Item::Place(id) => write!(f, "place {id}")?,
            Item::Market(id) => write!(f, "market {id}")?,
            Item::Preference(id, n) => write!(f, "market {id}, preference {n}")?,
            Item::Requirement(id) => write!(f, "requirement {id}")?,
            Item::MarketsAdvice(name) => f.write_str(name)?,
        }
        f.write_str(": ")?;
        match self.problem {
            Problem::DuplicateId => f.write_str("id used twice"),
            Problem::BadId => {
                f.write_str("id must be snake_case (questions: a capital letter and a number)")
            }
            Problem::LetterDiffersInPillar(c) => write!(f, "its pillar's questions start with {c}"),
            Problem::LetterSharedWithPillar(p) => write!(f, "its letter is used by pillar {p}"),
            Problem::UnknownPillar(i) => write!(f, "pillar {i} does not exist"),
            Problem::BadAppliesTo(t) => {
                write!(f, "applies_to: product type {t} is unknown or repeated")
            }
            Problem::AnswerCount(n) => write!(f, "{n} answers; needs 3 or 4"),
            Problem::BadPoints(p) => write!(f, "points {p}: must start at 0, ascend, and end at 3"),
            Problem::BadWeight(w) => write!(f, "weight {w}: must be 1 or 2"),
            Problem::GatePassesAtNoAnswer(p) => {
                write!(f, "gate passes_at {p} is no answer's points")
            }
            Problem::EmptyText(field, lang) => write!(f, "{field} is empty in `{}`", lang.code()),
            Problem::LinkNotHttps => f.write_str("next_step.link must start with https://"),
            Problem::SinceOutOfRange(v) => write!(f, "since {v}: must be 1 to the file's version"),
            Problem::SinceOutOfOrder => f.write_str("comes before a question of an older version"),
            Problem::UntilOutOfRange(v) => {
                write!(
                    f,
                    "until {v}: must be from its since to before the file's version"
                )
            }
            Problem::VersionZero => f.write_str("version must be 1 or more"),
            Problem::TooManyProductTypes(n) => {
                write!(f, "{n} product types; codes hold {MAX_PRODUCT_TYPES}")
            }
            Problem::PillarWeights(sum) => {
                write!(f, "pillar weights sum to {sum}; need 100, each ≥ 1")
            }
            Problem::NoQuestionFor(t) => write!(f, "no question for product type {t}"),
            Problem::LevelsDoNotCover => {
                f.write_str("levels must run 0–100 without gap or overlap")
            }
            Problem::GateCapUnknownLevel(i) => {
                write!(f, "gate_caps_level_at: level {i} does not exist")
            }
            Problem::BadReplaces => f.write_str(
                "replaces must name a question of its pillar retired before it was added",
            ),
            Problem::NoPlace => f.write_str("next_step.where names no place"),
            Problem::PlaceUnused => f.write_str("no next step names it"),
            Problem::NoSources => f.write_str("has no sources"),
            Problem::BadSource(n) => write!(
                f,
                "source {n} needs a title, an https:// link if any, and checked as YYYY-MM"
            ),
            Problem::BadChecked => f.write_str("checked must be the month as YYYY-MM"),
            Problem::NoRequirements => f.write_str("lists no requirement"),
            Problem::UnknownCurrency => f.write_str("currency is not one of src/model/price.rs"),
            Problem::NotPrefixedByMarket => {
                f.write_str("its id must start with its market's id and `_`")
            }
            Problem::NoAdvice => f.write_str("has no advice"),
        }
    }
}

/// Every problem in the content; empty when it is fit to ship.
pub fn check(advised: &Advised, markets: &Markets) -> Vec<ContentProblem> {
    let q: &Questionnaire = advised;
    let mut problems = Vec::new();
    let mut report = |item, problem| problems.push(ContentProblem { item, problem });
    file(q, &mut report);
    for t in q.product_types {
        texts(
            Item::ProductType(t.id),
            &[("name", t.name), ("examples", t.examples)],
            &mut report,
        );
    }
    for (p_index, p) in q.pillars.iter().enumerate() {
        texts(
            Item::Pillar(p.id),
            &[("name", p.name), ("summary", p.summary)],
            &mut report,
        );
        for (t_index, t) in q.product_types.iter().enumerate() {
            let asked = |question: &Question| {
                question.pillar == p_index && question.applies_to(u8::try_from(t_index).ok())
            };
            if !q.questions.iter().any(asked) {
                report(Item::Pillar(p.id), Problem::NoQuestionFor(t.id));
            }
        }
    }
    for (index, l) in q.levels.iter().enumerate() {
        texts(Item::Level(l.id), &[("name", l.name)], &mut report);
        match advised.level_meanings.get(index) {
            Some(&meaning) => texts(Item::Level(l.id), &[("meaning", meaning)], &mut report),
            None => report(Item::Level(l.id), Problem::NoAdvice),
        }
    }
    ids(q, &mut report);
    for (index, question) in q.questions.iter().enumerate() {
        match advised.questions.get(index) {
            Some(advice) => self::question(q, index, question, advice, &mut report),
            None => report(Item::Question(question.id), Problem::NoAdvice),
        }
    }
    places(advised, markets, &mut report);
    problems
}

/// Version, product type count, pillar weights, levels and the gate cap.
fn file(q: &Questionnaire, report: &mut impl FnMut(Item, Problem)) {
    if q.version == 0 {
        report(Item::File, Problem::VersionZero);
    }
    if q.product_types.len() > MAX_PRODUCT_TYPES {
        report(
            Item::File,
            Problem::TooManyProductTypes(q.product_types.len()),
        );
    }
    let weights: u32 = q.pillars.iter().map(|p| u32::from(p.weight)).sum();
    if weights != 100 || q.pillars.iter().any(|p| p.weight == 0) {
        report(Item::File, Problem::PillarWeights(weights));
    }
    let mut next_min = Some(0u8);
    for level in q.levels {
        if next_min != Some(level.min) || level.max < level.min {
            report(Item::Level(level.id), Problem::LevelsDoNotCover);
        }
        next_min = level.max.checked_add(1);
    }
    if q.levels.last().is_none_or(|l| l.max != 100) {
        report(Item::File, Problem::LevelsDoNotCover);
    }
    if q.gate_caps_level_at >= q.levels.len() {
        report(
            Item::File,
            Problem::GateCapUnknownLevel(q.gate_caps_level_at),
        );
    }
}

/// Unique ids of each kind, their spelling, and one letter per pillar for its questions.
fn ids(q: &Questionnaire, report: &mut impl FnMut(Item, Problem)) {
    let types = q.product_types.iter().map(|t| t.id);
    snake_case_ids(types, Item::ProductType, report);
    snake_case_ids(q.pillars.iter().map(|p| p.id), Item::Pillar, report);
    snake_case_ids(q.levels.iter().map(|l| l.id), Item::Level, report);
    let mut seen = HashSet::new();
    let mut letters: Vec<(char, usize)> = Vec::new();
    for question in q.questions {
        let item = Item::Question(question.id);
        if !seen.insert(question.id) {
            report(item, Problem::DuplicateId);
        }
        let mut chars = question.id.chars();
        let letter = chars.next().filter(char::is_ascii_uppercase);
        let number = chars.as_str();
        let numbered = number.starts_with(|c: char| ('1'..='9').contains(&c))
            && number.chars().all(|c| c.is_ascii_digit());
        let Some(letter) = letter.filter(|_| numbered) else {
            report(item, Problem::BadId);
            continue;
        };
        match letters
            .iter()
            .find(|(c, p)| *c == letter || *p == question.pillar)
        {
            Some(&(c, _)) if c != letter => report(item, Problem::LetterDiffersInPillar(c)),
            Some(&(_, p)) if p != question.pillar => {
                let other = q.pillars.get(p).map_or("?", |pillar| pillar.id);
                report(item, Problem::LetterSharedWithPillar(other));
            }
            Some(_) => {}
            None => letters.push((letter, question.pillar)),
        }
    }
}

/// Ids of one kind: unique and snake_case.
fn snake_case_ids(
    ids: impl Iterator<Item = &'static str>,
    item: fn(&'static str) -> Item,
    report: &mut impl FnMut(Item, Problem),
) {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            report(item(id), Problem::DuplicateId);
        }
        let snake = id.starts_with(|c: char| c.is_ascii_lowercase())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !snake {
            report(item(id), Problem::BadId);
        }
    }
}

/// One question: pillar, applicability, weight, answers, gate, version, texts and next step.
fn question(
    q: &Questionnaire,
    index: usize,
    question: &Question,
    advice: &Advice,
    report: &mut impl FnMut(Item, Problem),
) {
    let item = Item::Question(question.id);
    if question.pillar >= q.pillars.len() {
        report(item, Problem::UnknownPillar(question.pillar));
    }
    for (i, &t) in question.applies_to.iter().enumerate() {
        if usize::from(t) >= q.product_types.len() || question.applies_to[..i].contains(&t) {
            report(item, Problem::BadAppliesTo(t));
        }
    }
    if !matches!(question.weight, 1 | 2) {
        report(item, Problem::BadWeight(question.weight));
    }
    if !(3..=4).contains(&question.answers.len()) {
        report(item, Problem::AnswerCount(question.answers.len()));
    }
    let mut previous: Option<u8> = None;
    for (i, answer) in question.answers.iter().enumerate() {
        let answer_item = Item::Answer(question.id, i + 1);
        let ascending = previous.map_or(answer.points == 0, |p| answer.points > p);
        let last_is_three = i + 1 < question.answers.len() || answer.points == 3;
        if !ascending || answer.points > 3 || !last_is_three {
            report(answer_item, Problem::BadPoints(answer.points));
        }
        previous = Some(answer.points);
        texts(answer_item, &[("text", answer.text)], report);
    }
    if let Some(gate) = question.gate {
        if !question.answers.iter().any(|a| a.points == gate.passes_at) {
            report(item, Problem::GatePassesAtNoAnswer(gate.passes_at));
        }
        // A gate's reason is empty in every language when it has none.
        let reason = advice
            .gate_reason
            .unwrap_or(Text::Both(&Pair { id: "", en: "" }));
        texts(item, &[("gate.reason", reason)], report);
    }
    if question.since == 0 || question.since > q.version {
        report(item, Problem::SinceOutOfRange(question.since));
    }
    if let Some(until) = question.until
        && (until < question.since || until >= q.version)
    {
        report(item, Problem::UntilOutOfRange(until));
    }
    if let Some(old) = question.replaces {
        let retired_before = q.questions.get(old).is_some_and(|replaced| {
            replaced.pillar == question.pillar
                && replaced.until.is_some_and(|until| until < question.since)
        });
        if !retired_before {
            report(item, Problem::BadReplaces);
        }
    }
    if q.questions[..index]
        .iter()
        .any(|earlier| earlier.since > question.since)
    {
        report(item, Problem::SinceOutOfOrder);
    }
    let step = advice.next_step;
    texts(
        item,
        &[("text", question.text), ("hint", advice.hint)],
        report,
    );
    texts(item, &[("next_step.what", step.what)], report);
    if let Some(cost) = step.cost {
        texts(item, &[("next_step.cost", cost)], report);
    }
    if let Some(time) = step.time {
        texts(item, &[("next_step.time", time)], report);
    }
    if step
        .link
        .is_some_and(|link| !link.starts_with("https://") || link.len() <= "https://".len())
    {
        report(item, Problem::LinkNotHttps);
    }
}

/// Reports each text that is blank in a language.
fn texts(item: Item, fields: &[(&'static str, Text)], report: &mut impl FnMut(Item, Problem)) {
    for &(field, text) in fields {
        for lang in Lang::ALL {
            if text.get(lang).trim().is_empty() {
                report(item, Problem::EmptyText(field, lang));
            }
        }
    }
}

#[path = "check_markets.rs"]
mod markets_check;
#[path = "check_sources.rs"]
mod sources;
pub use markets_check::check_markets;
pub use sources::check_sources;
use sources::places;

#[cfg(test)]
#[path = "check_tests.rs"]
mod tests;
