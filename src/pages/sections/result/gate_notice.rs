//! Why the level is held back: the basic permits (gates) that are missing.

use crate::components::{acronym_notes, element, text_element};
use crate::locale::ResultStrings;
use crate::model::{Assessment, Lang, advised, questionnaire};

/// A notice, as markup, naming every failed gate and why it matters, explaining its acronyms,
/// and pointing at the first next step. When a gate lowered the level, it says from which level
/// to which; when the level is below the cap anyway, it says the gate must be cleared before the
/// level can rise past the cap. Empty when every gate passes.
pub fn gate_notice(a: &Assessment, lang: Lang, t: &'static ResultStrings) -> String {
    let q = questionnaire();
    if a.failed_gates.is_empty() {
        return String::new();
    }
    let level_name = |index: usize| q.levels[index].name.get(lang);
    let (title, intro) = if a.capped() {
        (
            t.results_gate_capped_title
                .replace("{level}", level_name(a.level)),
            t.results_gate_capped_intro
                .replace("{score_level}", level_name(a.score_level)),
        )
    } else {
        (
            t.results_gate_title.to_owned(),
            t.results_gate_intro
                .replace("{level}", level_name(q.gate_caps_level_at)),
        )
    };
    let reasons: Vec<&str> = a
        .failed_gates
        .iter()
        .map(|gate| {
            gate.reason(advised())
                .unwrap_or(gate.question.text)
                .get(lang)
        })
        .collect();
    let items: String = reasons
        .iter()
        .map(|reason| text_element("li", "sm-gate__reason", reason))
        .collect();
    let inner = [
        text_element("h2", "sm-gate__title", &title),
        text_element("p", "sm-gate__intro", &intro),
        element("ul", "sm-gate__reasons", &items),
        acronym_notes(&reasons, lang, t, &mut Vec::new()),
        text_element("p", "sm-gate__first", t.results_gate_first),
    ];
    element("div", "sm-gate", &inner.concat())
}
