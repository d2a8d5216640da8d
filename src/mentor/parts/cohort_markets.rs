//! The target markets a group chose: how many participants want each (most wanted first), how
//! many do not know yet and how many did not say; and the teaching agenda's item for the most
//! wanted market's most common unmet requirement. Every figure and order comes from the
//! model's [`CohortSummary`].

use leptos::prelude::*;

use crate::locale::MentorStrings;
use crate::mentor::state::MentorState;
use crate::model::{CohortSummary, Lang, MarketFocus, advised, markets};

/// One row of the markets table: a market (or "Belum tahu") and how many chose it.
fn market_row(name: &'static str, count: u32) -> impl IntoView + use<> {
    view! {
        <tr>
            <th scope="row">{name}</th>
            <td class="sm-num">{count}</td>
        </tr>
    }
}

/// The group's target markets, for a group with at least one participant.
#[component]
pub fn CohortMarkets(
    /// The group's summary, from the model.
    #[prop(into)]
    summary: Signal<CohortSummary>,
) -> impl IntoView {
    let state = MentorState::get();
    move || {
        let (lang, m) = (state.lang.get(), state.m());
        summary.with(|s| {
            let wanted = s.wanted_markets();
            let undecided = s.markets_undecided;
            let table = (!wanted.is_empty() || undecided > 0).then(|| {
                let rows = wanted
                    .iter()
                    .filter_map(|&(position, count)| {
                        let market = markets().markets.get(position)?;
                        Some(market_row(market.name.get(lang), count))
                    })
                    .collect_view();
                let undecided = (undecided > 0)
                    .then(|| market_row(m.cohort_markets_undecided, undecided));
                view! {
                    <p class="sm-results__intro">{m.cohort_markets_intro}</p>
                    <table class="sm-table sm-cohort__markets" aria-labelledby="sm-cohort-markets-title">
                        <thead>
                            <tr>
                                <th scope="col">{m.cohort_market}</th>
                                <th scope="col">{m.cohort_market_count}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}{undecided}</tbody>
                    </table>
                }
            });
            let unsaid = (s.markets_unsaid > 0).then(|| {
                let text = m
                    .cohort_markets_unsaid
                    .replace("{count}", &s.markets_unsaid.to_string());
                view! { <p class="sm-cohort__unsaid">{text}</p> }
            });
            view! {
                <h3 id="sm-cohort-markets-title">{m.cohort_markets}</h3>
                {table}
                {unsaid}
            }
        })
    }
}

/// The teaching agenda's item for the most wanted market: how many chose it, how many of those
/// lack its most common unmet requirement, what that is, and where to get it.
pub fn market_focus_item(
    focus: MarketFocus,
    lang: Lang,
    m: &'static MentorStrings,
) -> Option<impl IntoView + use<>> {
    let (market, requirement) = focus.step().get(markets())?;
    let title = m
        .agenda_market
        .replace("{market}", market.name.get(lang))
        .replace("{count}", &focus.wanted_by.to_string());
    let who = m
        .agenda_market_who
        .replace("{count}", &focus.unmet_by.to_string())
        .replace("{of}", &focus.wanted_by.to_string());
    Some(view! {
        <li class="sm-agenda__item sm-agenda__item--market">
            <p class="sm-agenda__question">{title}</p>
            <p class="sm-agenda__who">{who}</p>
            <p>
                <strong>{m.agenda_market_requirement}</strong>" "{requirement.what.get(lang)}
            </p>
            <p class="sm-agenda__place">
                <strong>{m.agenda_where}</strong>" "{advised().place_names(requirement.places, lang)}
            </p>
        </li>
    })
}
