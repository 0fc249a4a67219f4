//! One outline: the plain text, the HTML fragment (tags stripped), the JSON-LD description and
//! the Markdown body carry the same words in the same order, and the unsorted text is in all
//! of them. The preview renders the same outline; its text is compared with the exported HTML
//! in the Playwright layer.

use postwright::export::{
    outline, to_html_fragment, to_jsonld, to_markdown, to_text, Block, UNSORTED_HEADING,
};
use postwright::import::{example, import_str};
use postwright::model::{ListKind, OnCallStatus, PayPeriod, Posting, WorkMode};
use postwright::text::tokenize;

/// The lower-case words of a text, in order.
fn words(text: &str) -> Vec<String> {
    tokenize(text)
        .into_iter()
        .map(|token| token.lower.as_str().to_owned())
        .collect()
}

/// HTML as text: tags become spaces, the character references the exporter writes decoded.
fn html_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Markdown as text: backslash escapes and the character references the exporter writes
/// decoded, link destinations left out (the link text stays).
fn markdown_text(markdown: &str) -> String {
    let mut out = String::new();
    let mut chars = markdown.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek().is_some_and(char::is_ascii_punctuation) => {
                out.extend(chars.next())
            }
            ']' if chars.peek() == Some(&'(') => {
                for c in chars.by_ref() {
                    if c == ')' {
                        break;
                    }
                }
            }
            c => out.push(c),
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The Markdown after its front matter.
fn markdown_body(markdown: &str) -> &str {
    match markdown.strip_prefix("---\n") {
        Some(rest) => rest.split_once("\n---\n").map_or(rest, |(_, body)| body),
        None => markdown,
    }
}

fn full_posting() -> Posting {
    let mut posting = Posting {
        title: "Data Engineer <Platform>".into(),
        company: "R&D Freight & Co".into(),
        employment_type: Some(postwright::model::EmploymentType::PartTime),
        summary: "We move *freight* data.\nFast & correct.\n\n- one bullet\n- two bullets".into(),
        about_company: "Founded in 2015.".into(),
        equal_opportunity: "Everyone is welcome; ask for adjustments.".into(),
        unplaced: "Leftover line one\nLeftover line two".into(),
        date_posted: "2026-03-01".into(),
        valid_through: "2026-04-01".into(),
        ..Posting::default()
    };
    posting.location.places = "Berlin; Lisbon".into();
    posting.location.country = "DE".into();
    posting.location.work_mode = Some(WorkMode::Remote);
    posting.location.remote_eligibility = "EU time zones".into();
    posting.pay.min = Some(18.5);
    posting.pay.currency = "EUR".into();
    posting.pay.period = Some(PayPeriod::Hour);
    posting.push_item(ListKind::Responsibilities, "Pipelines:\nBuild them [fast]");
    posting.push_item(ListKind::MustHave, "SQL_and_Python");
    posting.push_item(ListKind::NiceToHave, "1. dbt");
    posting.push_item(ListKind::Benefits, "# 30 days");
    posting.on_call.status = OnCallStatus::Required;
    posting.on_call.frequency = "One week in six".into();
    posting.on_call.compensation = "EUR 300".into();
    posting.on_call.details = "Weekdays only.".into();
    posting.how_to_apply.text = "Send your CV.".into();
    posting.how_to_apply.url = "https://example.com/apply?a=1&b=2".into();
    posting
}

fn postings() -> Vec<(String, Posting)> {
    let mut postings = vec![
        ("full".to_owned(), full_posting()),
        ("example".to_owned(), example()),
        ("empty".to_owned(), Posting::default()),
    ];
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for entry in std::fs::read_dir(&fixtures).expect("fixtures folder") {
        let path = entry.expect("fixture entry").path();
        let text = std::fs::read_to_string(&path).expect("fixture readable");
        let posting = import_str(&text).expect("fixture imports").document.posting;
        postings.push((path.display().to_string(), posting));
    }
    postings
}

#[test]
fn plain_text_and_html_have_the_same_words_in_the_same_order() {
    for (name, posting) in postings() {
        let plain = words(&to_text(&posting));
        let html = words(&html_text(&to_html_fragment(&posting)));
        assert_eq!(plain, html, "{name}");
    }
}

#[test]
fn json_ld_description_is_the_html_without_the_title() {
    for (name, posting) in postings() {
        let value: serde_json::Value =
            serde_json::from_str(&to_jsonld(&posting).json).expect("JSON-LD parses");
        let description = value["description"].as_str().unwrap_or_default();
        let fragment = to_html_fragment(&posting);
        let without_title = match fragment.split_once("</h2>\n") {
            Some((_, rest)) => rest,
            None => fragment.as_str(),
        };
        assert_eq!(description, without_title.trim(), "{name}");
    }
}

#[test]
fn markdown_body_has_the_words_of_the_sections() {
    for (name, posting) in postings() {
        let markdown = to_markdown(&posting);
        let body = words(&markdown_text(markdown_body(&markdown)));
        let fragment = to_html_fragment(&posting);
        // The HTML from the first section heading on: the title and the facts are in the
        // Markdown's front matter instead.
        let sections = fragment.find("<h3>").map_or("", |at| &fragment[at..]);
        assert_eq!(body, words(&html_text(sections)), "{name}\n{markdown}");
    }
}

#[test]
fn unsorted_text_is_in_every_export_under_its_heading() {
    let posting = full_posting();
    let heading = words(UNSORTED_HEADING);
    let leftover = words("Leftover line one Leftover line two");
    let expected: Vec<String> = heading.iter().chain(&leftover).cloned().collect();
    let ends_with_unsorted = |text: &str, format: &str| {
        let found = words(text);
        assert!(
            found.ends_with(&expected),
            "{format} does not end with the unsorted text: {found:?}"
        );
    };
    ends_with_unsorted(&to_text(&posting), "plain text");
    ends_with_unsorted(&html_text(&to_html_fragment(&posting)), "HTML");
    ends_with_unsorted(&markdown_text(&to_markdown(&posting)), "Markdown");
    assert_eq!(outline(&posting).unsorted_lines(), 2);
}

#[test]
fn the_facts_and_headings_read_the_same_everywhere() {
    let posting = full_posting();
    let text = to_text(&posting);
    assert!(text.contains("Pay: From EUR 18.50 per hour\n"), "{text}");
    assert!(
        text.contains("Location: Remote – Berlin; Lisbon, DE (EU time zones)\n"),
        "{text}"
    );
    let html = to_html_fragment(&posting);
    assert!(html.contains("<strong>Pay:</strong> From EUR 18.50 per hour"));
    assert!(html.contains("<h3>About the company</h3>"));
    let markdown = to_markdown(&posting);
    assert!(markdown.contains("salary: \"From EUR 18.50 per hour\"\n"));
    assert!(markdown.contains("## About the company\n"));
    assert!(
        markdown.contains("[https://example.com/apply?a=1&b=2](https://example.com/apply?a=1&b=2)")
    );
    let outline = outline(&posting);
    let apply = outline
        .sections
        .iter()
        .find(|section| section.heading == "How to apply")
        .expect("how to apply");
    assert!(matches!(apply.blocks.last(), Some(Block::Link { .. })));
}

/// The unsorted text is left out here: reading it back as unsorted text is part of the
/// round trips in `export_fixture_roundtrip.rs`.
#[test]
fn exported_headings_import_back_as_the_same_sections() {
    let posting = Posting {
        unplaced: String::new(),
        ..full_posting()
    };
    for (format, exported) in [
        ("Markdown", to_markdown(&posting)),
        ("plain text", to_text(&posting)),
        ("HTML", to_html_fragment(&posting)),
    ] {
        let back = import_str(&exported).expect("imports").document.posting;
        assert_eq!(back.about_company, posting.about_company, "{format}");
        assert_eq!(
            back.equal_opportunity, posting.equal_opportunity,
            "{format}"
        );
        for kind in ListKind::ALL {
            assert_eq!(
                back.list(kind).len(),
                posting.list(kind).len(),
                "{format} {kind:?}\n{exported}"
            );
        }
        assert_eq!(back.on_call.status, OnCallStatus::Required, "{format}");
    }
}
