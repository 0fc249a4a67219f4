//! The lint engine: rules over a [`Posting`], producing one [`Report`]: plain-data
//! [`Diagnostic`]s, the posting's [`Score`] and its [`GenderMeter`].
//!
//! Architecture invariant: nothing here touches the browser or does I/O, and nothing here
//! fails or panics on odd text. Problems in the posting are data (diagnostics).

mod diagnostic;
mod fix;
mod gender;
pub mod guidance;
pub mod house_style;
pub mod pay_law;
pub(crate) mod rule;
pub mod rules;
mod score;
mod word_list;

use serde::Serialize;

pub use diagnostic::{Category, Diagnostic, Edit, Fix, Related};
pub use fix::{apply_fix, FixError};
pub use gender::{gender_meter, Coding, GenderMeter, GenderVerdict};
pub use guidance::{guidance, GuidanceItem};
pub use house_style::{HouseStyle, HouseWord, StyleError};
pub use rule::{Context, FieldText, Rule};
pub use score::{penalty, Grade, Score, COUNTED_PER_RULE};

pub use crate::model::{LintSettings, Severity};

use crate::model::{Posting, RuleSetting};

/// Every rule, in documentation order: [`rules::ALL`], the one registry that the CLI, the
/// app's rule pages and the tests read.
pub fn rules() -> &'static [Rule] {
    rules::ALL
}

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    rules::ALL.iter().find(|rule| rule.id == id)
}

/// Everything one lint run finds: the findings, the score they give and the gender-coding
/// meter, all from one pass over the posting's words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The findings, in reading order (posting-level findings last).
    pub diagnostics: Vec<Diagnostic>,
    /// The score of these findings.
    pub score: Score,
    /// The gender-coding meter of the posting's wording.
    pub gender_meter: GenderMeter,
}

/// Lints a posting with the draft's settings: rules switched off do not run, severities the
/// user chose replace the rule's own, silenced findings are dropped (and cost no points).
/// Findings come sorted in reading order (posting-level findings last).
///
/// Without a user choice, a finding keeps the severity its rule gave it: usually the rule's
/// default, sometimes another one (`gendered-wording` adds a warning to its suggestions when
/// masculine-coded wording dominates).
///
/// Each field is tokenised once, into the [`Context`] every rule, the score and the meter read.
pub fn check(posting: &Posting, settings: &LintSettings) -> Report {
    check_with(posting, settings, None)
}

/// [`check`] with a company's [`HouseStyle`]: its word list feeds the `house-style` rule and
/// its rule switches sit under the draft's own settings ([`HouseStyle::settings_under`]).
pub fn check_with(
    posting: &Posting,
    settings: &LintSettings,
    house_style: Option<&HouseStyle>,
) -> Report {
    let merged;
    let settings = match house_style {
        Some(style) if !style.rules().is_empty() => {
            merged = style.settings_under(settings);
            &merged
        }
        _ => settings,
    };
    let context = Context::with_house_style(posting, house_style);
    let mut diagnostics = Vec::new();
    for rule in rules::ALL {
        if settings.is_off(rule.id) {
            continue;
        }
        let start = diagnostics.len();
        (rule.check)(&context, &mut diagnostics);
        if let Some(RuleSetting::Severity(severity)) = settings.rules.get(rule.id) {
            for diagnostic in &mut diagnostics[start..] {
                diagnostic.severity = *severity;
            }
        }
    }
    diagnostics.retain(|diagnostic| {
        !settings.is_silenced(
            diagnostic.rule,
            diagnostic.field,
            diagnostic.flagged_text(posting),
        )
    });
    let order = context.field_order();
    // Keys computed once per finding (a stable sort, like `sort_by_key`).
    crate::sort::sort_by_cached_key(&mut diagnostics, |diagnostic| {
        (
            diagnostic
                .field
                .and_then(|field| order.get(&field).copied())
                .unwrap_or(usize::MAX),
            diagnostic.span.as_ref().map_or(0, |span| span.start),
            diagnostic.rule,
        )
    });
    let score = score::score(&context, &diagnostics);
    let gender_meter = context.gender_meter().clone();
    Report {
        diagnostics,
        score,
        gender_meter,
    }
}

/// The findings of [`check`] alone, for callers that show nothing else (the CLI's `lint`
/// command, the corpus run).
pub fn lint(posting: &Posting, settings: &LintSettings) -> Vec<Diagnostic> {
    check(posting, settings).diagnostics
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Field, Silenced};

    fn posting() -> Posting {
        Posting {
            summary: "A rockstar ninja. TBD.".into(),
            ..Posting::default()
        }
    }

    #[test]
    fn settings_switch_off_override_and_silence() {
        let all = lint(&posting(), &LintSettings::default());
        assert!(all.iter().any(|d| d.rule == "culture-jargon"));
        let mut settings = LintSettings::default();
        settings
            .rules
            .insert("placeholder-text".into(), RuleSetting::Off);
        settings.rules.insert(
            "culture-jargon".into(),
            RuleSetting::Severity(Severity::Error),
        );
        settings.silenced.push(Silenced {
            rule: "culture-jargon".into(),
            field: Some(Field::Summary),
            text: "ninja".into(),
        });
        let found = lint(&posting(), &settings);
        assert!(found.iter().all(|d| d.rule != "placeholder-text"));
        let jargon: Vec<&Diagnostic> = found
            .iter()
            .filter(|d| d.rule == "culture-jargon")
            .collect();
        assert_eq!(jargon.len(), 1);
        assert_eq!(jargon[0].severity, Severity::Error);
        assert_eq!(jargon[0].flagged_text(&posting()), "rockstar");
    }

    #[test]
    fn one_report_holds_findings_score_and_meter() {
        let posting = Posting {
            summary: "A rockstar who is assertive, decisive and competitive.".into(),
            ..Posting::default()
        };
        let mut settings = LintSettings::default();
        let report = check(&posting, &settings);
        assert_eq!(report.gender_meter, gender_meter(&posting));
        assert_eq!(report.diagnostics, lint(&posting, &settings));
        assert!(report.score.value < 100);
        // Silenced findings cost no points; the meter does not depend on the settings.
        for diagnostic in &report.diagnostics {
            settings.silenced.push(Silenced {
                rule: diagnostic.rule.into(),
                field: diagnostic.field,
                text: diagnostic.flagged_text(&posting).into(),
            });
        }
        let quiet = check(&posting, &settings);
        assert!(quiet.diagnostics.iter().all(|d| d.field.is_none()));
        assert!(quiet.score.value > report.score.value);
        assert_eq!(quiet.gender_meter, report.gender_meter);
    }

    #[test]
    fn findings_are_in_reading_order() {
        let found = lint(&posting(), &LintSettings::default());
        let spanned: Vec<usize> = found
            .iter()
            .filter_map(|d| d.span.as_ref().map(|s| s.start))
            .collect();
        let mut sorted = spanned.clone();
        sorted.sort_unstable();
        assert_eq!(spanned, sorted);
        assert!(found.last().is_some_and(|d| d.field.is_none()));
    }

    #[test]
    fn odd_text_never_panics() {
        for text in ["", "\u{0}", "é’'-/ \n\n", "[", "{{", "10+", "ENTER ", "’s"] {
            let posting = Posting {
                summary: text.into(),
                unplaced: text.repeat(3),
                ..Posting::default()
            };
            let report = check(&posting, &LintSettings::default());
            assert!(report.score.value <= 100);
        }
    }
}
