//! The read-aloud's pieces and voices.

use super::*;

fn voice(lang: &str, local: bool) -> Voice {
    Voice {
        lang: lang.to_owned(),
        local,
    }
}

#[test]
fn a_voice_on_the_phone_is_preferred_to_one_online() {
    let voices = [
        voice("en-US", true),
        voice("id-ID", false),
        voice("in_ID", true),
    ];
    assert_eq!(voice_for(&voices, Lang::Id), Some(2));
    assert_eq!(voice_for(&voices, Lang::En), Some(0));
    assert_eq!(voice_for(&voices[..2], Lang::Id), Some(1));
}

#[test]
fn no_voice_for_the_language_is_none() {
    assert_eq!(voice_for(&[voice("en-GB", true)], Lang::Id), None);
    assert_eq!(voice_for(&[voice("ms-MY", true)], Lang::Id), None);
    assert_eq!(voice_for(&[], Lang::En), None);
}

#[test]
fn every_part_is_a_sentence_of_its_own() {
    let parts = [
        "Apakah usaha Anda sudah punya NIB?",
        "Pilihan jawaban:",
        "Belum punya",
        "",
        "  Sedang   diurus\n",
        "Di mana",
        "OSS-RBA (oss.go.id)",
    ];
    assert_eq!(
        spoken_pieces(&parts),
        [
            "Apakah usaha Anda sudah punya NIB? Pilihan jawaban. Belum punya. Sedang diurus. \
          Di mana. OSS-RBA (oss.go.id)."
        ]
    );
}

#[test]
fn long_texts_are_read_in_pieces_at_sentence_ends() {
    let sentence = "Kata kata kata kata kata kata kata kata kata kata kata kata.";
    let parts = vec![sentence; 12];
    let pieces = spoken_pieces(&parts);
    assert!(pieces.len() > 1);
    for piece in &pieces {
        assert!(piece.chars().count() <= PIECE_CHARS, "{piece}");
        assert!(piece.ends_with('.'));
    }
    assert_eq!(pieces.join(" "), parts.join(" "));
}

#[test]
fn a_sentence_longer_than_a_piece_is_read_whole() {
    let long = "kata ".repeat(60);
    assert_eq!(spoken_pieces(&[long.trim()]), [format!("{}.", long.trim())]);
}

// proptest is a dev-dependency of native builds only.
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Nothing is lost or added but stops and spacing: every word is read, in order.
        #[test]
        fn every_word_is_read_in_order(parts in proptest::collection::vec("[a-zA-Z .,:!?\n]{0,80}", 0..12)) {
            let pieces = spoken_pieces(&parts);
            let said: Vec<String> = pieces.join(" ").split_whitespace().map(|w| w.trim_end_matches(['.', ':', ';', ',']).to_owned()).collect();
            let written: Vec<String> = parts.iter().flat_map(|p| p.split_whitespace()).map(|w| w.trim_end_matches(['.', ':', ';', ',']).to_owned()).collect();
            let said: Vec<&String> = said.iter().filter(|w| !w.is_empty()).collect();
            let written: Vec<&String> = written.iter().filter(|w| !w.is_empty()).collect();
            prop_assert_eq!(said, written);
            for piece in &pieces {
                prop_assert!(piece.ends_with(['.', '!', '?']));
            }
        }
    }
}
