//! schema.org `JobPosting` JSON-LD following Google's job-posting guidelines. Missing
//! required and recommended properties are reported, never invented.

use serde_json::{json, Map, Value};

use crate::model::{EmploymentType, Posting, WorkMode};

/// JSON-LD for a posting and the properties it still lacks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonLd {
    /// Pretty JSON, with `<`, `>`, `&`, U+2028, U+2029 and the bidirectional controls written as
    /// `\u` escapes so it can sit inside a `<script>` element, no text can close it and its source
    /// reads in order.
    pub json: String,
    /// Required or recommended properties that are missing ("baseSalary", "validThrough", ...),
    /// in Google's order.
    pub missing: Vec<String>,
}

fn schema_employment_type(kind: EmploymentType) -> &'static str {
    match kind {
        EmploymentType::FullTime => "FULL_TIME",
        EmploymentType::PartTime => "PART_TIME",
        EmploymentType::Contract => "CONTRACTOR",
        EmploymentType::Temporary => "TEMPORARY",
        EmploymentType::Internship => "INTERN",
    }
}

/// Escapes JSON text for a `<script>` element. The characters replaced only occur inside JSON
/// strings, where the `\u` form means the same.
pub(crate) fn escape_for_script(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            // Bidirectional controls, so the source reads as it is (they only occur in strings).
            '\u{061c}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}' => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            other => out.push(other),
        }
    }
    out
}

fn list_text(items: &[crate::model::ListItem]) -> String {
    items
        .iter()
        .map(|item| item.text.trim())
        .filter(|text| !text.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The posting as schema.org `JobPosting` JSON-LD.
pub fn to_jsonld(posting: &Posting) -> JsonLd {
    let mut object = Map::new();
    let mut missing = Vec::new();
    object.insert("@context".into(), json!("https://schema.org/"));
    object.insert("@type".into(), json!("JobPosting"));
    let mut put = |key: &str, value: &str, missing: &mut Vec<String>| {
        if value.trim().is_empty() {
            missing.push(key.to_owned());
        } else {
            object.insert(key.into(), json!(value.trim()));
        }
    };
    put("title", &posting.title, &mut missing);
    put(
        "description",
        &super::html::body_html(&super::outline(posting)),
        &mut missing,
    );
    put("datePosted", &posting.date_posted, &mut missing);
    if posting.company.trim().is_empty() {
        missing.push("hiringOrganization".into());
    } else {
        object.insert(
            "hiringOrganization".into(),
            json!({"@type": "Organization", "name": posting.company.trim()}),
        );
    }
    let location = &posting.location;
    let places: Vec<&str> = location
        .places
        .split(';')
        .map(str::trim)
        .filter(|place| !place.is_empty())
        .collect();
    let country = location.country.trim();
    let addresses: Vec<Value> = if places.is_empty() && !country.is_empty() {
        vec![
            json!({"@type": "Place", "address": {"@type": "PostalAddress", "addressCountry": country}}),
        ]
    } else {
        places
            .iter()
            .map(|place| {
                let mut address = Map::new();
                address.insert("@type".into(), json!("PostalAddress"));
                address.insert("addressLocality".into(), json!(place));
                if !country.is_empty() {
                    address.insert("addressCountry".into(), json!(country));
                }
                json!({"@type": "Place", "address": address})
            })
            .collect()
    };
    let remote = location.work_mode == Some(WorkMode::Remote);
    if remote {
        object.insert("jobLocationType".into(), json!("TELECOMMUTE"));
        let eligibility = if location.remote_eligibility.trim().is_empty() {
            country
        } else {
            location.remote_eligibility.trim()
        };
        if eligibility.is_empty() {
            missing.push("applicantLocationRequirements".into());
        } else {
            object.insert(
                "applicantLocationRequirements".into(),
                json!({"@type": "Country", "name": eligibility}),
            );
        }
    }
    if addresses.is_empty() {
        if !remote {
            missing.push("jobLocation".into());
        }
    } else {
        if country.is_empty() {
            missing.push("jobLocation.address.addressCountry".into());
        }
        let value = if addresses.len() == 1 {
            addresses.into_iter().next().unwrap_or_default()
        } else {
            Value::Array(addresses)
        };
        object.insert("jobLocation".into(), value);
    }
    if posting.valid_through.trim().is_empty() {
        missing.push("validThrough".into());
    } else {
        object.insert("validThrough".into(), json!(posting.valid_through.trim()));
    }
    let pay = &posting.pay;
    if pay.has_figures() {
        let mut value = Map::new();
        value.insert("@type".into(), json!("QuantitativeValue"));
        match (pay.min, pay.max) {
            (Some(min), Some(max)) if min == max => {
                value.insert("value".into(), json!(min));
            }
            (min, max) => {
                if let Some(min) = min {
                    value.insert("minValue".into(), json!(min));
                }
                if let Some(max) = max {
                    value.insert("maxValue".into(), json!(max));
                }
            }
        }
        match pay.period {
            Some(period) => {
                value.insert("unitText".into(), json!(period.schema_unit()));
            }
            None => missing.push("baseSalary.value.unitText".into()),
        }
        let mut amount = Map::new();
        amount.insert("@type".into(), json!("MonetaryAmount"));
        if pay.currency.trim().is_empty() {
            missing.push("baseSalary.currency".into());
        } else {
            amount.insert("currency".into(), json!(pay.currency.trim()));
        }
        amount.insert("value".into(), Value::Object(value));
        object.insert("baseSalary".into(), Value::Object(amount));
    } else {
        missing.push("baseSalary".into());
    }
    match posting.employment_type {
        Some(kind) => {
            object.insert("employmentType".into(), json!(schema_employment_type(kind)));
        }
        None => missing.push("employmentType".into()),
    }
    for (key, text) in [
        ("responsibilities", list_text(&posting.responsibilities)),
        ("qualifications", list_text(&posting.must_have)),
        ("jobBenefits", list_text(&posting.benefits)),
    ] {
        if !text.is_empty() {
            object.insert(key.into(), json!(text));
        }
    }
    let pretty = serde_json::to_string_pretty(&Value::Object(object)).unwrap_or_default();
    JsonLd {
        json: escape_for_script(&pretty),
        missing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_missing_properties_of_an_empty_posting() {
        let json_ld = to_jsonld(&Posting::default());
        assert_eq!(
            json_ld.missing,
            [
                "title",
                "description",
                "datePosted",
                "hiringOrganization",
                "jobLocation",
                "validThrough",
                "baseSalary",
                "employmentType"
            ]
        );
    }

    #[test]
    fn escapes_script_breakers() {
        assert_eq!(
            escape_for_script("\"</script>&\u{2028}\""),
            "\"\\u003c/script\\u003e\\u0026\\u2028\""
        );
    }
}
