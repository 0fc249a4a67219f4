//! Structured fields read from realistic postings: the location (places, country, work mode),
//! the pay period from the pay phrase, and on-call terms written as prose; and what the
//! disclosure rules make of the result.

use postwright::import::{import_str, lost_words};
use postwright::lint::{lint, LintSettings};
use postwright::model::{OnCallStatus, PayPeriod, WorkMode};

const ON_CALL: &str = include_str!("fixtures/sre-on-call.md");
const STORE: &str = include_str!("fixtures/barista-store.txt");

fn rule_ids(text: &str) -> Vec<&'static str> {
    let posting = import_str(text).unwrap().document.posting;
    lint(&posting, &LintSettings::default())
        .into_iter()
        .map(|diagnostic| diagnostic.rule)
        .collect()
}

#[test]
fn reads_location_pay_and_on_call_from_prose() {
    let imported = import_str(ON_CALL).unwrap();
    assert!(lost_words(ON_CALL, &imported).is_empty());
    let posting = &imported.document.posting;
    assert_eq!(posting.location.places, "Denver, CO");
    assert_eq!(posting.location.country, "US");
    assert_eq!(posting.location.work_mode, Some(WorkMode::Hybrid));
    // "3 days a week in the office" on the pay line is not the pay period.
    assert_eq!(posting.pay.period, Some(PayPeriod::Year));
    assert_eq!(
        (posting.pay.min, posting.pay.max),
        (Some(120_000.0), Some(150_000.0))
    );
    let on_call = &posting.on_call;
    assert_eq!(on_call.status, OnCallStatus::Required);
    assert_eq!(on_call.frequency, "every fourth weekend");
    assert_eq!(on_call.hours, "18:00 to 08:00");
    assert_eq!(
        on_call.compensation,
        "a stipend of USD 500 for the week, a day off in lieu"
    );
    assert!(on_call.details.contains("join the on-call rota"));
}

#[test]
fn a_fully_disclosed_posting_passes_the_disclosure_rules() {
    let ids = rule_ids(ON_CALL);
    assert!(!ids.contains(&"on-call-disclosure"), "{ids:?}");
    assert!(!ids.contains(&"location-missing"), "{ids:?}");
    assert!(!ids.contains(&"pay-range-missing"), "{ids:?}");
}

#[test]
fn reads_the_place_from_the_title_and_the_store_address() {
    let imported = import_str(STORE).unwrap();
    assert!(lost_words(STORE, &imported).is_empty());
    let posting = &imported.document.posting;
    assert_eq!(posting.title, "Barista");
    assert_eq!(posting.location.places, "Portland, OR");
    assert_eq!(posting.location.country, "US");
    assert_eq!(posting.pay.period, Some(PayPeriod::Hour));
    assert!(posting.summary.contains("1200 SE Hawthorne Blvd"));
    assert!(!rule_ids(STORE).contains(&"location-missing"));
}
