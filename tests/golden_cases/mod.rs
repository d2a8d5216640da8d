//! What the native golden tests share: a business's response from its answers as the golden
//! files write them, and the check of a result against a golden case. Each test file uses part
//! of it.
#![allow(dead_code)]

use serde_json::Value;
use siap_mendunia::model::{Answer, Assessment, Response, questionnaire};

/// A response of questionnaire `version` from a spec such as `"P1=3 M3=?"`: each question with
/// the points of the answer chosen, or `?` for "Belum tahu".
pub fn business(version: u8, product_type: &str, spec: &str) -> Response {
    let q = questionnaire();
    let mut response = Response::new(q);
    response.version = version;
    response.product_type = Some(q.product_type_index(product_type).expect("product type"));
    for pair in spec.split_whitespace() {
        let (id, value) = pair.split_once('=').expect("id=points");
        let answer = match value {
            "?" => Answer::DontKnow,
            points => {
                let question = &q.questions[q.question_index(id).expect(id)];
                let points: u8 = points.parse().expect("points");
                let index = question
                    .answers
                    .iter()
                    .position(|a| a.points == points)
                    .expect(pair);
                Answer::Choice(index as u8)
            }
        };
        assert!(response.set_answer(q, id, Some(answer)));
    }
    assert_eq!(response.version, version, "{spec}");
    response
}

/// Checks that `assessment` has the pillar scores, overall score and level of `case` (a golden
/// business or code), naming `name` when it does not.
pub fn assert_scores(name: &str, case: &Value, assessment: &Assessment) {
    let pillars: Vec<u64> = assessment
        .scores
        .pillars
        .iter()
        .map(|p| u64::from(p.percent()))
        .collect();
    let expected: Vec<u64> = case["pillars"]
        .as_array()
        .expect("pillars")
        .iter()
        .map(|p| p.as_u64().expect("pillar score"))
        .collect();
    assert_eq!(pillars, expected, "{name}");
    assert_eq!(
        u64::from(assessment.scores.percent()),
        case["overall"].as_u64().expect("overall"),
        "{name}"
    );
    assert_eq!(
        questionnaire().levels[assessment.level].id,
        case["level"].as_str().expect("level"),
        "{name}"
    );
}
