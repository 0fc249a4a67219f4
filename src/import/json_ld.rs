//! schema.org `JobPosting` JSON-LD into a [`Posting`]: the properties Google's job-posting
//! guidelines use, with the HTML description split into sections where its headings allow.

use serde_json::{Map, Value};

use super::{html_text, pay_line, splitter};
use crate::model::{EmploymentType, ListKind, PayPeriod, Posting, WorkMode};

/// The first `JobPosting` object in a JSON-LD value (an object, an array, or an `@graph`).
pub(crate) fn find_job_posting(value: &Value) -> Option<&Map<String, Value>> {
    match value {
        Value::Array(values) => values.iter().find_map(find_job_posting),
        Value::Object(object) => {
            if is_job_posting(object) {
                return Some(object);
            }
            object.get("@graph").and_then(find_job_posting)
        }
        _ => None,
    }
}

fn is_job_posting(object: &Map<String, Value>) -> bool {
    let is_name = |value: &Value| {
        value.as_str().is_some_and(|name| {
            name == "JobPosting" || name.ends_with("/JobPosting") || name.ends_with(":JobPosting")
        })
    };
    match object.get("@type") {
        Some(Value::Array(types)) => types.iter().any(is_name),
        Some(other) => is_name(other),
        None => false,
    }
}

/// Properties read below, or deliberately left out as machinery rather than content.
const KNOWN: &[&str] = &[
    "@context",
    "@type",
    "@id",
    "identifier",
    "title",
    "name",
    "description",
    "hiringOrganization",
    "datePosted",
    "validThrough",
    "employmentType",
    "jobLocationType",
    "jobLocation",
    "applicantLocationRequirements",
    "baseSalary",
    "responsibilities",
    "qualifications",
    "skills",
    "experienceRequirements",
    "educationRequirements",
    "jobBenefits",
    "url",
    "directApply",
];

/// Plain text of a JSON-LD text value: a string (HTML allowed), a list of them, or an object
/// with a `name` or `description`.
fn text_of(value: &Value) -> String {
    match value {
        Value::String(text) if text.contains('<') => html_text::to_text(text),
        Value::String(text) => crate::text::html::decode_entities(text).trim().to_owned(),
        // Integers as they are; other numbers through the one decimal writer (serde_json's
        // `Display` would bring float printing into the wasm).
        Value::Number(number) => match number.as_i64() {
            Some(whole) => whole.to_string(),
            None => number
                .as_f64()
                .map(|value| crate::text::decimal(value, 6, true))
                .unwrap_or_default(),
        },
        Value::Array(values) => values
            .iter()
            .map(text_of)
            .filter(|text| !text.is_empty())
            .collect::<Vec<_>>()
            .join("\n"),
        Value::Object(object) => object
            .get("name")
            .or_else(|| object.get("description"))
            .map(text_of)
            .unwrap_or_default(),
        _ => String::new(),
    }
}

fn number_of(value: Option<&Value>) -> Option<f64> {
    match value? {
        Value::Number(number) => number.as_f64(),
        Value::String(text) => text.trim().replace(',', "").parse().ok(),
        _ => None,
    }
}

fn as_list(value: &Value) -> Vec<&Value> {
    match value {
        Value::Array(values) => values.iter().collect(),
        other => vec![other],
    }
}

fn date_of(value: &Value) -> Option<String> {
    let text = value.as_str()?.trim();
    let date = text.get(..10)?;
    let bytes = date.as_bytes();
    let shaped = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && date
            .chars()
            .enumerate()
            .all(|(index, c)| index == 4 || index == 7 || c.is_ascii_digit());
    shaped.then(|| date.to_owned())
}

fn push_items(posting: &mut Posting, kind: ListKind, text: &str) {
    for line in text.lines() {
        let item = line.trim().trim_start_matches(['-', '*', '•']).trim();
        if item.is_empty() {
            continue;
        }
        let duplicate = posting
            .list(kind)
            .iter()
            .any(|existing| existing.text == item);
        if !duplicate {
            posting.push_item(kind, item);
        }
    }
}

fn keep_unplaced(posting: &mut Posting, label: &str, text: &str) {
    if text.trim().is_empty() {
        return;
    }
    if !posting.unplaced.is_empty() {
        posting.unplaced.push_str("\n\n");
    }
    posting.unplaced.push_str(label);
    posting.unplaced.push_str(": ");
    posting.unplaced.push_str(text.trim());
}

/// Fills `posting` from a `JobPosting` object. Returns lines read as structure (headings of
/// the description) and warnings for the user.
pub(crate) fn read(
    object: &Map<String, Value>,
    posting: &mut Posting,
) -> (Vec<String>, Vec<String>) {
    let mut warnings = Vec::new();
    let mut consumed = Vec::new();
    if let Some(title) = object.get("title").or_else(|| object.get("name")) {
        posting.title = text_of(title);
    }
    if let Some(organization) = object.get("hiringOrganization") {
        posting.company = text_of(organization);
    }
    for (property, field) in [("datePosted", 0), ("validThrough", 1)] {
        let Some(value) = object.get(property) else {
            continue;
        };
        match date_of(value) {
            Some(date) if field == 0 => posting.date_posted = date,
            Some(date) => posting.valid_through = date,
            None => {
                warnings.push(format!(
                    "{property} is not a date; kept in the unsorted text"
                ));
                keep_unplaced(posting, property, &text_of(value));
            }
        }
    }
    if let Some(value) = object.get("employmentType") {
        for kind in as_list(value) {
            let name = kind
                .as_str()
                .unwrap_or_default()
                .to_uppercase()
                .replace(['-', ' '], "_");
            let parsed = match name.as_str() {
                "FULL_TIME" => Some(EmploymentType::FullTime),
                "PART_TIME" => Some(EmploymentType::PartTime),
                "CONTRACTOR" | "CONTRACT" => Some(EmploymentType::Contract),
                "TEMPORARY" => Some(EmploymentType::Temporary),
                "INTERN" | "INTERNSHIP" => Some(EmploymentType::Internship),
                _ => None,
            };
            match parsed {
                Some(kind) if posting.employment_type.is_none() => {
                    posting.employment_type = Some(kind)
                }
                Some(_) => {}
                None => {
                    warnings.push(format!(
                        "employmentType {name} has no equivalent; kept in the unsorted text"
                    ));
                    keep_unplaced(posting, "employmentType", &name);
                }
            }
        }
    }
    let telecommute = object
        .get("jobLocationType")
        .is_some_and(|value| text_of(value).to_uppercase().contains("TELECOMMUTE"));
    if telecommute {
        posting.location.work_mode = Some(WorkMode::Remote);
    }
    if let Some(locations) = object.get("jobLocation") {
        read_locations(locations, posting);
    }
    if let Some(requirements) = object.get("applicantLocationRequirements") {
        posting.location.remote_eligibility = as_list(requirements)
            .into_iter()
            .map(text_of)
            .filter(|name| !name.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
    }
    if let Some(salary) = object.get("baseSalary") {
        read_salary(salary, posting, &mut warnings);
    }
    if let Some(description) = object.get("description") {
        let text = text_of(description);
        consumed.extend(splitter::split_into(&text, posting));
    }
    for (property, kind) in [
        ("responsibilities", ListKind::Responsibilities),
        ("qualifications", ListKind::MustHave),
        ("skills", ListKind::MustHave),
        ("experienceRequirements", ListKind::MustHave),
        ("educationRequirements", ListKind::MustHave),
        ("jobBenefits", ListKind::Benefits),
    ] {
        if let Some(value) = object.get(property) {
            push_items(posting, kind, &text_of(value));
        }
    }
    if let Some(url) = object.get("url").and_then(Value::as_str) {
        let lower = url.trim().to_lowercase();
        if posting.how_to_apply.url.is_empty()
            && (lower.starts_with("https://") || lower.starts_with("http://"))
        {
            posting.how_to_apply.url = url.trim().to_owned();
        }
    }
    for (property, value) in object {
        if KNOWN.contains(&property.as_str()) {
            continue;
        }
        warnings.push(format!(
            "{property} is not a Postwright field; kept in the unsorted text"
        ));
        keep_unplaced(posting, property, &text_of(value));
    }
    (consumed, warnings)
}

fn read_locations(locations: &Value, posting: &mut Posting) {
    let mut places = Vec::new();
    let mut countries = Vec::new();
    for location in as_list(locations) {
        let address = location.get("address").unwrap_or(location);
        let Value::Object(address) = address else {
            let text = text_of(address);
            if !text.is_empty() {
                places.push(text);
            }
            continue;
        };
        let parts: Vec<String> = [
            "streetAddress",
            "addressLocality",
            "addressRegion",
            "postalCode",
        ]
        .iter()
        .filter_map(|key| address.get(*key).map(text_of))
        .filter(|part| !part.is_empty())
        .collect();
        if !parts.is_empty() {
            places.push(parts.join(", "));
        } else if let Some(name) = location.get("name").map(text_of) {
            // A Place named but not addressed: {"@type": "Place", "name": "Harrogate depot"}.
            if !name.is_empty() {
                places.push(name);
            }
        }
        if let Some(country) = address.get("addressCountry").map(text_of) {
            if !country.is_empty() {
                countries.push(country);
            }
        }
    }
    posting.location.places = places.join("; ");
    // Places in several countries ("New York" and "Dublin") name no one country: each place
    // says where it is.
    countries.dedup();
    if let ([country], true) = (&countries[..], posting.location.country.is_empty()) {
        country.clone_into(&mut posting.location.country);
    }
}

fn read_salary(salary: &Value, posting: &mut Posting, warnings: &mut Vec<String>) {
    let Value::Object(amount) = salary else {
        warnings.push("baseSalary is not a MonetaryAmount; kept in the unsorted text".to_owned());
        keep_unplaced(posting, "baseSalary", &text_of(salary));
        return;
    };
    posting.pay.currency = amount
        .get("currency")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .trim()
        .to_uppercase();
    let value = amount.get("value");
    match value {
        Some(Value::Object(quantity)) => {
            let single = number_of(quantity.get("value"));
            posting.pay.min = number_of(quantity.get("minValue")).or(single);
            posting.pay.max = number_of(quantity.get("maxValue")).or(single);
            let unit = quantity
                .get("unitText")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_uppercase();
            posting.pay.period = PayPeriod::ALL
                .into_iter()
                .find(|period| period.schema_unit() == unit);
            if posting.pay.period.is_none() && !unit.is_empty() {
                warnings.push(format!(
                    "baseSalary unitText {unit} is not HOUR, DAY, WEEK, MONTH or YEAR; kept in the unsorted text"
                ));
                keep_unplaced(posting, "baseSalary unitText", &unit);
            }
        }
        other => {
            let single = number_of(other);
            posting.pay.min = single;
            posting.pay.max = single;
        }
    }
    if posting.pay.has_figures() {
        return;
    }
    // Words where the figures belong ("Competitive", "$60,000 - $80,000 DOE"): the figures
    // in them are read as a pay line would be; words without figures are the reason no
    // range is given. Either way nothing is dropped.
    let words: Vec<String> = match value {
        Some(Value::Object(quantity)) => ["value", "minValue", "maxValue"]
            .iter()
            .filter_map(|key| quantity.get(*key))
            .map(text_of)
            .collect(),
        Some(other) => vec![text_of(other)],
        None => Vec::new(),
    };
    let words = words
        .into_iter()
        .filter(|text| !text.is_empty())
        .collect::<Vec<_>>()
        .join(" - ");
    if words.is_empty() {
        return;
    }
    match pay_line::find(&words) {
        Some(pay) if pay.min.is_some() || pay.max.is_some() => {
            posting.pay.min = pay.min;
            posting.pay.max = pay.max;
            if posting.pay.currency.is_empty() {
                posting.pay.currency = pay.currency;
            }
            if posting.pay.period.is_none() {
                posting.pay.period = pay.period;
            }
            if !pay.only_pay {
                keep_unplaced(posting, "baseSalary", &words);
            }
        }
        _ => posting.pay.absent_reason = words,
    }
}
