//! `duplicate-duty`: two duties or requirements that say the same thing.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::lint::rule::{declare_rule, Context};
use crate::lint::word_list::{PrehashedHasher, WordMap};
use crate::lint::{Diagnostic, Related};
use crate::model::{Field, ListKind, Section};
use crate::text::{is_stop_word, lines, stem, Token, Word};

declare_rule! {
    /// Flags two duties, or two requirements, that say the same thing, and points at both.
    ///
    /// ## What it does
    /// Compares the items of the responsibilities list with each other, and the must-have and
    /// nice-to-have items with each other (bullet lines of unsorted text count as items too).
    /// Two items are duplicates when they are the same after ignoring case and punctuation, or
    /// when they share almost all their content words after trimming word endings ("design
    /// and build APIs" vs "build and design the API"). The finding sits on the later item and
    /// points at the earlier one.
    ///
    /// ## Why is this bad?
    /// Repetition makes a list longer without saying more, hides the duties that matter, and
    /// tells careful readers the posting was pasted together. A long list also discourages
    /// people who tick every box but the length (see `too-many-requirements`).
    ///
    /// ## Example
    /// ```text
    /// - Design and build scalable APIs.
    /// - Build and design APIs that scale.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// - Design and build APIs that scale to millions of requests a day.
    /// ```
    id: "duplicate-duty",
    category: Structure,
    severity: Warning,
    has_fix: false,
    check: check,
}

/// Items with fewer content words than this are too short to compare reliably.
const MIN_WORDS: usize = 3;
/// Share of content words two items must have in common (Jaccard) to count as the same.
const SIMILARITY: f64 = 0.8;
/// Words used by more items than this are not used to find candidate pairs (too common).
const MAX_POSTINGS: usize = 40;
/// Number of item groups (duties, requirements, bullets of unsorted text).
const GROUPS: usize = 3;

/// One comparable item: where it is and its content words.
struct Item {
    field: Field,
    span: std::ops::Range<usize>,
    group: u8,
    /// Hash of all its words in order, for word-for-word repeats.
    exact: u64,
    /// Sorted, distinct ids of its stemmed content words.
    words: Vec<u32>,
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let mut words = Words::with_capacity(context.word_count());
    let mut items = Vec::new();
    for field in &context.texts {
        let group = match field.field {
            Field::Item(ListKind::Responsibilities, _) => 0,
            Field::Item(ListKind::MustHave | ListKind::NiceToHave, _) => 1,
            Field::Unplaced => 2,
            _ => continue,
        };
        if group != 2 {
            let trimmed = field.text.trim();
            let start = field.text.len() - field.text.trim_start().len();
            let span = start..start + trimmed.len();
            items.push(words.item(field.field, span, &field.tokens, group));
            continue;
        }
        for line in lines(field.text) {
            let trimmed = field.text[line.clone()].trim_start();
            let Some(rest) = ["- ", "* ", "• ", "+ "]
                .iter()
                .find_map(|bullet| trimmed.strip_prefix(bullet))
            else {
                continue;
            };
            let start = line.end - rest.len();
            let first = field.tokens.partition_point(|t| t.span.start < start);
            let last = field.tokens.partition_point(|t| t.span.start < line.end);
            let tokens = &field.tokens[first..last];
            items.push(words.item(field.field, start..line.end, tokens, group));
        }
    }
    for (later, earlier) in duplicate_pairs(&items, words.vocabulary.len()) {
        let (first, second) = (&items[earlier], &items[later]);
        let message = if first.exact == second.exact {
            "this item repeats an earlier one word for word"
        } else {
            "this item says the same as an earlier one in other words"
        };
        diagnostics.push(
            Diagnostic::spanned(
                &RULE,
                second.field,
                second.span.clone(),
                message,
                "Merge the two items or make each say something the other does not.",
            )
            .with_related(Related {
                field: first.field,
                span: first.span.clone(),
                message: "the earlier item".to_owned(),
            }),
        );
    }
}

/// Numbers the stemmed content words of the items, remembering each distinct written word, so
/// a word that comes back (most do) costs one lookup by its precomputed hash.
struct Words<'t> {
    /// Stem -> id; ids are dense, from 0.
    vocabulary: WordMap<&'t str, u32>,
    /// Token hash -> (the word, its stem's id or `None` for a stop word).
    seen: HashMap<u64, (&'t Word, Option<u32>), BuildHasherDefault<PrehashedHasher>>,
}

impl<'t> Words<'t> {
    /// Room for the distinct words of a text of this many words (capped: most words repeat).
    fn with_capacity(words: usize) -> Self {
        let distinct = words.min(4096);
        Self {
            vocabulary: WordMap::with_capacity_and_hasher(distinct, Default::default()),
            seen: HashMap::with_capacity_and_hasher(distinct, Default::default()),
        }
    }

    /// The stem id of a word, or `None` for a stop word.
    fn id(&mut self, token: &'t Token) -> Option<u32> {
        if let Some((word, id)) = self.seen.get(&token.hash) {
            if **word == token.lower {
                return *id;
            }
        }
        let id = (!is_stop_word(&token.lower)).then(|| {
            let next = self.vocabulary.len() as u32;
            *self.vocabulary.entry(stem(&token.lower)).or_insert(next)
        });
        self.seen.entry(token.hash).or_insert((&token.lower, id));
        id
    }

    fn item(
        &mut self,
        field: Field,
        span: std::ops::Range<usize>,
        tokens: &'t [Token],
        group: u8,
    ) -> Item {
        let mut exact: u64 = 0;
        let mut words = Vec::with_capacity(tokens.len());
        for token in tokens {
            exact = (exact.rotate_left(5) ^ token.hash).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
            if let Some(id) = self.id(token) {
                words.push(id);
            }
        }
        words.sort_unstable();
        words.dedup();
        Item {
            field,
            span,
            group,
            exact,
            words,
        }
    }
}

/// Pairs (later, earlier) of duplicate items; each later item reported once, against the
/// first earlier item it repeats. Candidate pairs come from an index of shared words, so the
/// work grows with the number of similar items, not with the square of all items.
fn duplicate_pairs(items: &[Item], vocabulary: usize) -> Vec<(usize, usize)> {
    // The items holding each word, by group and in item order, as one flat list: the holders
    // of word `w` in group `g` are `holders[starts[slot(w, g)]..starts[slot(w, g) + 1]]`, and
    // all its holders are `holders[starts[slot(w, 0)]..starts[slot(w + 1, 0)]]`. Only items of
    // the same group can be duplicates, so each item looks at its own group's part.
    let slot = |word: u32, group: u8| word as usize * GROUPS + usize::from(group);
    let comparable = |item: &Item| item.words.len() >= MIN_WORDS;
    let mut starts = vec![0usize; vocabulary * GROUPS + 1];
    for item in items.iter().filter(|item| comparable(item)) {
        for &word in &item.words {
            starts[slot(word, item.group) + 1] += 1;
        }
    }
    for index in 0..vocabulary * GROUPS {
        starts[index + 1] += starts[index];
    }
    let mut filled = starts.clone();
    let mut holders = vec![0usize; starts[vocabulary * GROUPS]];
    for (position, item) in items.iter().enumerate() {
        if !comparable(item) {
            continue;
        }
        for &word in &item.words {
            let at = &mut filled[slot(word, item.group)];
            holders[*at] = position;
            *at += 1;
        }
    }
    let mut pairs = Vec::new();
    let mut shared = vec![0u32; items.len()];
    let mut touched: Vec<usize> = Vec::new();
    for (later, item) in items.iter().enumerate() {
        if !comparable(item) {
            continue;
        }
        let mut skipped = 0usize;
        for &word in &item.words {
            if starts[slot(word + 1, 0)] - starts[slot(word, 0)] > MAX_POSTINGS {
                skipped += 1;
                continue;
            }
            let own = slot(word, item.group);
            let same_group = &holders[starts[own]..starts[own + 1]];
            for &earlier in same_group.iter().take_while(|&&earlier| earlier < later) {
                if shared[earlier] == 0 {
                    touched.push(earlier);
                }
                shared[earlier] += 1;
            }
        }
        let duplicate_of = touched
            .iter()
            .copied()
            .filter(|&earlier| {
                let other = &items[earlier];
                if other.group != item.group {
                    return false;
                }
                // Jaccard >= SIMILARITY needs at least that share of the larger item's words in
                // common; the words counted plus the common words skipped bound what is shared.
                let needed = (SIMILARITY * other.words.len().max(item.words.len()) as f64).ceil();
                let possible = (shared[earlier] as usize + skipped) as f64;
                possible >= needed
                    && (other.exact == item.exact
                        || jaccard(&other.words, &item.words) >= SIMILARITY)
            })
            .min();
        if let Some(earlier) = duplicate_of {
            pairs.push((later, earlier));
        }
        for earlier in touched.drain(..) {
            shared[earlier] = 0;
        }
    }
    pairs
}

fn jaccard(a: &[u32], b: &[u32]) -> f64 {
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - common;
    if union == 0 {
        return 0.0;
    }
    common as f64 / union as f64
}

/// Sections this rule reports in (for documentation and the panel).
pub const SECTIONS: &[Section] = &[
    Section::Responsibilities,
    Section::MustHave,
    Section::NiceToHave,
    Section::Unplaced,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{flagged, run, summary};
    use crate::model::Posting;

    #[test]
    fn flags_reworded_duplicates_and_points_at_both() {
        let mut posting = Posting::default();
        let first = posting.push_item(
            ListKind::Responsibilities,
            "Design and build scalable APIs.",
        );
        posting.push_item(
            ListKind::Responsibilities,
            "Write documentation for the team",
        );
        posting.push_item(
            ListKind::Responsibilities,
            "Build and design the scalable API",
        );
        let diagnostics = run(&RULE, &posting);
        assert_eq!(
            flagged(&posting, &diagnostics),
            ["Build and design the scalable API"]
        );
        assert_eq!(
            diagnostics[0].related[0].field,
            Field::Item(ListKind::Responsibilities, first)
        );
    }

    #[test]
    fn flags_repeated_bullets_in_unsorted_text() {
        let posting = Posting {
            unplaced: "Goals\n- Set the vision for the chapter, with goals.\nOther\n- Set the vision for the chapter, with goals.".into(),
            ..Posting::default()
        };
        let diagnostics = run(&RULE, &posting);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(
            diagnostics[0].flagged_text(&posting),
            "Set the vision for the chapter, with goals."
        );
        assert_eq!(diagnostics[0].span.as_ref().unwrap().start, 60);
    }

    #[test]
    fn ignores_related_but_different_items() {
        let mut posting = summary("");
        posting.push_item(ListKind::Responsibilities, "Design and build scalable APIs");
        posting.push_item(
            ListKind::Responsibilities,
            "Design and run database migrations",
        );
        posting.push_item(ListKind::MustHave, "Design and build scalable APIs");
        assert!(run(&RULE, &posting).is_empty());
    }
}
