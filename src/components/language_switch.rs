//! The Bahasa Indonesia / English switch shown on every screen.

use leptos::prelude::*;

use crate::components::{tr, ui_lang};
use crate::model::Lang;

/// Two toggle buttons, one per language, each named in its own language; the pressed one is
/// the language in use. Switching changes only the words: answers and position stay.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let lang_in_use = ui_lang();
    let buttons = Lang::ALL
        .into_iter()
        .map(|lang| {
            let pressed = move || lang_in_use.get() == lang;
            view! {
                <button
                    type="button"
                    class="sm-lang__option"
                    lang=lang.code()
                    aria-pressed=move || pressed().to_string()
                    on:click=move |_| lang_in_use.set(lang)
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
