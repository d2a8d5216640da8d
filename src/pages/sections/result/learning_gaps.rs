//! The "Belum tahu" answers: things to find out, not things done badly.

use leptos::prelude::*;

use super::{markup_section_while, section_heading};
use crate::components::{acronym_notes, element, text_element};
use crate::model::{Response, advised, learning_gaps, questionnaire};
use crate::state::AppState;

/// Every question answered "Belum tahu", in the order the owner saw them, each with its hint
/// (what it means and how to check), and what their acronyms stand for. Nothing when there are
/// none.
#[component]
pub fn LearningGaps(
    /// The result shown.
    #[prop(into)]
    response: Signal<Response>,
) -> impl IntoView {
    let state = AppState::get();
    let content = move || {
        let (lang, t) = (state.lang.get(), state.result_t());
        let gaps = response.with(|r| learning_gaps(questionnaire(), r));
        let mut texts = Vec::new();
        let items: String = gaps
            .iter()
            .map(|gap| {
                let (question, hint) = (
                    gap.question.text.get(lang),
                    advised().questions[gap.index].hint.get(lang),
                );
                texts.extend([question, hint]);
                let inner = [
                    text_element("span", "sm-gaps__question", question),
                    text_element("span", "sm-gaps__hint", hint),
                ];
                element("li", "sm-gaps__item", &inner.concat())
            })
            .collect();
        [
            section_heading("sm-gaps-title", t.gaps_heading),
            text_element("p", "sm-results__intro", t.gaps_intro),
            element("ul", "sm-gaps__list", &items),
            acronym_notes(&texts, lang, t, &mut Vec::new()),
        ]
        .concat()
    };
    markup_section_while(
        move || response.with(|r| !learning_gaps(questionnaire(), r).is_empty()),
        "sm-card sm-results__section sm-gaps",
        "sm-gaps-title",
        content,
    )
}
