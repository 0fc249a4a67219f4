//! `ability-bias`: ableist idioms and "able-bodied".

use std::sync::OnceLock;

use super::JOB_PROSE;
use crate::lint::rule::{declare_rule, Context};
use crate::lint::word_list::{report, Entry, WordList};
use crate::lint::Diagnostic;

declare_rule! {
    /// Flags idioms that use disability as a metaphor ("sanity check", "tone-deaf", "crippling") and "able-bodied".
    ///
    /// ## What it does
    /// Flags idioms that use disability as a metaphor ("sanity check", "tone-deaf", "crippling",
    /// "crazy", "fall on deaf ears", "turn a blind eye") and "able-bodied", and offers plain alternatives as
    /// one-click fixes. Physical requirements stated without accommodation are the separate
    /// rule `physical-demands`.
    ///
    /// ## Why is this bad?
    /// Idioms built on disability make disabled readers feel unwelcome, and say less than a
    /// plain word; "able-bodied" excludes disabled applicants outright (the Americans with
    /// Disabilities Act and the UK Equality Act 2010 both ask employers to look at the work,
    /// not the body).
    ///
    /// ## Example
    /// ```text
    /// Run a sanity check on every release; our old process was crippling.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Run a quick check on every release; our old process slowed every release.
    /// ```
    ///
    /// ## What it does not flag
    /// Literal uses that are not idioms are left alone as far as the words allow: "a quick
    /// check", "see the whole picture", "stand-up meeting".
    /// ```text
    /// A quick check before each release; see the whole picture at the stand-up.
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
    Entry::new("sanity test", IDIOM).replace(&["smoke test"]),
    Entry::new("sanity tests", IDIOM).replace(&["smoke tests"]),
    Entry::new("sanity testing", IDIOM).replace(&["smoke testing"]),
    Entry::new("tone-deaf", IDIOM).replace(&["out of touch"]),
    Entry::new("tone deaf", IDIOM).replace(&["out of touch"]),
    Entry::new("fall on deaf ears", IDIOM).replace(&["be ignored"]),
    Entry::new("falls on deaf ears", IDIOM).replace(&["is ignored"]),
    Entry::new("fell on deaf ears", IDIOM).replace(&["went unheard"]),
    Entry::new("fallen on deaf ears", IDIOM).replace(&["been ignored"]),
    Entry::new("falling on deaf ears", IDIOM).replace(&["being ignored"]),
    // "Turn a blind eye to a weak file" is "ignore a weak file"; without its "to", "look away".
    Entry::new("turn a blind eye to", IDIOM).replace(&["ignore"]),
    Entry::new("turns a blind eye to", IDIOM).replace(&["ignores"]),
    Entry::new("turned a blind eye to", IDIOM).replace(&["ignored"]),
    Entry::new("turning a blind eye to", IDIOM).replace(&["ignoring"]),
    Entry::new("turn a blind eye", IDIOM)
        .unless_next(&["to"])
        .replace(&["look away"]),
    Entry::new("turns a blind eye", IDIOM)
        .unless_next(&["to"])
        .replace(&["looks away"]),
    Entry::new("turned a blind eye", IDIOM)
        .unless_next(&["to"])
        .replace(&["looked away"]),
    Entry::new("turning a blind eye", IDIOM)
        .unless_next(&["to"])
        .replace(&["looking away"]),
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

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    for field in context.texts_in(JOB_PROSE) {
        report(
            &RULE,
            list(),
            field,
            |_| "Use the plain word; it says more and leaves nobody out.",
            diagnostics,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{fixed, flagged, item, run, summary};
    use crate::model::ListKind;

    #[test]
    fn flags_idioms() {
        let posting = item(
            ListKind::MustHave,
            "Must be able to lift 50 lbs and do a sanity check; not tone-deaf.",
        );
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found, ["sanity check", "tone-deaf"]);
        let posting = item(
            ListKind::Responsibilities,
            "Run sanity tests after each deploy.",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["sanity tests"]);
    }

    #[test]
    fn ignores_plain_words() {
        let posting = summary("A quick check before each release; see the whole picture.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn fixes_idioms_and_their_articles() {
        let posting = summary("Don't let requests fall on deaf ears.");
        assert_eq!(
            fixed(&RULE, &posting).summary,
            "Don't let requests be ignored."
        );
        let posting = summary("It was an insane pace.");
        assert_eq!(fixed(&RULE, &posting).summary, "It was a remarkable pace.");
    }

    #[test]
    fn reads_each_form_of_the_idioms() {
        for (text, fixed_text) in [
            (
                "Staff concerns have fallen on deaf ears in the past.",
                "Staff concerns have been ignored in the past.",
            ),
            (
                "We never turn a blind eye to a weak file.",
                "We never ignore a weak file.",
            ),
            (
                "When it goes wrong, nobody turns a blind eye.",
                "When it goes wrong, nobody looks away.",
            ),
            (
                "Nobody turned a blind eye to the risk.",
                "Nobody ignored the risk.",
            ),
        ] {
            let posting = summary(text);
            assert_eq!(fixed(&RULE, &posting).summary, fixed_text, "{text}");
        }
    }
}
