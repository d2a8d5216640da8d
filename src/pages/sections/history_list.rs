//! The results kept on this phone, newest first, so the owner sees their progress.

use leptos::prelude::*;

use crate::components::text_element;
use crate::model::{Day, Response, assess, questionnaire};
use crate::state::AppState;

/// Day, month and year as people write them in Indonesia (and in most of the world).
fn format_day(day: Day) -> String {
    let (year, month, day) = day.ymd();
    format!("{day:02}/{month:02}/{year}")
}

/// One line per result: date, score and level, or "unfinished". The current answers come
/// first, then the history.
#[component]
pub fn HistoryList() -> impl IntoView {
    let state = AppState::get();
    let q = questionnaire();
    let rows = move || {
        let lang = state.lang.get();
        let t = state.result_t();
        let current = state.response.get();
        let history = state.history.get();
        std::iter::once(current)
            .chain(history.into_iter().rev())
            .filter(|response: &Response| response.product_type.is_some())
            .map(|response| {
                let assessment = assess(q, &response);
                let date = response.date.map(format_day).unwrap_or_default();
                let mut text = t
                    .history_row
                    .replace("{date}", &date)
                    .replace("{score}", &assessment.scores.percent().to_string())
                    .replace("{level}", q.levels[assessment.level].name.get(lang));
                if !assessment.scores.progress.is_complete() {
                    text = format!("{text} ({})", t.history_unfinished);
                }
                text_element("li", "", &text)
            })
            .collect::<String>()
    };
    // Markup, as a line never changes once drawn (see `components::markup`).
    view! { <ul class="sm-history" inner_html=rows></ul> }
}
