//! Exporters: draft JSON, job-board HTML (fragment and standalone page), schema.org JSON-LD,
//! Markdown and plain text. Pure Rust, no browser code.
//!
//! Architecture invariant: the preview and every export except the draft JSON render one
//! [`Outline`] ([`outline()`]), so they show the same text in the same order; every piece of
//! user text is escaped for its target, so an export is inert wherever it is pasted (the HTML
//! contains only the tags job boards keep, the JSON-LD cannot close its script element, the
//! Markdown has no raw HTML and no links other than http, https and mailto).

mod file_name;
mod html;
mod json_ld;
mod markdown;
mod outline;
mod plain_text;
pub mod share_link;

pub use crate::text::html::{escape_html, safe_url};
pub use file_name::file_name;
pub use html::{to_html_fragment, to_html_page, ALLOWED_TAGS};
pub use json_ld::{to_jsonld, JsonLd};
pub use markdown::{front_matter, to_markdown, FRONT_MATTER_KEYS};
pub use outline::{
    heading, outline, Block, Fact, Outline, OutlineSection, ON_CALL_NONE, ON_CALL_REQUIRED,
    UNSORTED_HEADING,
};
pub use plain_text::to_text;

use crate::model::Document;

/// The versioned draft JSON (the same format storage keeps).
pub fn to_json(document: &Document) -> String {
    document.to_json()
}
