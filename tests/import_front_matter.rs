//! Front matter at the start of a Markdown posting (a Jekyll or Hugo site) fills the fields it
//! names and never lands in a section.

use postwright::import::{import_str, lost_words};
use postwright::model::{EmploymentType, PayPeriod, WorkMode};

const JEKYLL: &str = r#"---
layout: job
title: "Site Reliability Engineer"
company: 'Example Freight'
location: Berlin
country: DE
work_mode: hybrid
employment_type: full_time
salary: "EUR 70,000 - 85,000 per year"
date: 2026-03-01 09:00:00 +0100
closing_date: "2026-04-30"
apply_url: https://jobs.example.com/sre
tags:
  - ops
  - "on-call"
---
# Site Reliability Engineer

We keep the freight moving.

## What you'll do

- Run the platform
"#;

#[test]
fn yaml_front_matter_fills_the_fields() {
    let imported = import_str(JEKYLL).unwrap();
    let posting = &imported.document.posting;
    assert_eq!(posting.title, "Site Reliability Engineer");
    assert_eq!(posting.company, "Example Freight");
    assert_eq!(posting.location.places, "Berlin");
    assert_eq!(posting.location.country, "DE");
    assert_eq!(posting.location.work_mode, Some(WorkMode::Hybrid));
    assert_eq!(posting.employment_type, Some(EmploymentType::FullTime));
    assert_eq!(posting.pay.min, Some(70_000.0));
    assert_eq!(posting.pay.max, Some(85_000.0));
    assert_eq!(posting.pay.currency, "EUR");
    assert_eq!(posting.pay.period, Some(PayPeriod::Year));
    assert_eq!(posting.date_posted, "2026-03-01");
    assert_eq!(posting.valid_through, "2026-04-30");
    assert_eq!(posting.how_to_apply.url, "https://jobs.example.com/sre");
    // The front matter is not pasted into "About the role", and the title heading that
    // repeats it is not either.
    assert_eq!(posting.summary, "We keep the freight moving.");
    assert_eq!(posting.responsibilities[0].text, "Run the platform");
    // Keys that are not posting fields are kept as `key: value` lines.
    assert_eq!(posting.unplaced, "layout: job\ntags: ops, on-call");
    assert_eq!(lost_words(JEKYLL, &imported), Vec::<String>::new());
    assert_eq!(imported.warnings.len(), 2, "{:?}", imported.warnings);
}

#[test]
fn toml_front_matter_and_aliases() {
    let text = "+++\nposition = \"Data Engineer\"\nhiring_organization = \"Acme\"\nlocations = [\"Lisbon\", \"Porto\"]\njob_type = \"Part-time\"\nremote = true\ndate_posted = 2026-05-02T10:00:00Z\ndeadline = 2026-06-01\napply = \"mailto:jobs@acme.example\"\ncompensation = \"$40 - $50 per hour\"\n+++\nWe move data.\n";
    let imported = import_str(text).unwrap();
    let posting = &imported.document.posting;
    assert_eq!(posting.title, "Data Engineer");
    assert_eq!(posting.company, "Acme");
    assert_eq!(posting.location.places, "Lisbon; Porto");
    assert_eq!(posting.employment_type, Some(EmploymentType::PartTime));
    assert_eq!(posting.location.work_mode, Some(WorkMode::Remote));
    assert_eq!(posting.date_posted, "2026-05-02");
    assert_eq!(posting.valid_through, "2026-06-01");
    assert_eq!(posting.how_to_apply.url, "mailto:jobs@acme.example");
    assert_eq!(posting.pay.currency, "USD");
    assert_eq!(posting.pay.period, Some(PayPeriod::Hour));
    assert_eq!(posting.summary, "We move data.");
    assert_eq!(posting.unplaced, "");
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    assert_eq!(lost_words(text, &imported), Vec::<String>::new());
}

/// The keys the Markdown export writes are read back, each into its field.
#[test]
fn reads_every_key_the_markdown_export_writes() {
    let text = "---\ntitle: \"Staff Engineer\"\ncompany: \"Example GmbH\"\nlocation: \"Berlin; Lisbon\"\ncountry: \"DE\"\nwork_mode: remote\nremote_eligibility: \"EU time zones\"\nemployment_type: contract\nsalary: \"USD 120,000 - 150,000 per year\"\ndate_posted: 2026-01-10\nvalid_through: 2026-02-10\napply_url: \"https://example.com/apply\"\n---\n";
    let imported = import_str(text).unwrap();
    let posting = &imported.document.posting;
    assert_eq!(posting.title, "Staff Engineer");
    assert_eq!(posting.company, "Example GmbH");
    assert_eq!(posting.location.places, "Berlin; Lisbon");
    assert_eq!(posting.location.country, "DE");
    assert_eq!(posting.location.work_mode, Some(WorkMode::Remote));
    assert_eq!(posting.location.remote_eligibility, "EU time zones");
    assert_eq!(posting.employment_type, Some(EmploymentType::Contract));
    assert_eq!(
        (posting.pay.min, posting.pay.max),
        (Some(120_000.0), Some(150_000.0))
    );
    assert_eq!(posting.date_posted, "2026-01-10");
    assert_eq!(posting.valid_through, "2026-02-10");
    assert_eq!(posting.how_to_apply.url, "https://example.com/apply");
    assert_eq!(posting.unplaced, "");
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    for kind in [
        "full-time",
        "full_time",
        "FULL_TIME",
        "Part-time",
        "temporary",
        "internship",
    ] {
        let text = format!("---\nemployment_type: {kind}\n---\nText.\n");
        let imported = import_str(&text).unwrap();
        assert!(
            imported.document.posting.employment_type.is_some(),
            "{kind} not read"
        );
    }
}

#[test]
fn a_rule_at_the_start_is_not_front_matter() {
    let text = "---\nWe are hiring a designer to shape our product.\n---\nMore text.\n";
    let imported = import_str(text).unwrap();
    assert!(imported
        .document
        .posting
        .summary
        .contains("We are hiring a designer"));
}

#[test]
fn a_stated_reason_for_no_range_outranks_a_figure_in_a_paragraph() {
    let text = "---\ntitle: Inside Sales Representative\nsalary: Competitive base + uncapped commission\n---\n# Inside Sales Representative\n\n## About us\n\nOur top rep earned $112,000 last year.\n";
    let pay = import_str(text).expect("imports").document.posting.pay;
    assert_eq!((pay.min, pay.max), (None, None));
    assert_eq!(pay.absent_reason, "Competitive base + uncapped commission");
    // In the pay section too.
    let text = text.replace("## About us", "## Pay");
    let pay = import_str(&text).expect("imports").document.posting.pay;
    assert_eq!((pay.min, pay.max), (None, None));
}
