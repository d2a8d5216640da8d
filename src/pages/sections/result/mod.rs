//! One result, fully explained: the level and overall score, each pillar's score (a radar chart
//! and bars), the change since the previous check, strengths, learning gaps and the next steps;
//! for the owner's own result also a way to change an answer, a business name, sharing and
//! printing. Every number, level and order comes from `crate::model`; these components only
//! show it.
//!
//! Each section renders in one reactive closure that reads the language and the result, and
//! everything inside it is plain, non-reactive view: a language switch or a changed answer
//! redraws the section, which keeps the WebAssembly small. Only what the owner operates (the
//! steps toggle, the copy status, the business name field) has finer reactivity. Sections work
//! out the scores from the result themselves (`assess` is quick) rather than share a signal of
//! them: each type of signal brings its own copy of the reactive code.

mod answer_review;
mod comparison;
mod gate_notice;
mod label_field;
mod learning_gaps;
mod markets;
mod pillar_bars;
mod pillar_chart;
mod pillar_scores;
mod radar;
mod score_summary;
mod share_panel;
mod share_text;
mod step_item;
mod step_list;
mod strength_list;
mod tools;

use leptos::prelude::*;

use crate::components::{escape, later};
use crate::model::{Answer, Lang, Question, Response};
use crate::state::AppState;
use answer_review::AnswerReview;
use comparison::ChangeSinceLast;
use learning_gaps::LearningGaps;
use markets::MarketSections;
use pillar_scores::PillarScores;
use score_summary::ScoreSummary;
use share_panel::SharePanel;
use step_list::StepList;
use strength_list::StrengthList;
use tools::ExportTools;

/// One result, fully explained.
#[component]
pub fn ResultsView(
    /// The result to show.
    #[prop(into)]
    response: Signal<Response>,
    /// `true` for the owner's own result (answers can be changed, a business name added, the
    /// result shared and printed, and the change since their previous result shown); `false`
    /// for someone's result opened from a link (read-only).
    own: bool,
) -> impl IntoView {
    let state = AppState::get();
    let print_header = move || {
        let t = state.result_t();
        [t.app_name, " · ", t.results_print_title].concat()
    };
    view! {
        <div class="sm-results">
            <p class="sm-results__print-header">{print_header}</p>
            <ScoreSummary response own />
            // The level and score at once; the rest in tasks of their own (see `later`; a shared
            // result's last one draws nothing: an `Option` of it costs more bytes).
            {later(Box::new(move || {
                let mut sections = vec![view! { <PillarScores response /> }.into_any()];
                if own {
                    sections.push(view! { <ChangeSinceLast response /> }.into_any());
                }
                sections.push(view! { <StrengthList response /> }.into_any());
                sections.push(view! { <LearningGaps response /> }.into_any());
                sections
            }))}
            {later(Box::new(move || vec![
                view! { <StepList response /> }.into_any(),
                view! { <MarketSections response own /> }.into_any(),
            ]))}
            {later(Box::new(move || {
                if own {
                    vec![
                        view! { <ExportTools /> }.into_any(),
                        view! { <AnswerReview response /> }.into_any(),
                        view! { <SharePanel response /> }.into_any(),
                    ]
                } else {
                    Vec::new()
                }
            }))}
        </div>
    }
}

/// A section of a result that holds only markup (see `components::markup`), drawn whole again
/// when what `content` reads changes (the language, the result). Every such section is this one
/// element type, so they share one copy of its rendering code.
fn markup_section(
    class: &'static str,
    title_id: &'static str,
    content: Box<dyn Fn() -> String + Send + Sync>,
) -> impl IntoView {
    view! { <section class=class aria-labelledby=title_id inner_html=content></section> }
}

/// [`markup_section`], drawn only while `shown` holds (a section that may have nothing to say).
fn markup_section_while(
    shown: impl Fn() -> bool + Send + Sync + 'static,
    class: &'static str,
    title_id: &'static str,
    content: impl Fn() -> String + Copy + Send + Sync + 'static,
) -> impl IntoView {
    move || shown().then(|| markup_section(class, title_id, Box::new(content)))
}

/// A section's heading, as markup, with the id its section is named by.
fn section_heading(id: &str, text: &str) -> String {
    format!(
        r#"<h2 id="{id}" class="sm-results__heading">{}</h2>"#,
        escape(text)
    )
}

/// The text of an answer as the owner chose it, or `fallback` when there is none.
fn answer_text(
    question: &Question,
    answer: Option<Answer>,
    lang: Lang,
    dont_know: &'static str,
    fallback: &'static str,
) -> &'static str {
    match answer {
        Some(Answer::DontKnow) => dont_know,
        Some(Answer::Choice(choice)) => question
            .answers
            .get(usize::from(choice))
            .map_or(fallback, |option| option.text.get(lang)),
        None => fallback,
    }
}
