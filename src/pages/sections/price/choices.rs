//! The price calculation's choices: how the goods travel, the family of terms quoted, and the
//! buyer's currency with the rate the owner typed and its day. Each is drawn again only when
//! the language changes.

use leptos::prelude::*;

use super::field::{PriceForm, number_field};
use crate::components::currency_label;
use crate::locale::ResultStrings;
use crate::model::{CURRENCIES, Lang, Mode, PriceField, Terms, currency};

/// A radio button of a choice.
fn radio(
    name: &'static str,
    label: &'static str,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    choose: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <label class="sm-check">
            <input
                type="radio"
                class="sm-check__input"
                name=name
                prop:checked=checked
                on:change=move |_| choose()
            />
            <span>{label}</span>
        </label>
    }
}

/// How the goods travel; choosing one also picks the terms that suit it.
pub fn mode_choice(form: PriceForm, t: &'static ResultStrings) -> impl IntoView {
    let options = Mode::ALL
        .into_iter()
        .map(|mode| {
            let label = match mode {
                Mode::Air => t.price_mode_air,
                Mode::Courier => t.price_mode_courier,
                Mode::SeaContainer => t.price_mode_sea_container,
                Mode::SeaBulk => t.price_mode_sea_bulk,
            };
            let checked = move || form.sheet.with(|s| s.mode == mode);
            let choose = move || {
                form.sheet.update(|s| {
                    s.mode = mode;
                    s.terms = mode.suited_terms();
                })
            };
            radio("sm-price-mode", label, checked, choose)
        })
        .collect_view();
    fieldset(t.price_mode_legend, options)
}

/// The family of terms quoted.
pub fn terms_choice(form: PriceForm, t: &'static ResultStrings) -> impl IntoView {
    let options = [
        (Terms::AnyMode, t.price_terms_any),
        (Terms::Sea, t.price_terms_sea),
    ]
    .map(|(terms, label)| {
        let checked = move || form.sheet.with(|s| s.terms == terms);
        let choose = move || form.sheet.update(|s| s.terms = terms);
        radio("sm-price-terms", label, checked, choose)
    })
    .collect_view();
    fieldset(t.price_terms_legend, options)
}

/// A group of radio buttons under its legend.
fn fieldset(legend: &'static str, options: impl IntoView) -> impl IntoView {
    view! {
        <fieldset class="sm-pick">
            <legend class="sm-pick__legend">{legend}</legend>
            <div class="sm-pick__options">{options}</div>
        </fieldset>
    }
}

/// The buyer's currency, the rate (rupiah for one unit of it) and the day of that rate.
pub fn currency_choice(form: PriceForm, t: &'static ResultStrings, lang: Lang) -> impl IntoView {
    let chosen = form.sheet.with_untracked(|s| s.currency.code);
    let options = CURRENCIES
        .iter()
        .map(|c| {
            let label = currency_label(c.code, lang);
            view! { <option value=c.code selected=c.code == chosen>{label}</option> }
        })
        .collect_view();
    let rate_label = move || {
        let code = form.sheet.with(|s| s.currency.code);
        t.price_field_rate.replace("{currency}", code)
    };
    view! {
        <fieldset class="sm-pick">
            <legend class="sm-pick__legend">{t.price_currency_legend}</legend>
            <div class="sm-field">
                <label class="sm-field__label" for="sm-price-currency">{t.price_field_currency}</label>
                <select
                    id="sm-price-currency"
                    class="sm-field__input"
                    on:change=move |event| {
                        let chosen = currency(&event_target_value(&event));
                        form.sheet.update(|s| s.currency = chosen.unwrap_or(s.currency));
                    }
                >
                    {options}
                </select>
            </div>
            {number_field(form, PriceField::Rate, rate_label.into_any(), t, lang)}
            <div class="sm-field">
                <label class="sm-field__label" for="sm-price-date">{t.price_field_date}</label>
                <input
                    id="sm-price-date"
                    class="sm-field__input"
                    type="date"
                    prop:value=form.sheet.with_untracked(|s| s.rate_date.clone().unwrap_or_default())
                    on:change=move |event| {
                        let day = event_target_value(&event);
                        form.sheet.update(|s| s.set_rate_date(&day));
                    }
                />
            </div>
        </fieldset>
    }
}
