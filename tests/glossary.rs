//! One word per concept (`content/glossary.json`): no text an owner or a mentor reads, in the
//! questionnaire, the target markets or the interface strings, uses a variant the glossary lists
//! to avoid.
//! Native only: it reads the data files.

#![cfg(not(target_arch = "wasm32"))]

use std::fs;

use serde_json::Value;

/// Every string in `value`, with the path to it, in the given language where the data says
/// (a `{ "id": …, "en": … }` text, or a locale file's language).
fn strings<'a>(
    value: &'a Value,
    path: String,
    lang: Option<&str>,
    found: &mut Vec<(String, String, &'a str)>,
) {
    match value {
        Value::String(text) => {
            if let Some(lang) = lang {
                found.push((path, lang.to_owned(), text));
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                strings(item, format!("{path}[{i}]"), lang, found);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                let here = match key.as_str() {
                    "id" | "en" if lang.is_none() && item.is_string() && fields.len() == 2 => {
                        Some(key.as_str())
                    }
                    _ => lang,
                };
                strings(item, format!("{path}.{key}"), here, found);
            }
        }
        _ => {}
    }
}

/// Whether `variant` occurs in `text` as whole words (`{placeholders}` aside): in capitals only
/// if written in capitals, else in any case.
fn uses(text: &str, variant: &str) -> bool {
    let text = &without_placeholders(text);
    let exact =
        variant.chars().any(char::is_alphabetic) && variant.chars().all(|c| !c.is_lowercase());
    let (text, variant) = if exact {
        (text.to_owned(), variant.to_owned())
    } else {
        (text.to_lowercase(), variant.to_lowercase())
    };
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(&variant).any(|(at, found)| {
        let before = text[..at].chars().next_back();
        let after = text[at + found.len()..].chars().next();
        !word(before) && !word(after)
    })
}

/// `text` with each `{name}` the app fills in left out.
fn without_placeholders(text: &str) -> String {
    let mut kept = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        kept.push_str(&rest[..open]);
        match rest[open..].find('}') {
            Some(close) => rest = &rest[open + close + 1..],
            None => {
                rest = &rest[open..];
                break;
            }
        }
    }
    kept.push_str(rest);
    kept
}

fn json(path: &str) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_text_uses_the_glossary_word_for_its_concept() {
    let glossary = json("content/glossary.json");
    let content: Vec<(&str, Value)> = [
        "content/questionnaire.json",
        "content/markets.json",
        "content/hs.json",
    ]
    .into_iter()
    .map(|path| (path, json(path)))
    .collect();
    let mut texts = Vec::new();
    for (path, value) in &content {
        strings(value, (*path).to_owned(), None, &mut texts);
    }
    let locales: Vec<(String, Value)> = ["id", "en"]
        .iter()
        .flat_map(|lang| {
            let dir = format!("locales/{lang}");
            fs::read_dir(&dir)
                .unwrap_or_else(|e| panic!("{dir}: {e}"))
                .map(|entry| {
                    entry
                        .expect("readable locale folder")
                        .path()
                        .display()
                        .to_string()
                })
                .filter(|path| path.ends_with(".json"))
                .map(|path| (path.clone(), json(&path)))
                .collect::<Vec<_>>()
        })
        .collect();
    for (path, value) in &locales {
        let lang = if path.contains("/id/") { "id" } else { "en" };
        strings(value, path.clone(), Some(lang), &mut texts);
    }
    let mut found = Vec::new();
    for term in glossary["terms"].as_array().expect("glossary terms") {
        for (lang, variants) in term["avoid"].as_object().expect("avoid by language") {
            for variant in variants
                .as_array()
                .expect("variants")
                .iter()
                .filter_map(Value::as_str)
            {
                for (path, text_lang, text) in &texts {
                    if text_lang == lang && uses(text, variant) {
                        let word = term[lang.as_str()].as_str().unwrap_or_default();
                        found.push(format!("{path}: “{variant}”, use “{word}”"));
                    }
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "words the glossary avoids:\n{}",
        found.join("\n")
    );
}

#[test]
fn variants_match_as_whole_words_and_capitals_only_in_capitals() {
    assert!(uses("Level Anda naik", "level"));
    assert!(!uses("relevan", "level"));
    assert!(uses("bila HP hilang", "HP"));
    assert!(
        !uses("nomor hp", "HP"),
        "hp in lower case is not the abbreviation"
    );
    assert!(uses("Shopee Program Ekspor.", "Shopee Program Ekspor"));
    assert!(!uses("pembayaran", "bayaran"));
    assert!(
        !uses("tingkat {level}", "level"),
        "a placeholder is not a word"
    );
}

#[test]
fn the_check_finds_a_variant_in_the_texts_it_reads() {
    let value: Value = serde_json::from_str(
        r#"{ "hint": { "id": "bila HP hilang", "en": "if lost" }, "key": "x" }"#,
    )
    .unwrap();
    let mut found = Vec::new();
    strings(&value, "test".to_owned(), None, &mut found);
    assert_eq!(
        found.len(),
        2,
        "both languages of a text, and no plain field: {found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(_, lang, text)| lang == "id" && uses(text, "HP"))
    );
}
