//! The pillar scores section: a radar chart beside bars with the numbers as text.

use leptos::prelude::*;

use super::pillar_bars::PillarBars;
use super::pillar_chart::PillarChart;
use crate::model::{Assessment, questionnaire};
use crate::state::AppState;

/// Each pillar's score twice: as a chart for the eye and as a list readable without it.
#[component]
pub fn PillarScores(
    /// The scores, from the model.
    #[prop(into)]
    assessment: Signal<Assessment>,
) -> impl IntoView {
    let state = AppState::get();
    let q = questionnaire();
    move || {
        let (lang, t) = (state.lang.get(), state.result_t());
        let scores: Vec<(&'static str, u8)> = assessment.with(|a| {
            a.scores
                .pillars
                .iter()
                .map(|p| (q.pillars[p.pillar].name.get(lang), p.percent()))
                .collect()
        });
        view! {
            <section class="sm-card sm-results__section" aria-labelledby="sm-pillars-title">
                <h2 id="sm-pillars-title" class="sm-results__heading">
                    {t.results_pillars_heading}
                </h2>
                <p class="sm-results__intro sm-results__scale">{t.results_pillars_scale}</p>
                <div class="sm-pillar-scores">
                    <PillarChart scores=scores.clone() t />
                    <PillarBars scores />
                </div>
            </section>
        }
    }
}
