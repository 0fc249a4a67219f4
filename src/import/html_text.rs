//! HTML to the Markdown-like text the section splitter reads, through a WHATWG HTML5 tokenizer
//! (html5gum, which also decodes all of HTML's named character references).
//!
//! Headings become `#` lines, list items `- ` or `1. ` bullets, paragraphs, divs, table rows
//! and line breaks become lines, and a short paragraph that is bold as a whole becomes a
//! `**bold**` line, which the splitter reads as a heading cue. Inline elements (Google Docs'
//! styled spans, Word's `<o:p>`) never split a word or a line. Scripts, styles, templates,
//! `<title>`, `<head>` and comments are not text; every other text is kept. The text itself
//! is escaped ([`super::escape_markdown`]) so the splitter never reads Markdown in it: only
//! the structure written here is Markdown.

use crate::text::compile_pattern;
use std::sync::LazyLock;

use html5gum::{DefaultEmitter, StartTag, Token, Tokenizer};
use regex::Regex;

/// A tag as plain text mentions it or HTML writes it, for telling the two apart.
static TAG: LazyLock<Regex> =
    LazyLock::new(|| compile_pattern(r"<(/?)([A-Za-z][A-Za-z0-9]*)(?:[\s/][^<>]*)?>"));
/// A JSON-LD script block (detection only; the blocks are read by the tokenizer).
static JSON_LD_SCRIPT: LazyLock<Regex> =
    LazyLock::new(|| compile_pattern(r"(?i)<script\b[^<>]*application/ld\+json"));
/// Markdown code (fenced blocks and inline spans): tags in it are examples, not markup.
static MARKDOWN_CODE: LazyLock<Regex> =
    LazyLock::new(|| compile_pattern(r"(?s)```.*?```|`[^`\n]+`"));
/// Link text that makes the link's address worth keeping after it.
static ADDRESS_WORTH_KEEPING: LazyLock<Regex> = LazyLock::new(|| {
    compile_pattern(
        r"(?i)\b(apply|application|submit|resume|résumé|cv|careers?|jobs?|here|click|portal|form|contact|email|e-mail|write)\b",
    )
});

/// Elements whose tags give a document its block structure.
const BLOCK_ELEMENTS: &[&str] = &[
    "p",
    "div",
    "ul",
    "ol",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "br",
    "hr",
    "table",
    "tr",
    "td",
    "th",
    "thead",
    "tbody",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "nav",
    "aside",
    "blockquote",
    "dl",
    "dt",
    "dd",
    "pre",
    "body",
    "html",
    "head",
];

/// Elements that end the line before and after them (besides headings, lists and tables).
const LINE_ELEMENTS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "header",
    "main",
    "blockquote",
    "figure",
    "figcaption",
    "address",
    "form",
    "fieldset",
    "legend",
    "details",
    "summary",
    "center",
    "dl",
    "dt",
    "dd",
    "caption",
    "body",
    "html",
    "pre",
];

/// Elements that never have content or an end tag.
const VOID_ELEMENTS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen",
];

/// Elements whose content is raw text that is not shown (the tokenizer reads it as one run).
const RAW_HIDDEN: &[&str] = &[
    "script", "style", "title", "iframe", "noembed", "noframe", "noscript",
];

/// Elements whose content is parsed as markup but is not text of the page.
const HIDDEN: &[&str] = &["template", "svg", "math", "noframes", "xml"];

/// True when the text is an HTML document or fragment: it starts like a page (a doctype,
/// `<html>`, `<head>`, `<body>`, `<meta>` as clipboard HTML does), carries a JSON-LD block,
/// or its block tags are most of its structure. Text with line structure that mentions a
/// few tags ("you know the <div>, <span> and <ul> elements") is not HTML.
pub(crate) fn looks_like_html(text: &str) -> bool {
    let trimmed = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let head: String = trimmed.chars().take(16).collect::<String>().to_lowercase();
    let page_starts = [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta",
        "<style",
    ];
    if page_starts.iter().any(|start| head.starts_with(start)) {
        return true;
    }
    // (Both need a "<": most pastes have none, and are not searched further.)
    if !text.contains('<') {
        return false;
    }
    if JSON_LD_SCRIPT.is_match(text) {
        return true;
    }
    let without_code = MARKDOWN_CODE.replace_all(text, "");
    let mut structural = 0usize;
    let mut breaking = 0usize;
    let mut text_lines = 0usize;
    for line in without_code.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if !line.starts_with('<') {
            text_lines += 1;
        }
        // Most lines of a paste have no tag: the pattern is not set up for them.
        if !line.contains('<') {
            continue;
        }
        for tag in TAG.captures_iter(line) {
            let whole = tag.get(0).map_or(0..0, |whole| whole.range());
            let name = tag[2].to_ascii_lowercase();
            if !BLOCK_ELEMENTS.contains(&name.as_str()) {
                continue;
            }
            let before = line[..whole.start].trim_end();
            let after = line[whole.end..].trim_start();
            let at_line_start = before.is_empty() || before.ends_with('>');
            let at_line_end = after.is_empty() || after.starts_with('<');
            if !(at_line_start || at_line_end) {
                continue;
            }
            structural += 1;
            if &tag[1] == "/" || name == "br" {
                breaking += 1;
            }
        }
    }
    structural >= 2 && breaking >= 1 && structural >= text_lines
}

/// How much structure an HTML text carried, counted while converting it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Structure {
    pub headings: usize,
    pub items: usize,
    pub bold_lines: usize,
    pub paragraphs: usize,
}

impl Structure {
    /// True when the HTML says more than its plain text would: headings, list items, bold
    /// lines, or at least two paragraphs.
    pub(crate) fn carries_structure(&self) -> bool {
        self.headings + self.items + self.bold_lines > 0 || self.paragraphs >= 2
    }
}

/// An HTML text converted for the splitter.
#[derive(Clone, Debug, Default)]
pub(crate) struct Converted {
    /// Markdown-like text: `#` headings, `- ` bullets, `**bold**` lines, escaped text.
    pub text: String,
    /// The contents of every `<script type="application/ld+json">` block.
    pub json_ld: Vec<String>,
    pub structure: Structure,
}

/// The tokens of an HTML text, with the tokenizer switching to raw text inside `<script>`,
/// `<style>`, `<title>` and the like, as a browser does.
fn tokens(html: &str) -> impl Iterator<Item = Token> + '_ {
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    Tokenizer::new_with_emitter(html, emitter).filter_map(Result::ok)
}

fn name_of(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn attribute(tag: &StartTag<()>, name: &str) -> Option<String> {
    tag.attributes
        .get(name.as_bytes())
        .map(|value| String::from_utf8_lossy(&value.value).into_owned())
}

/// The value of one CSS property in a `style` attribute (lower case, without `!important`).
fn style_property(style: &str, property: &str) -> Option<String> {
    style.split(';').find_map(|declaration| {
        let (name, value) = declaration.split_once(':')?;
        name.trim().eq_ignore_ascii_case(property).then(|| {
            value
                .trim()
                .trim_end_matches("!important")
                .trim()
                .to_ascii_lowercase()
        })
    })
}

/// Whether an element makes its text bold (`Some(true)`), not bold (`Some(false)`), or leaves
/// the weight as it is. `font-weight` in the style wins over the element: Google Docs wraps a
/// whole copy in `<b style="font-weight:normal">`.
fn weight_of(name: &str, style: Option<&str>) -> Option<bool> {
    if let Some(weight) = style.and_then(|style| style_property(style, "font-weight")) {
        return match weight.as_str() {
            "bold" | "bolder" => Some(true),
            "normal" | "lighter" => Some(false),
            number => number.parse::<u32>().ok().map(|value| value >= 600),
        };
    }
    matches!(name, "b" | "strong").then_some(true)
}

/// An open element: its name and whether text inside it is bold.
struct Open {
    name: String,
    bold: bool,
}

/// An open `<ul>` or `<ol>`.
struct List {
    ordered: bool,
    next: i64,
    item_open: bool,
}

/// An open `<a href>` whose address may be kept after its text.
struct Link {
    address: Option<String>,
    line_serial: usize,
    start: usize,
}

/// Open elements searched for an end tag's partner; an end tag with none this near is stray.
const END_TAG_REACH: usize = 48;
/// Open elements tracked at most (broken HTML never closing its tags stays linear).
const MAX_OPEN: usize = 1024;

#[derive(Default)]
struct Converter {
    out: String,
    /// The line being gathered, not yet escaped.
    line: String,
    /// Counts lines written, so a link knows whether its text is still on the current line.
    line_serial: usize,
    space: bool,
    bold_letters: usize,
    plain_letters: usize,
    /// The break the next line needs: 1 a line break, 2 a blank line.
    pending_break: u8,
    /// The start of the next line: `## `, `- `, `  1. `.
    prefix: String,
    heading: bool,
    open: Vec<Open>,
    lists: Vec<List>,
    /// Inside a raw-text element that is not shown, until its end tag.
    raw_hidden: Option<String>,
    /// Inside hidden markup (`<template>`, `<svg>`): the open hidden elements.
    hidden: Vec<String>,
    in_head: bool,
    preformatted: usize,
    link: Option<Link>,
    /// Inside a Word list paragraph (`mso-list`): its nesting level.
    word_item: Option<usize>,
    /// Inside Word's list marker (`mso-list:Ignore`): the marker text, and the depth of the
    /// element that holds it.
    marker: Option<(String, usize)>,
    json_ld: Vec<String>,
    json_ld_block: Option<String>,
    structure: Structure,
    /// Depth inside page chrome (`<nav>`, `<aside>`, `<footer>`), whose text is kept but
    /// written after the rest, so a menu never becomes the posting's title.
    chrome_depth: usize,
    /// The text outside the chrome while inside it, or the chrome's text while outside.
    other_out: String,
    other_pending_break: u8,
}

impl Converter {
    /// Swaps the main text and the chrome's text, so writing goes to the other one.
    fn swap_outputs(&mut self) {
        std::mem::swap(&mut self.out, &mut self.other_out);
        std::mem::swap(&mut self.pending_break, &mut self.other_pending_break);
    }

    fn chrome_start(&mut self) {
        self.end_line(2);
        self.chrome_depth += 1;
        if self.chrome_depth == 1 {
            self.swap_outputs();
            self.pending_break = self.pending_break.max(2);
        }
    }

    fn chrome_end(&mut self) {
        if self.chrome_depth == 0 {
            return;
        }
        self.end_line(2);
        self.chrome_depth -= 1;
        if self.chrome_depth == 0 {
            self.swap_outputs();
        }
    }

    fn bold(&self) -> bool {
        self.open.last().is_some_and(|open| open.bold)
    }

    /// Indentation of continuation lines inside the innermost open list item.
    fn continuation(&self) -> Option<String> {
        let depth = self.lists.iter().rposition(|list| list.item_open)?;
        Some("  ".repeat(depth + 1))
    }

    fn in_item(&self) -> bool {
        self.lists.iter().any(|list| list.item_open) || self.word_item.is_some()
    }

    /// The break a block element asks for: a blank line, or a line break inside list items.
    fn block_break(&self) -> u8 {
        if self.in_item() {
            1
        } else {
            2
        }
    }

    fn push_text(&mut self, text: &str) {
        if let Some(block) = &mut self.json_ld_block {
            block.push_str(text);
            return;
        }
        if self.raw_hidden.is_some() || !self.hidden.is_empty() {
            return;
        }
        if self.in_head {
            if text.trim().is_empty() {
                return;
            }
            // Text cannot be in the head: a browser ends the head here, and so do we.
            self.in_head = false;
        }
        if let Some((marker, _)) = &mut self.marker {
            marker.push_str(text);
            return;
        }
        let bold = self.bold();
        for c in text.chars() {
            if c == '\n' && self.preformatted > 0 {
                // An empty line of preformatted text is a blank line.
                self.end_line(if self.line.is_empty() { 2 } else { 1 });
                continue;
            }
            if c.is_whitespace() {
                self.space = true;
                continue;
            }
            if self.space && !self.line.is_empty() {
                self.line.push(' ');
            }
            self.space = false;
            self.line.push(c);
            if c.is_alphanumeric() {
                if bold {
                    self.bold_letters += 1;
                } else {
                    self.plain_letters += 1;
                }
            }
        }
    }

    /// Ends the current line (writing it when it has text) and asks for `strength` before
    /// the next one.
    fn end_line(&mut self, strength: u8) {
        if !self.line.is_empty() {
            if !self.out.is_empty() {
                self.out.push_str(if self.pending_break >= 2 {
                    "\n\n"
                } else {
                    "\n"
                });
            }
            let text = super::escape_markdown(&self.line);
            if !self.prefix.is_empty() {
                let prefix = std::mem::take(&mut self.prefix);
                if prefix.starts_with('#') {
                    self.structure.headings += 1;
                } else {
                    self.structure.items += 1;
                }
                self.out.push_str(&prefix);
                self.out.push_str(&text);
            } else if let Some(indent) = self.continuation() {
                self.out.push_str(&indent);
                self.out.push_str(&text);
            } else if self.is_bold_line() {
                self.structure.bold_lines += 1;
                self.out.push_str("**");
                self.out.push_str(&text);
                self.out.push_str("**");
            } else {
                self.structure.paragraphs += 1;
                self.out.push_str(&text);
            }
            self.pending_break = 0;
            self.line.clear();
            self.line_serial += 1;
        }
        self.space = false;
        self.bold_letters = 0;
        self.plain_letters = 0;
        self.pending_break = self.pending_break.max(strength);
    }

    /// A whole line in bold that is short and not a "Label: value" line reads as a heading.
    fn is_bold_line(&self) -> bool {
        if self.bold_letters == 0 || self.plain_letters > 0 || self.heading || self.in_item() {
            return false;
        }
        let body = self.line.trim_end_matches(':');
        crate::text::word_count(&self.line) <= 12
            && !body.contains(':')
            && !body.ends_with(['.', '!'])
    }

    fn open_element(&mut self, name: &str, bold: Option<bool>) {
        if self.open.len() >= MAX_OPEN {
            return;
        }
        let bold = bold.unwrap_or_else(|| self.bold());
        self.open.push(Open {
            name: name.to_owned(),
            bold,
        });
    }

    /// Closes the nearest open element called `name`; an end tag with no partner is ignored.
    fn close_element(&mut self, name: &str) {
        let reach = self.open.len().saturating_sub(END_TAG_REACH);
        if let Some(index) = self.open[reach..]
            .iter()
            .rposition(|open| open.name == name)
        {
            self.open.truncate(reach + index);
        }
        if let Some((_, depth)) = &self.marker {
            if self.open.len() < *depth {
                self.finish_marker();
            }
        }
    }

    /// Closes an open `<p>` that a new block ends, as the HTML parser does.
    fn close_paragraph(&mut self) {
        let reach = self.open.len().saturating_sub(END_TAG_REACH);
        for index in (reach..self.open.len()).rev() {
            match self.open[index].name.as_str() {
                "p" => {
                    self.open.truncate(index);
                    return;
                }
                "li" | "td" | "th" | "div" | "ul" | "ol" | "table" | "body" | "button"
                | "blockquote" => return,
                _ => {}
            }
        }
    }

    fn start_tag(&mut self, tag: &StartTag<()>) {
        let name = name_of(&tag.name);
        if self.raw_hidden.is_some() {
            // The tokenizer reads raw text as text; a start tag cannot appear in it.
            return;
        }
        if !self.hidden.is_empty() {
            if HIDDEN.contains(&name.as_str()) && !tag.self_closing {
                self.hidden.push(name);
            }
            return;
        }
        if self.in_head
            && !matches!(
                name.as_str(),
                "meta"
                    | "link"
                    | "title"
                    | "style"
                    | "script"
                    | "base"
                    | "noscript"
                    | "template"
                    | "head"
            )
        {
            self.in_head = false;
        }
        if name == "script" {
            let json_ld = attribute(tag, "type")
                .is_some_and(|kind| kind.trim().eq_ignore_ascii_case("application/ld+json"));
            if json_ld {
                self.json_ld_block = Some(String::new());
            }
            self.raw_hidden = Some(name);
            return;
        }
        if RAW_HIDDEN.contains(&name.as_str()) {
            self.raw_hidden = Some(name);
            return;
        }
        if HIDDEN.contains(&name.as_str()) {
            if !tag.self_closing {
                self.hidden.push(name);
            }
            return;
        }
        if name == "head" {
            self.in_head = true;
            return;
        }
        let style = attribute(tag, "style");
        self.block_start(&name, tag, style.as_deref());
        if VOID_ELEMENTS.contains(&name.as_str()) || tag.self_closing {
            return;
        }
        self.open_element(&name, weight_of(&name, style.as_deref()));
        let word_marker = style
            .as_deref()
            .and_then(|style| style_property(style, "mso-list"))
            .is_some_and(|value| value == "ignore");
        if word_marker && self.word_item.is_some() && self.marker.is_none() {
            self.marker = Some((String::new(), self.open.len()));
        }
    }

    /// What a start tag does to lines and prefixes.
    fn block_start(&mut self, name: &str, tag: &StartTag<()>, style: Option<&str>) {
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.close_paragraph();
                let level = usize::from(name.as_bytes()[1] - b'0');
                self.end_line(self.block_break());
                self.prefix = format!("{} ", "#".repeat(level));
                self.heading = true;
            }
            "br" => {
                if self.heading {
                    self.space = true;
                } else if self.line.is_empty() {
                    // A line break on an empty line is a visible blank line.
                    self.end_line(2);
                } else {
                    self.end_line(1);
                }
            }
            "hr" => {
                self.close_paragraph();
                self.end_line(2);
            }
            "ul" | "ol" => {
                self.close_paragraph();
                self.end_line(self.block_break());
                let start = attribute(tag, "start")
                    .and_then(|start| start.trim().parse().ok())
                    .unwrap_or(1);
                self.lists.push(List {
                    ordered: name == "ol",
                    next: start,
                    item_open: false,
                });
            }
            "li" => self.item_start(tag),
            "table" => {
                self.close_paragraph();
                self.end_line(self.block_break());
            }
            "nav" | "aside" | "footer" => {
                self.close_paragraph();
                self.chrome_start();
            }
            "tr" => self.end_line(1),
            "td" | "th" if !self.line.is_empty() => {
                let separator = if self.line.ends_with(':') { " " } else { " | " };
                self.line.push_str(separator);
                self.space = false;
            }
            "a" => {
                let address =
                    attribute(tag, "href").and_then(|href| crate::text::html::safe_url(&href));
                self.link = Some(Link {
                    address,
                    line_serial: self.line_serial,
                    start: self.line.len(),
                });
            }
            "p" => {
                self.close_paragraph();
                let word_list = style
                    .and_then(|style| style_property(style, "mso-list"))
                    .filter(|value| value != "ignore");
                self.end_line(if word_list.is_some() {
                    1
                } else {
                    self.block_break()
                });
                if let Some(list) = word_list {
                    let level = list
                        .split_whitespace()
                        .find_map(|part| part.strip_prefix("level"))
                        .and_then(|level| level.parse::<usize>().ok())
                        .unwrap_or(1);
                    self.word_item = Some(level);
                    self.prefix = format!("{}- ", "  ".repeat(level.saturating_sub(1)));
                }
            }
            "pre" => {
                self.close_paragraph();
                self.end_line(self.block_break());
                self.preformatted += 1;
            }
            "dt" | "dd" | "div" | "caption" | "legend" | "summary" | "figcaption" => {
                if name == "div" {
                    self.close_paragraph();
                }
                self.end_line(1)
            }
            _ if LINE_ELEMENTS.contains(&name) => {
                self.close_paragraph();
                self.end_line(self.block_break());
            }
            _ => {}
        }
    }

    fn item_start(&mut self, tag: &StartTag<()>) {
        // A new item ends the open one, as the HTML parser does.
        if self.lists.last().is_some_and(|list| list.item_open) {
            self.item_end();
        }
        self.end_line(1);
        let depth = self.lists.len().saturating_sub(1);
        let marker = match self.lists.last_mut() {
            Some(list) => {
                list.item_open = true;
                if list.ordered {
                    let number = attribute(tag, "value")
                        .and_then(|value| value.trim().parse().ok())
                        .unwrap_or(list.next);
                    list.next = number + 1;
                    format!("{number}. ")
                } else {
                    "- ".to_owned()
                }
            }
            None => "- ".to_owned(),
        };
        self.prefix = format!("{}{marker}", "  ".repeat(depth));
    }

    fn item_end(&mut self) {
        self.end_line(1);
        self.prefix.clear();
        if let Some(index) = self.open.iter().rposition(|open| open.name == "li") {
            if self.open.len() - index <= END_TAG_REACH {
                self.open.truncate(index);
            }
        }
        if let Some(list) = self.lists.last_mut() {
            list.item_open = false;
        }
    }

    /// Word's list marker ("·", "o", "1.", "a)") decides the bullet; a longer marker ("iv)",
    /// "a.") is kept in front of the item's text.
    fn finish_marker(&mut self) {
        let Some((marker, _)) = self.marker.take() else {
            return;
        };
        let marker = marker.trim();
        let indent = "  ".repeat(self.word_item.unwrap_or(1).saturating_sub(1));
        let number = marker
            .trim_end_matches(['.', ')'])
            .trim_start_matches('(')
            .parse::<u32>()
            .ok()
            .filter(|_| marker.ends_with(['.', ')']));
        if let Some(number) = number {
            self.prefix = format!("{indent}{number}. ");
            return;
        }
        self.prefix = format!("{indent}- ");
        if marker.chars().count() > 1 {
            let marker = marker.to_owned();
            self.push_text(&marker);
            self.space = true;
        }
    }

    fn end_tag(&mut self, name: &str) {
        if let Some(raw) = &self.raw_hidden {
            if raw == name {
                self.raw_hidden = None;
                if let Some(block) = self.json_ld_block.take() {
                    let block = block.trim();
                    if !block.is_empty() {
                        self.json_ld.push(block.to_owned());
                    }
                }
            }
            return;
        }
        if !self.hidden.is_empty() {
            if self.hidden.last().is_some_and(|open| open == name) {
                self.hidden.pop();
            }
            return;
        }
        if name == "head" {
            self.in_head = false;
            return;
        }
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.heading = false;
                self.end_line(self.block_break());
                self.prefix.clear();
            }
            "li" => {
                // `item_end` closes the item's element itself.
                self.item_end();
                return;
            }
            "ul" | "ol" => {
                if self.lists.last().is_some_and(|list| list.item_open) {
                    self.item_end();
                }
                self.lists.pop();
                self.end_line(self.block_break());
            }
            "p" if self.word_item.is_some() => {
                self.finish_marker();
                self.end_line(1);
                self.word_item = None;
                self.prefix.clear();
            }
            "pre" => {
                self.end_line(self.block_break());
                self.preformatted = self.preformatted.saturating_sub(1);
            }
            "a" => self.link_end(),
            "nav" | "aside" | "footer" => self.chrome_end(),
            "table" | "hr" => self.end_line(self.block_break()),
            "tr" | "dt" | "dd" | "div" | "caption" | "legend" | "summary" | "figcaption" => {
                self.end_line(1)
            }
            "br" => self.end_line(1),
            _ if LINE_ELEMENTS.contains(&name) => self.end_line(self.block_break()),
            _ => {}
        }
        self.close_element(name);
    }

    /// Keeps a link's address after its text where it helps ("Apply here", an e-mail link)
    /// and is not already shown. Only `http`, `https` and `mailto` addresses are ever kept.
    fn link_end(&mut self) {
        let Some(link) = self.link.take() else {
            return;
        };
        let Some(address) = link.address else {
            return;
        };
        let start = if link.line_serial == self.line_serial {
            link.start
        } else {
            0
        };
        let text = self.line.get(start..).unwrap_or_default().to_lowercase();
        let shown = address
            .strip_prefix("mailto:")
            .unwrap_or(&address)
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_lowercase();
        if text.trim().is_empty() || text.contains(&shown) {
            return;
        }
        if address.starts_with("mailto:") || ADDRESS_WORTH_KEEPING.is_match(&text) {
            self.line.push_str(" (");
            self.line.push_str(&address);
            self.line.push(')');
            self.space = false;
        }
    }

    fn finish(mut self) -> Converted {
        self.finish_marker();
        self.end_line(0);
        if self.chrome_depth > 0 {
            self.chrome_depth = 0;
            self.swap_outputs();
        }
        let chrome = std::mem::take(&mut self.other_out);
        if !chrome.is_empty() {
            if !self.out.is_empty() {
                self.out.push_str("\n\n");
            }
            self.out.push_str(&chrome);
        }
        if let Some(block) = self.json_ld_block.take() {
            if !block.trim().is_empty() {
                self.json_ld.push(block.trim().to_owned());
            }
        }
        Converted {
            text: self.out,
            json_ld: self.json_ld,
            structure: self.structure,
        }
    }
}

/// Converts HTML for the splitter and collects its JSON-LD blocks, in one pass.
pub(crate) fn convert(html: &str) -> Converted {
    let mut converter = Converter::default();
    for token in tokens(html) {
        match token {
            Token::StartTag(tag) => converter.start_tag(&tag),
            Token::EndTag(tag) => converter.end_tag(&name_of(&tag.name)),
            Token::String(text) => converter.push_text(&String::from_utf8_lossy(&text.value)),
            Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
        }
    }
    converter.finish()
}

/// Converts HTML to the Markdown-like text the splitter reads.
pub(crate) fn to_text(html: &str) -> String {
    convert(html).text
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
        assert_eq!(convert(html).json_ld, vec![r#"{"@type":"JobPosting"}"#]);
        assert!(looks_like_html(html));
        assert!(!looks_like_html("Salary: <50k"));
    }

    #[test]
    fn decodes_every_named_reference_in_text() {
        assert_eq!(
            to_text("<p>&Aring;se &amp; &lang;x&rang; &NotEqualTilde; &zwnj;&hearts;</p>"),
            "Åse & ⟨x⟩ ≂̸ \u{200c}♥"
        );
    }

    #[test]
    fn inline_elements_never_split_words() {
        let html = "<p><span style=\"color:red\">Sen</span><span>ior</span> <em>engi</em>neer<o:p></o:p></p>";
        assert_eq!(to_text(html), "Senior engineer");
    }

    #[test]
    fn a_whole_bold_paragraph_is_a_bold_line() {
        let html = "<p><b>Responsibilities</b></p><p><strong>Pay:</strong> 50k</p><p><span style=\"font-weight:700\">About us</span></p><p><b>Location: Berlin</b></p>";
        assert_eq!(
            to_text(html),
            "**Responsibilities**\n\nPay: 50k\n\n**About us**\n\nLocation: Berlin"
        );
    }

    #[test]
    fn font_weight_normal_is_not_bold() {
        let html = "<b style=\"font-weight:normal;\" id=\"docs-internal-guid-1\"><p><span>Plain</span></p><p><b style=\"mso-bidi-font-weight:normal\">Word bold</b></p></b>";
        assert_eq!(to_text(html), "Plain\n\n**Word bold**");
    }

    #[test]
    fn numbered_and_nested_lists() {
        let html = "<ol start=\"3\"><li>Three<ul><li>inner</li></ul></li><li><p>Four</p><p>more</p></li></ol>";
        assert_eq!(to_text(html), "3. Three\n  - inner\n4. Four\n  more");
    }

    #[test]
    fn hidden_content_is_not_text() {
        let html = "<html><head><title>Jobs | Acme</title><style>p{color:red}</style></head><body><template><p>tpl</p></template><svg><title>icon</title></svg><noscript>Enable JS</noscript><!-- note --><p>Visible</p><script>if (a < b) { x = \"</p>\" }</script></body></html>";
        assert_eq!(to_text(html), "Visible");
    }

    #[test]
    fn keeps_useful_link_addresses_only() {
        let html = "<p><a href=\"https://jobs.example.com/apply\">Apply here</a></p><p><a href=\"javascript:alert(1)\">Apply now</a></p><p>Read <a href=\"https://example.com/blog\">our blog</a>.</p><p><a href=\"mailto:jobs@example.com\">Write to us</a></p><p><a href=\"data:text/html,x\">click</a></p>";
        assert_eq!(
            to_text(html),
            "Apply here (https://jobs.example.com/apply)\n\nApply now\n\nRead our blog.\n\nWrite to us (mailto:jobs@example.com)\n\nclick"
        );
    }

    #[test]
    fn text_that_looks_like_markdown_stays_text() {
        let html = "<p># of hires: 3</p><p>2 ** 8 = 256</p>";
        assert_eq!(to_text(html), "\\# of hires: 3\n\n2 \\*\\* 8 = 256");
    }

    #[test]
    fn line_breaks_and_tables() {
        let html = "<div>One<br>Two<br><br>Three</div><table><tr><td>Location:</td><td>Berlin</td></tr><tr><td>Remote</td><td>Full-time</td></tr></table>";
        assert_eq!(
            to_text(html),
            "One\nTwo\n\nThree\n\nLocation: Berlin\nRemote | Full-time"
        );
    }

    #[test]
    fn word_list_paragraphs_become_bullets() {
        let html = "<p class=MsoListParagraphCxSpFirst style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Build pipelines<o:p></o:p></p>\n<p class=MsoListParagraphCxSpLast style='mso-list:l0 level2 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span>&nbsp; </span></span><![endif]>Own quality<o:p></o:p></p>";
        assert_eq!(to_text(html), "- Build pipelines\n  2. Own quality");
    }

    #[test]
    fn detects_markup_not_mentions() {
        assert!(looks_like_html("<p>Hello</p>"));
        assert!(looks_like_html("<h2>A</h2>\n<ul>\n  <li>B</li>\n</ul>"));
        assert!(looks_like_html("Hello team,<br>\nWe are hiring.<br>\n"));
        assert!(!looks_like_html(
            "Frontend Developer\n\nYou know the <div>, <span> and <ul> elements.\nWrap text in <p></p> tags.\n"
        ));
        assert!(!looks_like_html("Skills:\n<div>, <span>, <ul>\n"));
        assert!(!looks_like_html(
            "Use `<p>` and `</p>`:\n```\n<ul>\n<li>x</li>\n</ul>\n```\nThanks"
        ));
    }

    /// Every word of an odd input (tags and hidden parts removed by hand) is in the output.
    #[test]
    fn odd_markup_never_panics_and_keeps_every_word() {
        let deep = "<div><span><b>".repeat(3000) + "deep words" + &"</b></span></div>".repeat(10);
        let stray = "</p></li></ul></ol></b></a></h2>".repeat(100) + "stray end tags";
        let odd = [
            (deep.as_str(), "deep words"),
            (stray.as_str(), "stray end tags"),
            ("<li>loose item<li>second", "loose item second"),
            ("<ul><li>one<ul><li>two</ul>three", "one two three"),
            (
                "<p style='mso-list:l0 level1'><span style='mso-list:Ignore'>iv)",
                "iv",
            ),
            (
                "<a href='https://x.example/apply'>Apply <p>here</p> now",
                "Apply here now",
            ),
            ("text <!-- never closed", "text"),
            ("<script>unterminated", ""),
            (
                "<h7>not a heading</h7><h1></h1><h2>  </h2>fine",
                "not a heading fine",
            ),
            (
                "<ol start=x><li value=-3>minus<li value=99999999999999999999>big",
                "minus big",
            ),
            (
                "<table><td>cell one<td>cell two<tr>row two",
                "cell one cell two row two",
            ),
            ("a<br>b<br/>c</br>d", "a b c d"),
            ("<head>text in head</head>", "text in head"),
            ("<pre>line one\n  line two</pre>", "line one line two"),
            ("\u{0}nul<p>\u{feff}bom\u{202e}rtl", "nul bom rtl"),
            ("<svg><text>hidden</text></svg><b>**</b>shown", "shown"),
        ];
        for (html, words) in odd {
            let text = to_text(html);
            for word in words.split_whitespace() {
                assert!(text.contains(word), "{html:?} -> {text:?}: {word} missing");
            }
        }
    }
}
