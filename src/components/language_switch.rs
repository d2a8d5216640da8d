//! The Bahasa Indonesia / English switch shown on every screen.

use leptos::prelude::*;

use crate::app::AppState;
use crate::components::tr;
use crate::model::Lang;

/// Two toggle buttons, one per language, each named in its own language; the pressed one is
/// the language in use. Switching changes only the words: answers and position stay.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = AppState::get();
    let buttons = Lang::ALL
        .into_iter()
        .map(|lang| {
            let pressed = move || state.lang.get() == lang;
            view! {
                <button
                    type="button"
                    class="sm-lang__option"
                    lang=lang.code()
                    aria-pressed=move || pressed().to_string()
                    on:click=move |_| state.lang.set(lang)
                >
                    {lang.native_name()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div
            class="sm-lang"
            role="group"
            aria-label=tr(|t| t.language_label)
        >
            {buttons}
        </div>
    }
}
