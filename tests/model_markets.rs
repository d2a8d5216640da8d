//! The target markets on the shipped content: golden cases of businesses choosing markets
//! (`tests/golden/markets.json`, shared with the end-to-end tests), the published order of the
//! markets, and that choosing markets never changes a score.

#![cfg(not(target_arch = "wasm32"))]

mod golden_cases;

use serde_json::Value;
use siap_mendunia::model::{Lang, PlanStep, Response, assess, markets, plan, questionnaire};

fn golden_file(name: &str) -> Value {
    let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect(&path);
    serde_json::from_str(&text).expect(&path)
}

/// The golden business whose name starts with `start`, choosing `markets` (ids).
fn business_choosing(start: &str, ids: &[Value]) -> Response {
    let businesses = golden_file("businesses.json");
    let case = businesses["businesses"]
        .as_array()
        .expect("businesses")
        .iter()
        .find(|case| case["name"].as_str().unwrap().starts_with(start))
        .expect(start);
    let mut response = golden_cases::business(
        2,
        case["product_type"].as_str().unwrap(),
        case["answers"].as_str().unwrap(),
    );
    let positions = ids.iter().map(|id| {
        let id = id.as_str().expect("market id");
        let position = markets().markets.iter().position(|m| m.id == id);
        position.expect(id) as u8
    });
    response.markets = Some(positions.collect());
    response
}

fn strings(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .expect("a list")
        .iter()
        .map(|v| v.as_str().expect("a string"))
        .collect()
}

/// The plan's steps as question ids and requirement ids.
fn plan_ids(response: &Response) -> Vec<&'static str> {
    plan(questionnaire(), markets(), response)
        .into_iter()
        .map(|step| match step {
            PlanStep::Question(step) => step.question.id,
            PlanStep::Market(step) => step.get(markets()).expect("a requirement").1.id,
        })
        .collect()
}

#[test]
fn golden_businesses_get_what_their_markets_ask() {
    let q = questionnaire();
    let golden = golden_file("markets.json");
    for case in golden["cases"].as_array().expect("cases") {
        let name = case["business"].as_str().unwrap();
        let response = business_choosing(name, case["markets"].as_array().unwrap());
        assert_eq!(
            response.chosen_markets().len(),
            case["markets"].as_array().unwrap().len(),
            "{name}"
        );
        for (_, market) in markets().chosen(response.chosen_markets()) {
            let agreements: Vec<&str> = market
                .preferences
                .iter()
                .map(|p| p.agreement.get(Lang::Id))
                .collect();
            let expected = strings(&case["preferences"][market.id]);
            assert_eq!(
                agreements.len(),
                expected.len(),
                "{name}, {}: {agreements:?}",
                market.id
            );
            for (agreement, start) in agreements.iter().zip(&expected) {
                assert!(
                    agreement.starts_with(start),
                    "{name}, {}: {agreement}",
                    market.id
                );
            }
            assert_eq!(
                market.no_preference.is_some(),
                expected.is_empty(),
                "{name}, {}",
                market.id
            );
        }
        let steps = plan_ids(&response);
        let starts = strings(&case["plan_starts"]);
        assert_eq!(
            &steps[..starts.len()],
            starts.as_slice(),
            "{name}: {steps:?}"
        );
        let market_steps: Vec<&str> = steps
            .iter()
            .copied()
            .filter(|id| id.contains('_'))
            .collect();
        assert_eq!(market_steps, strings(&case["market_steps"]), "{name}");
        let shown = markets()
            .chosen(response.chosen_markets())
            .flat_map(|(_, market)| market.requirements_for(response.product_type))
            .map(|(_, requirement)| requirement);
        let (mut met, mut expected) = (Vec::new(), Vec::new());
        for requirement in shown {
            if requirement.is_met(q, &response) {
                met.push(requirement.id);
            }
            if !requirement.mandatory {
                expected.push(requirement.id);
            }
        }
        assert_eq!(met, strings(&case["met"]), "{name}: met");
        assert_eq!(
            expected,
            strings(&case["expected"]),
            "{name}: expected by buyers"
        );
    }
}

#[test]
fn choosing_markets_never_changes_the_score() {
    let businesses = golden_file("businesses.json");
    for case in businesses["businesses"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let mut response = business_choosing(name, &[]);
        response.markets = None;
        let before = assess(questionnaire(), &response);
        for chosen in [vec![], vec![0, 3, 4], vec![9, 5]] {
            response.markets = Some(chosen);
            assert_eq!(assess(questionnaire(), &response), before, "{name}");
        }
    }
}

#[test]
fn published_market_order_never_changes() {
    // Result codes and links keep a market by its position: markets are appended, never
    // reordered or removed. Extend this list when adding one.
    const PUBLISHED: [&str; 10] = ["my", "sg", "jp", "eu", "us", "sa", "ae", "au", "cn", "kr"];
    let ids: Vec<&str> = markets().markets.iter().map(|m| m.id).collect();
    assert_eq!(&ids[..PUBLISHED.len()], PUBLISHED);
}

#[test]
fn every_market_says_its_preference_and_names_known_types_and_offices() {
    let q = questionnaire();
    let places = siap_mendunia::model::advised().places.len();
    let named = markets().named_places().collect::<Vec<_>>();
    assert!(
        named.iter().all(|&p| p < places),
        "a market names an office not in the list"
    );
    for market in markets().markets {
        assert_ne!(
            market.preferences.is_empty(),
            market.no_preference.is_none(),
            "{}: a preference, or an explicit none",
            market.id
        );
        for requirement in market.requirements {
            assert!(!requirement.product_types.is_empty(), "{}", requirement.id);
            assert!(
                requirement
                    .product_types
                    .iter()
                    .all(|&t| usize::from(t) < q.product_types.len()),
                "{}",
                requirement.id
            );
        }
    }
    let problems =
        siap_mendunia::model::check_markets(markets(), siap_mendunia::model::markets_cited());
    assert!(problems.is_empty(), "{problems:?}");
}
