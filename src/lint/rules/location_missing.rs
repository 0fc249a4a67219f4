//! `location-missing`: no place and no remote policy.

use std::sync::OnceLock;

use crate::lint::rule::{declare_rule, Context};
use crate::lint::Diagnostic;
use crate::model::{Section, Severity, WorkMode};
use crate::text::word_hash;

declare_rule! {
    /// Flags postings that do not say where the work happens or whether it can be remote.
    ///
    /// ## What it does
    /// Fires when the location section has no place, no country and no work mode (on-site,
    /// hybrid, remote) and the text does not mention one either. For remote roles it also
    /// suggests saying who may apply (countries or time zones) when nothing says so.
    ///
    /// ## Why is this bad?
    /// Where a person must work decides whether they can take the job at all; applicants who
    /// cannot relocate or commute waste their time and yours. For remote roles, tax, employment
    /// law and time zones usually limit who can be hired, and not saying so leads to rejected
    /// applications after interviews.
    ///
    /// ## Example
    /// ```text
    /// (no location given)
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Hybrid, Berlin (two office days a week); or remote within the EU.
    /// ```
    id: "location-missing",
    category: Disclosure,
    severity: Warning,
    has_fix: false,
    check: check,
}

const LOCATION_WORDS: &[&str] = &[
    "remote",
    "remotely",
    "hybrid",
    "onsite",
    "on-site",
    "office",
    "location",
    "located",
    "relocate",
    "relocation",
    "based",
    "anywhere",
];

/// [`word_hash`] of each of [`LOCATION_WORDS`], so most words are ruled out by one comparison
/// of numbers.
fn location_hashes() -> &'static [u64] {
    static HASHES: OnceLock<Vec<u64>> = OnceLock::new();
    HASHES.get_or_init(|| LOCATION_WORDS.iter().map(|word| word_hash(word)).collect())
}

fn text_mentions_location(context: &Context) -> bool {
    let hashes = location_hashes();
    context.texts.iter().any(|field| {
        field.tokens.iter().any(|token| {
            hashes.contains(&token.hash) && LOCATION_WORDS.iter().any(|word| token.lower == *word)
        })
    })
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let location = &context.posting.location;
    let eligibility_given = !location.remote_eligibility.trim().is_empty();
    if location.work_mode == Some(WorkMode::Remote)
        && !eligibility_given
        && location.country.trim().is_empty()
        && location.places.trim().is_empty()
    {
        diagnostics.push(
            Diagnostic::posting_level(
                &RULE,
                Section::Location,
                "the role is remote but the posting does not say from where people may work",
                "Name the countries, regions or time zones you can hire in.",
            )
            .with_severity(Severity::Suggestion),
        );
        return;
    }
    let has_place = !location.places.trim().is_empty() || !location.country.trim().is_empty();
    if has_place || location.work_mode.is_some() || eligibility_given {
        return;
    }
    if text_mentions_location(context) {
        return;
    }
    diagnostics.push(Diagnostic::posting_level(
        &RULE,
        Section::Location,
        "the posting does not say where the work happens or whether it can be remote",
        "Add the place (or places) and the work mode: on-site, hybrid or remote.",
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{run, summary};
    use crate::model::{Location, Posting};

    #[test]
    fn flags_no_location() {
        let diagnostics = run(&RULE, &summary("Build APIs."));
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].section, Section::Location);
    }

    #[test]
    fn flags_remote_without_eligibility_as_suggestion() {
        let posting = Posting {
            location: Location {
                work_mode: Some(WorkMode::Remote),
                ..Location::default()
            },
            ..Posting::default()
        };
        assert_eq!(run(&RULE, &posting)[0].severity, Severity::Suggestion);
    }

    #[test]
    fn ignores_given_places_and_text_mentions() {
        let posting = Posting {
            location: Location {
                places: "Lisbon".into(),
                ..Location::default()
            },
            ..Posting::default()
        };
        assert!(run(&RULE, &posting).is_empty());
        assert!(run(&RULE, &summary("Fully remote within the EU.")).is_empty());
    }
}
