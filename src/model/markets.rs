//! Destination markets: which proof of origin lowers the duty there, what the market requires
//! of each kind of product, and the steps the owner's chosen markets add to the plan. Choosing
//! markets never changes the score: it adds what those markets ask.

use super::content::{Pair, Questionnaire, Source, Text, year_and_month};
use super::response::Response;

/// The most markets an owner chooses at once.
pub const MAX_CHOSEN_MARKETS: usize = 3;

/// Every destination market, and the advice that holds whichever is chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Markets {
    /// How a preferential proof of origin is obtained (from Semarang), whichever the market.
    pub origin_certificate: GeneralAdvice,
    /// How to choose a first market, for an owner who does not know yet.
    pub undecided: GeneralAdvice,
    /// The markets, in the order they were added: a result keeps a market by its position, so
    /// new ones are appended.
    pub markets: &'static [Market],
}

/// Advice that holds for every market, and where to go for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GeneralAdvice {
    /// What to do.
    pub text: Text,
    /// Where, as indices into the questionnaire's places.
    pub places: &'static [usize],
}

/// One destination market.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Market {
    /// Stable id (`my`, `eu`, …).
    pub id: &'static str,
    /// Its name, as the owner reads it.
    pub name: Text,
    /// The month (`YYYY-MM`) the entry was last checked.
    pub checked: &'static str,
    /// The ISO 4217 code of the currency its buyers usually pay in (see
    /// [`currency`](super::currency)).
    pub currency: &'static str,
    /// The trade agreements whose proof of origin lowers the duty, best first; none if there
    /// is none, and then `no_preference` says so.
    pub preferences: &'static [Preference],
    /// Why no preference applies, and what that means for the owner.
    pub no_preference: Option<Text>,
    /// What to know about duty beside the preferences, never a rate.
    pub duty_note: Option<Text>,
    /// What the market requires, or its buyers usually expect, of each kind of product.
    pub requirements: &'static [Requirement],
    /// Where to ask about this market, as indices into the questionnaire's places.
    pub ask: &'static [usize],
}

/// A trade agreement, the proof of origin it asks for, and where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Preference {
    pub agreement: Text,
    pub proof: Text,
    pub status: Text,
}

/// Something a market requires of a kind of product, or its buyers usually expect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Requirement {
    /// Stable id, unique across the markets.
    pub id: &'static str,
    /// The product types it applies to, as indices into the questionnaire's product types.
    pub product_types: &'static [u8],
    /// Required by the market's rules, not only expected by buyers: only these join the plan.
    pub mandatory: bool,
    /// What the owner must have or do.
    pub what: Text,
    /// Where to get it or ask, as indices into the questionnaire's places.
    pub places: &'static [usize],
    /// The answer that shows it is met, where one of the questions does.
    pub met_when: Option<MetWhen>,
}

/// An answer that meets a requirement: this question answered at these points or more.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MetWhen {
    /// Index of the question in file order.
    pub question: usize,
    pub points: u8,
}

impl Requirement {
    /// Whether it applies to this product type (to every one while none is chosen).
    pub fn applies_to(&self, product_type: Option<u8>) -> bool {
        product_type.is_none_or(|t| self.product_types.contains(&t))
    }

    /// Whether the owner's answers show it is met.
    pub fn is_met(&self, q: &Questionnaire, response: &Response) -> bool {
        self.met_when.is_some_and(|met| {
            response
                .points(q, met.question)
                .is_some_and(|points| points >= met.points)
        })
    }
}

impl Market {
    /// The month the entry was last checked, as year and month (1–12); `None` unless `YYYY-MM`.
    pub fn checked_month(&self) -> Option<(u16, u8)> {
        year_and_month(self.checked)
    }

    /// The requirements that apply to this product type, with their index, in file order.
    pub fn requirements_for(
        &self,
        product_type: Option<u8>,
    ) -> impl Iterator<Item = (usize, &'static Requirement)> + use<> {
        self.requirements
            .iter()
            .enumerate()
            .filter(move |(_, requirement)| requirement.applies_to(product_type))
    }
}

impl Markets {
    /// The markets at these positions, with their position, in the order given; positions not
    /// in the list are skipped.
    pub fn chosen<'a>(
        &'a self,
        positions: &'a [u8],
    ) -> impl Iterator<Item = (usize, &'static Market)> + 'a {
        let all = self.markets;
        positions
            .iter()
            .map(|&p| usize::from(p))
            .filter_map(move |p| Some((p, all.get(p)?)))
    }

    /// Every place the markets send an owner to or to ask, as indices into the questionnaire's
    /// places (some more than once).
    pub fn named_places(&self) -> impl Iterator<Item = usize> + '_ {
        let general = [self.origin_certificate.places, self.undecided.places];
        let markets = self.markets.iter().flat_map(|market| {
            let requirements = market.requirements.iter().map(|r| r.places);
            requirements.chain([market.ask])
        });
        general.into_iter().chain(markets).flatten().copied()
    }
}

/// Where the markets' facts come from, kept apart so that only what lists them carries them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MarketsCited {
    pub origin_certificate: &'static [Source],
    pub undecided: &'static [Source],
    /// Each market's, in the order of [`Markets::markets`].
    pub markets: &'static [MarketCited],
}

/// One market's sources: its notes' (no preference, duty), each preference's and each
/// requirement's, in file order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MarketCited {
    pub notes: &'static [Source],
    pub preferences: &'static [&'static [Source]],
    pub requirements: &'static [&'static [Source]],
}

include!(concat!(env!("OUT_DIR"), "/markets.rs"));

/// The destination markets the app ships with.
pub fn markets() -> &'static Markets {
    &MARKETS
}

/// Where the shipped markets' facts come from.
pub fn markets_cited() -> &'static MarketsCited {
    &MARKETS_CITED
}

/// A requirement of a chosen market that the owner's answers do not show is met: a step of
/// the plan, marked with its market.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MarketStep {
    /// Index of the market in [`Markets::markets`].
    pub market: usize,
    /// Index of the requirement in the market's.
    pub requirement: usize,
}

impl MarketStep {
    /// The market and the requirement.
    pub fn get(self, m: &Markets) -> Option<(&'static Market, &'static Requirement)> {
        let market = m.markets.get(self.market)?;
        Some((market, market.requirements.get(self.requirement)?))
    }
}

/// For each market the owner chose, in their order, the mandatory requirements for their
/// product type that their answers do not show are met, in file order.
pub fn unmet_requirements(
    q: &Questionnaire,
    m: &Markets,
    response: &Response,
) -> Vec<Vec<MarketStep>> {
    m.chosen(response.chosen_markets())
        .map(|(index, market)| {
            market
                .requirements_for(response.product_type)
                .filter(|(_, r)| r.mandatory && !r.is_met(q, response))
                .map(|(requirement, _)| MarketStep {
                    market: index,
                    requirement,
                })
                .collect()
        })
        .collect()
}
