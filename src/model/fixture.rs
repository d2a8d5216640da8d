//! A small questionnaire for unit tests, so they prove the rules independently of the shipped
//! wording and weights. Version 2: `P4` was added in version 2, appended at the end of the file.
//!
//! | id | pillar (weight) | w | applies to | gate | points |
//! |---|---|---|---|---|---|
//! | P1 | product (60) | 2 | all | passes at 3 | 0, 1, 3 |
//! | P2 | product | 2 | food | passes at 2 | 0, 1, 2, 3 |
//! | P3 | product | 1 | all | | 0, 1, 2, 3 |
//! | M1 | market (40) | 2 | all | | 0, 1, 2, 3 |
//! | M2 | market | 1 | craft | | 0, 1, 3 |
//! | M3 | market | 1 | food | | 0, 1, 3 |
//! | P4 | product | 1 | all (since 2) | | 0, 1, 2, 3 |

use super::content::{
    Advice, Advised, AnswerOption, Cited, Gate, Level, NextStep, Pair, Pillar, Place, ProductType,
    Question, Questionnaire, Source, Text,
};
use super::markets::{GeneralAdvice, Market, Markets, MetWhen, Preference, Requirement};
use super::response::{Answer, Response};

/// A fixture text, the same in both languages.
macro_rules! t {
    ($text:literal) => {
        Text::Both(&Pair {
            id: $text,
            en: $text,
        })
    };
}

const FOUR: &[AnswerOption] = &[
    AnswerOption {
        points: 0,
        text: t!("none"),
    },
    AnswerOption {
        points: 1,
        text: t!("some"),
    },
    AnswerOption {
        points: 2,
        text: t!("most"),
    },
    AnswerOption {
        points: 3,
        text: t!("all"),
    },
];
const THREE: &[AnswerOption] = &[
    AnswerOption {
        points: 0,
        text: t!("no"),
    },
    AnswerOption {
        points: 1,
        text: t!("in progress"),
    },
    AnswerOption {
        points: 3,
        text: t!("yes"),
    },
];

const fn question(
    id: &'static str,
    pillar: usize,
    weight: u8,
    applies_to: &'static [u8],
    gate: Option<u8>,
    answers: &'static [AnswerOption],
) -> Question {
    Question {
        id,
        pillar,
        since: 1,
        until: None,
        replaces: None,
        weight,
        applies_to,
        gate: match gate {
            Some(passes_at) => Some(Gate { passes_at }),
            None => None,
        },
        text: t!("question"),
        answers,
    }
}

/// The advice of a fixture question, with a gate's reason if `gate`.
const fn advice(gate: bool) -> Advice {
    Advice {
        hint: t!("hint"),
        gate_reason: if gate { Some(t!("gate reason")) } else { None },
        next_step: NextStep {
            what: t!("what"),
            places: &[0],
            cost: None,
            time: None,
            link: None,
            tool: None,
        },
    }
}

/// Product types: 0 food, 1 craft.
pub(crate) const FOOD: u8 = 0;
/// See [`FOOD`].
pub(crate) const CRAFT: u8 = 1;

/// The fixture questionnaire (see the module's table).
pub(crate) static FIXTURE: Questionnaire = Questionnaire {
    version: 2,
    gate_caps_level_at: 1,
    product_types: &[
        ProductType {
            id: "food",
            name: t!("Food"),
            examples: t!("crisps"),
        },
        ProductType {
            id: "craft",
            name: t!("Craft"),
            examples: t!("baskets"),
        },
    ],
    product_type_order: &[0, 1],
    markets_asked_with: 4,
    pillars: &[
        Pillar {
            id: "product",
            weight: 60,
            name: t!("Product"),
            summary: t!("product"),
        },
        Pillar {
            id: "market",
            weight: 40,
            name: t!("Market"),
            summary: t!("market"),
        },
    ],
    levels: &[
        Level {
            id: "perintis",
            min: 0,
            max: 25,
            name: t!("Perintis"),
        },
        Level {
            id: "berkembang",
            min: 26,
            max: 50,
            name: t!("Berkembang"),
        },
        Level {
            id: "siap_uji_ekspor",
            min: 51,
            max: 75,
            name: t!("Siap Uji Ekspor"),
        },
        Level {
            id: "siap_ekspor",
            min: 76,
            max: 100,
            name: t!("Siap Ekspor"),
        },
    ],
    questions: &[
        question("P1", 0, 2, &[], Some(3), THREE),
        question("P2", 0, 2, &[FOOD], Some(2), FOUR),
        question("P3", 0, 1, &[], None, FOUR),
        question("M1", 1, 2, &[], None, FOUR),
        question("M2", 1, 1, &[CRAFT], None, THREE),
        question("M3", 1, 1, &[FOOD], None, THREE),
        Question {
            since: 2,
            ..question("P4", 0, 1, &[], None, FOUR)
        },
    ],
};

/// The fixture with its advice: P1 and P2 are its gates.
pub(crate) static ADVISED_FIXTURE: Advised = Advised {
    questionnaire: &FIXTURE,
    questions: &[
        advice(true),
        advice(true),
        advice(false),
        advice(false),
        advice(false),
        advice(false),
        advice(false),
    ],
    level_meanings: &[t!("starting"), t!("growing"), t!("test"), t!("ready")],
    places: &[Place {
        id: "office",
        name: t!("where"),
        generic: false,
    }],
};

/// The one source every fixture fact cites.
const SOURCES: &[Source] = &[Source {
    title: "source",
    url: Some("https://example.org"),
    checked: "2026-12",
}];

/// The fixture's sources: one for each question and the place.
pub(crate) static CITED_FIXTURE: Cited = Cited {
    questions: &[SOURCES; 7],
    places: &[SOURCES],
};

/// A requirement of the fixture's markets: mandatory, for food unless said otherwise.
const fn required(id: &'static str, product_types: &'static [u8]) -> Requirement {
    Requirement {
        id,
        product_types,
        mandatory: true,
        what: t!("do it"),
        places: &[0],
        met_when: None,
    }
}

/// Three markets for the plan's tests: `aa` asks food makers for two things and expects a third
/// (not mandatory); `bb` asks food makers for one thing that P3 at 3 points meets, and craft
/// makers for another; `cc` has no preference and asks food makers for two things.
pub(crate) static FIXTURE_MARKETS: Markets = Markets {
    origin_certificate: GeneralAdvice {
        text: t!("apply"),
        places: &[0],
    },
    undecided: GeneralAdvice {
        text: t!("start nearby"),
        places: &[0],
    },
    markets: &[
        Market {
            id: "aa",
            name: t!("Aa"),
            checked: "2026-12",
            currency: "USD",
            preferences: &[Preference {
                agreement: t!("FTA"),
                proof: t!("Form A"),
                status: t!("in force"),
            }],
            no_preference: None,
            duty_note: None,
            requirements: &[
                required("aa_label", &[FOOD]),
                Requirement {
                    mandatory: false,
                    ..required("aa_expected", &[FOOD])
                },
                required("aa_registration", &[FOOD]),
            ],
            ask: &[0],
        },
        Market {
            id: "bb",
            name: t!("Bb"),
            checked: "2026-12",
            currency: "USD",
            preferences: &[],
            no_preference: Some(t!("none")),
            duty_note: None,
            requirements: &[
                Requirement {
                    met_when: Some(MetWhen {
                        question: 2,
                        points: 3,
                    }),
                    ..required("bb_certificate", &[FOOD])
                },
                required("bb_craft", &[CRAFT]),
            ],
            ask: &[0],
        },
        Market {
            id: "cc",
            name: t!("Cc"),
            checked: "2026-12",
            currency: "USD",
            preferences: &[],
            no_preference: Some(t!("none")),
            duty_note: None,
            requirements: &[
                required("cc_first", &[FOOD]),
                required("cc_second", &[FOOD]),
            ],
            ask: &[0],
        },
    ],
};

/// A response to the fixture from a spec such as `"P1=3 P2=? M1=1"`: each question id with the
/// points of the answer chosen, or `?` for "Belum tahu".
pub(crate) fn respond(product_type: Option<u8>, spec: &str) -> Response {
    let mut response = Response::new(&FIXTURE);
    response.product_type = product_type;
    for pair in spec.split_whitespace() {
        let (id, value) = pair.split_once('=').expect("id=points");
        let answer = match value {
            "?" => Answer::DontKnow,
            points => {
                let question = &FIXTURE.questions[FIXTURE.question_index(id).expect("known id")];
                let points: u8 = points.parse().expect("points");
                let choice = question
                    .answers
                    .iter()
                    .position(|a| a.points == points)
                    .expect("answer with those points");
                Answer::Choice(choice as u8)
            }
        };
        assert!(response.set_answer(&FIXTURE, id, Some(answer)));
    }
    response
}
