//! `equal-opportunity-missing`: a posting with no equal-opportunity or accommodation statement.

use crate::text::compile_pattern;
use std::sync::OnceLock;

use regex::Regex;

use crate::lint::rule::{declare_rule, Context};
use crate::lint::{Diagnostic, Edit, Fix};
use crate::model::{Field, Section};

declare_rule! {
    /// Flags a posting that says nowhere that it welcomes every qualified applicant or how to ask for an adjustment.
    ///
    /// ## What it does
    /// Looks through every section, Unsorted text included, for an equal-opportunity or
    /// accommodation statement in any of its usual forms: "equal opportunity employer",
    /// "EEO", "without regard to race, ...", "regardless of age, disability ...", "we do not
    /// discriminate", "the District prohibits discrimination, harassment ... based on ...",
    /// "reasonable accommodation" or "reasonable adjustments", "accommodations
    /// are available during the interview process", "we encourage people of all backgrounds to
    /// apply", "we welcome applications from Aboriginal and Torres Strait Islander people", "if
    /// you need an adjustment at any stage", "committed to an inclusive workplace", "Disability Confident". A commitment
    /// asked of the applicant in a requirement ("Be committed to inclusion") is a demand on
    /// them, not the employer's statement, and does not count. When there is
    /// none and the Equal opportunity section is empty, it says so once, and offers to fill the
    /// section with a plain statement to adapt.
    ///
    /// ## Why is this bad?
    /// People who expect to be screened out (disabled applicants, older applicants, people of
    /// colour, women in male-dominated trades) look for this line before they apply; it is also
    /// where they learn how to ask for an adjustment to the interview. Without it, some of them
    /// do not apply. Some employers must include one by law or contract; the wording they must
    /// use is theirs to check.
    ///
    /// ## Example
    /// ```text
    /// How to apply: send your CV to jobs@example.com.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Equal opportunity: We consider every qualified applicant without regard to race, sex,
    /// age, disability or any other protected characteristic. Tell us if you need an
    /// adjustment at any stage and we will make it.
    /// ```
    ///
    /// ## What it does not flag
    /// A statement anywhere in the posting counts, however short, whatever the section:
    /// a line in the company text or the how-to-apply text is enough. An empty posting is not
    /// judged. If your job board adds the statement for you, switch the rule off in the rule
    /// settings.
    /// ```text
    /// About us: ... We welcome applications from people of all backgrounds.
    /// ```
    id: "equal-opportunity-missing",
    category: Disclosure,
    severity: Suggestion,
    has_fix: true,
    check: check,
}

/// The usual forms of an equal-opportunity or accommodation statement. A characteristic word
/// is required after "regardless of" ("regardless of experience" is no statement), and a
/// hiring word near "accommodation" ("accommodation provided" on a seasonal job is lodging).
fn statement() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        // Groups an employer welcomes by name ("We welcome applications from Aboriginal and
        // Torres Strait Islander people", "from people with disability").
        const GROUPS: &str = "aboriginal|indigenous|first\\s+nations|m[aā]ori|pasifika|people\\s+with|women|black|minorit|lgbt";
        const TRAITS: &str = "race|colou?r|religio|creed|sex|gender|age(?-u:\\b)|disabilit|national|ethnic|ancestry|veteran|belief|marital|pregnan|background|identity|orientation";
        compile_pattern(&format!(
            r"(?i)equal\s+(?:employment\s+)?opportunit|(?-u:\b)(?:eeo|eoe|eeoc)(?-u:\b)|affirmative\s+action|without\s+regard\s+(?:to|for)(?-u:\b)|all\s+qualified\s+(?:applicants|candidates|individuals)|reasonable\s+(?:accommodation|adjustment)|accommodations?(?-u:\b)[^.\n]{{0,80}}(?:disabilit|interview|hiring|application|recruitment|selection|assessment)|(?:disabilit|accessibility)[^.\n]{{0,60}}(?:accommodat|adjustment)|adjustments?(?-u:\b)[^.\n]{{0,60}}(?:interview|application|recruitment|selection|hiring|process|assessment)|disability\s+confident|protected\s+(?:characteristic|veteran|class|status)|(?:do|does|will)\s+not\s+discriminate|non-?\s?discriminat|discriminat\w*\s+(?:on\s+the\s+basis|based\s+on|against)|prohibits?\s+(?:unlawful\s+|illegal\s+)?discriminat|regardless\s+of\s+(?:their\s+|your\s+|an?\s+)?(?:{TRAITS})|(?:welcome|encourage|invite)s?(?-u:\b)[^.\n]{{0,40}}(?-u:\b)(?:of|from)\s+(?:all(?-u:\b)|every|any(?-u:\b)|diverse|under-?represented|{TRAITS}|{GROUPS})|(?-u:\b)(?:you|anyone\s+who|(?:applicants?|candidates?)\s+who)\s+(?:may\s+)?(?:need|require)s?\s+(?:(?:an?\s+|any\s+)?(?:adjustments?|accommodations)|an\s+accommodation)(?-u:\b)|(?:committed|commitment)\s+to\s+(?:building\s+|creating\s+|fostering\s+)?(?:an?\s+)?(?:diverse|inclusive|diversity|inclusion|equity|equality)|(?:value|celebrate|embrace)s?\s+diversity|diversity,?\s+equity|inclusive\s+(?:employer|workplace)"
        ))
    })
}

/// True when a requirement asks the applicant to be committed to inclusion ("Be committed to
/// inclusion", "Values diversity"): a demand on the candidate, not the employer's statement.
/// An accommodation said in a requirement ("lift 25 kg with or without reasonable
/// accommodation") still is one.
fn asked_of_the_applicant(section: Section, words: &str) -> bool {
    let lower = words.to_ascii_lowercase();
    matches!(section, Section::MustHave | Section::NiceToHave)
        && ["commit", "value", "celebrate", "embrace"]
            .iter()
            .any(|verb| lower.starts_with(verb))
}

/// The statement the fix puts in the Equal opportunity section, for the user to adapt.
fn template(company: &str) -> String {
    let company = company.trim();
    let who = if company.is_empty() {
        "We are"
    } else {
        company
    };
    let verb = if company.is_empty() { "" } else { " is" };
    format!(
        "{who}{verb} an equal opportunity employer. We consider every qualified applicant without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, disability or any other characteristic protected by law. If you need an adjustment at any stage of the hiring process, tell us and we will make it."
    )
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    if context.word_count() == 0 || !context.posting.equal_opportunity.trim().is_empty() {
        return;
    }
    if context.texts.iter().any(|text| {
        statement()
            .find_iter(text.text)
            .any(|found| !asked_of_the_applicant(text.section(), found.as_str()))
    }) {
        return;
    }
    let fix = Fix {
        title: "Add an equal-opportunity statement to adapt".to_owned(),
        edits: vec![Edit::new(
            Field::EqualOpportunity,
            0..0,
            "",
            template(&context.posting.company),
        )],
    };
    diagnostics.push(
        Diagnostic::posting_level(
            &RULE,
            Section::EqualOpportunity,
            "the posting has no equal-opportunity or accommodation statement",
            "Say that you consider every qualified applicant whatever their race, sex, age or disability, and how to ask for an adjustment to the hiring process.",
        )
        .with_fix(fix),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{fixed, run, summary};

    #[test]
    fn flags_a_posting_with_no_statement_and_fills_the_section() {
        let mut posting = summary("We are hiring a cashier. Apply in store.");
        posting.company = "Cascade Fresh".into();
        let diagnostics = run(&RULE, &posting);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].section, Section::EqualOpportunity);
        let after = fixed(&RULE, &posting);
        assert!(after
            .equal_opportunity
            .starts_with("Cascade Fresh is an equal opportunity employer."));
        assert!(run(&RULE, &after).is_empty());
    }

    #[test]
    fn finds_a_statement_in_any_section_and_wording() {
        for statement in [
            "Acme is an Equal Opportunity Employer.",
            "EOE/M/F/D/V",
            "All qualified applicants will receive consideration without regard to race or sex.",
            "We hire regardless of age, disability or background.",
            "We do not discriminate on the basis of any protected characteristic.",
            "The District prohibits discrimination, harassment, intimidation, and bullying based on age, disability or sex.",
            "Reasonable accommodations are available on request.",
            "Let us know if you need any adjustments to the interview process.",
            "Accommodations are available for applicants with disabilities.",
            "We welcome applications from people of all backgrounds.",
            "We encourage candidates from under-represented groups to apply.",
            "We are committed to building a diverse team.",
            "We are a Disability Confident employer.",
            "Tessera welcomes translators of every background and age.",
            "If you need an adjustment to the process, tell us.",
            "We welcome applications from Aboriginal and Torres Strait Islander people.",
            "If you need an adjustment at any stage, call Priya and we'll arrange it.",
            "Tell us if you require accommodations.",
            // Beside letters and signs outside ASCII (the pattern's word boundaries are ASCII
            // ones, so a text with a dash or a curly quote is still searched by the fast DFA).
            "Café staff – we’re an EOE – all welcome.",
            "Wir stellen ein – regardless of age – für München.",
        ] {
            let mut posting = summary("We are hiring a cashier. Apply in store.");
            posting.about_company = statement.into();
            assert!(run(&RULE, &posting).is_empty(), "{statement}");
        }
        let mut posting = summary("Anything");
        posting.equal_opportunity = "See our policy.".into();
        assert!(run(&RULE, &posting).is_empty());
        assert!(run(&RULE, &crate::model::Posting::default()).is_empty());
    }

    #[test]
    fn is_not_satisfied_by_look_alikes() {
        for text in [
            "Free staff accommodation provided for the season.",
            "We hire regardless of experience; we train you.",
            "Equal parts strategy and execution.",
            "You will make adjustments to the machine settings.",
            "If you need accommodation for the season, ask about our staff houses.",
            "Machines that need adjustments are tagged by the night shift.",
            "Café geoeconomics – sign up at our café.",
        ] {
            let posting = summary(text);
            assert_eq!(run(&RULE, &posting).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_commitment_asked_of_the_applicant_is_no_statement() {
        use crate::lint::rules::testing::item;
        use crate::model::ListKind;
        for requirement in [
            "Be committed to inclusion and to the Trust's values",
            "Commitment to equality and diversity",
            "Values diversity in the classroom",
        ] {
            let posting = item(ListKind::MustHave, requirement);
            assert_eq!(run(&RULE, &posting).len(), 1, "{requirement}");
        }
        // The employer's own commitment, or an accommodation said in a requirement, still is.
        let posting = item(
            ListKind::MustHave,
            "Lift 25 kg with or without reasonable accommodation",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary("We are committed to inclusion in everything we do.");
        assert!(run(&RULE, &posting).is_empty());
    }
}
