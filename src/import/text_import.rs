//! Plain text and Markdown: front matter, then the section splitter, then the source map and
//! the roles of a multi-role file.

use super::source_map::SourceMap;
use super::{finish, front_matter, roles, splitter, Imported, InputKind};
use crate::model::Posting;

/// A posting read from text, with what was read as structure and what the user should know.
pub(crate) struct ReadPosting {
    pub posting: Posting,
    pub consumed: Vec<String>,
    pub warnings: Vec<String>,
}

/// Reads one posting: the front matter (if the text starts with one) fills its fields, then the
/// splitter reads the body. `title`, when given, is the title before anything is read (a role
/// of a multi-role file).
pub(crate) fn read_posting(text: &str, title: Option<&str>) -> ReadPosting {
    let mut posting = Posting::default();
    let mut consumed = Vec::new();
    let mut warnings = Vec::new();
    let body = match front_matter::split(text) {
        Some((block, body)) => {
            let applied = front_matter::apply(&block, &mut posting);
            consumed.extend(applied.consumed);
            warnings.extend(applied.warnings);
            body
        }
        None => text,
    };
    if let Some(title) = title {
        title.clone_into(&mut posting.title);
    }
    consumed.extend(splitter::split_into(body, &mut posting));
    ReadPosting {
        posting,
        consumed,
        warnings,
    }
}

/// Imports text or Markdown (not HTML, not JSON).
pub(crate) fn import_text(text: &str, kind: InputKind) -> Imported {
    let read = read_posting(text, None);
    let mut imported = finish(read.posting, kind, read.consumed, read.warnings);
    imported.source_map = SourceMap::build(
        text,
        text,
        &[(0, 0, text.len())],
        &imported.document.posting,
    );
    imported.roles = roles::split_roles(text);
    imported
}
