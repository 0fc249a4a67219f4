//! `Rule`: a rule's metadata, documentation and check function; `Context`: what checks read.

use std::collections::HashMap;

use super::diagnostic::{Category, Diagnostic};
use crate::model::{Field, Posting, Section, Severity};
use crate::text::{tokenize, Token};

/// One lint rule. Declared in its own file under `rules/`, documentation first, with
/// `declare_rule!`.
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
    ///
    /// This is the text of the rule's `///` comments as written, so every line starts with the
    /// space that follows `///`; [`Rule::documentation`] gives it without.
    pub docs: &'static str,
    /// The check: reads the context, pushes diagnostics. Never panics.
    pub check: fn(&Context, &mut Vec<Diagnostic>),
}

impl Rule {
    /// The documentation as Markdown, without the space each `///` line starts with.
    pub fn documentation(&self) -> String {
        let mut text = String::with_capacity(self.docs.len());
        for line in self.docs.lines() {
            text.push_str(line.strip_prefix(' ').unwrap_or(line));
            text.push('\n');
        }
        text
    }
}

/// The first documentation line without its leading space (used by `declare_rule!`).
pub const fn summary_line(lines: &[&'static str]) -> &'static str {
    let [first, ..] = lines else {
        return "";
    };
    let first: &'static str = first;
    match first.as_bytes() {
        [b' ', rest @ ..] => match std::str::from_utf8(rest) {
            Ok(trimmed) => trimmed,
            Err(_) => first,
        },
        _ => first,
    }
}

/// Declares a rule from its `///` documentation and metadata, in the spirit of clippy's
/// `declare_clippy_lint!`: the documentation is written once, above the metadata, and becomes
/// both [`Rule::docs`] and (its first line) [`Rule::summary`].
///
/// Produces `pub const DEFINITION: Rule` (what `rules::ALL` lists) and `pub static RULE: Rule`
/// (what the rule's own code and tests refer to).
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])+
        id: $id:literal,
        category: $category:ident,
        severity: $severity:ident,
        has_fix: $has_fix:literal,
        check: $check:path $(,)?
    ) => {
        /// This rule, as registered in `rules::ALL`.
        pub const DEFINITION: $crate::lint::Rule = $crate::lint::Rule {
            id: $id,
            category: $crate::lint::Category::$category,
            default_severity: $crate::model::Severity::$severity,
            has_fix: $has_fix,
            summary: $crate::lint::rule::summary_line(&[$($doc),+]),
            docs: concat!($($doc, "\n"),+),
            check: $check,
        };

        /// This rule.
        pub static RULE: $crate::lint::Rule = DEFINITION;
    };
}
pub(crate) use declare_rule;

/// One prose field as rules see it: its address, its text and its words.
#[derive(Debug)]
pub struct FieldText<'a> {
    pub field: Field,
    pub text: &'a str,
    pub tokens: Vec<Token>,
}

impl FieldText<'_> {
    /// The section the field is in.
    pub fn section(&self) -> Section {
        self.field.section()
    }
}

/// What a rule check sees: the posting and its prose fields in reading order, each tokenised
/// once per lint run.
#[derive(Debug)]
pub struct Context<'a> {
    pub posting: &'a Posting,
    /// Every prose field with its text, in reading order.
    pub fields: Vec<(Field, &'a str)>,
    /// The same fields with their words (same order as `fields`), empty fields left out.
    pub texts: Vec<FieldText<'a>>,
}

impl<'a> Context<'a> {
    /// Builds the context once per lint run.
    pub fn new(posting: &'a Posting) -> Self {
        let fields = posting.prose_fields();
        let texts = fields
            .iter()
            .filter(|(_, text)| !text.trim().is_empty())
            .map(|(field, text)| FieldText {
                field: *field,
                text,
                tokens: tokenize(text),
            })
            .collect();
        Self {
            posting,
            fields,
            texts,
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

    /// The non-empty prose fields of these sections.
    pub fn texts_in<'b>(
        &'b self,
        sections: &'b [Section],
    ) -> impl Iterator<Item = &'b FieldText<'a>> + 'b {
        self.texts
            .iter()
            .filter(move |text| sections.contains(&text.section()))
    }

    /// Total number of words in the posting's prose.
    pub fn word_count(&self) -> usize {
        self.texts.iter().map(|text| text.tokens.len()).sum()
    }
}
