//! Where the check's facts come from: every question with the places its next step names and
//! its sources, then every office and programme with its own, then every target market's
//! agreements and rules with theirs, each with the month it was last checked, so an officer of the department can audit the advice and see what is due for a
//! new check.

use leptos::prelude::*;

use crate::components::month_and_year;
use crate::locale::MentorStrings;
use crate::mentor::state::MentorState;
use crate::mentor::text::mt;
use crate::model::{
    Lang, Market, MarketCited, Source, advised, cited, display_order, markets, markets_cited,
};

/// The list of sources, in the order the owner meets the questions.
#[component]
pub fn SourcesPage() -> impl IntoView {
    let state = MentorState::get();
    let content = move || {
        let (lang, m) = (state.lang.get(), state.m());
        let a = advised();
        let q = a.questionnaire;
        // Every question the current version asks, whatever the product type.
        let order: Vec<usize> = display_order(q)
            .filter(|&index| q.questions[index].in_version(q.version))
            .collect();
        let question_items = order
            .into_iter()
            .map(|index| {
                let question = &q.questions[index];
                let step = &a.questions[index].next_step;
                view! {
                    <li class="sm-sources__item">
                        <h3 class="sm-sources__name">{question.id}" · "{question.text.get(lang)}</h3>
                        <p><strong>{m.agenda_where}</strong>" "{a.where_to_go(step, lang)}</p>
                        {list(cited().questions.get(index).copied().unwrap_or_default(), lang, m)}
                    </li>
                }
            })
            .collect_view();
        let place_items = a
            .places
            .iter()
            .enumerate()
            .map(|(index, place)| {
                let sources = if place.generic {
                    view! { <p class="sm-muted">{m.sources_generic}</p> }.into_any()
                } else {
                    list(
                        cited().places.get(index).copied().unwrap_or_default(),
                        lang,
                        m,
                    )
                    .into_any()
                };
                view! {
                    <li class="sm-sources__item">
                        <h3 class="sm-sources__name">{place.name.get(lang)}</h3>
                        {sources}
                    </li>
                }
            })
            .collect_view();
        let market_items = markets()
            .markets
            .iter()
            .zip(markets_cited().markets)
            .map(|(market, cited)| market_sources(market, cited, lang, m))
            .collect_view();
        let general = markets_cited();
        view! {
            <section class="sm-card sm-section" aria-labelledby="sm-sources-questions">
                <h2 id="sm-sources-questions">{m.sources_questions}</h2>
                <ul class="sm-sources">{question_items}</ul>
            </section>
            <section class="sm-card sm-section" aria-labelledby="sm-sources-places">
                <h2 id="sm-sources-places">{m.sources_places}</h2>
                <ul class="sm-sources">{place_items}</ul>
            </section>
            <section class="sm-card sm-section" aria-labelledby="sm-sources-markets">
                <h2 id="sm-sources-markets">{m.sources_markets}</h2>
                <ul class="sm-sources">
                    <li class="sm-sources__item">
                        <h3 class="sm-sources__name">{m.sources_origin}</h3>
                        {list(general.origin_certificate, lang, m)}
                    </li>
                    <li class="sm-sources__item">
                        <h3 class="sm-sources__name">{m.sources_undecided}</h3>
                        {list(general.undecided, lang, m)}
                    </li>
                    {market_items}
                </ul>
            </section>
        }
    };
    view! {
        <section class="sm-card sm-section" aria-labelledby="sm-sources-title">
            <p class="sm-eyebrow">{mt(|m| m.mentor_area)}</p>
            <h1 id="sm-sources-title" class="sm-title">{mt(|m| m.sources_title)}</h1>
            <p class="sm-lead">{mt(|m| m.sources_intro)}</p>
        </section>
        {content}
    }
}

/// One market: the month it was checked, then each agreement and each rule with its sources.
fn market_sources(
    market: &'static Market,
    cited: &'static MarketCited,
    lang: Lang,
    m: &'static MentorStrings,
) -> impl IntoView {
    let checked = checked(market.checked_month(), lang, m);
    // The notes on duty share one list of sources, cited under the first of them.
    let notes = market.no_preference.or(market.duty_note);
    let facts = notes
        .map(|note| (note, &cited.notes))
        .into_iter()
        .chain(
            market
                .preferences
                .iter()
                .map(|p| p.agreement)
                .zip(cited.preferences),
        )
        .chain(
            market
                .requirements
                .iter()
                .map(|r| r.what)
                .zip(cited.requirements),
        )
        .map(|(fact, sources)| {
            view! {
                <li>
                    <p>{fact.get(lang)}</p>
                    {list(sources, lang, m)}
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="sm-sources__item">
            <h3 class="sm-sources__name">
                {market.name.get(lang)} " " <span class="sm-muted">{checked}</span>
            </h3>
            <ul class="sm-sources__facts">{facts}</ul>
        </li>
    }
}

/// "(dicek Desember 2026)" for a month checked.
fn checked(month: Option<(u16, u8)>, lang: Lang, m: &'static MentorStrings) -> Option<String> {
    let (year, month) = month?;
    Some(
        m.sources_checked
            .replace("{month}", &month_and_year(year, month, lang)),
    )
}

/// A list of sources: each title, as a link where it has one, and the month it was checked.
fn list(sources: &'static [Source], lang: Lang, m: &'static MentorStrings) -> impl IntoView {
    let items = sources
        .iter()
        .map(|source| {
            let checked = checked(source.checked_month(), lang, m);
            let title = match source.url {
                Some(url) => view! {
                    <a href=url target="_blank" rel="noopener">
                        {source.title}
                        <span class="sm-results__sr">" " {m.sources_new_tab}</span>
                    </a>
                }
                .into_any(),
                None => source.title.into_any(),
            };
            view! {
                <li>
                    {title}
                    {checked.map(|checked| view! { " " <span class="sm-muted">{checked}</span> })}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="sm-sources__list">{items}</ul> }
}
