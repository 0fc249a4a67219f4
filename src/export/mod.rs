//! Exporters: draft JSON, job-board HTML (fragment and standalone page), schema.org JSON-LD,
//! Markdown and plain text. Pure Rust, no browser code.
//!
//! Architecture invariant: every piece of user text is escaped for its target; the HTML output
//! contains only the tags job boards keep.

use crate::model::Document;

/// The versioned draft JSON (the same format storage keeps).
pub fn to_json(document: &Document) -> String {
    document.to_json()
}
