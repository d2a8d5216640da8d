//! The ladder: for each term, the price per unit and per order in rupiah and in the buyer's
//! currency, and what the buyer pays beyond it. Every figure is the model's; it is written as
//! markup, as it never changes once drawn.

use crate::components::{acronym_notes, element, escape, text_element};
use crate::locale::ResultStrings;
use crate::model::{
    Cost, Lang, PriceSheet, RATE_DECIMALS, Rung, Term, format_rupiah, format_typed, ladder,
};

/// The ladder of `sheet` as markup, or what is missing before it can be worked out; it explains
/// the acronyms of its terms that the screen has not (`explained`).
pub fn ladder_markup(
    sheet: &PriceSheet,
    lang: Lang,
    t: &'static ResultStrings,
    explained: &mut Vec<&'static str>,
) -> String {
    let Some(inputs) = sheet.inputs() else {
        return text_element("p", "sm-results__intro", t.price_fill_first);
    };
    let ladder = ladder(&inputs);
    let warning = if ladder.sea_terms_off_sea {
        t.price_sea_warning
    } else {
        ""
    };
    let mut markup = String::new();
    if !warning.is_empty() {
        let warning = escape(warning);
        markup += &format!(r#"<p class="sm-ladder__warning" role="note">{warning}</p>"#);
    }
    let rungs: String = ladder
        .rungs
        .iter()
        .map(|rung| rung_markup(rung, sheet, lang, t))
        .collect();
    let notes = acronym_notes(&[warning, rungs.as_str()], lang, t, explained);
    let rate = inputs.buyer_currency.map_or_else(
        || t.price_no_rate.to_owned(),
        |(currency, rate)| {
            let date = sheet
                .rate_date
                .as_deref()
                .map(|day| t.price_rate_date.replace("{date}", day))
                .unwrap_or_default();
            t.price_rate_note
                .replace("{rate}", &format_typed(rate, RATE_DECIMALS, lang))
                .replace("{currency}", currency.code)
                .replace("{date}", &date)
        },
    );
    markup += &element("ol", "sm-ladder", &rungs);
    markup += &notes;
    markup += &text_element("p", "sm-ladder__note", &rate);
    markup + &text_element("p", "sm-ladder__note", t.price_rounding)
}

/// One rung, as markup (see `components::markup`): the term, its prices (or which cost is
/// missing), and what the buyer pays beyond.
fn rung_markup(rung: &Rung, sheet: &PriceSheet, lang: Lang, t: &'static ResultStrings) -> String {
    let (name, beyond) = term_texts(rung.term, t);
    let prices = match rung.price {
        Some(price) => {
            let per_unit = t
                .price_per_unit
                .replace("{price}", &format_rupiah(price.per_unit, lang));
            let per_order = t
                .price_per_order
                .replace("{price}", &format_rupiah(price.per_order, lang));
            let rupiah = [
                text_element("strong", "", &per_unit),
                escape(&[" · ", &per_order].concat()),
            ];
            let mut prices = element("p", "sm-ladder__price", &rupiah.concat());
            if let Some((unit, order)) = price.buyer {
                let currency = sheet.currency;
                let buyer = [
                    t.price_per_unit
                        .replace("{price}", &currency.format(unit, lang)),
                    t.price_per_order
                        .replace("{price}", &currency.format(order, lang)),
                ];
                prices += &text_element("p", "sm-ladder__buyer", &buyer.join(" · "));
            }
            prices
        }
        None => text_element(
            "p",
            "sm-ladder__missing",
            rung.missing.map_or("", |cost| missing(cost, t)),
        ),
    };
    let term = [rung.term.code(), " · ", name].concat();
    let inner = [
        text_element("h3", "sm-ladder__term", &term),
        prices,
        text_element("p", "sm-ladder__beyond", beyond),
    ];
    element("li", "sm-ladder__rung", &inner.concat())
}

/// A term's name and what the buyer pays beyond it.
fn term_texts(term: Term, t: &'static ResultStrings) -> (&'static str, &'static str) {
    match term {
        Term::Exw => (t.term_exw_name, t.term_exw),
        Term::Fca => (t.term_fca_name, t.term_fca),
        Term::Fob => (t.term_fob_name, t.term_fob),
        Term::Cpt => (t.term_cpt_name, t.term_cpt),
        Term::Cfr => (t.term_cfr_name, t.term_cfr),
        Term::Cip => (t.term_cip_name, t.term_cip),
        Term::Cif => (t.term_cif_name, t.term_cif),
        Term::Dap => (t.term_dap_name, t.term_dap),
    }
}

/// What to enter for a term that waits for `cost`.
fn missing(cost: Cost, t: &'static ResultStrings) -> &'static str {
    match cost {
        Cost::Freight => t.price_missing_freight,
        Cost::Insurance => t.price_missing_insurance,
        Cost::Delivery => t.price_missing_delivery,
    }
}
