//! The "never drop text" check: every word of the input is somewhere in the import.

use std::collections::HashMap;

use super::Imported;
use crate::model::{ListKind, Posting};

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
}

/// Every text the posting holds.
fn posting_texts(posting: &Posting) -> Vec<&str> {
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
    texts
}

/// Words of `input` (case-insensitive, counted with repetition) that appear neither in the
/// imported posting nor in the lines it read as structure. Empty when nothing was lost.
pub fn lost_words(input: &str, imported: &Imported) -> Vec<String> {
    let mut available: HashMap<String, usize> = HashMap::new();
    let posting = &imported.document.posting;
    let kept = posting_texts(posting)
        .into_iter()
        .chain(imported.consumed.iter().map(String::as_str));
    for text in kept {
        for word in words(text) {
            *available.entry(word).or_default() += 1;
        }
    }
    let mut lost = Vec::new();
    for word in words(input) {
        match available.get_mut(&word) {
            Some(count) if *count > 0 => *count -= 1,
            _ => lost.push(word),
        }
    }
    lost
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
