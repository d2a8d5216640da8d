//! Every answer given, each a way back to its question to change it.

use leptos::prelude::*;

use super::answer_text;
use crate::components::{element, escape, text_element};
use crate::model::{Response, applicable_questions, questionnaire};
use crate::route::Route;
use crate::state::AppState;

/// A collapsed list (`<details>`) of the product type and every question that applies, grouped
/// by pillar in the order the owner saw them, each with the answer chosen. Each is a link to
/// that question's screen (`#/q/M3`); the app's router brings the owner back to the result.
#[component]
pub fn AnswerReview(
    /// The owner's own result.
    #[prop(into)]
    response: Signal<Response>,
) -> impl IntoView {
    let state = AppState::get();
    let q = questionnaire();
    move || {
        let (lang, t) = (state.lang.get(), state.result_t());
        let r = response.get();
        // Markup, as the list never changes once drawn (see `components::markup`); the links
        // are plain links, which the app's router follows.
        let link = |href: String, question: &str, answer: &str| {
            let inner = [
                text_element("span", "sm-review__question", question),
                text_element("span", "sm-review__answer", answer),
            ];
            let a = format!(
                r#"<a class="sm-review__link" href="{}">{}</a>"#,
                escape(&href),
                inner.concat()
            );
            element("li", "", &a)
        };
        let kind = r
            .product_type
            .and_then(|index| q.product_types.get(usize::from(index)))
            .map_or(t.review_not_chosen, |kind| kind.name.get(lang));
        let asked: Vec<_> = applicable_questions(q, &r).collect();
        let mut markup = [
            text_element("p", "sm-results__intro", t.review_intro),
            element(
                "ul",
                "sm-review__list",
                &link(Route::ProductType.fragment(q), t.review_product_type, kind),
            ),
        ]
        .concat();
        for (pillar, info) in q.pillars.iter().enumerate() {
            let items: String = asked
                .iter()
                .filter(|(_, question)| question.pillar == pillar)
                .map(|&(index, question)| {
                    let answer = answer_text(
                        question,
                        r.answer(index),
                        lang,
                        t.dont_know,
                        t.review_unanswered,
                    );
                    let href = Route::Question(index).fragment(q);
                    link(href, question.text.get(lang), answer)
                })
                .collect();
            markup += &text_element("h3", "sm-review__pillar", info.name.get(lang));
            markup += &element("ul", "sm-review__list", &items);
        }
        let summary = t
            .review_summary
            .replace("{count}", &asked.len().to_string());
        view! {
            <section
                class="sm-card sm-results__section sm-results__review"
                aria-labelledby="sm-review-title"
            >
                <h2 id="sm-review-title" class="sm-results__heading">{t.review_heading}</h2>
                <details class="sm-review">
                    <summary class="sm-disclosure">{summary}</summary>
                    <div inner_html=markup></div>
                </details>
            </section>
        }
    }
}
