//! Every import warning names what the importer did with the text it could not place, and that
//! text is really there.

use postwright::import::{import_str, Imported};

/// Inputs that each make the importers warn: front matter keys and values that fit no field,
/// JSON-LD properties, dates, employment types and pay units Postwright has no field for, and a
/// page whose JSON-LD does not parse.
const INPUTS: &[&str] = &[
    "---\ntitle: Cook\nlayout: job\ntags: [kitchen, lunch]\n---\nWe cook.\n",
    "---\ntitle: Cook\ndate: next Monday\nemployment_type: gig\nurl: /jobs/cook/\nsalary: negotiable\nremote: sometimes\n---\nWe cook.\n",
    "---\ntitle: Cook\nnested:\n  depth: 2\n---\nWe cook.\n",
    r#"{"@type":"JobPosting","title":"Cook","datePosted":"soon","employmentType":"GIG","occupationalCategory":"35-2014","baseSalary":{"@type":"MonetaryAmount","currency":"EUR","value":{"@type":"QuantitativeValue","value":15,"unitText":"SHIFT"}}}"#,
    r#"{"@type":"JobPosting","title":"Cook","baseSalary":"lots"}"#,
    "<html><head><script type=\"application/ld+json\">{oops</script></head><body><h1>Cook</h1><p>We cook.</p></body></html>",
];

/// Phrases that say what happened to the text.
const SAYS_WHAT_HAPPENED: &[&str] = &["kept in the unsorted text", "read the page text instead"];

#[test]
fn every_warning_names_what_was_done_with_the_text() {
    let mut seen = 0;
    for input in INPUTS {
        let imported: Imported = import_str(input).expect("imports");
        assert!(!imported.warnings.is_empty(), "no warning for {input}");
        for warning in &imported.warnings {
            seen += 1;
            assert!(
                SAYS_WHAT_HAPPENED
                    .iter()
                    .any(|phrase| warning.contains(phrase)),
                "the warning {warning:?} does not say what became of the text"
            );
            if warning.contains("kept in the unsorted text") {
                assert!(
                    !imported.document.posting.unplaced.trim().is_empty(),
                    "{warning:?} but the unsorted text is empty"
                );
            }
        }
    }
    assert!(seen >= 12, "only {seen} warnings");
}

#[test]
fn front_matter_values_named_in_warnings_are_in_the_unsorted_text() {
    let imported = import_str(INPUTS[1]).unwrap();
    let unplaced = &imported.document.posting.unplaced;
    for line in [
        "date: next Monday",
        "employment_type: gig",
        "url: /jobs/cook/",
        "remote: sometimes",
    ] {
        assert!(unplaced.contains(line), "{line:?} not in {unplaced:?}");
    }
    // A salary that is no range is the stated reason there is none, as the Markdown export
    // writes it: it fits the pay field, so no warning.
    assert_eq!(imported.document.posting.pay.absent_reason, "negotiable");
    assert!(!unplaced.contains("negotiable"), "{unplaced:?}");
    assert_eq!(imported.warnings.len(), 4, "{:?}", imported.warnings);
}
