//! Job-board HTML: a fragment with only the tags job boards keep, and a standalone page that
//! also embeds the JSON-LD. Both render the [`Outline`](super::Outline).

use super::outline::{outline, Block, Outline};
use crate::model::Posting;
use crate::text::html::escape_html;

/// The only tags the fragment contains. None of them carries an attribute.
pub const ALLOWED_TAGS: [&str; 9] = ["p", "ul", "ol", "li", "strong", "em", "br", "h2", "h3"];

/// The URL, trimmed, when it is an `http`, `https` or `mailto` URL; `None` for anything else
/// (`javascript:`, `data:`, `vbscript:`, relative paths), however it is disguised with case,
/// whitespace, control characters or character references. A URL with bidirectional controls
/// (which can make it read as another address) is refused too.
pub fn safe_url(url: &str) -> Option<String> {
    let trimmed = url.trim();
    let decoded = crate::import::html_text::decode_entities(trimmed);
    let compact: String = decoded
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_lowercase();
    let allowed = ["http://", "https://", "mailto:"]
        .iter()
        .any(|scheme| compact.starts_with(scheme) && compact.len() > scheme.len());
    // The decoded form must equal what is shown, so no entity can smuggle in another scheme.
    let hidden = |c: char| c.is_control() || is_bidi_control(c);
    (allowed && decoded == trimmed && !trimmed.chars().any(hidden)).then(|| trimmed.to_owned())
}

/// Bidirectional formatting characters (marks, embeddings, overrides, isolates).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Lines joined by `<br>`, each escaped.
fn lines_html(lines: &[String]) -> String {
    lines
        .iter()
        .map(|line| escape_html(line))
        .collect::<Vec<_>>()
        .join("<br>")
}

/// The outline without its title, as HTML: the facts, then every section under an `<h3>`.
/// This is also the JSON-LD `description`.
pub(crate) fn body_html(outline: &Outline) -> String {
    let mut out = String::new();
    if !outline.facts.is_empty() {
        let lines: Vec<String> = outline
            .facts
            .iter()
            .map(|fact| {
                format!(
                    "<strong>{}:</strong> {}",
                    escape_html(fact.label),
                    escape_html(&fact.value)
                )
            })
            .collect();
        out.push_str("<p>");
        out.push_str(&lines.join("<br>"));
        out.push_str("</p>\n");
    }
    for section in &outline.sections {
        out.push_str("<h3>");
        out.push_str(&escape_html(section.heading));
        out.push_str("</h3>\n");
        for block in &section.blocks {
            match block {
                Block::Paragraph(lines) => {
                    out.push_str("<p>");
                    out.push_str(&lines_html(lines));
                    out.push_str("</p>\n");
                }
                Block::List(items) => {
                    out.push_str("<ul>\n");
                    for item in items {
                        out.push_str("<li>");
                        out.push_str(&lines_html(item));
                        out.push_str("</li>\n");
                    }
                    out.push_str("</ul>\n");
                }
                // Job boards strip links, so the address is written out as text.
                Block::Link { text, .. } => {
                    out.push_str("<p>");
                    out.push_str(&escape_html(text));
                    out.push_str("</p>\n");
                }
            }
        }
    }
    out
}

/// The posting as an HTML fragment for a job board's editor: the title as `<h2>`, sections as
/// `<h3>`, and only [`ALLOWED_TAGS`], without attributes.
pub fn to_html_fragment(posting: &Posting) -> String {
    fragment(&outline(posting))
}

fn fragment(outline: &Outline) -> String {
    let mut out = String::new();
    if !outline.title.is_empty() {
        out.push_str("<h2>");
        out.push_str(&escape_html(&outline.title));
        out.push_str("</h2>\n");
    }
    out.push_str(&body_html(outline));
    out
}

/// A standalone HTML page: the fragment, the page title, a small style for the page itself,
/// and the JSON-LD in a `<script type="application/ld+json">` block that no text can close.
pub fn to_html_page(posting: &Posting) -> String {
    let outline = outline(posting);
    let title = if outline.title.is_empty() {
        "Job posting".to_owned()
    } else {
        escape_html(&outline.title)
    };
    let json_ld = super::to_jsonld(posting).json;
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n\
<style>body{{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}}h2,h3{{line-height:1.25}}</style>\n\
<script type=\"application/ld+json\">\n{json_ld}\n</script>\n</head>\n<body>\n<main>\n{}</main>\n</body>\n</html>\n",
        fragment(&outline)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_only_safe_schemes() {
        assert_eq!(
            safe_url(" https://example.com/jobs "),
            Some("https://example.com/jobs".into())
        );
        assert_eq!(
            safe_url("mailto:jobs@example.com"),
            Some("mailto:jobs@example.com".into())
        );
        for bad in [
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>",
            "vbscript:msgbox",
            "javascript&#58;alert(1)",
            "&#x6A;avascript:alert(1)",
            "https&#58;//example.com",
            "/relative",
            "https://",
            "https://example.com/\u{202e}fdp.exe",
        ] {
            assert_eq!(safe_url(bad), None, "{bad}");
        }
    }
}
