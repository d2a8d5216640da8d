//! The only place that touches `localStorage`. Every read tolerates a missing, blocked or
//! garbled store (private browsing, a full disk, an embed without storage access): the app then
//! works from defaults and never erases what it cannot read.

use leptos::prelude::*;

use crate::app::AppState;
use crate::model::Lang;

/// Keys are prefixed so the app never collides with a host page that shares its origin.
const LANG_KEY: &str = "siap-mendunia.v1.lang";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language the owner chose last time, as saved (parsing is the model's job).
pub fn saved_lang() -> Option<String> {
    local_storage()?.get_item(LANG_KEY).ok().flatten()
}

/// Remembers every change of language the owner makes; a store that refuses (quota, privacy
/// mode) only means the choice is not remembered.
pub fn persist(state: AppState) {
    Effect::new(move |previous: Option<Lang>| {
        let lang = state.lang.get();
        // Only a change the owner made is remembered, not the language a link asked for.
        if previous.is_some_and(|previous| previous != lang)
            && let Some(store) = local_storage()
        {
            let _ = store.set_item(LANG_KEY, lang.code());
        }
        lang
    });
}
