//! The built-in example lands in the right sections.

use postwright::import::{example, import_str, lost_words, InputKind, EXAMPLE_DRAFT, EXAMPLE_TEXT};
use postwright::model::Document;
use postwright::model::{OnCallStatus, Section};

#[test]
fn example_lands_in_its_sections() {
    let imported = import_str(EXAMPLE_TEXT).expect("the example imports");
    let posting = &imported.document.posting;
    assert_eq!(imported.kind, InputKind::PlainText);
    assert_eq!(posting.title, "Senior Backend Engineer");
    let paragraphs: Vec<&str> = posting.summary.split("\n\n").collect();
    assert_eq!(paragraphs.len(), 5, "{paragraphs:#?}");
    assert!(paragraphs[0].starts_with("The Senior Backend Engineer designs, develops"));
    assert!(paragraphs[4].starts_with("Expect to take ownership"));
    assert_eq!(posting.responsibilities.len(), 14);
    assert!(posting.responsibilities[0]
        .text
        .starts_with("Design and implement scalable"));
    assert!(posting.responsibilities[13]
        .text
        .starts_with("Participate in on-call rotation"));
    assert_eq!(posting.must_have.len(), 13);
    assert!(posting.must_have[0].text.starts_with("Bachelor degree"));
    assert!(posting.must_have[12]
        .text
        .starts_with("Ability to manage competing priorities"));
    assert!(posting.nice_to_have.is_empty());
    assert!(posting.benefits.is_empty());
    assert_eq!(posting.on_call.status, OnCallStatus::NotStated);
    assert_eq!(posting.unplaced, "");
    assert_eq!(lost_words(EXAMPLE_TEXT, &imported), Vec::<String>::new());
    assert_eq!(example(), *posting);
}

#[test]
fn example_placements_summarise_the_split() {
    let imported = import_str(EXAMPLE_TEXT).unwrap();
    let rows: Vec<(Section, usize)> = imported
        .placements
        .iter()
        .map(|placement| (placement.section, placement.count))
        .collect();
    assert_eq!(
        rows,
        [
            (Section::Title, 1),
            (Section::Summary, 1),
            (Section::Responsibilities, 14),
            (Section::MustHave, 13),
        ]
    );
    assert_eq!(imported.placements[0].preview, "Senior Backend Engineer");
    assert_eq!(
        imported.consumed,
        [
            "Senior Backend Engineer Job Profile",
            "Senior Backend Engineer Job Description",
            "Senior Backend Engineer: Duties and Responsibilities",
            "Senior Backend Engineer: Requirements and Qualifications",
        ]
    );
}

/// The stored example draft is what the importer makes of the example text today, so the
/// app's first start (which reads the stored draft) shows exactly what an import would.
/// `POSTWRIGHT_UPDATE_EXAMPLE=1` rewrites the stored draft instead of comparing.
#[test]
fn stored_example_draft_equals_the_import() {
    let imported = import_str(EXAMPLE_TEXT).expect("the example imports");
    // Stored without indentation: it is built into the app, where every byte is downloaded.
    let pretty = Document::new(imported.document.posting).to_json();
    let value: serde_json::Value = serde_json::from_str(&pretty).expect("the draft JSON reads");
    let fresh = value.to_string() + "\n";
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/senior-backend-engineer.draft.json"
    );
    if std::env::var_os("POSTWRIGHT_UPDATE_EXAMPLE").is_some() {
        std::fs::write(path, &fresh).expect("write the example draft");
        return;
    }
    assert!(
        EXAMPLE_DRAFT == fresh,
        "fixtures/senior-backend-engineer.draft.json is out of date with the importer; \
         regenerate it with `POSTWRIGHT_UPDATE_EXAMPLE=1 cargo test --test import_example`"
    );
    let stored = Document::from_json(EXAMPLE_DRAFT).expect("the stored example draft reads");
    assert_eq!(stored.posting, example());
}
