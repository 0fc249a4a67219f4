//! `Diagnostic`: one finding, as plain data.

use std::ops::Range;

use serde::Serialize;

use super::rule::{FieldText, Rule};
use crate::model::{Field, Section, Severity};

/// What kind of problem a rule looks for; the lint panel groups by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Bias,
    Disclosure,
    Clarity,
    Structure,
}

impl Category {
    /// Stable id.
    pub fn id(self) -> &'static str {
        match self {
            Self::Bias => "bias",
            Self::Disclosure => "disclosure",
            Self::Clarity => "clarity",
            Self::Structure => "structure",
        }
    }

    /// Human label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Bias => "Biased wording",
            Self::Disclosure => "Disclosure",
            Self::Clarity => "Clarity",
            Self::Structure => "Structure",
        }
    }
}

/// One text replacement: `range` (bytes of the field's text when the finding was made), which
/// then read `expected`, becomes `replacement`. [`super::apply_fix`] refuses the edit when the
/// field no longer reads `expected` there (the text changed since lint ran).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub field: Field,
    pub range: Range<usize>,
    /// The text at `range` that the edit replaces.
    pub expected: String,
    pub replacement: String,
}

impl Edit {
    /// Replaces `range` of `field`, which reads `expected`, with `replacement`.
    pub fn new(
        field: Field,
        range: Range<usize>,
        expected: impl Into<String>,
        replacement: impl Into<String>,
    ) -> Self {
        Self {
            field,
            range,
            expected: expected.into(),
            replacement: replacement.into(),
        }
    }

    /// Replaces `range` of the field `text` (as the rule read it) with `replacement`; the
    /// expected text is read from `text`.
    pub fn in_text(text: &FieldText, range: Range<usize>, replacement: impl Into<String>) -> Self {
        let expected = text.text.get(range.clone()).unwrap_or_default();
        Self::new(text.field, range, expected, replacement)
    }
}

/// A fix the user can apply with one click.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fix {
    /// Imperative title ("Replace with 'salesperson'").
    pub title: String,
    pub edits: Vec<Edit>,
}

impl Fix {
    /// A fix made of one edit.
    pub fn single(title: impl Into<String>, edit: Edit) -> Self {
        Self {
            title: title.into(),
            edits: vec![edit],
        }
    }
}

/// Another place a finding points at (for `duplicate-duty`, the other item).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Related {
    pub field: Field,
    pub span: Range<usize>,
    pub message: String,
}

/// One finding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Rule id, kebab-case (`gendered-terms`).
    pub rule: &'static str,
    pub category: Category,
    pub severity: Severity,
    /// The section the finding is in (for posting-level findings, the section that should change).
    pub section: Section,
    /// The field holding the words, `None` for posting-level findings.
    pub field: Option<Field>,
    /// Byte range of the offending words inside the field's text.
    pub span: Option<Range<usize>>,
    /// Short, lower-case, names the words ("'rockstar' is jargon that ...").
    pub message: String,
    /// Why it matters and what to do instead.
    pub help: String,
    pub fixes: Vec<Fix>,
    pub related: Vec<Related>,
}

impl Diagnostic {
    /// A finding of `rule` on the words at `span` of `field`, with the rule's default severity.
    pub fn spanned(
        rule: &Rule,
        field: Field,
        span: Range<usize>,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Self {
        Self {
            rule: rule.id,
            category: rule.category,
            severity: rule.default_severity,
            section: field.section(),
            field: Some(field),
            span: Some(span),
            message: message.into(),
            help: help.into(),
            fixes: Vec::new(),
            related: Vec::new(),
        }
    }

    /// A posting-level finding of `rule`: no span, `section` names what should change.
    pub fn posting_level(
        rule: &Rule,
        section: Section,
        message: impl Into<String>,
        help: impl Into<String>,
    ) -> Self {
        Self {
            rule: rule.id,
            category: rule.category,
            severity: rule.default_severity,
            section,
            field: None,
            span: None,
            message: message.into(),
            help: help.into(),
            fixes: Vec::new(),
            related: Vec::new(),
        }
    }

    /// The same finding with another severity.
    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    /// The same finding with one more fix.
    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fixes.push(fix);
        self
    }

    /// The same finding pointing at one more place.
    pub fn with_related(mut self, related: Related) -> Self {
        self.related.push(related);
        self
    }

    /// The message as a sentence for people (capitalised, with a full stop), as the app and
    /// the command line show it; `message` itself stays as the rule wrote it.
    pub fn sentence(&self) -> String {
        crate::text::as_sentence(&self.message)
    }

    /// The flagged words, read from the posting (empty for posting-level findings).
    pub fn flagged_text<'a>(&self, posting: &'a crate::model::Posting) -> &'a str {
        match (self.field, &self.span) {
            (Some(field), Some(span)) => posting
                .text(field)
                .and_then(|text| text.get(span.clone()))
                .unwrap_or(""),
            _ => "",
        }
    }
}
