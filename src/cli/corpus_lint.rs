//! Lint expectations for the corpus regression run (`postwright corpus DIR`).
//!
//! [`check`] returns the problems found with one posting's findings: the notable problems the
//! corpus README names must be found, and every finding must be well formed (its span inside
//! its field, its fixes applicable).

use crate::lint::{apply_fix, Diagnostic};
use crate::model::{Posting, Section, Severity};

/// One notable problem a posting must be flagged for.
struct Expectation {
    /// File-name prefix, such as "038_".
    prefix: &'static str,
    rule: &'static str,
    /// Words the finding must flag (case-insensitive); empty: any finding of the rule.
    words: &'static str,
    /// Only a posting-level finding of this severity counts.
    posting_level: Option<Severity>,
    /// Only expected when the posting's text contains `words` (the README names a range of
    /// files, not all of which carry the phrase).
    if_present: bool,
    what: &'static str,
}

const fn expect(
    prefix: &'static str,
    rule: &'static str,
    words: &'static str,
    what: &'static str,
) -> Expectation {
    Expectation {
        prefix,
        rule,
        words,
        posting_level: None,
        if_present: false,
        what,
    }
}

const STRAIGHT_OUT_OF_SCHOOL: &str = "the \"straight out of school\" age wording";

/// The PostHog postings 009-015 share a hiring blurb, but not all of them carry it.
const fn school(prefix: &'static str) -> Expectation {
    Expectation {
        if_present: true,
        ..expect(
            prefix,
            "age-bias",
            "straight out of school",
            STRAIGHT_OUT_OF_SCHOOL,
        )
    }
}

static EXPECTATIONS: &[Expectation] = &[
    expect(
        "005_",
        "on-call-disclosure",
        "",
        "weekend on-call without details",
    ),
    school("009_"),
    school("010_"),
    school("011_"),
    school("012_"),
    school("013_"),
    school("014_"),
    school("015_"),
    expect("036_", "age-bias", "young", "\"we're still a young team\""),
    expect(
        "038_",
        "placeholder-text",
        "",
        "template placeholders left in",
    ),
    expect(
        "049_",
        "duplicate-duty",
        "",
        "the bullet repeated under two objectives",
    ),
    expect("050_", "gendered-terms", "his/her", "\"his/her\""),
    Expectation {
        prefix: "053_",
        rule: "gendered-wording",
        // The labelled reading (eval/labels) found two masculine-coded traits asked of the
        // candidate, "confident" and "assertive"; the rest of what used to tip the balance
        // ("leader" as the job, "competitive program", rating categories) is not coded wording.
        words: "assertive",
        posting_level: None,
        if_present: false,
        what: "masculine-coded traits asked of the candidate",
    },
];

/// Problems with the findings for the posting in file `name`; empty when all is well.
pub fn check(name: &str, posting: &Posting, diagnostics: &[Diagnostic]) -> Vec<String> {
    let mut problems = Vec::new();
    let text = lower_text(posting);
    for expectation in EXPECTATIONS.iter().filter(|e| name.starts_with(e.prefix)) {
        if expectation.if_present && !text.contains(expectation.words) {
            continue;
        }
        let found = diagnostics.iter().any(|diagnostic| {
            diagnostic.rule == expectation.rule
                && (expectation.words.is_empty()
                    || diagnostic
                        .flagged_text(posting)
                        .eq_ignore_ascii_case(expectation.words))
                && expectation.posting_level.is_none_or(|severity| {
                    diagnostic.field.is_none() && diagnostic.severity == severity
                })
        });
        if !found {
            problems.push(format!(
                "expected {} to flag {}",
                expectation.rule, expectation.what
            ));
        }
    }
    for diagnostic in diagnostics {
        problems.extend(malformed(posting, diagnostic));
    }
    problems
}

/// All the posting's prose in lower case.
fn lower_text(posting: &Posting) -> String {
    posting
        .prose_fields()
        .iter()
        .map(|(_, text)| text.to_lowercase())
        .collect::<Vec<_>>()
        .join("\n")
}

/// What is wrong with one finding's shape: a span outside its field or not on character
/// boundaries, a fix that does not apply, biased-wording findings in the equal-opportunity
/// statement.
fn malformed(posting: &Posting, diagnostic: &Diagnostic) -> Vec<String> {
    let mut problems = Vec::new();
    let rule = diagnostic.rule;
    if let (Some(field), Some(span)) = (diagnostic.field, &diagnostic.span) {
        let text = posting.text(field).unwrap_or("");
        if text.get(span.clone()).is_none() {
            problems.push(format!(
                "{rule}: span {span:?} is not inside its field's text"
            ));
        }
    }
    if diagnostic.span.is_some() && diagnostic.field.is_none() {
        problems.push(format!("{rule}: a span without a field"));
    }
    if diagnostic.section == Section::EqualOpportunity
        && matches!(rule, "gendered-terms" | "gendered-wording" | "age-bias")
    {
        problems.push(format!(
            "{rule}: flagged the equal-opportunity statement: {}",
            diagnostic.message
        ));
    }
    for fix in &diagnostic.fixes {
        let mut copy = posting.clone();
        if let Err(error) = apply_fix(&mut copy, fix) {
            problems.push(format!(
                "{rule}: fix '{}' does not apply: {error}",
                fix.title
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::{lint, LintSettings};

    fn problems(name: &str, text: &str) -> Vec<String> {
        let posting = Posting {
            unplaced: text.into(),
            ..Posting::default()
        };
        let diagnostics = lint(&posting, &LintSettings::default());
        check(name, &posting, &diagnostics)
    }

    #[test]
    fn finds_the_named_problems() {
        assert!(problems("038_x.md", "ENTER POSITION SUMMARY").is_empty());
        assert!(problems("050_x.md", "weighing his/her values").is_empty());
        assert!(problems("036_x.md", "We're still a young team").is_empty());
    }

    #[test]
    fn reports_missing_findings() {
        let found = problems("038_x.md", "A finished posting.");
        assert_eq!(
            found,
            ["expected placeholder-text to flag template placeholders left in"]
        );
        assert_eq!(problems("053_x.md", "A calm and kind leader.").len(), 1);
        assert!(problems("053_x.md", "An assertive person.").is_empty());
    }
}
