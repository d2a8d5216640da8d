//! The optional business name or initials on the owner's result.

use leptos::prelude::*;

use crate::model::LABEL_MAX_CHARS;
use crate::state::AppState;

/// A text field for a business name or initials, written to the owner's saved answers when the
/// owner leaves the field (so typing is never interrupted), then shown as the model normalised
/// it. The label travels in the result link and appears on the printed report.
#[component]
pub fn LabelField() -> impl IntoView {
    let state = AppState::get();
    let t = move || state.result_t();
    let label = move || state.response.with(|r| r.label.clone().unwrap_or_default());
    view! {
        <div class="sm-field">
            <label class="sm-field__label" for="sm-label-input">
                {move || t().share_label_field}
            </label>
            <p class="sm-field__hint" id="sm-label-hint">{move || t().share_label_hint}</p>
            <input
                class="sm-field__input"
                id="sm-label-input"
                type="text"
                autocomplete="organization"
                maxlength=LABEL_MAX_CHARS.to_string()
                aria-describedby="sm-label-hint"
                prop:value=label
                on:change=move |event| {
                    let text = event_target_value(&event);
                    state.response.update(|r| r.set_label(&text));
                }
            />
        </div>
    }
}
