//! What the browser test files share: finding things as a person would, and an app mounted for
//! one test. Each test file uses part of it.
#![allow(dead_code)]

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// An app mounted into a fresh element; unmounted and removed when dropped.
pub struct Mounted {
    /// The element the app was mounted into.
    pub root: Element,
    /// Keeps the app mounted.
    pub handle: Box<dyn std::any::Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

/// A fresh element at the end of the page's body, to mount an app into.
pub fn fresh_root() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// The button whose text is exactly `label`, as a person would find it.
pub fn button_named(root: &Element, label: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .find(|button| button.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no button named {label}"))
        .unchecked_into()
}

/// Waits until the app is fully drawn: every part drawn in a task of its own (`later` in
/// `src/components/later.rs`) has been drawn, along with the parts those parts queued.
pub async fn until_drawn() {
    loop {
        after_queued_tasks().await;
        if siap_mendunia::all_drawn() {
            return;
        }
    }
}

/// Waits until the tasks the page has queued so far have run.
async fn after_queued_tasks() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}
