//! `too-many-requirements`: more than eight must-haves.

use crate::lint::rule::{declare_rule, Context};
use crate::lint::{Diagnostic, Related};
use crate::model::{ListKind, Section};

declare_rule! {
    /// Flags postings with more than eight must-have requirements.
    ///
    /// ## What it does
    /// Counts the items in the must-have list and fires when there are more than eight,
    /// pointing at the ones past the eighth.
    ///
    /// ## Why is this bad?
    /// Long must-have lists read as a wish list; qualified people, and women especially, tend
    /// not to apply unless they meet every item (the Hewlett-Packard finding popularised by
    /// Mohr, 2014, and LinkedIn's application data). Most "musts" past the first few are
    /// really nice-to-haves or things people learn on the job.
    ///
    /// ## Example
    /// ```text
    /// Must have: 14 bullet points.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Must have: the 5 things the person needs on day one. Nice to have: the rest.
    /// ```
    id: "too-many-requirements",
    category: Clarity,
    severity: Warning,
    has_fix: false,
    check: check,
}

/// More must-haves than this is a wish list.
pub const LIMIT: usize = 8;

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let items = &context.posting.must_have;
    if items.len() <= LIMIT {
        return;
    }
    let mut diagnostic = Diagnostic::posting_level(
        &RULE,
        Section::MustHave,
        format!(
            "{} must-have requirements; more than {LIMIT} reads as a wish list",
            items.len()
        ),
        "Keep the few things needed on day one as must-haves and move the rest to nice-to-have.",
    );
    for item in &items[LIMIT..] {
        diagnostic = diagnostic.with_related(Related {
            field: crate::model::Field::Item(ListKind::MustHave, item.id),
            span: 0..item.text.len(),
            message: "past the eighth must-have".to_owned(),
        });
    }
    diagnostics.push(diagnostic);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::run;
    use crate::model::Posting;

    fn with_must_haves(count: usize) -> Posting {
        let mut posting = Posting::default();
        for index in 0..count {
            posting.push_item(ListKind::MustHave, format!("Skill {index}"));
        }
        posting
    }

    #[test]
    fn flags_more_than_eight() {
        let diagnostics = run(&RULE, &with_must_haves(10));
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].related.len(), 2);
    }

    #[test]
    fn ignores_eight() {
        assert!(run(&RULE, &with_must_haves(8)).is_empty());
    }
}
