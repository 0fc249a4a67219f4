//! Importers: draft JSON, schema.org JSON-LD (bare or inside an HTML page), Markdown and plain
//! text, detected by content. Pure Rust, no browser code.
//!
//! Architecture invariant: an importer never drops text. What cannot be placed in a section
//! lands in `Posting::unplaced`, and [`Imported::placements`] tells the user what went where.

mod front_matter;
mod heading;
pub(crate) mod html_text;
mod json_ld;
mod kept;
mod pay_line;
mod placements;
mod roles;
mod source_map;
mod splitter;
mod text_import;

pub use kept::{import_problems, lost_words, words_kept, WordsKept};
pub use placements::placements;
pub use roles::{split_roles, RoleDraft};
pub use source_map::SourceMap;

use serde_json::Value;

use crate::model::{Document, DocumentError, Posting, Section};

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
    /// Lines read as structure rather than content: recognised section headings ("What you'll
    /// do"), field labels ("Location:") and lines whose whole meaning went into a structured
    /// field ("Salary: EUR 70,000 - 85,000 per year", "Full-time"). Everything else is in the
    /// posting.
    pub consumed: Vec<String>,
    /// The roles of a file that holds several (a job-family page with a section per level,
    /// several openings in one post), each imported on its own; empty when the file holds one
    /// role. `document` always holds the whole file as one posting.
    pub roles: Vec<RoleDraft>,
    /// Where the text of each field came from in the input (text and Markdown imports; empty
    /// for JSON and HTML).
    pub source_map: SourceMap,
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
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    if bytes.contains(&0) {
        return Err(ImportError::Binary);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotUtf8)?;
    import_str(text)
}

/// What kind of input this text is, judged by its content.
pub fn detect(text: &str) -> InputKind {
    let trimmed = text.trim_start();
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        if let Ok(value) = serde_json::from_str::<Value>(trimmed) {
            if value.get("format").is_some() || value.get("schema_version").is_some() {
                return InputKind::DraftJson;
            }
            if json_ld::find_job_posting(&value).is_some() {
                return InputKind::JsonLd;
            }
        }
        if trimmed.starts_with('{') {
            return InputKind::DraftJson;
        }
    }
    if html_text::looks_like_html(text) {
        return InputKind::Html;
    }
    let markdown = text.lines().any(|line| {
        let line = line.trim_start();
        (line.starts_with('#') && line.trim_start_matches('#').starts_with(' '))
            || line.contains("**")
            || line.contains("](")
    });
    if markdown {
        InputKind::Markdown
    } else {
        InputKind::PlainText
    }
}

/// Imports text of any supported kind, detected by content.
pub fn import_str(text: &str) -> Result<Imported, ImportError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if text.contains('\0') {
        return Err(ImportError::Binary);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let trimmed = text.trim_start();
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        match serde_json::from_str::<Value>(trimmed) {
            Ok(value) => return import_json(value),
            Err(error) if trimmed.starts_with('{') => {
                return Err(ImportError::NotJson(error.to_string()))
            }
            // "[Remote] Data Engineer ..." is text, not broken JSON.
            Err(_) => {}
        }
    }
    let kind = detect(text);
    if kind == InputKind::Html {
        return Ok(import_html(text));
    }
    Ok(text_import::import_text(text, kind))
}

fn finish(
    posting: Posting,
    kind: InputKind,
    consumed: Vec<String>,
    warnings: Vec<String>,
) -> Imported {
    let mut document = Document::new(posting);
    document.posting.normalize_item_ids();
    Imported {
        placements: placements(&document.posting),
        document,
        kind,
        warnings,
        consumed,
        roles: Vec::new(),
        source_map: SourceMap::default(),
    }
}

fn import_json(value: Value) -> Result<Imported, ImportError> {
    let is_draft = value.get("format").is_some() || value.get("schema_version").is_some();
    if is_draft {
        let document = Document::from_value(value).map_err(|error| match error {
            DocumentError::NotJson(detail) => ImportError::NotJson(detail),
            DocumentError::WrongShape(detail) => ImportError::WrongShape(detail),
            DocumentError::FutureVersion(version) => ImportError::FutureVersion(version),
        })?;
        return Ok(Imported {
            placements: placements(&document.posting),
            document,
            kind: InputKind::DraftJson,
            warnings: Vec::new(),
            consumed: Vec::new(),
            roles: Vec::new(),
            source_map: SourceMap::default(),
        });
    }
    let Some(object) = json_ld::find_job_posting(&value) else {
        let what = match &value {
            Value::Object(_) => {
                "an object without \"format\": \"postwright-draft\" or \"@type\": \"JobPosting\""
            }
            Value::Array(_) => "an array with no schema.org JobPosting in it",
            _ => "a single JSON value, not an object",
        };
        return Err(ImportError::WrongShape(what.to_owned()));
    };
    let mut posting = Posting::default();
    let (consumed, warnings) = json_ld::read(object, &mut posting);
    Ok(finish(posting, InputKind::JsonLd, consumed, warnings))
}

fn import_html(html: &str) -> Imported {
    let mut warnings = Vec::new();
    for block in html_text::json_ld_blocks(html) {
        match serde_json::from_str::<Value>(&block) {
            Ok(value) => {
                if let Some(object) = json_ld::find_job_posting(&value) {
                    let mut posting = Posting::default();
                    let (consumed, mut more) = json_ld::read(object, &mut posting);
                    warnings.append(&mut more);
                    return finish(posting, InputKind::Html, consumed, warnings);
                }
            }
            Err(error) => warnings.push(format!(
                "a JSON-LD block in the page does not parse ({error}); read the page text instead"
            )),
        }
    }
    let mut posting = Posting::default();
    let consumed = splitter::split_into(&html_text::to_text(html), &mut posting);
    finish(posting, InputKind::Html, consumed, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_kinds_by_content() {
        assert_eq!(
            detect(r#"{"format":"postwright-draft","schema_version":1}"#),
            InputKind::DraftJson
        );
        assert_eq!(
            detect(r#"{"@type":"JobPosting","title":"x"}"#),
            InputKind::JsonLd
        );
        assert_eq!(
            detect(r#"{"@graph":[{"@type":"JobPosting"}]}"#),
            InputKind::JsonLd
        );
        assert_eq!(
            detect("<html><body><p>Hi</p></body></html>"),
            InputKind::Html
        );
        assert_eq!(detect("# Title\n\n- item"), InputKind::Markdown);
        assert_eq!(detect("Title\n\nSome text."), InputKind::PlainText);
    }

    #[test]
    fn text_that_starts_with_a_bracket_is_text() {
        let imported = import_str("[Remote] Data Engineer\n\nWe move data.").unwrap();
        assert_eq!(imported.kind, InputKind::PlainText);
        assert_eq!(imported.document.posting.title, "[Remote] Data Engineer");
    }
}
