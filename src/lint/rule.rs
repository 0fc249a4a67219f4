//! `Rule`: a rule's metadata, documentation and check function; `Context`: what checks read.

use std::collections::HashMap;

use super::diagnostic::{Category, Diagnostic};
use crate::model::{Field, Posting, Severity};

/// One lint rule. Declared in its own file under `rules/`, documentation first.
#[derive(Debug)]
pub struct Rule {
    /// Kebab-case id naming the problem (`duplicate-duty`).
    pub id: &'static str,
    pub category: Category,
    pub default_severity: Severity,
    /// True when the rule offers fixes.
    pub has_fix: bool,
    /// One-line summary (the first line of the documentation).
    pub summary: &'static str,
    /// Markdown documentation: What it does / Why is this bad? / Example / Use instead.
    pub docs: &'static str,
    /// The check: reads the context, pushes diagnostics. Never panics.
    pub check: fn(&Context, &mut Vec<Diagnostic>),
}

/// What a rule check sees: the posting and its prose fields in reading order.
#[derive(Debug)]
pub struct Context<'a> {
    pub posting: &'a Posting,
    /// Every prose field with its text, in reading order.
    pub fields: Vec<(Field, &'a str)>,
}

impl<'a> Context<'a> {
    /// Builds the context once per lint run.
    pub fn new(posting: &'a Posting) -> Self {
        Self {
            posting,
            fields: posting.prose_fields(),
        }
    }

    /// Position of each field in reading order (for sorting findings).
    pub fn field_order(&self) -> HashMap<Field, usize> {
        self.fields
            .iter()
            .enumerate()
            .map(|(index, (field, _))| (*field, index))
            .collect()
    }
}
