//! The export tools' content on the shipped data: the HS catalogue (at least 80 products, every
//! product type, both languages, a source with its checked month for every subheading) and the
//! currencies the target markets quote in.

#![cfg(not(target_arch = "wasm32"))]

use siap_mendunia::model::{Lang, Source, currency, hs_catalog, hs_cited, markets, questionnaire};

fn complete(source: &Source) -> bool {
    !source.title.trim().is_empty()
        && source
            .url
            .is_none_or(|url| url.starts_with("https://") && url.len() > 8)
        && source.checked_month().is_some()
}

#[test]
fn the_catalogue_covers_every_product_type_in_both_languages() {
    let catalog = hs_catalog();
    assert!(
        catalog.products.len() >= 80,
        "{} products",
        catalog.products.len()
    );
    for (index, kind) in questionnaire().product_types.iter().enumerate() {
        let count = catalog
            .products
            .iter()
            .filter(|p| usize::from(p.product_type) == index)
            .count();
        assert!(count >= 8, "{}: {count} products", kind.id);
    }
    for product in catalog.products {
        for lang in Lang::ALL {
            assert!(!product.name.get(lang).trim().is_empty(), "{}", product.id);
            if let Some(note) = product.note {
                assert!(!note.get(lang).trim().is_empty(), "{}: note", product.id);
            }
        }
        assert!(
            product.headings.len() == 1 || product.note.is_some(),
            "{}: say what decides between its headings",
            product.id
        );
    }
    for heading in catalog.headings {
        for lang in Lang::ALL {
            assert!(
                !heading.description.get(lang).trim().is_empty(),
                "{}",
                heading.code
            );
        }
    }
}

#[test]
fn every_subheading_and_the_catalogue_cite_a_checked_source() {
    let cited = hs_cited();
    assert!(!cited.catalog.is_empty() && cited.catalog.iter().all(complete));
    assert_eq!(cited.headings.len(), hs_catalog().headings.len());
    for (heading, sources) in hs_catalog().headings.iter().zip(cited.headings) {
        assert!(
            !sources.is_empty() && sources.iter().all(complete),
            "{}",
            heading.code
        );
    }
}

#[test]
fn every_subheading_is_named_by_a_product() {
    let catalog = hs_catalog();
    for (index, heading) in catalog.headings.iter().enumerate() {
        assert!(
            catalog
                .products
                .iter()
                .any(|p| p.headings.iter().any(|&h| usize::from(h) == index)),
            "{} is named by no product",
            heading.code
        );
    }
}

#[test]
fn every_market_quotes_in_a_currency_the_ladder_knows() {
    for market in markets().markets {
        assert!(
            currency(market.currency).is_some(),
            "{}: {}",
            market.id,
            market.currency
        );
    }
}

#[test]
fn the_golden_order_climbs_the_ladder_worked_out_by_hand_in_both_languages() {
    use siap_mendunia::model::{Mode, PriceField, PriceSheet, Terms, format_rupiah, ladder};
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/price.json");
    let golden: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect(path)).expect(path);
    let numbers = |key: &str| -> Vec<u64> {
        golden[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_u64().unwrap())
            .collect()
    };
    for lang in Lang::ALL {
        let mut sheet = PriceSheet {
            mode: Mode::Air,
            terms: Terms::AnyMode,
            currency: currency(golden["currency"].as_str().unwrap()).unwrap(),
            ..PriceSheet::default()
        };
        for field in PriceField::ALL {
            let typed = golden["typed"][lang.code()][field.id()]
                .as_str()
                .unwrap_or_else(|| panic!("{}", field.id()));
            sheet.set(field, field.read(typed, lang).expect(typed));
        }
        let ladder = ladder(&sheet.inputs().expect("complete"));
        let terms: Vec<&str> = ladder.rungs.iter().map(|r| r.term.code()).collect();
        assert_eq!(terms, ["EXW", "FCA", "CPT", "CIP", "DAP"]);
        let prices: Vec<_> = ladder.rungs.iter().map(|r| r.price.unwrap()).collect();
        let rupiah: Vec<u64> = prices.iter().map(|p| p.per_unit).collect();
        assert_eq!(rupiah, numbers("per_unit_rupiah"), "{lang:?}");
        let buyer: Vec<u64> = prices.iter().map(|p| p.buyer.unwrap().0).collect();
        assert_eq!(buyer, numbers("per_unit_buyer"), "{lang:?}");
        let shown = &golden["shown"][lang.code()];
        assert_eq!(
            format_rupiah(prices[0].per_order, lang),
            shown["exw_order"].as_str().unwrap()
        );
        assert_eq!(
            sheet.currency.format(prices[4].buyer.unwrap().1, lang),
            shown["dap_buyer_order"].as_str().unwrap()
        );
    }
}
