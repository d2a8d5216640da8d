//! The "Belum tahu" answers: things to find out, not things done badly.

use leptos::prelude::*;

use crate::components::{element, text_element};
use crate::model::{Response, advised, learning_gaps, questionnaire};
use crate::state::AppState;

/// Every question answered "Belum tahu", in the order the owner saw them, each with its hint
/// (what it means and how to check). Nothing when there are none.
#[component]
pub fn LearningGaps(
    /// The result shown.
    #[prop(into)]
    response: Signal<Response>,
) -> impl IntoView {
    let state = AppState::get();
    move || {
        let (lang, t) = (state.lang.get(), state.result_t());
        let gaps = response.with(|r| learning_gaps(questionnaire(), r));
        (!gaps.is_empty()).then(|| {
            // Markup, as the list never changes once drawn (see `components::markup`).
            let items: String = gaps
                .iter()
                .map(|gap| {
                    let hint = advised().questions[gap.index].hint.get(lang);
                    let inner = [
                        text_element("span", "sm-gaps__question", gap.question.text.get(lang)),
                        text_element("span", "sm-gaps__hint", hint),
                    ];
                    element("li", "sm-gaps__item", &inner.concat())
                })
                .collect();
            view! {
                <section
                    class="sm-card sm-results__section sm-gaps"
                    aria-labelledby="sm-gaps-title"
                >
                    <h2 id="sm-gaps-title" class="sm-results__heading">{t.gaps_heading}</h2>
                    <p class="sm-results__intro">{t.gaps_intro}</p>
                    <ul class="sm-gaps__list" inner_html=items></ul>
                </section>
            }
        })
    }
}
