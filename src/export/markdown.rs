//! Markdown, for email and ATS fields that take it. Re-importing it gives the same sections.

use super::{facts, sections, Body};
use crate::model::Posting;

/// Escapes Markdown syntax in one line of user text so it reads back as the same words.
fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        if matches!(c, '\\' | '*' | '_' | '`') {
            out.push('\\');
        }
        out.push(c);
    }
    let starts_block = out.starts_with('#')
        || out.starts_with("- ")
        || out.starts_with("+ ")
        || out.starts_with('>')
        || out.starts_with("• ");
    if starts_block {
        return format!("\\{out}");
    }
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && matches!(out[digits..].chars().next(), Some('.' | ')')) {
        out.insert(digits, '\\');
    }
    out
}

fn text_markdown(text: &str, out: &mut String) {
    for paragraph in text.split("\n\n") {
        let lines: Vec<&str> = paragraph
            .lines()
            .filter(|line| !line.trim().is_empty())
            .collect();
        if lines.is_empty() {
            continue;
        }
        for line in &lines {
            let line = line.trim();
            match line.strip_prefix("- ") {
                Some(item) => {
                    out.push_str("- ");
                    out.push_str(&escape_line(item.trim()));
                    out.push('\n');
                }
                None => {
                    out.push_str(&escape_line(line));
                    out.push_str("  \n");
                }
            }
        }
        // The hard break on the last line of a paragraph is not needed.
        if out.ends_with("  \n") {
            out.truncate(out.len() - 3);
            out.push('\n');
        }
        out.push('\n');
    }
}

/// The posting as Markdown: `#` title, bold facts, `##` sections, `-` lists.
pub fn to_markdown(posting: &Posting) -> String {
    let mut out = String::new();
    if !posting.title.trim().is_empty() {
        out.push_str("# ");
        out.push_str(&escape_line(posting.title.trim()));
        out.push_str("\n\n");
    }
    let facts = facts(posting);
    if !facts.is_empty() {
        for (label, value) in &facts {
            out.push_str(&format!("**{label}:** {}\n", escape_line(value)));
        }
        out.push('\n');
    }
    for (section, body) in sections(posting) {
        out.push_str("## ");
        out.push_str(section.label());
        out.push_str("\n\n");
        match body {
            Body::Text(text) => text_markdown(&text, &mut out),
            Body::List(items) => {
                for item in items {
                    let mut lines = item.lines().map(str::trim).filter(|line| !line.is_empty());
                    out.push_str("- ");
                    out.push_str(&escape_line(lines.next().unwrap_or_default()));
                    out.push('\n');
                    for line in lines {
                        out.push_str("  ");
                        out.push_str(&escape_line(line));
                        out.push('\n');
                    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markdown_syntax() {
        assert_eq!(escape_line("# not a heading"), "\\# not a heading");
        assert_eq!(escape_line("1. not a list"), "1\\. not a list");
        assert_eq!(escape_line("**bold**"), "\\*\\*bold\\*\\*");
    }
}
