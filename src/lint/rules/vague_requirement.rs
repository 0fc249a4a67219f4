//! `vague-requirement`: requirements that cannot be checked ("strong", "solid", "familiarity").

use std::sync::OnceLock;

use crate::lint::rule::{declare_rule, Context};
use crate::lint::word_list::{report, Entry, WordList};
use crate::lint::Diagnostic;
use crate::model::Section;

declare_rule! {
    /// Flags requirements nobody can check: "strong", "solid", "excellent", "familiarity", "related field".
    ///
    /// ## What it does
    /// In the requirement lists (and in text not yet sorted into sections), finds vague
    /// qualifiers: "strong", "solid", "excellent", "good understanding", "deep understanding",
    /// "familiarity", "proven ability", "proven track record", "working knowledge", "related
    /// field", "relevant experience". Single adjectives are only read in the requirement lists,
    /// where they qualify a requirement.
    ///
    /// ## Why is this bad?
    /// Each reader fills a vague word with their own bar. Research on applications (for example
    /// the Hewlett-Packard internal report popularised by Mohr in 2014) suggests women more
    /// often apply only when they meet every requirement, so an unmeasurable bar deters them
    /// more; it also gives interviewers room for bias because nobody agreed what "strong" means.
    ///
    /// ## Example
    /// ```text
    /// Strong understanding of distributed systems; familiarity with Kubernetes.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Has designed or run a service that spans several machines; has deployed to Kubernetes
    /// (we will teach you our setup).
    /// ```
    id: "vague-requirement",
    category: Clarity,
    severity: Suggestion,
    has_fix: false,
    check: check,
}

const VAGUE: &str = "is a vague bar that each reader fills in differently";
const LISTS: &[Section] = &[Section::MustHave, Section::NiceToHave];
const SECTIONS: &[Section] = &[Section::MustHave, Section::NiceToHave, Section::Unplaced];

static ENTRIES: &[Entry] = &[
    Entry::new("strong understanding", VAGUE),
    Entry::new("strong knowledge", VAGUE),
    Entry::new("strong experience", VAGUE),
    Entry::new("solid understanding", VAGUE),
    Entry::new("solid knowledge", VAGUE),
    Entry::new("solid experience", VAGUE),
    Entry::new("good understanding", VAGUE),
    Entry::new("good knowledge", VAGUE),
    Entry::new("deep understanding", VAGUE),
    Entry::new("excellent knowledge", VAGUE),
    Entry::new("working knowledge", VAGUE),
    Entry::new("familiarity", VAGUE),
    Entry::new("familiar with", VAGUE),
    Entry::new("proven ability", VAGUE),
    Entry::new("proven track record", VAGUE),
    Entry::new("proven experience", VAGUE),
    Entry::new("demonstrable ability", VAGUE),
    Entry::new("demonstrated ability", VAGUE),
    Entry::new("related field", VAGUE),
    Entry::new("related fields", VAGUE),
    Entry::new("related discipline", VAGUE),
    Entry::new("relevant experience", VAGUE),
    Entry::new("strong", VAGUE).only_in(LISTS),
    Entry::new("solid", VAGUE).only_in(LISTS),
    Entry::new("excellent", VAGUE).only_in(LISTS),
    Entry::new("exceptional", VAGUE).only_in(LISTS),
    Entry::new("outstanding", VAGUE).only_in(LISTS),
];

fn list() -> &'static WordList {
    static LIST: OnceLock<WordList> = OnceLock::new();
    LIST.get_or_init(|| WordList::new(ENTRIES))
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    for field in context.texts_in(SECTIONS) {
        report(
            &RULE,
            list(),
            field,
            |_| {
                "Say what the person has done or can do, in terms an applicant can check against their own experience."
            },
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
    fn flags_vague_qualifiers_in_requirements() {
        let posting = item(
            ListKind::MustHave,
            "Strong understanding of SQL and familiarity with Rust; solid testing skills",
        );
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found, ["Strong understanding", "familiarity", "solid"]);
    }

    #[test]
    fn ignores_benefits_and_summary() {
        let mut posting = summary("A strong team with solid funding.");
        posting.push_item(ListKind::Benefits, "Excellent health cover");
        assert!(run(&RULE, &posting).is_empty());
    }
}
