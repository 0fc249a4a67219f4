//! Content detection over the table in `fixtures/detection/EXPECTED.tsv`, the reading the
//! caller chooses (`import_as`), and rich pastes from Google Docs and Word
//! (`import_clipboard`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use postwright::import::{
    detect, import_as, import_clipboard, import_str, lost_words, ImportError, Imported, InputKind,
};
use postwright::model::{ListItem, OnCallStatus, PayPeriod, Posting};
use regex::Regex;

fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/detection")
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(folder().join(name)).unwrap_or_else(|error| panic!("{name}: {error}"))
}

fn kind_named(name: &str) -> Option<InputKind> {
    Some(match name {
        "PlainText" => InputKind::PlainText,
        "Markdown" => InputKind::Markdown,
        "Html" => InputKind::Html,
        "JsonLd" => InputKind::JsonLd,
        "DraftJson" => InputKind::DraftJson,
        _ => return None,
    })
}

/// The rows of the table: file name and the kind it must be detected as.
fn table() -> Vec<(String, InputKind)> {
    fixture("EXPECTED.tsv")
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            let mut columns = line.split('\t');
            let file = columns.next().unwrap_or_default().to_owned();
            let kind = columns.next().unwrap_or_default();
            let kind = kind_named(kind).unwrap_or_else(|| panic!("{file}: unknown kind {kind:?}"));
            (file, kind)
        })
        .collect()
}

fn texts(items: &[ListItem]) -> Vec<&str> {
    items.iter().map(|item| item.text.as_str()).collect()
}

/// Words of at least two characters that `plain` has and the import lacks.
fn lost_real_words(plain: &str, imported: &Imported) -> Vec<String> {
    lost_words(plain, imported)
        .into_iter()
        .filter(|word| word.chars().count() >= 2)
        .collect()
}

static HIDDEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)<!--.*?-->|<head\b.*?</head>|<script\b.*?</script>|<style\b.*?</style>|<title\b.*?</title>|<!\[[^>]*\]>")
        .unwrap()
});
static INLINE_TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?is)</?(?:span|b|strong|i|em|u|a|font|o:p)\b[^>]*>").unwrap());
static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?s)<[^>]*>").unwrap());
static REFERENCE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"&#?\w+;").unwrap());

/// The visible text of a fixture page, found by a much cruder route than the importer's (no
/// tokenizer): hidden parts removed, inline tags removed, other tags read as spaces,
/// character references read as spaces. The fixtures use only references that are
/// punctuation, so no word is lost this way.
fn visible_text(html: &str) -> String {
    let shown = HIDDEN.replace_all(html, " ");
    let joined = INLINE_TAG.replace_all(&shown, "");
    let without_tags = TAG.replace_all(&joined, " ");
    REFERENCE.replace_all(&without_tags, " ").into_owned()
}

#[test]
fn every_fixture_is_detected_as_the_table_says() {
    let rows = table();
    assert!(rows.len() >= 30, "only {} rows in EXPECTED.tsv", rows.len());
    let listed: BTreeSet<&str> = rows.iter().map(|(file, _)| file.as_str()).collect();
    assert_eq!(listed.len(), rows.len(), "a file is listed twice");
    let present: BTreeSet<String> = std::fs::read_dir(folder())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "EXPECTED.tsv")
        .collect();
    let present: BTreeSet<&str> = present.iter().map(String::as_str).collect();
    assert_eq!(listed, present, "EXPECTED.tsv and the folder differ");
    let mut wrong = Vec::new();
    for (file, expected) in &rows {
        let found = detect(&fixture(file));
        if found != *expected {
            wrong.push(format!("{file}: detected {found:?}, expected {expected:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_text_and_page_fixture_imports_without_losing_a_word() {
    let mut problems = Vec::new();
    for (file, kind) in table() {
        if matches!(kind, InputKind::DraftJson | InputKind::JsonLd) {
            continue;
        }
        let text = fixture(&file);
        let imported = import_str(&text).unwrap_or_else(|error| panic!("{file}: {error}"));
        assert_eq!(imported.kind, kind, "{file}");
        let has_json_ld = text.contains("application/ld+json");
        let reference = if kind == InputKind::Html {
            visible_text(&text)
        } else {
            text.clone()
        };
        if has_json_ld {
            continue;
        }
        let lost = lost_words(&reference, &imported);
        if !lost.is_empty() {
            problems.push(format!("{file}: lost {lost:?}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn json_fixtures_import_or_say_what_is_wrong() {
    let draft = import_str(&fixture("draft-small.json")).unwrap();
    assert_eq!(draft.kind, InputKind::DraftJson);
    assert_eq!(draft.document.posting.title, "Bike Mechanic");
    for file in [
        "jsonld-bare.jsonld",
        "jsonld-graph.json",
        "jsonld-array.json",
    ] {
        let imported = import_str(&fixture(file)).unwrap();
        assert_eq!(imported.kind, InputKind::JsonLd, "{file}");
        assert!(!imported.document.posting.title.is_empty(), "{file}");
    }
    for file in ["draft-truncated.json", "json-broken-object.json"] {
        let error = import_str(&fixture(file)).unwrap_err();
        assert!(
            matches!(error, ImportError::NotJson(_)),
            "{file}: {error:?}"
        );
    }
    let error = import_str(&fixture("json-other-shape.json")).unwrap_err();
    assert!(matches!(error, ImportError::WrongShape(_)), "{error:?}");
}

#[test]
fn a_posting_that_mentions_tags_keeps_its_lines_and_tag_words() {
    let text = fixture("plain-frontend-tags.txt");
    let imported = import_str(&text).unwrap();
    assert_eq!(imported.kind, InputKind::PlainText);
    let posting = &imported.document.posting;
    assert_eq!(posting.title, "Accessible Frontend Developer");
    assert_eq!(posting.responsibilities.len(), 3);
    assert!(posting.responsibilities[0]
        .text
        .contains("you know when a <button> beats a <div>"));
    assert_eq!(posting.must_have.len(), 2);
    assert_eq!(lost_words(&text, &imported), Vec::<String>::new());
}

#[test]
fn text_starting_with_a_brace_is_text_and_broken_json_is_an_error() {
    let imported = import_str(&fixture("plain-brace-company.txt")).unwrap();
    assert_eq!(imported.kind, InputKind::PlainText);
    assert_eq!(
        imported.document.posting.title,
        "{Company} is hiring a Customer Success Manager"
    );
    let error = import_str(r#"{"format": "postwright-draft", "schema_version": 1,"#).unwrap_err();
    assert!(matches!(error, ImportError::NotJson(_)), "{error:?}");
    assert_eq!(
        import_str("{ not json }\nBut a note.").unwrap().kind,
        InputKind::PlainText
    );
}

#[test]
fn plain_text_reads_no_markdown_and_markdown_does() {
    let text = "# Welder\n\n**Shifts** rotate weekly.\n\nResponsibilities\n- Weld frames\n";
    let plain = import_as(text, InputKind::PlainText).unwrap();
    assert_eq!(plain.kind, InputKind::PlainText);
    let posting = &plain.document.posting;
    assert_eq!(posting.title, "# Welder");
    assert!(
        posting.summary.contains("**Shifts** rotate weekly."),
        "{posting:?}"
    );
    assert_eq!(texts(&posting.responsibilities), ["Weld frames"]);
    let markdown = import_as(text, InputKind::Markdown).unwrap();
    assert_eq!(markdown.kind, InputKind::Markdown);
    assert_eq!(markdown.document.posting.title, "Welder");
    assert!(markdown
        .document
        .posting
        .summary
        .contains("Shifts rotate weekly."));
    assert_eq!(import_str(text).unwrap().kind, InputKind::Markdown);
}

#[test]
fn the_caller_can_read_text_as_html_or_html_as_text() {
    let html = "<h1>Welder</h1><ul><li>Weld frames</li></ul>";
    let as_text = import_as(html, InputKind::PlainText).unwrap();
    assert_eq!(as_text.kind, InputKind::PlainText);
    assert_eq!(as_text.document.posting.title, html);
    let as_html = import_as(html, InputKind::Html).unwrap();
    assert_eq!(as_html.kind, InputKind::Html);
    assert_eq!(as_html.document.posting.title, "Welder");
    assert_eq!(import_as("  ", InputKind::Html), Err(ImportError::Empty));
    assert!(matches!(
        import_as("Welder", InputKind::JsonLd),
        Err(ImportError::NotJson(_))
    ));
}

#[test]
fn html_structure_becomes_sections() {
    let imported = import_str(&fixture("html-full-page.html")).unwrap();
    let posting = &imported.document.posting;
    assert_eq!(posting.title, "Deckhand");
    assert_eq!(
        texts(&posting.responsibilities),
        ["Moor and unmoor the ferry", "Help passengers board safely"]
    );
    assert_eq!(
        texts(&posting.must_have),
        ["A basic sea survival certificate"]
    );
    let all = format!("{posting:?}");
    assert!(
        all.contains("https://example.com/careers/deckhand/apply"),
        "{all}"
    );
    assert!(!all.contains("analytics") && !all.contains("font-family"));

    let legacy = import_str(&fixture("html-uppercase-legacy.html")).unwrap();
    assert_eq!(legacy.document.posting.title, "Maintenance Technician");
    assert_eq!(legacy.document.posting.must_have.len(), 2);
}

fn google_docs() -> (String, String) {
    (
        fixture("gdocs-clipboard.html"),
        fixture("plain-google-docs-flavour.txt"),
    )
}

fn word() -> (String, String) {
    (
        fixture("word-clipboard.html"),
        fixture("plain-word-flavour.txt"),
    )
}

#[test]
fn a_google_docs_paste_keeps_headings_bullets_and_bold_lines() {
    let (html, plain) = google_docs();
    let imported = import_clipboard(Some(&html), &plain).unwrap();
    assert_eq!(imported.kind, InputKind::Html);
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    let posting = &imported.document.posting;
    assert_eq!(posting.title, "Product Designer");
    assert_eq!(
        texts(&posting.responsibilities),
        [
            "Run customer interviews every week",
            "Design flows for the scheduling app",
            "Work with engineers on the details"
        ]
    );
    assert_eq!(
        texts(&posting.must_have),
        [
            "Four years of product design",
            "A portfolio with shipped work"
        ]
    );
    assert_eq!(posting.benefits.len(), 2);
    assert!(posting
        .summary
        .contains("who enjoys talking to customers as much as drawing screens."));
    assert_eq!(lost_real_words(&plain, &imported), Vec::<String>::new());
    assert!(!format!("{posting:?}").contains("font-"));
}

#[test]
fn a_word_paste_keeps_headings_bullets_and_bold_lines() {
    let (html, plain) = word();
    let imported = import_clipboard(Some(&html), &plain).unwrap();
    assert_eq!(imported.kind, InputKind::Html);
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    let posting = &imported.document.posting;
    assert_eq!(posting.title, "Site Reliability Engineer");
    assert_eq!(
        (
            posting.pay.min,
            posting.pay.max,
            posting.pay.currency.as_str(),
            posting.pay.period
        ),
        (Some(70000.0), Some(85000.0), "GBP", Some(PayPeriod::Year))
    );
    assert_eq!(
        texts(&posting.responsibilities),
        [
            "Keep our payment platform available around the clock",
            "Automate the deployments of forty services",
            "Take part in the on-call rotation, one week in six"
        ]
    );
    assert_eq!(
        texts(&posting.must_have),
        [
            "Five years of operating Linux in production",
            "Experience with Terraform and Kubernetes"
        ]
    );
    assert_eq!(posting.how_to_apply.url, "mailto:careers@example.co.uk");
    assert_ne!(posting.on_call.status, OnCallStatus::None);
    assert_eq!(lost_real_words(&plain, &imported), Vec::<String>::new());
    let all = format!("{posting:?}");
    assert!(!all.contains("mso") && !all.contains("Cambria") && !all.contains("·"));
}

#[test]
fn a_paste_without_structure_or_with_lost_words_reads_the_plain_text() {
    let plain = "Barista\nPart-time in Porto\n\nMake coffee for our guests.";
    let bare = import_clipboard(
        Some("<span style=\"color:#333\">Barista Part-time</span>"),
        plain,
    )
    .unwrap();
    assert_eq!(bare.kind, InputKind::PlainText);
    assert_eq!(bare.document.posting.title, "Barista");

    let partial = "<h1>Barista</h1><p>Part-time in Porto</p>";
    let imported = import_clipboard(Some(partial), plain).unwrap();
    assert_eq!(imported.kind, InputKind::PlainText);
    assert_eq!(imported.warnings.len(), 1, "{:?}", imported.warnings);
    assert!(imported.warnings[0].contains("coffee"));
    assert_eq!(lost_words(plain, &imported), Vec::<String>::new());

    let only_plain = import_clipboard(None, "# Barista\n\n- Make coffee").unwrap();
    assert_eq!(only_plain.kind, InputKind::Markdown);
    let draft = fixture("draft-small.json");
    let from_editor = format!("<div><span>{}</span></div>", draft.replace('\n', "<br>"));
    let json = import_clipboard(Some(&from_editor), &draft).unwrap();
    assert_eq!(json.kind, InputKind::DraftJson);
    assert_eq!(
        import_clipboard(Some("<p> </p>"), " "),
        Err(ImportError::Empty)
    );
}

#[test]
fn front_matter_alone_makes_markdown() {
    let text = fixture("markdown-front-matter-only-signal.md");
    assert_eq!(detect(&text), InputKind::Markdown);
    let without = text.splitn(3, "---\n").nth(2).unwrap_or_default();
    assert_eq!(detect(without), InputKind::PlainText);
    let posting: Posting = import_str(&text).unwrap().document.posting;
    assert!(
        posting.summary.contains("Pick and pack orders"),
        "{posting:?}"
    );
}
