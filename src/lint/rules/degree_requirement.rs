//! `degree-requirement`: a degree required with no equivalent-experience route.

use std::sync::OnceLock;

use regex::Regex;

use crate::lint::rule::{declare_rule, Context, FieldText};
use crate::lint::{Diagnostic, Edit, Fix};
use crate::model::Section;
use crate::text::sentences;

declare_rule! {
    /// Flags a required degree that does not also accept equivalent experience.
    ///
    /// ## What it does
    /// In the must-have requirements (and unsorted text), finds sentences that ask for a
    /// degree ("Bachelor's degree in Computer Science", "BS/MS", "PhD") without "or equivalent"
    /// experience, and offers to add ", or equivalent practical experience". A degree listed as
    /// nice to have is fine.
    ///
    /// ## Why is this bad?
    /// Degree requirements exclude most of the workforce (about 62% of US adults have no
    /// four-year degree) and fall disproportionately on Black, Hispanic and rural workers.
    /// In Griggs v. Duke Power (1971) the US Supreme Court held that a diploma requirement not
    /// shown to predict job performance can be unlawful discrimination. Many employers and US
    /// states have dropped degree requirements for this reason.
    ///
    /// ## Example
    /// ```text
    /// Bachelor's degree in Computer Science.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Bachelor's degree in Computer Science, or equivalent practical experience.
    /// ```
    ///
    /// ## What it does not flag
    /// A degree listed as nice to have, a degree that already accepts equivalent experience,
    /// and degrees mentioned outside the requirements (the company story, the benefits):
    /// ```text
    /// A degree in statistics or equivalent experience.
    /// ```
    id: "degree-requirement",
    category: Clarity,
    severity: Warning,
    has_fix: true,
    check: check,
}

fn degree() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(r"(?i)(?-u:\b)(?:bachelor(?:'s|’s|s)?(?:\s+degree)?|master(?:'s|’s|s)?\s+degree|(?:university|college|undergraduate|graduate|four-year|4-year)\s+degree|degree\s+in|ph\.?d\.?|b\.?s\.?c?\.?/m\.?s\.?c?|(?-u:\b)BS(?-u:\b)|(?-u:\b)BA(?-u:\b)|(?-u:\b)MBA(?-u:\b)|(?-u:\b)JD(?-u:\b))")
            .expect("valid pattern")
    })
}

fn accepts_equivalent(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    [
        "equivalent",
        "comparable",
        "or similar experience",
        "or relevant experience",
        "or experience",
        "preferred",
        "not required",
        "or related experience",
    ]
    .iter()
    .any(|phrase| lower.contains(phrase))
}

const SECTIONS: &[Section] = &[Section::MustHave, Section::Unplaced];

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    for field in context.texts_in(SECTIONS) {
        check_field(field, diagnostics);
    }
}

fn check_field(field: &FieldText, diagnostics: &mut Vec<Diagnostic>) {
    for sentence in sentences(field.text) {
        let text = &field.text[sentence.clone()];
        let Some(found) = degree().find(text) else {
            continue;
        };
        if accepts_equivalent(text) {
            continue;
        }
        let insert_at = sentence.start + text.trim_end_matches(['.', ';', ',', ' ', '!']).len();
        let span = sentence.start + found.start()..sentence.start + found.end();
        diagnostics.push(
            Diagnostic::spanned(
                &RULE,
                field.field,
                span,
                format!("'{}' is required with no equivalent-experience route", found.as_str()),
                "Accept equivalent practical experience, unless the law requires the degree for this job.",
            )
            .with_fix(Fix::single(
                "Add ', or equivalent practical experience'",
                Edit::in_text(field, insert_at..insert_at, ", or equivalent practical experience"),
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{fixed, flagged, item, run};
    use crate::model::ListKind;

    #[test]
    fn flags_degree_without_equivalent() {
        let posting = item(ListKind::MustHave, "Bachelor's degree in Computer Science.");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Bachelor's degree"]
        );
    }

    #[test]
    fn ignores_equivalent_and_nice_to_have() {
        let posting = item(
            ListKind::MustHave,
            "Bachelor degree in computer science, or equivalent practical experience.",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(ListKind::NiceToHave, "A PhD in statistics");
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(ListKind::MustHave, "Basic knowledge of bash and SQL");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn fixes_by_appending_equivalent_experience() {
        let posting = item(ListKind::MustHave, "Bachelor's degree in Computer Science.");
        assert_eq!(
            fixed(&RULE, &posting).must_have[0].text,
            "Bachelor's degree in Computer Science, or equivalent practical experience."
        );
    }
}
