//! The "never drop text" check: every word of the input is somewhere in the import.

use crate::text::compile_pattern;
use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::Imported;
use crate::model::{ListKind, Posting};

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
}

/// A numbered-list marker ("1.", "2)") at the start of a line: structure, not words.
static LIST_NUMBER: LazyLock<Regex> = LazyLock::new(|| compile_pattern(r"(?m)^(\s*)\d{1,3}[.)]\s"));

/// Every text the posting holds, and the structured values written out as words ("Full-time",
/// "Remote", "USD 120,000 – 150,000 per year").
fn posting_texts(posting: &Posting) -> Vec<std::borrow::Cow<'_, str>> {
    let mut texts = vec![
        posting.title.as_str(),
        posting.company.as_str(),
        posting.location.places.as_str(),
        posting.location.country.as_str(),
        posting.location.remote_eligibility.as_str(),
        posting.pay.currency.as_str(),
        posting.pay.absent_reason.as_str(),
        posting.summary.as_str(),
        posting.about_company.as_str(),
        posting.on_call.frequency.as_str(),
        posting.on_call.hours.as_str(),
        posting.on_call.compensation.as_str(),
        posting.on_call.details.as_str(),
        posting.how_to_apply.text.as_str(),
        posting.how_to_apply.url.as_str(),
        posting.equal_opportunity.as_str(),
        posting.date_posted.as_str(),
        posting.valid_through.as_str(),
        posting.unplaced.as_str(),
    ];
    for kind in ListKind::ALL {
        texts.extend(posting.list(kind).iter().map(|item| item.text.as_str()));
    }
    let mut texts: Vec<std::borrow::Cow<'_, str>> = texts.into_iter().map(Into::into).collect();
    if let Some(kind) = posting.employment_type {
        texts.push(kind.label().into());
    }
    if let Some(mode) = posting.location.work_mode {
        texts.push(mode.label().into());
    }
    if posting.pay.has_figures() {
        texts.push(posting.pay.describe().into());
    }
    texts
}

/// How many words of an input an import kept.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WordsKept {
    /// Words of the input outside structure (section headings, field labels, markup).
    pub total: usize,
    /// Of those, the words found in the draft.
    pub kept: usize,
    /// The words found nowhere: in neither the draft nor the structure (lower-case, with
    /// repetition, in input order).
    pub lost: Vec<String>,
}

impl WordsKept {
    /// Share of the words outside structure that the draft holds, in percent.
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            return 100.0;
        }
        self.kept as f64 * 100.0 / self.total as f64
    }
}

/// Counts the words of `input` the import kept. Each word (case-insensitive, counted with its
/// number of occurrences) is looked up first in the draft (every text field and the structured
/// values written out), then among the lines the import read as structure
/// ([`Imported::consumed`]); a word in neither is lost.
pub fn words_kept(input: &str, imported: &Imported) -> WordsKept {
    let mut in_draft: HashMap<String, usize> = HashMap::new();
    for text in posting_texts(&imported.document.posting) {
        for word in words(&text) {
            *in_draft.entry(word).or_default() += 1;
        }
    }
    let mut in_structure: HashMap<String, usize> = HashMap::new();
    for line in &imported.consumed {
        for word in words(line) {
            *in_structure.entry(word).or_default() += 1;
        }
    }
    let mut report = WordsKept::default();
    let input = LIST_NUMBER.replace_all(input, "$1 ");
    for word in words(&input) {
        if let Some(count) = in_draft.get_mut(&word).filter(|count| **count > 0) {
            *count -= 1;
            report.total += 1;
            report.kept += 1;
            continue;
        }
        match in_structure.get_mut(&word) {
            Some(count) if *count > 0 => *count -= 1,
            _ => {
                report.total += 1;
                report.lost.push(word);
            }
        }
    }
    report
}

/// Words of `input` (case-insensitive, counted with repetition) that appear neither in the
/// imported posting nor in the lines it read as structure. Empty when nothing was lost.
pub fn lost_words(input: &str, imported: &Imported) -> Vec<String> {
    words_kept(input, imported).lost
}

/// What is wrong with an import of a real posting, for the corpus regression run. Empty when
/// it looks right. Reported:
/// - no title, although the first lines hold a short line that could have been one;
/// - nothing in responsibilities or must-have requirements, although a heading for them was
///   recognised or more than five bullets ended up unsorted;
/// - more than half of the words unsorted;
/// - any word of the input missing from the import.
pub fn import_problems(text: &str, imported: &Imported) -> Vec<String> {
    let posting = &imported.document.posting;
    let mut problems = Vec::new();
    if posting.title.trim().is_empty() && has_title_candidate(text) {
        problems.push("no title found, though the first lines hold a short heading".to_owned());
    }
    let lists_empty = posting.responsibilities.is_empty() && posting.must_have.is_empty();
    let list_heading = imported.consumed.iter().any(|line| {
        matches!(
            super::heading::classify(line.trim_start_matches(['#', '*', ' '])),
            Some((
                super::heading::Target::List(ListKind::Responsibilities | ListKind::MustHave),
                _
            ))
        )
    });
    let unsorted_bullets = posting
        .unplaced
        .lines()
        .filter(|line| line.starts_with("- "))
        .count();
    if lists_empty && (list_heading || unsorted_bullets > 5) {
        problems
            .push("nothing in responsibilities and nothing in must-have requirements".to_owned());
    }
    let total = words(text).count();
    let unsorted = words(&posting.unplaced).count();
    if total > 0 && unsorted * 2 > total {
        problems.push(format!("{unsorted} of {total} words are unsorted"));
    }
    let lost = lost_words(text, imported);
    if !lost.is_empty() {
        let first: Vec<&str> = lost.iter().take(8).map(String::as_str).collect();
        problems.push(format!(
            "text lost: {} word(s) missing from the import ({})",
            lost.len(),
            first.join(", ")
        ));
    }
    for role in &imported.roles {
        let role_imported = Imported {
            document: role.document.clone(),
            consumed: role.consumed.clone(),
            roles: Vec::new(),
            ..imported.clone()
        };
        let lost = lost_words(&role.text, &role_imported);
        if !lost.is_empty() {
            let first: Vec<&str> = lost.iter().take(8).map(String::as_str).collect();
            problems.push(format!(
                "text lost in the role {}: {} word(s) missing ({})",
                role.title,
                lost.len(),
                first.join(", ")
            ));
        }
    }
    problems
}

/// True when one of the first five lines is short enough to be a job title.
fn has_title_candidate(text: &str) -> bool {
    text.lines()
        .map(|line| {
            line.trim()
                .trim_start_matches('#')
                .trim()
                .trim_matches('*')
                .trim()
        })
        .filter(|line| !line.is_empty())
        .take(5)
        .any(|line| {
            let count = line.split_whitespace().count();
            (1..=8).contains(&count)
                && !line.ends_with(['.', '!', '?', ':'])
                && !line.starts_with(['-', '*', '•', '['])
                && !super::heading::is_generic(line)
                && super::heading::classify(line).is_none()
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::import_str;

    #[test]
    fn nothing_lost_from_the_example() {
        let imported = import_str(crate::import::EXAMPLE_TEXT).unwrap();
        assert_eq!(
            lost_words(crate::import::EXAMPLE_TEXT, &imported),
            Vec::<String>::new()
        );
    }

    #[test]
    fn reports_missing_words() {
        let mut imported = import_str("Alpha beta beta").unwrap();
        imported.document.posting.title = "alpha beta".into();
        imported.document.posting.summary.clear();
        assert_eq!(lost_words("Alpha beta beta", &imported), vec!["beta"]);
    }
}
