//! What is already good: the best answers, to encourage.

use leptos::prelude::*;

use super::answer_text;
use crate::components::{element, text_element};
use crate::model::{Response, questionnaire, strengths};
use crate::state::AppState;

/// How many strengths are listed; the rest are counted.
const SHOWN: usize = 5;

/// The best few answers (the model's order: highest points, then what weighs most), each as the
/// answer chosen under its question; a count of the others; or, with none yet, a word that this
/// is normal at the start.
#[component]
pub fn StrengthList(
    /// The result shown.
    #[prop(into)]
    response: Signal<Response>,
) -> impl IntoView {
    let state = AppState::get();
    move || {
        let (lang, t) = (state.lang.get(), state.result_t());
        let (found, answers) = response.with(|r| {
            let found = strengths(questionnaire(), r);
            let answers: Vec<_> = found.iter().map(|s| r.answer(s.index)).collect();
            (found, answers)
        });
        let body = if found.is_empty() {
            view! { <p class="sm-results__intro">{t.strengths_none}</p> }.into_any()
        } else {
            // Markup, as the list never changes once drawn (see `components::markup`).
            let items: String = found
                .iter()
                .zip(answers)
                .take(SHOWN)
                .map(|(strength, answer)| {
                    let answer = answer_text(strength.question, answer, lang, "", "");
                    let question = strength.question.text.get(lang);
                    let inner = [
                        text_element("span", "sm-strengths__answer", answer),
                        text_element("span", "sm-strengths__question", question),
                    ];
                    element("li", "sm-strengths__item", &inner.concat())
                })
                .collect();
            let others = found.len().saturating_sub(SHOWN);
            let more = (others > 0).then(|| {
                let text = t.strengths_more.replace("{count}", &others.to_string());
                view! { <p class="sm-results__more">{text}</p> }
            });
            view! {
                <p class="sm-results__intro">{t.strengths_intro}</p>
                <ul class="sm-strengths" inner_html=items></ul>
                {more}
            }
            .into_any()
        };
        view! {
            <section
                class="sm-card sm-results__section sm-results__strengths"
                aria-labelledby="sm-strengths-title"
            >
                <h2 id="sm-strengths-title" class="sm-results__heading">{t.strengths_heading}</h2>
                {body}
            </section>
        }
    }
}
