//! Why the level is held back: the basic permits (gates) that are missing.

use leptos::prelude::*;

use crate::locale::ResultStrings;
use crate::model::{Assessment, Lang, advised, questionnaire};

/// A notice naming every failed gate and why it matters, and pointing at the first next step.
/// When a gate lowered the level, it says from which level to which; when the level is below
/// the cap anyway, it says the gate must be cleared before the level can rise past the cap.
/// Nothing when every gate passes.
#[component]
pub fn GateNotice(
    /// The scores, level and failed gates, from the model.
    assessment: Assessment,
    /// The language shown.
    lang: Lang,
    /// The interface strings in that language.
    t: &'static ResultStrings,
) -> impl IntoView {
    let q = questionnaire();
    let a = assessment;
    if a.failed_gates.is_empty() {
        return None;
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
    let reasons = a
        .failed_gates
        .iter()
        .map(|gate| {
            let reason = gate
                .reason(advised())
                .unwrap_or(gate.question.text)
                .get(lang);
            view! { <li class="sm-gate__reason">{reason}</li> }
        })
        .collect_view();
    Some(view! {
        <div class="sm-gate">
            <h2 class="sm-gate__title">{title}</h2>
            <p class="sm-gate__intro">{intro}</p>
            <ul class="sm-gate__reasons">{reasons}</ul>
            <p class="sm-gate__first">{t.results_gate_first}</p>
        </div>
    })
}
