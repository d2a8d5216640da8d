//! Collecting results: a realistic block of forwarded messages, de-duplication against the
//! workshop, bad links by line, a thousand links at once, CSV rows, hostile words, and long
//! pastes and files read a piece at a time.

use super::*;
use crate::model::fixture::{CRAFT, FIXTURE, FOOD, respond};
use crate::model::{Day, Lang, Separator, from_csv, to_csv};

const SITE: &str = "https://siap-mendunia.id/";

fn labelled(label: &str, product_type: u8, spec: &str) -> Response {
    let mut response = respond(Some(product_type), spec);
    response.set_label(label);
    response
}

fn sri() -> Response {
    let mut sri = labelled("Bu Sri", FOOD, "P1=3 P2=0 P3=3 P4=3 M1=3 M3=3");
    sri.date = Some(Day(700));
    sri
}

fn budi() -> Response {
    labelled("Pak Budi", FOOD, "P1=1 P2=? P3=0 M1=0 M3=1")
}

fn toko() -> Response {
    labelled("Toko A", CRAFT, "P1=3 P3=2 M1=1 M2=?")
}

/// The code with the character at `at` changed.
fn mistyped(code: &str, at: usize) -> String {
    let replacement = if &code[at..=at] == "A" { "B" } else { "A" };
    format!("{}{replacement}{}", &code[..at], &code[at + 1..])
}

#[test]
fn a_block_of_forwarded_messages_is_sorted_into_new_known_repeated_and_bad() {
    let [sri_code, budi_code, toko_code] = [sri(), budi(), toko()].map(|r| encode(&FIXTURE, &r));
    let cut = &sri_code[..sri_code.len() - 4];
    // A character of the label: one of its length byte would read as truncated instead.
    let wrong = mistyped(&budi_code, budi_code.len() - 3);
    let paste = format!(
        "[01/12/25 09.14] Bu Sri: Ini hasil saya kak 🙏\n\
         {SITE}#r={sri_code}\n\
         \n\
         [01/12/25 09.20] Pak Budi: Hasil: {SITE}?lang=id&r={budi_code}, terima kasih!\n\
         Diteruskan: ({SITE}#r={sri_code})\n\
         Toko A: kode saya {toko_code}.\n\
         link terpotong {SITE}#r={cut}\n\
         salah ketik:\t{SITE}#r={wrong}\n\
         {SITE}#r=!!!%%\n\
         Makasih semuanya, sampai jumpa! 👋\r\n\
         {budi_code}\n"
    );
    let existing = [labelled("Ibu Ani", CRAFT, "P1=0"), toko()];
    let collected = collect(&FIXTURE, &existing, &paste);
    assert_eq!(collected.added, [sri(), budi()]);
    assert_eq!(
        collected.already_in,
        [CollectedItem {
            line: 6,
            snippet: toko_code,
            participant: 1
        }]
    );
    assert_eq!(
        collected.repeated, 2,
        "Bu Sri forwarded again, Pak Budi's bare code"
    );
    let problems: Vec<(usize, CodeError)> = collected
        .problems
        .iter()
        .map(|p| (p.line, p.error))
        .collect();
    assert_eq!(
        problems,
        [
            (7, CodeError::Truncated),
            (8, CodeError::WrongChecksum),
            (9, CodeError::NotACode)
        ]
    );
    assert_eq!(collected.problems[1].snippet, format!("{SITE}#r={wrong}"));
    assert!(!collected.found_nothing());
}

#[test]
fn a_paste_without_links_finds_nothing() {
    let collected = collect(
        &FIXTURE,
        &[sri()],
        "Selamat pagi semua!\nSampai jumpa besok.",
    );
    assert!(collected.found_nothing());
}

#[test]
fn the_same_answers_under_another_label_or_date_are_a_new_result() {
    let mut relabelled = sri();
    relabelled.set_label("Keripik Bu Sri");
    let mut retested = sri();
    retested.date = Some(Day(900));
    let paste = [&relabelled, &retested]
        .map(|r| format!("{SITE}#r={}", encode(&FIXTURE, r)))
        .join("\n");
    let collected = collect(&FIXTURE, &[sri()], &paste);
    assert_eq!(collected.added, [relabelled, retested]);
    assert!(collected.already_in.is_empty());
}

#[test]
fn a_thousand_links_are_all_added() {
    let responses: Vec<Response> = (0..1_000u16)
        .map(|i| {
            let points = |shift: u16| ["0", "1", "3"][usize::from(i >> shift) % 3];
            let (product_type, spec) = if i % 2 == 0 {
                (FOOD, format!("P1={} P2=? M1=2 M3={}", points(1), points(3)))
            } else {
                (CRAFT, format!("P1={} P3=1 M2={}", points(2), points(4)))
            };
            let mut response = respond(Some(product_type), &spec);
            response.date = Some(Day(600 + i));
            if i % 3 != 0 {
                response.set_label(&format!("Peserta {i}"));
            }
            response
        })
        .collect();
    let paste: String = responses
        .iter()
        .enumerate()
        .map(|(i, r)| format!("[{i}] Peserta: {SITE}#r={} 👍\n", encode(&FIXTURE, r)))
        .collect();
    let unique = {
        let codes: Vec<String> = responses.iter().map(|r| encode(&FIXTURE, r)).collect();
        codes
            .iter()
            .enumerate()
            .filter(|(i, c)| !codes[..*i].contains(c))
            .count()
    };
    assert_eq!(unique, 1_000, "the generated results differ");
    let collected = collect(&FIXTURE, &[], &paste);
    assert_eq!(collected.added, responses);
    assert_eq!(
        (
            collected.already_in.len(),
            collected.repeated,
            collected.problems.len()
        ),
        (0, 0, 0)
    );
}

#[test]
fn csv_rows_already_in_the_workshop_or_twice_in_the_file_are_added_once() {
    let (added, already_in) = merge(
        &FIXTURE,
        &[sri(), toko()],
        vec![
            budi(),
            sri(),
            budi(),
            toko(),
            labelled("Baru", CRAFT, "P1=1"),
        ],
    );
    assert_eq!(added, [budi(), labelled("Baru", CRAFT, "P1=1")]);
    assert_eq!(already_in, 3);
    assert_eq!(merge(&FIXTURE, &[], vec![]), (vec![], 0));
}

#[test]
fn a_long_word_full_of_link_markers_is_read_to_its_end_with_short_excerpts_and_a_full_count() {
    // Forty kilobytes without a space: ten thousand empty-ish links, then a real one.
    let sri_code = encode(&FIXTURE, &sri());
    let word = format!("{SITE}{}#r={sri_code}", "&r=AB".repeat(10_000));
    let paste = format!("Lihat: {word}\n{SITE}#r={}\n", encode(&FIXTURE, &budi()));
    let collected = collect(&FIXTURE, &[], &paste);
    assert_eq!(collected.added, [sri(), budi()], "every marker is read");
    assert_eq!(collected.problems.len(), PROBLEMS_KEPT);
    assert_eq!(
        collected.problems.len() + collected.more_problems,
        10_000,
        "every unreadable link is counted"
    );
    assert!(collected.problems.iter().all(|p| p.line == 1));
    assert!(
        collected
            .problems
            .iter()
            .all(|p| p.snippet.chars().count() <= 122),
        "a few dozen characters either side of the marker, not the whole word"
    );
    assert_eq!(
        collected.problems[0].snippet,
        format!("{SITE}{}…", "&r=AB".repeat(16)),
        "the start of the word, then as far as an excerpt goes"
    );
    assert_eq!(
        collected.problems[99].snippet,
        format!("…{}…", "&r=AB".repeat(24)),
        "cut on both sides"
    );
}

#[test]
fn excerpts_cut_long_words_on_character_boundaries() {
    let word = format!("{}#r=rusak{}", "é".repeat(50), "ü".repeat(100));
    let collected = collect(&FIXTURE, &[], &word);
    let snippet = &collected.problems[0].snippet;
    assert_eq!(
        *snippet,
        format!("…{}#r=rusak{}…", "é".repeat(40), "ü".repeat(72))
    );
    let bare = format!("«{}»", "Ab1".repeat(1_000));
    let collected = collect(&FIXTURE, &[], &bare);
    assert_eq!(
        collected.problems[0].snippet,
        format!("{}Ab…", "Ab1".repeat(26)),
        "a bare code's excerpt starts with it"
    );
}

#[test]
fn a_paste_read_in_many_pieces_counts_repeats_and_lines_across_them() {
    let responses: Vec<Response> = (0..700u16)
        .map(|i| {
            let mut response = respond(Some(FOOD), "P1=3 P2=? M1=2");
            response.date = Some(Day(i));
            response
        })
        .collect();
    let cut = {
        let code = encode(&FIXTURE, &sri());
        code[..code.len() - 6].to_owned()
    };
    let mut paste = String::new();
    for line in 1..=2_000 {
        if line % 500 == 0 {
            paste.push_str(&format!("terpotong: {SITE}#r={cut}\n"));
        } else {
            let code = encode(&FIXTURE, &responses[line % 700]);
            paste.push_str(&format!("[{line}] Hasil saya 🙏 {SITE}#r={code}\n"));
        }
    }
    assert!(paste.len() > 10 * PASTE_PIECE_BYTES, "many pieces");
    let existing = [responses[3].clone()];
    let collected = collect(&FIXTURE, &existing, &paste);
    assert_eq!(collected.added.len(), 699);
    assert_eq!(
        collected
            .already_in
            .iter()
            .map(|item| (item.line, item.participant))
            .collect::<Vec<_>>(),
        [(3, 0)]
    );
    assert_eq!(collected.repeated, 2_000 - 4 - 700);
    let lines: Vec<usize> = collected.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [500, 1_000, 1_500, 2_000]);
}

#[test]
fn progress_counts_lines_and_each_piece_reads_a_bounded_part() {
    let paste = format!("{SITE}#r={}\n", encode(&FIXTURE, &sri())).repeat(3_000);
    let mut collector = PasteCollector::new(vec![budi(); 2_000], paste);
    let mut seen = Vec::new();
    while collector.next_piece(&FIXTURE) {
        seen.push(collector.progress());
    }
    assert!(seen.iter().all(|p| p.lines == 3_000));
    assert!(
        seen.windows(2)
            .all(|w| w[1].line >= w[0].line && w[1].line - w[0].line <= 200),
        "{seen:?}"
    );
    assert_eq!(collector.finish().repeated, 2_999);
}

#[test]
fn a_large_csv_read_in_pieces_gives_what_reading_it_at_once_gives() {
    let group: Vec<Response> = (0..1_500u16)
        .map(|i| {
            let mut response = respond(
                Some(CRAFT),
                ["P1=3 M1=1", "P1=0 M2=?", "P3=2"][usize::from(i % 3)],
            );
            response.date = Some(Day(i));
            response.set_label(&format!("Peserta {i}"));
            response
        })
        .collect();
    let mut csv = to_csv(
        &FIXTURE,
        &crate::model::fixture::FIXTURE_MARKETS,
        &group,
        Lang::Id,
        Separator::Semicolon,
    );
    csv.push_str("Rusak;;;;;;;;;;;;;;\r\n");
    let existing = vec![group[10].clone(), toko()];
    let import = from_csv(&FIXTURE, &csv);
    let (added, already_in) = merge(&FIXTURE, &existing, import.rows);
    let mut collector = CsvCollector::new(existing, csv);
    let mut steps = 0;
    while collector.next_piece(&FIXTURE) {
        steps += 1;
        let progress = collector.progress();
        assert!(progress.line <= progress.lines);
    }
    assert!(steps >= 1_500 / CSV_PIECE_ROWS, "read in pieces");
    let collected = collector.finish();
    assert_eq!(collected.added, added);
    assert_eq!((collected.already_in, already_in), (1, 1));
    assert_eq!(collected.problems, import.problems);
    assert_eq!(collected.problems.len(), 1);
}
