//! Exporters: draft JSON, job-board HTML (fragment and standalone page), schema.org JSON-LD,
//! Markdown and plain text. Pure Rust, no browser code.
//!
//! Architecture invariant: every piece of user text is escaped for its target; the HTML output
//! contains only the tags job boards keep.

mod file_name;
mod html;
mod json_ld;
mod markdown;
mod plain_text;

pub use file_name::file_name;
pub use html::{escape_html, safe_url, to_html_fragment, to_html_page, ALLOWED_TAGS};
pub use json_ld::{to_jsonld, JsonLd};
pub use markdown::to_markdown;
pub use plain_text::to_text;

use crate::model::{Document, Location, Pay, Posting, Section};

/// The versioned draft JSON (the same format storage keeps).
pub fn to_json(document: &Document) -> String {
    document.to_json()
}

/// A pay figure for people: "70,000", "18.50".
pub(crate) fn amount_text(value: f64) -> String {
    let cents = (value * 100.0).round() as i128;
    let whole = cents / 100;
    let fraction = (cents % 100).abs();
    let digits = whole.abs().to_string();
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let sign = if cents < 0 { "-" } else { "" };
    if fraction == 0 {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{fraction:02}")
    }
}

/// The pay range for people ("EUR 70,000 – 85,000 per year"), or the reason it is absent.
pub fn pay_text(pay: &Pay) -> String {
    let money = |value: f64| {
        if pay.currency.is_empty() {
            amount_text(value)
        } else {
            format!("{} {}", pay.currency, amount_text(value))
        }
    };
    let range = match (pay.min, pay.max) {
        (Some(min), Some(max)) if min == max => money(min),
        (Some(min), Some(max)) => {
            let max_text = amount_text(max);
            format!("{} – {max_text}", money(min))
        }
        (Some(min), None) => format!("from {}", money(min)),
        (None, Some(max)) => format!("up to {}", money(max)),
        (None, None) => return pay.absent_reason.trim().to_owned(),
    };
    match pay.period {
        Some(period) => format!("{range} {}", period.label()),
        None => range,
    }
}

/// Location and work mode for people ("Hybrid – Berlin, DE", "Remote (EU)").
pub fn location_text(location: &Location) -> String {
    let mut place = location.places.trim().to_owned();
    if !location.country.trim().is_empty() {
        if !place.is_empty() {
            place.push_str(", ");
        }
        place.push_str(location.country.trim());
    }
    let mut text = match (location.work_mode, place.is_empty()) {
        (Some(mode), true) => mode.label().to_owned(),
        (Some(mode), false) => format!("{} – {place}", mode.label()),
        (None, _) => place,
    };
    if !location.remote_eligibility.trim().is_empty() {
        if text.is_empty() {
            text = location.remote_eligibility.trim().to_owned();
        } else {
            text = format!("{text} ({})", location.remote_eligibility.trim());
        }
    }
    text
}

/// The labelled facts shown under the title: (label, value), only those present.
pub(crate) fn facts(posting: &Posting) -> Vec<(&'static str, String)> {
    let mut facts = Vec::new();
    let mut push = |label: &'static str, value: String| {
        if !value.trim().is_empty() {
            facts.push((label, value));
        }
    };
    push("Company", posting.company.trim().to_owned());
    push("Location", location_text(&posting.location));
    push(
        "Employment type",
        posting
            .employment_type
            .map(|kind| kind.label().to_owned())
            .unwrap_or_default(),
    );
    push("Pay", pay_text(&posting.pay));
    push("Posted", posting.date_posted.clone());
    push("Apply by", posting.valid_through.clone());
    facts
}

/// One section's body in export order: a text or a list.
pub(crate) enum Body<'p> {
    Text(String),
    List(Vec<&'p str>),
}

/// The sections an export shows, in reading order, with their headings. The unsorted text
/// is the user's work area and is not exported.
pub(crate) fn sections(posting: &Posting) -> Vec<(Section, Body<'_>)> {
    let mut sections = Vec::new();
    let mut text = |section: Section, value: String| {
        if !value.trim().is_empty() {
            sections.push((section, Body::Text(value.trim().to_owned())));
        }
    };
    text(Section::Summary, posting.summary.clone());
    text(Section::AboutCompany, posting.about_company.clone());
    for kind in crate::model::ListKind::ALL {
        let items: Vec<&str> = posting
            .list(kind)
            .iter()
            .map(|item| item.text.trim())
            .filter(|item| !item.is_empty())
            .collect();
        if !items.is_empty() {
            sections.push((kind.section(), Body::List(items)));
        }
    }
    let on_call = on_call_text(posting);
    let mut text = |section: Section, value: String| {
        if !value.trim().is_empty() {
            sections.push((section, Body::Text(value.trim().to_owned())));
        }
    };
    text(Section::OnCall, on_call);
    let mut apply = posting.how_to_apply.text.trim().to_owned();
    if let Some(url) = safe_url(&posting.how_to_apply.url) {
        if !apply.contains(&url) {
            if !apply.is_empty() {
                apply.push_str("\n\n");
            }
            apply.push_str(&url);
        }
    }
    text(Section::HowToApply, apply);
    text(Section::EqualOpportunity, posting.equal_opportunity.clone());
    sections
}

fn on_call_text(posting: &Posting) -> String {
    use crate::model::OnCallStatus;
    let on_call = &posting.on_call;
    match on_call.status {
        OnCallStatus::NotStated => String::new(),
        OnCallStatus::None if on_call.details.trim().is_empty() => {
            "This role has no on-call duty.".to_owned()
        }
        _ => {
            let mut lines = Vec::new();
            for (label, value) in [
                ("How often", &on_call.frequency),
                ("Hours", &on_call.hours),
                ("Compensation", &on_call.compensation),
            ] {
                if !value.trim().is_empty() {
                    lines.push(format!("{label}: {}", value.trim()));
                }
            }
            let mut text = lines.join("\n");
            if !on_call.details.trim().is_empty() {
                if !text.is_empty() {
                    text.push_str("\n\n");
                }
                text.push_str(on_call.details.trim());
            }
            if text.is_empty() {
                text = "This role includes on-call duty.".to_owned();
            }
            text
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PayPeriod, WorkMode};

    #[test]
    fn formats_pay() {
        let pay = Pay {
            min: Some(70000.0),
            max: Some(85000.0),
            currency: "EUR".into(),
            period: Some(PayPeriod::Year),
            absent_reason: String::new(),
        };
        assert_eq!(pay_text(&pay), "EUR 70,000 – 85,000 per year");
        assert_eq!(amount_text(18.5), "18.50");
        assert_eq!(amount_text(1234567.0), "1,234,567");
    }

    #[test]
    fn formats_location() {
        let location = Location {
            places: "Berlin".into(),
            country: "DE".into(),
            work_mode: Some(WorkMode::Hybrid),
            remote_eligibility: String::new(),
        };
        assert_eq!(location_text(&location), "Hybrid – Berlin, DE");
        let remote = Location {
            work_mode: Some(WorkMode::Remote),
            remote_eligibility: "EU".into(),
            ..Location::default()
        };
        assert_eq!(location_text(&remote), "Remote (EU)");
    }
}
