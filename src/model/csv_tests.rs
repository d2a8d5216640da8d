//! CSV export and import: the format, round trips, spreadsheet re-saves, and bad rows.

use super::*;
use crate::model::Day;
use crate::model::fixture::{CRAFT, FIXTURE, FIXTURE_MARKETS, FOOD, respond};

const M: &Markets = &FIXTURE_MARKETS;

/// Bu Sri chose the markets cc and aa; the craft maker does not know yet.
fn participants() -> Vec<Response> {
    let mut sri = respond(Some(FOOD), "P1=3 P2=0 P3=3 P4=3 M1=3 M3=3");
    sri.set_label("Bu Sri, Keripik");
    sri.date = Some(Day(700));
    sri.markets = Some(vec![2, 0]);
    let mut craft = respond(Some(CRAFT), "P1=3 P3=? M1=1");
    craft.set_markets_undecided(true);
    vec![sri, craft]
}

#[test]
fn export_has_a_bom_crlf_and_headers_in_the_chosen_language() {
    let csv = to_csv(&FIXTURE, M, &participants(), Lang::Id, Separator::Comma);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "\u{FEFF}Nama usaha,Tanggal,Jenis produk,Tingkat,Skor total,Product,Market,P1,P2,P3,P4,M1,M2,M3,Negara tujuan,Versi pertanyaan,code"
    );
    // Bu Sri: 80 by score, capped at Berkembang by P2 = 0; product 12/18 → 67, market 100.
    let code = encode(&FIXTURE, &participants()[0]);
    assert_eq!(
        lines[1],
        format!(
            "\"Bu Sri, Keripik\",2025-12-01,Food,Berkembang,80,67,100,3,0,3,3,3,,3,\"Cc; Aa\",2,{code}"
        )
    );
    // Craft: product 6/12 → 50, market 2/9 → 22, overall 30 + 80/9 = 38.9 → 39. P2 and M3 are
    // not asked, P3 is "Belum tahu", P4 and M2 unanswered.
    assert!(
        lines[2].starts_with(",,Craft,Berkembang,39,50,22,3,,?,,1,,,Belum tahu,2,"),
        "{}",
        lines[2]
    );
    assert_eq!((lines.len(), lines[3]), (4, ""), "every row ends in CRLF");
    let english = to_csv(&FIXTURE, M, &[], Lang::En, Separator::Comma);
    assert!(english.starts_with("\u{FEFF}Business name,Date,Product type,Level,Overall score,"));
    assert!(english.ends_with(",M3,Target markets,Questionnaire version,code\r\n"));
}

#[test]
fn export_then_import_gives_the_same_results() {
    let csv = to_csv(&FIXTURE, M, &participants(), Lang::En, Separator::Comma);
    assert_eq!(
        from_csv(&FIXTURE, &csv),
        CsvImport {
            rows: participants(),
            problems: vec![]
        }
    );
}

#[test]
fn a_spreadsheet_resave_with_semicolons_lf_and_no_bom_still_imports() {
    let csv = to_csv(&FIXTURE, M, &participants(), Lang::Id, Separator::Comma)
        .trim_start_matches('\u{FEFF}')
        .replace("\r\n", "\n");
    let resaved = csv
        .replace(',', ";")
        .replace("\"Bu Sri; Keripik\"", "Bu Sri, Keripik");
    assert_eq!(from_csv(&FIXTURE, &resaved).rows, participants());
}

#[test]
fn a_label_corrected_in_the_spreadsheet_wins_over_the_code() {
    let csv = to_csv(&FIXTURE, M, &participants(), Lang::Id, Separator::Comma);
    let edited = csv
        .replace("\"Bu Sri, Keripik\"", "\"Keripik Bu Sri\r\n(Semarang)\"")
        .replacen("\r\n,", "\r\nPak Budi,", 1);
    let rows = from_csv(&FIXTURE, &edited).rows;
    assert_eq!(rows[0].label.as_deref(), Some("Keripik Bu Sri (Semarang)"));
    assert_eq!(rows[1].label.as_deref(), Some("Pak Budi"));
    let cleared = csv.replace("\"Bu Sri, Keripik\"", "");
    assert_eq!(from_csv(&FIXTURE, &cleared).rows[0].label, None);
}

#[test]
fn labels_that_spreadsheets_would_run_as_formulas_are_guarded() {
    let mut response = respond(Some(CRAFT), "P1=3");
    for label in [
        "=HYPERLINK(\"http://x\")",
        "+62 812",
        "-",
        "@home",
        "'quoted",
    ] {
        response.set_label(label);
        let csv = to_csv(
            &FIXTURE,
            M,
            std::slice::from_ref(&response),
            Lang::En,
            Separator::Comma,
        );
        let row = csv.split("\r\n").nth(1).unwrap();
        assert!(row.starts_with("'") || row.starts_with("\"'"), "{row}");
        assert_eq!(
            from_csv(&FIXTURE, &csv).rows[0].label.as_deref(),
            Some(label)
        );
    }
}

#[test]
fn bad_rows_are_reported_by_line_and_good_rows_kept() {
    let csv = to_csv(&FIXTURE, M, &participants(), Lang::Id, Separator::Comma);
    let code = encode(&FIXTURE, &participants()[1]);
    let broken = format!(
        "{csv}Rusak,,,,,,,,,,,,,,,,{}\r\nKosong,,,,,,,,,,,,,,,,\r\n\r\n",
        &code[..code.len() - 1]
    );
    let import = from_csv(&FIXTURE, &broken);
    assert_eq!(import.rows, participants());
    assert_eq!(
        import.problems,
        [
            RowProblem {
                line: 4,
                reason: RowProblemReason::Code(CodeError::Truncated)
            },
            RowProblem {
                line: 5,
                reason: RowProblemReason::MissingCode
            },
        ]
    );
}

#[test]
fn a_csv_without_a_code_column_is_not_an_export() {
    for text in ["Nama,Skor\r\nBu Sri,80\r\n", ""] {
        let import = from_csv(&FIXTURE, text);
        assert!(import.rows.is_empty());
        assert_eq!(import.problems.len(), 1);
        assert_eq!(import.problems[0].reason, RowProblemReason::NotAnExport);
    }
}

#[test]
fn an_unclosed_quote_keeps_the_rows_before_it() {
    let csv = to_csv(&FIXTURE, M, &participants(), Lang::Id, Separator::Comma);
    let import = from_csv(&FIXTURE, &format!("{csv}\"Broken,1\r\n"));
    assert_eq!(import.rows.len(), 2);
    assert_eq!(
        import.problems,
        [RowProblem {
            line: 4,
            reason: RowProblemReason::UnclosedQuote
        }]
    );
}

#[test]
fn a_semicolon_export_quotes_both_separators_and_imports_back() {
    let mut people = participants();
    people[1].set_label("Toko; Maju, Jaya");
    let csv = to_csv(&FIXTURE, M, &people, Lang::Id, Separator::Semicolon);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert!(
        lines[0].starts_with("\u{FEFF}Nama usaha;Tanggal;Jenis produk;"),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with("\"Bu Sri, Keripik\";2025-12-01;Food;Berkembang;80;67;100;"),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].starts_with("\"Toko; Maju, Jaya\";;Craft;"),
        "{}",
        lines[2]
    );
    assert_eq!(
        from_csv(&FIXTURE, &csv),
        CsvImport {
            rows: people,
            problems: vec![]
        }
    );
}

#[test]
fn a_header_alone_holds_nothing_and_a_bad_row_is_something() {
    let header_only = to_csv(&FIXTURE, M, &[], Lang::Id, Separator::Comma);
    assert!(from_csv(&FIXTURE, &header_only).found_nothing());
    let with_a_bad_row = format!("{header_only}Bu Sri,,,,,,,,,,,not-a-code\r\n");
    assert!(!from_csv(&FIXTURE, &with_a_bad_row).found_nothing());
}

#[test]
fn the_target_markets_column_names_them_in_the_owners_order_in_the_chosen_language() {
    let mut unsaid = respond(Some(FOOD), "P1=3");
    unsaid.markets = None;
    let mut people = participants();
    people.push(unsaid);
    let csv = to_csv(&FIXTURE, M, &people, Lang::En, Separator::Semicolon);
    let table: Vec<Vec<&str>> = csv
        .split("\r\n")
        .map(|line| line.split(';').collect())
        .collect();
    let column = table[0]
        .iter()
        .position(|&h| h == "Target markets")
        .unwrap();
    assert_eq!(
        column,
        table[0].len() - 3,
        "before the version and the code"
    );
    // Bu Sri's cell is quoted, holding the separator: its two halves are split here.
    assert_eq!([table[1][column], table[1][column + 1]], ["\"Cc", " Aa\""]);
    assert_eq!(table[2][column], "Don't know yet");
    assert_eq!(table[3][column], "", "nothing said");
    assert_eq!(
        from_csv(&FIXTURE, &csv).rows,
        people,
        "the code carries them"
    );
}
