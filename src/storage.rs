//! The only place that touches `localStorage`. Answers are kept as result codes (the model's
//! compact, checksummed format), so what is saved is exactly what a shared link carries. Every
//! read tolerates a missing, blocked or garbled store (private browsing, a full disk, an embed
//! without storage access): the app then works from what it could read, tells the owner, and
//! sets unreadable data aside instead of erasing it. Two tabs of the app merge what each saves
//! (the model's three-way merge), so neither overwrites the other's answers.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::model::{
    CodeError, Lang, PriceSheet, Response, WORKSHOP_NAME_MAX_CHARS, decode_code, encode,
    merge_list, merge_response, normalize_workshop_text, questionnaire,
};
use crate::page::on_window_event;

/// Every key starts with this, so the app never collides with a host page on the same origin
/// and "delete everything" knows exactly what is ours.
const PREFIX: &str = "siap-mendunia.";
const LANG_KEY: &str = "siap-mendunia.v1.lang";
const CURRENT_KEY: &str = "siap-mendunia.v1.current";
const HISTORY_KEY: &str = "siap-mendunia.v1.history";
const WORKSHOP_KEY: &str = "siap-mendunia.v1.workshop";
const PRICE_KEY: &str = "siap-mendunia.v1.price";
const HS_KEY: &str = "siap-mendunia.v1.hs";
/// Where an unreadable value is moved, so a later version (or a helper) can still recover it.
pub(crate) const UNREADABLE_SUFFIX: &str = ".unreadable";

pub(crate) fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub(crate) fn read(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Why the device did not keep what the app saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotKept {
    /// The browser's storage for this site is full (or refuses a write for another reason).
    Full,
    /// The browser keeps nothing for this site (site data blocked, some private modes).
    Refused,
}

/// Writes a value. An empty value removes the key, so "delete everything" stays deleted.
pub(crate) fn write(key: &str, value: &str) -> Result<(), NotKept> {
    let store = local_storage().ok_or(NotKept::Refused)?;
    let written = if value.is_empty() {
        store.remove_item(key)
    } else {
        store.set_item(key, value)
    };
    // A browser that keeps nothing for the site gives no storage at all; one that gives it but
    // refuses a write has no room.
    written.map_err(|_| NotKept::Full)
}

/// Copies an unreadable value aside under `<key>.unreadable`, after any set aside earlier (a
/// line apart), so nothing unreadable is ever lost. Only once this succeeds may the value be
/// removed from where it was.
pub(crate) fn set_aside(key: &str, value: &str) -> Result<(), NotKept> {
    let aside = format!("{key}{UNREADABLE_SUFFIX}");
    match read(&aside) {
        Some(earlier) if earlier == value || earlier.ends_with(&["\n", value].concat()) => Ok(()),
        Some(earlier) => write(&aside, &[&earlier, "\n", value].concat()),
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
    let normalize = |name: &str| normalize_workshop_text(name, WORKSHOP_NAME_MAX_CHARS);
    let named = from_link.and_then(normalize);
    if let Some(name) = &named {
        // Only a reminder for later visits: the invitation works without it.
        let _ = write(WORKSHOP_KEY, name);
    }
    named.or_else(|| read(WORKSHOP_KEY).as_deref().and_then(normalize))
}

/// What was found on the device at start-up.
pub struct Saved {
    /// The owner's answers in progress (or last finished), if any could be read.
    pub current: Option<Response>,
    /// Earlier results, oldest first.
    pub history: Vec<Response>,
    /// How many saved items could not be read. They stay where they are until the first save
    /// sets them aside ([`persist`]).
    pub unreadable: usize,
}

/// A saved answer code as a response: nothing saved is a fresh one.
fn decode_saved(code: &str) -> Result<Response, CodeError> {
    let q = questionnaire();
    if code.is_empty() {
        Ok(Response::new(q))
    } else {
        decode_code(q, code)
    }
}

/// The saved history's readable results as codes this version writes, and its unreadable
/// lines.
fn read_history(text: &str) -> (Vec<String>, Vec<&str>) {
    let q = questionnaire();
    let (mut codes, mut unreadable) = (Vec::new(), Vec::new());
    for line in text.lines() {
        match decode_code(q, line) {
            Ok(response) => codes.push(encode(q, &response)),
            Err(_) => unreadable.push(line),
        }
    }
    (codes, unreadable)
}

/// Reads the saved answers and history, counting what cannot be read.
pub fn load() -> Saved {
    let q = questionnaire();
    let current = decode_saved(&read(CURRENT_KEY).unwrap_or_default());
    let mut unreadable = usize::from(current.is_err());
    let mut history = Vec::new();
    for line in read(HISTORY_KEY).unwrap_or_default().lines() {
        match decode_code(q, line) {
            Ok(response) => history.push(response),
            Err(_) => unreadable += 1,
        }
    }
    Saved {
        current: current.ok(),
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
            // A preference: if the device does not keep it, the link or the default is used.
            let _ = write(LANG_KEY, lang.code());
        }
        lang
    });
}

/// The owner's saved values as this page last read or wrote them: the base another tab's
/// changes are merged against.
struct Seen {
    current: String,
    history: String,
    /// Why the last save was not kept, as last told.
    not_kept: Option<NotKept>,
}

/// The owner's language, answers and history, as the app holds them.
#[derive(Clone, Copy)]
pub struct OwnerData {
    pub lang: RwSignal<Lang>,
    pub response: RwSignal<Response>,
    pub history: RwSignal<Vec<Response>>,
}

/// Saves every change of the owner's language, answers and history as it happens, and takes in
/// what another tab of the app saves: the two are merged, so neither tab's answers are lost.
/// `tell` hears at once when the device stops keeping them (why), and when it keeps them again
/// (`None`).
pub fn persist(state: OwnerData, tell: impl Fn(Option<NotKept>) + Clone + 'static) {
    remember_lang_changes(state.lang);
    let seen = Rc::new(RefCell::new(Seen {
        current: read(CURRENT_KEY).unwrap_or_default(),
        history: read(HISTORY_KEY).unwrap_or_default(),
        not_kept: None,
    }));
    // After the owner's own change it saves; after another tab's save it only takes that in,
    // so two tabs never answer each other's writes (two versions of the app, each unable to
    // read the other's newest codes, would otherwise overwrite each other without end).
    let sync = move |save: bool| {
        let mut seen = seen.borrow_mut();
        let current = sync_current(state, &mut seen.current, save);
        let history = sync_history(state, &mut seen.history, save);
        if save {
            let problem = current.and(history).err();
            if seen.not_kept != problem {
                seen.not_kept = problem;
                tell(problem);
            }
        }
    };
    let on_change = sync.clone();
    Effect::new(move |_| {
        // Read for the change alone (signal methods this app already uses cost no new bytes).
        let _ = (state.response.get(), state.history.get());
        on_change(true);
    });
    when_another_tab_saves(move || sync(false));
}

/// Calls `then` whenever another tab or window of this site changes what it stored (the
/// browser's `storage` event, which the tab that saved does not get).
pub fn when_another_tab_saves(then: impl Fn() + 'static) {
    on_window_event("storage", then);
}

/// Takes in what another tab saved since `seen`, and with `save`, saves the merged answers; an
/// unreadable saved value is overwritten only once it is set aside.
fn sync_current(state: OwnerData, seen: &mut String, save: bool) -> Result<(), NotKept> {
    local_storage().ok_or(NotKept::Refused)?;
    let q = questionnaire();
    let stored = read(CURRENT_KEY).unwrap_or_default();
    let ours = state.response.get_untracked();
    let mut merged = ours.clone();
    let theirs = decode_saved(&stored);
    if stored != *seen {
        if let Ok(theirs) = &theirs {
            let base = decode_saved(seen).unwrap_or_else(|_| Response::new(q));
            merged = merge_response(&base, &ours, theirs);
        }
        seen.clone_from(&stored);
    }
    let code = if merged.is_started() {
        encode(q, &merged)
    } else {
        String::new()
    };
    if merged != ours {
        state.response.set(merged);
    }
    if !save || code == stored {
        return Ok(());
    }
    if theirs.is_err() {
        set_aside(CURRENT_KEY, &stored)?;
    }
    write(CURRENT_KEY, &code)?;
    *seen = code;
    Ok(())
}

/// Takes in what another tab saved to the history since `seen`, and with `save`, saves the
/// merged history. Unreadable lines stay in it until they are set aside.
fn sync_history(state: OwnerData, seen: &mut String, save: bool) -> Result<(), NotKept> {
    let q = questionnaire();
    let stored = read(HISTORY_KEY).unwrap_or_default();
    let (theirs, unreadable) = read_history(&stored);
    let ours: Vec<String> = untrack(|| state.history.get())
        .iter()
        .map(|response| encode(q, response))
        .collect();
    let mut merged = ours.clone();
    if stored != *seen {
        merged = merge_list(&read_history(seen).0, &ours, &theirs);
        seen.clone_from(&stored);
    }
    if merged != ours {
        let responses = merged.iter().filter_map(|code| decode_code(q, code).ok());
        state.history.set(responses.collect());
    }
    if !save {
        return Ok(());
    }
    let aside = if unreadable.is_empty() {
        Ok(())
    } else {
        set_aside(HISTORY_KEY, &unreadable.join("\n"))
    };
    if aside.is_err() {
        merged.extend(unreadable.iter().map(|line| (*line).to_owned()));
    }
    let value = merged.join("\n");
    if value != stored {
        write(HISTORY_KEY, &value)?;
        *seen = value;
    }
    aside
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

/// The owner's price calculation, as far as it can be read (none kept: `None`).
pub fn saved_price() -> Option<PriceSheet> {
    read(PRICE_KEY).map(|text| PriceSheet::from_storage(&text))
}

/// Keeps the owner's price calculation.
pub fn keep_price(sheet: &PriceSheet) -> Result<(), NotKept> {
    write(PRICE_KEY, &sheet.to_storage())
}

/// The HS code the owner kept (`"210690"`), with the product it was found for, if any.
pub fn saved_hs_code() -> Option<String> {
    read(HS_KEY)
}

/// Keeps the HS code the owner chose, or forgets it (`""`).
pub fn keep_hs_code(kept: &str) -> Result<(), NotKept> {
    write(HS_KEY, kept)
}
