//! The form that names a workshop: name, date and place, for a new one or to change one.

use leptos::html::Input;
use leptos::prelude::*;

use crate::mentor::text::mt;
use crate::model::{Day, WORKSHOP_NAME_MAX_CHARS, WORKSHOP_PLACE_MAX_CHARS, Workshop};

/// Name (required), date and place, filled from `initial`. Submitting with an empty name marks
/// the field and says why, keeping what was typed.
#[component]
pub fn WorkshopForm(
    /// Distinguishes the fields of two forms on one page.
    id_prefix: &'static str,
    /// The values to start from.
    initial: Workshop,
    /// The button's text.
    submit_label: fn(&'static crate::locale::MentorStrings) -> &'static str,
    /// Receives the details as the model checked them ([`Workshop::new`]: no participants).
    #[prop(into)]
    on_submit: Callback<Workshop>,
) -> impl IntoView {
    let (name, date, place) = (
        NodeRef::<Input>::new(),
        NodeRef::<Input>::new(),
        NodeRef::<Input>::new(),
    );
    let (missing_name, set_missing_name) = signal(false);
    let value =
        |field: NodeRef<Input>| field.get_untracked().map(|i| i.value()).unwrap_or_default();
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(checked) = Workshop::new(&value(name), Day::parse(&value(date)), &value(place))
        else {
            set_missing_name.set(true);
            if let Some(input) = name.get_untracked() {
                let _ = input.focus();
            }
            return;
        };
        set_missing_name.set(false);
        on_submit.run(checked);
    };
    let ids = |field: &str| [id_prefix, "-", field].concat();
    let error_id = ids("name-error");
    let initial_date = initial.date.map(|d| d.to_string()).unwrap_or_default();
    view! {
        <form class="sm-form" on:submit=submit novalidate>
            <div class="sm-field">
                <label class="sm-field__label" for=ids("name")>{mt(|m| m.workshop_name)}</label>
                <input
                    node_ref=name
                    id=ids("name")
                    class="sm-field__input"
                    type="text"
                    autocomplete="off"
                    required
                    maxlength=WORKSHOP_NAME_MAX_CHARS.to_string()
                    value=initial.name
                    aria-invalid=move || missing_name.get().to_string()
                    aria-describedby=error_id.clone()
                />
                <p id=error_id class="sm-field__error" role="alert">
                    {move || missing_name.get().then(mt(|m| m.workshop_name_missing))}
                </p>
            </div>
            <div class="sm-field">
                <label class="sm-field__label" for=ids("date")>{mt(|m| m.workshop_date)}</label>
                <input node_ref=date id=ids("date") class="sm-field__input" type="date" value=initial_date />
            </div>
            <div class="sm-field">
                <label class="sm-field__label" for=ids("place")>{mt(|m| m.workshop_place)}</label>
                <input
                    node_ref=place
                    id=ids("place")
                    class="sm-field__input"
                    type="text"
                    maxlength=WORKSHOP_PLACE_MAX_CHARS.to_string()
                    value=initial.place
                />
            </div>
            <button type="submit" class="sm-button sm-button--primary">{mt(submit_label)}</button>
        </form>
    }
}
