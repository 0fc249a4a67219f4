//! Markdown, for email and the Markdown fields of job boards and ATSs.
//!
//! The file is YAML front matter with the posting's structured fields, then the body: the
//! [`Outline`](super::Outline)'s sections as `##` headings, paragraphs and `-` lists.
//!
//! # Front matter
//!
//! Between two `---` lines, one `key: "value"` line per non-empty field, in this order and with
//! exactly these keys ([`FRONT_MATTER_KEYS`]): `title`, `company`, `location` (the places),
//! `country`, `work_mode` (`on-site`, `hybrid` or `remote`), `remote_eligibility`,
//! `employment_type` (`full-time`, `part-time`, `contract`, `temporary` or `internship`),
//! `salary` ([`Pay::describe`](crate::model::Pay::describe), or the stated reason there is no
//! range), `date_posted`, `valid_through` and `apply_url` (only an `http`, `https` or `mailto`
//! URL). Values are trimmed YAML double-quoted scalars: `"` and `\` are escaped with a
//! backslash, and `<`, `>`, a `(` right after `]`, control characters, line and paragraph
//! separators and bidirectional controls are written as `\uXXXX`, so the front matter stays
//! inert when a renderer that does not know front matter shows it as Markdown.
//!
//! The body does not repeat the title and the facts line (company, employment type, location,
//! pay, dates): they are all in the front matter, and the Markdown importer's section splitter
//! would read a repeated facts line back into the fields a second time (appending places,
//! putting a pay reason or a date it cannot parse into the summary). So a round trip (import,
//! export Markdown, import) is faithful as long as the importer reads these keys. The apply
//! link is the one exception: the body keeps it (when the how-to-apply text does not already
//! give the address), because it is what a reader clicks.
//!
//! # Escaping
//!
//! Text is escaped so that it reads back as the same words and no renderer, however much HTML
//! it allows, finds markup in it: `<` and `>` become `&lt;` and `&gt;`, an `&` that would start
//! a character reference becomes `&amp;`, `\`, `` ` ``, `*`, `_`, `[`, `]` and `|` get a
//! backslash, and so do the characters that would start a block at the beginning of a line
//! (`#`, `-`, `+`, `~`, `1.`, `1)`, a line of `=`). The only link written is the apply link,
//! and only for an `http`, `https` or `mailto` URL, with spaces, parentheses and the other
//! characters that could end the destination percent-encoded.

use super::outline::{outline, Block};
use super::safe_url;
use crate::model::Posting;
use crate::text::html::starts_character_reference;

/// The front-matter keys, in the order they are written.
pub const FRONT_MATTER_KEYS: [&str; 11] = [
    "title",
    "company",
    "location",
    "country",
    "work_mode",
    "remote_eligibility",
    "employment_type",
    "salary",
    "date_posted",
    "valid_through",
    "apply_url",
];

/// The front matter's keys and (unescaped, trimmed) values, only the non-empty ones, in the
/// order of [`FRONT_MATTER_KEYS`].
pub fn front_matter(posting: &Posting) -> Vec<(&'static str, String)> {
    let location = &posting.location;
    let values = [
        posting.title.clone(),
        posting.company.clone(),
        location.places.clone(),
        location.country.clone(),
        location
            .work_mode
            .map(|mode| mode.id().to_owned())
            .unwrap_or_default(),
        location.remote_eligibility.clone(),
        posting
            .employment_type
            .map(|kind| kind.id().to_owned())
            .unwrap_or_default(),
        posting.pay.describe(),
        posting.date_posted.clone(),
        posting.valid_through.clone(),
        safe_url(&posting.how_to_apply.url).unwrap_or_default(),
    ];
    FRONT_MATTER_KEYS
        .into_iter()
        .zip(values)
        .map(|(key, value)| (key, value.trim().to_owned()))
        .filter(|(_, value)| !value.is_empty())
        .collect()
}

/// A YAML double-quoted scalar that is also inert as Markdown.
fn yaml_quoted(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    let mut previous = None;
    for c in value.chars() {
        let needs_code = c.is_control()
            || matches!(
                c,
                '<' | '>'
                    | '\u{2028}'
                    | '\u{2029}'
                    | '\u{feff}'
                    | '\u{200e}'
                    | '\u{200f}'
                    | '\u{061c}'
                    | '\u{202a}'..='\u{202e}'
                    | '\u{2066}'..='\u{2069}'
            )
            || (c == '(' && previous == Some(']'));
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if needs_code => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
        previous = Some(c);
    }
    out.push('"');
    out
}

/// Escapes the Markdown and HTML syntax inside one line of text.
fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (index, c) in text.char_indices() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' if starts_character_reference(&text[index + 1..]) => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Escapes one line of text, including what would start a block at the beginning of a line.
fn escape_line(line: &str) -> String {
    let mut out = escape_inline(line);
    let setext_underline = out.starts_with('=') && out.chars().all(|c| c == '=' || c == ' ');
    if out.starts_with(['#', '-', '+', '~']) || setext_underline {
        out.insert(0, '\\');
        return out;
    }
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && matches!(out[digits..].chars().next(), Some('.' | ')')) {
        out.insert(digits, '\\');
    }
    out
}

/// A link destination: characters that could end or break it are percent-encoded, and an
/// `&` that would start a character reference is written as `&amp;`.
fn link_destination(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for (index, c) in url.char_indices() {
        let encode = c.is_whitespace()
            || c.is_control()
            || matches!(
                c,
                '(' | ')' | '<' | '>' | '"' | '\'' | '\\' | '`' | '[' | ']'
            );
        if encode {
            let mut bytes = [0; 4];
            for byte in c.encode_utf8(&mut bytes).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
        } else if c == '&' && starts_character_reference(&url[index + 1..]) {
            out.push_str("&amp;");
        } else {
            out.push(c);
        }
    }
    out
}

/// Lines with hard breaks between them; `indent` before every line after the first.
fn lines_markdown(lines: &[String], indent: &str, out: &mut String) {
    for (index, line) in lines.iter().enumerate() {
        if index > 0 {
            out.push_str("  \n");
            out.push_str(indent);
        }
        out.push_str(&escape_line(line));
    }
    out.push('\n');
}

/// The posting as Markdown: front matter with the structured fields, then the sections.
pub fn to_markdown(posting: &Posting) -> String {
    let mut out = String::new();
    let fields = front_matter(posting);
    if !fields.is_empty() {
        out.push_str("---\n");
        for (key, value) in &fields {
            out.push_str(key);
            out.push_str(": ");
            out.push_str(&yaml_quoted(value));
            out.push('\n');
        }
        out.push_str("---\n\n");
    }
    for section in outline(posting).sections {
        out.push_str("## ");
        out.push_str(&escape_line(section.heading));
        out.push_str("\n\n");
        for block in &section.blocks {
            match block {
                Block::Paragraph(lines) => lines_markdown(lines, "", &mut out),
                Block::List(items) => {
                    for item in items {
                        out.push_str("- ");
                        lines_markdown(item, "  ", &mut out);
                    }
                }
                Block::Link { text, url } => {
                    out.push('[');
                    out.push_str(&escape_inline(text));
                    out.push_str("](");
                    out.push_str(&link_destination(url));
                    out.push_str(")\n");
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markdown_syntax() {
        assert_eq!(escape_line("# not a heading"), "\\# not a heading");
        assert_eq!(escape_line("1. not a list"), "1\\. not a list");
        assert_eq!(escape_line("2) nor this"), "2\\) nor this");
        assert_eq!(escape_line("**bold**"), "\\*\\*bold\\*\\*");
        assert_eq!(escape_line("- item"), "\\- item");
        assert_eq!(escape_line("==="), "\\===");
        assert_eq!(escape_line("a | b"), "a \\| b");
        assert_eq!(
            escape_line("[x](javascript:alert(1))"),
            "\\[x\\](javascript:alert(1))"
        );
        assert_eq!(escape_line("R&D &amp; <b>"), "R&D &amp;amp; &lt;b&gt;");
        assert_eq!(escape_line("C:\\path_name"), "C:\\\\path\\_name");
    }

    #[test]
    fn quotes_front_matter_values() {
        assert_eq!(yaml_quoted("a \"b\" \\ c"), "\"a \\\"b\\\" \\\\ c\"");
        assert_eq!(
            yaml_quoted("<b>[x](y)\n\u{202e}"),
            "\"\\u003Cb\\u003E[x]\\u0028y)\\u000A\\u202E\""
        );
    }

    #[test]
    fn encodes_link_destinations() {
        assert_eq!(
            link_destination("https://example.com/a b(c)?x=1&lt;"),
            "https://example.com/a%20b%28c%29?x=1&amp;lt;"
        );
        assert_eq!(
            link_destination("https://example.com/ü"),
            "https://example.com/ü"
        );
    }

    #[test]
    fn writes_front_matter_then_sections() {
        let mut posting = Posting {
            title: "Data Engineer".into(),
            summary: "Build pipelines.".into(),
            ..Posting::default()
        };
        posting.pay.min = Some(120000.0);
        posting.pay.max = Some(150000.0);
        posting.pay.currency = "USD".into();
        posting.pay.period = Some(crate::model::PayPeriod::Year);
        posting.how_to_apply.url = "javascript:alert(1)".into();
        assert_eq!(
            to_markdown(&posting),
            "---\ntitle: \"Data Engineer\"\nsalary: \"USD 120,000 – 150,000 per year\"\n---\n\n\
             ## About the role\n\nBuild pipelines.\n"
        );
    }
}
