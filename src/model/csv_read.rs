//! Reading CSV as spreadsheet programs write it: RFC 4180 quoting (fields with separators,
//! quotes and line breaks), with or without a byte-order mark, CRLF or LF, and the separator
//! guessed from the header (Excel in an Indonesian locale writes `;`).

/// One record: the line it starts on (counting from 1) and its fields.
pub(crate) struct Record {
    pub(crate) line: usize,
    pub(crate) fields: Vec<String>,
}

/// The records of a CSV text, skipping blank lines; and, if a quoted field is never closed,
/// the line it starts on (the records before it are kept).
pub(crate) fn records(text: &str) -> (Vec<Record>, Option<usize>) {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let separator = separator(text);
    let mut records = Vec::new();
    let (mut fields, mut field) = (Vec::new(), String::new());
    let (mut line, mut record_line, mut quoted_from) = (1, 1, None);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted_from.is_some() {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted_from = None,
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => quoted_from = Some(line),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' | '\n' => {
                fields.push(std::mem::take(&mut field));
                push_record(&mut records, record_line, std::mem::take(&mut fields));
                line += 1;
                record_line = line;
            }
            c if c == separator => fields.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    if let Some(start) = quoted_from {
        return (records, Some(start));
    }
    fields.push(field);
    push_record(&mut records, record_line, fields);
    (records, None)
}

/// Keeps a record unless every field is blank.
fn push_record(records: &mut Vec<Record>, line: usize, fields: Vec<String>) {
    if fields.iter().any(|f| !f.trim().is_empty()) {
        records.push(Record { line, fields });
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
