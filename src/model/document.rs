//! `Document`: the versioned JSON format of a draft (the JSON export and what storage keeps).
//!
//! Reading goes through [`Document::from_json`], which migrates older schema versions forward one
//! step at a time and refuses newer ones, so a document written by a later Postwright is never
//! misread (and, in storage, never overwritten).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::lint_settings::LintSettings;
use super::posting::Posting;

/// The `format` marker every document carries.
pub const FORMAT: &str = "postwright-draft";

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = 1;

/// The largest input Postwright reads, in bytes: a file or paste to import, a share link's
/// unpacked draft. Anything larger is refused with a message, never cut.
pub const MAX_INPUT_BYTES: usize = 2 * 1024 * 1024;

/// One migration step: turns a document of version `n` into version `n + 1`.
type Migration = fn(Value) -> Result<Value, DocumentError>;

/// `MIGRATIONS[i]` migrates version `i + 1` to `i + 2`. Append a step whenever
/// [`SCHEMA_VERSION`] goes up, and add a fixture of the old version under `tests/fixtures/`.
const MIGRATIONS: &[Migration] = &[];

/// A draft: the posting and its lint settings.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub format: String,
    pub schema_version: u32,
    #[serde(default)]
    pub posting: Posting,
    #[serde(default)]
    pub lint: LintSettings,
}

/// Why a document could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum DocumentError {
    /// The text is not JSON at all.
    NotJson(String),
    /// JSON, but not a Postwright draft (no `format`/`schema_version`, or fields of the wrong type).
    WrongShape(String),
    /// Written by a newer Postwright.
    FutureVersion(u32),
}

impl std::fmt::Display for DocumentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotJson(detail) => write!(f, "not JSON: {detail}"),
            Self::WrongShape(detail) => write!(f, "not a Postwright draft: {detail}"),
            Self::FutureVersion(version) => write!(
                f,
                "written by a newer Postwright (schema version {version}; this version reads up to {SCHEMA_VERSION})"
            ),
        }
    }
}

impl std::error::Error for DocumentError {}

impl Document {
    /// A current-version document holding this posting.
    pub fn new(posting: Posting) -> Self {
        Self {
            format: FORMAT.to_owned(),
            schema_version: SCHEMA_VERSION,
            posting,
            lint: LintSettings::default(),
        }
    }

    /// Pretty JSON in the current schema version.
    pub fn to_json(&self) -> String {
        let mut current = self.clone();
        current.format = FORMAT.to_owned();
        current.schema_version = SCHEMA_VERSION;
        // Serialising plain data with string keys cannot fail.
        serde_json::to_string_pretty(&current).unwrap_or_default()
    }

    /// Reads a document of any supported schema version.
    pub fn from_json(text: &str) -> Result<Self, DocumentError> {
        let value: Value = serde_json::from_str(text)
            .map_err(|error| DocumentError::NotJson(error.to_string()))?;
        Self::from_value(value)
    }

    /// Reads a parsed JSON value of any supported schema version.
    pub fn from_value(mut value: Value) -> Result<Self, DocumentError> {
        let object = value
            .as_object()
            .ok_or_else(|| DocumentError::WrongShape("expected a JSON object".to_owned()))?;
        match object.get("format").and_then(Value::as_str) {
            Some(FORMAT) => {}
            Some(other) => {
                return Err(DocumentError::WrongShape(format!(
                    "format is \"{other}\", expected \"{FORMAT}\""
                )))
            }
            None => return Err(DocumentError::WrongShape("no \"format\" field".to_owned())),
        }
        let version = object
            .get("schema_version")
            .and_then(Value::as_u64)
            .ok_or_else(|| {
                DocumentError::WrongShape("no numeric \"schema_version\" field".to_owned())
            })?;
        let version = u32::try_from(version).map_err(|_| DocumentError::FutureVersion(u32::MAX))?;
        if version == 0 {
            return Err(DocumentError::WrongShape(
                "schema_version 0 does not exist".to_owned(),
            ));
        }
        if version > SCHEMA_VERSION {
            return Err(DocumentError::FutureVersion(version));
        }
        for step in &MIGRATIONS[(version as usize - 1)..] {
            value = step(value)?;
        }
        let mut document: Document = serde_json::from_value(value)
            .map_err(|error| DocumentError::WrongShape(error.to_string()))?;
        document.schema_version = SCHEMA_VERSION;
        document.posting.normalize_item_ids();
        Ok(document)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ListKind;

    #[test]
    fn round_trips() {
        let mut posting = Posting {
            title: "Data Engineer".into(),
            ..Posting::default()
        };
        posting.push_item(ListKind::MustHave, "SQL");
        let document = Document::new(posting);
        assert_eq!(Document::from_json(&document.to_json()), Ok(document));
    }

    #[test]
    fn rejects_future_versions() {
        let text = r#"{"format":"postwright-draft","schema_version":99,"posting":{}}"#;
        assert_eq!(
            Document::from_json(text),
            Err(DocumentError::FutureVersion(99))
        );
    }

    #[test]
    fn rejects_other_json() {
        assert!(matches!(
            Document::from_json(r#"{"title":"x"}"#),
            Err(DocumentError::WrongShape(_))
        ));
        assert!(matches!(
            Document::from_json("[1,2]"),
            Err(DocumentError::WrongShape(_))
        ));
        assert!(matches!(
            Document::from_json("{oops"),
            Err(DocumentError::NotJson(_))
        ));
        let wrong_type =
            r#"{"format":"postwright-draft","schema_version":1,"posting":{"title":5}}"#;
        assert!(matches!(
            Document::from_json(wrong_type),
            Err(DocumentError::WrongShape(_))
        ));
    }

    #[test]
    fn every_older_version_has_a_migration() {
        assert_eq!(MIGRATIONS.len(), SCHEMA_VERSION as usize - 1);
    }
}
