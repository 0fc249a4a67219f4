//! `Score`: one number for the posting, explained in plain words.

use std::collections::BTreeMap;

use serde::Serialize;

use super::diagnostic::Diagnostic;
use super::rule::Context;
use crate::model::Severity;

/// A grade band.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Grade {
    Excellent,
    Good,
    NeedsWork,
    Poor,
}

impl Grade {
    /// Human label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Excellent => "Excellent",
            Self::Good => "Good",
            Self::NeedsWork => "Needs work",
            Self::Poor => "Poor",
        }
    }

    fn of(value: u8) -> Self {
        match value {
            90..=100 => Self::Excellent,
            75..=89 => Self::Good,
            50..=74 => Self::NeedsWork,
            _ => Self::Poor,
        }
    }
}

/// The posting's score: 100 minus points per finding, by severity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Score {
    /// 0 to 100.
    pub value: u8,
    pub grade: Grade,
    pub explanation: String,
}

/// Points one finding costs.
pub fn penalty(severity: Severity) -> u32 {
    match severity {
        Severity::Error => 15,
        Severity::Warning => 6,
        Severity::Suggestion => 2,
    }
}

/// At most this many findings of one rule count, so one repeated problem cannot sink the score
/// on its own.
pub const COUNTED_PER_RULE: usize = 3;

/// Scores a posting from its findings (after settings: switched-off and silenced findings no
/// longer count). Pure; [`super::check`] calls it with the run's context.
pub(crate) fn score(context: &Context, diagnostics: &[Diagnostic]) -> Score {
    if context.is_empty() {
        return Score {
            value: 0,
            grade: Grade::Poor,
            explanation: "The posting is empty.".to_owned(),
        };
    }
    let mut by_rule: BTreeMap<&str, Vec<Severity>> = BTreeMap::new();
    for diagnostic in diagnostics {
        by_rule
            .entry(diagnostic.rule)
            .or_default()
            .push(diagnostic.severity);
    }
    let mut costs: Vec<(&str, u32)> = by_rule
        .iter_mut()
        .map(|(rule, severities)| {
            crate::sort::sort_by(severities, |a, b| b.cmp(a));
            let cost = severities
                .iter()
                .take(COUNTED_PER_RULE)
                .map(|severity| penalty(*severity))
                .sum();
            (*rule, cost)
        })
        .collect();
    let total: u32 = costs.iter().map(|(_, cost)| cost).sum();
    let value = 100u32.saturating_sub(total) as u8;
    let grade = Grade::of(value);
    crate::sort::sort_by(&mut costs, |a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let count = |severity| {
        diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    };
    let explanation = if diagnostics.is_empty() {
        format!(
            "{value}/100, {}: no findings.",
            grade.label().to_lowercase()
        )
    } else {
        let biggest: Vec<String> = costs
            .iter()
            .take(3)
            .map(|(rule, cost)| format!("{rule} (-{cost})"))
            .collect();
        format!(
            "{value}/100, {}: {} error{}, {} warning{} and {} suggestion{}. Errors cost {} points, warnings {}, suggestions {}, counting at most {COUNTED_PER_RULE} per rule. Most points lost to: {}.",
            grade.label().to_lowercase(),
            count(Severity::Error),
            plural(count(Severity::Error)),
            count(Severity::Warning),
            plural(count(Severity::Warning)),
            count(Severity::Suggestion),
            plural(count(Severity::Suggestion)),
            penalty(Severity::Error),
            penalty(Severity::Warning),
            penalty(Severity::Suggestion),
            biggest.join(", ")
        )
    };
    Score {
        value,
        grade,
        explanation,
    }
}

fn plural(count: usize) -> &'static str {
    if count == 1 {
        ""
    } else {
        "s"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::{check, LintSettings};
    use crate::model::Posting;

    #[test]
    fn clean_posting_scores_high_and_empty_scores_zero() {
        let empty = Posting::default();
        assert_eq!(score(&Context::new(&empty), &[]).value, 0);
        let posting = Posting {
            summary: "Build things.".into(),
            ..Posting::default()
        };
        let result = score(&Context::new(&posting), &[]);
        assert_eq!(result.value, 100);
        assert_eq!(result.grade, Grade::Excellent);
    }

    #[test]
    fn findings_lower_the_score_with_a_cap_per_rule() {
        let posting = Posting {
            summary: "TBD TBD TBD TBD TBD. A rockstar.".into(),
            ..Posting::default()
        };
        let result = check(&posting, &LintSettings::default()).score;
        let placeholder_cost = 3 * penalty(Severity::Error);
        assert!(u32::from(result.value) <= 100 - placeholder_cost);
        assert!(result.explanation.contains("placeholder-text (-45)"));
    }
}
