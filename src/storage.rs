//! The only place that touches `localStorage`. Answers are kept as result codes (the model's
//! compact, checksummed format), so what is saved is exactly what a shared link carries. Every
//! read tolerates a missing, blocked or garbled store (private browsing, a full disk, an embed
//! without storage access): the app then works from what it could read, tells the owner, and
//! sets unreadable data aside instead of erasing it.

use leptos::prelude::*;

use crate::app::AppState;
use crate::model::{
    Lang, Response, WORKSHOP_NAME_MAX_CHARS, decode, encode, normalize_workshop_text, questionnaire,
};

/// Every key starts with this, so the app never collides with a host page on the same origin
/// and "delete everything" knows exactly what is ours.
const PREFIX: &str = "siap-mendunia.";
const LANG_KEY: &str = "siap-mendunia.v1.lang";
const CURRENT_KEY: &str = "siap-mendunia.v1.current";
const HISTORY_KEY: &str = "siap-mendunia.v1.history";
const WORKSHOP_KEY: &str = "siap-mendunia.v1.workshop";
/// Where an unreadable value is moved, so a later version (or a helper) can still recover it.
pub(crate) const UNREADABLE_SUFFIX: &str = ".unreadable";

pub(crate) fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub(crate) fn read(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Writes a value; whether it was kept. A store that refuses (quota, privacy mode) only means
/// it is not remembered. An empty value removes the key, so "delete everything" stays deleted.
pub(crate) fn write(key: &str, value: &str) -> bool {
    let Some(store) = local_storage() else {
        return false;
    };
    if value.is_empty() {
        store.remove_item(key).is_ok()
    } else {
        store.set_item(key, value).is_ok()
    }
}

/// Copies an unreadable value aside under `<key>.unreadable`, after any set aside earlier (a
/// line apart), so nothing unreadable is ever lost; whether it is there now.
pub(crate) fn set_aside(key: &str, value: &str) -> bool {
    let aside = format!("{key}{UNREADABLE_SUFFIX}");
    match read(&aside) {
        Some(earlier) if earlier != value => write(&aside, &[&earlier, "\n", value].concat()),
        Some(_) => true,
        None => write(&aside, value),
    }
}

/// The language the owner chose last time, as saved (parsing is the model's job).
pub fn saved_lang() -> Option<String> {
    read(LANG_KEY)
}

/// The workshop the owner was invited from: the one a link names (`?w=`), remembered for
/// later visits, else the one remembered.
pub fn workshop(from_link: Option<&str>) -> Option<String> {
    let named = from_link.and_then(|name| normalize_workshop_text(name, WORKSHOP_NAME_MAX_CHARS));
    if let Some(name) = &named {
        write(WORKSHOP_KEY, name);
    }
    named.or_else(|| read(WORKSHOP_KEY))
}

/// What was found on the device at start-up.
pub struct Saved {
    /// The owner's answers in progress (or last finished), if any could be read.
    pub current: Option<Response>,
    /// Earlier results, oldest first.
    pub history: Vec<Response>,
    /// How many saved items could not be read and were set aside.
    pub unreadable: usize,
}

/// Reads the saved answers and history. Unreadable items are set aside and counted, never
/// silently dropped; readable ones are kept.
pub fn load() -> Saved {
    let q = questionnaire();
    let mut unreadable = 0;
    let current = read(CURRENT_KEY).and_then(|code| match decode(q, &code) {
        Ok(response) => Some(response),
        Err(_) => {
            set_aside(CURRENT_KEY, &code);
            unreadable += 1;
            None
        }
    });
    let mut history = Vec::new();
    let mut bad_lines = Vec::new();
    let saved_history = read(HISTORY_KEY).unwrap_or_default();
    for line in saved_history.lines() {
        match decode(q, line) {
            Ok(response) => history.push(response),
            Err(_) => bad_lines.push(line),
        }
    }
    if !bad_lines.is_empty() {
        set_aside(HISTORY_KEY, &bad_lines.join("\n"));
        unreadable += bad_lines.len();
    }
    Saved {
        current,
        history,
        unreadable,
    }
}

/// Remembers every language change the person makes (in the owner's app or the mentor's).
pub fn remember_lang_changes(lang: RwSignal<Lang>) {
    Effect::new(move |previous: Option<Lang>| {
        let lang = lang.get();
        // Only a change the person made is remembered, not the language a link asked for.
        if previous.is_some_and(|previous| previous != lang) {
            write(LANG_KEY, lang.code());
        }
        lang
    });
}

/// Saves every change of the owner's language, answers and history as it happens.
pub fn persist(state: AppState) {
    remember_lang_changes(state.lang);
    Effect::new(move |_| {
        let response = state.response.get();
        let code = if response.is_started() {
            encode(questionnaire(), &response)
        } else {
            String::new()
        };
        write(CURRENT_KEY, &code);
    });
    Effect::new(move |_| {
        let codes: Vec<String> = state
            .history
            .get()
            .iter()
            .map(|response| encode(questionnaire(), response))
            .collect();
        write(HISTORY_KEY, &codes.join("\n"));
    });
}

/// Removes everything the app stored on this device (and nothing of a host page's).
pub fn delete_everything() {
    let Some(store) = local_storage() else { return };
    let keys: Vec<String> = (0..store.length().unwrap_or(0))
        .filter_map(|i| store.key(i).ok().flatten())
        .filter(|key| key.starts_with(PREFIX))
        .collect();
    for key in keys {
        let _ = store.remove_item(&key);
    }
}
