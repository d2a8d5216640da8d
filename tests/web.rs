//! Browser tests of the interface: mounted into a real page in headless Chromium
//! (`cargo test --target wasm32-unknown-unknown --test web`). Expected text comes from the
//! locale files the app itself uses.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use siap_mendunia::locale::{EN, ID, Language, RESULT_ID, both_here};
use siap_mendunia::model::Lang;
use siap_mendunia::model::{markets, questionnaire};
use siap_mendunia::parts::{LaterScreens, PartUnavailable, load_here};
use siap_mendunia::route::{Route, resume};
use siap_mendunia::{App, AppNotice, Startup};
use std::future::Future;
use std::pin::Pin;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;

mod support;
use support::{button_named, fresh_root, until_drawn};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app into a fresh wrapper element, waits until it is drawn, and returns the
/// wrapper.
async fn mount_app(lang: Lang, unknown_lang_request: Option<&str>) -> Element {
    let mut startup = Startup::fresh(lang);
    startup.notice = unknown_lang_request.map(|tag| AppNotice::UnknownLanguage(tag.to_owned()));
    mount(startup).await
}

/// Mounts the app from `startup` into a fresh wrapper element, waits until it is drawn, and
/// returns the wrapper.
async fn mount(startup: Startup) -> Element {
    let wrapper = fresh_root();
    leptos::mount::mount_to(
        wrapper.clone().unchecked_into(),
        move || view! { <App startup /> },
    )
    .forget();
    until_drawn().await;
    wrapper
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn welcome_speaks_indonesian_first_and_switches_to_english() {
    let app = mount_app(Lang::Id, None).await;
    assert_eq!(text_of(&app, "h1"), ID.welcome_title);
    assert_eq!(text_of(&app, ".sm-welcome__start"), ID.start_button);

    button_named(&app, Lang::En.native_name()).click();
    leptos::task::tick().await;

    assert_eq!(text_of(&app, "h1"), EN.welcome_title);
    assert_eq!(text_of(&app, ".sm-welcome__start"), EN.start_button);
    let pressed = app.query_selector("[aria-pressed=true]").unwrap().unwrap();
    assert_eq!(pressed.text_content().unwrap(), Lang::En.native_name());
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .unwrap(),
        "en"
    );
}

#[wasm_bindgen_test]
async fn switching_back_restores_indonesian() {
    let app = mount_app(Lang::En, None).await;
    assert_eq!(text_of(&app, "h1"), EN.welcome_title);
    button_named(&app, Lang::Id.native_name()).click();
    leptos::task::tick().await;
    assert_eq!(text_of(&app, "h1"), ID.welcome_title);
}

#[wasm_bindgen_test]
async fn unknown_link_language_is_explained_and_can_be_dismissed() {
    let app = mount_app(Lang::Id, Some("fr")).await;
    let notice = text_of(&app, "[role=status] p");
    assert_eq!(notice, ID.unknown_language.replace("{lang}", "fr"));

    button_named(&app, ID.dismiss).click();
    leptos::task::tick().await;
    assert!(app.query_selector("[role=status]").unwrap().is_none());
    assert_eq!(text_of(&app, "h1"), ID.welcome_title);
}

thread_local! {
    /// Whether the next fetch of the later part fails, as offline on a first visit.
    static LATER_PART_OFFLINE: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// A later part that cannot be fetched while [`LATER_PART_OFFLINE`], and then can.
fn load_once_online() -> Pin<Box<dyn Future<Output = Result<LaterScreens, PartUnavailable>>>> {
    if LATER_PART_OFFLINE.get() {
        return Box::pin(std::future::ready(Err(PartUnavailable)));
    }
    load_here()
}

#[wasm_bindgen_test]
async fn a_later_screen_that_cannot_be_fetched_says_so_and_tries_again() {
    let mut startup = Startup::fresh(Lang::Id);
    startup.route = Route::Privacy;
    startup.later = load_once_online;
    let wrapper = mount(startup).await;
    assert_eq!(text_of(&wrapper, "[role=alert] h1"), ID.part_failed_title);

    LATER_PART_OFFLINE.set(false);
    button_named(&wrapper, ID.part_retry).click();
    until_drawn().await;
    assert_eq!(text_of(&wrapper, "h1"), RESULT_ID.privacy_title);
    assert!(wrapper.query_selector("[role=alert]").unwrap().is_none());
}

/// A later part that never arrives, as offline before it was kept.
fn never_loads() -> Pin<Box<dyn Future<Output = Result<LaterScreens, PartUnavailable>>>> {
    Box::pin(std::future::ready(Err(PartUnavailable)))
}

#[wasm_bindgen_test]
async fn an_owner_who_comes_back_can_go_on_without_the_later_part() {
    let q = questionnaire();
    let mut startup = Startup::fresh(Lang::Id);
    startup.response.product_type = q.product_type_index("food");
    let resume_at = resume(q, &startup.response).fragment(q);
    startup.later = never_loads;
    let wrapper = mount(startup).await;
    let way_in = wrapper
        .query_selector("a.sm-welcome__start")
        .unwrap()
        .unwrap();
    assert_eq!(way_in.text_content().unwrap().trim(), ID.resume_continue);
    assert_eq!(way_in.get_attribute("href").unwrap(), resume_at);
}

thread_local! {
    /// Whether the next fetch of a language fails, as offline on a first visit.
    static LANGUAGE_OFFLINE: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// A language that cannot be fetched while [`LANGUAGE_OFFLINE`], and then can.
fn bring_once_online(lang: Lang) -> Pin<Box<dyn Future<Output = Option<&'static Language>>>> {
    if LANGUAGE_OFFLINE.get() {
        return Box::pin(std::future::ready(None));
    }
    both_here(lang)
}

#[wasm_bindgen_test]
async fn a_language_that_cannot_be_fetched_says_so_and_keeps_the_words_shown() {
    let mut startup = Startup::fresh(Lang::Id);
    startup.bring = bring_once_online;
    let wrapper = mount(startup).await;

    button_named(&wrapper, Lang::En.native_name()).click();
    until_drawn().await;
    assert_eq!(text_of(&wrapper, "[role=alert]"), ID.language_failed);
    assert_eq!(text_of(&wrapper, "h1"), ID.welcome_title);

    LANGUAGE_OFFLINE.set(false);
    button_named(&wrapper, Lang::En.native_name()).click();
    until_drawn().await;
    assert_eq!(text_of(&wrapper, "h1"), EN.welcome_title);
    assert!(wrapper.query_selector("[role=alert]").unwrap().is_none());
}

#[wasm_bindgen_test]
fn a_page_without_the_app_root_shows_the_failure_message_not_a_blank_page() {
    let document = document();
    let message = document.create_element("div").unwrap();
    message.set_id("sm-fatal");
    message.set_attribute("hidden", "").unwrap();
    document.body().unwrap().append_child(&message).unwrap();

    siap_mendunia::start(siap_mendunia::Parts {
        later: siap_mendunia::parts::load_here,
        language: siap_mendunia::locale::both_here,
    });

    assert!(!message.has_attribute("hidden"));
    message.remove();
}

#[wasm_bindgen_test]
async fn only_the_question_about_markets_offers_their_choice_and_without_its_part_a_note() {
    let q = questionnaire();
    let mut startup = Startup::fresh(Lang::Id);
    startup.response.product_type = q.product_type_index("food");
    startup.route = Route::Question(q.markets_asked_with);
    let wrapper = mount(startup).await;
    until_drawn().await;
    assert_eq!(
        text_of(&wrapper, ".sm-markets-choice summary").trim(),
        RESULT_ID.markets_choose_summary
    );
    let boxes = wrapper
        .query_selector_all(".sm-markets-choice input[type=checkbox]")
        .unwrap();
    assert_eq!(
        boxes.length() as usize,
        markets().markets.len() + 1,
        "every market and \"Belum tahu\""
    );

    let other = q.question_index("M1").unwrap();
    let mut startup = Startup::fresh(Lang::Id);
    startup.response.product_type = q.product_type_index("food");
    startup.route = Route::Question(other);
    let wrapper = mount(startup).await;
    assert!(
        wrapper
            .query_selector(".sm-markets-choice")
            .unwrap()
            .is_none()
    );

    let mut startup = Startup::fresh(Lang::Id);
    startup.response.product_type = q.product_type_index("food");
    startup.route = Route::Question(q.markets_asked_with);
    startup.later = never_loads;
    let wrapper = mount(startup).await;
    until_drawn().await;
    assert!(
        wrapper
            .query_selector(".sm-markets-choice")
            .unwrap()
            .is_none()
    );
    assert!(text_of(&wrapper, ".sm-part-note").contains(ID.part_failed_body));
}
