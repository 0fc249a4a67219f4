//! Job-board HTML: a fragment with only the tags job boards keep, and a standalone page that
//! also embeds the JSON-LD.

use super::{facts, sections, Body};
use crate::model::Posting;

/// The only tags the fragment contains. None of them carries an attribute.
pub const ALLOWED_TAGS: [&str; 9] = ["p", "ul", "ol", "li", "strong", "em", "br", "h2", "h3"];

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// The URL, trimmed, when it is an `http`, `https` or `mailto` URL; `None` for anything else
/// (`javascript:`, `data:`, `vbscript:`, relative paths), however it is disguised with case,
/// whitespace, control characters or character references.
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
    (allowed && decoded == trimmed && !trimmed.chars().any(char::is_control))
        .then(|| trimmed.to_owned())
}

/// A text field as paragraphs: blank lines separate paragraphs, single line breaks become
/// `<br>`, runs of "- " lines become a list.
fn text_html(text: &str, out: &mut String) {
    for paragraph in text.split("\n\n") {
        let lines: Vec<&str> = paragraph
            .lines()
            .map(str::trim_end)
            .filter(|line| !line.trim().is_empty())
            .collect();
        if lines.is_empty() {
            continue;
        }
        if lines.iter().all(|line| line.trim_start().starts_with("- ")) {
            out.push_str("<ul>");
            for line in lines {
                out.push_str("<li>");
                out.push_str(&escape_html(line.trim_start()[2..].trim()));
                out.push_str("</li>");
            }
            out.push_str("</ul>\n");
            continue;
        }
        out.push_str("<p>");
        let escaped: Vec<String> = lines.iter().map(|line| escape_html(line.trim())).collect();
        out.push_str(&escaped.join("<br>"));
        out.push_str("</p>\n");
    }
}

fn list_item_html(text: &str) -> String {
    text.lines()
        .map(|line| escape_html(line.trim()))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("<br>")
}

/// The posting's sections as HTML, without the title: the JSON-LD `description`.
pub(crate) fn body_html(posting: &Posting) -> String {
    let mut out = String::new();
    let facts = facts(posting);
    if !facts.is_empty() {
        out.push_str("<p>");
        let lines: Vec<String> = facts
            .iter()
            .map(|(label, value)| {
                format!(
                    "<strong>{}:</strong> {}",
                    escape_html(label),
                    escape_html(value)
                )
            })
            .collect();
        out.push_str(&lines.join("<br>"));
        out.push_str("</p>\n");
    }
    for (section, body) in sections(posting) {
        out.push_str("<h3>");
        out.push_str(&escape_html(section.label()));
        out.push_str("</h3>\n");
        match body {
            Body::Text(text) => text_html(&text, &mut out),
            Body::List(items) => {
                out.push_str("<ul>\n");
                for item in items {
                    out.push_str("<li>");
                    out.push_str(&list_item_html(item));
                    out.push_str("</li>\n");
                }
                out.push_str("</ul>\n");
            }
        }
    }
    out
}

/// The posting as an HTML fragment for a job board's editor: the title as `<h2>`, sections as
/// `<h3>`, and only [`ALLOWED_TAGS`], without attributes.
pub fn to_html_fragment(posting: &Posting) -> String {
    let mut out = String::new();
    if !posting.title.trim().is_empty() {
        out.push_str("<h2>");
        out.push_str(&escape_html(posting.title.trim()));
        out.push_str("</h2>\n");
    }
    out.push_str(&body_html(posting));
    out
}

/// A standalone HTML page: the fragment, the page title, a small style for the page itself,
/// and the JSON-LD in a `<script type="application/ld+json">` block that no text can close.
pub fn to_html_page(posting: &Posting) -> String {
    let title = if posting.title.trim().is_empty() {
        "Job posting".to_owned()
    } else {
        escape_html(posting.title.trim())
    };
    let json_ld = super::to_jsonld(posting).json;
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n\
<style>body{{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}}h2,h3{{line-height:1.25}}</style>\n\
<script type=\"application/ld+json\">\n{json_ld}\n</script>\n</head>\n<body>\n<main>\n{}</main>\n</body>\n</html>\n",
        to_html_fragment(posting)
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
        ] {
            assert_eq!(safe_url(bad), None, "{bad}");
        }
    }

    #[test]
    fn escapes_text() {
        assert_eq!(
            escape_html("<a href='x'>&"),
            "&lt;a href=&#39;x&#39;&gt;&amp;"
        );
    }
}
