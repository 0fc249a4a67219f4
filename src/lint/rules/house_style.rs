//! `house-style`: words the company's own style file asks writers to avoid.

use crate::lint::house_style::{plural, HouseMatch, HouseStyle};
use crate::lint::rule::{declare_rule, Context, FieldText};
use crate::lint::word_list::replacement_fix;
use crate::lint::Diagnostic;
use crate::text::match_case;

declare_rule! {
    /// Flags words that the company's style file lists under "avoid", with the file's reason.
    ///
    /// ## What it does
    /// Reads the `words` list of the house style (`.postwright.json` found upward from the
    /// linted file, `postwright lint --config FILE`, or the style file imported in the app's
    /// rule settings) and flags every use of an `avoid` phrase: whole words, in any case, the
    /// last word also in the plural ("synergy" finds "Synergies"). The finding carries the
    /// file's `reason`, and each `prefer` wording is offered as a fix, written with the
    /// capitalisation of the flagged words (a one-word preference is put in the plural when the
    /// flagged word was).
    ///
    /// ## Why is this bad?
    /// A company's own vocabulary encodes decisions it has already made: product names, terms
    /// it retired, words that put its applicants off. A style file makes those decisions apply
    /// to every posting, in the editor and in CI, instead of living in one reviewer's head.
    ///
    /// ## Example
    /// With `{"words": [{"avoid": "synergy", "prefer": ["working together"], "reason": "say
    /// what people do"}]}`:
    /// ```text
    /// You will drive synergy across teams.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// You will drive working together across teams.
    /// ```
    /// (then reword the sentence as it needs).
    ///
    /// ## What it does not flag
    /// Nothing at all without a style file. With one: parts of words ("synergistic" for
    /// "synergy"), a phrase split by a line break or punctuation ("circle. Back"), and words
    /// inside link targets and e-mail addresses. Irregular plurals other than "-man"/"-men" are
    /// not recognised; list them as entries of their own.
    /// ```text
    /// Synergistic effects; see https://example.com/synergy.
    /// ```
    id: "house-style",
    category: Clarity,
    severity: Warning,
    has_fix: true,
    check: check,
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let Some(style) = context.house_style else {
        return;
    };
    for field in &context.texts {
        for found in style.find(field) {
            diagnostics.push(finding(style, field, &found));
        }
    }
}

/// The finding for one use of a listed phrase, with one fix per preferred wording.
fn finding(style: &HouseStyle, field: &FieldText, found: &HouseMatch) -> Diagnostic {
    let words = field.text.get(found.span.clone()).unwrap_or("");
    let Some(entry) = style.words().get(found.entry) else {
        return Diagnostic::spanned(&RULE, field.field, found.span.clone(), "", "");
    };
    let message = if entry.reason.is_empty() {
        format!("'{words}' is on the house style's list of words to avoid")
    } else {
        format!("'{words}': {}", entry.reason)
    };
    let help = match entry.prefer.as_slice() {
        [] => "The house style asks writers to avoid these words; reword the sentence.".to_owned(),
        preferred => format!(
            "The house style prefers {}.",
            preferred
                .iter()
                .map(|word| format!("'{word}'"))
                .collect::<Vec<_>>()
                .join(" or ")
        ),
    };
    let mut diagnostic = Diagnostic::spanned(&RULE, field.field, found.span.clone(), message, help);
    for preferred in &entry.prefer {
        let written = if found.plural && !preferred.contains(char::is_whitespace) {
            plural(preferred)
        } else {
            preferred.clone()
        };
        let replacement = match_case(words, &written);
        let fix = replacement_fix(field, found.span.clone(), found.tokens.start, replacement);
        diagnostic = diagnostic.with_fix(fix);
    }
    diagnostic
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::{apply_fix, check_with, LintSettings};
    use crate::model::Posting;

    fn style() -> HouseStyle {
        HouseStyle::from_json(
            r#"{"words": [
                {"avoid": "synergy", "prefer": ["working together", "collaboration"],
                 "reason": "say what people do"},
                {"avoid": "guru", "prefer": "expert"},
                {"avoid": "circle back"}
            ], "rules": {"cliche": "off"}}"#,
        )
        .expect("the style reads")
    }

    fn run(text: &str) -> (Posting, Vec<Diagnostic>) {
        let posting = Posting {
            summary: text.into(),
            ..Posting::default()
        };
        let report = check_with(&posting, &LintSettings::default(), Some(&style()));
        let found = report
            .diagnostics
            .into_iter()
            .filter(|d| d.rule == "house-style")
            .collect();
        (posting, found)
    }

    #[test]
    fn flags_listed_words_with_the_files_reason() {
        let (posting, found) = run("Synergies matter. A guru will circle back.");
        let words: Vec<&str> = found.iter().map(|d| d.flagged_text(&posting)).collect();
        assert_eq!(words, ["Synergies", "guru", "circle back"]);
        assert_eq!(found[0].message, "'Synergies': say what people do");
        assert_eq!(
            found[0].help,
            "The house style prefers 'working together' or 'collaboration'."
        );
        assert!(found[2].message.contains("list of words to avoid"));
        assert!(found[2].fixes.is_empty());
    }

    #[test]
    fn ignores_everything_without_a_style() {
        let posting = Posting {
            summary: "Synergy, a guru.".into(),
            ..Posting::default()
        };
        let report = crate::lint::check(&posting, &LintSettings::default());
        assert!(report.diagnostics.iter().all(|d| d.rule != "house-style"));
    }

    #[test]
    fn fixes_offer_each_preferred_wording_in_the_writers_case() {
        let (posting, found) = run("Synergies matter. A guru helps.");
        let titles: Vec<&str> = found[0].fixes.iter().map(|f| f.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Replace with 'Working together'",
                "Replace with 'Collaborations'"
            ]
        );
        let mut fixed = posting.clone();
        apply_fix(&mut fixed, &found[1].fixes[0]).expect("the fix applies");
        assert_eq!(fixed.summary, "Synergies matter. An expert helps.");
    }

    #[test]
    fn the_files_rule_switches_apply() {
        let (_, found) = run("A self-starter.");
        assert!(found.is_empty());
        let posting = Posting {
            summary: "A self-starter.".into(),
            ..Posting::default()
        };
        let with_style = check_with(&posting, &LintSettings::default(), Some(&style()));
        assert!(with_style.diagnostics.iter().all(|d| d.rule != "cliche"));
        let without = crate::lint::check(&posting, &LintSettings::default());
        assert!(without.diagnostics.iter().any(|d| d.rule == "cliche"));
    }
}
