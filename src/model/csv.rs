//! A group's results as a spreadsheet (one row per participant) and back. The `code` column is
//! the source of truth on import; the other columns are for people, except the label, which a
//! mentor may correct in the spreadsheet.

use super::Lang;
use super::assess::assess;
use super::code::{CodeError, encode};
use super::code_text::decode;
use super::content::{Pair, Questionnaire, Text};
use super::csv_read::Records;
use super::markets::Markets;
use super::response::{Answer, Response, display_order, normalize_label};

/// Headers of the columns before the pillars. The label's is recognised in either language.
const LABEL: Text = Text::Both(&Pair {
    id: "Nama usaha",
    en: "Business name",
});
const DATE: Text = Text::Both(&Pair {
    id: "Tanggal",
    en: "Date",
});
const PRODUCT_TYPE: Text = Text::Both(&Pair {
    id: "Jenis produk",
    en: "Product type",
});
const LEVEL: Text = Text::Both(&Pair {
    id: "Tingkat",
    en: "Level",
});
const OVERALL: Text = Text::Both(&Pair {
    id: "Skor total",
    en: "Overall score",
});
/// The header of the questionnaire version a result was made with, for people: the code carries
/// it too.
const VERSION: Text = Text::Both(&Pair {
    id: "Versi pertanyaan",
    en: "Questionnaire version",
});
/// The header of the target markets the owner chose, for people: the code carries them too.
const MARKETS: Text = Text::Both(&Pair {
    id: "Negara tujuan",
    en: "Target markets",
});
/// The markets' cell of an owner who said they do not know yet.
const MARKETS_UNDECIDED: Text = Text::Both(&Pair {
    id: "Belum tahu",
    en: "Don't know yet",
});
/// What separates the names of the markets chosen, in their cell.
const MARKETS_SEPARATOR: &str = "; ";
/// The header of the column import reads, the same in every language.
const CODE: &str = "code";
/// Spreadsheets run a cell starting with one of these as a formula; such a label is written
/// after an apostrophe (shown by some spreadsheet programs, but never run) and read back
/// without it.
const FORMULA_STARTS: [char; 5] = ['=', '+', '-', '@', '\''];

/// What separates the fields of an export.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Separator {
    /// `,`: the CSV standard, and what spreadsheets expect in English settings.
    #[default]
    Comma,
    /// `;`: what Excel expects with Indonesian regional settings, where `,` is the decimal mark.
    Semicolon,
}

impl Separator {
    /// The character written between fields.
    pub fn char(self) -> char {
        match self {
            Separator::Comma => ',',
            Separator::Semicolon => ';',
        }
    }
}

/// The results as CSV: UTF-8 with a byte-order mark (so spreadsheet programs show Indonesian
/// text correctly), CRLF line ends, RFC 4180 quoting, fields separated by `separator`. Columns:
/// label, date, product type, level, overall, each pillar, each question in display order
/// (points, `?` for "Belum tahu", empty if unanswered or not asked by the result's version),
/// the target markets (the names of those chosen, from `m`, in the owner's order; "Belum tahu";
/// or empty if not said), the questionnaire version, and `code`. Headers in `lang`, except
/// question ids and `code`.
pub fn to_csv(
    q: &Questionnaire,
    m: &Markets,
    responses: &[Response],
    lang: Lang,
    separator: Separator,
) -> String {
    let order: Vec<usize> = display_order(q).collect();
    let mut header: Vec<String> = [LABEL, DATE, PRODUCT_TYPE, LEVEL, OVERALL]
        .iter()
        .map(|t| t.get(lang).to_owned())
        .collect();
    header.extend(q.pillars.iter().map(|p| p.name.get(lang).to_owned()));
    header.extend(order.iter().map(|&i| q.questions[i].id.to_owned()));
    header.push(MARKETS.get(lang).to_owned());
    header.push(VERSION.get(lang).to_owned());
    header.push(CODE.to_owned());
    let mut csv = String::from("\u{FEFF}");
    push_row(&mut csv, &header, separator);
    for response in responses {
        let assessment = assess(q, response);
        let product_type = response
            .product_type
            .and_then(|t| q.product_types.get(usize::from(t)));
        let label = response.label.as_deref().and_then(normalize_label);
        let mut row = vec![
            label
                .map(|l| {
                    if l.starts_with(FORMULA_STARTS) {
                        format!("'{l}")
                    } else {
                        l
                    }
                })
                .unwrap_or_default(),
            response.date.map(|d| d.to_string()).unwrap_or_default(),
            product_type
                .map(|t| t.name.get(lang).to_owned())
                .unwrap_or_default(),
            q.levels[assessment.level].name.get(lang).to_owned(),
            assessment.scores.percent().to_string(),
        ];
        row.extend(
            assessment
                .scores
                .pillars
                .iter()
                .map(|p| p.percent().to_string()),
        );
        row.extend(order.iter().map(|&i| {
            match response.answer(i) {
                _ if !response.faces(&q.questions[i]) => String::new(),
                Some(Answer::DontKnow) => "?".to_owned(),
                _ => response
                    .points(q, i)
                    .map(|p| p.to_string())
                    .unwrap_or_default(),
            }
        }));
        row.push(markets_cell(m, response, lang));
        row.push(response.version.to_string());
        row.push(encode(q, response));
        push_row(&mut csv, &row, separator);
    }
    csv
}

/// The target markets a response chose, as its cell: their names in the owner's order, "Belum
/// tahu", or nothing if the owner did not say.
fn markets_cell(m: &Markets, response: &Response, lang: Lang) -> String {
    match response.markets.as_deref() {
        None => String::new(),
        Some([]) => MARKETS_UNDECIDED.get(lang).to_owned(),
        Some(chosen) => m
            .chosen(chosen)
            .map(|(_, market)| market.name.get(lang))
            .collect::<Vec<_>>()
            .join(MARKETS_SEPARATOR),
    }
}

/// Appends one record. A field holding either separator is quoted, so a file re-saved with the
/// other separator (or read by a program guessing it) still splits where it should.
fn push_row(csv: &mut String, fields: &[String], separator: Separator) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            csv.push(separator.char());
        }
        if field.contains([',', ';', '"', '\r', '\n']) {
            csv.push('"');
            csv.push_str(&field.replace('"', "\"\""));
            csv.push('"');
        } else {
            csv.push_str(field);
        }
    }
    csv.push_str("\r\n");
}

/// What an import read: the good rows, and a problem for each bad one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CsvImport {
    /// The results read, in file order.
    pub rows: Vec<Response>,
    /// The rows that could not be read.
    pub problems: Vec<RowProblem>,
}

impl CsvImport {
    /// Whether the file held no row at all, good or bad (a header alone).
    pub fn found_nothing(&self) -> bool {
        self.rows.is_empty() && self.problems.is_empty()
    }
}

/// A row that could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RowProblem {
    /// The line of the file the row starts on, counting from 1 (the header is line 1).
    pub line: usize,
    /// Why.
    pub reason: RowProblemReason,
}

/// Why a row (or the whole file) could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowProblemReason {
    /// The file has no `code` column: not a Siap Mendunia export. Nothing is read.
    NotAnExport,
    /// The row's `code` cell is empty.
    MissingCode,
    /// The row's code could not be read.
    Code(CodeError),
    /// A quoted field starting on this line is never closed; the rest of the file is lost.
    UnclosedQuote,
}

/// Reads an export back (also one a spreadsheet program re-saved: `;` separators, LF line ends,
/// no byte-order mark). Each row is read from its `code` cell (which may also hold a link); a
/// label cell overrides the code's label, since a mentor may have corrected it. Bad rows are
/// reported by line and the good ones kept.
pub fn from_csv(q: &Questionnaire, text: &str) -> CsvImport {
    let mut reader = CsvReader::new(text);
    let mut import = CsvImport::default();
    while let Some(row) = reader.next(q, text) {
        match row {
            Ok(response) => import.rows.push(response),
            Err(problem) => import.problems.push(problem),
        }
    }
    import
}

/// Reads an export a row at a time, as [`from_csv`] does at once, so that a long file can be
/// read a piece at a time.
pub(crate) struct CsvReader {
    records: Records,
    /// The `code` column and the label's, once the header is read; `None` before, and after a
    /// header without a `code` column (then nothing more is read).
    columns: Option<(usize, Option<usize>)>,
    header_read: bool,
}

impl CsvReader {
    /// Ready to read `text` from its header.
    pub(crate) fn new(text: &str) -> CsvReader {
        CsvReader {
            records: Records::new(text),
            columns: None,
            header_read: false,
        }
    }

    /// The line the next row starts on, counting from 1.
    pub(crate) fn line(&self) -> usize {
        self.records.line()
    }

    /// The next row of `text`, read or refused; `None` at the end.
    pub(crate) fn next(
        &mut self,
        q: &Questionnaire,
        text: &str,
    ) -> Option<Result<Response, RowProblem>> {
        if !self.header_read {
            self.header_read = true;
            if let Some(problem) = self.read_header(text) {
                return Some(Err(problem));
            }
        }
        let (code_column, label_column) = self.columns?;
        let row = match self.records.next(text)? {
            Ok(row) => row,
            Err(line) => {
                return Some(Err(RowProblem {
                    line,
                    reason: RowProblemReason::UnclosedQuote,
                }));
            }
        };
        let code = row.fields.get(code_column).map_or("", |cell| cell.trim());
        let read = if code.is_empty() {
            Err(RowProblemReason::MissingCode)
        } else {
            decode(q, code).map_err(RowProblemReason::Code)
        };
        Some(
            read.map(|mut response| {
                if let Some(cell) =
                    label_column.map(|c| row.fields.get(c).map_or("", String::as_str))
                {
                    let unguarded = cell
                        .strip_prefix('\'')
                        .filter(|rest| rest.starts_with(FORMULA_STARTS));
                    response.label = normalize_label(unguarded.unwrap_or(cell));
                }
                response
            })
            .map_err(|reason| RowProblem {
                line: row.line,
                reason,
            }),
        )
    }

    /// Finds the columns in the header; the problem if the file is not an export.
    fn read_header(&mut self, text: &str) -> Option<RowProblem> {
        let Some(Ok(header)) = self.records.next(text) else {
            return Some(RowProblem {
                line: 1,
                reason: RowProblemReason::NotAnExport,
            });
        };
        let column =
            |wanted: &dyn Fn(&str) -> bool| header.fields.iter().position(|h| wanted(h.trim()));
        let Some(code_column) = column(&|h| h.eq_ignore_ascii_case(CODE)) else {
            return Some(RowProblem {
                line: header.line,
                reason: RowProblemReason::NotAnExport,
            });
        };
        let label_column = column(&|h| {
            Lang::ALL
                .iter()
                .any(|&lang| h.eq_ignore_ascii_case(LABEL.get(lang)))
        });
        self.columns = Some((code_column, label_column));
        None
    }
}

#[cfg(test)]
#[path = "csv_tests.rs"]
mod tests;
