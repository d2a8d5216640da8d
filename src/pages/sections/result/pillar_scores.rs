//! The pillar scores section: a radar chart beside bars with the numbers as text.

use leptos::prelude::*;

use super::pillar_bars::pillar_bars;
use super::pillar_chart::pillar_chart;
use super::{markup_section, section_heading};
use crate::components::{element, text_element};
use crate::model::{Response, assess, questionnaire};
use crate::state::AppState;

/// Each pillar's score twice: as a chart for the eye and as a list readable without it.
#[component]
pub fn PillarScores(
    /// The result shown.
    #[prop(into)]
    response: Signal<Response>,
) -> impl IntoView {
    let state = AppState::get();
    let q = questionnaire();
    let content = move || {
        let (lang, t) = (state.lang.get(), state.result_t());
        let a = response.with(|r| assess(q, r));
        let scores: Vec<(&'static str, u8)> = a
            .scores
            .pillars
            .iter()
            .map(|p| (q.pillars[p.pillar].name.get(lang), p.percent()))
            .collect();
        let both = [pillar_chart(&scores, t), pillar_bars(&scores)].concat();
        [
            section_heading("sm-pillars-title", t.results_pillars_heading),
            text_element(
                "p",
                "sm-results__intro sm-results__scale",
                t.results_pillars_scale,
            ),
            element("div", "sm-pillar-scores", &both),
        ]
        .concat()
    };
    markup_section(
        "sm-card sm-results__section",
        "sm-pillars-title",
        Box::new(content),
    )
}
