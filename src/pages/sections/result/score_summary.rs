//! The top of a result: whose it is and when, the overall score and level with its meaning, the
//! gate that holds it back, and whether answers are still missing.

use leptos::prelude::*;

use super::gate_notice::GateNotice;
use crate::components::long_date;
use crate::model::{Assessment, Response, advised, applicable_questions, questionnaire};
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
    /// Its scores and level, from the model.
    #[prop(into)]
    assessment: Signal<Assessment>,
    /// Whether it is the owner's own result.
    own: bool,
) -> impl IntoView {
    let state = AppState::get();
    move || {
        let (lang, t) = (state.lang.get(), state.result_t());
        let a = assessment.get();
        let r = response.get();
        let level = &questionnaire().levels[a.level];
        let date = r.date.map(|day| {
            t.results_checked_on
                .replace("{date}", &long_date(day, lang))
        });
        let meta: Vec<String> = r.label.clone().into_iter().chain(date).collect();
        let meta = (!meta.is_empty())
            .then(|| view! { <p class="sm-summary__meta">{meta.join(" · ")}</p> });
        let progress = a.scores.progress;
        let incomplete = (!progress.is_complete()).then(|| {
            let text = t
                .results_incomplete
                .replace("{answered}", &progress.answered.to_string())
                .replace("{total}", &progress.applicable.to_string());
            let resume = own.then(|| {
                view! {
                    <a class="sm-button sm-summary__continue" href=resume_fragment(&r)>
                        {t.results_continue}
                    </a>
                }
            });
            view! {
                <div class="sm-summary__incomplete">
                    <p class="sm-summary__incomplete-text">{text}</p>
                    {resume}
                </div>
            }
        });
        let older = r.is_from_older_version(questionnaire()).then(|| {
            view! { <p class="sm-summary__older">{t.results_older_version}</p> }
        });
        view! {
            <section class="sm-card sm-summary" aria-labelledby="sm-summary-title">
                <p class="sm-eyebrow">{t.results_eyebrow}</p>
                {meta}
                <h1 id="sm-summary-title" class="sm-summary__heading">
                    <span class="sm-summary__score">
                        <span class="sm-summary__number">{a.scores.percent().to_string()}</span>
                        " "
                        <span class="sm-summary__out-of">{t.results_out_of}</span>
                    </span>
                    " "
                    <span class="sm-summary__level">
                        <span class="sm-summary__caption">{t.results_level_caption}</span>
                        " "
                        <span class="sm-summary__level-name">{level.name.get(lang)}</span>
                    </span>
                </h1>
                <p class="sm-summary__meaning">{advised().level_meanings[a.level].get(lang)}</p>
                <GateNotice assessment=a lang t />
                {older}
                {incomplete}
                {listen_button(t.listen_summary.to_owned(), lang, None)}
            </section>
        }
    }
}
