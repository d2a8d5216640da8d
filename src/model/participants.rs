//! The mentor's participants table: one row per result, sortable by any column.

use std::cmp::Ordering;

use super::assess::{Assessment, assess};
use super::content::Questionnaire;
use super::date::Day;
use super::response::Response;
use super::sort::merge_sort_by;

/// One participant as the table shows them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParticipantRow {
    /// Index into the workshop's participants, to find the result again after sorting.
    pub index: usize,
    /// The business name or initials, if the owner gave one.
    pub label: Option<String>,
    /// Index into the levels of the level awarded (after gates).
    pub level: usize,
    /// The overall score as shown, 0–100.
    pub overall: u8,
    /// Each pillar's score as shown, in pillar order.
    pub pillars: Vec<u8>,
    /// When the check was done.
    pub date: Option<Day>,
}

/// A column of the participants table to sort by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortColumn {
    /// The label, ignoring case.
    Label,
    /// The level awarded.
    Level,
    /// The overall score.
    Overall,
    /// The score of the pillar with this index.
    Pillar(usize),
    /// The day of the check.
    Date,
}

/// The sorting after a click on `column`'s heading: the column already sorted by turns
/// around; another starts with names A–Z and numbers (and dates) highest first.
pub fn next_sorting(current: Option<(SortColumn, bool)>, column: SortColumn) -> (SortColumn, bool) {
    match current {
        Some((sorted, descending)) if sorted == column => (column, !descending),
        _ => (column, column != SortColumn::Label),
    }
}

/// The table's rows, in workshop order.
pub fn participant_rows(q: &Questionnaire, responses: &[Response]) -> Vec<ParticipantRow> {
    responses
        .iter()
        .enumerate()
        .map(|(index, response)| participant_row(index, response, &assess(q, response)))
        .collect()
}

/// The row of the participant at `index`, whose result is `response`, assessed as `assessment`.
pub(crate) fn participant_row(
    index: usize,
    response: &Response,
    assessment: &Assessment,
) -> ParticipantRow {
    ParticipantRow {
        index,
        label: response.label.clone(),
        level: assessment.level,
        overall: assessment.scores.percent(),
        pillars: assessment
            .scores
            .pillars
            .iter()
            .map(|p| p.percent())
            .collect(),
        date: response.date,
    }
}

/// Sorts the rows by `column`, ascending or `descending`. Rows without a value (no label, no
/// date) go last either way, so the ones to look at stay on top; rows with equal values keep
/// their order, so sorting the workshop order by level lists each level in collection order.
pub fn sort_rows(rows: &mut [ParticipantRow], column: SortColumn, descending: bool) {
    let compare = |a: &ParticipantRow, b: &ParticipantRow| match column {
        SortColumn::Label => blanks_last(
            a.label.as_deref(),
            b.label.as_deref(),
            descending,
            compare_labels,
        ),
        _ => blanks_last(number(a, column), number(b, column), descending, Ord::cmp),
    };
    // A workshop can hold tens of thousands of rows: merge sorted by index, then moved once.
    let mut order: Vec<usize> = (0..rows.len()).collect();
    merge_sort_by(&mut order, |&a, &b| compare(&rows[a], &rows[b]));
    let sorted: Vec<ParticipantRow> = order
        .iter()
        .map(|&i| std::mem::take(&mut rows[i]))
        .collect();
    for (slot, row) in rows.iter_mut().zip(sorted) {
        *slot = row;
    }
}

/// `compare`, reversed if `descending`, for two values; a missing value after any present one.
fn blanks_last<T>(
    a: Option<T>,
    b: Option<T>,
    descending: bool,
    compare: impl Fn(&T, &T) -> Ordering,
) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) if descending => compare(&b, &a),
        (Some(a), Some(b)) => compare(&a, &b),
        (a, b) => b.is_some().cmp(&a.is_some()),
    }
}

/// Labels with ASCII letters in lower case, as labels are matched between rounds (the full
/// Unicode case tables would cost more bytes than business names need); UTF-8 bytes compare in
/// code point order. No allocation: a sort compares each row many times.
fn compare_labels(a: &&str, b: &&str) -> Ordering {
    let (a, b) = (a.bytes(), b.bytes());
    a.map(|c| c.to_ascii_lowercase())
        .cmp(b.map(|c| c.to_ascii_lowercase()))
}

/// A row's value in a numeric column.
fn number(row: &ParticipantRow, column: SortColumn) -> Option<usize> {
    match column {
        SortColumn::Label => None,
        SortColumn::Level => Some(row.level),
        SortColumn::Overall => Some(usize::from(row.overall)),
        // A pillar the questionnaire does not have: every row is blank and keeps its place.
        SortColumn::Pillar(p) => row.pillars.get(p).copied().map(usize::from),
        SortColumn::Date => row.date.map(|Day(d)| usize::from(d)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixture::{CRAFT, FIXTURE, FOOD, respond};

    fn labelled(label: Option<&str>, product_type: u8, spec: &str, day: Option<u16>) -> Response {
        let mut response = respond(Some(product_type), spec);
        response.label = label.map(str::to_owned);
        response.date = day.map(Day);
        response
    }

    /// Overall 49 (Berkembang), 80 capped to Berkembang, 11 (Perintis), 11 unlabelled, 49.
    fn workshop() -> Vec<Response> {
        vec![
            labelled(Some("toko A"), CRAFT, "P1=3 P3=2 M1=1 M2=?", Some(5)),
            labelled(
                Some("Bu Sri"),
                FOOD,
                "P1=3 P2=0 P3=3 P4=3 M1=3 M3=3",
                Some(3),
            ),
            labelled(Some("Pak Budi"), FOOD, "P1=1 P2=? P3=0 M1=0 M3=1", None),
            labelled(None, FOOD, "P1=1 P2=? P3=0 M1=0 M3=1", Some(9)),
            labelled(Some("Toko a"), CRAFT, "P1=3 P3=2 M1=1 M2=?", Some(3)),
        ]
    }

    fn sorted(column: SortColumn, descending: bool) -> Vec<usize> {
        let mut rows = participant_rows(&FIXTURE, &workshop());
        sort_rows(&mut rows, column, descending);
        rows.iter().map(|r| r.index).collect()
    }

    #[test]
    fn rows_carry_the_assessment_in_workshop_order() {
        let rows = participant_rows(&FIXTURE, &workshop());
        let summary: Vec<_> = rows
            .iter()
            .map(|r| (r.index, r.level, r.overall, r.pillars.clone()))
            .collect();
        assert_eq!(
            summary,
            [
                (0, 1, 49, vec![67, 22]),
                (1, 1, 80, vec![67, 100]),
                (2, 0, 11, vec![11, 11]),
                (3, 0, 11, vec![11, 11]),
                (4, 1, 49, vec![67, 22]),
            ]
        );
        assert_eq!(rows[0].label.as_deref(), Some("toko A"));
        assert_eq!(rows[2].date, None);
    }

    #[test]
    fn labels_sort_ignoring_case_with_blanks_last_both_ways() {
        assert_eq!(sorted(SortColumn::Label, false), [1, 2, 0, 4, 3]);
        assert_eq!(sorted(SortColumn::Label, true), [0, 4, 2, 1, 3]);
    }

    #[test]
    fn numbers_sort_both_ways_and_ties_keep_workshop_order() {
        assert_eq!(sorted(SortColumn::Overall, false), [2, 3, 0, 4, 1]);
        assert_eq!(sorted(SortColumn::Overall, true), [1, 0, 4, 2, 3]);
        assert_eq!(sorted(SortColumn::Level, true), [0, 1, 4, 2, 3]);
        assert_eq!(sorted(SortColumn::Pillar(1), true), [1, 0, 4, 2, 3]);
        assert_eq!(sorted(SortColumn::Pillar(7), true), [0, 1, 2, 3, 4]);
    }

    #[test]
    fn dates_sort_with_undated_rows_last_both_ways() {
        assert_eq!(sorted(SortColumn::Date, false), [1, 4, 0, 3, 2]);
        assert_eq!(sorted(SortColumn::Date, true), [3, 0, 1, 4, 2]);
    }

    #[test]
    fn a_heading_first_sorts_names_a_to_z_and_numbers_highest_first_then_turns_around() {
        assert_eq!(
            next_sorting(None, SortColumn::Label),
            (SortColumn::Label, false)
        );
        assert_eq!(
            next_sorting(None, SortColumn::Overall),
            (SortColumn::Overall, true)
        );
        assert_eq!(
            next_sorting(Some((SortColumn::Label, false)), SortColumn::Date),
            (SortColumn::Date, true)
        );
        assert_eq!(
            next_sorting(Some((SortColumn::Pillar(1), true)), SortColumn::Pillar(1)),
            (SortColumn::Pillar(1), false)
        );
        assert_eq!(
            next_sorting(Some((SortColumn::Label, true)), SortColumn::Label),
            (SortColumn::Label, false)
        );
    }
}
