//! Draft management for [`EditorState`]: boot, autosave, open / new / rename / duplicate /
//! delete, and staying in step with other tabs. All storage goes through [`DraftStore`].

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom;
use super::state::{EditorState, OpenDraft, SaveStatus, Toast, ToastAction};
use crate::model::{Document, Posting};
use crate::storage::{display_name, Deleted, DraftMeta, Envelope, Problem, StoreError};

/// How long a toast stays up.
const TOAST_TIME: Duration = Duration::from_secs(10);

impl EditorState {
    /// Loads the drafts list and opens the last-edited draft; on the first run, creates a draft
    /// from the built-in example and returns true (the app then marks it as the example). Never
    /// fails: problems become banners and the save status.
    pub fn boot(&self) -> bool {
        let store = self.store.get_value();
        let listing = match store.list() {
            Ok(listing) => listing,
            Err(error) => {
                self.document.set(Document::new(crate::import::example()));
                self.save_status.set(SaveStatus::Failed(error.to_string()));
                return false;
            }
        };
        // Added to what `EditorState::new` found (an unreadable house style).
        self.problems
            .update(|problems| problems.extend(listing.problems.iter().cloned()));
        self.drafts.set(listing.drafts.clone());
        if listing.first_run {
            self.create_and_open(Document::new(crate::import::example()), "");
            return true;
        }
        // The most recent draft that can be read. Each one passed over on the way (damaged, or
        // written by a newer Postwright) gets a banner naming the draft that opened instead.
        let mut skipped = Vec::new();
        let readable = listing
            .drafts
            .iter()
            .find_map(|meta| match store.load(&meta.id) {
                Ok(envelope) => Some(envelope),
                Err(StoreError::Unreadable(problem)) => {
                    skipped.push(*problem);
                    None
                }
                Err(_) => None,
            });
        match readable {
            Some(envelope) => self.show_envelope(envelope),
            None => self.create_and_open(Document::new(Posting::default()), ""),
        }
        let opened = self.open_draft.with_untracked(|open| {
            let name = open.as_ref().map_or("", |open| open.name.as_str());
            self.document
                .with_untracked(|document| display_name(name, &document.posting.title))
        });
        for mut problem in skipped {
            problem
                .message
                .push_str(&format!(" \u{201c}{opened}\u{201d} was opened instead."));
            self.add_problem(problem);
        }
        false
    }

    /// Saves the open draft now if it has unsaved edits (the autosave timer and page hiding
    /// call this).
    pub fn save_now(&self) {
        self.cancel_autosave();
        let Some(open) = self.open_draft.get_untracked() else {
            return;
        };
        let status = self.save_status.get_untracked();
        if !status.is_dirty() || status == SaveStatus::Conflict {
            return;
        }
        let document = self.document.get_untracked();
        let store = self.store.get_value();
        match store.save(&open.id, &open.name, &document, open.revision) {
            Ok(envelope) => {
                self.open_draft.set(Some(OpenDraft {
                    revision: envelope.revision,
                    ..open
                }));
                self.upsert_meta(envelope.meta());
                self.save_status.set(SaveStatus::Saved);
            }
            Err(StoreError::Conflict(theirs)) => {
                self.conflict.set(Some(*theirs));
                self.save_status.set(SaveStatus::Conflict);
            }
            Err(StoreError::Unreadable(problem)) => {
                self.add_problem(*problem);
                self.save_status.set(SaveStatus::Failed(
                    "the stored copy cannot be read".to_owned(),
                ));
            }
            Err(error) => self.save_status.set(SaveStatus::Failed(error.to_string())),
        }
    }

    /// Opens a stored draft (saving the current one first).
    pub fn open(&self, id: &str) {
        self.save_now();
        match self.store.get_value().load(id) {
            Ok(envelope) => {
                self.show_envelope(envelope);
                self.drafts_panel_open.set(false);
            }
            Err(StoreError::Unreadable(problem)) => self.add_problem(*problem),
            Err(error) => self.show_toast(format!("Could not open the draft: {error}."), None),
        }
    }

    /// Creates and opens a blank draft.
    pub fn new_blank(&self) {
        self.save_now();
        self.create_and_open(Document::new(Posting::default()), "");
    }

    /// Creates and opens a draft from the built-in example.
    pub fn new_from_example(&self) {
        self.save_now();
        self.create_and_open(Document::new(crate::import::example()), "");
    }

    /// Creates and opens a draft holding `document` (an import), saving the current one first.
    pub fn new_from_document(&self, document: Document) {
        self.save_now();
        self.create_and_open(document, "");
    }

    /// Renames a draft; an empty name means "use the posting's title".
    pub fn rename(&self, id: &str, name: &str) {
        let is_open = self.is_open(id);
        if is_open {
            self.save_now();
        }
        match self.store.get_value().rename(id, name) {
            Ok(envelope) => {
                if is_open {
                    self.open_draft.update(|open| {
                        if let Some(open) = open {
                            open.name = envelope.name.clone();
                            open.revision = envelope.revision;
                        }
                    });
                }
                self.upsert_meta(envelope.meta());
            }
            Err(error) => self.show_toast(format!("Could not rename the draft: {error}."), None),
        }
    }

    /// Stores a copy of a draft and opens it.
    pub fn duplicate(&self, id: &str) {
        self.save_now();
        match self.store.get_value().duplicate(id) {
            Ok(envelope) => {
                let name = envelope.meta().display_name();
                self.show_envelope(envelope);
                self.refresh_list();
                self.show_toast(format!("Opened the copy \u{201c}{name}\u{201d}."), None);
            }
            Err(error) => self.show_toast(format!("Could not duplicate the draft: {error}."), None),
        }
    }

    /// Deletes a draft, with an "Undo" toast that restores it exactly.
    pub fn delete(&self, id: &str) {
        let was_open = self.is_open(id);
        if was_open {
            self.cancel_autosave();
        } else {
            self.save_now();
        }
        let store = self.store.get_value();
        let deleted = match store.delete(id) {
            Ok(deleted) => deleted,
            Err(error) => {
                self.show_toast(format!("Could not delete the draft: {error}."), None);
                return;
            }
        };
        self.refresh_list();
        if was_open {
            let next = self
                .drafts
                .get_untracked()
                .iter()
                .find_map(|meta| store.load(&meta.id).ok());
            match next {
                Some(envelope) => self.show_envelope(envelope),
                None => self.create_and_open(Document::new(Posting::default()), ""),
            }
        }
        let name = deleted.meta.display_name();
        self.show_toast(
            format!("Deleted \u{201c}{name}\u{201d}."),
            Some(ToastAction::RestoreDeleted {
                deleted,
                reopen: was_open,
            }),
        );
    }

    /// Puts a deleted draft back exactly as it was.
    pub fn restore(&self, deleted: &Deleted, reopen: bool) {
        if let Err(error) = self.store.get_value().restore(deleted) {
            self.show_toast(format!("Could not restore the draft: {error}."), None);
            return;
        }
        self.toast.set(None);
        self.refresh_list();
        if reopen {
            self.open(&deleted.meta.id);
        }
    }

    /// Resolves a conflict by taking the other tab's version.
    pub fn load_theirs(&self) {
        let Some(theirs) = self.conflict.get_untracked() else {
            return;
        };
        self.conflict.set(None);
        self.show_envelope(theirs);
    }

    /// Resolves a conflict by saving this tab's version as a new draft; the other tab's version
    /// stays under the original.
    pub fn keep_mine_as_copy(&self) {
        let Some(open) = self.open_draft.get_untracked() else {
            return;
        };
        let document = self.document.get_untracked();
        let title = document.posting.title.clone();
        let name = format!("{} (my copy)", display_name(&open.name, &title));
        match self.store.get_value().create(&name, &document) {
            Ok(envelope) => {
                self.conflict.set(None);
                let history = self.history.get_untracked();
                self.show_envelope(envelope);
                // The copy is the same text, so this tab's undo steps still apply to it.
                self.history.set(history);
                self.refresh_list();
                self.show_toast(
                    format!("Your version is saved as \u{201c}{name}\u{201d}; the other tab\u{2019}s version is kept too."),
                    None,
                );
            }
            Err(error) => self.save_status.set(SaveStatus::Failed(error.to_string())),
        }
    }

    /// Takes the house style another tab stored (an unreadable one gets a banner).
    fn reload_house_style(&self) {
        match self.store.get_value().load_house_style() {
            Ok(style) => self.house_style.set(style),
            Err(StoreError::Unreadable(problem)) => {
                self.house_style.set(crate::lint::HouseStyle::default());
                self.add_problem(*problem);
            }
            Err(_) => {}
        }
    }

    /// Reacts to a change another tab made to localStorage (the `storage` event).
    pub fn on_storage_changed(&self, key: Option<String>) {
        let store = self.store.get_value();
        let Some(key) = key else {
            self.refresh_list();
            self.reload_house_style();
            return;
        };
        if key == store.house_style_key() {
            self.reload_house_style();
            return;
        }
        let touches_drafts = key == store.index_key() || store.draft_id_of_key(&key).is_some();
        if !touches_drafts {
            return;
        }
        self.refresh_list();
        let Some(open) = self.open_draft.get_untracked() else {
            return;
        };
        if store.draft_id_of_key(&key).as_deref() != Some(open.id.as_str()) {
            return;
        }
        let dirty = self.save_status.get_untracked().is_dirty();
        match store.load(&open.id) {
            // The other tab wrote what this tab shows: nothing was lost.
            Ok(theirs) if self.document.with_untracked(|ours| *ours == theirs.document) => {
                if theirs.revision > open.revision {
                    self.open_draft.set(Some(OpenDraft {
                        revision: theirs.revision,
                        ..open
                    }));
                }
            }
            // A newer version and no edits here: show it.
            Ok(theirs) if !dirty && theirs.revision > open.revision => {
                self.show_envelope(theirs);
                self.show_toast(
                    "This draft was changed in another tab; showing the latest version.".to_owned(),
                    None,
                );
            }
            // Edits here, or a write that collided with this tab's own save (two tabs in
            // different browser processes both wrote the same revision, and theirs landed
            // last): this tab's version exists only here now, so the user chooses.
            Ok(theirs) => {
                self.cancel_autosave();
                self.conflict.set(Some(theirs));
                self.save_status.set(SaveStatus::Conflict);
            }
            Err(StoreError::Missing) => self.show_toast(
                "This draft was deleted in another tab. It stays open here and is saved again if you edit it.".to_owned(),
                None,
            ),
            Err(StoreError::Unreadable(problem)) => self.add_problem(*problem),
            Err(_) => {}
        }
    }

    /// Shows a toast, replacing the current one; it closes by itself after a while.
    pub fn show_toast(&self, message: String, action: Option<ToastAction>) {
        let serial = self
            .toast
            .with_untracked(|toast| toast.as_ref().map_or(1, |toast| toast.serial + 1));
        self.toast.set(Some(Toast {
            serial,
            message,
            action,
        }));
        let toast = self.toast;
        set_timeout(
            move || {
                if toast.with_untracked(|current| current.as_ref().map(|t| t.serial))
                    == Some(serial)
                {
                    toast.set(None);
                }
            },
            TOAST_TIME,
        );
    }

    /// Forgets a problem banner (the backup copy stays in storage).
    pub fn dismiss_problem(&self, key: &str) {
        self.problems
            .update(|problems| problems.retain(|problem| problem.key != key));
    }

    /// Reloads the drafts list from storage. Problems found on the way were reported at boot
    /// (or are reported when the user opens the draft), so a dismissed banner stays dismissed.
    pub fn refresh_list(&self) {
        if let Ok(listing) = self.store.get_value().list() {
            self.drafts.set(listing.drafts);
        }
    }

    /// Installs the window listeners: undo/redo shortcuts, other tabs' changes, and saving
    /// when the page is hidden or closed. They are removed when the app unmounts.
    pub fn install_listeners(&self) {
        let state = *self;
        let keys = window_event_listener(leptos::ev::keydown, move |event| {
            state.on_shortcut(&event);
        });
        let storage = window_event_listener(leptos::ev::storage, move |event| {
            state.on_storage_changed(event.key());
        });
        let hide = window_event_listener(leptos::ev::pagehide, move |_| state.save_now());
        let leave = window_event_listener(leptos::ev::beforeunload, move |event| {
            state.on_before_unload(&event);
        });
        let visibility = window_event_listener_untyped("visibilitychange", move |_| {
            let hidden = dom::document().is_some_and(|document| document.hidden());
            if hidden {
                state.save_now();
            }
        });
        on_cleanup(move || {
            keys.remove();
            storage.remove();
            hide.remove();
            leave.remove();
            visibility.remove();
        });
    }

    /// Asks before the tab closes while this tab holds edits that are not in storage: a save
    /// that failed, or a conflict with another tab. Pending edits are saved first (localStorage
    /// is synchronous), so the question only comes when the save cannot happen.
    fn on_before_unload(&self, event: &web_sys::BeforeUnloadEvent) {
        self.save_now();
        if self.save_status.get_untracked().is_dirty() {
            event.prevent_default();
            // Older browsers ask only when `returnValue` is set.
            event.set_return_value("Your edits are not saved.");
        }
    }

    /// Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y.
    fn on_shortcut(&self, event: &web_sys::KeyboardEvent) {
        if !(event.ctrl_key() || event.meta_key()) || event.alt_key() {
            return;
        }
        let key = event.key().to_lowercase();
        let redo = (key == "z" && event.shift_key()) || (key == "y" && !event.shift_key());
        let undo = key == "z" && !event.shift_key();
        if !(undo || redo) {
            return;
        }
        // A field outside the editor (a rename box) keeps the browser's own undo.
        let in_other_field = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|element| {
                element
                    .closest("[data-native-undo]")
                    .ok()
                    .flatten()
                    .is_some()
            });
        if in_other_field {
            return;
        }
        event.prevent_default();
        if redo {
            self.redo();
        } else {
            self.undo();
        }
    }

    /// Shows a stored draft as the open one, with a fresh history.
    fn show_envelope(&self, envelope: Envelope) {
        self.cancel_autosave();
        self.open_draft.set(Some(OpenDraft {
            id: envelope.id.clone(),
            name: envelope.name.clone(),
            revision: envelope.revision,
        }));
        self.document.set(envelope.document);
        self.history.update(|history| history.clear());
        self.save_status.set(SaveStatus::Saved);
    }

    /// Stores a new draft and opens it. If storage refuses, the draft stays open unsaved.
    fn create_and_open(&self, document: Document, name: &str) {
        match self.store.get_value().create(name, &document) {
            Ok(envelope) => {
                self.upsert_meta(envelope.meta());
                self.show_envelope(envelope);
            }
            Err(error) => {
                self.open_draft.set(Some(OpenDraft {
                    id: crate::storage::DraftStore::new_id(),
                    name: name.to_owned(),
                    revision: 0,
                }));
                self.document.set(document);
                self.history.update(|history| history.clear());
                self.save_status.set(SaveStatus::Failed(error.to_string()));
            }
        }
        self.drafts_panel_open.set(false);
    }

    /// True when `id` is the open draft.
    fn is_open(&self, id: &str) -> bool {
        self.open_draft
            .with_untracked(|open| open.as_ref().is_some_and(|open| open.id == id))
    }

    /// Updates one row of the drafts list, keeping the most recent first.
    fn upsert_meta(&self, meta: DraftMeta) {
        self.drafts.update(|drafts| {
            drafts.retain(|row| row.id != meta.id);
            drafts.push(meta);
            crate::storage::sort_newest_first(drafts);
        });
    }

    /// Adds a problem banner unless the same key already has one.
    fn add_problem(&self, problem: Problem) {
        self.problems.update(|problems| {
            if !problems.iter().any(|known| known.key == problem.key) {
                problems.push(problem);
            }
        });
    }
}
