//! `content/markets.json` becomes `$OUT_DIR/markets.rs`: the destination markets as `static`s of
//! the runtime types in `src/model/markets.rs`, written in both languages where they are used
//! (only the result and the mentor's area show them). Unknown fields, a wrong type, or a
//! reference to a product type, place or question that `content/questionnaire.json` lacks fail
//! the build with the file, the item and the problem; sources and dates are checked by
//! `src/model/check_sources.rs`, run as a test.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;

use super::content::{Questionnaire, Source, Text, index_of, optional_text, sources, text};

const FILE: &str = "content/markets.json";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Markets {
    origin_certificate: Advice,
    undecided: UndecidedAdvice,
    markets: Vec<Market>,
}

/// How a preferential proof of origin is obtained, whichever the market.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Advice {
    how: Text,
    places: Vec<String>,
    sources: Vec<Source>,
}

/// What an owner who has not chosen a market yet is told.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UndecidedAdvice {
    advice: Text,
    places: Vec<String>,
    sources: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Market {
    id: String,
    name: Text,
    checked: String,
    /// The ISO 4217 code of the currency its buyers usually pay in.
    currency: String,
    preferences: Vec<Preference>,
    no_preference: Option<Text>,
    duty_note: Option<Text>,
    /// The sources of `no_preference` and `duty_note`.
    #[serde(default)]
    notes_sources: Vec<Source>,
    requirements: Vec<Requirement>,
    ask: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Preference {
    agreement: Text,
    proof: Text,
    status: Text,
    sources: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Requirement {
    id: String,
    product_types: Vec<String>,
    mandatory: bool,
    what: Text,
    places: Vec<String>,
    met_when: Option<MetWhen>,
    sources: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MetWhen {
    question: String,
    points: u8,
}

pub fn generate(out_dir: &Path, questionnaire: &Questionnaire) {
    println!("cargo::rerun-if-changed={FILE}");
    let json = std::fs::read_to_string(FILE).unwrap_or_else(|e| panic!("{FILE}: {e}"));
    let mut deserializer = serde_json::Deserializer::from_str(&json);
    let markets: Markets = serde_path_to_error::deserialize(&mut deserializer)
        .unwrap_or_else(|e| panic!("{FILE}: {}: {}", e.path(), e.inner()));
    std::fs::write(out_dir.join("markets.rs"), rust(&markets, questionnaire))
        .expect("write markets.rs");
}

/// The indices of the places named by `ids`, as a Rust slice.
fn places(q: &Questionnaire, ids: &[String], referrer: &str) -> String {
    assert!(
        !ids.is_empty(),
        "{FILE}: {referrer}: name at least one place"
    );
    let indices: Vec<String> = ids
        .iter()
        .map(|id| {
            let all = q.places.iter().map(|p| p.id.as_str());
            index_of(FILE, all, id, "place", referrer).to_string()
        })
        .collect();
    format!("&[{}]", indices.join(", "))
}

/// Fails the build if an id repeats: ids are published (saved answers and links hold them).
fn unique<'a>(ids: impl Iterator<Item = &'a str>, kind: &str) {
    let mut seen = BTreeSet::new();
    for id in ids {
        assert!(
            seen.insert(id),
            "{FILE}: the {kind} id `{id}` is used twice"
        );
    }
}

fn rust(m: &Markets, q: &Questionnaire) -> String {
    assert!(
        !m.markets.is_empty() && m.markets.len() <= usize::from(u8::MAX),
        "{FILE}: markets: between 1 and 255 markets (a result code holds each as one byte)"
    );
    unique(m.markets.iter().map(|market| market.id.as_str()), "market");
    let requirements = m.markets.iter().flat_map(|market| &market.requirements);
    unique(requirements.map(|r| r.id.as_str()), "requirement");
    let mut code = format!(
        "/// How many destination markets an owner can choose from.\n\
         pub const MARKET_COUNT: usize = {};\n\n\
         /// The destination markets, compiled from `{FILE}` by the build script.\n\
         pub static MARKETS: Markets = Markets {{\n\
         origin_certificate: GeneralAdvice {{ text: {}, places: {} }},\n\
         undecided: GeneralAdvice {{ text: {}, places: {} }},\nmarkets: &[\n",
        m.markets.len(),
        text(&m.origin_certificate.how),
        places(q, &m.origin_certificate.places, "origin_certificate.places"),
        text(&m.undecided.advice),
        places(q, &m.undecided.places, "undecided.places"),
    );
    for (i, market) in m.markets.iter().enumerate() {
        let item = format!("markets[{i}] ({})", market.id);
        write_market(&mut code, q, &item, market);
    }
    code.push_str("] };\n");
    let cited_markets: Vec<String> = m
        .markets
        .iter()
        .map(|market| {
            let list = |all: Vec<&Vec<Source>>| {
                let items: Vec<String> = all.into_iter().map(|s| sources(s)).collect();
                format!("&[{}]", items.join(", "))
            };
            format!(
                "MarketCited {{ notes: {}, preferences: {}, requirements: {} }}",
                sources(&market.notes_sources),
                list(market.preferences.iter().map(|p| &p.sources).collect()),
                list(market.requirements.iter().map(|r| &r.sources).collect()),
            )
        })
        .collect();
    writeln!(
        code,
        "\n/// Where the markets' facts come from, compiled from the same file.\n\
         pub static MARKETS_CITED: MarketsCited = MarketsCited {{\n\
         origin_certificate: {},\nundecided: {},\nmarkets: &[\n{}\n] }};",
        sources(&m.origin_certificate.sources),
        sources(&m.undecided.sources),
        cited_markets.join(",\n"),
    )
    .unwrap();
    code
}

fn write_market(code: &mut String, q: &Questionnaire, item: &str, market: &Market) {
    assert!(
        market.preferences.is_empty() == market.no_preference.is_some(),
        "{FILE}: {item}: give either preferences or a no_preference text, not both or neither"
    );
    let preferences: Vec<String> = market
        .preferences
        .iter()
        .map(|p| {
            format!(
                "Preference {{ agreement: {}, proof: {}, status: {} }}",
                text(&p.agreement),
                text(&p.proof),
                text(&p.status)
            )
        })
        .collect();
    let requirements: Vec<String> = market
        .requirements
        .iter()
        .map(|r| requirement(q, &format!("{item}.requirements ({})", r.id), r))
        .collect();
    writeln!(
        code,
        "Market {{ id: {}, name: {}, checked: {}, currency: {}, preferences: &[{}], no_preference: {}, \
         duty_note: {},\n  requirements: &[\n{}\n  ],\n  ask: {} }},",
        crate::rust_str(&market.id),
        text(&market.name),
        crate::rust_str(&market.checked),
        crate::rust_str(&market.currency),
        preferences.join(", "),
        optional_text(market.no_preference.as_ref()),
        optional_text(market.duty_note.as_ref()),
        requirements.join(",\n"),
        places(q, &market.ask, &format!("{item}.ask")),
    )
    .unwrap();
}

fn requirement(q: &Questionnaire, item: &str, r: &Requirement) -> String {
    assert!(
        !r.product_types.is_empty(),
        "{FILE}: {item}.product_types: name the product types it applies to"
    );
    let types: Vec<String> = r
        .product_types
        .iter()
        .map(|id| {
            let all = q.product_types.iter().map(|t| t.id.as_str());
            let referrer = format!("{item}.product_types");
            index_of(FILE, all, id, "product type", &referrer).to_string()
        })
        .collect();
    let met_when = match &r.met_when {
        None => "None".to_owned(),
        Some(met) => {
            let referrer = format!("{item}.met_when");
            let all = q.questions.iter().map(|question| question.id.as_str());
            let index = index_of(FILE, all, &met.question, "question", &referrer);
            let question = &q.questions[index];
            assert!(
                question.until.is_none(),
                "{FILE}: {referrer}: `{}` is retired; name a question the current version asks",
                met.question
            );
            assert!(
                question.answers.iter().any(|a| a.points == met.points),
                "{FILE}: {referrer}: no answer of `{}` is worth {} points",
                met.question,
                met.points
            );
            format!(
                "Some(MetWhen {{ question: {index}, points: {} }})",
                met.points
            )
        }
    };
    format!(
        "Requirement {{ id: {}, product_types: &[{}], mandatory: {}, what: {}, places: {}, \
         met_when: {met_when} }}",
        crate::rust_str(&r.id),
        types.join(", "),
        r.mandatory,
        text(&r.what),
        places(q, &r.places, &format!("{item}.places")),
    )
}
