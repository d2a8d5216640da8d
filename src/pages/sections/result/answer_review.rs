//! Every answer given, each a way back to its question to change it.

use leptos::prelude::*;

use super::{answer_text, markup_section, section_heading};
use crate::components::{acronym_notes, element, escape, text_element};
use crate::model::{Response, applicable_questions, questionnaire};
use crate::route::Route;
use crate::state::AppState;

/// A collapsed list (`<details>`) of the product type and every question that applies, grouped
/// by pillar in the order the owner saw them, each with the answer chosen, and what their
/// acronyms stand for. Each is a link to
/// that question's screen (`#/q/M3`); the app's router brings the owner back to the result.
#[component]
pub fn AnswerReview(
    /// The owner's own result.
    #[prop(into)]
    response: Signal<Response>,
) -> impl IntoView {
    let state = AppState::get();
    let q = questionnaire();
    let content = move || {
        let (lang, t) = (state.lang.get(), state.result_t());
        let r = response.get();
        // The links are plain links, which the app's router follows.
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
        let mut texts = Vec::new();
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
                    texts.extend([question.text.get(lang), answer]);
                    let href = Route::Question(index).fragment(q);
                    link(href, question.text.get(lang), answer)
                })
                .collect();
            markup += &text_element("h3", "sm-review__pillar", info.name.get(lang));
            markup += &element("ul", "sm-review__list", &items);
        }
        markup += &acronym_notes(&texts, lang, t, &mut Vec::new());
        let summary = t
            .review_summary
            .replace("{count}", &asked.len().to_string());
        let review = [text_element("summary", "sm-disclosure", &summary), markup];
        [
            section_heading("sm-review-title", t.review_heading),
            element("details", "sm-review", &review.concat()),
        ]
        .concat()
    };
    markup_section(
        "sm-card sm-results__section sm-results__review",
        "sm-review-title",
        Box::new(content),
    )
}
