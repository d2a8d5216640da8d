//! Plain sentences: no Indonesian sentence an owner reads (the content's texts and the owner's
//! interface strings) is longer than 25 words, since many owners read slowly on a small screen.
//! A sentence ends at `.`, `!` or `?` followed by a space or the end; words are what spaces
//! separate. Native only: it reads the data files.

#![cfg(not(target_arch = "wasm32"))]

use std::fs;

use serde_json::Value;

/// The most words an owner-facing sentence may have.
const MAX_WORDS: usize = 25;

/// The content files, whose `{ "id": …, "en": … }` texts an owner reads (sources aside).
const CONTENT: [&str; 3] = [
    "content/questionnaire.json",
    "content/markets.json",
    "content/hs.json",
];

/// The owner's interface strings; the mentor's (`mentor.json`) are for trained readers.
const LOCALES: [&str; 4] = [
    "locales/id/app.json",
    "locales/id/journey.json",
    "locales/id/results.json",
    "locales/id/shell.json",
];

fn json(path: &str) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every Indonesian text of a content file, with its path; sources are titles, not sentences.
fn indonesian<'a>(value: &'a Value, path: String, found: &mut Vec<(String, &'a str)>) {
    match value {
        Value::Object(fields) => {
            let pair = fields.len() == 2 && fields.get("en").is_some_and(Value::is_string);
            if let (true, Some(Value::String(text))) = (pair, fields.get("id")) {
                found.push((path, text));
                return;
            }
            for (key, item) in fields.iter().filter(|(key, _)| *key != "sources") {
                indonesian(item, format!("{path}.{key}"), found);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                indonesian(item, format!("{path}[{i}]"), found);
            }
        }
        _ => {}
    }
}

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
    let mut texts: Vec<(String, String)> = Vec::new();
    for file in CONTENT {
        let value = json(file);
        let mut found = Vec::new();
        indonesian(&value, file.to_owned(), &mut found);
        texts.extend(
            found
                .into_iter()
                .map(|(path, text)| (path, text.to_owned())),
        );
    }
    for file in LOCALES {
        let Value::Object(strings) = json(file) else {
            panic!("{file}: not an object")
        };
        for (key, value) in strings {
            if let Value::String(text) = value {
                texts.push((format!("{file}: {key}"), text));
            }
        }
    }
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
