//! Numbers as owners type and read them. In Bahasa Indonesia a dot groups thousands and a comma
//! starts the decimals (`1.500.000`, `12,5`), and a word may scale the number (`1,5 juta`,
//! `250 rb`); in English the other way round (`1,500,000`, `12.5`, `1.5 million`, `250k`).
//! Either way a leading `Rp`, spaces between digit groups and a trailing `%` are allowed. A
//! single separator followed by other than three digits can only be the decimal point
//! (`12.5` in Bahasa Indonesia is twelve and a half), so it is read as one.

use super::lang::Lang;

/// Why a typed number could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Nothing typed.
    Empty,
    /// Not a number written in the language's way.
    NotANumber,
    /// Below zero.
    Negative,
    /// Larger than the field allows.
    TooLarge,
    /// Zero where there must be something (a quantity, a rate).
    Zero,
}

impl NumberError {
    /// A stable snake_case name, for the UI to map to a locale key.
    pub fn kind(self) -> &'static str {
        match self {
            NumberError::Empty => "empty",
            NumberError::NotANumber => "not_a_number",
            NumberError::Negative => "negative",
            NumberError::TooLarge => "too_large",
            NumberError::Zero => "zero",
        }
    }
}

/// The words that scale a number, in each language, with their factor.
fn scale_words(lang: Lang) -> &'static [(&'static str, u64)] {
    match lang {
        Lang::Id => &[
            ("ribu", 1_000),
            ("rb", 1_000),
            ("juta", 1_000_000),
            ("jt", 1_000_000),
            ("miliar", 1_000_000_000),
            ("milyar", 1_000_000_000),
        ],
        Lang::En => &[
            ("thousand", 1_000),
            ("k", 1_000),
            ("million", 1_000_000),
            ("mn", 1_000_000),
            ("m", 1_000_000),
            ("billion", 1_000_000_000),
            ("bn", 1_000_000_000),
        ],
    }
}

/// The language's thousands separator and decimal mark.
fn marks(lang: Lang) -> (char, char) {
    match lang {
        Lang::Id => ('.', ','),
        Lang::En => (',', '.'),
    }
}

/// Reads `text` as written in `lang`, as a whole number of `1 / 10^decimals` (so `12,5` with two
/// decimals is `1250`); more decimals than that are rounded half up. `max` is the largest value
/// allowed, in the same unit.
pub fn parse_number(text: &str, lang: Lang, decimals: u32, max: u64) -> Result<u64, NumberError> {
    let mut text = text.trim().to_ascii_lowercase();
    if text.is_empty() {
        return Err(NumberError::Empty);
    }
    if text.starts_with(['-', '−']) {
        return Err(NumberError::Negative);
    }
    for prefix in ["rp.", "rp", "idr"] {
        if let Some(rest) = text.strip_prefix(prefix) {
            text = rest.trim_start().to_owned();
            break;
        }
    }
    let text = text.trim_end_matches('%').trim_end();
    let (digits, factor) = scale_words(lang)
        .iter()
        .find_map(|&(word, factor)| {
            let rest = text.strip_suffix(word)?;
            rest.ends_with(|c: char| c.is_ascii_digit() || c == ' ')
                .then(|| (rest.trim_end(), factor))
        })
        .unwrap_or((text, 1));
    let (whole, fraction) = split_number(digits, lang).ok_or(NumberError::NotANumber)?;
    scaled(&whole, &fraction, factor, decimals, max)
}

/// The whole digits and the decimal digits of `text`, its separators checked.
fn split_number(text: &str, lang: Lang) -> Option<(String, String)> {
    let (group, decimal) = marks(lang);
    let text: String = text.chars().filter(|&c| c != ' ').collect();
    if text.is_empty()
        || !text
            .chars()
            .all(|c| c.is_ascii_digit() || c == group || c == decimal)
    {
        return None;
    }
    let (whole, fraction) = match text.split_once(decimal) {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text.as_str(), None),
    };
    let groups: Vec<&str> = whole.split(group).collect();
    // One separator and no decimal mark, not followed by three digits: the decimal point.
    if fraction.is_none() && groups.len() == 2 && groups[1].len() != 3 {
        let (whole, fraction) = (groups[0], groups[1]);
        let ok = !whole.is_empty() && !fraction.is_empty();
        return ok.then(|| (whole.to_owned(), fraction.to_owned()));
    }
    let grouped_ok = groups.len() == 1
        || (!groups[0].is_empty()
            && groups[0].len() <= 3
            && groups[1..].iter().all(|g| g.len() == 3));
    let fraction = fraction.unwrap_or_default();
    let fraction_ok = !fraction.contains(group) && !fraction.contains(decimal);
    let whole = groups.concat();
    let ok = grouped_ok && fraction_ok && !(whole.is_empty() && fraction.is_empty());
    ok.then(|| (whole, fraction.to_owned()))
}

/// `whole.fraction × factor` in units of `1 / 10^decimals`, rounded half up.
fn scaled(
    whole: &str,
    fraction: &str,
    factor: u64,
    decimals: u32,
    max: u64,
) -> Result<u64, NumberError> {
    // Beyond these many digits the value is absurd for any field: refuse before overflowing.
    if whole.trim_start_matches('0').len() > 18 || fraction.len() > 18 {
        return Err(NumberError::TooLarge);
    }
    let parse = |digits: &str| digits.parse::<u128>().unwrap_or(0);
    let places = fraction.len() as u32;
    let exact = (parse(whole) * 10u128.pow(places) + parse(fraction)) * u128::from(factor);
    let unit = 10u128.pow(places);
    let value = (exact * 10u128.pow(decimals) * 2 + unit) / (unit * 2);
    u64::try_from(value)
        .ok()
        .filter(|&value| value <= max)
        .ok_or(NumberError::TooLarge)
}

/// `value` (in units of `1 / 10^decimals`) written the way `lang` writes numbers, with exactly
/// `decimals` decimals: `1.234.567,89` or `1,234,567.89`.
pub fn format_number(value: u64, decimals: u32, lang: Lang) -> String {
    let (group, decimal) = marks(lang);
    let unit = 10u64.pow(decimals);
    let whole = (value / unit).to_string();
    let mut text = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            text.push(group);
        }
        text.push(digit);
    }
    if decimals > 0 {
        text.push(decimal);
        text.push_str(&format!(
            "{:0width$}",
            value % unit,
            width = decimals as usize
        ));
    }
    text
}

/// `value` written as an owner would type it in `lang`: like [`format_number`], without the
/// decimals' trailing zeros (`150.000`, `12,5`).
pub fn format_typed(value: u64, decimals: u32, lang: Lang) -> String {
    let written = format_number(value, decimals, lang);
    if decimals == 0 {
        return written;
    }
    let (_, decimal) = marks(lang);
    written
        .trim_end_matches('0')
        .trim_end_matches(decimal)
        .to_owned()
}

#[cfg(test)]
#[path = "number_tests.rs"]
mod tests;
