//! Finding and explaining acronyms. That every acronym of the content is explained, and that
//! [`explain`] returns what `content/acronyms.json` says, is checked by `tests/acronyms.rs`.

use super::*;

#[test]
fn acronyms_are_found_as_owners_see_them() {
    let found: Vec<&str> =
        acronyms_in("Urus NIB di OSS-RBA (oss.go.id); SPP-IRT, GS1, B2B dan {count} UMKM.")
            .collect();
    assert_eq!(found, ["NIB", "OSS-RBA", "SPP-IRT", "GS1", "B2B", "UMKM"]);
    let none = acronyms_in("Kopi Arabika, Rp 1.500, Form E, https://www.BPOM.go.id/ dan {NIB}");
    assert_eq!(none.count(), 0);
}

#[test]
fn an_acronym_is_explained_in_each_language() {
    let id = explain("NIB", Lang::Id).expect("NIB is explained");
    let en = explain("NIB", Lang::En).expect("NIB is explained");
    assert_eq!((id.term, en.term), ("NIB", "NIB"));
    assert_ne!(id.stands_for, en.stands_for);
    assert!(!id.meaning.is_empty() && !en.meaning.is_empty());
}

#[test]
fn only_whole_terms_are_explained() {
    assert_eq!(explain("NI", Lang::Id), None);
    assert_eq!(explain("NIBS", Lang::Id), None);
    assert_eq!(explain("", Lang::En), None);
    // Set aside in the content: a country everyone knows.
    assert_eq!(explain("AS", Lang::Id), None);
}

#[test]
fn each_acronym_is_explained_once_where_it_first_appears() {
    let mut explained = Vec::new();
    let first = newly_explained(
        &["Urus NIB lewat OSS-RBA.", "NIB dulu, lalu PDF."],
        Lang::Id,
        &mut explained,
    );
    let terms: Vec<&str> = first.iter().map(|a| a.term).collect();
    assert_eq!(terms, ["NIB", "OSS-RBA"]);
    let second = newly_explained(&["NIB, BPOM dan NIB lagi."], Lang::Id, &mut explained);
    let terms: Vec<&str> = second.iter().map(|a| a.term).collect();
    assert_eq!(terms, ["BPOM"]);
    assert_eq!(explained, ["NIB", "OSS-RBA", "BPOM"]);
}

#[test]
fn an_acronym_in_a_definition_is_explained_after_it() {
    let nib = explain("NIB", Lang::Id).expect("NIB is explained");
    let inside: Vec<&str> = acronyms_in(nib.meaning).collect();
    assert!(!inside.is_empty(), "NIB's meaning names OSS-RBA");
    let found = newly_explained(&["Punya NIB?"], Lang::Id, &mut Vec::new());
    let terms: Vec<&str> = found.iter().map(|a| a.term).collect();
    assert_eq!(terms[0], "NIB");
    for term in inside.iter().filter(|t| explain(t, Lang::Id).is_some()) {
        assert!(terms.contains(term), "{term} in {terms:?}");
    }
}

// proptest is a dev-dependency of native builds only.
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Whatever the texts, what is explained is in them, explained in that language, never
        /// twice, and never what was explained before.
        #[test]
        fn explained_terms_come_from_the_texts_once(
            texts in proptest::collection::vec("((NIB|BPOM|HS|FOB|AS|PDF|kode|Form|E|[A-Z]{2,3}|[a-z]{1,5})[ ,.()-]{1,2}){0,12}", 0..5),
            before in proptest::collection::vec(prop_oneof![Just("NIB"), Just("FOB")], 0..2),
            english: bool,
        ) {
            let lang = if english { Lang::En } else { Lang::Id };
            let mut explained: Vec<&'static str> = before.clone();
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            let found = newly_explained(&texts, lang, &mut explained);
            let mut terms: Vec<&str> = found.iter().map(|a| a.term).collect();
            for (i, acronym) in found.iter().enumerate() {
                // In a text, or in the definition of one explained before it.
                let defined_before = found[..i].iter().flat_map(|a| [a.stands_for, a.meaning]);
                let mut places = texts.iter().copied().chain(defined_before);
                prop_assert!(places.any(|t| acronyms_in(t).any(|a| a == acronym.term)));
                prop_assert_eq!(Some(*acronym), explain(acronym.term, lang));
                prop_assert!(!before.contains(&acronym.term));
            }
            let count = terms.len();
            terms.sort_unstable();
            terms.dedup();
            prop_assert_eq!(terms.len(), count);
            prop_assert_eq!(explained.len(), before.len() + count);
        }
    }
}
