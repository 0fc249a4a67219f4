//! Plain text, for ATS fields and email: upper-case section headings and "-" lists.

use super::{facts, sections, Body};
use crate::model::Posting;

/// The posting as plain text.
pub fn to_text(posting: &Posting) -> String {
    let mut out = String::new();
    if !posting.title.trim().is_empty() {
        out.push_str(posting.title.trim());
        out.push_str("\n\n");
    }
    let facts = facts(posting);
    if !facts.is_empty() {
        for (label, value) in &facts {
            out.push_str(&format!("{label}: {value}\n"));
        }
        out.push('\n');
    }
    for (section, body) in sections(posting) {
        out.push_str(&section.label().to_uppercase());
        out.push_str("\n\n");
        match body {
            Body::Text(text) => {
                out.push_str(&text);
                out.push_str("\n\n");
            }
            Body::List(items) => {
                for item in items {
                    out.push_str("- ");
                    out.push_str(&item.replace('\n', "\n  "));
                    out.push('\n');
                }
                out.push('\n');
            }
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
    out
}
