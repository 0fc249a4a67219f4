//! `appearance-requirement`: requirements about looks ("polished, professional appearance").

use std::sync::OnceLock;

use crate::lint::rule::{declare_rule, Context};
use crate::lint::word_list::{report, Entry, WordList};
use crate::lint::Diagnostic;
use crate::model::Section;

declare_rule! {
    /// Flags requirements about looks: "professional appearance", "well-groomed", "good-looking".
    ///
    /// ## What it does
    /// In the requirements, the duties, the summary and unsorted text, finds demands about
    /// how the applicant looks: a "professional", "polished", "neat", "smart", "pleasant" or
    /// "good" appearance, "well-groomed", "good-looking".
    ///
    /// ## Why is this bad?
    /// "Professional appearance" is judged against one look: it has been used against natural
    /// Black hairstyles (which the US CROWN Act laws now protect), against people who do not
    /// dress to one gender's norms, against older and disabled people. It says nothing about
    /// the work; a dress code, if there is one, can be stated plainly.
    ///
    /// ## Example
    /// ```text
    /// Polished, professional appearance at all times.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Business dress for client meetings (we provide a clothing allowance).
    /// ```
    ///
    /// ## What it does not flag
    /// Looks of things ("a polished appearance for our reports", in the duties, is rare but
    /// "the appearance of the store" is common), and a stated dress code or safety gear:
    /// ```text
    /// Keep the appearance of the store tidy. Steel-toe boots are provided.
    /// ```
    id: "appearance-requirement",
    category: Bias,
    severity: Warning,
    has_fix: false,
    check: check,
}

const LOOKS: &str =
    "is a requirement about looks, which invites bias and says nothing about the work";

/// Where a posting says what the person must be or do.
const CANDIDATE: &[Section] = &[
    Section::Summary,
    Section::Responsibilities,
    Section::MustHave,
    Section::NiceToHave,
    Section::Unplaced,
];

static ENTRIES: &[Entry] = &[
    Entry::new("professional appearance", LOOKS),
    Entry::new("polished appearance", LOOKS),
    Entry::new("neat appearance", LOOKS),
    Entry::new("smart appearance", LOOKS),
    Entry::new("pleasant appearance", LOOKS),
    Entry::new("good appearance", LOOKS),
    Entry::new("attractive appearance", LOOKS),
    Entry::new("well-groomed", LOOKS),
    Entry::new("well groomed", LOOKS),
    Entry::new("good-looking", LOOKS),
    Entry::new("good looking", LOOKS),
];

fn list() -> &'static WordList {
    static LIST: OnceLock<WordList> = OnceLock::new();
    LIST.get_or_init(|| WordList::new(ENTRIES))
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    for field in context.texts_in(CANDIDATE) {
        report(
            &RULE,
            list(),
            field,
            |_| "State the dress code or safety gear the job needs, if any, instead of a look.",
            diagnostics,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{flagged, item, run, summary};
    use crate::model::ListKind;

    #[test]
    fn flags_appearance_required() {
        let mut posting = item(ListKind::MustHave, "Polished, professional appearance");
        posting.push_item(ListKind::MustHave, "Well-groomed at all times");
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found, ["professional appearance", "Well-groomed"]);
    }

    #[test]
    fn ignores_the_look_of_things_and_dress_codes() {
        let posting =
            summary("Keep the appearance of the store tidy. Business dress for client meetings.");
        assert!(run(&RULE, &posting).is_empty());
    }
}
