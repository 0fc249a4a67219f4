//! Importers: draft JSON, schema.org JSON-LD (bare or inside an HTML page), Markdown and plain
//! text, detected by content. Pure Rust, no browser code.
//!
//! Architecture invariant: an importer never drops text. What cannot be placed in a section
//! lands in `Posting::unplaced`, and [`Imported::placements`] tells the user what went where.

use crate::model::{Document, Posting, Section};

/// Inputs larger than this are refused with [`ImportError::TooLarge`].
pub const MAX_INPUT_BYTES: usize = 2 * 1024 * 1024;

/// What the input turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    DraftJson,
    JsonLd,
    Html,
    Markdown,
    PlainText,
}

/// Where imported text went: one row per section that received something.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placement {
    pub section: Section,
    /// Number of list items, or 1 for a text field.
    pub count: usize,
    /// The first words placed there, for the summary the user sees before accepting.
    pub preview: String,
}

/// A successful import, to be shown to the user before it replaces anything.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub document: Document,
    pub kind: InputKind,
    pub placements: Vec<Placement>,
    /// Things the user should know (a JSON-LD property that was not understood, ...).
    pub warnings: Vec<String>,
}

/// Why an input could not be imported. The message names the problem in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    Binary,
    NotUtf8,
    /// Looks like JSON but does not parse.
    NotJson(String),
    /// JSON that is neither a Postwright draft nor a schema.org JobPosting.
    WrongShape(String),
    FutureVersion(u32),
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Empty => write!(f, "the file is empty"),
            Self::TooLarge { bytes } => write!(
                f,
                "the file is too large ({:.1} MB; the limit is {} MB)",
                *bytes as f64 / 1_048_576.0,
                MAX_INPUT_BYTES / 1_048_576
            ),
            Self::Binary => write!(f, "this is a binary file, not text, JSON or HTML"),
            Self::NotUtf8 => write!(f, "the file is not UTF-8 text"),
            Self::NotJson(detail) => write!(f, "the JSON does not parse: {detail}"),
            Self::WrongShape(detail) => write!(f, "not a Postwright draft or a schema.org JobPosting: {detail}"),
            Self::FutureVersion(version) => write!(
                f,
                "written by a newer Postwright (schema version {version}); update Postwright to open it"
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// The built-in example: the Senior Backend Engineer sample, split into sections by the
/// plain-text importer.
pub fn example() -> Posting {
    crate::import::import_str(EXAMPLE_TEXT)
        .map(|imported| imported.document.posting)
        .unwrap_or_default()
}

/// The text of the built-in example.
pub const EXAMPLE_TEXT: &str = include_str!("../../fixtures/senior-backend-engineer.txt");

/// Imports raw bytes (a file): refuses empty, huge, binary and non-UTF-8 input, then
/// [`import_str`].
pub fn import_bytes(bytes: &[u8]) -> Result<Imported, ImportError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    if bytes.contains(&0) {
        return Err(ImportError::Binary);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotUtf8)?;
    import_str(text)
}

/// Imports text of any supported kind, detected by content.
pub fn import_str(text: &str) -> Result<Imported, ImportError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    // Placeholder until the section splitter lands: everything is kept, unplaced.
    let posting = Posting {
        unplaced: text.trim().to_owned(),
        ..Posting::default()
    };
    Ok(Imported {
        document: Document::new(posting),
        kind: InputKind::PlainText,
        placements: vec![],
        warnings: vec![],
    })
}
