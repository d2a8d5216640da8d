//! Properties of result codes and CSV on the shipped questionnaire, over generated results.
//! Native only: proptest is a host dev-dependency.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use siap_mendunia::model::{
    Answer, Day, Lang, MARKET_COUNT, MAX_CHOSEN_MARKETS, Response, Separator, decode, encode,
    find_codes, from_csv, markets, normalize_label, questionnaire, to_csv,
};

/// Every market's position in the markets' list.
fn all_markets() -> Vec<u8> {
    (0..MARKET_COUNT).map(|m| m as u8).collect()
}

/// Any response to the shipped questionnaire, made with any of its versions: each answer to a
/// question of that version unanswered, "Belum tahu" or any of the question's choices; any
/// product type or none; maybe a date and a label; no destination markets said, "Belum tahu", or
/// up to three of them in any order.
fn any_response() -> impl Strategy<Value = Response> {
    let q = questionnaire();
    let answers: Vec<BoxedStrategy<Option<Answer>>> = q
        .questions
        .iter()
        .map(|question| {
            let choices = question.answers.len() as u8;
            prop_oneof![
                Just(None),
                Just(Some(Answer::DontKnow)),
                (0..choices).prop_map(|c| Some(Answer::Choice(c))),
            ]
            .boxed()
        })
        .collect();
    let product_types = q.product_types.len() as u8;
    (
        1..=q.version,
        proptest::option::of(0..product_types),
        answers,
        proptest::option::of(any::<u16>()),
        proptest::option::of(".{0,60}"),
        proptest::option::of(
            proptest::sample::subsequence(all_markets(), 0..=MAX_CHOSEN_MARKETS).prop_shuffle(),
        ),
    )
        .prop_map(
            move |(version, product_type, answers, date, label, markets)| Response {
                version,
                product_type,
                answers: answers
                    .into_iter()
                    .zip(q.questions)
                    .map(|(answer, question)| answer.filter(|_| question.in_version(version)))
                    .collect(),
                date: date.map(Day),
                label: label.as_deref().and_then(normalize_label),
                markets,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn every_response_round_trips_through_its_code(response in any_response()) {
        let q = questionnaire();
        prop_assert_eq!(decode(q, &encode(q, &response)), Ok(response));
    }

    #[test]
    fn codes_without_a_label_stay_under_40_characters(mut response in any_response()) {
        response.label = None;
        let code = encode(questionnaire(), &response);
        prop_assert!(code.len() < 40, "{} has {} characters", code, code.len());
    }

    #[test]
    fn codes_are_url_safe(response in any_response()) {
        let code = encode(questionnaire(), &response);
        prop_assert!(code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    }

    #[test]
    fn decoding_arbitrary_text_never_panics(text in any::<String>()) {
        let _ = decode(questionnaire(), &text);
        let _ = find_codes(questionnaire(), &text).count();
    }

    #[test]
    fn decoding_a_damaged_code_never_panics_or_misreads(
        response in any_response(),
        position in any::<prop::sample::Index>(),
        replacement in "[A-Za-z0-9_-]",
        cut in any::<prop::sample::Index>(),
    ) {
        let q = questionnaire();
        let code = encode(q, &response);
        let at = position.index(code.len());
        let mangled = format!("{}{}{}", &code[..at], replacement, &code[at + 1..]);
        if mangled != code {
            // A changed character is caught by the checksum (or reads as another code's start).
            prop_assert!(decode(q, &mangled).is_err(), "{} → {:?}", mangled, decode(q, &mangled));
        }
        let _ = decode(q, &code[..cut.index(code.len())]);
    }

    #[test]
    fn csv_export_then_import_gives_the_same_responses(
        responses in prop::collection::vec(any_response(), 0..8),
        english in any::<bool>(),
        semicolons in any::<bool>(),
    ) {
        let q = questionnaire();
        let lang = if english { Lang::En } else { Lang::Id };
        let separator = if semicolons { Separator::Semicolon } else { Separator::Comma };
        let import = from_csv(q, &to_csv(q, markets(), &responses, lang, separator));
        prop_assert!(import.problems.is_empty(), "{:?}", import.problems);
        prop_assert_eq!(import.rows, responses);
    }

    #[test]
    fn labels_normalise_once_and_for_all(text in any::<String>()) {
        let label = normalize_label(&text);
        prop_assert!(label.as_ref().is_none_or(|l| l.chars().count() <= 40 && !l.starts_with(' ')));
        prop_assert_eq!(label.as_deref().and_then(normalize_label), label);
    }

    #[test]
    fn importing_arbitrary_text_never_panics(text in any::<String>()) {
        let _ = from_csv(questionnaire(), &text);
    }
}

#[test]
fn a_typical_code_is_short() {
    let q = questionnaire();
    let mut response = Response::new(q);
    response.product_type = q.product_type_index("food");
    response.answers.fill(Some(Answer::Choice(1)));
    response.date = Day::from_ymd(2026, 11, 29);
    let code = encode(q, &response);
    println!(
        "version {}, food, dated: {code} ({} characters)",
        q.version,
        code.len()
    );
    assert_eq!(
        code.len(),
        24,
        "three bits for each of the 30 questions version 2 asks"
    );
    response.date = None;
    assert_eq!(encode(q, &response).len(), 22);
}
