//! Every participant of a workshop in a table sortable by any column; each name opens that
//! participant's full result (the owner's result page, from the result link).

use std::sync::Arc;

use leptos::prelude::*;

use crate::mentor::state::MentorState;
use crate::model::{
    Response, SortColumn, WorkshopGroup, encode, next_sorting, questionnaire, sort_rows,
};

/// The owner's app, where a result link opens: one folder up from the mentor area.
const CHECK_PAGE: &str = "../";
/// Rows drawn at first, and added by "show more": a big group's table then appears at once
/// (drawing a thousand rows takes the browser over a second).
const ROWS_AT_A_TIME: usize = 100;

/// The table, sorted as the mentor last chose (the workshop's order at first).
#[component]
pub fn ParticipantsTable(
    /// The workshop's group, with a row for each participant.
    group: Arc<WorkshopGroup>,
    /// The workshop's participants, the rows' results.
    #[prop(into)]
    participants: Signal<Vec<Response>>,
) -> impl IntoView {
    let state = MentorState::get();
    let q = questionnaire();
    let sorting = RwSignal::new(None::<(SortColumn, bool)>);
    let shown = RwSignal::new(ROWS_AT_A_TIME);
    // How many rows are drawn of how many, and a button for the next ones; nothing if all are.
    let more_rows = move |total: usize, limit: usize| {
        (total > limit).then(|| {
            let m = state.m();
            let showing = m
                .table_showing
                .replace("{shown}", &limit.to_string())
                .replace("{total}", &total.to_string());
            let more = m
                .table_show_more
                .replace("{count}", &ROWS_AT_A_TIME.min(total - limit).to_string());
            view! {
                <p class="sm-muted">{showing}</p>
                <button type="button" class="sm-button sm-print-hide" on:click=move |_| shown.update(|n| *n += ROWS_AT_A_TIME)>
                    {more}
                </button>
            }
        })
    };
    let table = move || {
        let (lang, m) = (state.lang.get(), state.m());
        let sorted_by = sorting.get();
        participants.with(|all| {
            // Sorted rows are a copy: the group's own stay in workshop order.
            let sorted = sorted_by.map(|(column, descending)| {
                let mut rows = group.rows.clone();
                sort_rows(&mut rows, column, descending);
                rows
            });
            let rows = sorted.as_ref().unwrap_or(&group.rows);
            let header = |column: SortColumn, name: &'static str| {
                let direction = sorted_by.filter(|(c, _)| *c == column).map(|(_, d)| d);
                let aria_sort = match direction {
                    Some(true) => "descending",
                    Some(false) => "ascending",
                    None => "none",
                };
                let next = next_sorting(sorted_by, column);
                view! {
                    <th scope="col" aria-sort=aria_sort>
                        <button type="button" class="sm-sort" on:click=move |_| sorting.set(Some(next))>
                            {name}
                        </button>
                    </th>
                }
            };
            let mut headers = vec![
                header(SortColumn::Label, m.table_name),
                header(SortColumn::Date, m.table_date),
                header(SortColumn::Level, m.table_level),
                header(SortColumn::Overall, m.table_overall),
            ];
            headers.extend(q.pillars.iter().enumerate().map(|(i, p)| header(SortColumn::Pillar(i), p.name.get(lang))));
            let limit = shown.get();
            let body = rows
                .iter()
                .take(limit)
                .map(|row| {
                    let link = [CHECK_PAGE, "#r=", &encode(q, &all[row.index])].concat();
                    let name = row
                        .label
                        .clone()
                        .unwrap_or_else(|| m.participant_unnamed.replace("{number}", &(row.index + 1).to_string()));
                    let pillars = row.pillars.iter().map(|&score| view! { <td class="sm-num">{score}</td> }).collect_view();
                    view! {
                        <tr>
                            <th scope="row"><a href=link target="_blank">{name}</a></th>
                            <td>{row.date.map(|d| d.to_string())}</td>
                            <td>{q.levels[row.level].name.get(lang)}</td>
                            <td class="sm-num">{row.overall}</td>
                            {pillars}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="sm-table-scroll" role="region" aria-labelledby="sm-participants-title" tabindex="0">
                    <table class="sm-table sm-participants">
                        <caption>{m.table_caption}</caption>
                        <thead><tr>{headers.into_iter().collect_view()}</tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
                {more_rows(rows.len(), limit)}
            }
        })
    };
    view! {
        // Not a named region itself: the scrolling table inside is, under the same heading.
        <section class="sm-card sm-section">
            <h2 id="sm-participants-title">{move || state.m().participants_heading}</h2>
            {table}
        </section>
    }
}
