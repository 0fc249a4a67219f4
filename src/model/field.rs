//! `Field` and `Section`: addresses of text inside a posting.
//!
//! Diagnostics, fixes, highlights and the editor all name text by `Field`, so a finding always
//! points at the same words the user sees.

use serde::{Deserialize, Serialize};

use super::list_item::ItemId;

/// The four list sections.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ListKind {
    Responsibilities,
    MustHave,
    NiceToHave,
    Benefits,
}

impl ListKind {
    /// Every list, in reading order.
    pub const ALL: [ListKind; 4] = [
        Self::Responsibilities,
        Self::MustHave,
        Self::NiceToHave,
        Self::Benefits,
    ];

    /// The section this list is.
    pub fn section(self) -> Section {
        match self {
            Self::Responsibilities => Section::Responsibilities,
            Self::MustHave => Section::MustHave,
            Self::NiceToHave => Section::NiceToHave,
            Self::Benefits => Section::Benefits,
        }
    }
}

/// A section of the posting, as the editor groups its forms and the lint panel groups findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Section {
    Title,
    Company,
    EmploymentType,
    Location,
    Pay,
    Summary,
    AboutCompany,
    Responsibilities,
    MustHave,
    NiceToHave,
    Benefits,
    OnCall,
    HowToApply,
    EqualOpportunity,
    Dates,
    Unplaced,
}

impl Section {
    /// Every section, in the editor's order.
    pub const ALL: [Section; 16] = [
        Self::Title,
        Self::Company,
        Self::EmploymentType,
        Self::Location,
        Self::Pay,
        Self::Summary,
        Self::AboutCompany,
        Self::Responsibilities,
        Self::MustHave,
        Self::NiceToHave,
        Self::Benefits,
        Self::OnCall,
        Self::HowToApply,
        Self::EqualOpportunity,
        Self::Dates,
        Self::Unplaced,
    ];

    /// Stable kebab-case id (CLI output, JSON, DOM ids).
    pub fn id(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::Company => "company",
            Self::EmploymentType => "employment-type",
            Self::Location => "location",
            Self::Pay => "pay",
            Self::Summary => "summary",
            Self::AboutCompany => "about-company",
            Self::Responsibilities => "responsibilities",
            Self::MustHave => "must-have",
            Self::NiceToHave => "nice-to-have",
            Self::Benefits => "benefits",
            Self::OnCall => "on-call",
            Self::HowToApply => "how-to-apply",
            Self::EqualOpportunity => "equal-opportunity",
            Self::Dates => "dates",
            Self::Unplaced => "unplaced",
        }
    }

    /// Human heading.
    pub fn label(self) -> &'static str {
        match self {
            Self::Title => "Job title",
            Self::Company => "Company",
            Self::EmploymentType => "Employment type",
            Self::Location => "Location and remote policy",
            Self::Pay => "Pay range",
            Self::Summary => "About the role",
            Self::AboutCompany => "About the company",
            Self::Responsibilities => "Responsibilities",
            Self::MustHave => "Must-have requirements",
            Self::NiceToHave => "Nice-to-have requirements",
            Self::Benefits => "Benefits",
            Self::OnCall => "On-call",
            Self::HowToApply => "How to apply",
            Self::EqualOpportunity => "Equal opportunity and accommodation",
            Self::Dates => "Dates",
            Self::Unplaced => "Unsorted text",
        }
    }
}

/// One text field of a posting. List items are named by list and item id, not position, so an
/// address stays right while the user reorders.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "field", content = "item")]
pub enum Field {
    Title,
    Company,
    LocationPlaces,
    LocationCountry,
    RemoteEligibility,
    PayCurrency,
    PayAbsentReason,
    Summary,
    AboutCompany,
    Item(ListKind, ItemId),
    OnCallFrequency,
    OnCallHours,
    OnCallCompensation,
    OnCallDetails,
    HowToApply,
    ApplyUrl,
    EqualOpportunity,
    DatePosted,
    ValidThrough,
    Unplaced,
}

impl Field {
    /// The section this field belongs to.
    pub fn section(self) -> Section {
        match self {
            Self::Title => Section::Title,
            Self::Company => Section::Company,
            Self::LocationPlaces | Self::LocationCountry | Self::RemoteEligibility => {
                Section::Location
            }
            Self::PayCurrency | Self::PayAbsentReason => Section::Pay,
            Self::Summary => Section::Summary,
            Self::AboutCompany => Section::AboutCompany,
            Self::Item(kind, _) => kind.section(),
            Self::OnCallFrequency
            | Self::OnCallHours
            | Self::OnCallCompensation
            | Self::OnCallDetails => Section::OnCall,
            Self::HowToApply | Self::ApplyUrl => Section::HowToApply,
            Self::EqualOpportunity => Section::EqualOpportunity,
            Self::DatePosted | Self::ValidThrough => Section::Dates,
            Self::Unplaced => Section::Unplaced,
        }
    }

    /// The list item this field is, if any.
    pub fn item(self) -> Option<ItemId> {
        match self {
            Self::Item(_, id) => Some(id),
            _ => None,
        }
    }

    /// A stable DOM id for the control that edits this field (`field-must-have-7`).
    pub fn dom_id(self) -> String {
        match self {
            Self::Item(kind, id) => format!("field-{}-{id}", kind.section().id()),
            other => format!("field-{}", other.name()),
        }
    }

    /// The field's name in the draft format (`"field": "location-places"`); a list item's is
    /// `item`. Serde writes the same names (a test compares them).
    fn name(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::Company => "company",
            Self::LocationPlaces => "location-places",
            Self::LocationCountry => "location-country",
            Self::RemoteEligibility => "remote-eligibility",
            Self::PayCurrency => "pay-currency",
            Self::PayAbsentReason => "pay-absent-reason",
            Self::Summary => "summary",
            Self::AboutCompany => "about-company",
            Self::Item(..) => "item",
            Self::OnCallFrequency => "on-call-frequency",
            Self::OnCallHours => "on-call-hours",
            Self::OnCallCompensation => "on-call-compensation",
            Self::OnCallDetails => "on-call-details",
            Self::HowToApply => "how-to-apply",
            Self::ApplyUrl => "apply-url",
            Self::EqualOpportunity => "equal-opportunity",
            Self::DatePosted => "date-posted",
            Self::ValidThrough => "valid-through",
            Self::Unplaced => "unplaced",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_draft_formats() {
        for field in [
            Field::Title,
            Field::Company,
            Field::LocationPlaces,
            Field::LocationCountry,
            Field::RemoteEligibility,
            Field::PayCurrency,
            Field::PayAbsentReason,
            Field::Summary,
            Field::AboutCompany,
            Field::Item(ListKind::Benefits, 3),
            Field::OnCallFrequency,
            Field::OnCallHours,
            Field::OnCallCompensation,
            Field::OnCallDetails,
            Field::HowToApply,
            Field::ApplyUrl,
            Field::EqualOpportunity,
            Field::DatePosted,
            Field::ValidThrough,
            Field::Unplaced,
        ] {
            let value = serde_json::to_value(field).expect("a field serialises");
            assert_eq!(value["field"], field.name(), "{field:?}");
        }
    }

    #[test]
    fn dom_ids_are_distinct() {
        let ids = [
            Field::Title.dom_id(),
            Field::Summary.dom_id(),
            Field::Item(ListKind::MustHave, 7).dom_id(),
            Field::Item(ListKind::NiceToHave, 7).dom_id(),
        ];
        assert_eq!(ids[0], "field-title");
        assert_eq!(ids[2], "field-must-have-7");
        let mut unique = ids.to_vec();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), ids.len());
    }
}
