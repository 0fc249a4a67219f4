//! `long-sentence`: sentences too long to read in one go.

use crate::lint::rule::{declare_rule, Context};
use crate::lint::Diagnostic;
use crate::text::sentences;

use super::JOB_PROSE;

declare_rule! {
    /// Flags sentences longer than 35 words.
    ///
    /// ## What it does
    /// Splits every prose field into sentences (a line break also ends one, so list items are
    /// judged on their own) and flags those with more than 35 words.
    ///
    /// ## Why is this bad?
    /// Plain-language guidance (the US Federal Plain Language Guidelines, the UK Government
    /// Digital Service) puts the comfortable average at 15 to 20 words; past 35, readers lose
    /// the thread, and people reading in a second language or with dyslexia give up first.
    /// Job seekers skim, on phones.
    ///
    /// ## Example
    /// ```text
    /// You will work with product, design and operations to plan, build, test and ship features
    /// that customers love while keeping quality high, mentoring others and improving our
    /// processes wherever you see room for improvement across the whole company.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// You will plan, build and ship features with product, design and operations. You will
    /// also mentor others and improve how we work.
    /// ```
    id: "long-sentence",
    category: Clarity,
    severity: Suggestion,
    has_fix: false,
    check: check,
}

/// Sentences with more words than this are flagged.
pub const MAX_WORDS: usize = 35;

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    for field in context.texts_in(JOB_PROSE) {
        if field.tokens.len() <= MAX_WORDS {
            continue;
        }
        let mut tokens = field.tokens.iter().peekable();
        for sentence in sentences(field.text) {
            let mut words = 0;
            while let Some(token) = tokens.peek() {
                if token.span.start >= sentence.end {
                    break;
                }
                if token.span.start >= sentence.start {
                    words += 1;
                }
                tokens.next();
            }
            if words <= MAX_WORDS {
                continue;
            }
            diagnostics.push(Diagnostic::spanned(
                &RULE,
                field.field,
                sentence,
                format!("this sentence has {words} words"),
                "Split it: one idea per sentence, 15 to 20 words on average.",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{run, summary};

    #[test]
    fn flags_a_long_sentence() {
        let long = vec!["word"; 39].join(" ");
        let posting = summary(&format!("Short one. We {long}. Another short one."));
        let diagnostics = run(&RULE, &posting);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].message, "this sentence has 40 words");
    }

    #[test]
    fn ignores_many_short_lines() {
        let lines = ["Ship code daily with care"; 20].join("\n");
        assert!(run(&RULE, &summary(&lines)).is_empty());
    }
}
