//! Hostile input in every field: every export stays inert wherever it is pasted. The HTML
//! fragment and page have no scripts, event handlers or `javascript:` links and nothing closes
//! the JSON-LD script; the Markdown, read strictly, has no raw HTML and no link other than
//! http, https and mailto; plain text carries the words as they are; no output lets a
//! bidirectional override run past the end of its line.

use postwright::export::{
    escape_html, safe_url, to_html_fragment, to_html_page, to_jsonld, to_markdown, to_text,
    ALLOWED_TAGS,
};
use postwright::model::{EmploymentType, ListKind, OnCallStatus, PayPeriod, Posting, WorkMode};
use std::sync::LazyLock;

use regex::Regex;

const ATTACKS: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">click</a>",
    "</script><script>alert(1)</script>",
    "<!-- comment --> <!--",
    "\"'><svg onload=alert(1)>",
    "</SCRIPT >\u{2028}\u{2029}",
    "<style>body{display:none}</style>",
    "&lt;script&gt; &#60;script&#62;",
    "<p style=\"color:red\" onclick=\"x()\">styled</p>",
    "<![CDATA[ ]]>",
    "[x](javascript:alert(1))",
    "![x](javascript:alert(1))",
    "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
    "{{7*7}}",
    "[x]: javascript:alert(1)",
    "<javascript:alert(1)>",
    "[x](<javascript:alert(1)>) [y][x]",
    "`<img src=x onerror=alert(1)>`",
    "\\<img src=x onerror=alert(1)>",
    "&lt;img src=x onerror=alert(1)&gt; &#60;script&#62; &amp;lt;",
    "# heading\n1. list\n- bullet\n> quote\n===\n    code\n| a | b |",
    "paid \u{202e}gnp.exe and \u{2067}isolated",
];

/// Lines of 10,000 characters: one word, markup repeated, and words with spaces.
fn long_lines() -> Vec<String> {
    vec![
        "x".repeat(10_000),
        "<b>&amp;*_[".repeat(1_000),
        "word ".repeat(2_000),
    ]
}

/// Every attack and every long line.
fn payloads() -> Vec<String> {
    ATTACKS
        .iter()
        .map(|attack| (*attack).to_owned())
        .chain(long_lines())
        .collect()
}

fn hostile_posting(attack: &str) -> Posting {
    let mut posting = Posting {
        title: attack.into(),
        company: attack.into(),
        employment_type: Some(EmploymentType::FullTime),
        summary: format!("{attack}\n\n{attack}"),
        about_company: attack.into(),
        equal_opportunity: attack.into(),
        unplaced: attack.into(),
        date_posted: attack.into(),
        valid_through: attack.into(),
        ..Posting::default()
    };
    posting.location.places = attack.into();
    posting.location.country = attack.into();
    posting.location.work_mode = Some(WorkMode::Remote);
    posting.location.remote_eligibility = attack.into();
    posting.pay.min = Some(1.0);
    posting.pay.max = Some(2.0);
    posting.pay.currency = attack.into();
    posting.pay.period = Some(PayPeriod::Hour);
    posting.pay.absent_reason = attack.into();
    posting.on_call.status = OnCallStatus::Required;
    posting.on_call.frequency = attack.into();
    posting.on_call.hours = attack.into();
    posting.on_call.compensation = attack.into();
    posting.on_call.details = attack.into();
    posting.how_to_apply.text = attack.into();
    posting.how_to_apply.url = "javascript:alert(1)".into();
    for kind in ListKind::ALL {
        posting.push_item(kind, attack);
        posting.push_item(kind, format!("- {attack}\n{attack}"));
    }
    posting
}

/// A tag: its name and what follows the name up to `>`. Compiled once.
static TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9]*)([^>]*)>").unwrap());

fn tags(html: &str) -> Vec<(String, String)> {
    TAG.captures_iter(html)
        .map(|captures| (captures[2].to_lowercase(), captures[3].trim().to_owned()))
        .collect()
}

/// Every tag is an allowed one, without attributes; no comment opens.
fn assert_inert_fragment(html: &str, attack: &str) {
    for (name, attributes) in tags(html) {
        assert!(
            ALLOWED_TAGS.contains(&name.as_str()),
            "{attack}: tag <{name}> in\n{html}"
        );
        assert_eq!(attributes, "", "{attack}: attributes on <{name}>");
    }
    assert!(!html.contains("<!--"), "{attack}: comment in\n{html}");
    assert!(!html.contains("<!["), "{attack}: CDATA in\n{html}");
    // Every `<` starts one of those tags: user text never adds markup.
    assert_eq!(
        html.matches('<').count(),
        tags(html).len(),
        "{attack}: stray < in\n{html}"
    );
}

/// Bidirectional embeddings, overrides and isolates still open at the end of a line, paired
/// the way the Unicode bidirectional algorithm pairs them.
fn open_bidi(line: &str) -> usize {
    let mut stack: Vec<bool> = Vec::new(); // true for an isolate
    for c in line.chars() {
        match c {
            '\u{202a}' | '\u{202b}' | '\u{202d}' | '\u{202e}' => stack.push(false),
            '\u{2066}'..='\u{2068}' => stack.push(true),
            '\u{202c}' if stack.last() == Some(&false) => {
                stack.pop();
            }
            '\u{2069}' => {
                if let Some(isolate) = stack.iter().rposition(|is_isolate| *is_isolate) {
                    stack.truncate(isolate);
                }
            }
            _ => {}
        }
    }
    stack.len()
}

/// No line of the output leaves a bidirectional override open.
fn assert_bidi_closed(output: &str, format: &str, attack: &str) {
    for line in output.lines() {
        assert_eq!(
            open_bidi(line),
            0,
            "{format}: {attack:?}: an override stays open in {line:?}"
        );
    }
}

/// The text as a person reads it from a single line: control characters removed, white space
/// collapsed, and bidirectional controls left out (the exporters close the ones left open).
fn readable(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || c.is_whitespace())
        .filter(|c| !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn fragment_contains_only_allowed_tags() {
    for attack in &payloads() {
        let attack = attack.as_str();
        let html = to_html_fragment(&hostile_posting(attack));
        assert_inert_fragment(&html, attack);
        assert_bidi_closed(&html, "HTML", attack);
        // The user's words are still there, as text.
        let last_line = attack.lines().last().unwrap_or_default().trim();
        assert!(
            readable(&html).contains(&readable(&escape_html(last_line))),
            "{attack}"
        );
        assert!(
            !html.contains("<p>javascript:alert(1)</p>"),
            "{attack}: unsafe apply URL shown"
        );
    }
}

#[test]
fn page_has_one_script_that_nothing_closes() {
    for attack in &payloads() {
        let attack = attack.as_str();
        let page = to_html_page(&hostile_posting(attack));
        assert_bidi_closed(&page, "page", attack);
        let lower = page.to_lowercase();
        assert_eq!(lower.matches("<script").count(), 1, "{attack}:\n{page}");
        assert_eq!(lower.matches("</script").count(), 1, "{attack}:\n{page}");
        assert_eq!(lower.matches("<style").count(), 1, "{attack}");
        assert!(!page.contains("<!--"), "{attack}");
        let open = page.find("<script type=\"application/ld+json\">").unwrap();
        let body_start = open + "<script type=\"application/ld+json\">".len();
        let close = page.find("</script>").unwrap();
        let json: serde_json::Value = serde_json::from_str(&page[body_start..close]).unwrap();
        assert_eq!(json["title"], attack.trim());
        let main = &page[page.find("<main>").unwrap() + 6..page.find("</main>").unwrap()];
        assert_inert_fragment(main, attack);
        let head_tags: Vec<String> = tags(&page[..page.find("<main>").unwrap()])
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        for name in head_tags {
            assert!(
                ["html", "head", "meta", "title", "style", "script", "body"]
                    .contains(&name.as_str()),
                "{attack}: <{name}> in the head"
            );
        }
    }
}

#[test]
fn json_ld_escapes_everything_that_could_close_a_script() {
    for attack in &payloads() {
        let attack = attack.as_str();
        let posting = hostile_posting(attack);
        let json_ld = to_jsonld(&posting);
        assert_bidi_closed(&json_ld.json, "JSON-LD", attack);
        for forbidden in ['<', '>', '&', '\u{2028}', '\u{2029}'] {
            assert!(
                !json_ld.json.contains(forbidden),
                "{attack}: {forbidden:?} in JSON-LD"
            );
        }
        let value: serde_json::Value = serde_json::from_str(&json_ld.json).unwrap();
        // Values are trimmed (U+2028 and U+2029 count as white space).
        assert_eq!(value["title"], attack.trim());
        assert_eq!(value["hiringOrganization"]["name"], attack.trim());
        assert_eq!(
            value["applicantLocationRequirements"]["name"],
            attack.trim()
        );
        let description = value["description"].as_str().unwrap();
        assert_inert_fragment(description, attack);
    }
}

#[test]
fn only_http_https_and_mailto_urls_pass() {
    for url in [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "  javascript:alert(1)",
        "java\nscript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "javascript&colon;alert(1)",
        "&#106;&#97;vascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        "\u{0}javascript:alert(1)",
        "//evil.example",
    ] {
        assert_eq!(safe_url(url), None, "{url:?}");
        let mut posting = Posting::default();
        posting.how_to_apply.url = url.into();
        assert!(
            !to_html_fragment(&posting)
                .to_lowercase()
                .contains("script:"),
            "{url:?}"
        );
    }
    assert!(safe_url("https://jobs.example.com/apply?id=1&x=2").is_some());
    assert!(safe_url("HTTP://example.com").is_some());
    assert!(safe_url("mailto:jobs@example.com").is_some());
}

/// A strict reading of Markdown, for what a renderer that allows HTML would make of it:
/// the raw HTML tags and the link destinations it finds, with the reasons they are unsafe.
///
/// It follows CommonMark where it matters for safety: a backslash before ASCII punctuation
/// makes it a literal, a character reference is text, a code span is literal, `<` followed by
/// a letter, `/`, `!` or `?` starts raw HTML unless it is an autolink, and `](`, `][` and `]:`
/// introduce a link destination or reference. It is stricter than a renderer: it does not
/// check that a `]` has a matching `[`, so anything that could be a link is checked.
mod strict_markdown {
    /// Problems found: raw HTML, and links whose destination is not http, https or mailto.
    pub fn problems(markdown: &str) -> Vec<String> {
        let chars: Vec<char> = markdown.chars().collect();
        let mut problems = Vec::new();
        let mut index = 0;
        while index < chars.len() {
            let c = chars[index];
            match c {
                '\\' if chars.get(index + 1).is_some_and(char::is_ascii_punctuation) => {
                    index += 2;
                    continue;
                }
                '`' => {
                    let run = chars[index..].iter().take_while(|c| **c == '`').count();
                    if let Some(end) = closing_backticks(&chars, index + run, run) {
                        index = end + run;
                        continue;
                    }
                    index += run;
                    continue;
                }
                '<' => {
                    if let Some(problem) = angle(&chars[index..]) {
                        problems.push(problem);
                    }
                }
                ']' => match chars.get(index + 1) {
                    Some('(') => {
                        let destination = inline_destination(&chars[index + 2..]);
                        if let Some(problem) = unsafe_destination(&destination) {
                            problems.push(problem);
                        }
                    }
                    Some(':') if starts_definition(&chars[..index]) => {
                        let rest: String = chars[index + 2..].iter().collect();
                        let destination = rest.split_whitespace().next().unwrap_or_default();
                        let destination = destination.trim_start_matches('<').trim_end_matches('>');
                        if let Some(problem) = unsafe_destination(destination) {
                            problems.push(format!("reference definition: {problem}"));
                        }
                    }
                    _ => {}
                },
                _ => {}
            }
            index += 1;
        }
        problems
    }

    /// True when the line before a `]:` opens a reference definition: up to three spaces
    /// and a `[`. (A reference link can only lead where a definition says, so checking every
    /// definition checks every reference link.)
    fn starts_definition(before: &[char]) -> bool {
        let line_start = before
            .iter()
            .rposition(|c| *c == '\n')
            .map_or(0, |at| at + 1);
        let line = &before[line_start..];
        let spaces = line.iter().take_while(|c| **c == ' ').count();
        spaces <= 3 && line.get(spaces) == Some(&'[')
    }

    fn closing_backticks(chars: &[char], from: usize, run: usize) -> Option<usize> {
        let mut index = from;
        while index < chars.len() {
            if chars[index] == '`' {
                let here = chars[index..].iter().take_while(|c| **c == '`').count();
                if here == run {
                    return Some(index);
                }
                index += here;
            } else {
                index += 1;
            }
        }
        None
    }

    /// Raw HTML or an autolink starting at `<`.
    fn angle(chars: &[char]) -> Option<String> {
        let next = *chars.get(1)?;
        if !(next.is_ascii_alphabetic() || matches!(next, '/' | '!' | '?')) {
            return None;
        }
        let inside: String = chars[1..]
            .iter()
            .take_while(|c| **c != '>' && **c != '<')
            .collect();
        let closed = chars.get(1 + inside.chars().count()) == Some(&'>');
        let no_space = !inside.chars().any(char::is_whitespace);
        if closed && no_space && inside.contains(':') {
            // An autolink: its scheme decides.
            return unsafe_destination(&inside).map(|problem| format!("autolink: {problem}"));
        }
        if closed && no_space && inside.contains('@') && !inside.contains('/') {
            return None; // An e-mail autolink is a mailto link.
        }
        Some(format!(
            "raw HTML: <{}",
            inside.chars().take(40).collect::<String>()
        ))
    }

    /// The destination of an inline link, with escapes and character references decoded.
    fn inline_destination(chars: &[char]) -> String {
        let text: String = chars.iter().collect();
        let text = text.trim_start();
        let raw: String = if let Some(rest) = text.strip_prefix('<') {
            rest.chars().take_while(|c| *c != '>').collect()
        } else {
            let mut depth = 0usize;
            let mut out = String::new();
            let mut escaped = false;
            for c in text.chars() {
                if escaped {
                    out.push(c);
                    escaped = false;
                    continue;
                }
                match c {
                    '\\' => escaped = true,
                    '(' => depth += 1,
                    ')' if depth == 0 => break,
                    ')' => depth -= 1,
                    c if c.is_whitespace() => break,
                    _ => {}
                }
                if !escaped {
                    out.push(c);
                }
            }
            out
        };
        decode_references(&raw)
    }

    fn decode_references(text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(amp) = rest.find('&') {
            out.push_str(&rest[..amp]);
            let after = &rest[amp + 1..];
            let end = after.find(';').filter(|end| *end <= 32);
            let decoded = end.and_then(|end| {
                let name = &after[..end];
                let code = if let Some(hex) = name.strip_prefix("#x").or(name.strip_prefix("#X")) {
                    u32::from_str_radix(hex, 16).ok()
                } else if let Some(decimal) = name.strip_prefix('#') {
                    decimal.parse().ok()
                } else {
                    match name {
                        "colon" => Some(58),
                        "lt" => Some(60),
                        "gt" => Some(62),
                        "amp" => Some(38),
                        "Tab" => Some(9),
                        "NewLine" => Some(10),
                        _ => None,
                    }
                };
                code.and_then(char::from_u32).map(|c| (c, end))
            });
            match decoded {
                Some((c, end)) => {
                    out.push(c);
                    rest = &after[end + 1..];
                }
                None => {
                    out.push('&');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }

    fn unsafe_destination(destination: &str) -> Option<String> {
        let compact: String = destination
            .chars()
            .filter(|c| !c.is_whitespace() && !c.is_control())
            .collect::<String>()
            .to_ascii_lowercase();
        let safe = ["http://", "https://", "mailto:"]
            .iter()
            .any(|scheme| compact.starts_with(scheme));
        (!safe).then(|| format!("link to {destination:?}"))
    }

    #[test]
    fn the_checker_finds_what_it_should() {
        for bad in [
            "<img src=x onerror=alert(1)>",
            "a <script>alert(1)</script>",
            "</div>",
            "<!-- x -->",
            "[x](javascript:alert(1))",
            "![x](javascript:alert(1))",
            "[x]( <javascript:alert(1)> )",
            "[x](jav&#x61;script:alert(1))",
            "[x](javascript&colon;alert(1))",
            "[x](/relative)",
            "[x]: javascript:alert(1)",
            "text\n   [x]: <javascript:alert(1)>",
            "<javascript:alert(1)>",
            "<a href=\"data:text/html,x\">",
        ] {
            assert!(!problems(bad).is_empty(), "{bad}");
        }
        for good in [
            "\\<img src=x>",
            "&lt;img src=x onerror=alert(1)&gt;",
            "\\[x\\](javascript:alert(1))",
            "[x](https://example.com/a%20b)",
            "[jobs@example.com](mailto:jobs@example.com)",
            "<https://example.com>",
            "<jobs@example.com>",
            "`<script>`",
            "a < b and c > d",
            "R&D",
            "title: \"[x]: javascript:alert(1)\"",
            "    [x]: javascript:alert(1)",
        ] {
            assert_eq!(problems(good), Vec::<String>::new(), "{good}");
        }
    }
}

/// The words of Markdown as a reader sees them: backslash escapes and the character
/// references the exporter writes decoded.
fn markdown_words(markdown: &str) -> String {
    let mut out = String::new();
    let mut chars = markdown.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(char::is_ascii_punctuation) {
            out.extend(chars.next());
        } else {
            out.push(c);
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[test]
fn markdown_has_no_raw_html_and_no_unsafe_links() {
    for attack in &payloads() {
        let attack = attack.as_str();
        let markdown = to_markdown(&hostile_posting(attack));
        assert_eq!(
            strict_markdown::problems(&markdown),
            Vec::<String>::new(),
            "{attack}:\n{markdown}"
        );
        assert_bidi_closed(&markdown, "Markdown", attack);
        // The words are all still there.
        let body = markdown.rsplit("\n---\n").next().unwrap_or_default();
        for line in attack.lines().filter(|line| !line.trim().is_empty()) {
            assert!(
                readable(&markdown_words(body)).contains(&readable(line)),
                "{attack}: {line:?} missing from\n{markdown}"
            );
        }
        // The front matter is YAML: one line per key, the values quoted.
        let front: Vec<&str> = markdown
            .strip_prefix("---\n")
            .and_then(|rest| rest.split("\n---\n").next())
            .unwrap_or_default()
            .lines()
            .collect();
        assert!(front.len() >= 5, "{attack}: {front:?}");
        for line in front {
            let (key, value) = line.split_once(": ").unwrap_or_default();
            assert!(
                postwright::export::FRONT_MATTER_KEYS.contains(&key),
                "{attack}: {line}"
            );
            assert!(value.starts_with('"') && value.ends_with('"'), "{line}");
        }
    }
}

#[test]
fn markdown_links_only_http_https_and_mailto() {
    for (url, link) in [
        (
            "https://example.com/apply",
            Some("(https://example.com/apply)"),
        ),
        (
            "https://example.com/a b(c)",
            Some("(https://example.com/a%20b%28c%29)"),
        ),
        (
            "mailto:jobs@example.com",
            Some("[jobs@example.com](mailto:jobs@example.com)"),
        ),
        ("javascript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("JaVaScRiPt:alert(1)", None),
        ("/apply", None),
    ] {
        let mut posting = Posting {
            title: "Role".into(),
            ..Posting::default()
        };
        posting.how_to_apply.text = "Apply online.".into();
        posting.how_to_apply.url = url.into();
        let markdown = to_markdown(&posting);
        assert_eq!(
            strict_markdown::problems(&markdown),
            Vec::<String>::new(),
            "{url}:\n{markdown}"
        );
        match link {
            Some(link) => {
                assert!(markdown.contains(link), "{url}:\n{markdown}");
                assert!(markdown.contains("apply_url: \""), "{url}:\n{markdown}");
            }
            None => {
                assert!(!markdown.contains("]("), "{url}:\n{markdown}");
                assert!(!markdown.contains("apply_url"), "{url}:\n{markdown}");
                assert!(!to_text(&posting).contains(url), "{url}");
            }
        }
    }
}

#[test]
fn plain_text_is_plain() {
    for attack in &payloads() {
        let attack = attack.as_str();
        let text = to_text(&hostile_posting(attack));
        assert_bidi_closed(&text, "plain text", attack);
        for line in attack.lines().filter(|line| !line.trim().is_empty()) {
            assert!(
                readable(&text).contains(&readable(line)),
                "{attack}: {line:?} missing or changed in\n{text}"
            );
        }
    }
}
