//! `Envelope`: how one draft is kept in localStorage, and `DraftMeta`, its row in the index.
//!
//! Plain data and JSON, no browser code: `storage` reads and writes these strings, and the
//! native tests and fuzz targets parse them without a browser.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::document::{Document, DocumentError};

/// The envelope version this build writes. Independent of the document's own `schema_version`.
pub const ENVELOPE_VERSION: u32 = 1;

/// One stored draft: bookkeeping around a [`Document`].
#[derive(Clone, Debug, PartialEq)]
pub struct Envelope {
    /// Stable draft id (also part of the storage key).
    pub id: String,
    /// The draft's name as the user set it; empty means "use the posting's title".
    pub name: String,
    /// Goes up by one on every write; two tabs compare it to detect each other's saves.
    pub revision: u64,
    /// Milliseconds since the Unix epoch of the last write.
    pub updated_ms: f64,
    /// The draft itself.
    pub document: Document,
}

/// The serialised shape of an [`Envelope`]. The document stays a raw JSON value until it has
/// gone through [`Document::from_value`], which migrates old versions and refuses newer ones.
#[derive(Serialize, Deserialize)]
struct RawEnvelope {
    schema_version: u32,
    id: String,
    #[serde(default)]
    name: String,
    revision: u64,
    updated_ms: f64,
    document: Value,
}

/// Why a stored value could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum ReadError {
    /// Not JSON, or JSON of the wrong shape.
    Corrupt(String),
    /// Written by a newer Postwright.
    Newer(String),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Corrupt(detail) => write!(f, "it is damaged ({detail})"),
            Self::Newer(detail) => write!(f, "it was {detail}"),
        }
    }
}

impl Envelope {
    /// The JSON stored under the draft's key.
    pub fn to_json(&self) -> String {
        let document: Value = serde_json::from_str(&self.document.to_json()).unwrap_or(Value::Null);
        let raw = RawEnvelope {
            schema_version: ENVELOPE_VERSION,
            id: self.id.clone(),
            name: self.name.clone(),
            revision: self.revision,
            updated_ms: self.updated_ms,
            document,
        };
        serde_json::to_string(&raw).unwrap_or_default()
    }

    /// Reads a stored envelope, migrating the document inside it.
    pub fn from_json(text: &str) -> Result<Self, ReadError> {
        let value: Value =
            serde_json::from_str(text).map_err(|error| ReadError::Corrupt(error.to_string()))?;
        let version = value
            .get("schema_version")
            .and_then(Value::as_u64)
            .ok_or_else(|| ReadError::Corrupt("no envelope schema_version".to_owned()))?;
        if version > u64::from(ENVELOPE_VERSION) {
            return Err(ReadError::Newer(format!(
                "saved by a newer Postwright (storage version {version})"
            )));
        }
        let raw: RawEnvelope =
            serde_json::from_value(value).map_err(|error| ReadError::Corrupt(error.to_string()))?;
        let document = Document::from_value(raw.document).map_err(|error| match error {
            DocumentError::FutureVersion(_) => ReadError::Newer(error.to_string()),
            other => ReadError::Corrupt(other.to_string()),
        })?;
        Ok(Self {
            id: raw.id,
            name: raw.name,
            revision: raw.revision,
            updated_ms: raw.updated_ms,
            document,
        })
    }

    /// The row for the drafts index.
    pub fn meta(&self) -> DraftMeta {
        DraftMeta {
            id: self.id.clone(),
            name: self.name.clone(),
            title: self.document.posting.title.clone(),
            updated_ms: self.updated_ms,
            revision: self.revision,
        }
    }
}

/// One row of the drafts index: enough to list a draft without reading it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DraftMeta {
    pub id: String,
    /// Name set by the user; empty means "use the title".
    #[serde(default)]
    pub name: String,
    /// The posting's title at the last save.
    #[serde(default)]
    pub title: String,
    pub updated_ms: f64,
    pub revision: u64,
}

impl DraftMeta {
    /// What the drafts list shows: the name, else the title, else "Untitled draft".
    pub fn display_name(&self) -> String {
        display_name(&self.name, &self.title)
    }
}

/// A draft's visible name: the user's name for it, else the posting's title.
pub fn display_name(name: &str, title: &str) -> String {
    [name, title]
        .into_iter()
        .map(str::trim)
        .find(|text| !text.is_empty())
        .unwrap_or("Untitled draft")
        .to_owned()
}

/// The stored index: every draft's [`DraftMeta`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Index {
    pub schema_version: u32,
    pub drafts: Vec<DraftMeta>,
}

impl Index {
    /// Reads the stored index, refusing newer versions.
    pub fn from_json(text: &str) -> Result<Self, ReadError> {
        let value: Value =
            serde_json::from_str(text).map_err(|error| ReadError::Corrupt(error.to_string()))?;
        let version = value
            .get("schema_version")
            .and_then(Value::as_u64)
            .ok_or_else(|| ReadError::Corrupt("no schema_version".to_owned()))?;
        if version > u64::from(ENVELOPE_VERSION) {
            return Err(ReadError::Newer(format!(
                "saved by a newer Postwright (storage version {version})"
            )));
        }
        serde_json::from_value(value).map_err(|error| ReadError::Corrupt(error.to_string()))
    }

    /// The JSON stored under the index key.
    pub fn to_json(&self) -> String {
        let current = Index {
            schema_version: ENVELOPE_VERSION,
            drafts: self.drafts.clone(),
        };
        serde_json::to_string(&current).unwrap_or_default()
    }
}
