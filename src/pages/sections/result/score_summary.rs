//! The top of a result: whose it is and when, the overall score and level with its meaning, the
//! gate that holds it back, and whether answers are still missing. None of it changes once
//! drawn, so it is written as markup (see `components::markup`); only its read-aloud is an
//! element of its own.

use leptos::prelude::*;

use super::gate_notice::gate_notice;
use crate::components::{element, escape, long_date, text_element};
use crate::model::{Response, advised, applicable_questions, assess, questionnaire};
use crate::pages::sections::listen_button;
use crate::route::Route;
use crate::state::AppState;

/// Where answering resumes: the product type if it is not chosen, else the first question that
/// applies and is unanswered (in the order the owner sees them).
fn resume_fragment(response: &Response) -> String {
    let q = questionnaire();
    let route = match response.product_type {
        None => Route::ProductType,
        Some(_) => applicable_questions(q, response)
            .find(|(index, _)| response.answer(*index).is_none())
            .map_or(Route::Results, |(index, _)| Route::Question(index)),
    };
    route.fragment(q)
}

/// The result's heading (the page's `h1`: score and level), whose result it is and when, the
/// level's meaning, where it sits among the levels, and notices for a failed gate or an
/// incomplete check (with a way to continue, on the owner's own result).
#[component]
pub fn ScoreSummary(
    /// The result shown.
    #[prop(into)]
    response: Signal<Response>,
    /// Whether it is the owner's own result.
    own: bool,
) -> impl IntoView {
    let state = AppState::get();
    move || {
        let (lang, t) = (state.lang.get(), state.result_t());
        let r = response.get();
        let a = assess(questionnaire(), &r);
        let level = &questionnaire().levels[a.level];
        let date = r.date.map(|day| {
            t.results_checked_on
                .replace("{date}", &long_date(day, lang))
        });
        let meta: Vec<String> = r.label.clone().into_iter().chain(date).collect();
        let mut markup = text_element("p", "sm-eyebrow", t.results_eyebrow);
        if !meta.is_empty() {
            markup += &text_element("p", "sm-summary__meta", &meta.join(" · "));
        }
        let score = [
            text_element(
                "span",
                "sm-summary__number",
                &a.scores.percent().to_string(),
            ),
            text_element("span", "sm-summary__out-of", t.results_out_of),
        ];
        let level_name = [
            text_element("span", "sm-summary__caption", t.results_level_caption),
            text_element("span", "sm-summary__level-name", level.name.get(lang)),
        ];
        let heading = [
            element("span", "sm-summary__score", &score.join(" ")),
            element("span", "sm-summary__level", &level_name.join(" ")),
        ];
        markup += &format!(
            r#"<h1 id="sm-summary-title" class="sm-summary__heading">{}</h1>"#,
            heading.join(" ")
        );
        markup += &text_element(
            "p",
            "sm-summary__meaning",
            advised().level_meanings[a.level].get(lang),
        );
        markup += &gate_notice(&a, lang, t);
        if r.is_from_older_version(questionnaire()) {
            markup += &text_element("p", "sm-summary__older", t.results_older_version);
        }
        let progress = a.scores.progress;
        if !progress.is_complete() {
            let text = t
                .results_incomplete
                .replace("{answered}", &progress.answered.to_string())
                .replace("{total}", &progress.applicable.to_string());
            let mut incomplete = text_element("p", "sm-summary__incomplete-text", &text);
            if own {
                incomplete += &format!(
                    r#"<a class="sm-button sm-summary__continue" href="{}">{}</a>"#,
                    escape(&resume_fragment(&r)),
                    escape(t.results_continue)
                );
            }
            markup += &element("div", "sm-summary__incomplete", &incomplete);
        }
        view! {
            <section class="sm-card sm-summary" aria-labelledby="sm-summary-title">
                <div class="sm-summary__body" inner_html=markup></div>
                {listen_button(t.listen_summary.to_owned(), lang, None)}
            </section>
        }
    }
}
