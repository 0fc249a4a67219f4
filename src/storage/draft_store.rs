//! `DraftStore`: drafts in localStorage under one key prefix.
//!
//! Keys: `<prefix>index` holds the [`Index`], `<prefix>draft.<id>` one [`Envelope`] each, and
//! `<prefix>backup.<...>` raw copies of values that could not be read. A value that cannot be
//! read (damaged, or written by a newer Postwright) is copied to a backup key and then never
//! written to: saving refuses, the user is told, and the raw text can be downloaded.

use wasm_bindgen::JsCast;

use crate::model::{display_name, Document, DraftMeta, Envelope, Index, ReadError};

/// The key prefix the app uses. Tests use their own prefixes.
pub const APP_PREFIX: &str = "postwright.";

/// A stored value that could not be read and is kept untouched.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// The key holding the value (left as it is).
    pub key: String,
    /// The key holding a copy of the raw value, or `None` when the copy could not be written.
    pub backup_key: Option<String>,
    /// The raw value, for the "Download the raw value" button.
    pub raw: String,
    /// What is wrong, in plain words.
    pub message: String,
}

/// Why a storage operation failed.
#[derive(Clone, Debug, PartialEq)]
pub enum StoreError {
    /// The browser offers no localStorage (private mode in some browsers, or disabled).
    Unavailable,
    /// The storage quota is full; nothing was changed.
    Quota,
    /// Another tab saved this draft since this tab loaded it; its version is here.
    Conflict(Box<Envelope>),
    /// The stored value cannot be read; it was backed up and left alone.
    Unreadable(Box<Problem>),
    /// The draft does not exist.
    Missing,
    /// Any other browser error.
    Other(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Unavailable => write!(f, "this browser does not allow local storage"),
            Self::Quota => write!(
                f,
                "browser storage is full; the last good save is kept. Delete old drafts to make room"
            ),
            Self::Conflict(_) => write!(f, "another tab changed this draft"),
            Self::Unreadable(problem) => write!(f, "{}", problem.message),
            Self::Missing => write!(f, "the draft no longer exists"),
            Self::Other(detail) => write!(f, "{detail}"),
        }
    }
}

/// A deleted draft, kept in memory so "Undo" restores it exactly.
#[derive(Clone, Debug, PartialEq)]
pub struct Deleted {
    pub meta: DraftMeta,
    /// The stored text, byte for byte.
    pub raw: String,
}

/// What [`DraftStore::list`] found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Listing {
    /// Every draft, most recently edited first.
    pub drafts: Vec<DraftMeta>,
    /// Values that could not be read.
    pub problems: Vec<Problem>,
    /// True when storage holds no index and no drafts: the app's first run.
    pub first_run: bool,
}

/// Orders a drafts list the way the app shows it: the most recently edited first. (One place for
/// the rule, and one instantiation of the sort in the wasm.)
pub fn sort_newest_first(drafts: &mut [DraftMeta]) {
    crate::sort::sort_by(drafts, |a, b| b.updated_ms.total_cmp(&a.updated_ms));
}

/// Drafts in localStorage under one key prefix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftStore {
    pub(super) prefix: String,
}

impl DraftStore {
    /// A store whose keys all start with `prefix`.
    pub fn new(prefix: impl Into<String>) -> Self {
        Self {
            prefix: prefix.into(),
        }
    }

    /// The app's store.
    pub fn app() -> Self {
        Self::new(APP_PREFIX)
    }

    /// The key of the drafts index.
    pub fn index_key(&self) -> String {
        format!("{}index", self.prefix)
    }

    /// The key of one draft.
    pub fn draft_key(&self, id: &str) -> String {
        format!("{}draft.{id}", self.prefix)
    }

    /// The draft id stored under `key`, when `key` is a draft key of this store.
    pub fn draft_id_of_key(&self, key: &str) -> Option<String> {
        key.strip_prefix(&self.prefix)?
            .strip_prefix("draft.")
            .map(str::to_owned)
    }

    /// A fresh draft id: time plus randomness, so two tabs never pick the same one.
    pub fn new_id() -> String {
        let now = js_sys::Date::now() as u64;
        let random = (js_sys::Math::random() * 65_536.0) as u32;
        format!("{now:x}{random:04x}")
    }

    /// The raw text under a key.
    pub fn read_raw(&self, key: &str) -> Result<Option<String>, StoreError> {
        storage()?
            .get_item(key)
            .map_err(|error| StoreError::Other(describe(&error)))
    }

    /// Writes raw text under a key. A failed write (quota) leaves the old value untouched.
    pub fn write_raw(&self, key: &str, value: &str) -> Result<(), StoreError> {
        storage()?.set_item(key, value).map_err(|error| {
            if is_quota_error(&error) {
                StoreError::Quota
            } else {
                StoreError::Other(describe(&error))
            }
        })
    }

    /// Lists every draft, reconciling the index with the draft keys actually present (another
    /// tab may have written the index from an older view).
    pub fn list(&self) -> Result<Listing, StoreError> {
        let storage = storage()?;
        let mut listing = Listing::default();
        let index_raw = self.read_raw(&self.index_key())?;
        let mut drafts = match &index_raw {
            None => Vec::new(),
            Some(raw) => match Index::from_json(raw) {
                Ok(index) => index.drafts,
                Err(error) => {
                    let problem = self.keep_unreadable(
                        &self.index_key(),
                        raw,
                        &format!("The list of drafts could not be read: {error}."),
                    );
                    listing.problems.push(problem);
                    Vec::new()
                }
            },
        };
        let present = self.stored_draft_ids(&storage);
        drafts.retain(|meta| present.contains(&meta.id));
        for id in &present {
            if drafts.iter().any(|meta| &meta.id == id) {
                continue;
            }
            match self.load(id) {
                Ok(envelope) => drafts.push(envelope.meta()),
                Err(StoreError::Unreadable(problem)) => {
                    drafts.push(DraftMeta {
                        id: id.clone(),
                        name: format!("Unreadable draft {id}"),
                        title: String::new(),
                        updated_ms: 0.0,
                        revision: 0,
                    });
                    listing.problems.push(*problem);
                }
                Err(_) => {}
            }
        }
        sort_newest_first(&mut drafts);
        listing.first_run = index_raw.is_none() && present.is_empty();
        listing.drafts = drafts;
        Ok(listing)
    }

    /// Reads one draft. An unreadable value is backed up and reported, never changed.
    pub fn load(&self, id: &str) -> Result<Envelope, StoreError> {
        let key = self.draft_key(id);
        let raw = self.read_raw(&key)?.ok_or(StoreError::Missing)?;
        Envelope::from_json(&raw).map_err(|error| {
            let message = match error {
                ReadError::Newer(_) => format!(
                    "The draft stored under \"{key}\" cannot be opened: {error}. It is kept as it is."
                ),
                ReadError::Corrupt(_) => format!(
                    "The draft stored under \"{key}\" cannot be opened: {error}. It is kept as it is."
                ),
            };
            StoreError::Unreadable(Box::new(self.keep_unreadable(&key, &raw, &message)))
        })
    }

    /// Saves a draft if nobody else saved it since `expected_revision` (0 for a draft never
    /// saved). On success returns the stored envelope with its new revision.
    pub fn save(
        &self,
        id: &str,
        name: &str,
        document: &Document,
        expected_revision: u64,
    ) -> Result<Envelope, StoreError> {
        let key = self.draft_key(id);
        let stored_revision = match self.read_raw(&key)? {
            // Deleted in another tab (or never saved): this tab's copy is the only one left.
            None => expected_revision,
            Some(raw) => match Envelope::from_json(&raw) {
                Ok(stored) if stored.revision != expected_revision => {
                    return Err(StoreError::Conflict(Box::new(stored)))
                }
                Ok(stored) => stored.revision,
                Err(_) => return Err(self.load(id).err().unwrap_or(StoreError::Missing)),
            },
        };
        let envelope = Envelope {
            id: id.to_owned(),
            name: name.to_owned(),
            revision: stored_revision + 1,
            updated_ms: js_sys::Date::now(),
            document: document.clone(),
        };
        self.write_raw(&key, &envelope.to_json())?;
        self.update_index(|drafts| upsert(drafts, envelope.meta()));
        Ok(envelope)
    }

    /// Stores a new draft under a fresh id.
    pub fn create(&self, name: &str, document: &Document) -> Result<Envelope, StoreError> {
        self.save(&Self::new_id(), name, document, 0)
    }

    /// Renames a draft (an empty name means "use the title").
    pub fn rename(&self, id: &str, name: &str) -> Result<Envelope, StoreError> {
        let envelope = self.load(id)?;
        self.save(id, name.trim(), &envelope.document, envelope.revision)
    }

    /// Stores a copy of a draft under a new id, named "Copy of ...".
    pub fn duplicate(&self, id: &str) -> Result<Envelope, StoreError> {
        let envelope = self.load(id)?;
        let name = format!(
            "Copy of {}",
            display_name(&envelope.name, &envelope.document.posting.title)
        );
        self.create(&name, &envelope.document)
    }

    /// Deletes a draft and returns what [`DraftStore::restore`] needs to undo it.
    pub fn delete(&self, id: &str) -> Result<Deleted, StoreError> {
        let key = self.draft_key(id);
        let raw = self.read_raw(&key)?.ok_or(StoreError::Missing)?;
        let meta = Envelope::from_json(&raw)
            .map(|envelope| envelope.meta())
            .unwrap_or_else(|_| DraftMeta {
                id: id.to_owned(),
                name: format!("Unreadable draft {id}"),
                title: String::new(),
                updated_ms: 0.0,
                revision: 0,
            });
        storage()?
            .remove_item(&key)
            .map_err(|error| StoreError::Other(describe(&error)))?;
        self.update_index(|drafts| drafts.retain(|row| row.id != id));
        Ok(Deleted { meta, raw })
    }

    /// Puts a deleted draft back exactly as it was.
    pub fn restore(&self, deleted: &Deleted) -> Result<(), StoreError> {
        self.write_raw(&self.draft_key(&deleted.meta.id), &deleted.raw)?;
        self.update_index(|drafts| upsert(drafts, deleted.meta.clone()));
        Ok(())
    }

    /// Ids of every draft key present, in storage order.
    fn stored_draft_ids(&self, storage: &web_sys::Storage) -> Vec<String> {
        let length = storage.length().unwrap_or(0);
        (0..length)
            .filter_map(|index| storage.key(index).ok().flatten())
            .filter_map(|key| self.draft_id_of_key(&key))
            .collect()
    }

    /// Read-modify-write of the index. Skipped when the stored index cannot be read (it is
    /// never overwritten); [`DraftStore::list`] then finds drafts by their keys. A failed index
    /// write is harmless for the same reason.
    fn update_index(&self, change: impl FnOnce(&mut Vec<DraftMeta>)) {
        let mut index = match self.read_raw(&self.index_key()) {
            Ok(None) => Index::default(),
            Ok(Some(raw)) => match Index::from_json(&raw) {
                Ok(index) => index,
                Err(_) => return,
            },
            Err(_) => return,
        };
        change(&mut index.drafts);
        let _ = self.write_raw(&self.index_key(), &index.to_json());
    }

    /// Copies an unreadable value to a backup key (once per distinct value) and describes it.
    pub(super) fn keep_unreadable(&self, key: &str, raw: &str, message: &str) -> Problem {
        let suffix = key.strip_prefix(&self.prefix).unwrap_or(key);
        let mut backup_key = format!("{}backup.{suffix}", self.prefix);
        let existing = self.read_raw(&backup_key).ok().flatten();
        if existing.as_deref().is_some_and(|stored| stored != raw) {
            backup_key = format!("{backup_key}.{}", js_sys::Date::now() as u64);
        }
        let backup_key = if existing.as_deref() == Some(raw) {
            Some(backup_key)
        } else {
            self.write_raw(&backup_key, raw).ok().map(|()| backup_key)
        };
        Problem {
            key: key.to_owned(),
            backup_key,
            raw: raw.to_owned(),
            message: message.to_owned(),
        }
    }
}

/// Replaces the row with the same id, or adds it.
fn upsert(drafts: &mut Vec<DraftMeta>, meta: DraftMeta) {
    match drafts.iter_mut().find(|row| row.id == meta.id) {
        Some(row) => *row = meta,
        None => drafts.push(meta),
    }
}

/// The browser's localStorage.
fn storage() -> Result<web_sys::Storage, StoreError> {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .ok_or(StoreError::Unavailable)
}

/// True for the DOMException browsers throw when the storage quota is full.
pub fn is_quota_error(error: &wasm_bindgen::JsValue) -> bool {
    error
        .dyn_ref::<web_sys::DomException>()
        .is_some_and(|exception| {
            exception.name() == "QuotaExceededError"
                || exception.name() == "NS_ERROR_DOM_QUOTA_REACHED"
                || exception.code() == 22
        })
}

/// A readable description of a JavaScript error.
fn describe(error: &wasm_bindgen::JsValue) -> String {
    if let Some(exception) = error.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", exception.name(), exception.message());
    }
    error.as_string().unwrap_or_else(|| format!("{error:?}"))
}
