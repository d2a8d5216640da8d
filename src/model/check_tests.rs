//! Each check fires on a deliberately broken copy of the fixture, and the shipped content passes.

use super::*;
use crate::model::content::{
    Advice, Advised, AnswerOption, Cited, Gate, Level, Pair, Pillar, ProductType, Source, advised,
    cited, questionnaire,
};
use crate::model::fixture::{ADVISED_FIXTURE, CITED_FIXTURE, FIXTURE, FIXTURE_MARKETS};
use crate::model::markets::markets;

fn leak<T: Clone>(items: &[T], edit: impl FnOnce(&mut Vec<T>)) -> &'static [T] {
    let mut items = items.to_vec();
    edit(&mut items);
    Vec::leak(items)
}

fn with_questions(edit: impl FnOnce(&mut Vec<Question>)) -> Questionnaire {
    Questionnaire {
        questions: leak(FIXTURE.questions, edit),
        ..FIXTURE
    }
}

fn with_answers(question: usize, edit: impl FnOnce(&mut Vec<AnswerOption>)) -> Questionnaire {
    with_questions(|qs| qs[question].answers = leak(qs[question].answers, edit))
}

/// The fixture's advice with the edited fixture `q`.
fn check(q: &Questionnaire) -> Vec<ContentProblem> {
    super::check(
        &Advised {
            questionnaire: Box::leak(Box::new(*q)),
            ..ADVISED_FIXTURE
        },
        &FIXTURE_MARKETS,
    )
}

/// The fixture with its advice edited.
fn with_advice(edit: impl FnOnce(&mut Vec<Advice>)) -> Advised {
    Advised {
        questions: leak(ADVISED_FIXTURE.questions, edit),
        ..ADVISED_FIXTURE
    }
}

fn problems(q: &Questionnaire) -> Vec<String> {
    check(q).iter().map(ToString::to_string).collect()
}

fn advice_problems(advised: &Advised) -> Vec<String> {
    super::check(advised, &FIXTURE_MARKETS)
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn assert_reports(q: &Questionnaire, expected: &str) {
    assert_found(problems(q), expected);
}

fn assert_found(found: Vec<String>, expected: &str) {
    assert!(
        found.iter().any(|p| p == expected),
        "expected `{expected}` among {found:#?}"
    );
}

#[test]
fn shipped_content_passes_every_check() {
    let mut found: Vec<String> = super::check(advised(), markets())
        .iter()
        .map(ToString::to_string)
        .collect();
    found.extend(
        check_sources(advised(), cited())
            .iter()
            .map(ToString::to_string),
    );
    assert!(found.is_empty(), "content problems:\n{}", found.join("\n"));
}

#[test]
fn published_question_order_never_changes() {
    // Result codes store answers by position: the questions of a published version must keep
    // their order forever (a new version appends). Extend this list when publishing a version.
    const VERSION_1: [&str; 27] = [
        "P1", "P2", "P3", "P4", "P5", "P6", "P7", "M1", "M2", "M3", "M4", "M5", "M6", "M7", "K1",
        "K2", "K3", "K4", "K5", "K6", "D1", "D2", "D3", "D4", "D5", "D6", "D7",
    ];
    let q = questionnaire();
    let published: Vec<_> = q
        .questions
        .iter()
        .take(VERSION_1.len())
        .map(|question| (question.id, question.since))
        .collect();
    assert_eq!(published, VERSION_1.map(|id| (id, 1)));
}

#[test]
fn fixture_passes_every_check() {
    assert_eq!(problems(&FIXTURE), Vec::<String>::new());
}

#[test]
fn duplicate_ids_are_reported_per_kind() {
    let q = with_questions(|qs| qs[2].id = "P1");
    assert_reports(&q, "content/questionnaire.json: question P1: id used twice");
    let types = leak(FIXTURE.product_types, |ts| ts[1].id = "food");
    let q = Questionnaire {
        product_types: types,
        ..FIXTURE
    };
    assert_reports(
        &q,
        "content/questionnaire.json: product type food: id used twice",
    );
    let pillars = leak(FIXTURE.pillars, |ps| ps[1].id = "product");
    assert!(
        check(&Questionnaire { pillars, ..FIXTURE }).contains(&ContentProblem {
            item: Item::Pillar("product"),
            problem: Problem::DuplicateId
        })
    );
    let levels = leak(FIXTURE.levels, |ls| ls[3].id = "perintis");
    assert!(
        check(&Questionnaire { levels, ..FIXTURE })
            .iter()
            .any(|p| p.problem == Problem::DuplicateId)
    );
}

#[test]
fn ids_must_follow_their_pattern() {
    for bad in ["p1", "P", "P01", "PX1", "1"] {
        let q = with_questions(|qs| qs[2].id = bad);
        assert_reports(
            &q,
            &format!(
                "content/questionnaire.json: question {bad}: id must be snake_case (questions: a capital letter and a number)"
            ),
        );
    }
    let types = leak(FIXTURE.product_types, |ts| ts[0].id = "Food");
    assert!(
        check(&Questionnaire {
            product_types: types,
            ..FIXTURE
        })
        .iter()
        .any(|p| p.problem == Problem::BadId)
    );
}

#[test]
fn a_pillar_uses_one_letter_and_no_other_pillar_shares_it() {
    let q = with_questions(|qs| qs[2].id = "Q3");
    assert_reports(
        &q,
        "content/questionnaire.json: question Q3: its pillar's questions start with P",
    );
    let q = with_questions(|qs| qs[3].id = "P9");
    assert_reports(
        &q,
        "content/questionnaire.json: question P9: its letter is used by pillar product",
    );
}

#[test]
fn a_question_must_belong_to_an_existing_pillar() {
    let q = with_questions(|qs| qs[0].pillar = 7);
    assert_reports(
        &q,
        "content/questionnaire.json: question P1: pillar 7 does not exist",
    );
}

#[test]
fn applies_to_must_name_each_product_type_once() {
    let q = with_questions(|qs| qs[1].applies_to = &[5]);
    assert_reports(
        &q,
        "content/questionnaire.json: question P2: applies_to: product type 5 is unknown or repeated",
    );
    let q = with_questions(|qs| qs[1].applies_to = &[0, 0]);
    assert!(
        check(&q)
            .iter()
            .any(|p| p.problem == Problem::BadAppliesTo(0))
    );
}

#[test]
fn a_question_needs_three_or_four_answers() {
    let q = with_answers(2, |a| a.truncate(2));
    assert_reports(
        &q,
        "content/questionnaire.json: question P3: 2 answers; needs 3 or 4",
    );
    let q = with_answers(2, |a| a.push(a[3]));
    assert!(
        check(&q)
            .iter()
            .any(|p| p.problem == Problem::AnswerCount(5))
    );
}

#[test]
fn points_must_start_at_zero_ascend_and_end_at_three() {
    let q = with_answers(2, |a| a[0].points = 1);
    assert_reports(
        &q,
        "content/questionnaire.json: question P3, answer 1: points 1: must start at 0, ascend, and end at 3",
    );
    let q = with_answers(2, |a| a[2].points = 1);
    assert_reports(
        &q,
        "content/questionnaire.json: question P3, answer 3: points 1: must start at 0, ascend, and end at 3",
    );
    let q = with_answers(2, |a| a[3].points = 2);
    assert!(
        check(&q).iter().any(|p| p.item == Item::Answer("P3", 4)),
        "ends below 3"
    );
    let q = with_answers(2, |a| a[3].points = 4);
    assert!(
        check(&q).iter().any(|p| p.problem == Problem::BadPoints(4)),
        "above 3"
    );
}

#[test]
fn weight_must_be_one_or_two() {
    for weight in [0, 3] {
        let q = with_questions(|qs| qs[0].weight = weight);
        assert_reports(
            &q,
            &format!("content/questionnaire.json: question P1: weight {weight}: must be 1 or 2"),
        );
    }
}

#[test]
fn a_gate_must_pass_at_an_existing_answer() {
    let q = with_questions(|qs| qs[0].gate = Some(Gate { passes_at: 2 }));
    assert_reports(
        &q,
        "content/questionnaire.json: question P1: gate passes_at 2 is no answer's points",
    );
}

#[test]
fn every_text_needs_both_languages() {
    let advised = with_advice(|a| a[3].hint = Text::Both(&Pair { id: "x", en: " " }));
    assert_found(
        advice_problems(&advised),
        "content/questionnaire.json: question M1: hint is empty in `en`",
    );
    let q = with_answers(3, |a| a[1].text = Text::Both(&Pair { id: "", en: "x" }));
    assert_reports(
        &q,
        "content/questionnaire.json: question M1, answer 2: text is empty in `id`",
    );
    let advised = with_advice(|a| a[0].next_step.what = Text::Both(&Pair { id: "", en: "x" }));
    assert_found(
        advice_problems(&advised),
        "content/questionnaire.json: question P1: next_step.what is empty in `id`",
    );
    let advised = with_advice(|a| {
        a[0].next_step.cost = Some(Text::Both(&Pair {
            id: "Gratis",
            en: "",
        }))
    });
    assert_found(
        advice_problems(&advised),
        "content/questionnaire.json: question P1: next_step.cost is empty in `en`",
    );
    for reason in [Some(Text::Both(&Pair { id: "", en: "x" })), None] {
        let advised = with_advice(|a| a[0].gate_reason = reason);
        assert!(
            super::check(&advised, &FIXTURE_MARKETS)
                .iter()
                .any(|p| p.problem == Problem::EmptyText("gate.reason", Lang::Id))
        );
    }
    let advised = Advised {
        level_meanings: leak(ADVISED_FIXTURE.level_meanings, |ms| {
            ms[0] = Text::Both(&Pair { id: "x", en: "" })
        }),
        ..ADVISED_FIXTURE
    };
    assert!(
        super::check(&advised, &FIXTURE_MARKETS)
            .iter()
            .any(|p| p.item == Item::Level("perintis"))
    );
    let pillars = leak(FIXTURE.pillars, |ps| {
        ps[0].summary = Text::Both(&Pair { id: "", en: "x" })
    });
    assert!(
        check(&Questionnaire { pillars, ..FIXTURE })
            .iter()
            .any(|p| p.item == Item::Pillar("product"))
    );
    let types: &[ProductType] = leak(FIXTURE.product_types, |ts| {
        ts[1].examples = Text::Both(&Pair { id: "x", en: "" })
    });
    let q = Questionnaire {
        product_types: types,
        ..FIXTURE
    };
    assert!(
        check(&q)
            .iter()
            .any(|p| p.item == Item::ProductType("craft"))
    );
}

#[test]
fn every_next_step_names_a_place_and_every_place_is_named() {
    let advised = with_advice(|a| a[2].next_step.places = &[]);
    assert_found(
        advice_problems(&advised),
        "content/questionnaire.json: question P3: next_step.where names no place",
    );
    let unused = Advised {
        places: leak(ADVISED_FIXTURE.places, |ps| ps.push(ps[0])),
        ..ADVISED_FIXTURE
    };
    let found = advice_problems(&unused);
    assert_found(
        found.clone(),
        "content/questionnaire.json: place office: no next step names it",
    );
    assert_found(
        found,
        "content/questionnaire.json: place office: id used twice",
    );
}

#[test]
fn every_question_and_institution_cites_dated_sources() {
    let sourced = |cited: &Cited| -> Vec<String> {
        check_sources(&ADVISED_FIXTURE, cited)
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    assert_eq!(sourced(&CITED_FIXTURE), Vec::<String>::new());
    let without = Cited {
        questions: leak(CITED_FIXTURE.questions, |qs| qs[1] = &[]),
        ..CITED_FIXTURE
    };
    assert_found(
        sourced(&without),
        "content/questionnaire.json: question P2: has no sources",
    );
    let undated: &'static [Source] = &[Source {
        title: "Peraturan BPOM 4/2024",
        url: None,
        checked: "12/2026",
    }];
    let with = |list: &'static [Source]| Cited {
        questions: leak(CITED_FIXTURE.questions, |qs| qs[1] = list),
        ..CITED_FIXTURE
    };
    assert_found(
        sourced(&with(undated)),
        "content/questionnaire.json: question P2: source 1 needs a title, an https:// link if any, and checked as YYYY-MM",
    );
    for (title, url, checked) in [
        ("x", Some("http://oss.go.id"), "2026-12"),
        ("x", None, "2026-13"),
        ("x", None, "2026-1"),
        (" ", None, "2026-12"),
    ] {
        let bad: &'static [Source] = Vec::leak(vec![Source {
            title,
            url,
            checked,
        }]);
        assert!(
            check_sources(&ADVISED_FIXTURE, &with(bad))
                .iter()
                .any(|p| p.problem == Problem::BadSource(1)),
            "{title:?} {url:?} {checked}"
        );
    }
    let unsourced = Cited {
        places: &[&[]],
        ..CITED_FIXTURE
    };
    assert_found(
        sourced(&unsourced),
        "content/questionnaire.json: place office: has no sources",
    );
    let generic = Advised {
        places: leak(ADVISED_FIXTURE.places, |ps| ps[0].generic = true),
        ..ADVISED_FIXTURE
    };
    assert!(
        check_sources(&generic, &unsourced).is_empty(),
        "a tool or a person needs no source"
    );
}

#[test]
fn a_number_outside_the_wording_is_an_empty_text() {
    let q = with_questions(|qs| qs[0].text = Text::Numbered(u16::MAX));
    for lang in Lang::ALL {
        assert!(
            check(&q)
                .iter()
                .any(|p| p.problem == Problem::EmptyText("text", lang))
        );
    }
}

#[test]
fn levels_need_their_meaning() {
    let advised = Advised {
        level_meanings: &ADVISED_FIXTURE.level_meanings[..3],
        ..ADVISED_FIXTURE
    };
    assert_found(
        advice_problems(&advised),
        "content/questionnaire.json: level siap_ekspor: has no advice",
    );
}

#[test]
fn a_next_step_needs_what_to_do_and_where() {
    let advised = with_advice(|a| a[4].next_step.what = Text::Both(&Pair { id: "", en: "" }));
    assert_eq!(
        advice_problems(&advised).len(),
        2,
        "{:?}",
        advice_problems(&advised)
    );
}

#[test]
fn links_must_be_https() {
    for link in ["http://oss.go.id", "oss.go.id", "https://"] {
        let advised = with_advice(|a| a[0].next_step.link = Some(link));
        assert_found(
            advice_problems(&advised),
            "content/questionnaire.json: question P1: next_step.link must start with https://",
        );
    }
}

#[test]
fn since_must_be_within_the_version_and_never_go_back() {
    let q = with_questions(|qs| qs[0].since = 3);
    assert_reports(
        &q,
        "content/questionnaire.json: question P1: since 3: must be 1 to the file's version",
    );
    let q = with_questions(|qs| qs[0].since = 0);
    assert!(
        check(&q)
            .iter()
            .any(|p| p.problem == Problem::SinceOutOfRange(0))
    );
    let q = with_questions(|qs| qs.swap(5, 6));
    assert_reports(
        &q,
        "content/questionnaire.json: question M3: comes before a question of an older version",
    );
    assert_eq!(
        check(&Questionnaire {
            version: 0,
            ..with_questions(|qs| qs.truncate(6))
        })
        .len(),
        7,
        "version 0 and every since above it"
    );
}

#[test]
fn pillar_weights_must_sum_to_100() {
    let pillars = leak(FIXTURE.pillars, |ps| ps[1].weight = 30);
    let q = Questionnaire { pillars, ..FIXTURE };
    assert_reports(
        &q,
        "content/questionnaire.json: file: pillar weights sum to 90; need 100, each ≥ 1",
    );
    let pillars: &[Pillar] = leak(FIXTURE.pillars, |ps| {
        (ps[0].weight, ps[1].weight) = (100, 0)
    });
    assert!(
        check(&Questionnaire { pillars, ..FIXTURE })
            .iter()
            .any(|p| p.problem == Problem::PillarWeights(100))
    );
}

#[test]
fn every_pillar_needs_a_question_for_every_product_type() {
    let q = with_questions(|qs| {
        qs.retain(|question| question.pillar == 0 || question.applies_to == [0])
    });
    assert_reports(
        &q,
        "content/questionnaire.json: pillar market: no question for product type craft",
    );
}

#[test]
fn levels_must_cover_0_to_100_without_gaps() {
    let cases: [fn(&mut Vec<Level>); 4] = [
        |ls| ls[0].min = 1,
        |ls| ls[2].min = 52,
        |ls| ls[3].max = 99,
        |ls| (ls[1].min, ls[1].max) = (26, 20),
    ];
    for edit in cases {
        let levels = leak(FIXTURE.levels, edit);
        let q = Questionnaire { levels, ..FIXTURE };
        assert!(
            check(&q)
                .iter()
                .any(|p| p.problem == Problem::LevelsDoNotCover),
            "{:?}",
            q.levels
        );
    }
}

#[test]
fn the_gate_cap_must_name_a_level() {
    let q = Questionnaire {
        gate_caps_level_at: 4,
        ..FIXTURE
    };
    assert_reports(
        &q,
        "content/questionnaire.json: file: gate_caps_level_at: level 4 does not exist",
    );
}

#[test]
fn product_types_must_fit_in_a_code() {
    let types = leak(FIXTURE.product_types, |ts| ts.resize(16, ts[0]));
    let found = check(&Questionnaire {
        product_types: types,
        ..FIXTURE
    });
    assert!(
        found
            .iter()
            .any(|p| p.problem == Problem::TooManyProductTypes(16))
    );
}

#[test]
fn shipped_markets_pass_every_check() {
    let found: Vec<String> = check_markets(markets(), crate::model::markets::markets_cited())
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(found.is_empty(), "market problems:\n{}", found.join("\n"));
}

#[test]
fn a_market_without_dates_sources_or_words_is_reported() {
    use crate::model::markets::{MarketCited, MarketsCited};
    const NONE: &[Source] = &[];
    let mut market = FIXTURE_MARKETS.markets[0];
    market.checked = "Dec 2026";
    market.name = Text::Both(&Pair { id: "Aa", en: " " });
    let mut stray = market.requirements[0];
    stray.id = "zz_label";
    market.requirements = Box::leak(Box::new([stray]));
    let markets = crate::model::markets::Markets {
        markets: Box::leak(Box::new([market])),
        ..FIXTURE_MARKETS
    };
    let cited = MarketsCited {
        origin_certificate: NONE,
        undecided: &CITED_FIXTURE.places[0][..1],
        markets: &[MarketCited {
            notes: NONE,
            preferences: &[NONE],
            requirements: &[],
        }],
    };
    let found: Vec<String> = check_markets(&markets, &cited)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        found,
        [
            "content/markets.json: origin_certificate: has no sources",
            "content/markets.json: market aa: checked must be the month as YYYY-MM",
            "content/markets.json: market aa: name is empty in `en`",
            "content/markets.json: market aa, preference 1: has no sources",
            "content/markets.json: requirement zz_label: its id must start with its market's id and `_`",
            "content/markets.json: requirement zz_label: has no sources",
        ]
    );
}
