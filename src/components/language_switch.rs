//! The Bahasa Indonesia / English switch shown on every screen.

use leptos::prelude::*;

use crate::components::{UiLang, tr};
use crate::locale::install;
use crate::model::Lang;

/// Two toggle buttons, one per language, each named in its own language; the pressed one is
/// the language in use. Switching changes only the words: answers and position stay. A
/// language the app has not brought in yet is fetched first; if it cannot be (offline before
/// the app was kept for offline use), the switch says so and the words stay as they are.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let ui = expect_context::<UiLang>();
    let failed = RwSignal::new(false);
    // Asked every time: a language already here comes back at once.
    let switch_to = move |lang: Lang| {
        failed.set(false);
        leptos::task::spawn_local(async move {
            match (ui.bring)(lang).await {
                Some(language) => {
                    install(lang, language);
                    ui.lang.set(lang);
                }
                None => failed.set(true),
            }
        });
    };
    let buttons = Lang::ALL
        .into_iter()
        .map(|lang| {
            let pressed = move || ui.lang.get() == lang;
            view! {
                <button
                    type="button"
                    class="sm-lang__option"
                    lang=lang.code()
                    aria-pressed=move || pressed().to_string()
                    on:click=move |_| switch_to(lang)
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
        {move || {
            failed
                .get()
                .then(|| view! { <p class="sm-lang-failed" role="alert">{tr(|t| t.language_failed)}</p> })
        }}
    }
}
