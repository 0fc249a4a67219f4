//! `work-history-requirement`: demands for long tenure at past employers.

use crate::text::compile_pattern;
use std::sync::OnceLock;

use regex::Regex;

use crate::lint::rule::{declare_rule, Context};
use crate::lint::word_list::{find_from_words_within, TriggerWords};
use crate::lint::Diagnostic;
use crate::model::Section;

declare_rule! {
    /// Flags demands for long tenure at past employers: "worked at one company for at least 2 years", "no job hopping".
    ///
    /// ## What it does
    /// In the requirements, the summary and unsorted text, finds demands about how long the
    /// applicant stayed at past employers: tenure at one employer ("you've worked at one
    /// company for at least 2 years", "integrate with an organization long-term"), "stable
    /// work history", "a stable career history", "stable tenure", "no job hopping", "job hoppers need not apply" and "no gaps in
    /// employment".
    ///
    /// ## Why is this bad?
    /// Tenure says nothing about skill. It screens out contractors and freelancers, people
    /// laid off (whole sectors at once), people who moved for a partner's job, and people with
    /// gaps for caring, illness or disability, who are more often women and disabled people.
    ///
    /// ## Example
    /// ```text
    /// Within the last 5 years, you've worked at one company for at least 2 years.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// You have seen a support process through at least one full yearly cycle, in any setting.
    /// ```
    ///
    /// ## What it does not flag
    /// Experience counted in total ("2 years of experience in support"), and the company's own
    /// history or its long-term plans:
    /// ```text
    /// 2 years of support experience. We are building this product for the long term.
    /// ```
    id: "work-history-requirement",
    category: Bias,
    severity: Warning,
    has_fix: false,
    check: check,
}

/// Where a posting states what it requires of applicants.
const REQUIRED: &[Section] = &[Section::MustHave, Section::Summary, Section::Unplaced];

/// The words every [`tenure`] match starts with.
const TRIGGERS: &[&str] = &[
    "at", "with", "for", "stable", "job", "agency", "no", "without",
];

/// A demand about tenure or gaps at past employers, anchored at one of the [`TRIGGERS`].
fn tenure() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(concat!(
            r"(?i)^(?:",
            // Tenure at one employer.
            r"(?:at|with|for)\s+(?:one|a\s+single|the\s+same|an?)\s+(?:company|employer|organi[sz]ation)\s+",
            r"(?:long[\s-]term|for\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|over\s+)?\w+\+?\s+(?:years?|months))",
            // ... or the time first: "worked for at least 2 years with one employer".
            r"|for\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|over\s+)?\w+\+?\s+(?:years?|months)\s+",
            r"(?:at|with|for)\s+(?:one|a\s+single|the\s+same)\s+(?:company|employer|organi[sz]ation)",
            // Stability and gaps.
            r"|stable\s+(?:(?:work|employment|job|career)\s+history|tenure|employment\s+record)",
            r"|(?:job|agency)[\s-]hopp\w*",
            r"|(?:no|without)\s+(?:gaps?|breaks?)\s+in\s+(?:employment|(?:your\s+)?work\s+history|your\s+cv)",
            r")(?-u:\b)",
        ))
    })
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    static WORDS: OnceLock<TriggerWords> = OnceLock::new();
    let triggers = WORDS.get_or_init(|| TriggerWords::new(TRIGGERS));
    for field in context.texts_in(REQUIRED) {
        for found in find_from_words_within(field, triggers, tenure(), false) {
            let words = &field.text[found.clone()];
            diagnostics.push(Diagnostic::spanned(
                &RULE,
                field.field,
                found,
                format!("'{words}' asks about tenure at past employers"),
                "Ask for the skill or the experience itself, counted in total; tenure shuts out contractors, people laid off and people with career gaps.",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{flagged, item, run, summary};
    use crate::model::ListKind;

    #[test]
    fn flags_tenure_at_one_employer() {
        let mut posting = item(
            ListKind::MustHave,
            "Within the last 5 years, you've worked at one company for at least 2 years",
        );
        posting.push_item(
            ListKind::MustHave,
            "Must have driven for at least 3 years with one employer - no agency hoppers",
        );
        posting.push_item(
            ListKind::MustHave,
            "Demonstrated ability to onboard and integrate with an organization long-term",
        );
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(
            found,
            [
                "at one company for at least 2 years",
                "for at least 3 years with one employer",
                "agency hoppers",
                "with an organization long-term"
            ]
        );
    }

    #[test]
    fn flags_stability_and_gaps() {
        let posting = item(
            ListKind::MustHave,
            "A stable work history; no job hopping; no gaps in employment",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            [
                "stable work history",
                "job hopping",
                "no gaps in employment"
            ]
        );
        let posting = item(
            ListKind::MustHave,
            "Stable tenure, ideally 2+ years at each of your last two companies",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["Stable tenure"]);
        let posting = item(
            ListKind::MustHave,
            "A stable career history with clear progression",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["stable career history"]
        );
    }

    #[test]
    fn ignores_total_experience_and_company_plans() {
        let mut posting = item(ListKind::MustHave, "2 years of experience in support");
        posting.summary = "We are building this company for the long term.".into();
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary("You will work with the same organization every week.");
        assert!(run(&RULE, &posting).is_empty());
    }
}
