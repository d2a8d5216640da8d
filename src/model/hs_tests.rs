//! Finding HS subheadings from plain words, on the shipped catalogue.

use super::*;

fn found(query: &str) -> Vec<&'static str> {
    search_hs(hs_catalog(), query)
        .iter()
        .map(|p| p.id)
        .collect()
}

#[test]
fn every_product_is_found_by_its_names_and_each_synonym() {
    for product in hs_catalog().products {
        for term in product.terms() {
            assert!(
                found(term).contains(&product.id),
                "{}: `{term}` finds {:?}",
                product.id,
                found(term)
            );
        }
    }
}

#[test]
fn spelling_slips_accents_and_word_order_are_forgiven() {
    let first = |query: &str| found(query).first().copied();
    let tempe = first("keripik tempe").expect("keripik tempe");
    for query in [
        "KERIPIK TEMPE",
        "tempe keripik",
        "kripik  tempe!",
        "keripik tempé",
        "keripk tempe",
    ] {
        assert_eq!(first(query), Some(tempe), "{query}");
    }
    assert!(first("kursi jati").is_some());
}

#[test]
fn nothing_typed_or_nothing_like_it_finds_nothing() {
    assert!(found("").is_empty());
    assert!(found("  ?! ").is_empty());
    assert!(found("zzqx").is_empty());
}

#[test]
fn one_letter_off_is_one_added_dropped_changed_or_swapped() {
    for (a, b) in [
        ("keripik", "kripik"),
        ("kopi", "kopu"),
        ("batik", "btaik"),
        ("jati", "jatih"),
    ] {
        assert!(one_letter_off(a, b), "{a} {b}");
    }
    for (a, b) in [("kopi", "teh"), ("batik", "tabik"), ("jati", "jati12")] {
        assert!(!one_letter_off(a, b), "{a} {b}");
    }
}

#[test]
fn codes_are_written_with_a_dot_after_the_heading() {
    assert_eq!(dotted("210690"), "2106.90");
    let heading = hs_catalog().heading("210690").expect("2106.90 is listed");
    assert_eq!(
        (heading.chapter(), heading.digits()),
        (21, "210690".to_owned())
    );
    assert_eq!(hs_catalog().heading("2106.90"), None, "six digits, no dot");
}
