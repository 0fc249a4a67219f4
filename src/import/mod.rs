//! Importers: draft JSON, schema.org JSON-LD (bare or inside an HTML page), HTML (read by an
//! HTML5 tokenizer), Markdown and plain text. [`import_str`] detects the kind by content,
//! [`import_as`] reads the kind the caller chose, and [`import_clipboard`] picks between a
//! paste's HTML and plain-text flavours. Pure Rust, no browser code.
//!
//! The table of inputs and the kinds they must be detected as is
//! `fixtures/detection/EXPECTED.tsv` (checked by `tests/import_detection.rs`).
//!
//! Architecture invariant: an importer never drops text. What cannot be placed in a section
//! lands in `Posting::unplaced`, and [`Imported::placements`] tells the user what went where.

mod front_matter;
mod heading;
pub(crate) mod html_text;
mod json_ld;
mod kept;
mod location;
mod on_call_prose;
pub(crate) mod pay_line;
mod placements;
mod roles;
mod source_map;
pub(crate) mod splitter;
mod text_import;

pub use kept::{import_problems, lost_words, words_kept, WordsKept};
pub use placements::placements;
pub use roles::{split_roles, RoleDraft};
pub use source_map::SourceMap;

use serde_json::Value;

use crate::model::{Document, DocumentError, Posting, Section};

/// Inputs larger than this are refused with [`ImportError::TooLarge`].
pub use crate::model::MAX_INPUT_BYTES;

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
                "the file is too large ({} MB; the limit is {} MB)",
                crate::text::decimal(*bytes as f64 / 1_048_576.0, 1, false),
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

/// The built-in example: the Senior Backend Engineer sample as the plain-text importer splits
/// it into sections. It is read from [`EXAMPLE_DRAFT`], that split stored ahead of time, so the
/// app's first start does not run the importer (`tests/import_example.rs` checks that the
/// stored draft is what the importer makes of [`EXAMPLE_TEXT`] today).
pub fn example() -> Posting {
    // The test also proves that the stored draft reads, so the blank posting is never used.
    crate::model::Document::from_json(EXAMPLE_DRAFT)
        .map(|document| document.posting)
        .unwrap_or_default()
}

/// The text of the built-in example.
pub const EXAMPLE_TEXT: &str = include_str!("../../fixtures/senior-backend-engineer.txt");

/// The built-in example as a draft: [`EXAMPLE_TEXT`] imported, in the draft JSON format.
/// Regenerate it after an importer change with
/// `POSTWRIGHT_UPDATE_EXAMPLE=1 cargo test --test import_example`.
pub const EXAMPLE_DRAFT: &str = include_str!("../../fixtures/senior-backend-engineer.draft.json");

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
///
/// - JSON: text starting with `{` or `[` that parses as JSON is a schema.org JobPosting
///   ([`InputKind::JsonLd`]) or otherwise a draft ([`InputKind::DraftJson`]: importing it then
///   names what is wrong with it). Text that does not parse is JSON only when it plainly is
///   (`{"` or `[{` with a `":` in it, or closed by `}`/`]`), so that the
///   import says the JSON is broken; "\[Remote\] Data Engineer" and "{Company} is hiring" are
///   text.
/// - HTML: a page (doctype, `<html>`, `<head>`, `<body>`, clipboard `<meta>`), a JSON-LD
///   block, or text whose block tags are most of its structure. Text with lines of its own
///   that mentions a few tags is text.
/// - Markdown: YAML (`---`) or TOML (`+++`) front matter (whatever follows it), `#` headings,
///   `**bold**`, links, code fences. Anything else is plain text.
pub fn detect(text: &str) -> InputKind {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let trimmed = text.trim_start();
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        match serde_json::from_str::<Value>(trimmed) {
            Ok(value) if json_ld::find_job_posting(&value).is_some() && !is_draft(&value) => {
                return InputKind::JsonLd
            }
            Ok(_) => return InputKind::DraftJson,
            Err(_) if looks_like_json(trimmed) => return InputKind::DraftJson,
            Err(_) => {}
        }
    }
    // Front matter makes Markdown even when the body below it is HTML, as static site
    // generators read it.
    if has_front_matter(text) {
        return InputKind::Markdown;
    }
    if html_text::looks_like_html(text) {
        return InputKind::Html;
    }
    if looks_like_markdown(text) {
        InputKind::Markdown
    } else {
        InputKind::PlainText
    }
}

/// True for text that does not parse as JSON but plainly was meant to: it opens an object
/// with a key (`{"`) or an array of objects (`[{`), and has a `":` in it or ends with a
/// closing bracket. Broken JSON like that is reported as broken, not read as prose.
fn looks_like_json(trimmed: &str) -> bool {
    let mut chars = trimmed.chars().filter(|c| !c.is_whitespace());
    let opens_json = matches!(
        (chars.next(), chars.next()),
        (Some('{'), Some('"')) | (Some('['), Some('{'))
    );
    let closes = trimmed.trim_end().ends_with(['}', ']']);
    opens_json && (closes || trimmed.contains("\":"))
}

fn is_draft(value: &Value) -> bool {
    value.get("format").is_some() || value.get("schema_version").is_some()
}

/// YAML or TOML front matter: a `---` (or `+++`) line first, `key: value` (or `key = value`)
/// lines, and the closing line within the first 200 lines.
fn has_front_matter(text: &str) -> bool {
    let mut lines = text.lines();
    let (fence, separator) = match lines.next().map(str::trim_end) {
        Some("---") => ("---", ':'),
        Some("+++") => ("+++", '='),
        _ => return false,
    };
    let mut keys = 0;
    for line in lines.take(200) {
        let line = line.trim_end();
        if line == fence || (fence == "---" && line == "...") {
            return keys > 0;
        }
        let key = line.split(separator).next().unwrap_or_default().trim();
        let is_key = line.contains(separator)
            && !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | ' ' | '"' | '.'));
        if is_key {
            keys += 1;
        }
    }
    false
}

fn looks_like_markdown(text: &str) -> bool {
    // Bold or a link anywhere: one pass over the bytes, not a searcher set up for each line.
    let marked = text
        .as_bytes()
        .windows(2)
        .any(|pair| pair == b"**" || pair == b"](");
    marked
        || text.lines().any(|line| {
            let line = line.trim_start();
            (line.starts_with('#') && line.trim_start_matches('#').starts_with(' '))
                || line.starts_with("```")
        })
}

/// Escapes what the section splitter would read as Markdown (a `#` heading, `**` or `__`
/// bold, a backslash escape, an `&` that starts a character reference), so text that is not
/// Markdown keeps every character: the splitter removes the escapes again.
pub(crate) fn escape_markdown(text: &str) -> String {
    // Every character looked at is ASCII, so the text is searched byte by byte for the five
    // that may need a backslash (a byte of a longer character is never one of them), and
    // copied in runs between the escapes.
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len() + 8);
    let mut copied = 0;
    let mut from = 0;
    // Where the line of the last "#" read starts, and how far the text was searched for it.
    let (mut line_start, mut scanned_to) = (0, 0);
    while let Some(offset) = bytes[from..]
        .iter()
        .position(|byte| matches!(byte, b'&' | b'#' | b'\\' | b'*' | b'_'))
    {
        let index = from + offset;
        let byte = bytes[index];
        let next = bytes.get(index + 1).copied();
        let escape = match byte {
            b'&' => crate::text::html::starts_character_reference(&text[index + 1..]),
            // A heading mark: at most three spaces before it on its line.
            // (The line's start is found from the last byte read, so no byte is read twice
            // even on a long line full of "#".)
            b'#' => {
                if let Some(at) = text[scanned_to..index].rfind('\n') {
                    line_start = scanned_to + at + 1;
                }
                scanned_to = index;
                let before = &bytes[line_start..index];
                before.len() <= 3 && before.iter().all(|&before| before == b' ')
            }
            b'\\' => next.is_some_and(|next| next.is_ascii_punctuation()),
            _ => (index > 0 && bytes[index - 1] == byte) || next == Some(byte),
        };
        if escape {
            out.push_str(&text[copied..index]);
            out.push('\\');
            copied = index;
        }
        from = index + 1;
    }
    out.push_str(&text[copied..]);
    out
}

/// Checks every reader shares: empty, too large, binary.
fn check_text(text: &str) -> Result<(), ImportError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if text.contains('\0') {
        return Err(ImportError::Binary);
    }
    Ok(())
}

/// Imports text of any supported kind, detected by content: [`detect`], then [`import_as`].
pub fn import_str(text: &str) -> Result<Imported, ImportError> {
    check_text(text)?;
    import_as(text, detect(text))
}

/// Imports text read as the kind the caller chose. Plain text is read line by line with no
/// Markdown in it (a `#` or `**` stays as typed); Markdown's headings and bold lines are
/// structure; HTML goes through the HTML5 tokenizer (a JobPosting in its JSON-LD wins over
/// its text). The two JSON kinds read JSON by its content: a draft, or a JobPosting.
/// [`Imported::kind`] is what was read.
pub fn import_as(text: &str, kind: InputKind) -> Result<Imported, ImportError> {
    check_text(text)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match kind {
        InputKind::DraftJson | InputKind::JsonLd => {
            let value = serde_json::from_str::<Value>(text.trim())
                .map_err(|error| ImportError::NotJson(error.to_string()))?;
            import_json(value)
        }
        InputKind::Html => Ok(import_html(html_text::convert(text), Vec::new())),
        InputKind::Markdown => Ok(import_split(text, InputKind::Markdown)),
        InputKind::PlainText => Ok(import_split(&escape_markdown(text), InputKind::PlainText)),
    }
}

/// Words of at least two characters that the plain text has and the import lacks, beyond
/// which a rich paste is judged to have lost text. (Single characters are list markers such
/// as Word's "o" bullet, which the plain flavour keeps and the HTML reads as structure.)
const CLIPBOARD_LOST_WORDS: usize = 2;

/// Imports a paste from the clipboard: its HTML flavour when there is one and it carries
/// structure (headings, list items, bold lines, paragraphs from Word, Google Docs or a web
/// page; only text and structure survive), otherwise the plain text. When the HTML yields
/// clearly less text than the plain flavour (words lost), the plain text is read instead and
/// a warning says so.
pub fn import_clipboard(html: Option<&str>, plain: &str) -> Result<Imported, ImportError> {
    let html = html.filter(|html| !html.trim().is_empty());
    let Some(html) = html else {
        return import_str(plain);
    };
    let plain_is_empty = plain.trim().is_empty();
    let plain_is_json =
        !plain_is_empty && matches!(detect(plain), InputKind::DraftJson | InputKind::JsonLd);
    if plain_is_json {
        return import_str(plain);
    }
    if html.len() > MAX_INPUT_BYTES && !plain_is_empty {
        let mut imported = import_str(plain)?;
        imported.warnings.push(format!(
            "the formatted copy is too large ({} MB), so the plain text was read",
            crate::text::decimal(html.len() as f64 / 1_048_576.0, 1, false)
        ));
        return Ok(imported);
    }
    check_text(html)?;
    let converted = html_text::convert(html);
    if converted.text.trim().is_empty() && converted.json_ld.is_empty() {
        return import_str(plain);
    }
    if !plain_is_empty && !converted.structure.carries_structure() && converted.json_ld.is_empty() {
        return import_str(plain);
    }
    let imported = import_html(converted, Vec::new());
    if plain_is_empty {
        return Ok(imported);
    }
    let lost: Vec<String> = lost_words(plain, &imported)
        .into_iter()
        .filter(|word| word.chars().count() >= 2)
        .collect();
    if lost.len() <= CLIPBOARD_LOST_WORDS {
        return Ok(imported);
    }
    let mut fallback = import_str(plain)?;
    let first: Vec<&str> = lost.iter().take(6).map(String::as_str).collect();
    fallback.warnings.push(format!(
        "the formatted copy lacked {} word(s) of the plain text ({}), so the plain text was read",
        lost.len(),
        first.join(", ")
    ));
    Ok(fallback)
}

/// Plain text or Markdown: front matter, the splitter, the source map and the roles.
fn import_split(text: &str, kind: InputKind) -> Imported {
    text_import::import_text(text, kind)
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
    if is_draft(&value) {
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

/// Imports converted HTML: the JobPosting of its JSON-LD when it has one, else its text.
fn import_html(converted: html_text::Converted, mut warnings: Vec<String>) -> Imported {
    for block in &converted.json_ld {
        match serde_json::from_str::<Value>(block) {
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
    let consumed = splitter::split_into(&converted.text, &mut posting);
    pay_line::settle_local_dollar(&mut posting, &converted.text);
    finish(posting, InputKind::Html, consumed, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_would_read_as_markdown_and_nothing_else() {
        for (text, escaped) in [
            ("# Title", "\\# Title"),
            ("   # three spaces", "   \\# three spaces"),
            ("    # four spaces", "    # four spaces"),
            ("\t# a tab", "\t# a tab"),
            ("## Two", "\\## Two"),
            ("C# and F#", "C# and F#"),
            ("line\n# next", "line\n\\# next"),
            ("line\r\n# next", "line\r\n\\# next"),
            (
                "**bold** and __this__",
                "\\*\\*bold\\*\\* and \\_\\_this\\_\\_",
            ),
            ("a * b _ c snake_case", "a * b _ c snake_case"),
            ("path\\*x and C:\\dir", "path\\\\*x and C:\\dir"),
            (
                "Tom &amp; Jerry & co &#38;",
                "Tom \\&amp; Jerry & co \\&#38;",
            ),
            ("café — # naïve ##", "café — # naïve ##"),
            (
                "a # b\n# c\n   # d\n    # e\n#",
                "a # b\n\\# c\n   \\# d\n    # e\n\\#",
            ),
            ("", ""),
        ] {
            assert_eq!(escape_markdown(text), escaped, "{text:?}");
        }
    }

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
    fn a_bare_dollar_on_a_page_from_canada_is_the_canadian_dollar() {
        let page = "<h1>Branch Manager</h1><p><strong>Location:</strong> 45610 Luckakuck Way, Chilliwack, BC V2R 1A2</p><p><strong>Salary:</strong> $96,000 to $114,000 a year</p>";
        let imported = import_str(page).unwrap();
        assert_eq!(imported.kind, InputKind::Html);
        assert_eq!(imported.document.posting.pay.currency, "CAD");
        let page = page.replace("a year", "a year (USD)");
        assert_eq!(
            import_str(&page).unwrap().document.posting.pay.currency,
            "USD"
        );
    }

    #[test]
    fn text_that_starts_with_a_bracket_is_text() {
        let imported = import_str("[Remote] Data Engineer\n\nWe move data.").unwrap();
        assert_eq!(imported.kind, InputKind::PlainText);
        assert_eq!(imported.document.posting.title, "[Remote] Data Engineer");
    }
}
