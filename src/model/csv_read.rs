//! Reading CSV as spreadsheet programs write it: RFC 4180 quoting (fields with separators,
//! quotes and line breaks), with or without a byte-order mark, CRLF or LF, and the separator
//! guessed from the header (Excel in an Indonesian locale writes `;`).

/// One record: the line it starts on (counting from 1) and its fields.
pub(crate) struct Record {
    pub(crate) line: usize,
    pub(crate) fields: Vec<String>,
}

/// Reads the records of a CSV text one at a time, skipping blank lines, so that a long file can
/// be read a piece at a time.
pub(crate) struct Records {
    /// The byte the next record starts at; `None` once the text is read.
    position: Option<usize>,
    /// The line the next record starts on, counting from 1.
    line: usize,
    separator: char,
}

impl Records {
    /// Ready to read `text` from its start (after a byte-order mark, if any).
    pub(crate) fn new(text: &str) -> Records {
        let body = text.strip_prefix('\u{FEFF}').unwrap_or(text);
        Records {
            position: Some(text.len() - body.len()),
            line: 1,
            separator: separator(body),
        }
    }

    /// The line the next record starts on, counting from 1.
    pub(crate) fn line(&self) -> usize {
        self.line
    }

    /// The next record of `text` that is not blank; or, if a quoted field is never closed, the
    /// line it starts on (nothing after it can be read); `None` at the end.
    pub(crate) fn next(&mut self, text: &str) -> Option<Result<Record, usize>> {
        loop {
            let start = self.position?;
            let record_line = self.line;
            let (mut fields, mut field) = (Vec::new(), String::new());
            let (mut quoted_from, mut next_start) = (None, None);
            let mut chars = text[start..].char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                let next = chars.peek().map(|&(_, next)| next);
                if quoted_from.is_some() {
                    match c {
                        '"' if next == Some('"') => {
                            chars.next();
                            field.push('"');
                        }
                        '"' => quoted_from = None,
                        '\n' => {
                            self.line += 1;
                            field.push(c);
                        }
                        _ => field.push(c),
                    }
                    continue;
                }
                match c {
                    '"' if field.is_empty() => quoted_from = Some(self.line),
                    '\r' if next == Some('\n') => {}
                    '\r' | '\n' => {
                        next_start = Some(start + i + 1);
                        break;
                    }
                    c if c == self.separator => fields.push(std::mem::take(&mut field)),
                    _ => field.push(c),
                }
            }
            self.position = next_start;
            self.line += usize::from(next_start.is_some());
            if let Some(line) = quoted_from {
                return Some(Err(line));
            }
            fields.push(field);
            if fields.iter().any(|f| !f.trim().is_empty()) {
                return Some(Ok(Record {
                    line: record_line,
                    fields,
                }));
            }
        }
    }
}

/// The separator the first line uses most outside quotes: `,`, `;` or a tab (`,` if none).
fn separator(text: &str) -> char {
    let mut counts = [(',', 0), (';', 0), ('\t', 0)];
    let mut quoted = false;
    for c in text.chars() {
        if c == '\n' && !quoted {
            break;
        } else if c == '"' {
            quoted = !quoted;
        } else if !quoted {
            counts
                .iter_mut()
                .filter(|(s, _)| *s == c)
                .for_each(|(_, n)| *n += 1);
        }
    }
    // `max_by_key` keeps the last of equals: reverse so a tie goes to the comma.
    counts
        .iter()
        .rev()
        .max_by_key(|(_, n)| *n)
        .map_or(',', |(s, _)| *s)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every record of `text`, and the line of a quoted field never closed.
    fn records(text: &str) -> (Vec<Record>, Option<usize>) {
        let mut reader = Records::new(text);
        let mut records = Vec::new();
        while let Some(read) = reader.next(text) {
            match read {
                Ok(record) => records.push(record),
                Err(line) => return (records, Some(line)),
            }
        }
        (records, None)
    }

    fn fields(text: &str) -> Vec<(usize, Vec<String>)> {
        let (records, unterminated) = records(text);
        assert_eq!(unterminated, None);
        records.into_iter().map(|r| (r.line, r.fields)).collect()
    }

    #[test]
    fn quoted_fields_hold_separators_quotes_and_line_breaks() {
        let parsed = fields("a,b\r\n\"x, \"\"y\"\"\",\"two\r\nlines\"\r\nlast,row\r\n");
        assert_eq!(parsed[0], (1, vec!["a".into(), "b".into()]));
        assert_eq!(
            parsed[1],
            (2, vec!["x, \"y\"".into(), "two\r\nlines".into()])
        );
        assert_eq!(
            parsed[2],
            (4, vec!["last".into(), "row".into()]),
            "line numbers count the embedded break"
        );
    }

    #[test]
    fn semicolons_tabs_lf_and_a_bom_are_understood() {
        assert_eq!(fields("\u{FEFF}a;b\n1,5;2\n")[1].1, vec!["1,5", "2"]);
        assert_eq!(fields("a\tb\n1\t2")[1].1, vec!["1", "2"]);
    }

    #[test]
    fn blank_lines_are_skipped() {
        let parsed = fields("a,b\n\n,\n1,2\n");
        assert_eq!(parsed.len(), 2);
        assert_eq!(parsed[1].0, 4);
    }

    #[test]
    fn an_unclosed_quote_is_reported_at_its_line_and_earlier_records_kept() {
        let (records, unterminated) = records("a,b\n1,2\n3,\"open\n4,5\n");
        assert_eq!(records.len(), 2);
        assert_eq!(unterminated, Some(3));
    }
}
