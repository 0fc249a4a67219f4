//! The one data-driven matcher behind every word-list rule (gendered terms, coded words, age,
//! ability, jargon, exclusion, clichés, vague requirements, on-call cues).
//!
//! A list is plain data: phrases, their alternatives, a note, where they apply, and the words
//! around them that make a match a false alarm. It is compiled once into a map from first word
//! to candidate phrases and matched on lower-case tokens, not with one regular expression per
//! phrase (smaller WebAssembly, faster).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use super::diagnostic::{Diagnostic, Edit, Fix};
use super::rule::{FieldText, Rule};
use crate::model::Section;
use crate::text::{gap_is_joiner, match_case, tokenize, word_hash, Token};

/// One phrase of a word list.
#[derive(Debug)]
pub struct Entry {
    /// The words, as a person would write them ("his/her", "self-starter", "work hard play
    /// hard"); punctuation between words is ignored except that words must be on one line.
    pub phrase: &'static str,
    /// Better wordings, offered as fixes (empty: no fix, only advice).
    pub replacements: &'static [&'static str],
    /// Why the phrase is a problem, in a few plain words; ends up in the message.
    pub note: &'static str,
    /// Sections the entry applies to; empty means every section the rule scans.
    pub sections: &'static [Section],
    /// The match is only reported when the next word is one of these (empty: no condition).
    pub if_next: &'static [&'static str],
    /// The match is dropped when the next word is one of these.
    pub unless_next: &'static [&'static str],
    /// The match is dropped when the previous word is one of these.
    pub unless_prev: &'static [&'static str],
}

impl Entry {
    /// An entry with a note and no conditions.
    pub const fn new(phrase: &'static str, note: &'static str) -> Self {
        Self {
            phrase,
            replacements: &[],
            note,
            sections: &[],
            if_next: &[],
            unless_next: &[],
            unless_prev: &[],
        }
    }

    /// The same entry offering these replacements.
    pub const fn replace(mut self, replacements: &'static [&'static str]) -> Self {
        self.replacements = replacements;
        self
    }

    /// The same entry, only in these sections.
    pub const fn only_in(mut self, sections: &'static [Section]) -> Self {
        self.sections = sections;
        self
    }

    /// The same entry, only when followed by one of these words.
    pub const fn if_next(mut self, words: &'static [&'static str]) -> Self {
        self.if_next = words;
        self
    }

    /// The same entry, not when followed by one of these words.
    pub const fn unless_next(mut self, words: &'static [&'static str]) -> Self {
        self.unless_next = words;
        self
    }

    /// The same entry, not when preceded by one of these words.
    pub const fn unless_prev(mut self, words: &'static [&'static str]) -> Self {
        self.unless_prev = words;
        self
    }
}

/// A small, fast hasher for short lower-case words (the FxHash mixing step). Word lists are
/// fixed data, not attacker-chosen keys, so the default SipHash's protection is not needed.
#[derive(Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A hash map keyed by words, with [`WordHasher`].
pub(crate) type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// Passes a precomputed [`word_hash`] through unchanged.
#[derive(Default, Clone, Copy)]
pub(crate) struct PrehashedHasher(u64);

impl Hasher for PrehashedHasher {
    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*byte);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Candidate phrases by the hash of their first word: (all words, entry index), longest first.
type PhraseIndex = HashMap<u64, Vec<(Vec<String>, usize)>, BuildHasherDefault<PrehashedHasher>>;

/// A compiled word list.
#[derive(Debug)]
pub struct WordList {
    entries: &'static [Entry],
    /// First word -> (all words of the phrase, entry index), longest phrases first.
    by_first_word: PhraseIndex,
    /// One bit per first word (chosen by the top bits of its hash): a clear bit means no phrase
    /// starts with the word, which rules out most words without a map lookup.
    first_word_bits: [u64; FILTER_WORDS],
}

/// Size of [`WordList::first_word_bits`] in 64-bit words (1,024 bits).
const FILTER_WORDS: usize = 16;

/// The filter bit of a word hash: its top 10 bits, as (word, bit).
#[inline(always)]
fn filter_bit(hash: u64) -> (usize, u64) {
    let bit = (hash >> 54) as usize;
    (bit / 64 % FILTER_WORDS, 1 << (bit % 64))
}

/// One match of a word list in a field.
#[derive(Debug, Clone)]
pub struct Match {
    pub entry: &'static Entry,
    /// Byte range of the matched words in the field.
    pub span: Range<usize>,
    /// Index range of the matched tokens.
    pub tokens: Range<usize>,
}

impl WordList {
    /// Compiles the entries (call once, keep in a `OnceLock`).
    pub fn new(entries: &'static [Entry]) -> Self {
        let mut by_first_word = PhraseIndex::default();
        for (index, entry) in entries.iter().enumerate() {
            let words: Vec<String> = tokenize(entry.phrase)
                .into_iter()
                .map(|token| String::from(token.lower))
                .collect();
            let Some(first) = words.first().cloned() else {
                continue;
            };
            by_first_word
                .entry(word_hash(&first))
                .or_default()
                .push((words, index));
        }
        let mut first_word_bits = [0u64; FILTER_WORDS];
        for (hash, candidates) in by_first_word.iter_mut() {
            candidates.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
            let (word, bit) = filter_bit(*hash);
            first_word_bits[word] |= bit;
        }
        Self {
            entries,
            by_first_word,
            first_word_bits,
        }
    }

    /// Every match in one field, left to right, not overlapping (the longest phrase wins).
    pub fn find(&self, field: &FieldText) -> Vec<Match> {
        let mut matches = Vec::new();
        let tokens = &field.tokens;
        let mut index = 0;
        while index < tokens.len() {
            // Most words start no phrase: rule them out here, without a call.
            let (word, bit) = filter_bit(tokens[index].hash);
            if self.first_word_bits[word] & bit == 0 {
                index += 1;
                continue;
            }
            match self.match_at(field, index) {
                Some(found) => {
                    index = found.tokens.end;
                    matches.push(found);
                }
                None => index += 1,
            }
        }
        matches
    }

    fn match_at(&self, field: &FieldText, start: usize) -> Option<Match> {
        let tokens = &field.tokens;
        let candidates = self.by_first_word.get(&tokens[start].hash)?;
        candidates.iter().find_map(|(words, entry_index)| {
            let entry = &self.entries[*entry_index];
            let end = start + words.len();
            if end > tokens.len() || !phrase_matches(field.text, &tokens[start..end], words) {
                return None;
            }
            if !entry.sections.is_empty() && !entry.sections.contains(&field.section()) {
                return None;
            }
            if !context_allows(entry, tokens, start, end) {
                return None;
            }
            Some(Match {
                entry,
                span: tokens[start].span.start..tokens[end - 1].span.end,
                tokens: start..end,
            })
        })
    }
}

fn phrase_matches(text: &str, tokens: &[Token], words: &[String]) -> bool {
    tokens
        .iter()
        .zip(words)
        .all(|(token, word)| token.lower == *word)
        && tokens.windows(2).all(|pair| {
            text.get(pair[0].span.end..pair[1].span.start)
                .is_some_and(|gap| gap_is_joiner(gap) || gap.trim() == ",")
        })
}

fn context_allows(entry: &Entry, tokens: &[Token], start: usize, end: usize) -> bool {
    let next = tokens.get(end).map(|token| token.lower.as_str());
    let previous = start
        .checked_sub(1)
        .and_then(|index| tokens.get(index))
        .map(|token| token.lower.as_str());
    if !entry.if_next.is_empty() && !next.is_some_and(|word| entry.if_next.contains(&word)) {
        return false;
    }
    if next.is_some_and(|word| entry.unless_next.contains(&word)) {
        return false;
    }
    !previous.is_some_and(|word| entry.unless_prev.contains(&word))
}

/// Reports every match of `list` in `field` as "'<words>' <note>", with the entry's
/// replacements as fixes and `help(entry)` as the help text. What every word-list rule does.
pub fn report(
    rule: &Rule,
    list: &WordList,
    field: &FieldText,
    help: impl Fn(&Entry) -> &'static str,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for found in list.find(field) {
        let words = field.text.get(found.span.clone()).unwrap_or("");
        let message = format!("'{words}' {}", found.entry.note);
        diagnostics.push(finding(rule, field, &found, message, help(found.entry)));
    }
}

/// A spanned finding for a word-list match, with one fix per replacement (capitalisation of the
/// original kept).
pub fn finding(
    rule: &Rule,
    field: &FieldText,
    found: &Match,
    message: String,
    help: impl Into<String>,
) -> Diagnostic {
    let original = field.text.get(found.span.clone()).unwrap_or("");
    let mut diagnostic = Diagnostic::spanned(rule, field.field, found.span.clone(), message, help);
    for replacement in found.entry.replacements {
        let replacement = match_case(original, replacement);
        diagnostic = diagnostic.with_fix(Fix::single(
            format!("Replace with '{replacement}'"),
            Edit::in_text(field, found.span.clone(), replacement),
        ));
    }
    diagnostic
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Field;

    static ENTRIES: &[Entry] = &[
        Entry::new("his/her", "generic"),
        Entry::new("his", "generic"),
        Entry::new("work hard play hard", "jargon"),
        Entry::new("young", "age").if_next(&["team"]),
        Entry::new("support", "coded").unless_prev(&["customer"]),
    ];

    fn field(text: &str) -> FieldText<'_> {
        FieldText::new(Field::Summary, text)
    }

    fn found(text: &str) -> Vec<&str> {
        let list = WordList::new(ENTRIES);
        let field = field(text);
        list.find(&field)
            .into_iter()
            .map(|m| &text[m.span])
            .collect()
    }

    #[test]
    fn longest_phrase_wins_and_gaps_may_be_slashes() {
        assert_eq!(found("in his/her role; his"), ["his/her", "his"]);
        assert_eq!(found("We work hard, play hard."), ["work hard, play hard"]);
    }

    #[test]
    fn context_conditions_apply() {
        assert_eq!(found("a young team"), ["young"]);
        assert!(found("a young company").is_empty());
        assert!(found("customer support").is_empty());
        assert_eq!(found("support others"), ["support"]);
    }

    #[test]
    fn phrases_do_not_cross_lines_or_stops() {
        assert!(found("work hard\nplay hard").is_empty());
        assert!(found("his. Her").contains(&"his"));
    }
}
