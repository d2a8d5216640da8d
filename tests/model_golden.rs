//! Hand-computed results for realistic businesses on version 1 of the questionnaire, as their
//! results were made then: every later version must open them with the same numbers (the
//! questions a version retired stay in the content for them).
//!
//! Pillar weights: product 30, marketing 25, capital 20, digital 25. Question weights (w) and
//! the most points: product P1 2, P2 2 (food), P3 1 (food, other), P4 1, P5 2, P6 2, P7 1, so
//! Σ(w × 3) is 24 for fashion and craft, 33 for food; marketing 30; capital 27; digital 24.
//! Overall = Σ pillar weight × earned / possible. Levels: 0–25, 26–50, 51–75, 76–100.

#![cfg(not(target_arch = "wasm32"))]

mod golden_cases;

use siap_mendunia::model::{
    Answer, Response, action_plan, applicable_questions, assess, compare, learning_gaps,
    questionnaire, strengths,
};

const PERINTIS: usize = 0;
const BERKEMBANG: usize = 1;
const SIAP_UJI_EKSPOR: usize = 2;
const SIAP_EKSPOR: usize = 3;

/// A version-1 response from a spec such as `"P1=3 M3=?"`.
fn business(product_type: &str, spec: &str) -> Response {
    golden_cases::business(1, product_type, spec)
}

fn pillar_percents(response: &Response) -> Vec<u8> {
    assess(questionnaire(), response)
        .scores
        .pillars
        .iter()
        .map(|p| p.percent())
        .collect()
}

fn plan_ids(response: &Response) -> Vec<&'static str> {
    action_plan(questionnaire(), response)
        .iter()
        .map(|s| s.question.id)
        .collect()
}

/// A batik maker in Semarang: NIB, no trademark, quality by habit, sells across Indonesia.
fn batik_maker() -> Response {
    business(
        "fashion",
        "P1=3 P4=0 P5=1 P6=2 P7=1 \
         M1=2 M2=1 M3=1 M4=0 M5=1 M6=1 M7=1 \
         K1=2 K2=2 K3=1 K4=2 K5=1 K6=1 \
         D1=2 D2=2 D3=1 D4=0 D5=2 D6=1 D7=1",
    )
}

#[test]
fn batik_maker_with_nib_but_no_trademark_is_berkembang() {
    // Product 2×3 + 0 + 2×1 + 2×2 + 1 = 13/24 = 54.2 → 54. Marketing 4+2+2+0+1+1+1 = 11/30 → 37.
    // Capital 4+4+2+2+1+1 = 14/27 = 51.9 → 52. Digital 2+2+2+0+2+1+1 = 10/24 = 41.7 → 42.
    // Overall 30×13/24 + 25×11/30 + 20×14/27 + 25×10/24 = 16.25 + 9.17 + 10.37 + 10.42 = 46.2.
    let response = batik_maker();
    let assessment = assess(questionnaire(), &response);
    assert_eq!(pillar_percents(&response), [54, 37, 52, 42]);
    assert_eq!(
        (assessment.scores.percent(), assessment.level),
        (46, BERKEMBANG)
    );
    assert!(assessment.failed_gates.is_empty());
    // Priorities: P5 2×2×30 = 120; M2, M3, D3 2×2×25 = 100 (pillar order); P4 1×3×30 = 90;
    // K3 2×2×20 = 80; M4, D4 1×3×25 = 75; P7 60; M5, M6, M7, D6, D7 50; K5, K6 40.
    assert_eq!(
        plan_ids(&response),
        [
            "P5", "M2", "M3", "D3", "P4", "K3", "M4", "D4", "P7", "M5", "M6", "M7", "D6", "D7",
            "K5", "K6"
        ]
    );
}

#[test]
fn snack_producer_without_spp_irt_is_capped_at_berkembang() {
    // Product 6+0+3+2+4+4+1 = 20/33 = 60.6 → 61. Marketing 4+4+4+1+1+1+1 = 16/30 → 53.
    // Capital 4+6+4+2+1+3 = 20/27 = 74.1 → 74. Digital 2+3+4+1+2+2+1 = 15/24 = 62.5 → 63 (half up).
    // Overall 30×20/33 + 25×16/30 + 20×20/27 + 25×15/24 = 18.18 + 13.33 + 14.81 + 15.63 = 61.95
    // → 62, Siap Uji Ekspor by score; the food permit gate (P2 = 0) caps it at Berkembang.
    let response = business(
        "food",
        "P1=3 P2=0 P3=3 P4=2 P5=2 P6=2 P7=1 \
         M1=2 M2=2 M3=2 M4=1 M5=1 M6=1 M7=1 \
         K1=2 K2=3 K3=2 K4=2 K5=1 K6=3 \
         D1=2 D2=3 D3=2 D4=1 D5=2 D6=2 D7=1",
    );
    let assessment = assess(questionnaire(), &response);
    assert_eq!(pillar_percents(&response), [61, 53, 74, 63]);
    assert_eq!(assessment.scores.percent(), 62);
    assert_eq!(
        (assessment.score_level, assessment.level),
        (SIAP_UJI_EKSPOR, BERKEMBANG)
    );
    assert!(assessment.capped());
    assert_eq!(
        assessment
            .failed_gates
            .iter()
            .map(|g| g.question.id)
            .collect::<Vec<_>>(),
        ["P2"]
    );
    // P2 first (gate), then P7 1×2×30 = 60; M4–M7, D4, D7 1×2×25 = 50; K5 1×2×20 = 40.
    assert_eq!(
        plan_ids(&response),
        ["P2", "P7", "M4", "M5", "M6", "M7", "D4", "D7", "K5"]
    );
}

#[test]
fn established_furniture_exporter_is_siap_ekspor() {
    // Product 24/24 = 100. Marketing 6+6+6+3+3+3+1 = 28/30 → 93. Capital 6+4+6+3+3+3 = 25/27
    // = 92.6 → 93. Digital 2+1+0+3+3+2+3 = 14/24 = 58.3 → 58.
    // Overall 30 + 25×28/30 + 20×25/27 + 25×14/24 = 30 + 23.33 + 18.52 + 14.58 = 86.4 → 86.
    let response = business(
        "craft",
        "P1=3 P4=3 P5=3 P6=3 P7=3 \
         M1=3 M2=3 M3=3 M4=3 M5=3 M6=3 M7=1 \
         K1=3 K2=2 K3=3 K4=3 K5=3 K6=3 \
         D1=2 D2=1 D3=0 D4=3 D5=3 D6=2 D7=3",
    );
    let assessment = assess(questionnaire(), &response);
    assert_eq!(pillar_percents(&response), [100, 93, 93, 58]);
    assert_eq!(
        (assessment.scores.percent(), assessment.level),
        (86, SIAP_EKSPOR)
    );
    // D3 2×3×25 = 150; then M7 and D2, both 1×2×25 = 50, in pillar order.
    assert_eq!(plan_ids(&response), ["D3", "M7", "D2"]);
    let best = strengths(questionnaire(), &response);
    assert_eq!(
        best.iter()
            .take(3)
            .map(|s| s.question.id)
            .collect::<Vec<_>>(),
        ["P1", "P5", "P6"]
    );
}

#[test]
fn coffee_roaster_unsure_about_hs_code_and_incoterms_has_two_learning_gaps() {
    // Product 6+6+3+3+4+4+2 = 28/33 = 84.8 → 85. Marketing 4+4+0+0+3+2+1 = 14/30 = 46.7 → 47
    // (M3 and M4 "Belum tahu" count 0). Capital 6+6+4+2+2+3 = 23/27 = 85.2 → 85. Digital
    // 3+3+4+3+2+3+3 = 21/24 = 87.5 → 88. Overall 25.45 + 11.67 + 17.04 + 21.88 = 76.03 → 76.
    let response = business(
        "food",
        "P1=3 P2=3 P3=3 P4=3 P5=2 P6=2 P7=2 \
         M1=2 M2=2 M3=? M4=? M5=3 M6=2 M7=1 \
         K1=3 K2=3 K3=2 K4=2 K5=2 K6=3 \
         D1=3 D2=3 D3=2 D4=3 D5=2 D6=3 D7=3",
    );
    let q = questionnaire();
    let assessment = assess(q, &response);
    assert_eq!(pillar_percents(&response), [85, 47, 85, 88]);
    assert_eq!(
        (assessment.scores.percent(), assessment.level),
        (76, SIAP_EKSPOR)
    );
    let gaps: Vec<_> = learning_gaps(q, &response)
        .iter()
        .map(|g| g.question.id)
        .collect();
    assert_eq!(gaps, ["M3", "M4"]);
    // M3 "Belum tahu" 2×3×25 = 150, M4 1×3×25 = 75, M7 1×2×25 = 50.
    let plan = action_plan(q, &response);
    let steps: Vec<_> = plan
        .iter()
        .map(|s| (s.question.id, s.priority, s.dont_know))
        .collect();
    assert_eq!(
        steps,
        [("M3", 150, true), ("M4", 75, true), ("M7", 50, false)]
    );
}

#[test]
fn new_fashion_brand_selling_only_on_instagram_is_perintis() {
    // Product 2+0+2+2+0 = 6/24 = 25. Marketing 0+0+2+0+0+0+0 = 2/30 = 6.7 → 7. Capital
    // 2+2+0+0+0+1 = 5/27 = 18.5 → 19. Digital 1+2+0+0+1+0+1 = 5/24 = 20.8 → 21.
    // Overall 7.5 + 1.67 + 3.70 + 5.21 = 18.1 → 18: Perintis; the NIB gate (P1 in process) fails
    // below the cap, so it is reported and changes nothing.
    let response = business(
        "fashion",
        "P1=1 P4=0 P5=1 P6=1 P7=0 \
         M1=0 M2=0 M3=1 M4=0 M5=0 M6=0 M7=0 \
         K1=1 K2=1 K3=0 K4=0 K5=0 K6=1 \
         D1=1 D2=2 D3=0 D4=0 D5=1 D6=0 D7=1",
    );
    let assessment = assess(questionnaire(), &response);
    assert_eq!(pillar_percents(&response), [25, 7, 19, 21]);
    assert_eq!(
        (assessment.scores.percent(), assessment.level),
        (18, PERINTIS)
    );
    assert_eq!(assessment.failed_gates.len(), 1);
    assert!(!assessment.capped());
    // P1 (gate); 150: M1, M2, D3; 120: P5, P6, K3; 100: M3; 90: P4, P7; 80: K1, K2;
    // 75: M4–M7, D4, D6; 60: K4, K5; 50: D1, D5, D7; 40: K6.
    assert_eq!(
        plan_ids(&response),
        [
            "P1", "M1", "M2", "D3", "P5", "P6", "K3", "M3", "P4", "P7", "K1", "K2", "M4", "M5",
            "M6", "M7", "D4", "D6", "K4", "K5", "D1", "D5", "D7", "K6"
        ]
    );
}

#[test]
fn level_follows_the_rounded_score_the_owner_sees() {
    // The batik maker a year on: FOB pricing (M3 = 2) and able to fund orders (K3 = 3).
    // Marketing 13/30 → 43; capital 18/27 → 67. Overall 16.25 + 10.83 + 13.33 + 10.42 = 50.83:
    // shown as 51, so Siap Uji Ekspor, though the exact score is below 51.
    let q = questionnaire();
    let mut later = batik_maker();
    later.set_answer(q, "M3", Some(Answer::Choice(2)));
    later.set_answer(q, "K3", Some(Answer::Choice(3)));
    let assessment = assess(q, &later);
    assert_eq!(
        assessment.scores.overall.numerator() * 6,
        assessment.scores.overall.denominator() * 305
    );
    assert_eq!(
        (assessment.scores.percent(), assessment.level),
        (51, SIAP_UJI_EKSPOR)
    );
    let change = compare(q, &batik_maker(), &later);
    assert_eq!((change.overall, change.pillars), (5, vec![0, 6, 15, 0]));
    assert_eq!(
        (change.level_before, change.level_after),
        (BERKEMBANG, SIAP_UJI_EKSPOR)
    );
    let improved: Vec<_> = change
        .improved
        .iter()
        .map(|c| (c.question.id, c.before, c.after))
        .collect();
    assert_eq!(improved, [("M3", 1, 2), ("K3", 1, 3)]);
}

#[test]
fn all_best_answers_reach_siap_ekspor() {
    let q = questionnaire();
    for product_type in q.product_types {
        let mut response = Response::new(q);
        response.product_type = q.product_type_index(product_type.id);
        for (index, question) in q.questions.iter().enumerate() {
            response.answers[index] = Some(Answer::Choice(question.answers.len() as u8 - 1));
        }
        let assessment = assess(q, &response);
        assert_eq!(
            (assessment.scores.percent(), assessment.level),
            (100, SIAP_EKSPOR),
            "{}",
            product_type.id
        );
        assert!(action_plan(q, &response).is_empty());
    }
}

#[test]
fn all_weakest_answers_are_perintis_with_every_step_planned() {
    let q = questionnaire();
    let mut response = Response::new(q);
    response.product_type = q.product_type_index("food");
    response.answers.fill(Some(Answer::Choice(0)));
    let assessment = assess(q, &response);
    assert_eq!(
        (assessment.scores.percent(), assessment.level),
        (0, PERINTIS)
    );
    assert_eq!(assessment.failed_gates.len(), 2, "NIB and food permit");
    assert_eq!(
        action_plan(q, &response).len(),
        applicable_questions(q, &response).count(),
        "every question asked is planned"
    );
}

#[test]
fn craft_business_skips_food_permit() {
    let q = questionnaire();
    let craft = business("craft", "P1=3");
    let assessment = assess(q, &craft);
    assert!(assessment.failed_gates.is_empty(), "P2 is for food only");
    assert_eq!(
        assessment.scores.pillars[0].possible, 24,
        "P2 and P3 are left out of the denominator"
    );
}

/// The version-1 businesses the end-to-end tests also open as old results: one file, so the
/// screen is checked against the same numbers as the model.
#[test]
fn shared_golden_businesses_match_the_model() {
    let text = include_str!("golden/businesses_v1.json");
    let file: serde_json::Value =
        serde_json::from_str(text).expect("tests/golden/businesses_v1.json");
    let q = questionnaire();
    for case in file["businesses"].as_array().expect("businesses") {
        let name = case["name"].as_str().expect("name");
        let response = business(
            case["product_type"].as_str().expect("product_type"),
            case["answers"].as_str().expect("answers"),
        );
        let assessment = assess(q, &response);
        golden_cases::assert_scores(name, case, &assessment);
        assert_eq!(
            assessment.capped(),
            case["capped"].as_bool().unwrap(),
            "{name}"
        );
    }
}
