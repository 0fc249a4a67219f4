//! `SourceMap`: where the text of each field of an imported posting came from in the input,
//! so `postwright lint` can report a finding at the input file's own line and column.
//!
//! The importers copy text from the input with small changes (Markdown markers and escapes
//! removed, wrapped lines joined with a space, bullets dropped). The map is built after the
//! import by aligning each field's text with the input: the field is cut into runs that occur
//! verbatim in the input, each found at the first place after the previous run of the same
//! field (or list, for list items), so repeated text maps to its own occurrence. Text an
//! importer made up (a `mailto:` added to an address, a formatted pay range) has no run.

use std::sync::{Arc, OnceLock};

use crate::model::{Field, ListKind, Posting};
use crate::text::line_column;

/// Inputs larger than this get an empty map: aligning costs more than it is worth there.
pub const MAX_MAPPED_BYTES: usize = 128 * 1024;

/// Bytes right after the previous run searched first for the next one.
const NEXT_WINDOW: usize = 96;

/// Characters the importers drop between two runs of a field (Markdown emphasis, escapes,
/// bullets, heading marks, quote marks).
const MARKUP: &str = "*_\\`#>-+•";

/// Bytes after the previous run searched for the next one.
const NEAR_WINDOW: usize = 4096;

/// Bytes of input that searches beyond the near window (for a piece that is not near the
/// previous one) may read for one map, so hostile input stays cheap; after that, runs are only
/// looked for nearby. A real posting needs a few megabytes at most.
const FAR_BUDGET: usize = 16 * 1024 * 1024;

/// Longest piece of a field looked up at once; a longer line is matched piece by piece.
const MAX_CHUNK: usize = 256;

/// A matched run shorter than this, found near the previous run, is checked against the
/// whole input in case the run continues further elsewhere.
const SHORT_RUN: usize = 24;

/// Part of a field's text copied verbatim from the input.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Run {
    field: Field,
    /// Byte range in the field's text.
    start: usize,
    end: usize,
    /// One-based line and column (in characters) of the run's first character in the input.
    line: usize,
    column: usize,
    /// Byte offset of the run in the input.
    source_start: usize,
    /// The run's text (the same bytes in the field and in the input).
    text: Box<str>,
}

/// Field positions to input positions. Empty (every lookup `None`) for JSON and HTML imports.
///
/// The alignment runs the first time a position is asked for, not at import: only `postwright
/// lint` reports input positions, and the app, which imports on every paste, never asks.
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    /// What the runs are aligned from (`None`: an empty map).
    input: Option<Arc<MapInput>>,
    runs: OnceLock<Vec<Run>>,
}

/// The input of [`SourceMap::build`], kept until the map is first read.
#[derive(Debug)]
struct MapInput {
    source: String,
    view: String,
    pieces: Pieces,
    posting: Posting,
}

impl PartialEq for SourceMap {
    fn eq(&self, other: &Self) -> bool {
        self.runs() == other.runs()
    }
}

impl Eq for SourceMap {}

/// Pieces of the input an imported text was put together from: `(start in the text, start in
/// the input, length)`, ordered by start in the text. The whole input is one piece.
pub(crate) type Pieces = Vec<(usize, usize, usize)>;

impl SourceMap {
    /// One-based line and column in the input of byte `offset` of `field`'s text, when that
    /// text was copied from the input (`None` for text the importer wrote itself, such as the
    /// space that joined two wrapped lines).
    pub fn position(&self, field: Field, offset: usize) -> Option<(usize, usize)> {
        let run = self.run_at(field, offset)?;
        let inside = &run.text[..offset - run.start];
        Some((run.line, run.column + inside.chars().count()))
    }

    /// Byte offset in the input of byte `offset` of `field`'s text, under the same rules as
    /// [`SourceMap::position`].
    pub fn source_offset(&self, field: Field, offset: usize) -> Option<usize> {
        let run = self.run_at(field, offset)?;
        Some(run.source_start + offset - run.start)
    }

    fn run_at(&self, field: Field, offset: usize) -> Option<&Run> {
        self.runs()
            .iter()
            .find(|run| run.field == field && (run.start..run.end).contains(&offset))
    }

    /// True when no field has a position.
    pub fn is_empty(&self) -> bool {
        self.runs().is_empty()
    }

    /// The runs, aligned on first use.
    fn runs(&self) -> &[Run] {
        self.runs.get_or_init(|| {
            self.input.as_deref().map_or_else(Vec::new, |input| {
                align_fields(&input.source, &input.view, &input.pieces, &input.posting)
            })
        })
    }

    /// The map of every field of `posting` imported from `view`, which is put together from
    /// `pieces` of `source` (the input). The text is aligned when a position is first asked for.
    pub(crate) fn build(
        source: &str,
        view: &str,
        pieces: &[(usize, usize, usize)],
        posting: &Posting,
    ) -> Self {
        if view.len() > MAX_MAPPED_BYTES || source.len() > MAX_MAPPED_BYTES {
            return Self::default();
        }
        Self {
            input: Some(Arc::new(MapInput {
                source: source.to_owned(),
                view: view.to_owned(),
                pieces: pieces.to_vec(),
                posting: posting.clone(),
            })),
            runs: OnceLock::new(),
        }
    }
}

/// The runs of every field of `posting`, aligned with `view` (see [`SourceMap::build`]).
fn align_fields(
    source: &str,
    view: &str,
    pieces: &[(usize, usize, usize)],
    posting: &Posting,
) -> Vec<Run> {
    let lines = LineIndex::new(source);
    let mut runs = Vec::new();
    let mut list_cursors = [0usize; 4];
    let mut fields: Vec<(Field, &str)> = posting.prose_fields();
    fields.push((Field::ApplyUrl, posting.how_to_apply.url.as_str()));
    fields.push((Field::LocationCountry, posting.location.country.as_str()));
    let mut aligner = Aligner {
        view,
        cursor: 0,
        far_budget: FAR_BUDGET,
    };
    for (field, text) in fields {
        let mut field_cursor = 0;
        let cursor = match field {
            Field::Item(kind, _) => &mut list_cursors[list_index(kind)],
            _ => &mut field_cursor,
        };
        aligner.cursor = *cursor;
        for (start, end, found) in aligner.align(text) {
            let Some(source_start) = to_source(pieces, found) else {
                continue;
            };
            let (line, column) = lines.position(source, source_start);
            runs.push(Run {
                field,
                start,
                end,
                line,
                column,
                source_start,
                text: text[start..end].into(),
            });
        }
        *cursor = aligner.cursor;
    }
    runs
}

fn list_index(kind: ListKind) -> usize {
    ListKind::ALL
        .iter()
        .position(|other| *other == kind)
        .unwrap_or(0)
}

/// The input offset of `offset` in the put-together text.
fn to_source(pieces: &[(usize, usize, usize)], offset: usize) -> Option<usize> {
    pieces
        .iter()
        .find(|(start, _, len)| (*start..*start + *len).contains(&offset))
        .map(|(start, source_start, _)| source_start + offset - start)
}

/// Line starts of the input, for line and column lookups without rescanning it.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(source: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(source.match_indices('\n').map(|(index, _)| index + 1));
        Self { starts }
    }

    fn position(&self, source: &str, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|start| *start <= offset).max(1);
        let line_start = self.starts[line - 1];
        let (_, column) = line_column(&source[line_start..], offset - line_start);
        (line, column)
    }
}

/// Finds the runs of one field in the text it was imported from.
struct Aligner<'v> {
    view: &'v str,
    /// Where the search for the next run starts.
    cursor: usize,
    /// Bytes that searches beyond the near window may still read.
    far_budget: usize,
}

impl Aligner<'_> {
    /// `(start, end, offset in the view)` of each run of `text`.
    fn align(&mut self, text: &str) -> Vec<(usize, usize, usize)> {
        let mut runs = Vec::new();
        let mut position = 0;
        while position < text.len() {
            let rest = &text[position..];
            let skipped = rest.len() - rest.trim_start().len();
            position += skipped;
            if position >= text.len() {
                break;
            }
            let window_end = ceil_char_boundary(text, position + MAX_CHUNK);
            let chunk_end = text[position..window_end]
                .find('\n')
                .map_or(window_end, |index| position + index);
            let chunk = &text[position..chunk_end];
            match self.locate(chunk) {
                Some((found, length)) => {
                    // A run of bullets and spaces alone says nothing about where the words are.
                    if chunk[..length].chars().any(char::is_alphanumeric) {
                        runs.push((position, position + length, found));
                        self.cursor = found + length;
                    }
                    position += length;
                }
                None => {
                    // Made-up text: skip to the next word.
                    let word_end = chunk
                        .find(char::is_whitespace)
                        .map_or(chunk.len(), |index| index.max(1));
                    position += ceil_char_boundary(chunk, word_end);
                }
            }
        }
        runs
    }

    /// The longest prefix of `chunk` found in the view, near the cursor first.
    fn locate(&mut self, chunk: &str) -> Option<(usize, usize)> {
        let near_start = ceil_char_boundary(self.view, self.cursor);
        // Most runs start right after the previous one, behind a little markup ("** ").
        let next_end = ceil_char_boundary(self.view, self.cursor + NEXT_WINDOW);
        if let Some((found, length)) = longest_prefix(&self.view[near_start..next_end], chunk) {
            let only_markup = self.view[near_start..near_start + found]
                .chars()
                .all(|c| c.is_whitespace() || MARKUP.contains(c));
            if length == chunk.len() || length >= SHORT_RUN || only_markup {
                return Some((near_start + found, length));
            }
        }
        let near_end = ceil_char_boundary(self.view, self.cursor + NEAR_WINDOW);
        let near = longest_prefix(&self.view[near_start..near_end], chunk)
            .map(|(found, length)| (near_start + found, length));
        let near_length = near.map_or(0, |(_, length)| length);
        if near_length == chunk.len() || near_length >= SHORT_RUN {
            return near;
        }
        // Up to two passes over the input.
        let Some(left) = self.far_budget.checked_sub(2 * self.view.len()) else {
            return near;
        };
        self.far_budget = left;
        // The whole chunk further on, or earlier (a field filled out of order).
        let whole = self.view[near_start..]
            .find(chunk)
            .map(|found| (near_start + found, chunk.len()))
            .or_else(|| self.view.find(chunk).map(|found| (found, chunk.len())));
        if whole.is_some() {
            return whole;
        }
        // Markup broke the chunk ("**Attention to Detail** - ..."): its longest piece further
        // on. Each such search passes over the input several times, so there is a budget.
        // A binary search: about ten passes.
        let Some(left) = self.far_budget.checked_sub(10 * self.view.len()) else {
            return near;
        };
        self.far_budget = left;
        let far_start = if self.cursor == 0 { 0 } else { near_start };
        let far = longest_prefix(&self.view[far_start..], chunk)
            .map(|(found, length)| (far_start + found, length));
        match far {
            Some((_, length)) if length > near_length => far,
            _ => near,
        }
    }
}

/// The longest prefix of `chunk` that occurs in `haystack` and ends at a character and word
/// boundary ("- A" of "- Attention" is no match), with its first occurrence.
///
/// One pass over the places where `chunk`'s first character occurs measures how far `chunk`
/// matches there; the longest word-ending prefix no longer than the longest match is the
/// answer (a prefix of a text that occurs occurs too), and its first occurrence is found with
/// one more search. Text that repeats itself ("aaaa...") could make that pass compare much
/// more than the haystack's length: past a budget, a binary search over the prefixes (about
/// ten searches, each a pass over the haystack) takes over.
fn longest_prefix(haystack: &str, chunk: &str) -> Option<(usize, usize)> {
    if let Some(found) = haystack.find(chunk) {
        return Some((found, chunk.len()));
    }
    let first = chunk.chars().next()?;
    let (hay, needle) = (haystack.as_bytes(), chunk.as_bytes());
    let mut budget = 4 * hay.len() + 64;
    let mut longest = 0;
    let mut from = 0;
    while let Some(found) = haystack[from..].find(first) {
        let start = from + found;
        let matched = hay[start..]
            .iter()
            .zip(needle)
            .take_while(|(a, b)| a == b)
            .count();
        let Some(left) = budget.checked_sub(matched) else {
            return longest_prefix_by_search(haystack, chunk);
        };
        budget = left;
        longest = longest.max(matched);
        from = start + first.len_utf8();
    }
    // The longest prefix that ends at a character boundary (not the start, and not the whole
    // chunk, which does not occur), cuts no word and fits in the longest match.
    let end = (1..=longest.min(chunk.len() - 1))
        .rev()
        .find(|end| chunk.is_char_boundary(*end) && ends_a_word(chunk, *end))?;
    haystack.find(&chunk[..end]).map(|found| (found, end))
}

/// [`longest_prefix`] by a binary search over the word-ending prefixes of `chunk` (when the
/// whole chunk does not occur).
fn longest_prefix_by_search(haystack: &str, chunk: &str) -> Option<(usize, usize)> {
    let ends: Vec<usize> = chunk
        .char_indices()
        .map(|(index, _)| index)
        .skip(1)
        .filter(|end| ends_a_word(chunk, *end))
        .collect();
    // A prefix of one that occurs occurs.
    let (mut low, mut high) = (0usize, ends.len());
    let mut best = None;
    while low < high {
        let middle = (low + high) / 2;
        let end = ends[middle];
        match haystack.find(&chunk[..end]) {
            Some(found) => {
                best = Some((found, end));
                low = middle + 1;
            }
            None => high = middle,
        }
    }
    best
}

/// True when a prefix of `chunk` ending at `end` does not cut a word in two.
fn ends_a_word(chunk: &str, end: usize) -> bool {
    let before = chunk[..end].chars().next_back();
    let after = chunk[end..].chars().next();
    // An apostrophe inside a word ("you'll") is part of it.
    let in_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
    !(before.is_some_and(in_word) && after.is_some_and(in_word))
}

/// The first character boundary of `text` at or after `index`.
fn ceil_char_boundary(text: &str, index: usize) -> usize {
    let mut index = index.min(text.len());
    while !text.is_char_boundary(index) {
        index += 1;
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(source: &str, posting: &Posting) -> SourceMap {
        SourceMap::build(source, source, &[(0, 0, source.len())], posting)
    }

    #[test]
    fn maps_joined_lines_and_cleaned_markup() {
        let source = "# Title\n\nWe **move** data\nfor shippers.\n";
        let posting = Posting {
            title: "Title".into(),
            summary: "We move data for shippers.".into(),
            ..Posting::default()
        };
        let map = map(source, &posting);
        assert_eq!(map.position(Field::Title, 0), Some((1, 3)));
        assert_eq!(map.position(Field::Summary, 0), Some((3, 1)));
        // "move" sits after the `**`.
        assert_eq!(map.position(Field::Summary, 3), Some((3, 6)));
        // "shippers" is on the next line of the input.
        let shippers = posting.summary.find("shippers").unwrap();
        assert_eq!(map.position(Field::Summary, shippers), Some((4, 5)));
    }

    #[test]
    fn repeated_items_map_to_their_own_lines() {
        let source = "- Set the vision\n- Lead\n- Set the vision\n";
        let mut posting = Posting::default();
        posting.push_item(ListKind::Responsibilities, "Set the vision");
        posting.push_item(ListKind::Responsibilities, "Lead");
        let third = posting.push_item(ListKind::Responsibilities, "Set the vision");
        let map = map(source, &posting);
        assert_eq!(
            map.position(Field::Item(ListKind::Responsibilities, third), 4),
            Some((3, 7))
        );
    }

    #[test]
    fn counts_columns_in_characters() {
        let source = "Über uns: café rockstar\n";
        let posting = Posting {
            summary: "Über uns: café rockstar".into(),
            ..Posting::default()
        };
        let map = map(source, &posting);
        let offset = posting.summary.find("rockstar").unwrap();
        assert_eq!(map.position(Field::Summary, offset), Some((1, 16)));
    }

    #[test]
    fn longest_prefix_agrees_with_the_binary_search() {
        let haystack =
            "- Attention to detail\n**Über** uns: café, you'll see aaaa aaab. Design APIs";
        for chunk in [
            "Attention to details",
            "Attention",
            "Über uns",
            "café rockstar",
            "you'll seize",
            "aaaa aaac",
            "aaab",
            "Design APIs and more",
            "Nothing",
            "x",
            "ü",
        ] {
            assert_eq!(
                longest_prefix(haystack, chunk),
                longest_prefix_by_search(haystack, chunk)
                    .or_else(|| haystack.find(chunk).map(|found| (found, chunk.len()))),
                "{chunk}"
            );
        }
        // Past the budget, the binary search answers.
        let repeated = "a".repeat(500);
        let chunk = format!("{} b", "a".repeat(200));
        assert_eq!(
            longest_prefix(&repeated, &chunk),
            longest_prefix_by_search(&repeated, &chunk)
        );
    }

    #[test]
    fn made_up_text_has_no_position() {
        let posting = Posting {
            title: "Nowhere".into(),
            ..Posting::default()
        };
        assert_eq!(
            map("Something else", &posting).position(Field::Title, 0),
            None
        );
    }
}
