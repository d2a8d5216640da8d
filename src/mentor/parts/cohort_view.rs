//! The group at a glance: how many, each pillar's average and spread (a chart drawn into the
//! numbers table), how many at each level, the target markets they chose, and what to teach
//! today. Every figure comes from the model's [`CohortSummary`].

use leptos::prelude::*;

use super::cohort_markets::{CohortMarkets, market_focus_item};
use crate::mentor::state::MentorState;
use crate::model::{CohortSummary, Stats, Text, advised, questionnaire};

/// How many questions the teaching agenda shows: what fits one session (with, after them, the
/// most wanted target market's most common unmet requirement).
const AGENDA_LENGTH: usize = 5;

/// A 0–100 scale with the range from lowest to highest and a mark at the average; decoration,
/// since the same row states the numbers.
fn range_bar(stats: &Stats) -> impl IntoView + use<> {
    let (low, high) = (f64::from(stats.min), f64::from(stats.max));
    let mean = stats.mean;
    view! {
        <svg class="sm-range" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            <rect class="sm-range__track" x="0" y="3" width="100" height="4" />
            <rect class="sm-range__span" x=low.to_string() y="2" width=(high - low).max(1.0).to_string() height="6" />
            <rect class="sm-range__mean" x=(mean - 0.75).clamp(0.0, 98.5).to_string() y="0" width="1.5" height="10" />
        </svg>
    }
}

/// One row of the numbers table.
fn stats_row(name: &'static str, stats: &Stats) -> impl IntoView + use<> {
    view! {
        <tr>
            <th scope="row">{name}</th>
            <td class="sm-num">{stats.mean_percent()}</td>
            <td class="sm-num">"±"{stats.spread_points()}</td>
            <td class="sm-num">{stats.min}"–"{stats.max}</td>
            <td class="sm-cohort__bar">{range_bar(stats)}</td>
        </tr>
    }
}

/// The summary sections of a group with at least one participant.
#[component]
pub fn CohortView(
    /// The group's summary, from the model.
    #[prop(into)]
    summary: Signal<CohortSummary>,
) -> impl IntoView {
    let state = MentorState::get();
    let q = questionnaire();
    let scores = move || {
        let (lang, m) = (state.lang.get(), state.m());
        summary.with(|s| {
            let rows = std::iter::once(stats_row(m.cohort_overall, &s.overall))
                .chain(
                    q.pillars
                        .iter()
                        .zip(&s.pillars)
                        .map(|(p, stats)| stats_row(p.name.get(lang), stats)),
                )
                .collect_view();
            let participants = m
                .participants_count
                .replace("{count}", &s.count.to_string());
            let older = (s.older_versions > 0).then(|| {
                let text = m
                    .cohort_older_versions
                    .replace("{older}", &s.older_versions.to_string())
                    .replace("{count}", &s.count.to_string());
                view! { <p class="sm-results__intro">{text}</p> }
            });
            view! {
                <h2 id="sm-cohort-title">{m.cohort_heading}</h2>
                <p class="sm-cohort__count">{participants}</p>
                {older}
                <div class="sm-table-scroll" role="region" aria-labelledby="sm-cohort-scores-caption" tabindex="0">
                <table class="sm-table sm-cohort__scores">
                    <caption id="sm-cohort-scores-caption">{m.cohort_scores_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{m.cohort_part}</th>
                            <th scope="col">{m.cohort_mean}</th>
                            <th scope="col">{m.cohort_spread}</th>
                            <th scope="col">{m.cohort_range}</th>
                            <th scope="col">{m.cohort_chart}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
                </div>
            }
        })
    };
    let levels = move || {
        let (lang, m) = (state.lang.get(), state.m());
        summary.with(|s| {
            let most = s.levels.iter().copied().max().unwrap_or(0).max(1);
            let items = q
                .levels
                .iter()
                .zip(&s.levels)
                .map(|(level, &count)| {
                    let width = (f64::from(count) * 100.0 / f64::from(most)).to_string();
                    view! {
                        <li class="sm-levels__item">
                            <span class="sm-levels__name">{level.name.get(lang)}</span>
                            <svg class="sm-levels__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                                <rect x="0" y="0" width=width height="10" />
                            </svg>
                            <span class="sm-num">{count}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h3>{m.cohort_levels}</h3>
                <ul class="sm-levels">{items}</ul>
            }
        })
    };
    let agenda = move || {
        let (lang, m) = (state.lang.get(), state.m());
        let text = move |t: Text| t.get(lang);
        summary.with(|s| {
            let items = s
                .agenda
                .iter()
                .take(AGENDA_LENGTH)
                .map(|tally| {
                    let step = &advised().questions[tally.index].next_step;
                    let who = m
                        .agenda_who
                        .replace("{count}", &tally.needing_help().to_string())
                        .replace("{of}", &tally.applicable.to_string())
                        .replace("{weak}", &tally.weak.to_string())
                        .replace("{unsure}", &tally.dont_know.to_string());
                    view! {
                        <li class="sm-agenda__item">
                            <p class="sm-agenda__question">{text(tally.question.text)}</p>
                            <p class="sm-agenda__who">{who}</p>
                            <p>
                                <strong>{m.agenda_step}</strong>" "{text(step.what)}
                            </p>
                            <p class="sm-agenda__place">
                                <strong>{m.agenda_where}</strong>" "{advised().where_to_go(step, lang)}
                            </p>
                        </li>
                    }
                })
                .collect_view();
            let market = s
                .market_focus
                .and_then(|focus| market_focus_item(focus, lang, m));
            let none = s.agenda.is_empty().then(|| view! { <p>{m.agenda_none}</p> });
            let list = (!s.agenda.is_empty() || market.is_some())
                .then(|| view! { <ol class="sm-agenda">{items}{market}</ol> });
            let body = (none, list);
            view! {
                <h2 id="sm-agenda-title">{m.agenda_heading}</h2>
                <p class="sm-results__intro">{m.agenda_intro}</p>
                {body}
            }
        })
    };
    view! {
        <section class="sm-card sm-section" aria-labelledby="sm-cohort-title">
            {scores}
            {levels}
            <CohortMarkets summary />
        </section>
        <section class="sm-card sm-section" aria-labelledby="sm-agenda-title">{agenda}</section>
    }
}
