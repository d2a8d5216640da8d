//! What is already good: the best answers, to encourage.

use leptos::prelude::*;

use super::{answer_text, markup_section, section_heading};
use crate::components::{acronym_notes, element, text_element};
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
    let content = move || {
        let (lang, t) = (state.lang.get(), state.result_t());
        let (found, answers) = response.with(|r| {
            let found = strengths(questionnaire(), r);
            let answers: Vec<_> = found.iter().map(|s| r.answer(s.index)).collect();
            (found, answers)
        });
        let mut markup = section_heading("sm-strengths-title", t.strengths_heading);
        if found.is_empty() {
            markup += &text_element("p", "sm-results__intro", t.strengths_none);
            return markup;
        }
        let mut texts = Vec::new();
        let items: String = found
            .iter()
            .zip(answers)
            .take(SHOWN)
            .map(|(strength, answer)| {
                let answer = answer_text(strength.question, answer, lang, "", "");
                let question = strength.question.text.get(lang);
                texts.extend([answer, question]);
                let inner = [
                    text_element("span", "sm-strengths__answer", answer),
                    text_element("span", "sm-strengths__question", question),
                ];
                element("li", "sm-strengths__item", &inner.concat())
            })
            .collect();
        markup += &text_element("p", "sm-results__intro", t.strengths_intro);
        markup += &element("ul", "sm-strengths", &items);
        let others = found.len().saturating_sub(SHOWN);
        if others > 0 {
            let text = t.strengths_more.replace("{count}", &others.to_string());
            markup += &text_element("p", "sm-results__more", &text);
        }
        markup + &acronym_notes(&texts, lang, t, &mut Vec::new())
    };
    markup_section(
        "sm-card sm-results__section sm-results__strengths",
        "sm-strengths-title",
        Box::new(content),
    )
}
