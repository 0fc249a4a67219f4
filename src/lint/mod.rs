//! The lint engine: rules over a [`Posting`], producing plain-data [`Diagnostic`]s.
//!
//! Architecture invariant: nothing here touches the browser or does I/O, and nothing here
//! fails or panics on odd text. Problems in the posting are data (diagnostics).

mod diagnostic;
mod fix;
mod rule;
pub mod rules;

pub use diagnostic::{Category, Diagnostic, Edit, Fix, Related};
pub use fix::{apply_fix, FixError};
pub use rule::{Context, Rule};

pub use crate::model::{LintSettings, Severity};

use crate::model::Posting;

/// Every rule, in documentation order.
pub fn rules() -> &'static [Rule] {
    rules::ALL
}

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    rules::ALL.iter().find(|rule| rule.id == id)
}

/// Lints a posting with the draft's settings: rules switched off do not run, severities are
/// overridden, silenced findings are dropped. Findings come sorted in reading order.
pub fn lint(posting: &Posting, settings: &LintSettings) -> Vec<Diagnostic> {
    let context = Context::new(posting);
    let mut diagnostics = Vec::new();
    for rule in rules::ALL {
        if settings.is_off(rule.id) {
            continue;
        }
        let start = diagnostics.len();
        (rule.check)(&context, &mut diagnostics);
        let severity = settings.severity_for(rule.id, rule.default_severity);
        for diagnostic in &mut diagnostics[start..] {
            diagnostic.severity = severity;
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
    diagnostics.sort_by_key(|diagnostic| {
        (
            diagnostic
                .field
                .and_then(|field| order.get(&field).copied())
                .unwrap_or(usize::MAX),
            diagnostic.span.as_ref().map_or(0, |span| span.start),
            diagnostic.rule,
        )
    });
    diagnostics
}
