//! `posting-length`: postings too short to inform or too long to read.

use crate::lint::rule::{declare_rule, Context};
use crate::lint::Diagnostic;
use crate::model::Section;

declare_rule! {
    /// Flags postings shorter than 150 words or longer than 1,000 words.
    ///
    /// ## What it does
    /// Counts the words of all the posting's prose (the words a reader reads, as runs between
    /// spaces: "on-board" and "and/or" are one word each, link addresses do not count) and
    /// suggests adding detail below 150 words or cutting above 1,000. A short posting that
    /// already states what people need to decide (duties, requirements, pay figures and the
    /// place or work mode) is not asked for more words.
    ///
    /// ## Why is this bad?
    /// Analyses of job-board data (for example Appcast's 2019 study of millions of postings)
    /// found application rates highest for postings of a few hundred words and falling off
    /// after about 1,000; a very short posting leaves out what people need to decide, such as
    /// duties, pay and location.
    ///
    /// ## Example
    /// ```text
    /// A 2,700-word posting that repeats the requirements for four job levels.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// One posting per level, 300 to 700 words each.
    /// ```
    ///
    /// ## What it does not flag
    /// Link addresses are not words a reader reads: a 900-word posting with thirty links to
    /// its handbook is 900 words, however long the addresses; 900 hyphenated or slashed words
    /// ("full-time", "and/or") are 900 words, not 1,800. An empty posting is not judged, nor
    /// is a short one that has its duties, requirements, pay figures and location: 140 words
    /// can say all that for a server or a loader.
    /// ```text
    /// A full-time role: see [our handbook](https://example.com/handbook/people/benefits).
    /// ```
    id: "posting-length",
    category: Clarity,
    severity: Suggestion,
    has_fix: false,
    check: check,
}

/// Fewer words than this is too short.
pub const MIN_WORDS: usize = 150;
/// More words than this is too long.
pub const MAX_WORDS: usize = 1000;

/// True when the posting gives what a reader needs to decide: duties, requirements, pay
/// figures and the place or work mode.
fn states_the_essentials(context: &Context) -> bool {
    let posting = context.posting;
    let location = &posting.location;
    let has_text =
        |items: &[crate::model::ListItem]| items.iter().any(|item| !item.text.trim().is_empty());
    has_text(&posting.responsibilities)
        && has_text(&posting.must_have)
        && (posting.pay.min.is_some() || posting.pay.max.is_some())
        && (!location.places.trim().is_empty()
            || !location.country.trim().is_empty()
            || location.work_mode.is_some())
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let words = context.word_count();
    if words == 0 {
        return;
    }
    if words < MIN_WORDS && !states_the_essentials(context) {
        diagnostics.push(Diagnostic::posting_level(
            &RULE,
            Section::Summary,
            format!("the posting has only {words} words"),
            "Say what the person will do, what they need, the pay, the place and how to apply; 300 to 700 words is typical.",
        ));
    } else if words > MAX_WORDS {
        diagnostics.push(Diagnostic::posting_level(
            &RULE,
            Section::Summary,
            format!("the posting has {words} words; readers skim past about {MAX_WORDS}"),
            "Cut repetition and company boilerplate; link to details instead of including them.",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{run, summary};

    #[test]
    fn ignores_a_short_posting_that_states_the_essentials() {
        let mut posting = summary("Serve guests at our restaurant.");
        posting.push_item(crate::model::ListKind::Responsibilities, "Take orders");
        posting.push_item(crate::model::ListKind::MustHave, "One year of serving");
        posting.location.places = "Boulder, CO".into();
        assert_eq!(run(&RULE, &posting).len(), 1, "no pay yet");
        posting.pay.min = Some(15.0);
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_short_and_long_postings() {
        assert!(run(&RULE, &summary("Too short."))[0]
            .message
            .contains("only 2 words"));
        let long = vec!["word"; 1200].join(" ");
        assert!(run(&RULE, &summary(&long))[0]
            .message
            .contains("1200 words"));
    }

    #[test]
    fn ignores_typical_and_empty_postings() {
        let typical = vec!["word"; 400].join(" ");
        assert!(run(&RULE, &summary(&typical)).is_empty());
        assert!(run(&RULE, &summary("")).is_empty());
    }

    #[test]
    fn ignores_link_addresses() {
        let words = vec!["word"; 130].join(" ");
        let links = " [a](https://example.com/one/two/three/four)".repeat(10);
        let diagnostics = run(&RULE, &summary(&format!("{words}{links}")));
        assert!(diagnostics[0].message.contains("only 140 words"));
    }

    #[test]
    fn ignores_joined_words_as_extra_words() {
        let joined = vec!["on-board and/or"; 450].join(" ");
        assert!(run(&RULE, &summary(&joined)).is_empty());
    }
}
