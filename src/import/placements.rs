//! The summary of an import the user reviews before accepting: which section got what.

use super::Placement;
use crate::model::{ListKind, OnCallStatus, Posting, Section};

/// Characters of preview shown per section.
const PREVIEW_CHARS: usize = 60;

fn preview(text: &str) -> String {
    // The words joined by single spaces, as far as the preview can reach: a long text is not
    // flattened whole for its first sixty characters.
    let mut flat = String::new();
    let mut chars = 0;
    for word in text.split_whitespace() {
        if chars > PREVIEW_CHARS {
            break;
        }
        if !flat.is_empty() {
            flat.push(' ');
            chars += 1;
        }
        flat.push_str(word);
        chars += word.chars().count();
    }
    if chars <= PREVIEW_CHARS {
        return flat;
    }
    let cut: String = flat.chars().take(PREVIEW_CHARS).collect();
    let cut = match cut.rfind(' ') {
        Some(space) if space > PREVIEW_CHARS / 2 => cut[..space].to_owned(),
        _ => cut,
    };
    format!("{cut}…")
}

/// Formats a pay range for people ("EUR 70,000 – 85,000 per year").
pub(crate) fn pay_summary(posting: &Posting) -> String {
    posting.pay.describe()
}

/// One row per section that holds something, in the editor's order.
pub fn placements(posting: &Posting) -> Vec<Placement> {
    let mut rows = Vec::new();
    let mut text = |section: Section, value: &str| {
        if !value.trim().is_empty() {
            rows.push(Placement {
                section,
                count: 1,
                preview: preview(value),
            });
        }
    };
    text(Section::Title, &posting.title);
    text(Section::Company, &posting.company);
    if let Some(kind) = posting.employment_type {
        text(Section::EmploymentType, kind.label());
    }
    let location = posting.location.describe();
    text(Section::Location, &location);
    text(Section::Pay, &pay_summary(posting));
    text(Section::Summary, &posting.summary);
    text(Section::AboutCompany, &posting.about_company);
    for kind in ListKind::ALL {
        let items = posting.list(kind);
        if let Some(first) = items.first() {
            rows.push(Placement {
                section: kind.section(),
                count: items.len(),
                preview: preview(&first.text),
            });
        }
    }
    let mut text = |section: Section, value: &str| {
        if !value.trim().is_empty() {
            rows.push(Placement {
                section,
                count: 1,
                preview: preview(value),
            });
        }
    };
    if posting.on_call.status != OnCallStatus::NotStated {
        let details = if posting.on_call.details.is_empty() {
            posting.on_call.status.label()
        } else {
            posting.on_call.details.as_str()
        };
        text(Section::OnCall, details);
    }
    let apply = if posting.how_to_apply.text.is_empty() {
        &posting.how_to_apply.url
    } else {
        &posting.how_to_apply.text
    };
    text(Section::HowToApply, apply);
    text(Section::EqualOpportunity, &posting.equal_opportunity);
    let dates = [posting.date_posted.as_str(), posting.valid_through.as_str()]
        .iter()
        .filter(|date| !date.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" – ");
    text(Section::Dates, &dates);
    text(Section::Unplaced, &posting.unplaced);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortens_long_previews_at_a_word() {
        let long = "word ".repeat(40);
        let shown = preview(&long);
        assert!(shown.ends_with('…'));
        assert!(shown.chars().count() <= PREVIEW_CHARS + 1);
    }
}
