//! "Cari kode HS": the owner types their product in plain words and sees its likely HS
//! subheadings, and may keep one for the report and the markets' section. Every match is the
//! model's search of the catalogue in `content/hs.json`.

use leptos::prelude::*;

use super::sections::hs::kept_code;
use crate::components::{acronym_notes, element, escape, text_element};
use crate::locale::ResultStrings;
use crate::model::{HsProduct, Lang, hs_catalog, questionnaire, search_hs};
use crate::route::Route;
use crate::state::AppState;
use crate::storage;

/// The search, its matches, and the code kept. Drawn again when the language changes; typing
/// redraws only the matches.
#[component]
pub fn HsCodePage() -> impl IntoView {
    let state = AppState::get();
    let query = RwSignal::new(String::new());
    let kept = RwSignal::new(storage::saved_hs_code().unwrap_or_default());
    let keep = move |code: &str| {
        state.tell_not_kept(storage::keep_hs_code(code).err());
        kept.set(code.to_owned());
    };
    move || {
        let (lang, t) = (state.lang.get(), state.result_t());
        // The page's own acronyms are explained under its introduction; a match or the kept
        // code explains only what that leaves.
        let mut explained = Vec::new();
        let page_texts = [t.hs_title, t.hs_intro, t.hs_check_note];
        let notes = acronym_notes(&page_texts, lang, t, &mut explained);
        let above = explained.clone();
        let matches = move || {
            let typed = query.get();
            let found = search_hs(hs_catalog(), &typed);
            if found.is_empty() {
                let none = (!typed.trim().is_empty()).then_some(t.hs_none);
                return view! { <p class="sm-hs__none" role="status">{none}</p> }.into_any();
            }
            let count = match found.len() {
                1 => t.hs_found_one.to_owned(),
                many => t.hs_found.replace("{count}", &many.to_string()),
            };
            let mut explained = above.clone();
            let items = found
                .into_iter()
                .map(|product| {
                    let notes = product_acronyms(product, lang, t, &mut explained);
                    product_view(product, lang, t, kept, keep, notes)
                })
                .collect_view();
            view! {
                <p class="sm-hs__count" role="status">{count}</p>
                <ul class="sm-hs__list">{items}</ul>
            }
            .into_any()
        };
        let kept_line = move || {
            let code = kept.get();
            let line = kept_code(&code, lang, t, &mut explained.clone());
            (!line.is_empty()).then(|| {
                view! {
                    <div class="sm-hs__kept-box">
                        <div inner_html=line></div>
                        <button type="button" class="sm-button" on:click=move |_| keep("")>
                            {t.hs_forget}
                        </button>
                    </div>
                }
            })
        };
        view! {
            <section class="sm-card sm-hs" aria-labelledby="sm-hs-title">
                <h1 id="sm-hs-title" class="sm-title">{t.hs_title}</h1>
                <p class="sm-lead">{t.hs_intro}</p>
                <div inner_html=notes></div>
                {kept_line}
                <div class="sm-field">
                    <label class="sm-field__label" for="sm-hs-query">{t.hs_query_label}</label>
                    <p class="sm-field__hint" id="sm-hs-hint">{t.hs_query_hint}</p>
                    <input
                        id="sm-hs-query"
                        class="sm-field__input"
                        type="search"
                        autocomplete="off"
                        aria-describedby="sm-hs-hint"
                        prop:value=query.get_untracked()
                        on:input=move |event| query.set(event_target_value(&event))
                    />
                </div>
                {matches}
                <p class="sm-hs__note">{t.hs_check_note}</p>
            </section>
            <p>
                <a class="sm-button" href=Route::Results.fragment(questionnaire())>{t.tools_back}</a>
            </p>
        }
    }
}

/// The acronyms of a product found (its name, its subheadings, its note) that the screen has
/// not explained (`explained`), as markup.
fn product_acronyms(
    product: &'static HsProduct,
    lang: Lang,
    t: &'static ResultStrings,
    explained: &mut Vec<&'static str>,
) -> String {
    let texts: Vec<&str> = hs_catalog()
        .headings_of(product)
        .map(|heading| heading.description.get(lang))
        .chain([product.name.get(lang)])
        .chain(product.note.map(|note| note.get(lang)))
        .collect();
    acronym_notes(&texts, lang, t, explained)
}

/// One product found: its name, its likely subheadings (each to keep), what decides between
/// them, and the definitions of its acronyms (`notes`, markup). All but the buttons is markup.
fn product_view(
    product: &'static HsProduct,
    lang: Lang,
    t: &'static ResultStrings,
    kept: RwSignal<String>,
    keep: impl Fn(&str) + Copy + Send + Sync + 'static,
    notes: String,
) -> impl IntoView {
    let q = questionnaire();
    let mut head = text_element("h2", "sm-hs__name", product.name.get(lang));
    if let Some(kind) = q.product_types.get(usize::from(product.product_type)) {
        head += &text_element("p", "sm-tag", kind.name.get(lang));
    }
    let mut tail = product.note.map_or_else(String::new, |note| {
        text_element("p", "sm-hs__note", note.get(lang))
    });
    tail += &notes;
    let headings = hs_catalog()
        .headings_of(product)
        .map(|heading| {
            let (code, digits) = (heading.code, heading.digits());
            let is_kept = move || kept.with(|k| k.parse() == Ok(code));
            let chapter = t
                .hs_chapter
                .replace("{chapter}", &format!("{:02}", heading.chapter()));
            let code_line = [
                text_element("span", "sm-hs__code", &heading.dotted()),
                escape(&[" · ", &chapter].concat()),
            ];
            let about = [
                element("p", "", &code_line.concat()),
                text_element("p", "", heading.description.get(lang)),
            ];
            view! {
                <li class="sm-hs__heading">
                    <div class="sm-markup" inner_html=about.concat()></div>
                    <button
                        type="button"
                        class="sm-button"
                        aria-pressed=move || is_kept().to_string()
                        on:click=move |_| keep(&digits)
                    >
                        {move || if is_kept() { t.hs_is_kept.to_owned() } else { t.hs_keep.replace("{code}", &heading.dotted()) }}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="sm-hs__product">
            <div class="sm-markup" inner_html=head></div>
            <ul class="sm-hs__headings">{headings}</ul>
            <div class="sm-markup" inner_html=tail></div>
        </li>
    }
}
