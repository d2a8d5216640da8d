//! One owner's answers, and which questions they face in which order.

use super::content::{Question, Questionnaire};
use super::date::Day;
use super::sort::sort_stable_by_key;

/// The longest label (business name or initials) a result carries, in characters.
pub const LABEL_MAX_CHARS: usize = 40;

/// An answer to one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    /// One of the question's graded answers, by index into `Question::answers`.
    Choice(u8),
    /// "Belum tahu": worth 0 points, and reported as a learning gap rather than a weakness.
    DontKnow,
}

/// One owner's result: the product type, every answer so far, and what the owner chose to add.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Response {
    /// The questionnaire version the answers were given under: a code from an older version
    /// keeps it, so it opens with the same questions; answering a newer question raises it.
    pub version: u8,
    /// Index into the questionnaire's product types, once chosen.
    pub product_type: Option<u8>,
    /// The answer to each question, by index in file order; `None` while unanswered.
    pub answers: Vec<Option<Answer>>,
    /// When the check was done.
    pub date: Option<Day>,
    /// A business name or initials the owner typed, normalised by [`normalize_label`].
    pub label: Option<String>,
    /// The destination markets chosen, as positions in the markets' list, in the owner's
    /// order: `None` until the owner says, empty for "Belum tahu" (not decided yet).
    pub markets: Option<Vec<u8>>,
}

impl Response {
    /// An empty response to the current version of `q`.
    pub fn new(q: &Questionnaire) -> Response {
        Response {
            version: q.version,
            answers: vec![None; q.questions.len()],
            ..Response::default()
        }
    }

    /// Whether the owner has begun: a product type or any answer given.
    pub fn is_started(&self) -> bool {
        self.product_type.is_some() || self.answers.iter().any(Option::is_some)
    }

    /// The answer to the question at `index` (file order), if any.
    pub fn answer(&self, index: usize) -> Option<Answer> {
        self.answers.get(index).copied().flatten()
    }

    /// The answer to the question with this id, if any.
    pub fn answer_to(&self, q: &Questionnaire, id: &str) -> Option<Answer> {
        self.answer(q.question_index(id)?)
    }

    /// Sets (or with `None` clears) the answer to the question with this id; `false` if there is
    /// no such question. Answering raises the version to the question's, so its code keeps it.
    pub fn set_answer(&mut self, q: &Questionnaire, id: &str, answer: Option<Answer>) -> bool {
        let Some(index) = q.question_index(id) else {
            return false;
        };
        if self.answers.len() < q.questions.len() {
            self.answers.resize(q.questions.len(), None);
        }
        self.answers[index] = answer;
        if answer.is_some() {
            self.version = self.version.max(q.questions[index].since);
        }
        true
    }

    /// The destination markets chosen, in the owner's order (none before choosing, and for
    /// "Belum tahu").
    pub fn chosen_markets(&self) -> &[u8] {
        self.markets.as_deref().unwrap_or_default()
    }

    /// Adds the market at this position to the chosen ones (ending "Belum tahu"), or removes it
    /// if chosen; removing the last leaves nothing said. `false`, changing nothing, when
    /// [`MAX_CHOSEN_MARKETS`](super::MAX_CHOSEN_MARKETS) are chosen already and this is not one
    /// of them, or the position is not in the markets' list.
    pub fn toggle_market(&mut self, market: u8) -> bool {
        let mut chosen = self.chosen_markets().to_vec();
        if let Some(at) = chosen.iter().position(|&m| m == market) {
            chosen.remove(at);
        } else if chosen.len() < super::markets::MAX_CHOSEN_MARKETS
            && usize::from(market) < super::markets::MARKET_COUNT
        {
            chosen.push(market);
        } else {
            return false;
        }
        self.markets = (!chosen.is_empty()).then_some(chosen);
        true
    }

    /// Says "Belum tahu" to the choice of markets (dropping those chosen), or takes it back.
    pub fn set_markets_undecided(&mut self, undecided: bool) {
        self.markets = undecided.then(Vec::new);
    }

    /// Sets the label from what the owner typed (see [`normalize_label`]).
    pub fn set_label(&mut self, text: &str) {
        self.label = normalize_label(text);
    }

    /// The check an owner left unfinished under an older version, continued under the current
    /// one: the answers to questions both versions ask are kept, and the questions that replaced
    /// retired ones are asked afresh; the older check itself is given back too when it held an
    /// answer the new one does not, for the history. A finished result, or one of the current
    /// version, is returned as it is: it keeps the questions and the score it was made with.
    pub fn continued(self, q: &Questionnaire) -> (Response, Option<Response>) {
        let finished = super::score::score(q, &self).progress.is_complete();
        if self.version >= q.version || finished {
            return (self, None);
        }
        let answers: Vec<Option<Answer>> = q
            .questions
            .iter()
            .enumerate()
            .map(|(index, question)| {
                self.answer(index)
                    .filter(|_| question.in_version(q.version))
            })
            .collect();
        let dropped = self.answers.iter().flatten().count() > answers.iter().flatten().count();
        let continued = Response {
            version: q.version,
            answers,
            ..self.clone()
        };
        (continued, dropped.then_some(self))
    }

    /// Whether this result was made with an older version of `q`, whose questions have changed
    /// since.
    pub fn is_from_older_version(&self, q: &Questionnaire) -> bool {
        self.version < q.version
    }

    /// Whether this result asks `question`: it applies to the product type and belongs to the
    /// result's questionnaire version.
    pub fn faces(&self, question: &Question) -> bool {
        question.applies_to(self.product_type) && question.in_version(self.version)
    }

    /// The points the answer at `index` earns: `Some(0)` for "Belum tahu", `None` while
    /// unanswered (or for a choice the question does not have).
    pub fn points(&self, q: &Questionnaire, index: usize) -> Option<u8> {
        q.questions.get(index)?.points(self.answer(index)?)
    }
}

/// A label as results carry it: line breaks, tabs and other control characters read as spaces,
/// invisible format characters dropped ([`is_invisible_format`]), runs of spaces as one, trimmed, at most [`LABEL_MAX_CHARS`] characters; `None` when nothing
/// is left.
pub fn normalize_label(text: &str) -> Option<String> {
    normalize_line(text, LABEL_MAX_CHARS)
}

/// Typed text as one line, the way [`normalize_label`] treats labels, cut at `max_chars`
/// characters (never mid-space, so it never ends in one); `None` when nothing is left.
pub(crate) fn normalize_line(text: &str, max_chars: usize) -> Option<String> {
    let (mut line, mut count, mut space) = (String::new(), 0, false);
    for c in text.chars().filter(|&c| !is_invisible_format(c)) {
        if c.is_whitespace() || c.is_control() {
            space = !line.is_empty();
            continue;
        }
        let needed = usize::from(space) + 1;
        if count + needed > max_chars {
            break;
        }
        if space {
            line.push(' ');
        }
        line.push(c);
        (count, space) = (count + needed, false);
    }
    (!line.is_empty()).then_some(line)
}

/// Characters that draw nothing but can reverse or hide the text around them, in a name or in
/// a message it is sent in: bidirectional overrides, embeddings, isolates and marks, zero-width
/// spaces and joiners, the byte-order mark. Names lose them.
pub(crate) fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}')
}

/// Every question index in the order the owner sees them: by pillar, then file order within
/// the pillar (a question added in a later version is appended to the file but shows within
/// its pillar, and one that replaces a retired question shows where that one was).
pub fn display_order(q: &Questionnaire) -> impl Iterator<Item = usize> + use<> {
    let mut order: Vec<usize> = (0..q.questions.len()).collect();
    let place = |i: usize| {
        let question = &q.questions[i];
        (question.pillar, question.replaces.unwrap_or(i))
    };
    sort_stable_by_key(&mut order, |&i| place(i));
    order.into_iter()
}

/// The questions `response` faces ([`Response::faces`]), in display order, with their index in
/// file order. Before the product type is chosen, only the questions for every type.
pub fn applicable_questions<'a>(
    q: &'a Questionnaire,
    response: &'a Response,
) -> impl Iterator<Item = (usize, &'static Question)> + 'a {
    let questions = q.questions;
    display_order(q)
        .map(move |i| (i, &questions[i]))
        .filter(move |(_, question)| response.faces(question))
}

/// The questions `response` faces, with their index, in file order: for sums and counts, which
/// need no order, where sorting for every result of a large group would cost more than the sum.
pub(crate) fn questions_applying<'a>(
    q: &'a Questionnaire,
    response: &'a Response,
) -> impl Iterator<Item = (usize, &'static Question)> + 'a {
    q.questions
        .iter()
        .enumerate()
        .filter(move |(_, question)| response.faces(question))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixture::{CRAFT, FIXTURE, FOOD};

    #[test]
    fn started_means_a_product_type_or_any_answer() {
        let mut response = Response::new(&FIXTURE);
        assert!(!response.is_started());
        response.product_type = Some(CRAFT);
        assert!(response.is_started());
        let mut answered_only = Response::new(&FIXTURE);
        answered_only.set_answer(&FIXTURE, "M1", Some(Answer::DontKnow));
        assert!(answered_only.is_started());
    }

    #[test]
    fn a_question_added_later_shows_within_its_pillar() {
        let order: Vec<_> = display_order(&FIXTURE)
            .map(|i| FIXTURE.questions[i].id)
            .collect();
        assert_eq!(order, ["P1", "P2", "P3", "P4", "M1", "M2", "M3"]);
    }

    #[test]
    fn each_product_type_sees_only_its_questions() {
        let ids = |t| {
            let response = Response {
                product_type: t,
                ..Response::new(&FIXTURE)
            };
            applicable_questions(&FIXTURE, &response)
                .map(|(_, q)| q.id)
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(Some(FOOD)), ["P1", "P2", "P3", "P4", "M1", "M3"]);
        assert_eq!(ids(Some(CRAFT)), ["P1", "P3", "P4", "M1", "M2"]);
        assert_eq!(
            ids(None),
            ["P1", "P3", "P4", "M1"],
            "before the type is chosen"
        );
    }

    #[test]
    fn labels_are_trimmed_collapsed_and_cut_at_40_characters() {
        assert_eq!(
            normalize_label("  Batik\tIbu\r\n  Ratna "),
            Some("Batik Ibu Ratna".to_owned())
        );
        assert_eq!(normalize_label(" \n\t"), None);
        let long = "Usaha Dagang Keripik Tempe dan Sambal Pedas Bu Sri";
        assert_eq!(
            normalize_label(long).as_deref(),
            Some("Usaha Dagang Keripik Tempe dan Sambal Pe")
        );
        let space_at_cut = "Usaha Dagang Keripik Tempe dan Sambal P edas";
        assert_eq!(
            normalize_label(space_at_cut).as_deref(),
            Some("Usaha Dagang Keripik Tempe dan Sambal P")
        );
    }

    #[test]
    fn answers_are_set_and_read_by_question_id() {
        let mut response = Response::default();
        assert!(response.set_answer(&FIXTURE, "M2", Some(Answer::DontKnow)));
        assert!(!response.set_answer(&FIXTURE, "X9", Some(Answer::DontKnow)));
        assert_eq!(response.answer_to(&FIXTURE, "M2"), Some(Answer::DontKnow));
        assert_eq!(response.points(&FIXTURE, 4), Some(0));
        assert_eq!(response.answers.len(), FIXTURE.questions.len());
        response.set_answer(&FIXTURE, "M2", None);
        assert_eq!(response.answer_to(&FIXTURE, "M2"), None);
    }
}
