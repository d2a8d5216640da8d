//! Result codes: layout, round trips, every error, old versions, and codes found in messages.

use super::*;
use crate::model::bits::{crc16, from_base64url, to_base64url};
use crate::model::code_text::{CodeFinder, FoundCode, decode, find_codes};
use crate::model::fixture::{CRAFT, FIXTURE, FOOD, respond};

/// A code of these bytes with a correct checksum: for errors past the checksum.
fn sealed(mut bytes: Vec<u8>) -> String {
    bytes.extend(crc16(&bytes).to_be_bytes());
    to_base64url(&bytes)
}

fn full_response() -> Response {
    let mut response = respond(Some(FOOD), "P1=3 P2=? P3=2 P4=1 M1=0 M3=3");
    response.date = Some(Day(700));
    response.set_label("  Keripik Bu Sri\n");
    response
}

#[test]
fn a_full_result_round_trips_with_date_and_label() {
    let response = full_response();
    assert_eq!(response.label.as_deref(), Some("Keripik Bu Sri"));
    assert_eq!(decode(&FIXTURE, &encode(&FIXTURE, &response)), Ok(response));
}

#[test]
fn the_layout_is_as_documented() {
    // Version 2; craft is type 1, stored as 2; P1 = answer index 2 (3 points) stored as 4 = 0b100,
    // six more questions unanswered: 21 bits in 3 bytes; then the checksum.
    let code = encode(&FIXTURE, &respond(Some(CRAFT), "P1=3"));
    let bytes = from_base64url(&code).unwrap();
    assert_eq!(bytes[..5], [2, 0b0000_0010, 0b1000_0000, 0, 0]);
    assert_eq!(bytes[5..], crc16(&bytes[..5]).to_be_bytes());
    assert_eq!(code.len(), 10);
}

#[test]
fn an_empty_response_round_trips() {
    let response = Response::new(&FIXTURE);
    assert_eq!(decode(&FIXTURE, &encode(&FIXTURE, &response)), Ok(response));
}

#[test]
fn texts_without_a_code_are_not_codes() {
    for text in [
        "",
        "   ",
        "Halo, apa kabar?",
        "https://siapmendunia.id/#r=",
        "Memperkenalkannya",
        "r=AQ",
    ] {
        assert_eq!(decode(&FIXTURE, text), Err(CodeError::NotACode), "{text:?}");
    }
}

#[test]
fn a_code_cut_short_is_truncated() {
    let code = encode(&FIXTURE, &full_response());
    for keep in [2, 6, code.len() - 3, code.len() - 1] {
        assert_eq!(
            decode(&FIXTURE, &code[..keep]),
            Err(CodeError::Truncated),
            "{keep} characters"
        );
    }
}

#[test]
fn a_mistyped_character_fails_the_checksum() {
    let code = encode(&FIXTURE, &full_response());
    for position in 3..code.len() - 1 {
        let mut mangled = code.clone().into_bytes();
        mangled[position] = if mangled[position] == b'x' {
            b'y'
        } else {
            b'x'
        };
        let mangled = String::from_utf8(mangled).unwrap();
        let result = decode(&FIXTURE, &mangled);
        assert!(
            matches!(result, Err(CodeError::WrongChecksum | CodeError::Truncated)),
            "{mangled}: {result:?}"
        );
    }
}

#[test]
fn a_changed_last_character_is_refused_even_if_only_its_spare_bits_differ() {
    // 24 bytes take 32 characters exactly; 25 bytes leave 4 spare bits in the last of 34.
    let mut response = full_response();
    response.set_label("Keripik Bu Srii");
    let code = encode(&FIXTURE, &response);
    assert_eq!(code.len(), 34);
    let last = code.as_bytes()[33];
    let spare_bits_set = format!("{}{}", &code[..33], char::from(last + 1));
    assert_eq!(
        decode(&FIXTURE, &spare_bits_set),
        Err(CodeError::WrongChecksum)
    );
}

#[test]
fn a_code_from_a_newer_questionnaire_asks_for_an_update() {
    assert_eq!(
        decode(&FIXTURE, &sealed(vec![3, 0, 0, 0, 0, 0, 0])),
        Err(CodeError::FromNewerVersion(3))
    );
}

#[test]
fn answers_and_product_types_outside_the_questionnaire_are_refused() {
    // P1 has three answers: stored value 5 would be a fourth.
    let code = sealed(vec![2, 0, 0b1010_0000, 0, 0]);
    assert_eq!(decode(&FIXTURE, &code), Err(CodeError::InvalidAnswer("P1")));
    let code = sealed(vec![2, 0, 0b0001_1100, 0, 0]);
    assert_eq!(
        decode(&FIXTURE, &code),
        Err(CodeError::InvalidAnswer("P2")),
        "value 7 is no answer"
    );
    let code = sealed(vec![2, 3, 0, 0, 0]);
    assert_eq!(
        decode(&FIXTURE, &code),
        Err(CodeError::InvalidProductType(2))
    );
}

#[test]
fn labels_must_be_clean_text_of_at_most_40_characters() {
    let header = |label: &[u8]| {
        let mut bytes = vec![2, 1 << 5, 0, 0, 0, label.len() as u8];
        bytes.extend(label);
        sealed(bytes)
    };
    for bad in [
        &b""[..],
        b" padded",
        b"two  spaces",
        b"\xFF\xFE",
        b"tab\there",
        &[b'a'; 41],
    ] {
        assert_eq!(
            decode(&FIXTURE, &header(bad)),
            Err(CodeError::InvalidLabel),
            "{bad:?}"
        );
    }
    assert_eq!(
        decode(&FIXTURE, &header("Batik Ibu Ratna — Semarang".as_bytes()))
            .unwrap()
            .label
            .unwrap(),
        "Batik Ibu Ratna — Semarang"
    );
}

#[test]
fn reserved_bits_make_a_checked_code_malformed() {
    assert_eq!(
        decode(&FIXTURE, &sealed(vec![2, 1 << 7, 0, 0, 0])),
        Err(CodeError::Malformed)
    );
}

#[test]
fn chosen_markets_round_trip_in_the_owners_order() {
    for markets in [
        None,
        Some(vec![]),
        Some(vec![1]),
        Some(vec![1, 0]),
        Some(vec![0, 2, 1]),
    ] {
        let mut response = full_response();
        response.markets = markets;
        assert_eq!(decode(&FIXTURE, &encode(&FIXTURE, &response)), Ok(response));
    }
}

#[test]
fn a_code_without_markets_opens_as_not_said() {
    // Codes made before markets could be chosen have no markets bit: none said, not "Belum tahu".
    let opened = decode(&FIXTURE, &sealed(vec![2, 1, 0, 0, 0])).unwrap();
    assert_eq!(opened.markets, None);
}

#[test]
fn markets_that_are_too_many_repeated_or_unknown_are_refused() {
    // Version 2, food, no answers (3 bytes of 7 × 3 bits), then the markets.
    let with = |markets: &[u8]| {
        let mut bytes = vec![2, 1 | 1 << 6, 0, 0, 0, markets.len() as u8];
        bytes.extend(markets);
        decode(&FIXTURE, &sealed(bytes))
    };
    assert_eq!(with(&[2, 0]).unwrap().markets, Some(vec![2, 0]));
    assert_eq!(with(&[0, 1, 2, 3]), Err(CodeError::Malformed));
    assert_eq!(with(&[1, 1]), Err(CodeError::Malformed));
    let unknown = MARKET_COUNT as u8;
    assert_eq!(with(&[0, unknown]), Err(CodeError::UnknownMarket(unknown)));
}

#[test]
fn a_label_followed_by_markets_keeps_both() {
    let mut response = full_response();
    response.markets = Some(vec![1]);
    let bytes = from_base64url(&encode(&FIXTURE, &response)).unwrap();
    // The count and the market sit between the label and the checksum.
    assert_eq!(&bytes[bytes.len() - 4..bytes.len() - 2], &[1, 1]);
    assert_eq!(
        decode(&FIXTURE, &encode(&FIXTURE, &response))
            .unwrap()
            .label,
        response.label
    );
}

#[test]
fn codes_from_an_older_version_still_open() {
    // A version-1 code carries the six questions of version 1; P4 (since 2) comes back unanswered.
    let mut old = respond(Some(CRAFT), "P1=3 M1=2");
    old.version = 1;
    let code = encode(&FIXTURE, &old);
    assert_eq!(from_base64url(&code).unwrap()[0], 1);
    let opened = decode(&FIXTURE, &code).unwrap();
    assert_eq!((opened.version, opened.answer(6)), (1, None));
    assert_eq!(opened, old);
}

#[test]
fn answering_a_newer_question_raises_the_version() {
    let mut response = respond(Some(CRAFT), "P1=3");
    response.version = 1;
    response.set_answer(&FIXTURE, "P4", Some(Answer::Choice(3)));
    assert_eq!(response.version, 2);
    // Also when the answer was set directly: the code must carry it.
    let mut direct = respond(Some(CRAFT), "P1=3 P4=3");
    direct.version = 1;
    let opened = decode(&FIXTURE, &encode(&FIXTURE, &direct)).unwrap();
    assert_eq!(
        (opened.version, opened.answer(6)),
        (2, Some(Answer::Choice(3)))
    );
}

#[test]
fn a_forwarded_whatsapp_message_opens() {
    let response = full_response();
    let code = encode(&FIXTURE, &response);
    let messages = [
        format!("Halo Bu, ini hasil saya:\nhttps://siapmendunia.id/#r={code}.\nTerima kasih 🙏"),
        format!("Cek ya (https://siapmendunia.id/?r={code})"),
        format!("https://dinkop.semarangkota.go.id/siap?lang=id&r={code}&utm=wa"),
        format!("Kode saya: «{code}»!"),
        format!("https://siapmendunia.id/#r={code}terima kasih"),
        format!("  {code}\r\n"),
    ];
    for message in messages {
        assert_eq!(
            decode(&FIXTURE, &message).as_ref(),
            Ok(&response),
            "{message}"
        );
    }
}

#[test]
fn link_puts_the_code_in_the_fragment() {
    assert_eq!(
        link("https://siapmendunia.id/app?lang=id#hasil", "AbC"),
        "https://siapmendunia.id/app?lang=id#r=AbC"
    );
}

#[test]
fn every_code_in_a_pasted_block_is_found_with_duplicates_and_errors() {
    let first = encode(&FIXTURE, &full_response());
    let second = encode(&FIXTURE, &respond(Some(CRAFT), "P1=3 P3=3 P4=3 M1=3 M2=3"));
    let broken = &first[..first.len() - 2];
    let text = format!(
        "Peserta 1: https://siapmendunia.id/#r={first}\n\
         Pengembangannya bagus sekali\n\
         {second}\n\
         lagi: https://siapmendunia.id/#r={first}, sama\n\
         rusak https://siapmendunia.id/#r={broken}"
    );
    let found: Vec<_> = find_codes(&FIXTURE, &text).collect();
    let summary: Vec<_> = found
        .iter()
        .map(|f| (f.line, f.result.is_ok(), f.duplicate_of))
        .collect();
    assert_eq!(
        summary,
        [
            (1, true, None),
            (3, true, None),
            (4, true, Some(0)),
            (5, false, None)
        ]
    );
    assert_eq!(found[3].result, Err(CodeError::Truncated));
    assert_eq!(
        found[3].snippet,
        format!("https://siapmendunia.id/#r={broken}")
    );
    assert_eq!(found[2].code, first);
}

#[test]
fn an_older_code_whose_label_holds_invisible_format_characters_opens_without_them() {
    let label = "\u{202E}Batik\u{200B} Ratna\u{2066}";
    let mut bytes = vec![2, 1 << 5, 0, 0, 0, label.len() as u8];
    bytes.extend(label.as_bytes());
    let response = decode(&FIXTURE, &sealed(bytes)).unwrap();
    assert_eq!(response.label.as_deref(), Some("Batik Ratna"));
}

#[test]
fn reading_a_text_in_pieces_of_any_size_finds_what_reading_it_at_once_finds() {
    let code = encode(&FIXTURE, &full_response());
    let text = format!(
        "Halo 🙏\r\nhttps://siapmendunia.id/?lang=id&r={code}&utm=wa dan {code}\n\
         «{code}» ümlaut #r=#r=&r=x{code}\n\n{}\n{code}",
        "&r=AB".repeat(30)
    );
    let at_once: Vec<FoundCode> = find_codes(&FIXTURE, &text).collect();
    assert_eq!(at_once.len(), 37);
    for piece in [1, 2, 3, 5, 7, 64] {
        let mut finder = CodeFinder::default();
        let (mut found, mut until) = (Vec::new(), 0);
        while !finder.is_done(text.len()) {
            until += piece;
            found.extend(std::iter::from_fn(|| finder.next(&FIXTURE, &text, until)));
        }
        assert_eq!(found, at_once, "pieces of {piece} bytes");
    }
}

#[cfg(not(target_arch = "wasm32"))]
proptest::proptest! {
    #[test]
    fn any_text_read_in_pieces_finds_what_reading_it_at_once_finds(
        text in "(https://x\\.id/[#?&]r=[A-Za-z0-9_-]{0,50}|[A-Za-z0-9_-]{20,60}|[ \\n\\r\\t«»é🙏&#?r=.,]{1,5}){0,30}",
        piece in 1usize..40,
    ) {
        let at_once: Vec<FoundCode> = find_codes(&FIXTURE, &text).collect();
        let mut finder = CodeFinder::default();
        let (mut found, mut until) = (Vec::new(), 0);
        while !finder.is_done(text.len()) {
            until += piece;
            found.extend(std::iter::from_fn(|| finder.next(&FIXTURE, &text, until)));
        }
        proptest::prop_assert_eq!(found, at_once);
    }
}

#[test]
fn toggling_markets_keeps_at_most_three_in_the_owners_order() {
    let mut response = full_response();
    response.set_markets_undecided(true);
    assert_eq!(response.markets, Some(vec![]));
    assert!(response.toggle_market(1) && response.toggle_market(0));
    assert_eq!(
        response.markets,
        Some(vec![1, 0]),
        "choosing one ends \"Belum tahu\""
    );
    let unknown = MARKET_COUNT as u8;
    assert!(!response.toggle_market(unknown));
    assert!(response.toggle_market(2));
    assert!(!response.toggle_market(3), "a fourth is refused");
    assert_eq!(response.markets, Some(vec![1, 0, 2]));
    for market in [1, 0, 2] {
        assert!(response.toggle_market(market));
    }
    assert_eq!(
        response.markets, None,
        "removing the last leaves nothing said"
    );
}
