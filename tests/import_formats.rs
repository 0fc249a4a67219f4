//! Each input kind: draft JSON, JSON-LD (bare and inside a page), HTML without JSON-LD,
//! Markdown and plain text.

use postwright::import::{import_bytes, import_str, lost_words, InputKind};
use postwright::model::{
    Document, EmploymentType, OnCallStatus, PayPeriod, Section, WorkMode, SCHEMA_VERSION,
};

const DRAFT: &str = include_str!("fixtures/draft-v1.json");
const MARKDOWN: &str = include_str!("fixtures/data-engineer.md");
const JSON_LD: &str = include_str!("fixtures/jobposting.jsonld");
const PAGE: &str = include_str!("fixtures/jobposting-page.html");
const PLAIN_PAGE: &str = include_str!("fixtures/plain-page.html");

fn texts(items: &[postwright::model::ListItem]) -> Vec<&str> {
    items.iter().map(|item| item.text.as_str()).collect()
}

#[test]
fn reads_a_version_1_draft() {
    let imported = import_bytes(DRAFT.as_bytes()).unwrap();
    assert_eq!(imported.kind, InputKind::DraftJson);
    assert_eq!(imported.document.schema_version, SCHEMA_VERSION);
    assert_eq!(imported.document, Document::from_json(DRAFT).unwrap());
    let posting = &imported.document.posting;
    assert_eq!(posting.title, "Data Engineer");
    assert_eq!(posting.location.country, "DE");
    assert_eq!(posting.on_call.frequency, "One week in six");
    assert!(imported.warnings.is_empty());
}

#[test]
fn splits_markdown_into_every_section() {
    let imported = import_str(MARKDOWN).unwrap();
    assert_eq!(imported.kind, InputKind::Markdown);
    let posting = &imported.document.posting;
    assert_eq!(posting.title, "Data Engineer");
    assert_eq!(posting.company, "Example Freight GmbH");
    assert_eq!(posting.location.work_mode, Some(WorkMode::Hybrid));
    assert_eq!(posting.location.places, "Berlin");
    assert_eq!(posting.employment_type, Some(EmploymentType::FullTime));
    assert_eq!(
        (
            posting.pay.min,
            posting.pay.max,
            posting.pay.currency.as_str(),
            posting.pay.period
        ),
        (Some(70000.0), Some(85000.0), "EUR", Some(PayPeriod::Year))
    );
    assert!(posting.summary.starts_with("We move freight data"));
    assert!(posting.about_company.starts_with("Example Freight is"));
    assert_eq!(
        texts(&posting.responsibilities),
        [
            "Build and run our batch and streaming pipelines",
            "Own data quality checks and alerting",
            "Review schema changes with product teams"
        ]
    );
    assert_eq!(posting.must_have.len(), 2);
    assert_eq!(texts(&posting.nice_to_have), ["dbt", "Kafka"]);
    assert_eq!(posting.benefits.len(), 2);
    assert_eq!(posting.on_call.status, OnCallStatus::Required);
    assert!(posting.on_call.details.starts_with("One week in six"));
    assert_eq!(posting.how_to_apply.url, "mailto:jobs@example.com");
    assert!(posting
        .equal_opportunity
        .contains("reasonable accommodation"));
    assert_eq!(posting.unplaced, "");
    assert_eq!(lost_words(MARKDOWN, &imported), Vec::<String>::new());
    let sections: Vec<Section> = imported.placements.iter().map(|row| row.section).collect();
    assert!(sections.contains(&Section::Pay));
    assert!(sections.contains(&Section::OnCall));
    assert!(!sections.contains(&Section::Unplaced));
}

#[test]
fn maps_json_ld_properties() {
    let imported = import_str(JSON_LD).unwrap();
    assert_eq!(imported.kind, InputKind::JsonLd);
    let posting = &imported.document.posting;
    assert_eq!(posting.title, "Registered Nurse & Team Lead");
    assert_eq!(posting.company, "Example Health");
    assert_eq!(posting.date_posted, "2026-03-01");
    assert_eq!(posting.valid_through, "2026-04-30");
    assert_eq!(posting.employment_type, Some(EmploymentType::FullTime));
    assert_eq!(posting.location.places, "Leeds, West Yorkshire");
    assert_eq!(posting.location.country, "GB");
    assert_eq!(
        (
            posting.pay.min,
            posting.pay.max,
            posting.pay.currency.as_str(),
            posting.pay.period
        ),
        (Some(35000.0), Some(42000.0), "GBP", Some(PayPeriod::Year))
    );
    assert_eq!(
        posting.summary,
        "Lead a team of six nurses on our cardiology ward."
    );
    assert_eq!(
        texts(&posting.responsibilities),
        ["Plan the ward's shifts", "Coach new nurses"]
    );
    // The description's requirement and `qualifications` say the same thing once.
    assert_eq!(texts(&posting.must_have), ["Nursing registration"]);
    assert_eq!(texts(&posting.benefits), ["Pension", "Free parking"]);
    // An unknown property is kept and reported, never dropped.
    assert_eq!(posting.unplaced, "workHours: 37.5 hours a week");
    assert_eq!(imported.warnings.len(), 1);
    assert!(imported.warnings[0].starts_with("workHours"));
}

#[test]
fn reads_json_ld_inside_a_page() {
    let imported = import_str(PAGE).unwrap();
    assert_eq!(imported.kind, InputKind::Html);
    let posting = &imported.document.posting;
    assert_eq!(posting.title, "Support Engineer");
    assert_eq!(posting.location.work_mode, Some(WorkMode::Remote));
    assert_eq!(posting.location.remote_eligibility, "Canada, USA");
    assert_eq!(posting.employment_type, Some(EmploymentType::PartTime));
    assert_eq!(posting.pay.currency, "CAD");
    assert_eq!(posting.summary, "Help customers.");
}

#[test]
fn keeps_json_ld_salary_words_that_are_not_figures() {
    let posting = |salary: &str| {
        let input = format!(
            r#"{{"@type":"JobPosting","title":"Barista","description":"<p>Make coffee.</p>","baseSalary":{salary}}}"#
        );
        import_str(&input).unwrap().document.posting
    };
    // No figures: the words are the pay field's stated reason, not dropped.
    let words = posting(
        r#"{"@type":"MonetaryAmount","currency":"USD","value":{"@type":"QuantitativeValue","value":"Competitive","unitText":"HOUR"}}"#,
    );
    assert_eq!(words.pay.min, None);
    assert_eq!(words.pay.absent_reason, "Competitive");
    // Figures written as text are read as a pay line would read them.
    let figures = posting(
        r#"{"@type":"MonetaryAmount","currency":"USD","value":{"@type":"QuantitativeValue","minValue":"$17.50","maxValue":"$19","unitText":"HOUR"}}"#,
    );
    assert_eq!((figures.pay.min, figures.pay.max), (Some(17.5), Some(19.0)));
    assert_eq!(figures.pay.period, Some(PayPeriod::Hour));
    assert!(figures.unplaced.is_empty());
}

#[test]
fn json_ld_places_in_two_countries_give_no_one_country() {
    let posting = |locations: &str| {
        let input = format!(
            r#"{{"@type":"JobPosting","title":"Account Executive","description":"<p>Sell.</p>","jobLocation":{locations}}}"#
        );
        import_str(&input).unwrap().document.posting.location
    };
    let place = |city: &str, country: &str| {
        format!(
            r#"{{"@type":"Place","address":{{"@type":"PostalAddress","addressLocality":"{city}","addressCountry":"{country}"}}}}"#
        )
    };
    let two = posting(&format!(
        "[{}, {}]",
        place("New York", "US"),
        place("Dublin", "IE")
    ));
    assert_eq!(two.places, "New York; Dublin");
    assert_eq!(two.country, "");
    let one = posting(&format!(
        "[{}, {}]",
        place("Boston", "US"),
        place("Austin", "US")
    ));
    assert_eq!(
        (one.places.as_str(), one.country.as_str()),
        ("Boston; Austin", "US")
    );
}

#[test]
fn splits_the_text_of_a_page_without_json_ld() {
    let imported = import_str(PLAIN_PAGE).unwrap();
    assert_eq!(imported.kind, InputKind::Html);
    let posting = &imported.document.posting;
    assert_eq!(posting.title, "Warehouse Associate");
    assert_eq!(
        (posting.pay.min, posting.pay.max, posting.pay.period),
        (Some(18.5), Some(22.0), Some(PayPeriod::Hour))
    );
    assert_eq!(
        texts(&posting.responsibilities),
        ["Pick and pack orders", "Load trucks"]
    );
    assert_eq!(texts(&posting.must_have), ["Able to lift 20 kg"]);
    assert!(!posting.summary.contains("ignored"));
}

#[test]
fn reads_pay_lines_in_their_common_forms() {
    let cases = [
        (
            "Salary: EUR 70,000 - 85,000 per year",
            70000.0,
            85000.0,
            "EUR",
            PayPeriod::Year,
        ),
        (
            "$18.50 - $22.00 per hour",
            18.5,
            22.0,
            "USD",
            PayPeriod::Hour,
        ),
        (
            "CAD 110,000-130,000",
            110000.0,
            130000.0,
            "CAD",
            PayPeriod::Year,
        ),
        ("£45k–£55k", 45000.0, 55000.0, "GBP", PayPeriod::Year),
        (
            "USD 120,000 to 150,000 annually",
            120000.0,
            150000.0,
            "USD",
            PayPeriod::Year,
        ),
    ];
    for (line, min, max, currency, period) in cases {
        let text = format!("Analyst\n{line}\n\n## Responsibilities\n- Analyse\n");
        let imported = import_str(&text).unwrap();
        let pay = &imported.document.posting.pay;
        assert_eq!(
            (pay.min, pay.max, pay.currency.as_str(), pay.period),
            (Some(min), Some(max), currency, Some(period)),
            "{line}"
        );
        assert_eq!(lost_words(&text, &imported), Vec::<String>::new(), "{line}");
    }
}

#[test]
fn the_documented_example_is_a_valid_draft() {
    let doc = include_str!("../docs/FORMAT.md");
    let start = doc.find("```json\n").unwrap() + "```json\n".len();
    let end = start + doc[start..].find("```").unwrap();
    let imported = import_str(&doc[start..end]).unwrap();
    assert_eq!(imported.kind, InputKind::DraftJson);
    let posting = &imported.document.posting;
    assert_eq!(posting.title, "Data Engineer");
    assert_eq!(posting.on_call.status, OnCallStatus::Required);
    assert_eq!(posting.valid_through, "2026-04-30");
}

#[test]
fn reads_markdown_pipe_tables_as_fields_and_lines() {
    let text = "# Cook\n\n| Location | Hours |\n|---|:---:|\n| Harrogate | 40 a week |\n\n## Duties\n\n- Cook\n\n| Day | Start | End |\n| --- | --- | --- |\n| Mon | 9 | 5 |\n| Tue | 9 | 5 \\| late |\n";
    let imported = import_str(text).unwrap();
    let posting = &imported.document.posting;
    assert_eq!(posting.location.places, "Harrogate");
    assert!(
        posting.summary.contains("Hours: 40 a week"),
        "{}",
        posting.summary
    );
    assert!(!posting.summary.contains("---"));
    // A wider table: a line per row, the escaped bar kept as text.
    let text_read = format!(
        "{}\n{}",
        posting.summary,
        texts(&posting.responsibilities).join("\n")
    );
    assert!(
        text_read.contains("Day | Start | End\nMon | 9 | 5"),
        "{text_read}"
    );
    assert!(text_read.contains("Tue | 9 | 5 | late"), "{text_read}");
    assert_eq!(lost_words(text, &imported), Vec::<String>::new());
}

#[test]
fn reads_places_marked_or_named_without_an_address() {
    // A facts line with pictures before its facts.
    let imported =
        import_str("<h1>Porter</h1><p>📍 Harrogate | 💷 £24,000 a year | ⏰ Full time</p><p>We carry bags.</p>")
            .unwrap();
    let posting = &imported.document.posting;
    assert_eq!(posting.location.places, "Harrogate");
    assert_eq!(posting.company, "");
    assert_eq!(posting.employment_type, Some(EmploymentType::FullTime));
    // A JSON-LD Place with a name and no address; front matter's "office".
    let imported = import_str(
        r#"{"@context": "https://schema.org", "@type": "JobPosting", "title": "Porter", "description": "Carry bags.", "jobLocation": {"@type": "Place", "name": "Harrogate depot"}}"#,
    )
    .unwrap();
    assert_eq!(imported.document.posting.location.places, "Harrogate depot");
    let imported = import_str("---\ntitle: Porter\noffice: Harrogate\n---\nCarry bags.\n").unwrap();
    assert_eq!(imported.document.posting.location.places, "Harrogate");
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
}
