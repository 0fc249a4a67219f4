//! `ability-bias`: physical requirements without accommodation, and ableist idioms.

use std::sync::OnceLock;

use regex::Regex;

use super::JOB_PROSE;
use crate::lint::rule::{declare_rule, Context, FieldText};
use crate::lint::word_list::{report, Entry, WordList};
use crate::lint::{Diagnostic, Edit, Fix};
use crate::model::Section;
use crate::text::{contains_ignore_ascii_case, word_hash};

declare_rule! {
    /// Flags physical requirements stated without "with or without reasonable accommodation", and ableist idioms.
    ///
    /// ## What it does
    /// Finds physical demands ("lift 50 pounds", "stand for long periods", "must be able to
    /// walk") in a posting that never mentions reasonable accommodation, and offers to add
    /// "with or without reasonable accommodation" to the sentence. It also flags idioms that use
    /// disability as a metaphor ("sanity check", "tone-deaf", "crippling", "crazy") and offers
    /// plain alternatives.
    ///
    /// ## Why is this bad?
    /// Under the Americans with Disabilities Act (and the UK Equality Act 2010), an employer
    /// must consider reasonable adjustments; a bare physical requirement tells disabled
    /// applicants not to apply even when the essential work is within their reach. Idioms built
    /// on disability make the same people feel unwelcome, and say less than a plain word.
    ///
    /// ## Example
    /// ```text
    /// Must be able to lift 50 lbs. Run a sanity check on every release.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Able to move boxes of up to 50 lbs, with or without reasonable accommodation. Run a quick
    /// check on every release.
    /// ```
    id: "ability-bias",
    category: Bias,
    severity: Warning,
    has_fix: true,
    check: check,
}

const IDIOM: &str = "uses disability as a metaphor";

static ENTRIES: &[Entry] = &[
    Entry::new("sanity check", IDIOM).replace(&["quick check", "confidence check"]),
    Entry::new("sanity checks", IDIOM).replace(&["quick checks"]),
    Entry::new("sanity-check", IDIOM).replace(&["double-check"]),
    Entry::new("tone-deaf", IDIOM).replace(&["out of touch"]),
    Entry::new("tone deaf", IDIOM).replace(&["out of touch"]),
    Entry::new("fall on deaf ears", IDIOM).replace(&["be ignored"]),
    Entry::new("blind spot", IDIOM).replace(&["gap"]),
    Entry::new("blind spots", IDIOM).replace(&["gaps"]),
    Entry::new("crippling", IDIOM).replace(&["severe"]),
    Entry::new("crippled", IDIOM).replace(&["hampered"]),
    Entry::new("crazy", IDIOM).replace(&["surprising", "intense"]),
    Entry::new("insane", IDIOM).replace(&["remarkable"]),
    Entry::new("insanely", IDIOM).replace(&["remarkably"]),
    Entry::new("lame", IDIOM).replace(&["weak"]),
    Entry::new("able-bodied", "excludes disabled applicants outright").replace(&["able"]),
    Entry::new("ocd", IDIOM).replace(&["meticulous"]),
];

fn list() -> &'static WordList {
    static LIST: OnceLock<WordList> = OnceLock::new();
    LIST.get_or_init(|| WordList::new(ENTRIES))
}

fn physical_demand() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(r"(?i)(?-u:\b)(?:lift(?:ing)?\s+(?:up\s+to\s+)?\d+\s*(?:lbs?|pounds|kg|kilos?)|(?:stand|standing|sit|sitting|walk|walking)\s+for\s+(?:long|extended|prolonged)\s+periods|must\s+be\s+able\s+to\s+(?:lift|stand|walk|climb|kneel|see|hear|drive|carry)(?-u:\b))")
            .expect("valid pattern")
    })
}

/// False only when [`physical_demand`] cannot match: every match contains "lift", "period" or
/// "must" (a non-ASCII letter may stand in for the "s" under case folding, so any non-ASCII
/// text is searched).
fn may_state_physical_demand(text: &str) -> bool {
    !text.is_ascii()
        || contains_ignore_ascii_case(text, "lift")
        || contains_ignore_ascii_case(text, "period")
        || contains_ignore_ascii_case(text, "must")
}

/// [`word_hash`] of "accommodation", "accommodations" and "reasonable": most words are ruled
/// out by comparing numbers.
fn accommodation_hashes() -> &'static [u64; 3] {
    static HASHES: OnceLock<[u64; 3]> = OnceLock::new();
    HASHES.get_or_init(|| ["accommodation", "accommodations", "reasonable"].map(word_hash))
}

fn mentions_accommodation(context: &Context) -> bool {
    let hashes = accommodation_hashes();
    context.texts.iter().any(|field| {
        field.tokens.iter().enumerate().any(|(index, token)| {
            if !hashes.contains(&token.hash) {
                return false;
            }
            token.lower == "accommodation"
                || token.lower == "accommodations"
                || (token.lower == "reasonable"
                    && field.tokens.get(index + 1).is_some_and(|next| {
                        next.lower == "adjustment" || next.lower == "adjustments"
                    }))
        })
    })
}

/// Where to add the accommodation clause: the end of the sentence holding the demand, before
/// its full stop.
fn clause_insertion(field: &FieldText, demand_end: usize) -> usize {
    let rest = &field.text[demand_end..];
    let sentence_end = rest
        .find(['.', '!', '?', '\n', ';'])
        .map_or(field.text.len(), |offset| demand_end + offset);
    field.text[..sentence_end].trim_end().len()
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let accommodation = mentions_accommodation(context);
    for field in context.texts_in(JOB_PROSE) {
        report(
            &RULE,
            list(),
            field,
            |_| "Use the plain word; it says more and leaves nobody out.",
            diagnostics,
        );
        if accommodation || field.section() == Section::Benefits {
            continue;
        }
        if !may_state_physical_demand(field.text) {
            continue;
        }
        for demand in physical_demand().find_iter(field.text) {
            let at = clause_insertion(field, demand.end());
            diagnostics.push(
                Diagnostic::spanned(
                    &RULE,
                    field.field,
                    demand.range(),
                    format!("'{}' is a physical requirement with no mention of reasonable accommodation", demand.as_str()),
                    "Add \"with or without reasonable accommodation\", and say what the task is for, so disabled applicants can judge the essential work.",
                )
                .with_fix(Fix::single(
                    "Add 'with or without reasonable accommodation'",
                    Edit::in_text(field, at..at, ", with or without reasonable accommodation"),
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{fixed, flagged, item, run, summary};
    use crate::model::ListKind;

    #[test]
    fn quick_test_never_skips_a_physical_demand() {
        for text in [
            "Lifting up to 50 lbs",
            "lift 20 kg",
            "Standing for long periods",
            "MUST BE ABLE TO DRIVE",
            "muſt be able to drive",
        ] {
            assert!(physical_demand().is_match(text), "{text}");
            assert!(may_state_physical_demand(text), "{text}");
        }
        assert!(!may_state_physical_demand("Design and build APIs"));
    }

    #[test]
    fn flags_bare_physical_requirements_and_idioms() {
        let posting = item(
            ListKind::MustHave,
            "Must be able to lift 50 lbs and do a sanity check.",
        );
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found, ["sanity check", "Must be able to lift"]);
    }

    #[test]
    fn ignores_requirements_with_accommodation() {
        let mut posting = item(ListKind::MustHave, "Able to lift 50 lbs");
        posting.equal_opportunity =
            "We provide reasonable accommodation to qualified applicants.".into();
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary("A quick check before each release; see the whole picture.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn fixes_by_adding_the_clause() {
        let posting = item(ListKind::MustHave, "Lifting 25 kg boxes daily.");
        let fixed = fixed(&RULE, &posting);
        assert_eq!(
            fixed.must_have[0].text,
            "Lifting 25 kg boxes daily, with or without reasonable accommodation."
        );
        let posting = summary("Don't let requests fall on deaf ears.");
        assert_eq!(fixed_summary(&posting), "Don't let requests be ignored.");
    }

    fn fixed_summary(posting: &crate::model::Posting) -> String {
        fixed(&RULE, posting).summary
    }
}
