//! Hand-computed results for realistic businesses on the current questionnaire (version 2),
//! shared with the end-to-end tests through `tests/golden/businesses.json`.
//!
//! Pillar weights: product 30, marketing 25, capital 20, digital 25. Version 2 asks product P1 2,
//! P2 2 (food), P3 1 (food, cosmetics, other), P4 1, P6 2, P7 1, P8 2 (cosmetics), P9 2 (wood),
//! P10 2; marketing M1 2, M2 2, M4 1, M5 1, M6 1, M8 1, M9 2, M10 1 (Σ w × 3 = 33); capital K1
//! 2, K2 2, K3 2, K7 1, K8 1, K9 1 (27); digital D4, D5, D6, D7, D8, D10, D11, each 1 (21).

#![cfg(not(target_arch = "wasm32"))]

mod golden_cases;

use siap_mendunia::model::{Response, assess, questionnaire};

const BERKEMBANG: usize = 1;

/// A version-2 response from a spec such as `"P1=3 M9=?"`.
fn business(product_type: &str, spec: &str) -> Response {
    golden_cases::business(2, product_type, spec)
}

fn golden() -> Vec<serde_json::Value> {
    let text = include_str!("golden/businesses.json");
    let file: serde_json::Value = serde_json::from_str(text).expect("tests/golden/businesses.json");
    file["businesses"].as_array().expect("businesses").clone()
}

fn golden_named(start: &str) -> Response {
    let case = golden()
        .into_iter()
        .find(|case| case["name"].as_str().unwrap().starts_with(start))
        .expect(start);
    business(
        case["product_type"].as_str().unwrap(),
        case["answers"].as_str().unwrap(),
    )
}

#[test]
fn teak_workshop_without_svlk_is_capped_at_berkembang() {
    // Product (wood) P1 6 + P9 2 + P4 1 + P10 4 + P6 6 + P7 2 = 21/30 → 70.
    // Marketing M1 6 + M2 4 + M9 4 + M4 3 + M5 3 + M6 2 + M10 1 + M8 2 = 25/33 = 75.8 → 76.
    // Capital K1 4 + K2 4 + K3 4 + K7 3 + K8 2 + K9 2 = 19/27 = 70.4 → 70.
    // Digital D8 1 + D11 0 + D4 1 + D5 2 + D6 1 + D7 1 + D10 2 = 8/21 = 38.1 → 38.
    // Overall 21 + 18.94 + 14.07 + 9.52 = 63.5 → 64, Siap Uji Ekspor by score, capped by P9.
    let q = questionnaire();
    let assessment = assess(q, &golden_named("Teak furniture workshop"));
    let pillars: Vec<u8> = assessment
        .scores
        .pillars
        .iter()
        .map(|p| p.percent())
        .collect();
    assert_eq!(pillars, [70, 76, 70, 38]);
    assert_eq!(assessment.scores.percent(), 64);
    assert_eq!((assessment.score_level, assessment.level), (2, BERKEMBANG));
    let gates: Vec<&str> = assessment
        .failed_gates
        .iter()
        .map(|g| g.question.id)
        .collect();
    assert_eq!(gates, ["P9"]);
}

#[test]
fn cosmetics_maker_without_bpom_is_capped_at_berkembang() {
    let q = questionnaire();
    let assessment = assess(q, &golden_named("Herbal cosmetics maker"));
    assert!(assessment.capped());
    assert_eq!(assessment.level, BERKEMBANG);
    let gates: Vec<&str> = assessment
        .failed_gates
        .iter()
        .map(|g| g.question.id)
        .collect();
    assert_eq!(
        gates,
        ["P8"],
        "the BPOM permit; no food permit for cosmetics"
    );
}

#[test]
fn frozen_food_maker_with_md_passes_the_food_permit_and_learns_export_documents() {
    // Marketing M1 4 + M2 2 + M9 2 + M4 1 + M5 1 + M6 0 + M10 1 + M8 0 = 11/33 → 33.
    let q = questionnaire();
    let assessment = assess(q, &golden_named("Frozen bandeng presto"));
    assert!(
        assessment.failed_gates.is_empty(),
        "BPOM MD passes the food permit"
    );
    assert_eq!(assessment.scores.pillars[1].percent(), 33);
}

/// The businesses the end-to-end tests also answer on screen: one file, so the screen is
/// checked against the same numbers as the model.
#[test]
fn shared_golden_businesses_match_the_model() {
    let q = questionnaire();
    for case in golden() {
        let name = case["name"].as_str().expect("name");
        let response = business(
            case["product_type"].as_str().unwrap(),
            case["answers"].as_str().unwrap(),
        );
        let asked = siap_mendunia::model::applicable_questions(q, &response).count();
        assert_eq!(
            asked,
            case["answers"].as_str().unwrap().split_whitespace().count(),
            "{name} answers every question"
        );
        let assessment = assess(q, &response);
        golden_cases::assert_scores(name, &case, &assessment);
        assert_eq!(
            assessment.capped(),
            case["capped"].as_bool().unwrap(),
            "{name}"
        );
    }
}
