//! What moved since the previous check: per pillar, overall, the level, and which answers.

use leptos::prelude::*;

use super::{markup_section_while, section_heading};
use crate::components::{acronym_notes, element, escape, long_date, signed, text_element};
use crate::model::{QuestionChange, Response, assess, compare, questionnaire};
use crate::state::AppState;

/// The change since the owner's previous result (the last in their history on this phone; only
/// the owner's own result shows it): a table of each pillar's score before and now
/// with the difference (sign and words, never colour alone), the overall score, the level
/// before and after, and the questions whose answers earn more or fewer points. Nothing without
/// a previous result.
#[component]
pub fn ChangeSinceLast(
    /// The result shown.
    #[prop(into)]
    response: Signal<Response>,
) -> impl IntoView {
    let state = AppState::get();
    let q = questionnaire();
    let content = move || {
        let Some(before) = state.history.with(|h| h.last().cloned()) else {
            return String::new();
        };
        let (lang, t) = (state.lang.get(), state.result_t());
        let now = response.get();
        let change = compare(q, &before, &now);
        let (then, current) = (assess(q, &before), assess(q, &now));
        let row = |name: &'static str, was: u8, is: u8, moved: i16| {
            let cells = [
                format!(r#"<th scope="row">{}</th>"#, escape(name)),
                text_element("td", "", &was.to_string()),
                text_element("td", "", &is.to_string()),
                text_element("td", "", &signed(moved.into())),
            ];
            element("tr", "", &cells.concat())
        };
        let rows: String = q
            .pillars
            .iter()
            .zip(then.scores.pillars.iter().zip(&current.scores.pillars))
            .zip(&change.pillars)
            .map(|((pillar, (was, is)), &moved)| {
                row(pillar.name.get(lang), was.percent(), is.percent(), moved)
            })
            .collect();
        let overall = row(
            t.change_overall,
            then.scores.percent(),
            current.scores.percent(),
            change.overall,
        );
        let level_name = |index: usize| q.levels[index].name.get(lang);
        let (was, is) = (change.level_before, change.level_after);
        let level = match was.cmp(&is) {
            std::cmp::Ordering::Equal => t.change_level_same.replace("{level}", level_name(is)),
            std::cmp::Ordering::Less => t.change_level_moved.to_owned(),
            std::cmp::Ordering::Greater => t.change_level_dropped.to_owned(),
        }
        .replace("{before}", level_name(was))
        .replace("{after}", level_name(is));
        let moved = |title: &'static str, list: Vec<QuestionChange>| {
            if list.is_empty() {
                return String::new();
            }
            let title = title.replace("{count}", &list.len().to_string());
            let texts: Vec<&str> = list.iter().map(|c| c.question.text.get(lang)).collect();
            let items: String = texts
                .iter()
                .map(|text| text_element("li", "", text))
                .collect();
            let inner = [
                text_element("summary", "sm-disclosure", &title),
                element("ul", "sm-change__questions", &items),
                acronym_notes(&texts, lang, t, &mut Vec::new()),
            ];
            element("details", "sm-change__moved", &inner.concat())
        };
        let mut markup = section_heading("sm-change-title", t.change_heading);
        if let Some(day) = before.date {
            let text = t
                .change_previous_on
                .replace("{date}", &long_date(day, lang));
            markup += &text_element("p", "sm-results__intro", &text);
        }
        if change.questions_changed {
            markup += &text_element("p", "sm-results__intro", t.change_questions_changed);
        }
        markup += &text_element("p", "sm-change__level", &level);
        let head: String = [
            t.change_col_area,
            t.change_col_before,
            t.change_col_now,
            t.change_col_change,
        ]
        .iter()
        .map(|name| format!(r#"<th scope="col">{}</th>"#, escape(name)))
        .collect();
        let table = [
            element("thead", "", &element("tr", "", &head)),
            element("tbody", "", &rows),
            element("tfoot", "", &overall),
        ];
        markup += &element("table", "sm-change__table", &table.concat());
        markup += &moved(t.change_improved, change.improved);
        markup += &moved(t.change_worsened, change.worsened);
        markup
    };
    markup_section_while(
        move || state.history.with(|h| !h.is_empty()),
        "sm-card sm-results__section sm-change",
        "sm-change-title",
        content,
    )
}
