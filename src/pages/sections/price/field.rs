//! A number the owner types into the price calculation: read by the language's habits as they
//! type, a message under the field when it cannot be read, and written again in the other
//! language's way when the language changes. A bad value never erases the others, nor the last
//! good value of its own field kept on the phone.

use leptos::prelude::*;

use crate::locale::ResultStrings;
use crate::model::{Lang, NumberError, PriceField, PriceSheet, format_typed};

/// The form's state: the calculation, what is typed in each field, and each field's problem.
#[derive(Clone, Copy)]
pub struct PriceForm {
    pub sheet: RwSignal<PriceSheet>,
    texts: RwSignal<[String; 10]>,
    errors: RwSignal<[Option<NumberError>; 10]>,
}

impl PriceForm {
    /// A form showing `sheet`, its values written in `lang`; each later change of language
    /// writes them again.
    pub fn new(sheet: PriceSheet, lang: Signal<Lang>) -> PriceForm {
        let form = PriceForm {
            texts: RwSignal::new(Default::default()),
            errors: RwSignal::new([None; 10]),
            sheet: RwSignal::new(sheet),
        };
        Effect::new(move |_| form.write_values(lang.get()));
        form
    }

    /// Writes every field that holds a good value in `lang`'s way.
    fn write_values(self, lang: Lang) {
        let sheet = self.sheet.get_untracked();
        let errors = self.errors.get_untracked();
        self.texts.update(|texts| {
            for (i, field) in PriceField::ALL.into_iter().enumerate() {
                if errors[i].is_none() {
                    texts[i] = sheet
                        .value(field)
                        .map(|value| format_typed(value, field.decimals(), lang))
                        .unwrap_or_default();
                }
            }
        });
    }

    /// Whether any field cannot be read.
    pub fn has_errors(self) -> bool {
        self.errors
            .with(|errors| errors.iter().any(Option::is_some))
    }

    /// Takes what the owner typed in `field`.
    fn typed(self, field: PriceField, text: String, lang: Lang) {
        let i = field as usize;
        let read = field.read(&text, lang);
        self.texts.update(|texts| texts[i] = text);
        self.errors.update(|errors| errors[i] = read.err());
        if let Ok(value) = read {
            self.sheet.update(|sheet| sheet.set(field, value));
        }
    }
}

/// The message for a value that cannot be read.
fn error_text(error: NumberError, t: &'static ResultStrings) -> &'static str {
    match error {
        NumberError::Empty => t.price_error_empty,
        NumberError::NotANumber => t.price_error_not_a_number,
        NumberError::Negative => t.price_error_negative,
        NumberError::TooLarge => t.price_error_too_large,
        NumberError::Zero => t.price_error_zero,
    }
}

/// One number field: its label, what it may hold, the input, and its message. Drawn again
/// only when the language changes (with `t`); typing changes the value and the message alone.
pub fn number_field(
    form: PriceForm,
    field: PriceField,
    label: AnyView,
    t: &'static ResultStrings,
    lang: Lang,
) -> impl IntoView {
    let i = field as usize;
    let id = ["sm-price-", field.id()].concat();
    let (hint_id, error_id) = ([&id, "-hint"].concat(), [&id, "-error"].concat());
    let error = move || form.errors.with(|errors| errors[i]);
    let hint = match field {
        PriceField::CostPerUnit => t.price_hint_cost,
        PriceField::Margin => t.price_hint_margin,
        PriceField::Quantity => t.price_hint_quantity,
        _ => t.price_optional,
    };
    view! {
        <div class="sm-field">
            <label class="sm-field__label" for=id.clone()>{label}</label>
            <p class="sm-field__hint" id=hint_id.clone()>{hint}</p>
            <input
                class="sm-field__input"
                id=id
                type="text"
                inputmode="decimal"
                autocomplete="off"
                aria-describedby=[hint_id, error_id.clone()].join(" ")
                aria-invalid=move || error().is_some().to_string()
                prop:value=move || form.texts.with(|texts| texts[i].clone())
                on:input=move |event| form.typed(field, event_target_value(&event), lang)
            />
            <p class="sm-field__error" id=error_id>{move || error().map(|e| error_text(e, t))}</p>
        </div>
    }
}
