//! HS code hints: products typical of Semarang and Central Java's small businesses, each with
//! its likely HS subheadings (six digits, the same in every country), found from the plain
//! words an owner types. The search forgives case, accents, punctuation, word order, a word cut
//! short and a slip of one letter; it never claims more than the six digits: the eight-digit
//! BTKI code is for the owner to check at INSW or with customs.

use super::content::{Pair, Source};

/// The catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HsCatalog {
    /// Every subheading a product names, by code.
    pub headings: &'static [HsHeading],
    pub products: &'static [HsProduct],
}

/// An HS subheading. The catalogue is kept compact (numbers, texts inline, synonyms in one
/// string): it travels in every owner's offline copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HsHeading {
    /// The six digits as a number (`090121` is `90121`).
    pub code: u32,
    /// What it covers, in plain words.
    pub description: Pair,
}

impl HsHeading {
    /// The six digits, as kept and looked up: `210690`.
    pub fn digits(&self) -> String {
        format!("{:06}", self.code)
    }

    /// The code as it is usually written: `2106.90`.
    pub fn dotted(&self) -> String {
        dotted(&self.digits())
    }

    /// Its chapter: the first two digits.
    pub fn chapter(&self) -> u32 {
        self.code / 10_000
    }
}

/// Six digits written as `2106.90`.
pub fn dotted(code: &str) -> String {
    match (code.get(..4), code.get(4..)) {
        (Some(heading), Some(rest)) => [heading, ".", rest].concat(),
        _ => code.to_owned(),
    }
}

/// A product and its likely subheadings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HsProduct {
    /// Stable id.
    pub id: &'static str,
    /// Index into the questionnaire's product types.
    pub product_type: u8,
    pub name: Pair,
    /// Other words owners use for it (spellings, regional names, English), separated by `|`.
    pub synonyms: &'static str,
    /// Indices into [`HsCatalog::headings`], the likeliest first.
    pub headings: &'static [u8],
    /// What decides between the subheadings, where there are several.
    pub note: Option<Pair>,
}

impl HsProduct {
    /// Every word owners use for it: its names in both languages, then its synonyms.
    pub fn terms(&self) -> impl Iterator<Item = &'static str> {
        let names = [self.name.id, self.name.en];
        names.into_iter().chain(self.synonyms.split('|'))
    }
}

/// Where the catalogue's codes come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HsCited {
    /// For the catalogue as a whole (the nomenclature, the tariff book).
    pub catalog: &'static [Source],
    /// Each heading's, in the order of [`HsCatalog::headings`].
    pub headings: &'static [&'static [Source]],
}

include!(concat!(env!("OUT_DIR"), "/hs.rs"));

/// The catalogue the app ships with.
pub fn hs_catalog() -> &'static HsCatalog {
    &HS_CATALOG
}

/// Where the shipped catalogue's codes come from.
pub fn hs_cited() -> &'static HsCited {
    &HS_CITED
}

impl HsCatalog {
    /// The subheadings of a product.
    pub fn headings_of(&self, product: &HsProduct) -> impl Iterator<Item = &'static HsHeading> {
        let all = self.headings;
        product
            .headings
            .iter()
            .filter_map(move |&i| all.get(usize::from(i)))
    }

    /// The subheading with these six digits.
    pub fn heading(&self, digits: &str) -> Option<&'static HsHeading> {
        let code: u32 = digits.parse().ok().filter(|_| digits.len() == 6)?;
        self.headings.iter().find(|h| h.code == code)
    }
}

/// How many products a search shows at most.
pub const SHOWN_MATCHES: usize = 6;

/// The products that match what the owner typed, best first (ties in the catalogue's order);
/// none for a query with no word in it.
pub fn search_hs(catalog: &HsCatalog, query: &str) -> Vec<&'static HsProduct> {
    let query = words(query);
    if query.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(u32, usize)> = catalog
        .products
        .iter()
        .enumerate()
        .filter_map(|(i, product)| Some((score(product, &query)?, i)))
        .collect();
    // At most one entry per product of the catalogue: the small sort is quick enough.
    super::sort::sort_stable_by(&mut scored, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored
        .into_iter()
        .take(SHOWN_MATCHES)
        .map(|(_, i)| &catalog.products[i])
        .collect()
}

/// How well `product` matches the query's words: the best of its names and synonyms, where
/// every query word must match a word of it. `None` if none does.
fn score(product: &HsProduct, query: &[String]) -> Option<u32> {
    product
        .terms()
        .filter_map(|term| {
            let term = words(term);
            let per_word: Option<Vec<u32>> = query
                .iter()
                .map(|word| {
                    term.iter()
                        .map(|t| word_match(word, t))
                        .max()
                        .filter(|&s| s > 0)
                })
                .collect();
            let total: u32 = per_word?.iter().sum();
            // The whole term typed, and nothing else: the best match there is.
            let whole = u32::from(term == query) * 10;
            Some(total * 4 + whole - term.len().min(4) as u32)
        })
        .max()
}

/// How well a typed word matches a word of a name: 4 the same, 3 the start of it (three
/// letters or more), 2 one letter off (in a word of four letters or more), 0 not at all.
fn word_match(typed: &str, word: &str) -> u32 {
    if typed == word {
        4
    } else if typed.chars().count() >= 3 && word.starts_with(typed) {
        3
    } else if typed.chars().count() >= 4 && one_letter_off(typed, word) {
        2
    } else {
        0
    }
}

/// Whether two words differ by one letter added, dropped or changed, or two letters swapped.
fn one_letter_off(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    match long.len() - short.len() {
        0 => {
            let differ: Vec<usize> = (0..short.len()).filter(|&i| short[i] != long[i]).collect();
            match differ[..] {
                [_] => true,
                [i, j] => j == i + 1 && short[i] == long[j] && short[j] == long[i],
                _ => false,
            }
        }
        1 => {
            let first = (0..short.len())
                .find(|&i| short[i] != long[i])
                .unwrap_or(short.len());
            short[first..] == long[first + 1..]
        }
        _ => false,
    }
}

/// The words of a text as the search compares them: Latin letters without their accents, in
/// lowercase, and digits; anything else separates words. (Product names are written in Latin
/// letters; leaving out Unicode's tables keeps the download small.)
pub fn words(text: &str) -> Vec<String> {
    let plain: String = text
        .chars()
        .map(without_accent)
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect();
    plain.split_ascii_whitespace().map(str::to_owned).collect()
}

/// A Latin letter without its accent (`é` is `e`, `É` is `E`); any other character as it is.
fn without_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'A',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'È' | 'É' | 'Ê' | 'Ë' => 'E',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'Ì' | 'Í' | 'Î' | 'Ï' => 'I',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'O',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'Ù' | 'Ú' | 'Û' | 'Ü' => 'U',
        'ñ' => 'n',
        'Ñ' => 'N',
        'ç' => 'c',
        'Ç' => 'C',
        _ => c,
    }
}

#[cfg(test)]
#[path = "hs_tests.rs"]
mod tests;
