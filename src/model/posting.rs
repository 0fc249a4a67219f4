//! The `Posting`: everything a job posting says, section by section.

use serde::{Deserialize, Serialize};

use super::field::{Field, ListKind};
use super::list_item::{ItemId, ListItem};

/// The heading the unsorted text ([`Posting::unplaced`]) has in the preview and every export;
/// the text importer reads a section under it back as unsorted text.
pub const UNSORTED_HEADING: &str = "Other information";

/// Kind of employment, as schema.org's `employmentType` names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EmploymentType {
    FullTime,
    PartTime,
    Contract,
    Temporary,
    Internship,
}

impl EmploymentType {
    /// Every variant, in the order the editor offers them.
    pub const ALL: [EmploymentType; 5] = [
        Self::FullTime,
        Self::PartTime,
        Self::Contract,
        Self::Temporary,
        Self::Internship,
    ];

    /// Stable machine id (the JSON spelling).
    pub fn id(self) -> &'static str {
        match self {
            Self::FullTime => "full-time",
            Self::PartTime => "part-time",
            Self::Contract => "contract",
            Self::Temporary => "temporary",
            Self::Internship => "internship",
        }
    }

    /// Human label.
    pub fn label(self) -> &'static str {
        match self {
            Self::FullTime => "Full-time",
            Self::PartTime => "Part-time",
            Self::Contract => "Contract",
            Self::Temporary => "Temporary",
            Self::Internship => "Internship",
        }
    }

    /// Parses the id written by [`EmploymentType::id`].
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.id() == id)
    }
}

/// Where the work happens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WorkMode {
    OnSite,
    Hybrid,
    Remote,
}

impl WorkMode {
    /// Every variant, in the order the editor offers them.
    pub const ALL: [WorkMode; 3] = [Self::OnSite, Self::Hybrid, Self::Remote];

    /// Stable machine id (the JSON spelling).
    pub fn id(self) -> &'static str {
        match self {
            Self::OnSite => "on-site",
            Self::Hybrid => "hybrid",
            Self::Remote => "remote",
        }
    }

    /// Human label.
    pub fn label(self) -> &'static str {
        match self {
            Self::OnSite => "On-site",
            Self::Hybrid => "Hybrid",
            Self::Remote => "Remote",
        }
    }

    /// Parses the id written by [`WorkMode::id`].
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|mode| mode.id() == id)
    }
}

/// Location and remote policy.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Location {
    /// One or more places, free text ("Berlin; Lisbon").
    pub places: String,
    /// Country name or ISO 3166 code ("DE").
    pub country: String,
    /// On-site, hybrid or remote; `None` while not chosen.
    pub work_mode: Option<WorkMode>,
    /// Who may apply for a remote role ("within the EU", "US time zones").
    pub remote_eligibility: String,
}

impl Location {
    /// The location for people: work mode, places and country, and who may apply from where
    /// ("Hybrid – Berlin, DE", "Remote (EU)", "Lisbon"); empty when nothing is set.
    pub fn describe(&self) -> String {
        let mut place = self.places.trim().to_owned();
        let country = self.country.trim();
        if !country.is_empty() {
            if !place.is_empty() {
                place.push_str(", ");
            }
            place.push_str(country);
        }
        let text = match (self.work_mode, place.is_empty()) {
            (Some(mode), true) => mode.label().to_owned(),
            (Some(mode), false) => format!("{} – {place}", mode.label()),
            (None, _) => place,
        };
        let eligibility = self.remote_eligibility.trim();
        match (text.is_empty(), eligibility.is_empty()) {
            (_, true) => text,
            (true, false) => eligibility.to_owned(),
            (false, false) => format!("{text} ({eligibility})"),
        }
    }
}

/// Unit of time a pay figure is quoted per.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PayPeriod {
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl PayPeriod {
    /// Every variant, in the order the editor offers them.
    pub const ALL: [PayPeriod; 5] = [Self::Hour, Self::Day, Self::Week, Self::Month, Self::Year];

    /// Stable machine id (the JSON spelling).
    pub fn id(self) -> &'static str {
        match self {
            Self::Hour => "hour",
            Self::Day => "day",
            Self::Week => "week",
            Self::Month => "month",
            Self::Year => "year",
        }
    }

    /// Human label ("per year").
    pub fn label(self) -> &'static str {
        match self {
            Self::Hour => "per hour",
            Self::Day => "per day",
            Self::Week => "per week",
            Self::Month => "per month",
            Self::Year => "per year",
        }
    }

    /// schema.org `unitText` value.
    pub fn schema_unit(self) -> &'static str {
        match self {
            Self::Hour => "HOUR",
            Self::Day => "DAY",
            Self::Week => "WEEK",
            Self::Month => "MONTH",
            Self::Year => "YEAR",
        }
    }

    /// Parses the id written by [`PayPeriod::id`].
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|period| period.id() == id)
    }
}

/// Pay range, or the stated reason there is none.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Pay {
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// ISO 4217 code ("EUR", "USD").
    pub currency: String,
    pub period: Option<PayPeriod>,
    /// Why no range is given, when none is (the pay-range rule reads this).
    pub absent_reason: String,
}

impl Pay {
    /// True when at least one figure is present.
    pub fn has_figures(&self) -> bool {
        self.min.is_some() || self.max.is_some()
    }

    /// The pay for people ("EUR 70,000 – 85,000 per year", "From USD 18.50 per hour"), or the
    /// stated reason there is none, or an empty string when the posting says nothing about pay.
    pub fn describe(&self) -> String {
        let currency = self.currency.trim();
        let money = |value: f64| {
            if currency.is_empty() {
                amount_text(value)
            } else {
                format!("{currency} {}", amount_text(value))
            }
        };
        let range = match (self.min, self.max) {
            (Some(min), Some(max)) if min == max => money(min),
            (Some(min), Some(max)) => format!("{} – {}", money(min), amount_text(max)),
            (Some(min), None) => format!("From {}", money(min)),
            (None, Some(max)) => format!("Up to {}", money(max)),
            (None, None) => return self.absent_reason.trim().to_owned(),
        };
        match self.period {
            Some(period) => format!("{range} {}", period.label()),
            None => range,
        }
    }
}

/// A pay figure for people: thousands separated by commas, two decimals when it has a
/// fraction ("70,000", "18.50").
fn amount_text(value: f64) -> String {
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

/// Whether the role carries on-call duty.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OnCallStatus {
    /// The posting does not say.
    #[default]
    NotStated,
    /// The posting says there is no on-call duty.
    None,
    /// The role includes on-call duty, described by the fields of [`OnCall`].
    Required,
}

impl OnCallStatus {
    /// Every variant, in the order the editor offers them.
    pub const ALL: [OnCallStatus; 3] = [Self::NotStated, Self::None, Self::Required];

    /// Stable machine id (the JSON spelling).
    pub fn id(self) -> &'static str {
        match self {
            Self::NotStated => "not-stated",
            Self::None => "none",
            Self::Required => "required",
        }
    }

    /// Human label.
    pub fn label(self) -> &'static str {
        match self {
            Self::NotStated => "Not stated",
            Self::None => "No on-call duty",
            Self::Required => "On-call duty",
        }
    }

    /// Parses the id written by [`OnCallStatus::id`].
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.id() == id)
    }
}

/// On-call duty: how often, which hours, how it is paid.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OnCall {
    pub status: OnCallStatus,
    /// How often ("one week in six").
    pub frequency: String,
    /// Which hours ("evenings and weekends, 18:00-08:00 CET").
    pub hours: String,
    /// How it is compensated ("EUR 300 per on-call week plus time off").
    pub compensation: String,
    /// Anything else.
    pub details: String,
}

/// How to apply.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct HowToApply {
    pub text: String,
    pub url: String,
}

/// A job posting.
///
/// Every text field is plain text; paragraphs in long fields are separated by a blank line.
/// Dates are ISO 8601 calendar dates (`2026-11-27`) or empty.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Posting {
    pub title: String,
    pub company: String,
    pub employment_type: Option<EmploymentType>,
    pub location: Location,
    pub pay: Pay,
    /// About the role.
    pub summary: String,
    pub about_company: String,
    pub responsibilities: Vec<ListItem>,
    pub must_have: Vec<ListItem>,
    pub nice_to_have: Vec<ListItem>,
    pub benefits: Vec<ListItem>,
    pub on_call: OnCall,
    pub how_to_apply: HowToApply,
    /// Equal-opportunity and accommodation statement.
    pub equal_opportunity: String,
    pub date_posted: String,
    pub valid_through: String,
    /// Text an importer could not place in a section; kept, never dropped. Exports show it
    /// last, under [`UNSORTED_HEADING`].
    pub unplaced: String,
}

impl Posting {
    /// The list of the given kind.
    pub fn list(&self, kind: ListKind) -> &Vec<ListItem> {
        match kind {
            ListKind::Responsibilities => &self.responsibilities,
            ListKind::MustHave => &self.must_have,
            ListKind::NiceToHave => &self.nice_to_have,
            ListKind::Benefits => &self.benefits,
        }
    }

    /// The list of the given kind, mutably.
    pub fn list_mut(&mut self, kind: ListKind) -> &mut Vec<ListItem> {
        match kind {
            ListKind::Responsibilities => &mut self.responsibilities,
            ListKind::MustHave => &mut self.must_have,
            ListKind::NiceToHave => &mut self.nice_to_have,
            ListKind::Benefits => &mut self.benefits,
        }
    }

    /// An id no list item of this posting uses yet.
    ///
    /// Ids are unique across all lists, so an item keeps its identity when moved between them.
    pub fn next_item_id(&self) -> ItemId {
        ListKind::ALL
            .iter()
            .flat_map(|kind| self.list(*kind).iter())
            .map(|item| item.id)
            .max()
            .map_or(1, |max| max + 1)
    }

    /// Appends a new item with a fresh id to a list and returns the id.
    pub fn push_item(&mut self, kind: ListKind, text: impl Into<String>) -> ItemId {
        let id = self.next_item_id();
        self.list_mut(kind).push(ListItem::new(id, text));
        id
    }

    /// Gives every list item a unique, non-zero id, keeping ids that are already unique.
    ///
    /// Imported documents may repeat or omit ids; the editor and the lint engine rely on them
    /// being unique.
    pub fn normalize_item_ids(&mut self) {
        let mut seen = std::collections::HashSet::new();
        let mut next = self.next_item_id();
        for kind in ListKind::ALL {
            for item in self.list_mut(kind).iter_mut() {
                if item.id == 0 || !seen.insert(item.id) {
                    item.id = next;
                    seen.insert(next);
                    next += 1;
                }
            }
        }
    }

    /// The text of one field, or `None` when the field does not exist (a removed list item).
    pub fn text(&self, field: Field) -> Option<&str> {
        Some(match field {
            Field::Title => &self.title,
            Field::Company => &self.company,
            Field::LocationPlaces => &self.location.places,
            Field::LocationCountry => &self.location.country,
            Field::RemoteEligibility => &self.location.remote_eligibility,
            Field::PayCurrency => &self.pay.currency,
            Field::PayAbsentReason => &self.pay.absent_reason,
            Field::Summary => &self.summary,
            Field::AboutCompany => &self.about_company,
            Field::Item(kind, id) => &self.list(kind).iter().find(|item| item.id == id)?.text,
            Field::OnCallFrequency => &self.on_call.frequency,
            Field::OnCallHours => &self.on_call.hours,
            Field::OnCallCompensation => &self.on_call.compensation,
            Field::OnCallDetails => &self.on_call.details,
            Field::HowToApply => &self.how_to_apply.text,
            Field::ApplyUrl => &self.how_to_apply.url,
            Field::EqualOpportunity => &self.equal_opportunity,
            Field::DatePosted => &self.date_posted,
            Field::ValidThrough => &self.valid_through,
            Field::Unplaced => &self.unplaced,
        })
    }

    /// The text of one field, mutably.
    pub fn text_mut(&mut self, field: Field) -> Option<&mut String> {
        Some(match field {
            Field::Title => &mut self.title,
            Field::Company => &mut self.company,
            Field::LocationPlaces => &mut self.location.places,
            Field::LocationCountry => &mut self.location.country,
            Field::RemoteEligibility => &mut self.location.remote_eligibility,
            Field::PayCurrency => &mut self.pay.currency,
            Field::PayAbsentReason => &mut self.pay.absent_reason,
            Field::Summary => &mut self.summary,
            Field::AboutCompany => &mut self.about_company,
            Field::Item(kind, id) => {
                &mut self
                    .list_mut(kind)
                    .iter_mut()
                    .find(|item| item.id == id)?
                    .text
            }
            Field::OnCallFrequency => &mut self.on_call.frequency,
            Field::OnCallHours => &mut self.on_call.hours,
            Field::OnCallCompensation => &mut self.on_call.compensation,
            Field::OnCallDetails => &mut self.on_call.details,
            Field::HowToApply => &mut self.how_to_apply.text,
            Field::ApplyUrl => &mut self.how_to_apply.url,
            Field::EqualOpportunity => &mut self.equal_opportunity,
            Field::DatePosted => &mut self.date_posted,
            Field::ValidThrough => &mut self.valid_through,
            Field::Unplaced => &mut self.unplaced,
        })
    }

    /// Every prose field with its text, in reading order (the order of the preview).
    ///
    /// This is what the lint engine walks. Codes, URLs and dates are left out: they are not
    /// prose and no wording rule applies to them.
    pub fn prose_fields(&self) -> Vec<(Field, &str)> {
        let mut fields: Vec<(Field, &str)> = vec![
            (Field::Title, self.title.as_str()),
            (Field::Company, self.company.as_str()),
            (Field::LocationPlaces, self.location.places.as_str()),
            (
                Field::RemoteEligibility,
                self.location.remote_eligibility.as_str(),
            ),
            (Field::PayAbsentReason, self.pay.absent_reason.as_str()),
            (Field::Summary, self.summary.as_str()),
            (Field::AboutCompany, self.about_company.as_str()),
        ];
        for kind in ListKind::ALL {
            for item in self.list(kind) {
                fields.push((Field::Item(kind, item.id), item.text.as_str()));
            }
        }
        fields.extend([
            (Field::OnCallFrequency, self.on_call.frequency.as_str()),
            (Field::OnCallHours, self.on_call.hours.as_str()),
            (
                Field::OnCallCompensation,
                self.on_call.compensation.as_str(),
            ),
            (Field::OnCallDetails, self.on_call.details.as_str()),
            (Field::HowToApply, self.how_to_apply.text.as_str()),
            (Field::EqualOpportunity, self.equal_opportunity.as_str()),
            (Field::Unplaced, self.unplaced.as_str()),
        ]);
        fields
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_ids_are_unique_across_lists() {
        let mut posting = Posting::default();
        let a = posting.push_item(ListKind::Responsibilities, "Ship things");
        let b = posting.push_item(ListKind::MustHave, "Rust");
        assert_ne!(a, b);
        assert_eq!(
            posting.text(Field::Item(ListKind::MustHave, b)),
            Some("Rust")
        );
        assert_eq!(
            posting.text(Field::Item(ListKind::Responsibilities, b)),
            None
        );
    }

    #[test]
    fn normalize_repairs_duplicate_and_zero_ids() {
        let mut posting = Posting {
            responsibilities: vec![ListItem::new(3, "a"), ListItem::new(3, "b")],
            benefits: vec![ListItem::new(0, "c")],
            ..Posting::default()
        };
        posting.normalize_item_ids();
        let mut ids: Vec<ItemId> = ListKind::ALL
            .iter()
            .flat_map(|kind| posting.list(*kind).iter().map(|item| item.id))
            .collect();
        assert_eq!(ids[0], 3, "an id that was already unique is kept");
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 3);
        assert!(!ids.contains(&0));
    }

    #[test]
    fn pay_describes_itself() {
        let mut pay = Pay {
            min: Some(70000.0),
            max: Some(85000.0),
            currency: "EUR".into(),
            period: Some(PayPeriod::Year),
            absent_reason: "Discussed at interview".into(),
        };
        assert_eq!(pay.describe(), "EUR 70,000 – 85,000 per year");
        pay.max = None;
        pay.min = Some(18.5);
        pay.period = Some(PayPeriod::Hour);
        assert_eq!(pay.describe(), "From EUR 18.50 per hour");
        pay.min = None;
        pay.max = Some(1_234_567.0);
        pay.currency.clear();
        pay.period = None;
        assert_eq!(pay.describe(), "Up to 1,234,567");
        pay.max = None;
        assert_eq!(pay.describe(), "Discussed at interview");
        assert_eq!(Pay::default().describe(), "");
        assert_eq!(amount_text(-1500.25), "-1,500.25");
    }

    #[test]
    fn location_describes_itself() {
        let hybrid = Location {
            places: "Berlin".into(),
            country: "DE".into(),
            work_mode: Some(WorkMode::Hybrid),
            remote_eligibility: String::new(),
        };
        assert_eq!(hybrid.describe(), "Hybrid – Berlin, DE");
        let remote = Location {
            work_mode: Some(WorkMode::Remote),
            remote_eligibility: " EU ".into(),
            ..Location::default()
        };
        assert_eq!(remote.describe(), "Remote (EU)");
        let only_eligibility = Location {
            remote_eligibility: "US time zones".into(),
            ..Location::default()
        };
        assert_eq!(only_eligibility.describe(), "US time zones");
        assert_eq!(Location::default().describe(), "");
    }

    #[test]
    fn text_mut_edits_the_named_field() {
        let mut posting = Posting::default();
        let id = posting.push_item(ListKind::Benefits, "Pension");
        posting
            .text_mut(Field::Item(ListKind::Benefits, id))
            .unwrap()
            .push_str(" plan");
        assert_eq!(posting.benefits[0].text, "Pension plan");
    }
}
