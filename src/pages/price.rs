//! "Hitung harga ekspor": the owner types the costs of one order and sees the price at each
//! delivery term, kept on the phone as they type. The page is drawn again when the language
//! changes; typing redraws only a field's message and the ladder.

use leptos::prelude::*;

use super::sections::price::{
    PriceForm, currency_choice, ladder_markup, mode_choice, number_field, terms_choice,
};
use crate::components::{acronym_notes, escape};
use crate::model::{PriceField, PriceSheet, currency, markets, questionnaire};
use crate::route::Route;
use crate::state::AppState;
use crate::storage;

/// The price calculation: the form, then the ladder.
#[component]
pub fn PricePage() -> impl IntoView {
    let state = AppState::get();
    let sheet = storage::saved_price().unwrap_or_else(|| {
        // A first calculation quotes in the currency of the first market chosen.
        let first = state.response.with_untracked(|r| {
            let chosen = markets().chosen(r.chosen_markets()).next();
            chosen.and_then(|(_, market)| currency(market.currency))
        });
        PriceSheet {
            currency: first.unwrap_or(PriceSheet::default().currency),
            ..PriceSheet::default()
        }
    });
    let form = PriceForm::new(sheet, state.lang.into());
    Effect::new(move |previous: Option<()>| {
        let sheet = form.sheet.get();
        // Kept from the first change on, not when the page opens.
        if previous.is_some() {
            state.tell_not_kept(storage::keep_price(&sheet).err());
        }
    });
    move || {
        let (lang, t) = (state.lang.get(), state.result_t());
        let fields = |list: [(PriceField, &'static str); 3]| {
            list.map(|(field, label)| number_field(form, field, label.into_any(), t, lang))
                .collect_view()
        };
        // The form's acronyms are explained under the introduction; the ladder explains the
        // rest of its terms.
        let mut explained = Vec::new();
        let form_texts = [
            t.price_intro,
            t.price_field_cost,
            t.price_field_margin,
            t.price_mode_courier,
            t.price_terms_any,
            t.price_terms_sea,
        ];
        let notes = acronym_notes(&form_texts, lang, t, &mut explained);
        let ladder = move || {
            if form.has_errors() {
                let fix = escape(t.price_fix_first);
                format!(r#"<p class="sm-results__intro" role="status">{fix}</p>"#)
            } else {
                let mut explained = explained.clone();
                form.sheet
                    .with(|sheet| ladder_markup(sheet, lang, t, &mut explained))
            }
        };
        view! {
            <section class="sm-card sm-price" aria-labelledby="sm-price-title">
                <h1 id="sm-price-title" class="sm-title">{t.price_title}</h1>
                <p class="sm-lead">{t.price_intro}</p>
                <div inner_html=notes></div>
                <form class="sm-price__form" on:submit=|event| event.prevent_default()>
                    <fieldset class="sm-pick">
                        <legend class="sm-pick__legend">{t.price_product}</legend>
                        {fields([
                            (PriceField::CostPerUnit, t.price_field_cost),
                            (PriceField::Margin, t.price_field_margin),
                            (PriceField::Quantity, t.price_field_quantity),
                        ])}
                    </fieldset>
                    <fieldset class="sm-pick">
                        <legend class="sm-pick__legend">{t.price_order_costs}</legend>
                        {fields([
                            (PriceField::Packing, t.price_field_packing),
                            (PriceField::ToPort, t.price_field_to_port),
                            (PriceField::Handling, t.price_field_handling),
                        ])}
                    </fieldset>
                    {mode_choice(form, t)}
                    {terms_choice(form, t)}
                    <fieldset class="sm-pick">
                        <legend class="sm-pick__legend">{t.price_shipping}</legend>
                        {fields([
                            (PriceField::Freight, t.price_field_freight),
                            (PriceField::Insurance, t.price_field_insurance),
                            (PriceField::Delivery, t.price_field_delivery),
                        ])}
                    </fieldset>
                    {currency_choice(form, t, lang)}
                </form>
            </section>
            <section class="sm-card sm-results__section" aria-labelledby="sm-ladder-title">
                <h2 id="sm-ladder-title" class="sm-results__heading">{t.price_ladder_title}</h2>
                <div inner_html=ladder></div>
                <label class="sm-check sm-price__report">
                    <input
                        type="checkbox"
                        class="sm-check__input"
                        prop:checked=form.sheet.with_untracked(|s| s.in_report)
                        on:change=move |event| {
                            let shown = event_target_checked(&event);
                            form.sheet.update(|s| s.in_report = shown);
                        }
                    />
                    <span>{t.price_in_report}</span>
                </label>
            </section>
            <p>
                <a class="sm-button" href=Route::Results.fragment(questionnaire())>{t.tools_back}</a>
            </p>
        }
    }
}
