//! `LintSettings`: the per-draft lint configuration, stored with the draft.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::field::Field;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Suggestion,
    Warning,
    Error,
}

impl Severity {
    /// Every severity, least serious first.
    pub const ALL: [Severity; 3] = [Self::Suggestion, Self::Warning, Self::Error];

    /// Stable id (`error`, `warning`, `suggestion`).
    pub fn id(self) -> &'static str {
        match self {
            Self::Suggestion => "suggestion",
            Self::Warning => "warning",
            Self::Error => "error",
        }
    }

    /// Parses the id written by [`Severity::id`].
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|severity| severity.id() == id)
    }
}

/// What the user chose for one rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleSetting {
    /// The rule does not run.
    Off,
    /// The rule runs with this severity instead of its default.
    Severity(Severity),
}

/// One finding the user silenced: the rule, the field, and the exact words it flagged.
///
/// Keyed by words rather than byte offsets so the silence survives edits elsewhere in the field.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Silenced {
    pub rule: String,
    /// `None` for posting-level findings.
    pub field: Option<Field>,
    /// The flagged words (empty for posting-level findings).
    pub text: String,
}

/// Per-draft lint configuration.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LintSettings {
    /// Rules whose setting differs from the default, by rule id.
    pub rules: BTreeMap<String, RuleSetting>,
    /// Silenced findings.
    pub silenced: Vec<Silenced>,
}

impl LintSettings {
    /// True when the rule is switched off.
    pub fn is_off(&self, rule: &str) -> bool {
        matches!(self.rules.get(rule), Some(RuleSetting::Off))
    }

    /// The severity a rule reports with, given its default.
    pub fn severity_for(&self, rule: &str, default: Severity) -> Severity {
        match self.rules.get(rule) {
            Some(RuleSetting::Severity(severity)) => *severity,
            _ => default,
        }
    }

    /// True when this exact finding was silenced.
    pub fn is_silenced(&self, rule: &str, field: Option<Field>, text: &str) -> bool {
        self.silenced
            .iter()
            .any(|s| s.rule == rule && s.field == field && s.text == text)
    }
}
