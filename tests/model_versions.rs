//! Old results keep their meaning: result codes the app made with questionnaire version 1
//! (`tests/golden/version1_codes.json`, made in December 2026 for several answer patterns of
//! every product type) open in this build with the same version, answers, scores, level and
//! failed gates they had, whatever later versions changed.

#![cfg(not(target_arch = "wasm32"))]

mod golden_cases;

use siap_mendunia::model::{Answer, assess, decode_code, encode, questionnaire};

#[test]
fn version_1_codes_open_with_the_results_they_had() {
    let file: serde_json::Value = serde_json::from_str(include_str!("golden/version1_codes.json"))
        .expect("version1_codes.json");
    let q = questionnaire();
    let codes = file["codes"].as_array().expect("codes");
    assert!(
        codes.len() >= 4 * 5,
        "several patterns for every product type of version 1"
    );
    for case in codes {
        let code = case["code"].as_str().expect("code");
        let response = decode_code(q, code).unwrap_or_else(|e| panic!("{code}: {e}"));
        assert_eq!(response.version, 1, "{code}");
        assert_eq!(
            q.product_types[usize::from(response.product_type.unwrap())].id,
            case["product_type"].as_str().unwrap(),
            "{code}"
        );
        let answers: Vec<String> = q
            .questions
            .iter()
            .enumerate()
            .filter_map(|(index, question)| {
                response.answer(index).map(|answer| match answer {
                    Answer::DontKnow => format!("{}=?", question.id),
                    Answer::Choice(_) => {
                        format!("{}={}", question.id, response.points(q, index).unwrap())
                    }
                })
            })
            .collect();
        assert_eq!(
            answers.join(" "),
            case["answers"].as_str().unwrap(),
            "{code}"
        );

        let result = assess(q, &response);
        golden_cases::assert_scores(code, case, &result);
        let gates: Vec<&str> = result
            .failed_gates
            .iter()
            .map(|gate| gate.question.id)
            .collect();
        let expected_gates: Vec<&str> = case["failed_gates"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g.as_str().unwrap())
            .collect();
        assert_eq!(gates, expected_gates, "{code}");
        let progress = result.scores.progress;
        assert_eq!(
            (u64::from(progress.answered), u64::from(progress.applicable)),
            (
                case["answered"].as_u64().unwrap(),
                case["applicable"].as_u64().unwrap()
            ),
            "{code}"
        );
        assert_eq!(
            encode(q, &response),
            code,
            "saved again, a version-1 result keeps its code"
        );
    }
}
