//! Job-board HTML: a fragment with only the tags job boards keep, and a standalone page that
//! also embeds the JSON-LD. Both render the [`Outline`](super::Outline).

use super::outline::{outline, Block, Outline};
use crate::model::Posting;
use crate::text::html::escape_html;

/// The only tags the fragment contains. None of them carries an attribute.
pub const ALLOWED_TAGS: [&str; 9] = ["p", "ul", "ol", "li", "strong", "em", "br", "h2", "h3"];

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
