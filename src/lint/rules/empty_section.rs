//! `empty-section`: blank list items, and a structured posting with no duties or requirements.

use crate::lint::rule::{declare_rule, Context};
use crate::lint::Diagnostic;
use crate::model::{Field, ListKind, Section};

declare_rule! {
    /// Flags blank list items, and postings with no title, duties or must-have requirements.
    ///
    /// ## What it does
    /// Points at list items that contain no text, and, once the posting has content sorted into sections, at a missing
    /// title, an empty responsibilities list or an empty must-have list.
    ///
    /// ## Why is this bad?
    /// A blank bullet shows up as an empty dot on the job board. A posting without duties or
    /// requirements leaves applicants guessing what the job is and whether they qualify; those
    /// two lists are what people read first.
    ///
    /// ## Example
    /// ```text
    /// Responsibilities: (none)
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Responsibilities: three to eight things the person will do every week.
    /// ```
    id: "empty-section",
    category: Structure,
    severity: Warning,
    has_fix: false,
    check: check,
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let posting = context.posting;
    for kind in ListKind::ALL {
        for item in posting.list(kind) {
            if !item.text.trim().is_empty() {
                continue;
            }
            let field = Field::Item(kind, item.id);
            diagnostics.push(Diagnostic::spanned(
                &RULE,
                field,
                0..item.text.len(),
                format!("an empty item in {}", kind.section().label()),
                "Write the item or remove it.",
            ));
        }
    }
    let has_content = context
        .texts
        .iter()
        .any(|text| text.field != Field::Unplaced);
    if !has_content || !posting.unplaced.trim().is_empty() {
        return;
    }
    let missing = [
        (posting.title.trim().is_empty(), Section::Title),
        (
            posting
                .responsibilities
                .iter()
                .all(|i| i.text.trim().is_empty()),
            Section::Responsibilities,
        ),
        (
            posting.must_have.iter().all(|i| i.text.trim().is_empty()),
            Section::MustHave,
        ),
    ];
    for (empty, section) in missing {
        if empty {
            diagnostics.push(Diagnostic::posting_level(
                &RULE,
                section,
                format!("the {} section is empty", section.label()),
                "Applicants read this section first; fill it in.",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{run, summary};

    #[test]
    fn flags_blank_items_and_missing_sections() {
        let mut posting = summary("Build things.");
        posting.title = "Engineer".into();
        posting.push_item(ListKind::Responsibilities, "  ");
        let diagnostics = run(&RULE, &posting);
        let sections: Vec<Section> = diagnostics.iter().map(|d| d.section).collect();
        assert_eq!(
            sections,
            [
                Section::Responsibilities,
                Section::Responsibilities,
                Section::MustHave
            ]
        );
    }

    #[test]
    fn ignores_unsorted_imports_and_full_postings() {
        let posting = crate::model::Posting {
            unplaced: "Everything pasted here".into(),
            ..Default::default()
        };
        assert!(run(&RULE, &posting).is_empty());
        let mut posting = summary("Build things.");
        posting.title = "Engineer".into();
        posting.push_item(ListKind::Responsibilities, "Build");
        posting.push_item(ListKind::MustHave, "Rust");
        assert!(run(&RULE, &posting).is_empty());
    }
}
