//! Workshops: names as typed, the stored text, round trips, and every kind of damage.

use super::*;
use crate::model::code::encode;
use crate::model::fixture::{CRAFT, FIXTURE, FOOD, respond};

fn labelled(label: &str, product_type: u8, spec: &str) -> Response {
    let mut response = respond(Some(product_type), spec);
    response.set_label(label);
    response
}

fn workshop() -> Workshop {
    let mut sri = labelled("Bu Sri 🌶️ Keripik", FOOD, "P1=3 P2=0 P3=3 P4=3 M1=3 M3=3");
    sri.date = Some(Day(700));
    let mut workshop = Workshop::new(
        "  Pelatihan Ekspor\r\n— Semarang ✨ 2025 ",
        Some(Day(701)),
        "Balai\tKota",
    )
    .unwrap();
    workshop.participants = vec![
        sri,
        respond(Some(CRAFT), "P1=3 P3=? M1=1"),
        Response::new(&FIXTURE),
    ];
    workshop
}

#[test]
fn names_and_places_are_one_trimmed_line_cut_at_their_limit() {
    let made = workshop();
    assert_eq!(made.name, "Pelatihan Ekspor — Semarang ✨ 2025");
    assert_eq!(made.place, "Balai Kota");
    assert_eq!(
        normalize_workshop_text("a\u{7}b\u{85}c", 10).as_deref(),
        Some("a b c"),
        "control characters read as spaces"
    );
    let long = "Ä".repeat(100);
    assert_eq!(
        normalize_workshop_text(&long, WORKSHOP_NAME_MAX_CHARS).map(|n| n.chars().count()),
        Some(60)
    );
    assert_eq!(normalize_workshop_text(" \n ", 60), None);
    assert_eq!(Workshop::new("\t", None, "Balai Kota"), None);
    assert_eq!(Workshop::new("Kelas", None, "  ").unwrap().place, "");
}

#[test]
fn the_stored_text_is_as_documented() {
    let made = workshop();
    let codes: Vec<String> = made
        .participants
        .iter()
        .map(|r| encode(&FIXTURE, r))
        .collect();
    assert_eq!(
        to_storage(&FIXTURE, &made),
        format!(
            "siap-mendunia-workshop 1\nname Pelatihan Ekspor — Semarang ✨ 2025\n\
             date 2025-12-02\nplace Balai Kota\n{}\n{}\n{}\n",
            codes[0], codes[1], codes[2]
        )
    );
    let bare = Workshop::new("Kelas", None, "").unwrap();
    assert_eq!(
        to_storage(&FIXTURE, &bare),
        "siap-mendunia-workshop 1\nname Kelas\n"
    );
}

#[test]
fn a_workshop_round_trips_with_labels_dates_and_odd_names() {
    for made in [
        workshop(),
        Workshop::new("name date place", None, "date 2025-01-01").unwrap(),
        Workshop::new("👩🏽‍🌾 Petani 🇮🇩", Some(Day(0)), "").unwrap(),
        Workshop {
            participants: vec![labelled("name x", CRAFT, "P1=1")],
            ..Workshop::new("x", Some(Day(u16::MAX)), "y").unwrap()
        },
    ] {
        let stored = from_storage(&FIXTURE, &to_storage(&FIXTURE, &made));
        assert_eq!(
            stored,
            Ok(StoredWorkshop {
                workshop: made,
                unreadable_lines: vec![],
            })
        );
    }
}

#[test]
fn unnormalised_fields_are_normalised_on_the_way_out() {
    let typed = Workshop {
        name: "Kelas\nA".to_owned(),
        place: "Ruang\r\n2".to_owned(),
        ..Workshop::default()
    };
    let read = from_storage(&FIXTURE, &to_storage(&FIXTURE, &typed)).unwrap();
    assert_eq!(
        (read.workshop.name.as_str(), read.workshop.place.as_str()),
        ("Kelas A", "Ruang 2")
    );
}

#[test]
fn crlf_and_blank_lines_from_a_hand_repair_are_read() {
    let text = to_storage(&FIXTURE, &workshop()).replace('\n', "\r\n\r\n");
    assert_eq!(from_storage(&FIXTURE, &text).unwrap().workshop, workshop());
}

#[test]
fn a_wrong_marker_a_newer_format_or_no_name_is_an_error() {
    let good = to_storage(&FIXTURE, &workshop());
    let without_name: String = good
        .lines()
        .filter(|l| !l.starts_with("name "))
        .map(|l| format!("{l}\n"))
        .collect();
    for (text, error) in [
        ("", WorkshopError::NotAWorkshop),
        ("\n\n", WorkshopError::NotAWorkshop),
        ("name Kelas\n", WorkshopError::NotAWorkshop),
        (
            "siap-mendunia-workshop\nname Kelas\n",
            WorkshopError::NotAWorkshop,
        ),
        (
            "siap-mendunia-workshopX 1\nname Kelas\n",
            WorkshopError::NotAWorkshop,
        ),
        (
            "siap-mendunia-workshop one\nname Kelas\n",
            WorkshopError::NotAWorkshop,
        ),
        (
            "siap-mendunia-workshop 0\nname Kelas\n",
            WorkshopError::NotAWorkshop,
        ),
        ("{\"name\":\"Kelas\"}", WorkshopError::NotAWorkshop),
        (
            "siap-mendunia-workshop 2\nname Kelas\n",
            WorkshopError::FromNewerVersion(2),
        ),
        ("siap-mendunia-workshop 1\n", WorkshopError::MissingName),
        (
            "siap-mendunia-workshop 1\nname  \n",
            WorkshopError::MissingName,
        ),
        (&without_name, WorkshopError::MissingName),
    ] {
        assert_eq!(from_storage(&FIXTURE, text), Err(error), "{text:?}");
    }
    assert_eq!(
        WorkshopError::FromNewerVersion(2).to_string(),
        "from_newer_version (2)"
    );
    assert_eq!(WorkshopError::MissingName.kind(), "missing_name");
}

#[test]
fn unreadable_lines_are_kept_aside_and_the_rest_read() {
    let made = workshop();
    let good = to_storage(&FIXTURE, &made);
    let codes: Vec<&str> = good.lines().skip(4).collect();
    let truncated = &codes[1][..codes[1].len() - 2];
    let text = good
        .replace("date 2025-12-02", "date 2025-13-02")
        .replace(codes[1], truncated)
        + "notes bring samples\nname Another\nplace Elsewhere\n!!!\n";
    let stored = from_storage(&FIXTURE, &text).unwrap();
    assert_eq!(
        stored.unreadable_lines,
        [
            "date 2025-13-02",
            truncated,
            "notes bring samples",
            "name Another",
            "place Elsewhere",
            "!!!"
        ]
    );
    assert_eq!(stored.workshop.name, made.name);
    assert_eq!(stored.workshop.place, made.place);
    assert_eq!(stored.workshop.date, None);
    assert_eq!(
        stored.workshop.participants,
        [made.participants[0].clone(), made.participants[2].clone()]
    );
}

#[test]
fn the_csv_file_is_named_after_the_workshop() {
    let named = |name: &str| Workshop::new(name, None, "").unwrap().csv_file_name();
    assert_eq!(
        named("Kelas Ekspor — Batik 2026!"),
        "siap-mendunia-kelas-ekspor-batik-2026.csv"
    );
    assert_eq!(named("Kopi Ĝ"), "siap-mendunia-kopi.csv");
}

#[test]
fn names_lose_characters_that_reverse_or_hide_the_text_around_them() {
    let name = "Kelas \u{202E}rotkeS\u{202C} Ekspor\u{200B}\u{200D}\u{FEFF}\u{2067}";
    assert_eq!(
        normalize_workshop_text(name, WORKSHOP_NAME_MAX_CHARS).as_deref(),
        Some("Kelas rotkeS Ekspor")
    );
    let mut response = Response::new(&FIXTURE);
    response.set_label("\u{202E}\u{200F}");
    assert_eq!(response.label, None);
}
