//! The result link as text, with a button that copies it.

use js_sys::{Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;

use crate::locale::ResultStrings;

/// Calls `done(true)` when `promise` resolves and `done(false)` when it rejects, so a rejection
/// is always handled.
pub fn when_settled(promise: &Promise, done: impl Fn(bool) + Copy + 'static) {
    let resolved = Closure::new(move |_: JsValue| done(true));
    let rejected = Closure::new(move |_: JsValue| done(false));
    let _ = promise.then2(&resolved, &rejected);
    // The browser keeps both until the promise settles, then collects them.
    resolved.into_js_value();
    rejected.into_js_value();
}

/// Copies `text` with the Clipboard API and calls `done(true)`, or `done(false)` where the
/// clipboard is missing or refuses.
pub fn copy_to_clipboard(text: &str, done: impl Fn(bool) + Copy + 'static) {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return done(false);
    };
    let clipboard = Reflect::get(&navigator, &"clipboard".into()).unwrap_or_default();
    if !clipboard.is_object() {
        return done(false);
    }
    when_settled(&navigator.clipboard().write_text(text), done);
}

/// A read-only field holding the link (visible, so it can also be copied by hand) and a "copy"
/// button using the Clipboard API. Where the clipboard is missing or refuses, the link is
/// selected and a status message says to press and hold it. The outcome is announced politely.
#[component]
pub fn CopyLink(
    /// The result link.
    link: String,
    /// The interface strings in the language shown.
    t: &'static ResultStrings,
) -> impl IntoView {
    let field = NodeRef::<leptos::html::Input>::new();
    let status = RwSignal::new("");
    let done = move |copied: bool| {
        if !copied && let Some(input) = field.get_untracked() {
            let _ = input.focus();
            input.select();
        }
        status.set(if copied {
            t.share_copied
        } else {
            t.share_copy_failed
        });
    };
    let text = link.clone();
    let copy = move |_| copy_to_clipboard(&text, done);
    view! {
        <div class="sm-field">
            <label class="sm-field__label" for="sm-share-link">{t.share_link_label}</label>
            <div class="sm-copy">
                <input
                    class="sm-field__input"
                    id="sm-share-link"
                    type="text"
                    readonly
                    node_ref=field
                    value=link
                />
                <button type="button" class="sm-button" on:click=copy>{t.share_copy}</button>
            </div>
            <p class="sm-copy__status" role="status">{move || status.get()}</p>
        </div>
    }
}
