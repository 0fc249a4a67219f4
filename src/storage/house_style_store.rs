//! The house style in localStorage: one key, `<prefix>house-style`, for all drafts, holding the
//! style file as the app exports it (`HouseStyle::to_json`).
//!
//! Like drafts, a stored style that cannot be read is copied to a backup key and reported;
//! saving a new style keeps that copy, so nothing the user wrote is lost.

use super::draft_store::{DraftStore, Problem, StoreError};
use crate::lint::HouseStyle;

impl DraftStore {
    /// The key of the house style.
    pub fn house_style_key(&self) -> String {
        format!("{}house-style", self.prefix)
    }

    /// The stored house style (an empty one when none is stored). A stored value that cannot
    /// be read is backed up and reported as [`StoreError::Unreadable`].
    pub fn load_house_style(&self) -> Result<HouseStyle, StoreError> {
        let key = self.house_style_key();
        let Some(raw) = self.read_raw(&key)? else {
            return Ok(HouseStyle::default());
        };
        HouseStyle::from_json(&raw).map_err(|error| {
            StoreError::Unreadable(Box::new(self.unreadable_style(
                &key,
                &raw,
                &error.to_string(),
            )))
        })
    }

    /// Stores the house style for all drafts; an empty style removes the key. A stored value
    /// that could not be read is copied to a backup key before it is replaced.
    pub fn save_house_style(&self, style: &HouseStyle) -> Result<(), StoreError> {
        let key = self.house_style_key();
        if let Some(raw) = self.read_raw(&key)? {
            if let Err(error) = HouseStyle::from_json(&raw) {
                self.unreadable_style(&key, &raw, &error.to_string());
            }
        }
        if style.is_empty() {
            let storage = web_sys::window()
                .and_then(|window| window.local_storage().ok().flatten())
                .ok_or(StoreError::Unavailable)?;
            return storage
                .remove_item(&key)
                .map_err(|_| StoreError::Other("the house style could not be removed".into()));
        }
        self.write_raw(&key, &style.to_json())
    }

    fn unreadable_style(&self, key: &str, raw: &str, error: &str) -> Problem {
        self.keep_unreadable(
            key,
            raw,
            &format!(
                "The stored house style cannot be read ({error}); no house style is used. \
                 The value is kept under a backup key."
            ),
        )
    }
}
