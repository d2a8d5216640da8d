//! What moved since the previous check: per pillar, overall, the level, and which answers.

use leptos::prelude::*;

use crate::components::{element, escape, long_date, signed, text_element};
use crate::model::{QuestionChange, Response, assess, compare, questionnaire};
use crate::state::AppState;

/// The change since the owner's previous result: a table of each pillar's score before and now
/// with the difference (sign and words, never colour alone), the overall score, the level
/// before and after, and the questions whose answers earn more or fewer points. Nothing without
/// a previous result.
#[component]
pub fn ChangeSinceLast(
    /// The result shown.
    #[prop(into)]
    response: Signal<Response>,
    /// The owner's previous finished result, if any.
    #[prop(into)]
    previous: Signal<Option<Response>>,
) -> impl IntoView {
    let state = AppState::get();
    let q = questionnaire();
    move || {
        let before = previous.get()?;
        let lang = state.lang.get();
        let t = state.result_t();
        let now = response.get();
        let change = compare(q, &before, &now);
        let (then, current) = (assess(q, &before), assess(q, &now));
        // The table's rows and the lists of questions as markup: they never change once drawn
        // (see `components::markup`).
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
            (!list.is_empty()).then(|| {
                let title = title.replace("{count}", &list.len().to_string());
                let items: String = list
                    .iter()
                    .map(|c| text_element("li", "", c.question.text.get(lang)))
                    .collect();
                view! {
                    <details class="sm-change__moved">
                        <summary class="sm-disclosure">{title}</summary>
                        <ul class="sm-change__questions" inner_html=items></ul>
                    </details>
                }
            })
        };
        let date = before.date.map(|day| {
            let text = t
                .change_previous_on
                .replace("{date}", &long_date(day, lang));
            view! { <p class="sm-results__intro">{text}</p> }
        });
        Some(view! {
            <section class="sm-card sm-results__section sm-change" aria-labelledby="sm-change-title">
                <h2 id="sm-change-title" class="sm-results__heading">{t.change_heading}</h2>
                {date}
                {change.questions_changed.then(|| view! {
                    <p class="sm-results__intro">{t.change_questions_changed}</p>
                })}
                <p class="sm-change__level">{level}</p>
                <table class="sm-change__table">
                    <thead>
                        <tr>
                            <th scope="col">{t.change_col_area}</th>
                            <th scope="col">{t.change_col_before}</th>
                            <th scope="col">{t.change_col_now}</th>
                            <th scope="col">{t.change_col_change}</th>
                        </tr>
                    </thead>
                    <tbody inner_html=rows></tbody>
                    <tfoot inner_html=overall></tfoot>
                </table>
                {moved(t.change_improved, change.improved)}
                {moved(t.change_worsened, change.worsened)}
            </section>
        })
    }
}
