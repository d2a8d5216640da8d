//! The mentor's workshops on this device: each in its own `localStorage` key, so one damaged
//! entry never costs the others. A workshop that cannot be read, and any result line in it that
//! cannot, is moved aside (`<key>.unreadable`), counted and reported, never erased: it stays
//! where it is until its copy aside succeeds. The keys are apart from the owner's
//! (`siap-mendunia.`), so an owner's "delete everything" on a shared device keeps a mentor's
//! workshops.
//!
//! Two tabs of the mentor's area may change the same workshop: before each save, what another
//! tab saved since this one last looked is merged in (the model's three-way merge), and a new
//! workshop takes a number no tab uses.

use std::cell::RefCell;

use crate::model::sort::sort_stable_by_key;
use crate::model::{
    StoredWorkshop, Workshop, from_storage, merge_workshop, questionnaire, to_storage,
};
use crate::storage::{NotKept, UNREADABLE_SUFFIX, local_storage, read, set_aside, write};

const PREFIX: &str = "siap-mendunia-mentor.v1.workshop.";

/// A workshop and the number it is kept under (its key on the device and in links).
#[derive(Clone, Debug, PartialEq)]
pub struct Kept {
    /// Its number, never reused while it exists.
    pub id: u32,
    /// The workshop.
    pub workshop: Workshop,
}

/// A workshop's stored text as this page last read or wrote it, and its unreadable lines not
/// yet set aside (kept in the text until they are).
#[derive(Clone, Default)]
struct Seen {
    text: String,
    unreadable: Vec<String>,
}

thread_local! {
    /// What this page last saw under each workshop's key: the base of every merge.
    static SEEN: RefCell<Vec<(u32, Seen)>> = RefCell::default();
}

fn seen(id: u32) -> Seen {
    SEEN.with_borrow(|all| {
        all.iter()
            .find(|(seen, _)| *seen == id)
            .map(|(_, seen)| seen.clone())
    })
    .unwrap_or_default()
}

fn set_seen(id: u32, seen: Seen) {
    forget(id);
    SEEN.with_borrow_mut(|all| all.push((id, seen)));
}

/// Forgets what was seen under `id` (a workshop deleted, or a number given anew).
fn forget(id: u32) {
    SEEN.with_borrow_mut(|all| all.retain(|(seen, _)| *seen != id));
}

fn key(id: u32) -> String {
    format!("{PREFIX}{id}")
}

/// The workshop number a key holds: only the key this app writes for it (`…workshop.7`, not
/// `…workshop.007`), so a workshop is never read under two keys.
fn id_of(key: &str) -> Option<u32> {
    let number = key.strip_prefix(PREFIX)?;
    number
        .parse()
        .ok()
        .filter(|id: &u32| *id > 0 && id.to_string() == number)
}

/// Every workshop key on the device, apart from what is set aside.
fn workshop_keys() -> Vec<String> {
    let store = local_storage();
    store
        .iter()
        .flat_map(|store| (0..store.length().unwrap_or(0)).filter_map(|i| store.key(i).ok()?))
        .filter(|key| key.starts_with(PREFIX) && !key.ends_with(UNREADABLE_SUFFIX))
        .collect()
}

/// What was found on the device at start-up.
pub struct Loaded {
    /// The workshops read, oldest first.
    pub workshops: Vec<Kept>,
    /// How many workshops or results could not be read (set aside, or kept where they are
    /// while the device has no room to set them aside).
    pub unreadable: usize,
    /// Whether setting them aside failed: they stay where they are, and changes are not kept.
    pub not_kept: bool,
}

/// Reads every saved workshop. One stored under a key this app would not write (copied by
/// hand, say) is moved to a number of its own and listed.
pub fn load() -> Loaded {
    let mut loaded = Loaded {
        workshops: Vec::new(),
        unreadable: 0,
        not_kept: false,
    };
    SEEN.with_borrow_mut(Vec::clear);
    let mut strays = Vec::new();
    for key in workshop_keys() {
        let Some(text) = read(&key) else { continue };
        let Some(id) = id_of(&key) else {
            strays.push((key, text));
            continue;
        };
        match from_storage(questionnaire(), &text) {
            Ok(stored) => {
                let unreadable = stored.unreadable_lines.len();
                let mut kept = Kept {
                    id,
                    workshop: stored.workshop,
                };
                set_seen(
                    id,
                    Seen {
                        text,
                        unreadable: stored.unreadable_lines,
                    },
                );
                if unreadable > 0 {
                    loaded.unreadable += unreadable;
                    // Sets them aside, and takes them out of the workshop once they are.
                    loaded.not_kept |= save(&mut kept).is_err();
                }
                loaded.workshops.push(kept);
            }
            Err(_) => {
                loaded.unreadable += 1;
                loaded.not_kept |= set_aside_and_remove(&key, &text).is_err();
            }
        }
    }
    for (key, text) in strays {
        let Ok(stored) = from_storage(questionnaire(), &text) else {
            loaded.unreadable += 1;
            loaded.not_kept |= set_aside_and_remove(&key, &text).is_err();
            continue;
        };
        let mut kept = Kept {
            id: new_id(&loaded.workshops),
            workshop: stored.workshop,
        };
        set_seen(
            kept.id,
            Seen {
                text: String::new(),
                unreadable: stored.unreadable_lines,
            },
        );
        let moved = save(&mut kept).and_then(|()| write(&key, ""));
        loaded.not_kept |= moved.is_err();
        loaded.workshops.push(kept);
    }
    // The model's sort: the standard library's costs kilobytes of WebAssembly.
    sort_stable_by_key(&mut loaded.workshops, |kept| kept.id);
    loaded
}

/// Moves an unreadable workshop aside: removed from its key only once its copy is there.
fn set_aside_and_remove(key: &str, text: &str) -> Result<(), NotKept> {
    set_aside(key, text)?;
    write(key, "")
}

/// A number for a new workshop that neither this tab nor any other uses.
pub fn new_id(known: &[Kept]) -> u32 {
    let stored = workshop_keys().into_iter().filter_map(|key| id_of(&key));
    let known = known.iter().map(|kept| kept.id);
    let id = stored.chain(known).max().unwrap_or(0) + 1;
    // Nothing was seen under it yet, whatever a workshop deleted before left.
    forget(id);
    id
}

/// Saves one workshop, first merging in what another tab saved since this one last looked
/// (`kept` then holds the merged workshop). A stored text that cannot be read is overwritten
/// only once it is set aside, and unreadable lines stay in the workshop until they are.
pub fn save(kept: &mut Kept) -> Result<(), NotKept> {
    let q = questionnaire();
    let key = key(kept.id);
    let stored = read(&key).unwrap_or_default();
    let mut seen = seen(kept.id);
    if stored != seen.text && !stored.is_empty() {
        match from_storage(q, &stored) {
            Ok(theirs) => take_in(kept, &mut seen, theirs),
            Err(_) => set_aside(&key, &stored)?,
        }
    }
    let mut text = to_storage(q, &kept.workshop);
    let aside = if seen.unreadable.is_empty() {
        Ok(())
    } else {
        set_aside(&key, &seen.unreadable.join("\n"))
    };
    if aside.is_ok() {
        seen.unreadable.clear();
    }
    for line in &seen.unreadable {
        text.push_str(line);
        text.push('\n');
    }
    let written = if text == stored {
        Ok(())
    } else {
        write(&key, &text)
    };
    seen.text = if written.is_ok() { text } else { stored };
    set_seen(kept.id, seen);
    written.and(aside)
}

/// Merges into `kept` what another tab saved under its number (`theirs`) since this page last
/// looked (`seen`).
fn take_in(kept: &mut Kept, seen: &mut Seen, theirs: StoredWorkshop) {
    let q = questionnaire();
    let base = from_storage(q, &seen.text).map_or_else(|_| Workshop::default(), |s| s.workshop);
    kept.workshop = merge_workshop(&base, &kept.workshop, &theirs.workshop);
    for line in theirs.unreadable_lines {
        if !seen.unreadable.contains(&line) {
            seen.unreadable.push(line);
        }
    }
}

/// Takes in what other tabs saved since this one last looked: changed workshops merged, new
/// ones added, deleted ones removed. Nothing is written: saving is for this tab's own changes,
/// so two tabs never answer each other's writes. Whether anything changed.
pub fn follow_other_tabs(workshops: &mut Vec<Kept>) -> bool {
    let stored: Vec<u32> = workshop_keys()
        .iter()
        .filter_map(|key| id_of(key))
        .collect();
    let count = workshops.len();
    workshops.retain(|kept| stored.contains(&kept.id) || seen(kept.id).text.is_empty());
    let mut changed = workshops.len() != count;
    for kept in workshops.iter_mut() {
        let text = read(&key(kept.id)).unwrap_or_default();
        let mut seen = seen(kept.id);
        if text == seen.text {
            continue;
        }
        // One this version cannot read is left alone until this tab saves its own change.
        if let Ok(theirs) = from_storage(questionnaire(), &text) {
            take_in(kept, &mut seen, theirs);
            seen.text = text;
            set_seen(kept.id, seen);
            changed = true;
        }
    }
    for id in stored {
        if workshops.iter().any(|kept| kept.id == id) {
            continue;
        }
        // One this version cannot read is left alone: the next start reports it.
        let text = read(&key(id)).unwrap_or_default();
        if let Ok(stored) = from_storage(questionnaire(), &text) {
            set_seen(
                id,
                Seen {
                    text,
                    unreadable: stored.unreadable_lines,
                },
            );
            let workshop = stored.workshop;
            let at = workshops.partition_point(|kept| kept.id < id);
            workshops.insert(at, Kept { id, workshop });
            changed = true;
        }
    }
    changed
}

/// Deletes one workshop from the device.
pub fn remove(id: u32) {
    let _ = write(&key(id), "");
    forget(id);
}
