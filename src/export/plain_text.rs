//! Plain text, for ATS fields and email: the [`Outline`](super::Outline) with upper-case
//! section headings and "-" lists. Plain text is plain: no markup is added and none is needed.

use super::outline::{outline, Block};
use crate::model::Posting;

/// The posting as plain text.
pub fn to_text(posting: &Posting) -> String {
    let outline = outline(posting);
    let mut out = String::new();
    if !outline.title.is_empty() {
        out.push_str(&outline.title);
        out.push_str("\n\n");
    }
    if !outline.facts.is_empty() {
        for fact in &outline.facts {
            out.push_str(&format!("{}: {}\n", fact.label, fact.value));
        }
        out.push('\n');
    }
    for section in &outline.sections {
        out.push_str(&section.heading.to_uppercase());
        out.push_str("\n\n");
        for block in &section.blocks {
            match block {
                Block::Paragraph(lines) => {
                    out.push_str(&lines.join("\n"));
                    out.push('\n');
                }
                Block::List(items) => {
                    for item in items {
                        out.push_str("- ");
                        out.push_str(&item.join("\n  "));
                        out.push('\n');
                    }
                }
                Block::Link { text, .. } => {
                    out.push_str(text);
                    out.push('\n');
                }
            }
            out.push('\n');
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
    out
}
