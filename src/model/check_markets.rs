//! The content check of the destination markets (`content/markets.json`) beyond what the build
//! refuses: every text in both languages, a checked month on every market, ids a link can keep,
//! and sources on every fact (each preference, each requirement, the general advice).

use super::sources::sources;
use super::{ContentProblem, Item, Problem, snake_case_ids, texts};
use crate::model::content::Source;
use crate::model::markets::{Market, Markets, MarketsCited};
use crate::model::price::currency;

/// Every problem of `markets`, with their sources in `cited`.
pub fn check_markets(markets: &Markets, cited: &MarketsCited) -> Vec<ContentProblem> {
    let mut problems = Vec::new();
    let mut report = |item, problem| problems.push(ContentProblem { item, problem });
    for (name, advice, list) in [
        (
            "origin_certificate",
            markets.origin_certificate,
            cited.origin_certificate,
        ),
        ("undecided", markets.undecided, cited.undecided),
    ] {
        texts(
            Item::MarketsAdvice(name),
            &[("text", advice.text)],
            &mut report,
        );
        sources(Item::MarketsAdvice(name), list, &mut report);
    }
    let ids = markets.markets.iter().map(|m| m.id);
    snake_case_ids(ids, Item::Market, &mut report);
    let requirements = markets.markets.iter().flat_map(|m| m.requirements);
    snake_case_ids(requirements.map(|r| r.id), Item::Requirement, &mut report);
    for (index, market) in markets.markets.iter().enumerate() {
        let list = cited.markets.get(index);
        let notes = list.map_or(&[][..], |c| c.notes);
        if market.no_preference.is_some() || market.duty_note.is_some() {
            sources(Item::Market(market.id), notes, &mut report);
        }
        let preferences = list.map_or(&[][..], |c| c.preferences);
        let requirements = list.map_or(&[][..], |c| c.requirements);
        self::market(market, preferences, requirements, &mut report);
    }
    problems
}

fn market(
    market: &Market,
    preference_sources: &[&[Source]],
    requirement_sources: &[&[Source]],
    report: &mut impl FnMut(Item, Problem),
) {
    let item = Item::Market(market.id);
    if market.checked_month().is_none() {
        report(item, Problem::BadChecked);
    }
    if currency(market.currency).is_none() {
        report(item, Problem::UnknownCurrency);
    }
    texts(item, &[("name", market.name)], report);
    let notes = [
        ("no_preference", market.no_preference),
        ("duty_note", market.duty_note),
    ];
    for (field, note) in notes {
        if let Some(note) = note {
            texts(item, &[(field, note)], report);
        }
    }
    for (index, preference) in market.preferences.iter().enumerate() {
        let item = Item::Preference(market.id, index + 1);
        let fields = [
            ("agreement", preference.agreement),
            ("proof", preference.proof),
            ("status", preference.status),
        ];
        texts(item, &fields, report);
        let list = preference_sources.get(index).copied().unwrap_or_default();
        sources(item, list, report);
    }
    if market.requirements.is_empty() {
        report(item, Problem::NoRequirements);
    }
    for (index, requirement) in market.requirements.iter().enumerate() {
        let item = Item::Requirement(requirement.id);
        let prefixed = requirement
            .id
            .strip_prefix(market.id)
            .is_some_and(|rest| rest.starts_with('_'));
        if !prefixed {
            report(item, Problem::NotPrefixedByMarket);
        }
        texts(item, &[("what", requirement.what)], report);
        let list = requirement_sources.get(index).copied().unwrap_or_default();
        sources(item, list, report);
    }
}
