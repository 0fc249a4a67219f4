//! `long-sentence`: sentences too long to read in one go.

use std::ops::Range;

use crate::lint::rule::{declare_rule, Context};
use crate::lint::Diagnostic;

declare_rule! {
    /// Flags sentences longer than 35 words.
    ///
    /// ## What it does
    /// Splits every prose field (the how-to-apply steps and the equal-opportunity statement
    /// too) into sentences and flags those with more than 35 words. It counts the words a
    /// reader reads, as runs between spaces: "on-board" and "and/or" are one word each, the
    /// address of a Markdown link (`[our handbook](https://...)` counts as "our handbook") and
    /// bare web addresses count for nothing. The full stops of "U.S.", "e.g.", "i.e.", "a.m."
    /// and "p.m." do not end a sentence; ". [Our team](...)" does. A line break ends a
    /// sentence, so list items, headings and lines without a full stop are judged on their own,
    /// and so does a table cell (text between ` | `).
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
    ///
    /// ## What it does not flag
    /// Link addresses: "Read [how we hire](https://example.com/handbook/people/hiring) before
    /// you apply" is a sentence of 7 words, however long its address. Heading lines one after
    /// the other ("Location", "Remote", "Full time") are three lines, not one sentence. Two
    /// sentences of 30 words, the second opening with a link or a quote, are not one of 60.
    /// ```text
    /// Read [how we hire](https://example.com/handbook/people/hiring/interviews) before you apply.
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
    for field in &context.texts {
        if field.tokens.len() <= MAX_WORDS {
            continue;
        }
        let mut judge = |sentence: Range<usize>| {
            let words = field.read_words_in(sentence.clone());
            if words <= MAX_WORDS {
                return;
            }
            diagnostics.push(Diagnostic::spanned(
                &RULE,
                field.field,
                sentence,
                format!("this sentence has {words} words"),
                "Split it: one idea per sentence, 15 to 20 words on average.",
            ));
        };
        for sentence in field.sentences().iter().cloned() {
            let is_table_row = field
                .text
                .get(sentence.clone())
                .is_some_and(|text| text.contains(" | "));
            if is_table_row {
                cells(field.text, sentence).into_iter().for_each(&mut judge);
            } else {
                judge(sentence);
            }
        }
    }
}

/// The table cells of `sentence` (parts between ` | `), trimmed.
fn cells(text: &str, sentence: Range<usize>) -> Vec<Range<usize>> {
    let Some(slice) = text.get(sentence.clone()) else {
        return Vec::new();
    };
    let mut parts = Vec::new();
    let mut start = 0;
    for (at, _) in slice.match_indices(" | ") {
        push_trimmed(slice, sentence.start, start..at, &mut parts);
        start = at + 3;
    }
    push_trimmed(slice, sentence.start, start..slice.len(), &mut parts);
    parts
}

fn push_trimmed(slice: &str, offset: usize, part: Range<usize>, parts: &mut Vec<Range<usize>>) {
    let piece = &slice[part.clone()];
    let trimmed = piece.trim();
    if trimmed.is_empty() {
        return;
    }
    let start = offset + part.start + (piece.len() - piece.trim_start().len());
    parts.push(start..start + trimmed.len());
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
    fn flags_long_sentences_in_the_equal_opportunity_statement() {
        let long = vec!["word"; 39].join(" ");
        let posting = crate::model::Posting {
            equal_opportunity: format!("We {long}."),
            ..crate::model::Posting::default()
        };
        assert_eq!(run(&RULE, &posting).len(), 1);
    }

    #[test]
    fn ignores_joined_words_and_abbreviations_as_extra_words() {
        // 34 runs between spaces, 40 words if "on-board", "and/or" and "U.S." split.
        let words = vec!["word"; 31].join(" ");
        let text = format!("On-board and/or U.S. {words}.");
        assert!(run(&RULE, &summary(&text)).is_empty());
        let text = format!("On-board and/or U.S. {words} two more.");
        assert_eq!(
            run(&RULE, &summary(&text))[0].message,
            "this sentence has 36 words"
        );
    }

    #[test]
    fn ignores_many_short_lines() {
        let lines = ["Ship code daily with care"; 20].join("\n");
        assert!(run(&RULE, &summary(&lines)).is_empty());
    }

    #[test]
    fn ignores_link_addresses() {
        let words = vec!["word"; 30].join(" ");
        let text = format!(
            "Read [our handbook](https://example.com/handbook/people/hiring/process/interviews) \
             and https://example.com/jobs/engineering/backend/senior {words}."
        );
        assert!(run(&RULE, &summary(&text)).is_empty());
        let text =
            format!("Read [our handbook](https://example.com/a/b) and more {words} {words}.");
        let diagnostics = run(&RULE, &summary(&text));
        assert_eq!(diagnostics[0].message, "this sentence has 65 words");
    }

    #[test]
    fn ignores_heading_lines_and_table_cells() {
        let words = ["word"; 20].join(" ");
        let text =
            format!("Location\nRemote\nFull time\nAbout the role {words}\n{words} | {words}");
        assert!(run(&RULE, &summary(&text)).is_empty());
        let diagnostics = run(&RULE, &summary(&format!("{words} {words} | short")));
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(
            diagnostics[0].flagged_text(&summary(&format!("{words} {words} | short"))),
            format!("{words} {words}")
        );
    }
}
