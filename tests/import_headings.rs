//! Headings at any level are section cues; a heading that names no section, or a sub-heading
//! inside a section, stays as text: in a list section as its own item (a group label), in a
//! text section as a paragraph line. Placeholder lines stay. A first line that is a link gives
//! its text as the title, unless it is a call to action.

use postwright::import::{import_str, lost_words};
use postwright::lint::lint;
use postwright::model::{LintSettings, Posting};

fn texts(items: &[postwright::model::ListItem]) -> Vec<&str> {
    items.iter().map(|item| item.text.as_str()).collect()
}

fn import(text: &str) -> Posting {
    let imported = import_str(text).unwrap();
    assert_eq!(lost_words(text, &imported), Vec::<String>::new(), "{text}");
    imported.document.posting
}

#[test]
fn sub_headings_in_a_list_are_group_labels() {
    let posting = import(
        "# Platform Engineer\n\n## What you'll do\n\n### In the first 30 days you will...\n\n- Set up your laptop\n- Ship a fix\n\n### In the first 90 days you will...\n\n- Own a service\n\n## Requirements\n\n#### Technical skills\n\n- Rust\n\n#### People skills\n\n- Kindness\n",
    );
    assert_eq!(
        texts(&posting.responsibilities),
        [
            "In the first 30 days you will...",
            "Set up your laptop",
            "Ship a fix",
            "In the first 90 days you will...",
            "Own a service"
        ]
    );
    assert_eq!(
        texts(&posting.must_have),
        ["Technical skills:", "Rust", "People skills:", "Kindness"]
    );
}

#[test]
fn group_labels_do_not_make_duplicate_duty_fire() {
    let posting = import(
        "# Engineer\n\n## Responsibilities\n\n### In the first 30 days you will...\n\n- Learn the billing system and its on-call runbooks\n\n### In the first 60 days you will...\n\n- Ship a change to the billing system\n\n### In the first 90 days you will...\n\n- Lead a design review for the billing system\n",
    );
    let diagnostics = lint(&posting, &LintSettings::default());
    assert!(
        !diagnostics.iter().any(|d| d.rule == "duplicate-duty"),
        "{diagnostics:#?}"
    );
}

#[test]
fn sub_headings_in_a_text_section_are_paragraph_lines() {
    let posting = import(
        "# Designer\n\n## About the role\n\nYou shape the product.\n\n### A day in the studio\n\nSketches before noon.\n",
    );
    assert_eq!(
        posting.summary,
        "You shape the product.\n\nA day in the studio\n\nSketches before noon."
    );
}

#[test]
fn heading_forms_are_all_section_cues() {
    let posting = import(
        "Data Engineer\n=============\n\nWe move data.\n\nWhat you'll do\n--------------\n\n- Build pipelines\n\n**Requirements**\n\n- SQL\n\nBenefits:\n\n- Pension\n\n###### Nice to have\n\n- dbt\n",
    );
    assert_eq!(posting.title, "Data Engineer");
    assert_eq!(posting.summary, "We move data.");
    assert_eq!(texts(&posting.responsibilities), ["Build pipelines"]);
    assert_eq!(texts(&posting.must_have), ["SQL"]);
    assert_eq!(texts(&posting.benefits), ["Pension"]);
    assert_eq!(texts(&posting.nice_to_have), ["dbt"]);
}

#[test]
fn placeholder_lines_are_kept() {
    let text = "IT Specialist\n\nENTER POSITION SUMMARY FROM PERFORMANCE PROFILE\n\nResponsibilities\n- ENTER DUTIES HERE\n";
    let posting = import(text);
    assert!(
        posting
            .summary
            .contains("ENTER POSITION SUMMARY FROM PERFORMANCE PROFILE"),
        "{posting:#?}"
    );
    assert_eq!(texts(&posting.responsibilities), ["ENTER DUTIES HERE"]);
    let diagnostics = lint(&posting, &LintSettings::default());
    assert!(diagnostics.iter().any(|d| d.rule == "placeholder-text"));
}

#[test]
fn a_link_as_first_line_gives_its_text_as_title() {
    let posting = import("[Senior Data Engineer](https://jobs.example.com/42)\n\nWe move data.\n");
    assert_eq!(posting.title, "Senior Data Engineer");
    assert_eq!(posting.how_to_apply.url, "https://jobs.example.com/42");
    let posting =
        import("# [Senior Data Engineer](https://jobs.example.com/42)\n\nWe move data.\n");
    assert_eq!(posting.title, "Senior Data Engineer");
}

#[test]
fn a_call_to_action_link_is_never_the_title() {
    let text = "[Drop us a line](https://example.com/contact)\n\nWe're hiring a Talent Acquisition Specialist to help us grow.\n";
    let posting = import(text);
    assert!(!posting.title.contains('['), "{}", posting.title);
    assert!(!posting.title.contains("Drop us a line"));
    assert_eq!(posting.title, "Talent Acquisition Specialist");
    assert!(posting
        .summary
        .contains("[Drop us a line](https://example.com/contact)"));
    let posting = import("![Company logo](logo.png)\n\n# Line Cook\n\nWe cook.\n");
    assert_eq!(posting.title, "Line Cook");
}

#[test]
fn essential_functions_are_the_duties() {
    let posting = import(
        "Library Assistant II\n\nEssential Functions:\n- Check materials in and out at the service desk.\n- Shelve returned items by call number.\n\nMinimum Qualifications:\n- One year of customer service experience.\n",
    );
    assert_eq!(
        texts(&posting.responsibilities),
        [
            "Check materials in and out at the service desk.",
            "Shelve returned items by call number."
        ]
    );
    assert_eq!(
        texts(&posting.must_have),
        ["One year of customer service experience."]
    );
}
