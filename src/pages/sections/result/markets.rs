//! The chosen destination markets: for each, the proof of origin that lowers the duty (or that
//! none does), what the market requires of this product, where to ask, and when it was
//! checked. Which requirements are met, and which apply, comes from `crate::model`.

use leptos::prelude::*;

use super::super::MarketPicker;
use crate::components::month_and_year;
use crate::locale::ResultStrings;
use crate::model::{Lang, Market, Response, advised, markets, questionnaire};
use crate::pages::sections::hs::kept_code_view;
use crate::state::AppState;
use crate::storage;

/// The markets' section of a result. An owner's own result always shows it, with the choice of
/// markets to make or change (open while none is chosen); someone else's only when markets
/// were chosen. The choice is drawn once, outside what a change redraws, so ticking a market
/// keeps the owner's place and focus.
#[component]
pub fn MarketSections(
    /// The result shown.
    #[prop(into)]
    response: Signal<Response>,
    /// Whether it is the owner's own result, whose markets can be changed.
    own: bool,
) -> impl IntoView {
    let state = AppState::get();
    let chosen = move || response.with(|r| r.markets.is_some());
    if !own && !response.with_untracked(|r| r.markets.is_some()) {
        return None;
    }
    let kept_code = own.then(storage::saved_hs_code).flatten();
    let body = move || {
        let (lang, t) = (state.lang.get(), state.result_t());
        response.with(|r| match r.markets.as_deref() {
            None => view! { <p class="sm-results__intro">{t.markets_none_intro}</p> }.into_any(),
            Some([]) => undecided(lang, t),
            Some(chosen) => {
                // The owner's HS code, kept on this phone, is what offices ask for first.
                let code = kept_code
                    .as_deref()
                    .and_then(|code| kept_code_view(code, lang, t));
                view! { {code} {chosen_markets(r, chosen, lang, t)} }.into_any()
            }
        })
    };
    // Drawn once: from then on the browser keeps it open or folded as the owner leaves it.
    let open = !chosen();
    let choice = own.then(|| {
        let summary = move || {
            let t = state.result_t();
            if chosen() {
                t.markets_change
            } else {
                t.markets_choose
            }
        };
        view! {
            <details class="sm-markets__change" open=open>
                <summary class="sm-button">{summary}</summary>
                <MarketPicker />
            </details>
        }
    });
    Some(view! {
        <section
            class="sm-card sm-results__section sm-markets"
            // Nothing chosen: only the choice, which print leaves out.
            class:sm-print-hide=move || !chosen()
            aria-labelledby="sm-markets-title"
        >
            <h2 id="sm-markets-title" class="sm-results__heading">
                {move || state.result_t().markets_heading}
            </h2>
            {body}
            {choice}
        </section>
    })
}

/// For an owner who does not know yet: how to choose a first market, and where to ask.
fn undecided(lang: Lang, t: &'static ResultStrings) -> AnyView {
    let advice = markets().undecided;
    view! {
        <h3 class="sm-markets__title">{t.markets_undecided_title}</h3>
        <p>{advice.text.get(lang)}</p>
        <p class="sm-markets__ask">
            <strong>{t.markets_ask}": "</strong>
            {advised().place_names(advice.places, lang)}
        </p>
    }
    .into_any()
}

fn chosen_markets(r: &Response, chosen: &[u8], lang: Lang, t: &'static ResultStrings) -> AnyView {
    let q = questionnaire();
    let product = r
        .product_type
        .and_then(|p| q.product_types.get(usize::from(p)))
        .map_or("", |p| p.name.get(lang));
    let origin = markets().origin_certificate;
    let sections = markets()
        .chosen(chosen)
        .map(|(_, market)| one_market(market, r, lang, t))
        .collect_view();
    view! {
        <p class="sm-results__intro">{t.markets_intro.replace("{product_type}", product)}</p>
        {sections}
        <div class="sm-markets__origin">
            <h3 class="sm-markets__title">{t.markets_origin_title}</h3>
            <p>{origin.text.get(lang)}</p>
            <p class="sm-markets__ask">
                <strong>{t.markets_ask}": "</strong>
                {advised().place_names(origin.places, lang)}
            </p>
        </div>
    }
    .into_any()
}

/// One market: its duty preference, its requirements for this product, where to ask, and the
/// month it was checked.
fn one_market(
    market: &'static Market,
    r: &Response,
    lang: Lang,
    t: &'static ResultStrings,
) -> impl IntoView {
    let q = questionnaire();
    let preferences = if market.preferences.is_empty() {
        market
            .no_preference
            .map(|text| view! { <p>{text.get(lang)}</p> }.into_any())
    } else {
        let items = market
            .preferences
            .iter()
            .map(|p| {
                view! {
                    <li>
                        <strong>{p.agreement.get(lang)}</strong>
                        ": " {p.proof.get(lang)} ". " {p.status.get(lang)}
                    </li>
                }
            })
            .collect_view();
        Some(view! { <ul class="sm-markets__list">{items}</ul> }.into_any())
    };
    let requirement_list = |mandatory: bool| {
        let items: Vec<_> = market
            .requirements_for(r.product_type)
            .filter(|(_, req)| req.mandatory == mandatory)
            .map(|(_, req)| {
                let met = req.is_met(q, r);
                view! {
                    <li class="sm-markets__requirement" class:sm-markets__requirement--met=met>
                        {met.then(|| view! { <span class="sm-tag sm-tag--met">{t.markets_met}</span> })}
                        <p class="sm-markets__what">{req.what.get(lang)}</p>
                        <p class="sm-markets__where">
                            <strong>{t.plan_where}": "</strong>
                            {advised().place_names(req.places, lang)}
                        </p>
                    </li>
                }
            })
            .collect();
        items
    };
    let (required, expected) = (requirement_list(true), requirement_list(false));
    let nothing = (required.is_empty() && expected.is_empty())
        .then(|| view! { <p>{t.markets_none_recorded}</p> });
    let titled = |title: &'static str, items: Vec<_>| {
        (!items.is_empty()).then(|| {
            view! {
                <h4 class="sm-markets__subtitle">{title}</h4>
                <ul class="sm-markets__list">{items}</ul>
            }
        })
    };
    let checked = checked_month(market, lang);
    view! {
        <article class="sm-markets__market" aria-labelledby=format!("sm-market-{}", market.id)>
            <h3 id=format!("sm-market-{}", market.id) class="sm-markets__title">
                {market.name.get(lang)}
            </h3>
            <h4 class="sm-markets__subtitle">{t.markets_preference_title}</h4>
            {preferences}
            {market.duty_note.map(|note| view! { <p>{note.get(lang)}</p> })}
            {titled(t.markets_required_title, required)}
            {titled(t.markets_expected_title, expected)}
            {nothing}
            <p class="sm-markets__ask">
                <strong>{t.markets_ask}": "</strong>
                {advised().place_names(market.ask, lang)}
            </p>
            <p class="sm-markets__checked">{t.markets_checked.replace("{month}", &checked)}</p>
        </article>
    }
}

/// The month the market was checked, as the language writes it.
fn checked_month(market: &Market, lang: Lang) -> String {
    market.checked_month().map_or_else(
        || market.checked.to_owned(),
        |(year, month)| month_and_year(year, month, lang),
    )
}
