//! Lines that look like headings or labels but name no section, or carry a value a reader must
//! see, stay in the imported posting as text: a template placeholder in capitals, a pay that
//! is not yet decided, a sentence ending in ":", a label with no value after it.

use postwright::import::import_str;
use postwright::model::{ListKind, Posting};

/// Every text of the posting, one after the other.
fn all_text(posting: &Posting) -> String {
    let mut texts = vec![
        posting.title.clone(),
        posting.summary.clone(),
        posting.about_company.clone(),
        posting.pay.absent_reason.clone(),
        posting.how_to_apply.text.clone(),
        posting.equal_opportunity.clone(),
        posting.on_call.details.clone(),
        posting.unplaced.clone(),
    ];
    for kind in ListKind::ALL {
        texts.extend(posting.list(kind).iter().map(|item| item.text.clone()));
    }
    texts.join("\n")
}

fn import(text: &str) -> Posting {
    import_str(text).expect("imports").document.posting
}

#[test]
fn a_placeholder_in_capitals_stays_in_its_section() {
    let posting = import(
        "# Recruiter\n\n## Role Summary:\n\n### Recruiter - GS-15\n\n\
         ENTER POSITION SUMMARY FROM PERFORMANCE PROFILE\n\n## Key Objectives\n\n- Hire well.\n",
    );
    assert!(
        posting
            .summary
            .contains("ENTER POSITION SUMMARY FROM PERFORMANCE PROFILE"),
        "{posting:#?}"
    );
}

#[test]
fn an_undecided_salary_keeps_its_value() {
    for text in [
        "Cook\n\nSalary: To Be Determined\n\nWe cook lunch for the team.\n",
        "Cook\n\n**Salary:** To Be Determined\n\nWe cook lunch for the team.\n",
        "Cook\n\nSalary:\nTo Be Determined\n\nWe cook lunch for the team.\n",
    ] {
        let posting = import(text);
        assert_eq!(posting.pay.absent_reason, "To Be Determined", "{text:?}");
        assert!(all_text(&posting).contains("We cook lunch"), "{text:?}");
    }
}

#[test]
fn a_line_ending_in_a_colon_that_names_no_section_is_text() {
    for (text, line) in [
        (
            "# Head of Engineering\n\n## A bit about you\n\nWe are looking for some who:\n\n\
             * Has scaled a team\n* Has hired engineers\n",
            "We are looking for some who:",
        ),
        (
            "# Content Writer\n\nWe write.\n\n**What you'll be be doing:**\n\n\
             - Writing tutorials\n- Editing posts\n",
            "What you'll be be doing:",
        ),
    ] {
        let posting = import(text);
        assert!(all_text(&posting).contains(line), "{line:?}: {posting:#?}");
    }
}

#[test]
fn a_label_without_a_value_stays_visible() {
    let posting = import(
        "# Recruiter\n\nWe hire.\n\n**Job Title:**\n\n**Series & Grade:** GS-15\n\n\
         **Salary:** To be set\n",
    );
    assert!(all_text(&posting).contains("Job Title:"), "{posting:#?}");
    assert_eq!(posting.title, "Recruiter");
}
