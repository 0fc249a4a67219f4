//! `MarkdownView`: the small Markdown subset of rule documentation, rendered as Leptos views.
//!
//! Headings, paragraphs, bullet lists, fenced code blocks and inline `code`. Text always becomes
//! text nodes (never HTML), so nothing in the documentation can inject markup.

use leptos::either::Either;
use leptos::prelude::*;

/// A run of inline text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Code(String),
}

/// A block of the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A heading of level 1 to 6 (the number of `#`s).
    Heading(u8, Vec<Inline>),
    Paragraph(Vec<Inline>),
    /// The items of a bullet list.
    List(Vec<Vec<Inline>>),
    /// A fenced code block's lines, joined with line breaks.
    Code(String),
}

/// Splits a line into text and `code` runs. An unmatched backtick stays text.
pub fn parse_inline(text: &str) -> Vec<Inline> {
    let mut runs = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('`') {
        let Some(length) = rest[open + 1..].find('`') else {
            break;
        };
        if open > 0 {
            runs.push(Inline::Text(rest[..open].to_owned()));
        }
        runs.push(Inline::Code(rest[open + 1..open + 1 + length].to_owned()));
        rest = &rest[open + 2 + length..];
    }
    if !rest.is_empty() {
        runs.push(Inline::Text(rest.to_owned()));
    }
    runs
}

/// The heading level and text of a `#` line.
fn heading(line: &str) -> Option<(u8, &str)> {
    let level = line.bytes().take_while(|byte| *byte == b'#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let text = line[level..].strip_prefix(' ')?;
    Some((level as u8, text.trim()))
}

/// The text of a bullet-list line.
fn bullet(line: &str) -> Option<&str> {
    line.strip_prefix("- ").or_else(|| line.strip_prefix("* "))
}

/// Parses the documentation into blocks. Consecutive text lines form one paragraph; an
/// unclosed code fence runs to the end.
pub fn parse(markdown: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut list: Vec<Vec<Inline>> = Vec::new();
    let mut code: Option<Vec<&str>> = None;
    let flush =
        |paragraph: &mut Vec<&str>, list: &mut Vec<Vec<Inline>>, blocks: &mut Vec<Block>| {
            if !paragraph.is_empty() {
                blocks.push(Block::Paragraph(parse_inline(&paragraph.join(" "))));
                paragraph.clear();
            }
            if !list.is_empty() {
                blocks.push(Block::List(std::mem::take(list)));
            }
        };
    for line in markdown.lines() {
        if let Some(lines) = code.as_mut() {
            if line.trim_start().starts_with("```") {
                blocks.push(Block::Code(lines.join("\n")));
                code = None;
            } else {
                lines.push(line);
            }
            continue;
        }
        let trimmed = line.trim();
        if trimmed.starts_with("```") {
            flush(&mut paragraph, &mut list, &mut blocks);
            code = Some(Vec::new());
        } else if trimmed.is_empty() {
            flush(&mut paragraph, &mut list, &mut blocks);
        } else if let Some((level, text)) = heading(trimmed) {
            flush(&mut paragraph, &mut list, &mut blocks);
            blocks.push(Block::Heading(level, parse_inline(text)));
        } else if let Some(item) = bullet(trimmed) {
            if !paragraph.is_empty() {
                flush(&mut paragraph, &mut list, &mut blocks);
            }
            list.push(parse_inline(item));
        } else if let (Some(last), true) = (list.last_mut(), paragraph.is_empty()) {
            // A continuation line of the last bullet.
            last.push(Inline::Text(" ".to_owned()));
            last.extend(parse_inline(trimmed));
        } else {
            paragraph.push(trimmed);
        }
    }
    if let Some(lines) = code {
        blocks.push(Block::Code(lines.join("\n")));
    }
    flush(&mut paragraph, &mut list, &mut blocks);
    blocks
}

/// Inline runs as views.
fn inline_view(runs: Vec<Inline>) -> impl IntoView {
    runs.into_iter()
        .map(|run| match run {
            Inline::Text(text) => Either::Left(text),
            Inline::Code(code) => Either::Right(view! { <code>{code}</code> }),
        })
        .collect_view()
}

/// Renders Markdown documentation. Headings are shifted down by `heading_offset` levels so they
/// fit under the page's own heading (at most `<h6>`).
#[component]
pub fn MarkdownView(
    /// The Markdown text.
    text: String,
    /// How many levels to move headings down (`## Why` with 1 becomes `<h3>`).
    #[prop(default = 1)]
    heading_offset: u8,
) -> impl IntoView {
    let blocks = parse(&text)
        .into_iter()
        .map(|block| match block {
            Block::Heading(level, runs) => {
                let runs = inline_view(runs);
                match (level + heading_offset).min(6) {
                    1 | 2 => view! { <h2>{runs}</h2> }.into_any(),
                    3 => view! { <h3>{runs}</h3> }.into_any(),
                    4 => view! { <h4>{runs}</h4> }.into_any(),
                    5 => view! { <h5>{runs}</h5> }.into_any(),
                    _ => view! { <h6>{runs}</h6> }.into_any(),
                }
            }
            Block::Paragraph(runs) => view! { <p>{inline_view(runs)}</p> }.into_any(),
            Block::List(items) => view! {
                <ul>
                    {items
                        .into_iter()
                        .map(|runs| view! { <li>{inline_view(runs)}</li> })
                        .collect_view()}
                </ul>
            }
            .into_any(),
            Block::Code(code) => view! {
                <pre class="doc-code"><code>{code}</code></pre>
            }
            .into_any(),
        })
        .collect_view();
    view! { <div class="markdown">{blocks}</div> }
}
