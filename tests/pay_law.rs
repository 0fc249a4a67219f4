//! Pay transparency by place (issue 12): the pay rules and `salary-history` name the laws of
//! the posting's location, with their sources, and only those; the severity follows what the
//! law asks. One test per place, then each new check with its near miss.

use postwright::lint::pay_law::TABLE_CHECKED;
use postwright::lint::{lint, Diagnostic, LintSettings};
use postwright::model::{Location, Pay, PayPeriod, Posting, Severity, WorkMode};

/// A posting at `location` that gives no pay.
fn posting_at(location: Location) -> Posting {
    Posting {
        title: "Accounts Payable Specialist".into(),
        summary: "Process supplier invoices and keep the ledger tidy.".into(),
        location,
        ..Posting::default()
    }
}

fn in_places(places: &str) -> Location {
    Location {
        places: places.into(),
        work_mode: Some(WorkMode::OnSite),
        ..Location::default()
    }
}

fn findings(posting: &Posting, rule: &str) -> Vec<Diagnostic> {
    lint(posting, &LintSettings::default())
        .into_iter()
        .filter(|diagnostic| diagnostic.rule == rule)
        .collect()
}

/// The one finding of `rule`.
fn only(posting: &Posting, rule: &str) -> Diagnostic {
    let mut found = findings(posting, rule);
    assert_eq!(found.len(), 1, "{rule}: {found:#?}");
    found.remove(0)
}

fn assert_not_legal_advice(diagnostic: &Diagnostic) {
    assert!(
        diagnostic.help.contains("not legal advice"),
        "{}",
        diagnostic.help
    );
    for claim in ["you must", "is illegal", "violates", "you are required"] {
        let text = format!("{} {}", diagnostic.message, diagnostic.help).to_lowercase();
        assert!(!text.contains(claim), "claims '{claim}': {text}");
    }
}

#[test]
fn denver_is_an_error_naming_colorado() {
    let finding = only(&posting_at(in_places("Denver, CO")), "pay-range-missing");
    assert_eq!(finding.severity, Severity::Error);
    assert!(finding.message.contains("Colorado"), "{}", finding.message);
    assert!(finding
        .message
        .contains("may require pay information in the advert"));
    assert!(finding.help.contains("Equal Pay for Equal Work Act"));
    assert!(finding.help.contains("source: https://"));
    assert!(finding.help.contains("the role is in Denver"));
    assert!(finding.help.contains(TABLE_CHECKED));
    // Only the laws that apply: nothing of New York or the EU.
    for other in ["New York", "2023/970", "California"] {
        assert!(!finding.message.contains(other) && !finding.help.contains(other));
    }
    assert_not_legal_advice(&finding);
}

#[test]
fn new_york_city_names_the_city_and_state_laws() {
    let finding = only(&posting_at(in_places("Brooklyn, NY")), "pay-range-missing");
    assert_eq!(finding.severity, Severity::Error);
    assert!(
        finding.message.contains("(New York City)"),
        "{}",
        finding.message
    );
    assert!(finding.message.contains("(New York State)"));
    assert!(finding.help.contains("Labor Law § 194-b"));
    assert!(!finding.help.contains("Colorado"));
    assert_not_legal_advice(&finding);
}

#[test]
fn remote_within_the_us_counts_for_laws_covering_remote_roles() {
    let location = Location {
        work_mode: Some(WorkMode::Remote),
        remote_eligibility: "Remote within the United States".into(),
        ..Location::default()
    };
    let finding = only(&posting_at(location), "pay-range-missing");
    assert_eq!(finding.severity, Severity::Error);
    for law in ["Colorado", "California", "Washington", "New York City"] {
        assert!(finding.help.contains(law), "{law}: {}", finding.help);
    }
    assert!(finding
        .help
        .contains("open to remote applicants across the United States, Colorado included"));
    // Laws that the research does not say cover remote roles are not named.
    for law in ["Maryland", "Illinois", "(New York State)"] {
        assert!(!finding.help.contains(law), "{law}");
    }
    assert_not_legal_advice(&finding);
}

#[test]
fn berlin_is_a_warning_naming_the_eu_directive() {
    let finding = only(&posting_at(in_places("Berlin")), "pay-range-missing");
    assert_eq!(finding.severity, Severity::Warning);
    assert!(finding.message.contains("2023/970"), "{}", finding.message);
    assert!(finding.message.contains("before the interview"));
    assert!(finding.help.contains("the role is in Berlin"));
    assert!(finding.help.contains("source: https://"));
    assert_not_legal_advice(&finding);
}

#[test]
fn london_names_no_law() {
    let location = Location {
        places: "Canary Wharf, London".into(),
        country: "GB".into(),
        ..Location::default()
    };
    let finding = only(&posting_at(location), "pay-range-missing");
    assert_eq!(finding.severity, Severity::Warning);
    assert_eq!(finding.message, "the posting gives no pay range");
    assert!(finding
        .help
        .contains("No law in Postwright's pay-transparency table"));
    assert!(!finding.help.contains("source:"));
    for law in ["Colorado", "2023/970", "New York"] {
        assert!(!finding.help.contains(law), "{law}");
    }
}

#[test]
fn a_range_is_quiet_everywhere() {
    for places in ["Denver, CO", "Brooklyn, NY", "Berlin", "London"] {
        let mut posting = posting_at(in_places(places));
        posting.pay = Pay {
            min: Some(62_000.0),
            max: Some(74_000.0),
            currency: "USD".into(),
            period: Some(PayPeriod::Year),
            ..Pay::default()
        };
        for rule in [
            "pay-range-missing",
            "pay-range-not-a-range",
            "pay-range-too-wide",
        ] {
            assert!(findings(&posting, rule).is_empty(), "{places}: {rule}");
        }
    }
}

#[test]
fn an_open_bound_is_not_a_range() {
    let mut posting = posting_at(in_places("Denver, CO"));
    posting
        .summary
        .push_str("\n\nSalary: up to $90,000 a year.");
    let finding = only(&posting, "pay-range-not-a-range");
    assert_eq!(
        finding.severity,
        Severity::Error,
        "Colorado asks for a range"
    );
    assert!(finding.message.contains("'up to $90,000'"));
    assert!(finding.message.contains("Colorado"));
    // One problem, one finding: the missing range is not reported again.
    assert!(findings(&posting, "pay-range-missing").is_empty());
    assert_not_legal_advice(&finding);

    let mut fields = posting_at(in_places("London"));
    fields.pay.min = Some(30_000.0);
    let finding = only(&fields, "pay-range-not-a-range");
    assert_eq!(finding.severity, Severity::Warning);
    assert!(finding.message.contains("minimum and no maximum"));
}

#[test]
fn open_amounts_that_are_not_pay_are_not_flagged() {
    let mut posting = posting_at(in_places("Denver, CO"));
    posting.summary = "Experience closing deals of $100k+ with enterprise buyers.".into();
    assert!(findings(&posting, "pay-range-not-a-range").is_empty());
    // The pay is still missing, and that is what is reported.
    assert_eq!(findings(&posting, "pay-range-missing").len(), 1);
}

#[test]
fn words_in_place_of_pay_are_reported_with_the_law() {
    let mut posting = posting_at(in_places("Seattle, WA"));
    posting.pay.absent_reason = "Competitive salary, DOE".into();
    let found = findings(&posting, "pay-range-missing");
    assert!(!found.is_empty());
    assert!(found
        .iter()
        .all(|finding| finding.severity == Severity::Error
            && finding.message.contains("(Washington)")));
}

#[test]
fn a_range_whose_top_is_more_than_twice_its_bottom_is_too_wide() {
    let mut posting = posting_at(in_places("Brooklyn, NY"));
    posting.pay = Pay {
        min: Some(60_000.0),
        max: Some(180_000.0),
        currency: "USD".into(),
        period: Some(PayPeriod::Year),
        ..Pay::default()
    };
    let finding = only(&posting, "pay-range-too-wide");
    assert_eq!(finding.severity, Severity::Warning);
    assert!(finding.message.contains("USD 60,000 – 180,000 per year"));
    assert!(finding.message.contains("3.0 times"));
    assert!(finding.help.contains("good-faith range"));
    assert!(finding.help.contains("New York City"));

    posting.pay.max = Some(120_000.0);
    assert!(findings(&posting, "pay-range-too-wide").is_empty());
    let written = posting_at(in_places("London"));
    let mut written = Posting {
        summary: "You will manage deals of $50k to $500k.".into(),
        ..written
    };
    assert!(findings(&written, "pay-range-too-wide").is_empty());
    written.summary = "Salary: £30k - £75k a year.".into();
    assert_eq!(findings(&written, "pay-range-too-wide").len(), 1);
}

#[test]
fn salary_history_names_the_ban_of_the_place() {
    let asking = |location: Location| {
        let mut posting = posting_at(location);
        posting.how_to_apply.text = "Send your CV and your current salary.".into();
        only(&posting, "salary-history")
    };
    let denver = asking(in_places("Denver, CO"));
    assert_eq!(denver.severity, Severity::Error);
    assert!(denver.message.contains("(Colorado)"), "{}", denver.message);
    assert!(denver.help.contains("source: https://"));
    assert_not_legal_advice(&denver);

    let berlin = asking(in_places("Berlin"));
    assert!(berlin.message.contains("2023/970"), "{}", berlin.message);
    assert!(berlin.message.contains("(European Union)"));

    let london = asking(in_places("London"));
    assert!(london.message.contains("none in Postwright's law table"));
    assert!(!london.message.contains("2023/970"));

    let remote = asking(Location {
        work_mode: Some(WorkMode::Remote),
        remote_eligibility: "US".into(),
        ..Location::default()
    });
    assert!(
        remote.message.contains("others may ban"),
        "{}",
        remote.message
    );
    assert!(remote
        .help
        .contains("open to remote applicants across the United States, Colorado included"));

    let nowhere = asking(Location::default());
    assert!(nowhere.message.contains("many places ban"));
}
