//! `ListItem`: one entry of a list section, with an id that survives edits and reordering.

use serde::{Deserialize, Serialize};

/// Identity of a list item, unique within its posting.
pub type ItemId = u32;

/// One entry of a list section (a duty, a requirement, a benefit). May span several lines.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ListItem {
    pub id: ItemId,
    pub text: String,
}

impl ListItem {
    /// A new item.
    pub fn new(id: ItemId, text: impl Into<String>) -> Self {
        Self {
            id,
            text: text.into(),
        }
    }
}
