//! The export price ladder: from the cost of goods, the margin and the costs of one order, the
//! price per unit and per order at each delivery term, from EXW (collected at the owner's door)
//! to DAP (delivered to the buyer's place), in rupiah and in the buyer's currency at the rate
//! the owner typed. Nothing is fetched: every figure is the owner's.
//!
//! The rounding rule: a price per unit is rounded **up** to the whole rupiah (and, in the
//! buyer's currency, up to the currency's smallest unit), and the price per order is that unit
//! price times the quantity. An order is then never priced below its costs, and the two prices
//! always agree; the order price exceeds the exact sum by less than one rupiah (or one smallest
//! unit) per unit.

use super::lang::Lang;
use super::number::format_number;

/// How the goods travel to the buyer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    Air,
    Courier,
    SeaContainer,
    SeaBulk,
}

impl Mode {
    /// Every mode, in the order the owner is offered them.
    pub const ALL: [Mode; 4] = [Mode::Air, Mode::Courier, Mode::SeaContainer, Mode::SeaBulk];

    /// Stable id, for storage and the interface's strings.
    pub fn id(self) -> &'static str {
        match self {
            Mode::Air => "air",
            Mode::Courier => "courier",
            Mode::SeaContainer => "sea_container",
            Mode::SeaBulk => "sea_bulk",
        }
    }

    /// The terms that suit this mode: the sea terms for bulk cargo loaded over a ship's rail,
    /// the terms for any mode otherwise (containers are handed over at a terminal, not on board).
    pub fn suited_terms(self) -> Terms {
        match self {
            Mode::SeaBulk => Terms::Sea,
            Mode::Air | Mode::Courier | Mode::SeaContainer => Terms::AnyMode,
        }
    }
}

/// Which family of delivery terms the owner quotes in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Terms {
    /// FCA, CPT, CIP: for any mode of transport.
    AnyMode,
    /// FOB, CFR, CIF: for sea and inland waterway only.
    Sea,
}

/// A delivery term (Incoterms® 2020).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Term {
    Exw,
    Fca,
    Fob,
    Cpt,
    Cfr,
    Cip,
    Cif,
    Dap,
}

impl Term {
    /// Its three letters.
    pub fn code(self) -> &'static str {
        match self {
            Term::Exw => "EXW",
            Term::Fca => "FCA",
            Term::Fob => "FOB",
            Term::Cpt => "CPT",
            Term::Cfr => "CFR",
            Term::Cip => "CIP",
            Term::Cif => "CIF",
            Term::Dap => "DAP",
        }
    }

    /// For sea and inland waterway only.
    pub fn is_sea_only(self) -> bool {
        matches!(self, Term::Fob | Term::Cfr | Term::Cif)
    }
}

/// A currency a buyer pays in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Currency {
    /// ISO 4217 code.
    pub code: &'static str,
    /// How prices in it are written before the amount (`US$`, `RM`, `¥`).
    pub symbol: &'static str,
    /// Decimals of its smallest unit (0 for the yen and the won).
    pub decimals: u32,
}

/// The currencies of the target markets and the common ones of trade, US dollar first.
pub const CURRENCIES: [Currency; 11] = [
    Currency {
        code: "USD",
        symbol: "US$",
        decimals: 2,
    },
    Currency {
        code: "EUR",
        symbol: "€",
        decimals: 2,
    },
    Currency {
        code: "MYR",
        symbol: "RM",
        decimals: 2,
    },
    Currency {
        code: "SGD",
        symbol: "S$",
        decimals: 2,
    },
    Currency {
        code: "JPY",
        symbol: "¥",
        decimals: 0,
    },
    Currency {
        code: "SAR",
        symbol: "SAR ",
        decimals: 2,
    },
    Currency {
        code: "AED",
        symbol: "AED ",
        decimals: 2,
    },
    Currency {
        code: "AUD",
        symbol: "A$",
        decimals: 2,
    },
    Currency {
        code: "CNY",
        symbol: "CN¥",
        decimals: 2,
    },
    Currency {
        code: "KRW",
        symbol: "₩",
        decimals: 0,
    },
    Currency {
        code: "GBP",
        symbol: "£",
        decimals: 2,
    },
];

impl Currency {
    /// An amount in its smallest unit, written as `lang` writes prices: `US$1.234,56`,
    /// `US$1,234.56`, `¥1,797`.
    pub fn format(self, minor: u64, lang: Lang) -> String {
        [self.symbol, &format_number(minor, self.decimals, lang)].concat()
    }
}

/// Whole rupiah, written as `lang` writes prices: `Rp1.500.000`, `Rp1,500,000`.
pub fn format_rupiah(rupiah: u64, lang: Lang) -> String {
    ["Rp", &format_number(rupiah, 0, lang)].concat()
}

/// The currency with this ISO code.
pub fn currency(code: &str) -> Option<Currency> {
    CURRENCIES.into_iter().find(|c| c.code == code)
}

/// Decimals of an exchange rate as typed: rupiah per unit of the buyer's currency.
pub const RATE_DECIMALS: u32 = 4;

/// What one order costs, as the owner typed it. Amounts are in sen (hundredths of a rupiah).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PriceInputs {
    /// Cost of goods per unit (HPP).
    pub cost_per_unit: u64,
    /// Profit margin on the cost of goods, in hundredths of a percent (12,5 % is 1250).
    pub margin: u64,
    /// Units in the order (at least 1).
    pub quantity: u64,
    /// Export packing for the whole order (cartons, pallets, labels).
    pub packing: u64,
    /// Transport to the port, airport or the courier's counter.
    pub to_port: u64,
    /// The forwarder's document and handling fees (export declaration, certificate of origin).
    pub handling: u64,
    /// Freight to the buyer's country, from a forwarder's quote.
    pub freight: Option<u64>,
    /// Cargo insurance to the buyer's country.
    pub insurance: Option<u64>,
    /// Delivery from the arrival port to the buyer's place (import duty and taxes excluded).
    pub delivery: Option<u64>,
    pub mode: Mode,
    pub terms: Terms,
    /// The buyer's currency, and its rate: rupiah per unit, with [`RATE_DECIMALS`] decimals.
    pub buyer_currency: Option<(Currency, u64)>,
}

/// One rung of the ladder: a term and its price, if the costs it needs were given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rung {
    pub term: Term,
    /// The price, or `None` when a cost this term includes (freight, insurance, delivery) was
    /// not given.
    pub price: Option<Price>,
    /// Without a price, the first cost it waits for.
    pub missing: Option<Cost>,
}

/// A cost from a forwarder's or insurer's quote, which the owner may not have yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cost {
    Freight,
    Insurance,
    Delivery,
}

/// A price per unit and per order, in rupiah and in the buyer's currency.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Price {
    /// Whole rupiah per unit, rounded up.
    pub per_unit: u64,
    /// Whole rupiah per order: `per_unit × quantity`.
    pub per_order: u64,
    /// In the buyer's currency's smallest unit, per unit (rounded up) and per order.
    pub buyer: Option<(u64, u64)>,
}

/// The whole ladder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ladder {
    /// EXW, FCA or FOB, CPT or CFR, CIP or CIF, DAP.
    pub rungs: [Rung; 5],
    /// The owner quotes sea terms for goods that go by air or courier, where they do not fit.
    pub sea_terms_off_sea: bool,
}

/// The ladder of `inputs`: each rung adds the costs the seller takes on at that term.
pub fn ladder(inputs: &PriceInputs) -> Ladder {
    let sea = inputs.terms == Terms::Sea;
    let pick = |any: Term, sea_term: Term| if sea { sea_term } else { any };
    // Exact costs per order in sen, times 10,000 so the margin stays exact.
    const MARGIN_BASE: u128 = 10_000;
    let quantity = u128::from(inputs.quantity.max(1));
    let goods =
        u128::from(inputs.cost_per_unit) * quantity * (MARGIN_BASE + u128::from(inputs.margin));
    let fixed = |sen: u64| u128::from(sen) * MARGIN_BASE;
    let exw = goods + fixed(inputs.packing);
    let main = exw + fixed(inputs.to_port) + fixed(inputs.handling);
    let carriage = inputs.freight.map(|freight| main + fixed(freight));
    let insured = carriage.zip(inputs.insurance).map(|(c, i)| c + fixed(i));
    // The risk stays the seller's until delivery, so DAP carries the insurance when there is
    // one; without it, DAP still has a price.
    let delivered = carriage
        .zip(inputs.delivery)
        .map(|(c, d)| c + fixed(inputs.insurance.unwrap_or(0)) + fixed(d));
    // The first of the quoted costs `needs` that was not given.
    let missing = |needs: &[(Cost, Option<u64>)]| {
        needs
            .iter()
            .find(|(_, given)| given.is_none())
            .map(|&(cost, _)| cost)
    };
    let freight = (Cost::Freight, inputs.freight);
    let rung = |term: Term, exact: Option<u128>, needs: &[(Cost, Option<u64>)]| Rung {
        term,
        price: exact.map(|exact| price(exact, quantity, MARGIN_BASE, inputs.buyer_currency)),
        missing: missing(needs),
    };
    Ladder {
        rungs: [
            rung(Term::Exw, Some(exw), &[]),
            rung(pick(Term::Fca, Term::Fob), Some(main), &[]),
            rung(pick(Term::Cpt, Term::Cfr), carriage, &[freight]),
            rung(
                pick(Term::Cip, Term::Cif),
                insured,
                &[freight, (Cost::Insurance, inputs.insurance)],
            ),
            rung(
                Term::Dap,
                delivered,
                &[freight, (Cost::Delivery, inputs.delivery)],
            ),
        ],
        sea_terms_off_sea: sea && matches!(inputs.mode, Mode::Air | Mode::Courier),
    }
}

/// The price of an order whose exact cost is `exact / base` sen.
fn price(exact: u128, quantity: u128, base: u128, buyer: Option<(Currency, u64)>) -> Price {
    // Sen to whole rupiah, per unit, rounded up.
    let per_unit = exact.div_ceil(base * quantity * 100);
    let buyer = buyer.filter(|&(_, rate)| rate > 0).map(|(currency, rate)| {
        // Rupiah per unit ÷ (rate / 10^RATE_DECIMALS) in the currency's smallest unit.
        let minor = 10u128.pow(currency.decimals);
        let per_unit = (exact * 10u128.pow(RATE_DECIMALS) * minor)
            .div_ceil(base * quantity * 100 * u128::from(rate));
        (saturate(per_unit), saturate(per_unit * quantity))
    });
    Price {
        per_unit: saturate(per_unit),
        per_order: saturate(per_unit * quantity),
        buyer,
    }
}

fn saturate(value: u128) -> u64 {
    u64::try_from(value).unwrap_or(u64::MAX)
}

#[cfg(test)]
#[path = "price_tests.rs"]
mod tests;
