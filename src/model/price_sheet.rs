//! The owner's price calculation as they keep it: each value they typed, read by the language's
//! habits ([`parse_number`]), their choices of transport, terms and currency, the date of the
//! rate they typed, and whether the printed report shows it. Kept on the phone as one line of
//! text that a damaged or older copy reads back as far as it can.

use super::date::Day;
use super::lang::Lang;
use super::number::{NumberError, parse_number};
use super::price::{CURRENCIES, Currency, Mode, PriceInputs, RATE_DECIMALS, Terms, currency};

/// A value the owner types into the price calculation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PriceField {
    CostPerUnit,
    Margin,
    Quantity,
    Packing,
    ToPort,
    Handling,
    Freight,
    Insurance,
    Delivery,
    Rate,
}

/// The largest amount of rupiah a field takes: a trillion, far beyond any order of a small
/// business, so only a slip of the finger reaches it.
const MAX_RUPIAH: u64 = 1_000_000_000_000;

impl PriceField {
    /// Every field, in the order the form asks them.
    pub const ALL: [PriceField; 10] = [
        PriceField::CostPerUnit,
        PriceField::Margin,
        PriceField::Quantity,
        PriceField::Packing,
        PriceField::ToPort,
        PriceField::Handling,
        PriceField::Freight,
        PriceField::Insurance,
        PriceField::Delivery,
        PriceField::Rate,
    ];

    /// Stable id, for storage and the interface's strings.
    pub fn id(self) -> &'static str {
        match self {
            PriceField::CostPerUnit => "cost",
            PriceField::Margin => "margin",
            PriceField::Quantity => "quantity",
            PriceField::Packing => "packing",
            PriceField::ToPort => "to_port",
            PriceField::Handling => "handling",
            PriceField::Freight => "freight",
            PriceField::Insurance => "insurance",
            PriceField::Delivery => "delivery",
            PriceField::Rate => "rate",
        }
    }

    /// Whether the ladder needs it. The others may stay empty: a cost left out is none
    /// (packing, transport to the port, fees), or leaves the terms that include it without a
    /// price (freight, insurance, delivery); without a rate, prices show in rupiah only.
    pub fn is_required(self) -> bool {
        matches!(
            self,
            PriceField::CostPerUnit | PriceField::Margin | PriceField::Quantity
        )
    }

    /// How many decimals it keeps: sen for rupiah, hundredths of a percent for the margin,
    /// whole units for the quantity.
    pub fn decimals(self) -> u32 {
        match self {
            PriceField::Quantity => 0,
            PriceField::Rate => RATE_DECIMALS,
            _ => 2,
        }
    }

    /// The largest value it takes, in its own unit.
    fn max(self) -> u64 {
        match self {
            // Ten times the cost: more is a slip.
            PriceField::Margin => 100_000,
            PriceField::Quantity => 10_000_000,
            // Rupiah per unit of any currency traded.
            PriceField::Rate => 1_000_000 * 10u64.pow(RATE_DECIMALS),
            _ => MAX_RUPIAH * 100,
        }
    }

    /// Whether zero makes no sense (no units, a rate of nothing).
    fn must_be_positive(self) -> bool {
        matches!(self, PriceField::Quantity | PriceField::Rate)
    }

    /// Reads what the owner typed: `Ok(None)` for an empty field that may stay empty.
    pub fn read(self, text: &str, lang: Lang) -> Result<Option<u64>, NumberError> {
        match parse_number(text, lang, self.decimals(), self.max()) {
            Err(NumberError::Empty) if !self.is_required() => Ok(None),
            Ok(0) if self.must_be_positive() => Err(NumberError::Zero),
            read => read.map(Some),
        }
    }
}

/// The owner's price calculation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PriceSheet {
    /// Each field's value, in the order of [`PriceField::ALL`], as [`PriceField::read`] gives it.
    pub values: [Option<u64>; 10],
    pub mode: Mode,
    pub terms: Terms,
    /// The buyer's currency.
    pub currency: Currency,
    /// The day of the rate typed, `YYYY-MM-DD` as a date field gives it.
    pub rate_date: Option<String>,
    /// Whether the printed report shows the ladder.
    pub in_report: bool,
}

impl Default for PriceSheet {
    fn default() -> PriceSheet {
        PriceSheet {
            values: [None; 10],
            mode: Mode::Air,
            terms: Terms::AnyMode,
            currency: CURRENCIES[0],
            rate_date: None,
            in_report: false,
        }
    }
}

impl PriceSheet {
    /// A field's value.
    pub fn value(&self, field: PriceField) -> Option<u64> {
        self.values[field as usize]
    }

    /// Sets a field's value.
    pub fn set(&mut self, field: PriceField, value: Option<u64>) {
        self.values[field as usize] = value;
    }

    /// Sets the day of the rate from a date field's value (`YYYY-MM-DD`); anything else, an
    /// empty field included, clears it.
    pub fn set_rate_date(&mut self, text: &str) {
        self.rate_date = Day::parse(text).is_some().then(|| text.to_owned());
    }

    /// What the ladder is computed from, once the cost, the margin and the quantity are there.
    pub fn inputs(&self) -> Option<PriceInputs> {
        let value = |field| self.value(field);
        Some(PriceInputs {
            cost_per_unit: value(PriceField::CostPerUnit)?,
            margin: value(PriceField::Margin)?,
            quantity: value(PriceField::Quantity)?,
            packing: value(PriceField::Packing).unwrap_or(0),
            to_port: value(PriceField::ToPort).unwrap_or(0),
            handling: value(PriceField::Handling).unwrap_or(0),
            freight: value(PriceField::Freight),
            insurance: value(PriceField::Insurance),
            delivery: value(PriceField::Delivery),
            mode: self.mode,
            terms: self.terms,
            buyer_currency: value(PriceField::Rate).map(|rate| (self.currency, rate)),
        })
    }

    /// One line of text to keep: `key=value` pairs separated by `;`.
    pub fn to_storage(&self) -> String {
        let mut pairs: Vec<String> = PriceField::ALL
            .iter()
            .filter_map(|&field| Some(format!("{}={}", field.id(), self.value(field)?)))
            .collect();
        pairs.push(format!("mode={}", self.mode.id()));
        let terms = match self.terms {
            Terms::AnyMode => "any",
            Terms::Sea => "sea",
        };
        pairs.push(format!("terms={terms}"));
        pairs.push(format!("currency={}", self.currency.code));
        if let Some(date) = &self.rate_date {
            pairs.push(format!("date={date}"));
        }
        if self.in_report {
            pairs.push("report=1".to_owned());
        }
        pairs.join(";")
    }

    /// Reads what [`PriceSheet::to_storage`] wrote; a pair it cannot read is skipped, so a
    /// damaged copy keeps every value that is still whole.
    pub fn from_storage(text: &str) -> PriceSheet {
        let mut sheet = PriceSheet::default();
        for (key, value) in text.split(';').filter_map(|pair| pair.split_once('=')) {
            if let Some(field) = PriceField::ALL.into_iter().find(|f| f.id() == key) {
                let number = value.parse::<u64>().ok().filter(|&n| n <= field.max());
                sheet.set(field, number.or(sheet.value(field)));
                continue;
            }
            match key {
                "mode" => {
                    let found = Mode::ALL.into_iter().find(|m| m.id() == value);
                    sheet.mode = found.unwrap_or(sheet.mode);
                }
                "terms" if value == "sea" => sheet.terms = Terms::Sea,
                "currency" => sheet.currency = currency(value).unwrap_or(sheet.currency),
                "date" if Day::parse(value).is_some() => sheet.rate_date = Some(value.to_owned()),
                "report" => sheet.in_report = value == "1",
                _ => {}
            }
        }
        sheet
    }
}

#[cfg(test)]
#[path = "price_sheet_tests.rs"]
mod tests;
