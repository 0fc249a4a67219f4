//! The rules, one file each, documentation first (`declare_rule!`). Register a new rule in
//! [`ALL`] and record its id in CHANGELOG.md: users' settings refer to rule ids.

use super::rule::Rule;

pub mod ability_bias;
pub mod age_bias;
pub mod appearance_requirement;
pub mod cliche;
pub mod culture_jargon;
pub mod degree_requirement;
pub mod duplicate_duty;
pub mod empty_section;
pub mod equal_opportunity_missing;
pub mod exclusionary_language;
pub mod experience_inflation;
pub mod gendered_terms;
pub mod gendered_wording;
pub mod house_style;
pub mod location_missing;
pub mod long_sentence;
pub mod on_call_disclosure;
pub mod pay_range_missing;
pub mod pay_range_not_a_range;
pub mod pay_range_too_wide;
pub mod personality_requirement;
pub mod physical_demands;
pub mod placeholder_text;
pub mod posting_length;
pub mod salary_history;
pub mod too_many_requirements;
pub mod unpaid_work_requirement;
pub mod unsafe_link;
pub mod vague_requirement;
pub mod work_history_requirement;

/// Every rule, in documentation order: bias, disclosure, clarity, structure.
pub static ALL: &[Rule] = &[
    gendered_wording::DEFINITION,
    gendered_terms::DEFINITION,
    age_bias::DEFINITION,
    ability_bias::DEFINITION,
    physical_demands::DEFINITION,
    culture_jargon::DEFINITION,
    exclusionary_language::DEFINITION,
    salary_history::DEFINITION,
    unpaid_work_requirement::DEFINITION,
    work_history_requirement::DEFINITION,
    personality_requirement::DEFINITION,
    appearance_requirement::DEFINITION,
    on_call_disclosure::DEFINITION,
    pay_range_missing::DEFINITION,
    pay_range_not_a_range::DEFINITION,
    pay_range_too_wide::DEFINITION,
    location_missing::DEFINITION,
    equal_opportunity_missing::DEFINITION,
    vague_requirement::DEFINITION,
    experience_inflation::DEFINITION,
    degree_requirement::DEFINITION,
    too_many_requirements::DEFINITION,
    cliche::DEFINITION,
    long_sentence::DEFINITION,
    posting_length::DEFINITION,
    placeholder_text::DEFINITION,
    duplicate_duty::DEFINITION,
    empty_section::DEFINITION,
    unsafe_link::DEFINITION,
    house_style::DEFINITION,
];

/// Sections that hold the posting's own wording about the job (not the legal statement, not
/// the how-to-apply text, not codes): [`APPLICANT_FACING`] without its last, how-to-apply.
pub(crate) const JOB_PROSE: &[crate::model::Section] =
    APPLICANT_FACING.split_at(APPLICANT_FACING.len() - 1).0;

/// [`JOB_PROSE`] and the how-to-apply text (last): where words that turn applicants away ("he
/// or she", "culture fit", a "rockstar" in the subject line) matter as much as in the job.
pub(crate) const APPLICANT_FACING: &[crate::model::Section] = {
    use crate::model::Section::*;
    &[
        Title,
        Summary,
        AboutCompany,
        Responsibilities,
        MustHave,
        NiceToHave,
        Benefits,
        OnCall,
        Unplaced,
        HowToApply,
    ]
};

/// Test helpers shared by the rules' tests.
#[cfg(test)]
pub(crate) mod testing {
    use crate::lint::{apply_fix, Context, Diagnostic, Rule};
    use crate::model::{ListKind, Posting};

    /// Runs one rule on a posting.
    pub fn run(rule: &Rule, posting: &Posting) -> Vec<Diagnostic> {
        let context = Context::new(posting);
        let mut diagnostics = Vec::new();
        (rule.check)(&context, &mut diagnostics);
        diagnostics
    }

    /// A posting whose summary is `text`.
    pub fn summary(text: &str) -> Posting {
        Posting {
            summary: text.into(),
            ..Posting::default()
        }
    }

    /// A posting with one item in the given list.
    pub fn item(kind: ListKind, text: &str) -> Posting {
        let mut posting = Posting::default();
        posting.push_item(kind, text);
        posting
    }

    /// The flagged words of each finding.
    pub fn flagged(posting: &Posting, diagnostics: &[Diagnostic]) -> Vec<String> {
        diagnostics
            .iter()
            .map(|d| d.flagged_text(posting).to_owned())
            .collect()
    }

    /// Applies the first fix of the first finding and returns the fixed posting.
    pub fn fixed(rule: &Rule, posting: &Posting) -> Posting {
        let diagnostics = run(rule, posting);
        let fix = diagnostics
            .iter()
            .find_map(|d| d.fixes.first())
            .expect("a finding with a fix");
        let mut fixed = posting.clone();
        apply_fix(&mut fixed, fix).expect("the fix applies");
        fixed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn applicant_facing_is_the_job_prose_and_how_to_apply() {
        use crate::model::Section;
        assert_eq!(APPLICANT_FACING.last(), Some(&Section::HowToApply));
        assert!(!JOB_PROSE.contains(&Section::HowToApply));
        assert!(JOB_PROSE.contains(&Section::Summary) && JOB_PROSE.contains(&Section::Unplaced));
        assert!(!JOB_PROSE.contains(&Section::EqualOpportunity));
    }

    #[test]
    fn ids_are_unique_kebab_case() {
        let mut ids: Vec<&str> = ALL.iter().map(|rule| rule.id).collect();
        for id in &ids {
            assert!(
                !id.is_empty()
                    && id.split('-').all(
                        |part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase())
                    ),
                "{id} is not kebab-case"
            );
        }
        ids.sort_unstable();
        let count = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), count, "duplicate rule ids");
    }

    #[test]
    fn every_rule_is_documented() {
        for rule in ALL {
            for heading in [
                "## What it does",
                "## Why is this bad?",
                "## Example",
                "## Use instead",
                "## What it does not flag",
            ] {
                assert!(
                    rule.documentation().contains(heading),
                    "{} lacks '{heading}'",
                    rule.id
                );
            }
            // What a rule deliberately leaves alone is shown by an example, not only described.
            let docs = rule.documentation();
            let not_flagged = docs
                .split("## What it does not flag")
                .nth(1)
                .map(|rest| rest.split("\n## ").next().unwrap_or(rest))
                .unwrap_or_default();
            assert!(
                not_flagged.contains("```"),
                "{}: 'What it does not flag' has no example",
                rule.id
            );
            assert!(
                !rule.summary.trim().is_empty(),
                "{} has no summary",
                rule.id
            );
            assert!(!rule.summary.starts_with(' '));
            assert!(rule.docs.starts_with(&format!(" {}", rule.summary)));
        }
    }

    #[test]
    fn every_rule_file_is_registered() {
        // The rule files themselves, read at test time, so no second list of rules exists.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lint/rules");
        let mut ids: Vec<String> = std::fs::read_dir(&dir)
            .expect("the rules folder")
            .filter_map(Result::ok)
            .filter_map(|entry| entry.file_name().into_string().ok())
            .filter_map(|name| name.strip_suffix(".rs").map(str::to_owned))
            .filter(|stem| stem != "mod")
            .map(|stem| stem.replace('_', "-"))
            .collect();
        ids.sort();
        let mut registered: Vec<&str> = ALL.iter().map(|rule| rule.id).collect();
        registered.sort_unstable();
        assert_eq!(registered, ids, "rules::ALL and the rule files differ");
    }

    #[test]
    fn the_cli_and_the_engine_read_the_registry() {
        assert!(std::ptr::eq(crate::lint::rules(), ALL));
        for rule in ALL {
            assert!(std::ptr::eq(crate::lint::rule(rule.id).unwrap(), rule));
        }
    }
}
