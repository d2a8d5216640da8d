//! "Cari kode HS": the owner types their product in plain words and sees its likely HS
//! subheadings, and may keep one for the report and the markets' section. Every match is the
//! model's search of the catalogue in `content/hs.json`.

use leptos::prelude::*;

use super::sections::hs::kept_code_view;
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
            let items = found
                .into_iter()
                .map(|product| product_view(product, lang, t, kept, keep))
                .collect_view();
            view! {
                <p class="sm-hs__count" role="status">{count}</p>
                <ul class="sm-hs__list">{items}</ul>
            }
            .into_any()
        };
        let kept_line = move || {
            let code = kept.get();
            kept_code_view(&code, lang, t).map(|line| {
                view! {
                    <div class="sm-hs__kept-box">
                        {line}
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

/// One product found: its name, its likely subheadings (each to keep), and what decides
/// between them.
fn product_view(
    product: &'static HsProduct,
    lang: Lang,
    t: &'static ResultStrings,
    kept: RwSignal<String>,
    keep: impl Fn(&str) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let q = questionnaire();
    let kind = q
        .product_types
        .get(usize::from(product.product_type))
        .map(|t| t.name.get(lang));
    let headings = hs_catalog()
        .headings_of(product)
        .map(|heading| {
            let (code, digits) = (heading.code, heading.digits());
            let is_kept = move || kept.with(|k| k.parse() == Ok(code));
            view! {
                <li class="sm-hs__heading">
                    <p>
                        <span class="sm-hs__code">{heading.dotted()}</span>
                        " · "
                        {t.hs_chapter.replace("{chapter}", &format!("{:02}", heading.chapter()))}
                    </p>
                    <p>{heading.description.get(lang)}</p>
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
            <h2 class="sm-hs__name">{product.name.get(lang)}</h2>
            {kind.map(|kind| view! { <p class="sm-tag">{kind}</p> })}
            <ul class="sm-hs__headings">{headings}</ul>
            {product.note.map(|note| view! { <p class="sm-hs__note">{note.get(lang)}</p> })}
        </li>
    }
}
