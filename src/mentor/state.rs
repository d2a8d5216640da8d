//! The mentor area's shared state: the workshops kept on the device and the screen shown.

use leptos::prelude::*;

use crate::locale::{MentorStrings, mentor_strings};
use crate::mentor_route::MentorRoute;
use crate::model::{Lang, Workshop};
use crate::page::{scroll_to_top, set_fragment};
use crate::storage::NotKept;

use super::storage::{self, Kept};

/// Something the mentor should know at start-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MentorNotice {
    /// A `lang` link parameter named a language the app does not have.
    UnknownLanguage(String),
    /// This many saved workshops or results could not be read and were set aside.
    Unreadable(usize),
    /// The device refused to keep a change.
    NotSaved,
}

/// State every mentor screen reads, provided as context.
#[derive(Clone, Copy)]
pub struct MentorState {
    /// The interface language.
    pub lang: RwSignal<Lang>,
    /// The workshops on this device, oldest first.
    pub workshops: RwSignal<Vec<Kept>>,
    /// The screen shown.
    pub route: RwSignal<MentorRoute>,
    /// What went differently at start-up, until the mentor closes it.
    pub notice: RwSignal<Option<MentorNotice>>,
}

impl MentorState {
    /// The state, as provided by the mentor app.
    pub fn get() -> Self {
        expect_context()
    }

    /// The mentor strings in the current language (reactive).
    pub fn m(&self) -> &'static MentorStrings {
        mentor_strings(self.lang.get())
    }

    /// Goes to `route`, as a new entry in the browser's history.
    pub fn navigate(&self, route: MentorRoute) {
        set_fragment(&route.fragment());
        self.route.set(route);
        scroll_to_top();
    }

    /// Keeps a new workshop and opens it.
    pub fn create(&self, workshop: Workshop) {
        let id = self.workshops.with_untracked(|all| storage::new_id(all));
        let mut kept = Kept { id, workshop };
        self.warn_unless(storage::save(&mut kept));
        self.workshops.update(|all| all.push(kept));
        self.navigate(MentorRoute::Workshop(id));
    }

    /// Changes a workshop and saves it, with what another tab saved to it meanwhile.
    pub fn update(&self, id: u32, change: impl FnOnce(&mut Workshop)) {
        self.workshops.update(|all| {
            if let Some(kept) = all.iter_mut().find(|k| k.id == id) {
                change(&mut kept.workshop);
                self.warn_unless(storage::save(kept));
            }
        });
    }

    /// Shows what another tab of the mentor's area saved: workshops added, changed or deleted.
    pub fn follow_other_tabs(&self) {
        let mut all = self.workshops.get_untracked();
        if storage::follow_other_tabs(&mut all) {
            self.workshops.set(all);
        }
    }

    /// Tells the mentor when the device did not keep a change (private browsing, a full store):
    /// the workshop then lives only as long as the page.
    fn warn_unless(&self, saved: Result<(), NotKept>) {
        if saved.is_err() {
            self.notice.set(Some(MentorNotice::NotSaved));
        }
    }

    /// Deletes a workshop from the device and returns to the list.
    pub fn delete(&self, id: u32) {
        storage::remove(id);
        self.workshops.update(|all| all.retain(|k| k.id != id));
        self.navigate(MentorRoute::Workshops);
    }

    /// The workshop kept under `id`, if any (reactive).
    pub fn workshop(&self, id: u32) -> Option<Workshop> {
        self.workshops
            .with(|all| all.iter().find(|k| k.id == id).map(|k| k.workshop.clone()))
    }
}
