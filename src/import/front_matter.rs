//! Front matter: the `---` ... `---` (YAML) or `+++` ... `+++` (TOML) block at the very start
//! of a posting kept in a static site (Jekyll, Hugo, Eleventy).
//!
//! A small reader of flat `key: value` / `key = value` pairs and simple lists (`- a` items under
//! a key, or `[a, b]`), not a YAML or TOML parser. Quotes are removed ('single' and "double",
//! with escapes). Keys are matched case-insensitively, with `-` and spaces read as `_`.
//!
//! Accepted keys (the first of each row is the name the Markdown export writes):
//!
//! | key and aliases | goes to |
//! |---|---|
//! | `title`, `position`, `role`, `job_title` | title |
//! | `company`, `organization`, `organisation`, `employer`, `hiring_organization` | company |
//! | `location`, `city`, `place`, `places`, `locations` (a list is joined with `; `) | location, places |
//! | `country` | location, country |
//! | `work_mode`, `workplace_type` (`on-site`, `hybrid`, `remote`), `remote` (`true`: remote) | location, work mode |
//! | `remote_eligibility` | location, who may work remotely |
//! | `employment_type`, `job_type` (`full-time`, `full_time`, `FULL_TIME`, `Part-time`, `contract`, `temporary`, `internship`, ...) | employment type |
//! | `salary`, `pay`, `compensation`, `salary_range` (`"USD 120,000 - 150,000 per year"`) | pay, read by the pay-line parser |
//! | `date_posted`, `date`, `posted` (ISO date; the time of a date-time is left out) | date posted |
//! | `valid_through`, `closing_date`, `deadline`, `expires` | closing date |
//! | `apply_url`, `apply`, `url`, `application_url` (an `http(s)` or `mailto` address) | how to apply, URL |
//!
//! Every other key, and every value that does not fit its field (an unknown employment type, a
//! date that is not ISO, a relative `url`), is kept in the unsorted text as a `key: value`
//! line, never pasted into a section, and a warning says so.

use super::pay_line;
use crate::model::{EmploymentType, Posting, WorkMode};

/// One value of the block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Value {
    Text(String),
    List(Vec<String>),
}

impl Value {
    /// The value as one line: list items joined with `sep`.
    fn joined(&self, sep: &str) -> String {
        match self {
            Self::Text(text) => text.clone(),
            Self::List(items) => items.join(sep),
        }
    }
}

/// One `key: value` pair with the lines it was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    pub key: String,
    pub value: Value,
    /// The source lines of the pair, for the words-kept check.
    pub raw: String,
}

/// The block read from the start of a text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct FrontMatter {
    pub entries: Vec<Entry>,
    /// Source lines that are not `key: value` pairs (comments, TOML tables, nested blocks);
    /// kept in the unsorted text as they are.
    pub other_lines: Vec<String>,
    /// The delimiter lines (`---`, `+++`).
    pub delimiters: Vec<String>,
}

/// Splits off the front matter: `Some((block, body))` when the text starts with a complete
/// block whose lines are key-value pairs. The body is a sub-slice of `text`.
pub(crate) fn split(text: &str) -> Option<(FrontMatter, &str)> {
    let (delimiter, toml) = if text.starts_with("---") {
        ("---", false)
    } else if text.starts_with("+++") {
        ("+++", true)
    } else {
        return None;
    };
    let mut offset = 0;
    let mut lines = Vec::new();
    let mut closed = None;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        let trimmed = line.trim_end();
        offset += line.len();
        if index == 0 {
            if trimmed != delimiter {
                return None;
            }
            continue;
        }
        if trimmed == delimiter || (!toml && trimmed == "...") {
            closed = Some(offset);
            break;
        }
        lines.push(trimmed);
    }
    let body_start = closed?;
    let block = read(&lines, toml)?;
    let mut block = block;
    block.delimiters = vec![delimiter.to_owned(), delimiter.to_owned()];
    Some((block, &text[body_start..]))
}

/// Reads the lines between the delimiters; `None` when they do not look like front matter
/// (no pair at all, or mostly prose).
fn read(lines: &[&str], toml: bool) -> Option<FrontMatter> {
    let mut block = FrontMatter::default();
    let mut prose = 0;
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index];
        index += 1;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let is_top_level = !line.starts_with([' ', '\t']);
        let pair = if toml {
            trimmed.split_once('=')
        } else {
            trimmed.split_once(':')
        };
        let Some((key, value)) = pair.filter(|(key, _)| is_top_level && is_key(key.trim())) else {
            if !trimmed.starts_with('#') && !trimmed.starts_with('[') && is_top_level {
                prose += 1;
            }
            block.other_lines.push(line.to_owned());
            continue;
        };
        let mut raw = line.to_owned();
        let value = value.trim();
        let value = if value.is_empty() && !toml {
            // A YAML list: the indented `- item` lines that follow.
            let mut items = Vec::new();
            while let Some(next) = lines.get(index) {
                let Some(item) = next
                    .trim_start()
                    .strip_prefix("- ")
                    .or_else(|| (next.trim() == "-").then_some(""))
                else {
                    break;
                };
                raw.push('\n');
                raw.push_str(next);
                items.push(unquote(item.trim()));
                index += 1;
            }
            if items.is_empty() {
                Value::Text(String::new())
            } else {
                Value::List(items)
            }
        } else if let Some(inner) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
            Value::List(split_list(inner))
        } else {
            Value::Text(unquote(strip_comment(value)))
        };
        block.entries.push(Entry {
            key: key.trim().to_owned(),
            value,
            raw,
        });
    }
    (!block.entries.is_empty() && prose <= block.entries.len() / 2).then_some(block)
}

fn is_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 40
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ' '))
        && !key.starts_with(['-', ' '])
}

/// A `# comment` after an unquoted value.
fn strip_comment(value: &str) -> &str {
    if value.starts_with(['"', '\'']) {
        return value;
    }
    match value.find(" #") {
        Some(index) => value[..index].trim_end(),
        None => value,
    }
}

/// The items of `a, "b, c", 'd'`.
fn split_list(inner: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut current = String::new();
    let mut quote = None;
    let mut escaped = false;
    for c in inner.chars() {
        if escaped {
            current.push(c);
            escaped = false;
            continue;
        }
        match (quote, c) {
            (Some('"'), '\\') => {
                current.push(c);
                escaped = true;
            }
            (Some(q), c) if c == q => {
                quote = None;
                current.push(c);
            }
            (None, '"' | '\'') => {
                quote = Some(c);
                current.push(c);
            }
            (None, ',') => {
                items.push(unquote(current.trim()));
                current.clear();
            }
            _ => current.push(c),
        }
    }
    if !current.trim().is_empty() {
        items.push(unquote(current.trim()));
    }
    items.retain(|item| !item.is_empty());
    items
}

/// Removes one pair of surrounding quotes: `"..."` with backslash escapes, `'...'` with `''`
/// for a quote. Unquoted values are returned trimmed.
pub(crate) fn unquote(value: &str) -> String {
    let value = value.trim();
    if value.len() >= 2 && value.starts_with('"') && value.ends_with('"') {
        let inner = &value[1..value.len() - 1];
        let mut out = String::with_capacity(inner.len());
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('u') => {
                    // `\uXXXX`, as the Markdown exporter writes `<`, `>` and control
                    // characters; anything else is kept as written.
                    let code: String = chars.clone().take(4).collect();
                    match u32::from_str_radix(&code, 16).ok().and_then(char::from_u32) {
                        Some(decoded) if code.len() == 4 => {
                            out.push(decoded);
                            for _ in 0..4 {
                                chars.next();
                            }
                        }
                        _ => out.push_str("\\u"),
                    }
                }
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        }
        return out;
    }
    if value.len() >= 2 && value.starts_with('\'') && value.ends_with('\'') {
        return value[1..value.len() - 1].replace("''", "'");
    }
    value.to_owned()
}

/// The field a key names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Key {
    Title,
    Company,
    Location,
    Country,
    WorkMode,
    Remote,
    RemoteEligibility,
    EmploymentType,
    Salary,
    DatePosted,
    ValidThrough,
    ApplyUrl,
}

fn key_of(key: &str) -> Option<Key> {
    let key = key.to_lowercase().replace(['-', ' ', '.'], "_");
    Some(match key.as_str() {
        "title" | "position" | "role" | "job_title" => Key::Title,
        "company"
        | "organization"
        | "organisation"
        | "employer"
        | "hiring_organization"
        | "hiring_organisation" => Key::Company,
        "location" | "city" | "place" | "places" | "locations" | "office" | "offices"
        | "job_location" | "work_location" => Key::Location,
        "country" => Key::Country,
        "work_mode" | "workplace_type" | "workplace" => Key::WorkMode,
        "remote" => Key::Remote,
        "remote_eligibility" => Key::RemoteEligibility,
        "employment_type" | "job_type" => Key::EmploymentType,
        "salary" | "pay" | "compensation" | "salary_range" => Key::Salary,
        "date_posted" | "date" | "posted" => Key::DatePosted,
        "valid_through"
        | "closing_date"
        | "close_date"
        | "closing"
        | "deadline"
        | "application_deadline"
        | "apply_by"
        | "apply_before"
        | "expires"
        | "expiry_date" => Key::ValidThrough,
        "apply_url" | "apply" | "url" | "application_url" => Key::ApplyUrl,
        _ => return None,
    })
}

/// An employment type however a site spells it (`full-time`, `FULL_TIME`, `Part time`).
pub(crate) fn employment_type_of(value: &str) -> Option<EmploymentType> {
    let id = value.trim().to_lowercase().replace(['_', ' '], "-");
    match id.as_str() {
        "fulltime" | "permanent" => Some(EmploymentType::FullTime),
        "parttime" => Some(EmploymentType::PartTime),
        "contractor" | "freelance" => Some(EmploymentType::Contract),
        "temp" | "fixed-term" | "seasonal" => Some(EmploymentType::Temporary),
        "intern" => Some(EmploymentType::Internship),
        other => EmploymentType::from_id(other),
    }
}

fn work_mode_of(value: &str) -> Option<WorkMode> {
    let id = value.trim().to_lowercase().replace(['_', ' '], "-");
    match id.as_str() {
        "onsite" | "in-office" | "office" | "on-site" => Some(WorkMode::OnSite),
        "hybrid" => Some(WorkMode::Hybrid),
        "remote" | "fully-remote" | "telecommute" => Some(WorkMode::Remote),
        _ => None,
    }
}

/// `2026-03-01`, or the date of `2026-03-01T09:00:00Z` / `2026-03-01 09:00`.
fn iso_date(value: &str) -> Option<String> {
    let value = value.trim();
    let date = value.get(..10)?;
    let bytes = date.as_bytes();
    let shape = bytes.iter().enumerate().all(|(index, byte)| match index {
        4 | 7 => *byte == b'-',
        _ => byte.is_ascii_digit(),
    });
    let rest = &value[10..];
    (shape && (rest.is_empty() || rest.starts_with(['T', 't', ' ']))).then(|| date.to_owned())
}

/// What reading the block gave beyond the posting's fields.
#[derive(Debug, Default)]
pub(crate) struct Applied {
    /// Keys and lines read as structure (`title:`, a date-time whose date was taken).
    pub consumed: Vec<String>,
    pub warnings: Vec<String>,
}

/// Fills `posting` from the block. Values set here take precedence over what the body says,
/// except that an empty value sets nothing. Keys it does not know, and values that do not fit,
/// go to `posting.unplaced` as `key: value` lines.
pub(crate) fn apply(block: &FrontMatter, posting: &mut Posting) -> Applied {
    let mut applied = Applied::default();
    let mut unsorted: Vec<String> = Vec::new();
    applied.consumed.extend(block.delimiters.iter().cloned());
    for entry in &block.entries {
        let value = entry.value.joined("; ");
        let label = format!("{}:", entry.key);
        if value.trim().is_empty() {
            applied.consumed.push(entry.raw.clone());
            continue;
        }
        let Some(key) = key_of(&entry.key) else {
            unsorted.push(format!("{}: {}", entry.key, entry.value.joined(", ")));
            applied.warnings.push(format!(
                "front matter key '{}' is not a posting field; kept in the unsorted text",
                entry.key
            ));
            continue;
        };
        let placed = match key {
            Key::Title => set_text(&mut posting.title, &value),
            Key::Company => set_text(&mut posting.company, &value),
            Key::Location => set_text(&mut posting.location.places, &value),
            Key::Country => set_text(&mut posting.location.country, &value),
            Key::RemoteEligibility => set_text(&mut posting.location.remote_eligibility, &value),
            Key::WorkMode => work_mode_of(&value)
                .map(|mode| posting.location.work_mode = Some(mode))
                .is_some(),
            Key::Remote => match value.trim().to_lowercase().as_str() {
                "true" | "yes" => {
                    posting.location.work_mode = Some(WorkMode::Remote);
                    true
                }
                "false" | "no" => true,
                _ => false,
            },
            Key::EmploymentType => match employment_type_of(&value) {
                Some(kind) => {
                    posting.employment_type = Some(kind);
                    true
                }
                // "Full-time, permanent": the type, with words of the employment's status
                // that stay in the unsorted text, as words beside pay figures do.
                // "Permanent, full time (37 hours a week)": the type it names, with the whole
                // value kept there too.
                None => match super::splitter::employment_type_with_status(&value)
                    .or_else(|| super::splitter::employment_type_in(&value))
                {
                    Some(kind) => {
                        posting.employment_type = Some(kind);
                        unsorted.push(format!("{}: {value}", entry.key));
                        true
                    }
                    None => false,
                },
            },
            Key::Salary => match pay_line::find(&value) {
                Some(pay) => {
                    posting.pay.min = pay.min;
                    posting.pay.max = pay.max;
                    posting.pay.currency = pay.currency;
                    posting.pay.period = pay.period;
                    if !pay.only_pay {
                        // Words beside the figures stay in the unsorted text.
                        unsorted.push(format!("{}: {value}", entry.key));
                    }
                    true
                }
                // Not a range ("To be determined", "Competitive"): the stated reason there is
                // none, as the exporter writes it.
                None => {
                    value.trim().clone_into(&mut posting.pay.absent_reason);
                    true
                }
            },
            Key::DatePosted | Key::ValidThrough => match iso_date(&value) {
                Some(date) => {
                    if key == Key::DatePosted {
                        posting.date_posted = date;
                    } else {
                        posting.valid_through = date;
                    }
                    true
                }
                None => false,
            },
            Key::ApplyUrl => {
                let url = value.trim();
                let lower = url.to_lowercase();
                let is_address = lower.starts_with("http://")
                    || lower.starts_with("https://")
                    || lower.starts_with("mailto:");
                if is_address {
                    posting.how_to_apply.url = url.to_owned();
                }
                is_address
            }
        };
        if placed {
            // The key and any part of the value read into a structured field (a time of day,
            // the words "true", "full_time") are structure.
            applied.consumed.push(entry.raw.clone());
            applied.consumed.push(label);
        } else {
            unsorted.push(format!("{}: {value}", entry.key));
            applied.warnings.push(format!(
                "front matter '{}: {value}' does not fit the {} field; kept in the unsorted text",
                entry.key,
                key_name(key)
            ));
        }
    }
    unsorted.extend(block.other_lines.iter().map(|line| line.trim().to_owned()));
    if !block.other_lines.is_empty() {
        applied.warnings.push(format!(
            "{} front matter line(s) are not key-value pairs; kept in the unsorted text",
            block.other_lines.len()
        ));
    }
    if !unsorted.is_empty() {
        let text = unsorted.join("\n");
        if posting.unplaced.is_empty() {
            posting.unplaced = text;
        } else {
            posting.unplaced = format!("{text}\n\n{}", posting.unplaced);
        }
    }
    applied
}

fn key_name(key: Key) -> &'static str {
    match key {
        Key::Title => "title",
        Key::Company => "company",
        Key::Location => "location",
        Key::Country => "country",
        Key::WorkMode | Key::Remote => "work mode",
        Key::RemoteEligibility => "remote eligibility",
        Key::EmploymentType => "employment type",
        Key::Salary => "pay",
        Key::DatePosted => "date posted",
        Key::ValidThrough => "closing date",
        Key::ApplyUrl => "apply URL",
    }
}

/// Sets a text field from the block; the front matter is the posting's own record of it.
fn set_text(field: &mut String, value: &str) -> bool {
    value.trim().clone_into(field);
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PayPeriod;

    fn read_into(text: &str) -> (Posting, Applied, String) {
        let (block, body) = split(text).expect("front matter");
        let mut posting = Posting::default();
        let applied = apply(&block, &mut posting);
        (posting, applied, body.to_owned())
    }

    #[test]
    fn reads_yaml_pairs_quotes_and_lists() {
        let (posting, applied, body) = read_into(
            "---\ntitle: \"Site Reliability Engineer\"\ncompany: 'Example''s Co'\nlocations:\n  - Berlin\n  - Lisbon\nemployment_type: FULL_TIME\nsalary: \"USD 120,000 - 150,000 per year\"\ndate: 2026-03-01T09:30:00Z\nvalid_through: 2026-04-30\napply_url: https://example.com/apply\nremote: true\ntags: [sre, \"ops, infra\"]\n---\n# Body\n",
        );
        assert_eq!(body, "# Body\n");
        assert_eq!(posting.title, "Site Reliability Engineer");
        assert_eq!(posting.company, "Example's Co");
        assert_eq!(posting.location.places, "Berlin; Lisbon");
        assert_eq!(posting.employment_type, Some(EmploymentType::FullTime));
        assert_eq!(posting.pay.min, Some(120_000.0));
        assert_eq!(posting.pay.max, Some(150_000.0));
        assert_eq!(posting.pay.currency, "USD");
        assert_eq!(posting.pay.period, Some(PayPeriod::Year));
        assert_eq!(posting.date_posted, "2026-03-01");
        assert_eq!(posting.valid_through, "2026-04-30");
        assert_eq!(posting.how_to_apply.url, "https://example.com/apply");
        assert_eq!(posting.location.work_mode, Some(WorkMode::Remote));
        assert_eq!(posting.unplaced, "tags: sre, ops, infra");
        assert_eq!(applied.warnings.len(), 1);
        assert!(applied.warnings[0].contains("'tags'"));
    }

    #[test]
    fn reads_toml_pairs() {
        let (posting, _, body) = read_into(
            "+++\ntitle = \"Data \\\"Platform\\\" Engineer\"\nemployment_type = \"part_time\"\nwork_mode = \"hybrid\"\ncity = [\"Berlin\", 'Munich']\n+++\nText\n",
        );
        assert_eq!(body, "Text\n");
        assert_eq!(posting.title, "Data \"Platform\" Engineer");
        assert_eq!(posting.employment_type, Some(EmploymentType::PartTime));
        assert_eq!(posting.location.work_mode, Some(WorkMode::Hybrid));
        assert_eq!(posting.location.places, "Berlin; Munich");
    }

    #[test]
    fn a_type_with_its_status_sets_the_type_and_keeps_the_words() {
        for (value, kind) in [
            ("\"Full-time, permanent\"", EmploymentType::FullTime),
            ("Full-time, non-exempt", EmploymentType::FullTime),
            ("Regular part time", EmploymentType::PartTime),
        ] {
            let (posting, applied, _) = read_into(&format!("---\nemployment_type: {value}\n---\n"));
            assert_eq!(posting.employment_type, Some(kind), "{value}");
            assert!(posting.unplaced.contains("employment_type:"), "{value}");
            assert!(applied.warnings.is_empty(), "{value}");
        }
        // More than a status: the one type it names, with the value kept.
        for value in [
            "Full-time, Monday to Friday",
            "Permanent, full time (37 hours a week)",
        ] {
            let (posting, _, _) = read_into(&format!("---\nemployment_type: {value}\n---\n"));
            assert_eq!(
                posting.employment_type,
                Some(EmploymentType::FullTime),
                "{value}"
            );
            assert!(posting.unplaced.contains(value), "{value}");
        }
        // Two types are not one type.
        let (posting, _, _) = read_into("---\nemployment_type: Full-time or part-time\n---\n");
        assert_eq!(posting.employment_type, None);
    }

    #[test]
    fn an_apply_by_date_is_the_closing_date() {
        for key in ["apply_by", "application_deadline", "closing"] {
            let (posting, applied, _) = read_into(&format!("---\n{key}: 2027-01-15\n---\n"));
            assert_eq!(posting.valid_through, "2027-01-15", "{key}");
            assert!(applied.warnings.is_empty(), "{key}");
        }
    }

    #[test]
    fn an_hourly_minimum_keeps_its_period() {
        let (posting, _, _) = read_into("---\nsalary: $16.25+/hr\n---\n");
        assert_eq!(posting.pay.min, Some(16.25));
        assert_eq!(posting.pay.max, None);
        assert_eq!(posting.pay.period, Some(PayPeriod::Hour));
    }

    #[test]
    fn values_that_do_not_fit_stay_unsorted() {
        let (posting, applied, _) =
            read_into("---\ndate: next Monday\nurl: /jobs/sre/\nemployment_type: gig\n---\n");
        assert_eq!(
            posting.unplaced,
            "date: next Monday\nurl: /jobs/sre/\nemployment_type: gig"
        );
        assert_eq!(posting.date_posted, "");
        assert_eq!(applied.warnings.len(), 3);
        assert!(applied
            .warnings
            .iter()
            .all(|warning| warning.contains("kept in the unsorted text")));
    }

    #[test]
    fn a_rule_and_prose_is_not_front_matter() {
        assert!(split("---\nWe are hiring. Come and work with us.\n---\n").is_none());
        assert!(split("---\nno end: here\n").is_none());
        assert!(split("# Title\n---\ntitle: x\n---\n").is_none());
    }

    #[test]
    fn unquotes_both_styles() {
        assert_eq!(unquote(r#""a \"b\" \\ c""#), r#"a "b" \ c"#);
        assert_eq!(unquote("'it''s'"), "it's");
        assert_eq!(unquote("plain"), "plain");
        assert_eq!(unquote(r#""\u003Cb\u003E]\u0028x""#), "<b>](x");
        assert_eq!(unquote(r#""\u00ZZ""#), "\\u00ZZ");
        assert_eq!(unquote("\""), "\"");
    }
}
