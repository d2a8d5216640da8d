//! Plain sentences: no Indonesian sentence an owner reads (the content's texts and the owner's
//! interface strings) is longer than 25 words, since many owners read slowly on a small screen.
//! A sentence ends at `.`, `!` or `?` followed by a space or the end; words are what spaces
//! separate. Native only: it reads the data files.

#![cfg(not(target_arch = "wasm32"))]

mod owner_texts;

use owner_texts::owner_texts;

/// The most words an owner-facing sentence may have.
const MAX_WORDS: usize = 25;

/// The sentences of `text`.
fn sentences(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let ends = matches!(b, b'.' | b'!' | b'?')
            && bytes
                .get(i + 1)
                .is_none_or(|next| next.is_ascii_whitespace());
        if ends {
            found.push(text[start..=i].trim());
            start = i + 1;
        }
    }
    found.push(text[start..].trim());
    found.into_iter().filter(|s| !s.is_empty()).collect()
}

#[test]
fn no_owner_facing_indonesian_sentence_is_longer_than_25_words() {
    let texts: Vec<(String, String)> = owner_texts()
        .into_iter()
        .filter(|text| text.lang == "id")
        .map(|text| (text.path, text.text))
        .collect();
    let long: Vec<String> = texts
        .iter()
        .flat_map(|(path, text)| sentences(text).into_iter().map(move |s| (path, s)))
        .filter(|(_, sentence)| sentence.split_whitespace().count() > MAX_WORDS)
        .map(|(path, sentence)| format!("{path}: {sentence}"))
        .collect();
    assert!(
        long.is_empty(),
        "sentences over {MAX_WORDS} words (split them, or drop what adds nothing):\n{}",
        long.join("\n")
    );
}

#[test]
fn sentences_end_at_a_stop_followed_by_a_space() {
    assert_eq!(
        sentences("Isi 12,5 persen. Lalu kirim! Sudah? Ya"),
        ["Isi 12,5 persen.", "Lalu kirim!", "Sudah?", "Ya"]
    );
    assert_eq!(
        sentences("Rp1.500.000 per unit."),
        ["Rp1.500.000 per unit."]
    );
}
