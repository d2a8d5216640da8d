//! `content/questionnaire.json` becomes `$OUT_DIR/questionnaire.rs`: `static`s of the runtime
//! types in `src/model/content.rs`, so the app carries the questionnaire as plain data and no
//! JSON parser. The texts the questions show are numbered, with a table of them per language
//! (`WORDING_ID`, `WORDING_EN`; see `src/model/wording.rs`); the advice (with the hints and the
//! levels' meanings) is written in both languages where it is used. Unknown fields, a wrong type or a reference to a pillar, product type or level
//! that does not exist fail the build with the file, the item and the problem; everything else
//! (points, thresholds, languages, …) is checked by `src/model/check.rs`, run as a test.

use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;

const FILE: &str = "content/questionnaire.json";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Questionnaire {
    pub(crate) version: u8,
    pub(crate) gate_caps_level_at: String,
    pub(crate) product_types: Vec<ProductType>,
    /// The product types' ids in the order the owner is offered them.
    pub(crate) product_type_order: Vec<String>,
    /// The question whose screen also offers the choice of destination markets.
    pub(crate) markets_asked_with: String,
    pub(crate) pillars: Vec<Pillar>,
    pub(crate) levels: Vec<Level>,
    pub(crate) places: Vec<Place>,
    pub(crate) questions: Vec<Question>,
}

/// An office, programme, portal or tool that next steps name by its id.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Place {
    pub(crate) id: String,
    pub(crate) name: Text,
    /// A tool or a person rather than an institution: it needs no source.
    #[serde(default)]
    pub(crate) generic: bool,
    #[serde(default)]
    pub(crate) sources: Vec<Source>,
}

/// Where a fact comes from, and the month (`YYYY-MM`) it was last checked.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Source {
    pub(crate) title: String,
    pub(crate) url: Option<String>,
    pub(crate) checked: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Text {
    pub(crate) id: String,
    pub(crate) en: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ProductType {
    pub(crate) id: String,
    pub(crate) name: Text,
    pub(crate) examples: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Pillar {
    id: String,
    weight: u8,
    name: Text,
    summary: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Level {
    id: String,
    min: u8,
    max: u8,
    name: Text,
    meaning: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Question {
    pub(crate) id: String,
    pub(crate) pillar: String,
    pub(crate) since: u8,
    pub(crate) until: Option<u8>,
    /// The id of the retired question it takes the place of.
    pub(crate) replaces: Option<String>,
    pub(crate) weight: u8,
    pub(crate) applies_to: Option<Vec<String>>,
    pub(crate) gate: Option<Gate>,
    pub(crate) text: Text,
    pub(crate) hint: Text,
    pub(crate) answers: Vec<AnswerOption>,
    pub(crate) next_step: NextStep,
    pub(crate) sources: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Gate {
    passes_at: u8,
    reason: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AnswerOption {
    pub(crate) points: u8,
    pub(crate) text: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NextStep {
    what: Text,
    /// The ids of the places to go to.
    #[serde(rename = "where")]
    places: Vec<String>,
    cost: Option<Text>,
    time: Option<Text>,
    link: Option<String>,
    /// The app's own tool that does this step: `price` (the export price ladder) or `hs` (the
    /// HS code search).
    tool: Option<String>,
}

/// Compiles the questionnaire, and gives it back for the files that refer to it.
pub fn generate(out_dir: &Path) -> Questionnaire {
    println!("cargo::rerun-if-changed={FILE}");
    let json = std::fs::read_to_string(FILE).unwrap_or_else(|e| panic!("{FILE}: {e}"));
    let mut deserializer = serde_json::Deserializer::from_str(&json);
    let content: Questionnaire = serde_path_to_error::deserialize(&mut deserializer)
        .unwrap_or_else(|e| panic!("{FILE}: {}: {}", e.path(), e.inner()));
    std::fs::write(out_dir.join("questionnaire.rs"), rust(&content))
        .expect("write questionnaire.rs");
    content
}

/// The position of the `kind` called `id` among `ids`, or a build failure naming the referrer.
pub(crate) fn index_of<'a>(
    file: &str,
    mut ids: impl Iterator<Item = &'a str>,
    id: &str,
    kind: &str,
    referrer: &str,
) -> usize {
    ids.position(|candidate| candidate == id)
        .unwrap_or_else(|| panic!("{file}: {referrer}: there is no {kind} `{id}`"))
}

/// The numbered texts, in each language, as `Text::Numbered` counts them; and apart, those of
/// the questions a later version retired, as `Text::Archived` counts them.
#[derive(Default)]
struct Wording {
    id: Vec<String>,
    en: Vec<String>,
    archived_id: Vec<String>,
    archived_en: Vec<String>,
}

impl Wording {
    /// Numbers `t` (once: the same text in two places has one number) and returns its Rust.
    fn number(&mut self, t: &Text) -> String {
        if let Some(number) = find(&self.id, &self.en, t) {
            return format!("Text::Numbered({number})");
        }
        let number = self.id.len();
        assert!(
            number < usize::from(u16::MAX),
            "{FILE}: too many texts to number"
        );
        self.id.push(t.id.clone());
        self.en.push(t.en.clone());
        format!("Text::Numbered({number})")
    }

    /// Numbers a retired question's text `t` in the archive and returns its Rust; a text the
    /// current questions also use keeps their number.
    fn archive(&mut self, t: &Text) -> String {
        if let Some(number) = find(&self.id, &self.en, t) {
            return format!("Text::Numbered({number})");
        }
        if let Some(number) = find(&self.archived_id, &self.archived_en, t) {
            return format!("Text::Archived({number})");
        }
        let number = self.archived_id.len();
        self.archived_id.push(t.id.clone());
        self.archived_en.push(t.en.clone());
        format!("Text::Archived({number})")
    }

    /// The two tables' Rust.
    fn tables(&self) -> String {
        let mut code = String::new();
        for (name, texts, language) in [
            ("WORDING_ID", &self.id, "Bahasa Indonesia"),
            ("WORDING_EN", &self.en, "English"),
        ] {
            let literals: Vec<String> = texts.iter().map(|t| crate::rust_str(t)).collect();
            writeln!(
                code,
                "\n/// The questionnaire's numbered texts in {language}.\n\
                 pub static {name}: [&str; {}] = [\n{}\n];",
                texts.len(),
                literals.join(",\n")
            )
            .unwrap();
        }
        // A retired text a current one repeats in a language points at its number there: the
        // same words in two parts of the app would be one piece of data both need.
        let list = |texts: &[String], numbered: &[String]| {
            let entries: Vec<String> = texts
                .iter()
                .map(|t| match numbered.iter().position(|n| n == t) {
                    Some(number) => format!("ArchivedText::Same({number})"),
                    None => format!("ArchivedText::Own({})", crate::rust_str(t)),
                })
                .collect();
            entries.join(",\n")
        };
        writeln!(
            code,
            "\n/// The retired questions' texts, in both languages.\n\
             pub static ARCHIVE: Archive = Archive {{\nid: &[\n{}\n],\nen: &[\n{}\n] }};",
            list(&self.archived_id, &self.id),
            list(&self.archived_en, &self.en)
        )
        .unwrap();
        code
    }
}

/// The position of `t` among texts numbered in `id` and `en`.
fn find(id: &[String], en: &[String], t: &Text) -> Option<usize> {
    id.iter()
        .zip(en)
        .position(|(i, e)| *i == t.id && *e == t.en)
}

fn rust(content: &Questionnaire) -> String {
    let mut wording = Wording::default();
    // The current questions' texts first, so a retired question sharing one keeps it numbered.
    for q in content.questions.iter().filter(|q| q.until.is_none()) {
        wording.number(&q.text);
        for answer in &q.answers {
            wording.number(&answer.text);
        }
    }
    let levels = content.levels.iter().map(|l| l.id.as_str());
    let cap = index_of(
        FILE,
        levels,
        &content.gate_caps_level_at,
        "level",
        "gate_caps_level_at",
    );
    let mut code = String::from(
        "/// The questionnaire compiled from `content/questionnaire.json` by the build script.\n",
    );
    write!(
        code,
        "pub static QUESTIONNAIRE: Questionnaire = Questionnaire {{ version: {}, \
         gate_caps_level_at: {cap},\nproduct_types: &[\n",
        content.version
    )
    .unwrap();
    for t in &content.product_types {
        writeln!(
            code,
            "ProductType {{ id: {}, name: {}, examples: {} }},",
            crate::rust_str(&t.id),
            wording.number(&t.name),
            wording.number(&t.examples)
        )
        .unwrap();
    }
    let order: Vec<String> = content
        .product_type_order
        .iter()
        .map(|id| {
            let ids = content.product_types.iter().map(|t| t.id.as_str());
            index_of(FILE, ids, id, "product type", "product_type_order").to_string()
        })
        .collect();
    let mut sorted = order.clone();
    sorted.sort();
    sorted.dedup();
    assert!(
        sorted.len() == order.len() && order.len() == content.product_types.len(),
        "{FILE}: product_type_order must name every product type once"
    );
    write!(code, "],\nproduct_type_order: &[{}],", order.join(", ")).unwrap();
    let ids = content.questions.iter().map(|q| q.id.as_str());
    let asked_with = index_of(
        FILE,
        ids,
        &content.markets_asked_with,
        "question",
        "markets_asked_with",
    );
    assert!(
        content.questions[asked_with].until.is_none(),
        "{FILE}: markets_asked_with: name a question the current version asks"
    );
    write!(code, "\nmarkets_asked_with: {asked_with},").unwrap();
    code.push_str("\npillars: &[\n");
    for p in &content.pillars {
        writeln!(
            code,
            "Pillar {{ id: {}, weight: {}, name: {}, summary: {} }},",
            crate::rust_str(&p.id),
            p.weight,
            wording.number(&p.name),
            wording.number(&p.summary)
        )
        .unwrap();
    }
    code.push_str("],\nlevels: &[\n");
    for l in &content.levels {
        writeln!(
            code,
            "Level {{ id: {}, min: {}, max: {}, name: {} }},",
            crate::rust_str(&l.id),
            l.min,
            l.max,
            wording.number(&l.name)
        )
        .unwrap();
    }
    code.push_str("],\nquestions: &[\n");
    for (i, q) in content.questions.iter().enumerate() {
        let item = format!("questions[{i}] ({})", q.id);
        question(&mut code, &mut wording, content, &item, q);
    }
    code.push_str("],\n};\n");
    code.push_str(
        "\n/// The questionnaire's advice, compiled from the same file.\n\
         pub static ADVISED: Advised = Advised { questionnaire: &QUESTIONNAIRE, questions: &[\n",
    );
    for q in &content.questions {
        advice(&mut code, content, q);
    }
    let meanings: Vec<String> = content.levels.iter().map(|l| text(&l.meaning)).collect();
    writeln!(
        code,
        "],\nlevel_meanings: &[{}],\nplaces: &[",
        meanings.join(", ")
    )
    .unwrap();
    for place in &content.places {
        writeln!(
            code,
            "Place {{ id: {}, name: {}, generic: {} }},",
            crate::rust_str(&place.id),
            text(&place.name),
            place.generic,
        )
        .unwrap();
    }
    code.push_str("] };\n");
    let cited = |lists: Vec<&Vec<Source>>| {
        lists
            .into_iter()
            .map(|list| sources(list))
            .collect::<Vec<_>>()
            .join(",\n")
    };
    writeln!(
        code,
        "\n/// Where the content's facts come from, compiled from the same file.\n\
         pub static CITED: Cited = Cited {{\nquestions: &[\n{}\n],\nplaces: &[\n{}\n] }};",
        cited(content.questions.iter().map(|q| &q.sources).collect()),
        cited(content.places.iter().map(|p| &p.sources).collect()),
    )
    .unwrap();
    code.push_str(&wording.tables());
    code
}

fn question(
    code: &mut String,
    wording: &mut Wording,
    content: &Questionnaire,
    item: &str,
    q: &Question,
) {
    let pillars = content.pillars.iter().map(|p| p.id.as_str());
    let pillar = index_of(
        FILE,
        pillars,
        &q.pillar,
        "pillar",
        &format!("{item}.pillar"),
    );
    let applies_to: Vec<String> = match &q.applies_to {
        Some(ids) if ids.is_empty() => {
            panic!("{FILE}: {item}.applies_to: empty; leave it out to apply to every product type")
        }
        Some(ids) => ids
            .iter()
            .map(|id| {
                let types = content.product_types.iter().map(|t| t.id.as_str());
                index_of(
                    FILE,
                    types,
                    id,
                    "product type",
                    &format!("{item}.applies_to"),
                )
                .to_string()
            })
            .collect(),
        None => Vec::new(),
    };
    let gate = match &q.gate {
        Some(g) => format!("Some(Gate {{ passes_at: {} }})", g.passes_at),
        None => "None".to_owned(),
    };
    // A retired question is shown only with an older result, on the later screens: its words
    // are archived with them rather than in each language's wording.
    let mut say = |t: &Text| match q.until {
        Some(_) => wording.archive(t),
        None => wording.number(t),
    };
    let question_text = say(&q.text);
    let answers: Vec<String> = q
        .answers
        .iter()
        .map(|a| {
            format!(
                "AnswerOption {{ points: {}, text: {} }}",
                a.points,
                say(&a.text)
            )
        })
        .collect();
    let until = q
        .until
        .map_or_else(|| "None".to_owned(), |until| format!("Some({until})"));
    let replaces = q.replaces.as_ref().map_or_else(
        || "None".to_owned(),
        |id| {
            let ids = content.questions.iter().map(|other| other.id.as_str());
            let referrer = format!("{item}.replaces");
            format!("Some({})", index_of(FILE, ids, id, "question", &referrer))
        },
    );
    writeln!(
        code,
        "Question {{ id: {}, pillar: {pillar}, since: {}, until: {until}, replaces: {replaces}, weight: {}, \
         applies_to: &[{}], gate: {gate},\n  text: {question_text},\n  answers: &[{}] }},",
        crate::rust_str(&q.id),
        q.since,
        q.weight,
        applies_to.join(", "),
        answers.join(", "),
    )
    .unwrap();
}

fn advice(code: &mut String, content: &Questionnaire, q: &Question) {
    let step = &q.next_step;
    let places: Vec<String> = step
        .places
        .iter()
        .map(|id| {
            let ids = content.places.iter().map(|p| p.id.as_str());
            let referrer = format!("question {}: next_step.where", q.id);
            index_of(FILE, ids, id, "place", &referrer).to_string()
        })
        .collect();
    writeln!(
        code,
        "Advice {{ hint: {}, gate_reason: {}, next_step: NextStep {{ what: {}, \
         places: &[{}], cost: {}, time: {}, link: {}, tool: {} }} }},",
        text(&q.hint),
        optional_text(q.gate.as_ref().map(|g| &g.reason)),
        text(&step.what),
        places.join(", "),
        optional_text(step.cost.as_ref()),
        optional_text(step.time.as_ref()),
        match &step.link {
            Some(link) => format!("Some({})", crate::rust_str(link)),
            None => "None".to_owned(),
        },
        match step.tool.as_deref() {
            None => "None".to_owned(),
            Some("price") => "Some(Tool::Price)".to_owned(),
            Some("hs") => "Some(Tool::HsCode)".to_owned(),
            Some(other) => panic!(
                "{FILE}: question {}: next_step.tool: `{other}` is not `price` or `hs`",
                q.id
            ),
        }
    )
    .unwrap();
}

/// The Rust of a list of sources.
pub(crate) fn sources(list: &[Source]) -> String {
    let items: Vec<String> = list
        .iter()
        .map(|s| {
            let url = s.url.as_deref().map_or_else(
                || "None".to_owned(),
                |url| format!("Some({})", crate::rust_str(url)),
            );
            format!(
                "Source {{ title: {}, url: {url}, checked: {} }}",
                crate::rust_str(&s.title),
                crate::rust_str(&s.checked)
            )
        })
        .collect();
    format!("&[{}]", items.join(", "))
}

/// `t` in both languages, for the advice.
pub(crate) fn text(t: &Text) -> String {
    format!(
        "Text::Both(&Pair {{ id: {}, en: {} }})",
        crate::rust_str(&t.id),
        crate::rust_str(&t.en)
    )
}

pub(crate) fn optional_text(t: Option<&Text>) -> String {
    t.map_or_else(|| "None".to_owned(), |t| format!("Some({})", text(t)))
}
