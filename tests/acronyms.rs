//! Acronyms explained (`content/acronyms.json`): every acronym an owner meets in a text of the
//! content or of the owner's interface is either explained there (what it stands for and what it
//! means for the owner, in both languages, with its sources) or listed as not needing it, with a
//! reason; the list names nothing that no text uses, and agrees with the glossary.
//! Native only: it reads the data files.

#![cfg(not(target_arch = "wasm32"))]

mod owner_texts;

use std::collections::{BTreeMap, BTreeSet};

use owner_texts::{json, owner_texts};
use serde_json::Value;
use siap_mendunia::model::{Lang, acronyms_in, explain, year_and_month};

/// The most words an acronym's meaning may have in Indonesian: a short definition, opened where
/// the acronym first appears and read on a small phone screen.
const MEANING_WORDS: usize = 10;

/// Every acronym an owner meets, with one place it is met.
fn met() -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    for text in owner_texts() {
        for acronym in acronyms_in(&text.text) {
            let acronym = acronym.to_owned();
            let place = format!("{} ({})", text.path, text.lang);
            found.entry(acronym).or_insert(place);
        }
    }
    found
}

fn list() -> Value {
    json("content/acronyms.json")
}

fn terms(list: &Value, key: &str) -> Vec<String> {
    list[key]
        .as_array()
        .unwrap_or_else(|| panic!("acronyms.json: no `{key}` list"))
        .iter()
        .map(|entry| entry["term"].as_str().expect("a term").to_owned())
        .collect()
}

#[test]
fn every_acronym_an_owner_meets_is_explained_or_set_aside() {
    let list = list();
    let known: BTreeSet<String> = terms(&list, "acronyms")
        .into_iter()
        .chain(terms(&list, "not_explained"))
        .collect();
    let missing: Vec<String> = met()
        .into_iter()
        .filter(|(acronym, _)| !known.contains(acronym))
        .map(|(acronym, path)| format!("{acronym} (in {path})"))
        .collect();
    assert!(
        missing.is_empty(),
        "acronyms with no entry in content/acronyms.json:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_list_names_only_acronyms_in_use_once_each_in_order() {
    let list = list();
    let met = met();
    for key in ["acronyms", "not_explained"] {
        let terms = terms(&list, key);
        let unused: Vec<&String> = terms.iter().filter(|t| !met.contains_key(*t)).collect();
        assert!(unused.is_empty(), "{key}: no owner reads {unused:?}");
        let mut sorted = terms.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(terms, sorted, "{key}: sorted by term, each once");
    }
    let explained: BTreeSet<String> = terms(&list, "acronyms").into_iter().collect();
    let both: Vec<String> = terms(&list, "not_explained")
        .into_iter()
        .filter(|t| explained.contains(t))
        .collect();
    assert!(both.is_empty(), "both explained and set aside: {both:?}");
}

#[test]
fn each_explanation_is_short_in_both_languages_and_sourced() {
    for entry in list()["acronyms"].as_array().expect("acronyms") {
        let term = entry["term"].as_str().expect("a term");
        for field in ["stands_for", "meaning"] {
            for lang in ["id", "en"] {
                let text = entry[field][lang].as_str().unwrap_or_default();
                assert!(!text.trim().is_empty(), "{term}: no {field} in {lang}");
            }
        }
        let meaning = entry["meaning"]["id"].as_str().unwrap_or_default();
        let words = meaning.split_whitespace().count();
        assert!(
            words <= MEANING_WORDS,
            "{term}: its meaning has {words} words"
        );
        let sources = entry["sources"].as_array().map_or(&[][..], Vec::as_slice);
        assert!(!sources.is_empty(), "{term}: no source");
        for source in sources {
            let checked = source["checked"].as_str().unwrap_or_default();
            let month = year_and_month(checked).is_some();
            assert!(month, "{term}: a source checked \"{checked}\", not a month");
            assert!(
                source["title"]
                    .as_str()
                    .is_some_and(|t| !t.trim().is_empty()),
                "{term}: a source without a title"
            );
        }
    }
    for entry in list()["not_explained"].as_array().expect("not_explained") {
        let why = entry["why"].as_str().unwrap_or_default();
        assert!(!why.trim().is_empty(), "{}: no reason", entry["term"]);
    }
}

#[test]
fn what_an_acronym_stands_for_is_the_glossary_s_word() {
    let list = list();
    let glossary = json("content/glossary.json");
    for term in glossary["terms"].as_array().expect("glossary terms") {
        for lang in ["id", "en"] {
            let word = term[lang].as_str().unwrap_or_default();
            // A glossary word that writes its acronym after it: "Nomor Induk Berusaha (NIB)".
            let Some((words, acronym)) = word.strip_suffix(')').and_then(|w| w.rsplit_once(" ("))
            else {
                continue;
            };
            let entry = list["acronyms"]
                .as_array()
                .and_then(|all| all.iter().find(|e| e["term"] == acronym))
                .unwrap_or_else(|| panic!("the glossary's {acronym} is not explained"));
            assert_eq!(entry["stands_for"][lang], words, "{acronym} in {lang}");
        }
    }
}

#[test]
fn the_app_explains_what_the_list_says_and_nothing_set_aside() {
    let list = list();
    for entry in list["acronyms"].as_array().expect("acronyms") {
        let term = entry["term"].as_str().expect("a term");
        for (lang, code) in [(Lang::Id, "id"), (Lang::En, "en")] {
            let shown =
                explain(term, lang).unwrap_or_else(|| panic!("{term} not explained in {code}"));
            assert_eq!(shown.term, term);
            assert_eq!(
                shown.stands_for, entry["stands_for"][code],
                "{term} in {code}"
            );
            assert_eq!(shown.meaning, entry["meaning"][code], "{term} in {code}");
        }
    }
    for term in terms(&list, "not_explained") {
        assert_eq!(explain(&term, Lang::Id), None, "{term} is set aside");
    }
}
