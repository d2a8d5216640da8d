//! The mentor's workshops on this device: each in its own `localStorage` key, so one damaged
//! entry never costs the others. A workshop that cannot be read, and any result line in it that
//! cannot, is moved aside (`<key>.unreadable`), counted and reported, never erased. The keys
//! are apart from the owner's (`siap-mendunia.`), so an owner's "delete everything" on a shared
//! device keeps a mentor's workshops.

use crate::model::{from_storage, questionnaire, to_storage};
use crate::storage::{UNREADABLE_SUFFIX, local_storage, read, set_aside, write};

use super::state::Kept;

const PREFIX: &str = "siap-mendunia-mentor.v1.workshop.";

/// What was found on the device at start-up.
pub struct Loaded {
    /// The workshops read, oldest first.
    pub workshops: Vec<Kept>,
    /// How many workshops or results could not be read and were set aside.
    pub unreadable: usize,
}

fn key(id: u32) -> String {
    format!("{PREFIX}{id}")
}

/// Reads every saved workshop.
pub fn load() -> Loaded {
    let store = local_storage();
    let keys: Vec<String> = store
        .iter()
        .flat_map(|store| (0..store.length().unwrap_or(0)).filter_map(|i| store.key(i).ok()?))
        .filter(|key| key.starts_with(PREFIX) && !key.ends_with(UNREADABLE_SUFFIX))
        .collect();
    let mut loaded = Loaded {
        workshops: Vec::new(),
        unreadable: 0,
    };
    for key in keys {
        let (Some(id), Some(text)) = (key[PREFIX.len()..].parse().ok(), read(&key)) else {
            continue;
        };
        match from_storage(questionnaire(), &text) {
            Ok(stored) => {
                let kept = Kept {
                    id,
                    workshop: stored.workshop,
                };
                if !stored.unreadable_lines.is_empty() {
                    loaded.unreadable += stored.unreadable_lines.len();
                    // Once set aside, they leave the workshop: the next start has nothing to report.
                    if set_aside(&key, &stored.unreadable_lines.join("\n")) {
                        save(&kept);
                    }
                }
                loaded.workshops.push(kept);
            }
            Err(_) => {
                loaded.unreadable += 1;
                // Removed only once it is safely aside.
                if set_aside(&key, &text) {
                    write(&key, "");
                }
            }
        }
    }
    loaded.workshops.sort_by_key(|kept| kept.id);
    loaded
}

/// Saves one workshop as it is now; whether the device kept it.
pub fn save(kept: &Kept) -> bool {
    write(&key(kept.id), &to_storage(questionnaire(), &kept.workshop))
}

/// Deletes one workshop from the device.
pub fn remove(id: u32) {
    write(&key(id), "");
}
