//! HTML to the plain text the section splitter reads: headings become `#` lines, list items
//! become `-` bullets, blocks become paragraphs, entities are decoded, scripts and styles go.

use std::sync::LazyLock;

use regex::Regex;

static INVISIBLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)<!--.*?-->|<(script|style|head|template|noscript)\b[^>]*>.*?</(?:script|style|head|template|noscript)\s*>")
        .expect("valid regex")
});
static TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>").expect("valid regex"));
static ENTITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});").expect("valid regex")
});
static JSON_LD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?is)<script\b[^>]*\btype\s*=\s*["']?\s*application/ld\+json\s*["']?[^>]*>(.*?)</script\s*>"#)
        .expect("valid regex")
});
static SPACES: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+").expect("valid regex"));

/// True when the text looks like an HTML document or fragment.
pub(crate) fn looks_like_html(text: &str) -> bool {
    let lower = text.trim_start().to_lowercase();
    if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
        return true;
    }
    let tags = TAG
        .captures_iter(&lower)
        .filter(|captures| {
            matches!(
                &captures[2],
                "p" | "div"
                    | "ul"
                    | "ol"
                    | "li"
                    | "h1"
                    | "h2"
                    | "h3"
                    | "h4"
                    | "br"
                    | "body"
                    | "script"
                    | "span"
                    | "strong"
                    | "table"
            )
        })
        .take(3)
        .count();
    tags >= 3 || JSON_LD.is_match(text)
}

/// The contents of every `<script type="application/ld+json">` block.
pub(crate) fn json_ld_blocks(html: &str) -> Vec<String> {
    JSON_LD
        .captures_iter(html)
        .map(|captures| captures[1].trim().to_owned())
        .collect()
}

/// Decodes character references (`&amp;`, `&#39;`, `&#x2019;`, a few common names).
pub(crate) fn decode_entities(text: &str) -> String {
    ENTITY
        .replace_all(text, |captures: &regex::Captures| {
            let name = &captures[1];
            let decoded =
                if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                    u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
                } else if let Some(decimal) = name.strip_prefix('#') {
                    decimal.parse().ok().and_then(char::from_u32)
                } else {
                    named_entity(name)
                };
            decoded.map_or_else(|| captures[0].to_owned(), |c| c.to_string())
        })
        .into_owned()
}

fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "hellip" => '…',
        "bull" => '•',
        "middot" => '·',
        "euro" => '€',
        "pound" => '£',
        "yen" => '¥',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        _ => return None,
    })
}

/// Converts HTML to Markdown-like plain text for the splitter.
pub(crate) fn to_text(html: &str) -> String {
    let visible = INVISIBLE.replace_all(html, " ");
    let mut out = String::new();
    let mut cursor = 0;
    for captures in TAG.captures_iter(&visible) {
        let whole = captures.get(0).expect("match");
        out.push_str(&SPACES.replace_all(&visible[cursor..whole.start()], " "));
        cursor = whole.end();
        let closing = &captures[1] == "/";
        let name = captures[2].to_ascii_lowercase();
        match name.as_str() {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" if !closing => {
                let level: usize = name[1..].parse().unwrap_or(2);
                out.push_str("\n\n");
                out.push_str(&"#".repeat(level));
                out.push(' ');
            }
            "li" if !closing => out.push_str("\n- "),
            "br" | "div" | "tr" | "dt" | "dd" | "li" => out.push('\n'),
            "p" | "ul" | "ol" | "table" | "section" | "article" | "header" | "footer" | "main"
            | "blockquote" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "dl" | "hr" => {
                out.push_str("\n\n")
            }
            _ => {}
        }
    }
    out.push_str(&SPACES.replace_all(&visible[cursor..], " "));
    let decoded = decode_entities(&out);
    let mut text = String::new();
    let mut blank_run = 0;
    for line in decoded.lines() {
        if line.is_empty() {
            blank_run += 1;
            continue;
        }
        let line = line.trim();
        if line.is_empty() || line == "-" {
            continue;
        }
        if !text.is_empty() {
            text.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        text.push_str(line);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_structure() {
        let html = "<h2>What you&#39;ll do</h2><ul><li>Build &amp; ship</li>\n<li>Review</li></ul><p>Hello\n  world</p><script>alert(1)</script>";
        assert_eq!(
            to_text(html),
            "## What you'll do\n\n- Build & ship\n- Review\n\nHello world"
        );
    }

    #[test]
    fn finds_json_ld() {
        let html =
            r#"<html><script type="application/ld+json">{"@type":"JobPosting"}</script></html>"#;
        assert_eq!(json_ld_blocks(html), vec![r#"{"@type":"JobPosting"}"#]);
        assert!(looks_like_html(html));
        assert!(!looks_like_html("Salary: <50k"));
    }

    #[test]
    fn decodes_each_entity_once() {
        assert_eq!(decode_entities("&amp;lt; &#x41;&#66;"), "&lt; AB");
    }
}
