//! `vague-requirement`: requirements that cannot be checked ("strong", "solid", "familiarity").

use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use crate::lint::rule::{declare_rule, Context, FieldText};
use crate::lint::word_list::{finding, Entry, WordList};
use crate::lint::Diagnostic;
use crate::model::Section;
use crate::text::lines;

declare_rule! {
    /// Flags requirements nobody can check: "strong", "solid", "excellent", "familiarity", "related field".
    ///
    /// ## What it does
    /// In the requirement lists (and in text not yet sorted into sections), finds vague
    /// qualifiers: "strong", "solid", "excellent", "good understanding", "deep understanding",
    /// "familiarity", "proven ability", "proven track record", "working knowledge", "related
    /// field", "relevant experience". Single adjectives ("strong", "superior", ...) are only
    /// read in the requirement lists, where they qualify a requirement. A praised skill with
    /// nothing to check it by ("excellent written and verbal communication skills", "stellar
    /// communication skills", "effective communication skills") is flagged as one phrase when
    /// nothing in the same item (or line) makes it measurable: no number, and no "for example",
    /// "such as", "e.g.", "including" or "shown by".
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
    ///
    /// ## What it does not flag
    /// The same adjectives outside the requirements ("a strong team", "excellent health
    /// cover"), and a skill whose item says how it shows:
    /// ```text
    /// Excellent written communication skills, for example design documents other teams review.
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
    Entry::new("superior", VAGUE).only_in(LISTS),
];

/// Praise for communication skills: an adjective, any of the kinds of communication, then
/// "communication skills".
fn communication_claim() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(concat!(
            r"(?i)(?-u:\b)(?:excellent|stellar|effective|strong|great|superb|outstanding|exceptional|superior)\s+",
            r"(?:(?:written|verbal|oral|spoken|interpersonal|presentation|writing|english|and|or|&)[\s,/]+){0,8}",
            r"communications?\s+skills(?-u:\b)",
        ))
        .expect("valid pattern")
    })
}

/// Words that say how a skill shows, making it checkable.
const EVIDENCE: &[&str] = &[
    "e.g.",
    "for example",
    "for instance",
    "such as",
    "including",
    "shown by",
    "demonstrated by",
    "as shown",
    "writing sample",
    "portfolio",
];

/// Markdown link targets, whose digits are addresses, not measures.
fn link_target() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| Regex::new(r"\]\([^)\s]*\)").expect("valid pattern"))
}

/// True when the line holding `at` says how the skill shows: a number or an [`EVIDENCE`]
/// phrase (link addresses left out).
fn line_is_measurable(text: &str, at: usize) -> bool {
    let line = lines(text)
        .into_iter()
        .find(|line| line.start <= at && at <= line.end)
        .and_then(|line| text.get(line))
        .unwrap_or(text);
    let line = link_target().replace_all(line, "]").to_lowercase();
    line.chars().any(|character| character.is_ascii_digit())
        || EVIDENCE.iter().any(|phrase| line.contains(phrase))
}

const COMMUNICATION_HELP: &str = "Say what the person will communicate, to whom and how (\"writes design documents other teams review\", \"presents to customers every week\"), so applicants can check themselves against it.";

/// Praised communication skills in one field: (span, whether the item makes them measurable).
fn communication_claims(field: &FieldText) -> Vec<(Range<usize>, bool)> {
    if !crate::text::contains_ignore_ascii_case(field.text, "communication") {
        return Vec::new();
    }
    communication_claim()
        .find_iter(field.text)
        .map(|found| (found.range(), line_is_measurable(field.text, found.start())))
        .collect()
}

fn list() -> &'static WordList {
    static LIST: OnceLock<WordList> = OnceLock::new();
    LIST.get_or_init(|| WordList::new(ENTRIES))
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    for field in context.texts_in(SECTIONS) {
        let first = diagnostics.len();
        let claims = communication_claims(field);
        for (span, measurable) in &claims {
            if *measurable {
                continue;
            }
            let words = &field.text[span.clone()];
            diagnostics.push(Diagnostic::spanned(
                &RULE,
                field.field,
                span.clone(),
                format!("'{words}' is a vague bar: nothing in the item says how they show"),
                COMMUNICATION_HELP,
            ));
        }
        for found in list().find(field) {
            // A word inside a praised skill was judged with the whole phrase.
            let inside_claim = claims
                .iter()
                .any(|(span, _)| span.start < found.span.end && found.span.start < span.end);
            if inside_claim {
                continue;
            }
            let words = field.text.get(found.span.clone()).unwrap_or("");
            let message = format!("'{words}' {}", found.entry.note);
            diagnostics.push(finding(
                &RULE,
                field,
                &found,
                message,
                "Say what the person has done or can do, in terms an applicant can check against their own experience.",
            ));
        }
        // This field's findings in reading order.
        diagnostics[first..]
            .sort_by_key(|diagnostic| diagnostic.span.as_ref().map(|span| span.start));
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
    fn flags_praised_communication_skills_as_one_phrase() {
        for text in [
            "Excellent written and verbal communication skills",
            "Stellar interpersonal, presentation, verbal, and written communication skills, across all levels",
            "Effective communication skills: regular consensus with peers, and clear status updates",
            "Strong communication skills",
        ] {
            let posting = item(ListKind::MustHave, text);
            let diagnostics = run(&RULE, &posting);
            let found = flagged(&posting, &diagnostics);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert!(found[0].ends_with("communication skills"), "{text}");
            assert!(diagnostics[0].message.contains("nothing in the item"));
        }
    }

    #[test]
    fn ignores_communication_skills_with_evidence() {
        for text in [
            "Excellent written communication skills, for example design documents other teams review",
            "Strong communication skills: you have presented to 200 customers",
            "Great communication skills, shown by a writing sample",
        ] {
            let posting = item(ListKind::MustHave, text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
    }

    #[test]
    fn flags_superior_as_a_bar() {
        let posting = item(ListKind::MustHave, "Superior attention to detail");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["Superior"]);
    }

    #[test]
    fn ignores_benefits_and_summary() {
        let mut posting = summary("A strong team with solid funding.");
        posting.push_item(ListKind::Benefits, "Excellent health cover");
        assert!(run(&RULE, &posting).is_empty());
    }
}
