//! The questionnaire as the app carries it: plain `'static` data compiled from
//! `content/questionnaire.json` by the build script (`build/content.rs`). References between
//! items are indices (a question's pillar, the product types it applies to), resolved at build
//! time, so nothing is looked up by name while scoring.

use super::Lang;
use super::response::Answer;
use super::wording::{Archive, ArchivedText, archived, wording};

/// A text shown to the owner, in every language the app speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    /// Written here in both languages: the advice (which only the result shows), and texts
    /// written in code.
    Both(&'static Pair),
    /// The questionnaire's text with this number in each language's [wording](super::wording):
    /// the owner's app brings in one language's wording at a time.
    Numbered(u16),
    /// The text with this number of a question a later version retired, in the
    /// [archive](super::wording::archived) the part of the app showing older results brings.
    Archived(u16),
}

/// A text written in both languages where it is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pair {
    /// Bahasa Indonesia.
    pub id: &'static str,
    /// English.
    pub en: &'static str,
}

impl Pair {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Id => self.id,
            Lang::En => self.en,
        }
    }
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        match *self {
            Text::Both(pair) => pair.get(lang),
            Text::Numbered(number) => wording(lang)
                .get(usize::from(number))
                .copied()
                .unwrap_or_default(),
            Text::Archived(number) => archived(number, lang),
        }
    }
}

/// The whole questionnaire: what is asked, how it is scored, and the advice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Questionnaire {
    /// Raised when questions are added; result codes carry it so old codes still open.
    pub version: u8,
    /// Index into `levels` of the highest level a business that fails a gate can reach.
    pub gate_caps_level_at: usize,
    /// The kinds of product an owner chooses from first (food, fashion, craft, …), in the order
    /// they were added: codes keep a product type by its position, so new ones are appended.
    pub product_types: &'static [ProductType],
    /// The product types' positions in the order the owner is offered them.
    pub product_type_order: &'static [u8],
    /// Index of the question whose screen also offers the choice of destination markets.
    pub markets_asked_with: usize,
    /// The four areas scored, in display order.
    pub pillars: &'static [Pillar],
    /// Readiness levels, ascending, covering 0–100.
    pub levels: &'static [Level],
    /// Every question in file order (the order result codes use); see
    /// [`display_order`](super::display_order) for the order the owner sees.
    pub questions: &'static [Question],
}

impl Questionnaire {
    /// The index of the question with this id (e.g. `"P1"`).
    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }

    /// The index of the product type with this id (e.g. `"food"`).
    pub fn product_type_index(&self, id: &str) -> Option<u8> {
        let index = self.product_types.iter().position(|t| t.id == id)?;
        u8::try_from(index).ok()
    }

    /// The index of the level the rounded overall score `percent` falls in (the last level for
    /// anything above every threshold, which checked content never has).
    pub fn level_for(&self, percent: u8) -> usize {
        self.levels
            .iter()
            .position(|level| percent <= level.max)
            .unwrap_or(self.levels.len().saturating_sub(1))
    }
}

/// A kind of product, chosen first because some questions apply only to some kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProductType {
    /// Stable id (`food`, `fashion`, `craft`, `other`).
    pub id: &'static str,
    /// Its name.
    pub name: Text,
    /// Local examples, so an owner recognises their kind.
    pub examples: Text,
}

/// One of the four areas scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pillar {
    /// Stable id (`product`, `marketing`, `capital`, `digital`).
    pub id: &'static str,
    /// Share of the overall score, in percent; the pillars' weights sum to 100.
    pub weight: u8,
    /// Its name.
    pub name: Text,
    /// One sentence on what it covers.
    pub summary: Text,
}

/// A readiness level: an inclusive range of the rounded overall score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Level {
    /// Stable id (`perintis`, `berkembang`, `siap_uji_ekspor`, `siap_ekspor`).
    pub id: &'static str,
    /// Lowest overall score of the level.
    pub min: u8,
    /// Highest overall score of the level.
    pub max: u8,
    /// Its name.
    pub name: Text,
}

/// One question with its graded answers (its advice is in [`Advised`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable id: the pillar's letter and a number (`P1`, `M3`). Never changes meaning.
    pub id: &'static str,
    /// Index into the questionnaire's pillars.
    pub pillar: usize,
    /// The questionnaire version that introduced it.
    pub since: u8,
    /// The last version that asks it, when a later one retired it (its answers changed meaning,
    /// so a new question with a new id took its place). Kept, so that a result of an older
    /// version still opens with the answers and score it had.
    pub until: Option<u8>,
    /// The retired question it took the place of (index in file order): it is asked where that
    /// one was.
    pub replaces: Option<usize>,
    /// 1, or 2 for critical items.
    pub weight: u8,
    /// Indices of the product types it applies to; empty means every product type.
    pub applies_to: &'static [u8],
    /// Set when a weak answer caps the level whatever the score.
    pub gate: Option<Gate>,
    /// The question.
    pub text: Text,
    /// The graded answers, points ascending from 0 to 3 (3 or 4 of them).
    pub answers: &'static [AnswerOption],
}

impl Question {
    /// Whether it is asked of a business with this product type. Before the type is chosen only
    /// the questions for every type apply.
    pub fn applies_to(&self, product_type: Option<u8>) -> bool {
        self.applies_to.is_empty() || product_type.is_some_and(|t| self.applies_to.contains(&t))
    }

    /// Whether a result of questionnaire `version` asks it: added by then, and not retired
    /// before.
    pub fn in_version(&self, version: u8) -> bool {
        self.since <= version && self.until.is_none_or(|until| version <= until)
    }

    /// The points an answer is worth: "Belum tahu" 0; `None` for a choice it does not have.
    pub fn points(&self, answer: Answer) -> Option<u8> {
        match answer {
            Answer::Choice(index) => self.answers.get(usize::from(index)).map(|a| a.points),
            Answer::DontKnow => Some(0),
        }
    }

    /// Whether this answer (or no answer) fails the question's gate; `false` if it has none.
    pub fn fails_gate(&self, answer: Option<Answer>) -> bool {
        self.gate.is_some_and(|gate| {
            answer
                .and_then(|a| self.points(a))
                .is_none_or(|points| points < gate.passes_at)
        })
    }
}

/// A question whose weak answer caps the level (no NIB; food without SPP-IRT or BPOM MD).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gate {
    /// The fewest points that pass.
    pub passes_at: u8,
}

/// One graded answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnswerOption {
    /// 0 (weakest) to 3 (best).
    pub points: u8,
    /// The answer as the owner reads it.
    pub text: Text,
}

/// The advice for a weak answer: what to do, where, and roughly what it costs and takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextStep {
    /// What to do.
    pub what: Text,
    /// Where: the offices, portals or programmes to go to, as indices into
    /// [`Advised::places`] (the file's `where`, by id).
    pub places: &'static [usize],
    /// Roughly what it costs, where known.
    pub cost: Option<Text>,
    /// Roughly how long it takes, where known.
    pub time: Option<Text>,
    /// The official portal the step names, `https://` only.
    pub link: Option<&'static str>,
    /// The app's own tool that does the step, on the phone.
    pub tool: Option<Tool>,
}

/// A tool of the app that an owner uses on the spot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tool {
    /// The export price ladder.
    Price,
    /// Finding the HS code from plain words.
    HsCode,
}

/// The questionnaire with its advice: the questions are scored and asked from the first
/// screens on, while only the result, an opened hint (and the mentor's agenda) show the advice.
/// Kept apart, so the owner's start, which never refers to it, does not carry the advice's
/// texts; it dereferences to the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Advised {
    /// The questionnaire advised on.
    pub questionnaire: &'static Questionnaire,
    /// Each question's advice, in the questionnaire's order.
    pub questions: &'static [Advice],
    /// What each level means for the owner, in the questionnaire's order of levels.
    pub level_meanings: &'static [Text],
    /// Every office, programme, portal or tool the next steps send an owner to, each named
    /// once, so a name is corrected in one place.
    pub places: &'static [Place],
}

impl Advised {
    /// The places a next step sends the owner to.
    pub fn places_of(&self, step: &NextStep) -> impl Iterator<Item = &'static Place> + '_ {
        step.places
            .iter()
            .filter_map(|&index| self.places.get(index))
    }

    /// The names of the places a next step sends the owner to, in `lang`, as one line.
    pub fn where_to_go(&self, step: &NextStep, lang: Lang) -> String {
        self.place_names(step.places, lang)
    }

    /// The names of these places (indices into [`Advised::places`]), in `lang`, as one line.
    pub fn place_names(&self, places: &[usize], lang: Lang) -> String {
        let names: Vec<&str> = places
            .iter()
            .filter_map(|&index| self.places.get(index))
            .map(|place| place.name.get(lang))
            .collect();
        names.join("; ")
    }
}

/// An office, programme, portal or tool, by its exact name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// Stable id, which next steps refer to.
    pub id: &'static str,
    /// Its name, as the owner reads it.
    pub name: Text,
    /// A tool or a person (an app, a forwarder, your mentor) rather than an institution, which
    /// needs no source.
    pub generic: bool,
}

impl Source {
    /// The month it was last checked, as year and month (1–12); `None` unless `YYYY-MM`.
    pub fn checked_month(&self) -> Option<(u16, u8)> {
        year_and_month(self.checked)
    }
}

/// A month written `YYYY-MM`, as year and month (1–12).
pub fn year_and_month(text: &str) -> Option<(u16, u8)> {
    let (year, month) = text.split_once('-')?;
    let digits =
        |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    if !digits(year, 4) || !digits(month, 2) {
        return None;
    }
    let month: u8 = month.parse().ok()?;
    (1..=12)
        .contains(&month)
        .then_some((year.parse().ok()?, month))
}

/// Where the content's facts come from, kept apart from the advice so that only what lists
/// them (the content check, a mentor's list of sources) carries them, not the owner's app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cited {
    /// Each question's sources (for its facts and its advice), in the questionnaire's order.
    pub questions: &'static [&'static [Source]],
    /// Each place's sources, in the order of [`Advised::places`]; none for a generic one.
    pub places: &'static [&'static [Source]],
}

/// Where a fact comes from: a regulation or an official page, and when it was last checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// What it is: a regulation's name and number, a page's title (with its publisher).
    pub title: &'static str,
    /// Its address, `https://` only, where it has one.
    pub url: Option<&'static str>,
    /// The month it was last checked, `YYYY-MM`.
    pub checked: &'static str,
}

impl std::ops::Deref for Advised {
    type Target = Questionnaire;

    fn deref(&self) -> &Questionnaire {
        self.questionnaire
    }
}

/// One question's advice, and its hint: what the question means and how to check, which the
/// owner opens only when unsure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Advice {
    /// What the question means and how to check.
    pub hint: Text,
    /// For a gate question, why failing it caps the level, shown with the result.
    pub gate_reason: Option<Text>,
    /// What to do when the answer is weak or "Belum tahu".
    pub next_step: NextStep,
}

include!(concat!(env!("OUT_DIR"), "/questionnaire.rs"));

/// The questionnaire the app ships with.
pub fn questionnaire() -> &'static Questionnaire {
    &QUESTIONNAIRE
}

/// The questionnaire the app ships with, and its advice.
pub fn advised() -> &'static Advised {
    &ADVISED
}

/// Where the shipped content's facts come from.
pub fn cited() -> &'static Cited {
    &CITED
}
