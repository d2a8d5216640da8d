//! The chosen destination markets: for each, the proof of origin that lowers the duty (or that
//! none does), what the market requires of this product, where to ask, and when it was
//! checked. Which requirements are met, and which apply, comes from `crate::model`.

use leptos::prelude::*;

use super::super::MarketPicker;
use crate::components::{acronym_notes, element, escape, month_and_year, text_element};
use crate::locale::ResultStrings;
use crate::model::{Lang, Market, Response, advised, markets, questionnaire};
use crate::pages::sections::hs::kept_code;
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
    let kept = own.then(storage::saved_hs_code).flatten();
    let body = move || {
        let (lang, t) = (state.lang.get(), state.result_t());
        response.with(|r| match r.markets.as_deref() {
            None => text_element("p", "sm-results__intro", t.markets_none_intro),
            Some([]) => undecided(lang, t),
            Some(chosen) => {
                // The owner's HS code, kept on this phone, is what offices ask for first.
                let mut explained = Vec::new();
                let code = kept
                    .as_deref()
                    .map(|code| kept_code(code, lang, t, &mut explained))
                    .unwrap_or_default();
                code + &chosen_markets(r, chosen, lang, t, explained)
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
            <div inner_html=body></div>
            {choice}
        </section>
    })
}

/// For an owner who does not know yet: how to choose a first market, and where to ask.
fn undecided(lang: Lang, t: &'static ResultStrings) -> String {
    let advice = markets().undecided;
    let markup = [
        text_element("h3", "sm-markets__title", t.markets_undecided_title),
        text_element("p", "", advice.text.get(lang)),
        ask(advice.places, lang, t),
    ]
    .concat();
    let notes = acronym_notes(&[markup.as_str()], lang, t, &mut Vec::new());
    markup + &notes
}

/// Where to ask, as markup: "Tanya ke: …".
fn ask(places: &[usize], lang: Lang, t: &'static ResultStrings) -> String {
    let names = escape(&advised().place_names(places, lang));
    let label = text_element("strong", "", &[t.markets_ask, ": "].concat());
    element("p", "sm-markets__ask", &[label, names].concat())
}

fn chosen_markets(
    r: &Response,
    chosen: &[u8],
    lang: Lang,
    t: &'static ResultStrings,
    mut explained: Vec<&'static str>,
) -> String {
    let q = questionnaire();
    let product = r
        .product_type
        .and_then(|p| q.product_types.get(usize::from(p)))
        .map_or("", |p| p.name.get(lang));
    let origin = markets().origin_certificate;
    let intro = t.markets_intro.replace("{product_type}", product);
    let mut markup = text_element("p", "sm-results__intro", &intro);
    for (_, market) in markets().chosen(chosen) {
        markup += &one_market(market, r, lang, t, &mut explained);
    }
    let mut origin = [
        text_element("h3", "sm-markets__title", t.markets_origin_title),
        text_element("p", "", origin.text.get(lang)),
        ask(origin.places, lang, t),
    ]
    .concat();
    origin += &acronym_notes(&[origin.as_str()], lang, t, &mut explained);
    markup + &element("div", "sm-markets__origin", &origin)
}

/// One market, as markup: its duty preference, its requirements for this product, where to
/// ask, the acronyms the markets before it (`explained`) have not explained, and the month it
/// was checked.
fn one_market(
    market: &'static Market,
    r: &Response,
    lang: Lang,
    t: &'static ResultStrings,
    explained: &mut Vec<&'static str>,
) -> String {
    let q = questionnaire();
    let mut markup = format!(
        r#"<h3 id="sm-market-{}" class="sm-markets__title">{}</h3>"#,
        market.id,
        escape(market.name.get(lang))
    );
    markup += &text_element("h4", "sm-markets__subtitle", t.markets_preference_title);
    if market.preferences.is_empty() {
        if let Some(text) = market.no_preference {
            markup += &text_element("p", "", text.get(lang));
        }
    } else {
        let items: String = market
            .preferences
            .iter()
            .map(|p| {
                let agreement = text_element("strong", "", p.agreement.get(lang));
                let rest = escape(&[": ", p.proof.get(lang), ". ", p.status.get(lang)].concat());
                element("li", "", &[agreement, rest].concat())
            })
            .collect();
        markup += &element("ul", "sm-markets__list", &items);
    }
    if let Some(note) = market.duty_note {
        markup += &text_element("p", "", note.get(lang));
    }
    let mut nothing = true;
    for (mandatory, title) in [
        (true, t.markets_required_title),
        (false, t.markets_expected_title),
    ] {
        let items: String = market
            .requirements_for(r.product_type)
            .filter(|(_, req)| req.mandatory == mandatory)
            .map(|(_, req)| {
                let met = req.is_met(q, r);
                let tag = if met {
                    text_element("span", "sm-tag sm-tag--met", t.markets_met)
                } else {
                    String::new()
                };
                let label = text_element("strong", "", &[t.plan_where, ": "].concat());
                let place = escape(&advised().place_names(req.places, lang));
                let inner = [
                    tag,
                    text_element("p", "sm-markets__what", req.what.get(lang)),
                    element("p", "sm-markets__where", &[label, place].concat()),
                ];
                let class = if met {
                    "sm-markets__requirement sm-markets__requirement--met"
                } else {
                    "sm-markets__requirement"
                };
                element("li", class, &inner.concat())
            })
            .collect();
        if !items.is_empty() {
            nothing = false;
            markup += &text_element("h4", "sm-markets__subtitle", title);
            markup += &element("ul", "sm-markets__list", &items);
        }
    }
    if nothing {
        markup += &text_element("p", "", t.markets_none_recorded);
    }
    markup += &ask(market.ask, lang, t);
    markup += &acronym_notes(&[markup.as_str()], lang, t, explained);
    let checked = t
        .markets_checked
        .replace("{month}", &checked_month(market, lang));
    markup += &text_element("p", "sm-markets__checked", &checked);
    format!(
        r#"<article class="sm-markets__market" aria-labelledby="sm-market-{}">{markup}</article>"#,
        market.id
    )
}

/// The month the market was checked, as the language writes it.
fn checked_month(market: &Market, lang: Lang) -> String {
    market.checked_month().map_or_else(
        || market.checked.to_owned(),
        |(year, month)| month_and_year(year, month, lang),
    )
}
