//! The one data-driven matcher behind every word-list rule (gendered terms, coded words, age,
//! ability, jargon, exclusion, clichés, vague requirements, on-call cues).
//!
//! A list is plain data: phrases, their alternatives, a note, where they apply, and the words
//! around them that make a match a false alarm. It is compiled once into a map from first word
//! to candidate phrases and matched on lower-case tokens, not with one regular expression per
//! phrase (smaller WebAssembly, faster).
//!
//! Word sense is data too, so no rule needs an if-chain keyed on its words:
//! - each entry names the [`Sense`] it is about ("determined" the adjective, not the verb in
//!   "will be determined"; "leader" the modifier, not the person noun in "report to a leader"),
//!   decided from the neighbouring words with the small tables below;
//! - a list may carry terms of art ([`WordList::with_exceptions`]: "competitive service",
//!   "individual contributor"), phrases inside which its entries do not count;
//! - a rule that reports demands can drop the ones the posting denies ([`is_negated`]: "You do
//!   not need to be a native speaker"), through [`report_kept`].
//!
//! Every fix made here goes through [`finding`], which also makes an "a"/"an" in front of the
//! words agree with the replacement ([`article_edit`]).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

use super::diagnostic::{Diagnostic, Edit, Fix};
use super::rule::{FieldText, Rule};
use crate::model::Section;
pub(crate) use crate::text::PrehashedHasher;
use crate::text::{filter_key, gap_is_joiner, match_case, tokenize, Token};

/// Which uses of a spelling an entry is about. The other uses are not matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sense {
    /// Every use.
    Any,
    /// The adjective, for a word that is also a verb form ("determined", "driven"). The verb is
    /// recognised by an agent after it ("determined by a background check", "determined upon
    /// selection"), by a perfect tense ("has driven growth"), and by a passive after "be",
    /// "being" or "been" that ends the clause or goes on with a [`VERB_FOLLOWERS`] word ("to be
    /// determined", "will be determined, based on", "will be determined upon selection").
    /// "Is driven and curious" stays an adjective.
    Adjective,
    /// A word that, used as a noun, names a person or a role ("leader", "individual"). The noun
    /// only says who is meant ("report to a leader", "a dedicated individual who ...", "serve as
    /// a leader and mentor"), so only its use as a modifier before another noun counts
    /// ("individual sales targets"). It is a noun after a [`DETERMINERS`] word, or when a
    /// [`NOUN_FOLLOWERS`] word, a comma or the end of the clause comes next.
    PersonNoun,
    /// An adjective that is coded only as a trait of the person sought ("aggressive",
    /// "dominant", "hungry"): it counts before a [`PERSON_HEADS`] noun, reached past a list of
    /// other adjectives or a compound of up to two words ("an aggressive, competitive
    /// self-starter", "an aggressive sales professional"), and, used alone or as a predicate
    /// (also with its object: "hungry for success"), in a list item or in a sentence about the
    /// person ("you are aggressive"; not "nobody leaves hungry"). Before any other noun it
    /// describes a thing ("aggressive airway clearance", "the dominant booking tool").
    TraitOfPerson,
    /// A [`Sense::TraitOfPerson`] adjective that is a demand on the applicant only: the
    /// company's words about its own approach or team do not count ("We take an aggressive
    /// approach to technical debt", "We're an ambitious team of twelve"). Masculine-coded
    /// wording is flagged word by word as a demand; the company's tone is weighed by the
    /// posting-level balance instead. (Culture jargon is the company's tone, so "a young,
    /// hungry team" stays [`Sense::TraitOfPerson`].)
    TraitOfApplicant,
    /// A noun that names a trait ("self-confidence", "assertiveness"): the person's, unless
    /// the job builds it in others ("help students build self-confidence", "boost the
    /// self-confidence of young people") or it is theirs ("residents' assertiveness").
    TraitNoun,
    /// An adverb of the same kind ("aggressively"): it counts in a list item or in a sentence
    /// about the person ("you will aggressively pursue"), not in one about the company or a
    /// system ("we cache the matrices aggressively").
    MannerOfPerson,
    /// Words that end their clause: "experience in the UK." asks where the experience was
    /// gained, "experience in the UK market" names what it is about.
    EndsClause,
}

/// Forms of "have" that make a following participle a verb ("has driven").
const PERFECT: &[&str] = &["has", "have", "had", "having", "'ve"];
/// Forms of "be" after which a participle that ends the clause is a passive verb.
const PASSIVE_BE: &[&str] = &["be", "being", "been"];
/// Words that introduce the agent of a passive verb ("determined by", "determined upon").
const AGENTS: &[&str] = &["by", "upon"];
/// Words that go on from a passive verb after "be" ("will be determined based on ...").
const VERB_FOLLOWERS: &[&str] = &[
    "by",
    "upon",
    "based",
    "according",
    "at",
    "after",
    "once",
    "when",
    "later",
    "during",
    "in",
    "on",
    "through",
    "via",
    "with",
];
/// Words before a noun that make it a noun phrase of its own.
pub(crate) const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "each", "every", "any", "no", "one", "our",
    "your", "their", "his", "her", "its", "my", "whose", "another", "which",
];
/// Words that follow a noun but never a modifier (relative words, prepositions, conjunctions,
/// verbs of being): after "individual" they show it is the person, not "individual work".
const NOUN_FOLLOWERS: &[&str] = &[
    "who", "whom", "whose", "that", "which", "with", "to", "for", "of", "in", "on", "at", "from",
    "amongst", "among", "within", "across", "and", "or", "but", "is", "are", "was", "were", "will",
    "would", "can", "could", "should", "must", "may", "might", "has", "have", "who's", "while",
    "as", "than",
];

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
    /// Which use of the words the entry is about ([`Sense::Any`] unless set).
    pub sense: Sense,
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
            sense: Sense::Any,
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

    /// The same entry, only about this use of the words.
    pub const fn sense(mut self, sense: Sense) -> Self {
        self.sense = sense;
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

/// Candidate phrases by the hash of their first word: (all words, entry index), longest first.
/// Each word keeps its [`word_hash`], so a token that differs is told apart by one integer
/// comparison (a byte comparison is a loop in WebAssembly).
type PhraseIndex =
    HashMap<u64, Vec<(Vec<(u64, String)>, usize)>, BuildHasherDefault<PrehashedHasher>>;

/// Phrases compiled for matching on tokens: an index by first word and a quick filter.
#[derive(Debug)]
struct PhraseSet {
    /// First word -> (all words of the phrase, phrase index), longest phrases first.
    by_first_word: PhraseIndex,
    /// One bit per first word (chosen by its [`filter_key`]): a clear bit means no phrase
    /// starts with the word, which rules out most words without a map lookup.
    first_word_bits: Box<[u64; FILTER_WORDS]>,
    /// Words in the longest phrase.
    longest: usize,
    /// Whether a comma may stand between the words ("work hard, play hard"); terms of art are
    /// written without one.
    commas_join: bool,
    /// The set's bit in [`SCAN_KEYS`], for sets that look for where their phrases start in a
    /// field ([`Self::candidates`]); `None` for the others and past 64 sets.
    scan_id: Option<u8>,
}

/// For each [`filter_key`], one bit per scanning [`PhraseSet`] whose filter holds it: one
/// table lookup per token tells which sets may start at it ([`WordStarts`]).
static SCAN_KEYS: [AtomicU64; FILTER_WORDS * 64] = [const { AtomicU64::new(0) }; FILTER_WORDS * 64];
/// Number of scanning sets in [`SCAN_KEYS`], published after their bits.
static SCAN_SETS: AtomicUsize = AtomicUsize::new(0);
/// Held while a set adds its bits to [`SCAN_KEYS`].
static REGISTERING: Mutex<()> = Mutex::new(());

/// Gives a scanning set its bit in [`SCAN_KEYS`] (`None` once 64 sets have one).
fn register_scan(first_word_bits: &[u64; FILTER_WORDS]) -> Option<u8> {
    let _guard = REGISTERING.lock().unwrap_or_else(PoisonError::into_inner);
    let id = SCAN_SETS.load(Ordering::Acquire);
    if id >= 64 {
        return None;
    }
    for (key, slot) in SCAN_KEYS.iter().enumerate() {
        if first_word_bits[key / 64] & (1 << (key % 64)) != 0 {
            slot.fetch_or(1 << id, Ordering::Relaxed);
        }
    }
    SCAN_SETS.store(id + 1, Ordering::Release);
    u8::try_from(id).ok()
}

/// For one field, the tokens each scanning [`PhraseSet`] may start at, worked out in one pass
/// over the field's filter keys (kept in `lint::FieldText`): a set then visits only its own
/// candidates instead of reading every token's key.
#[derive(Debug)]
pub struct WordStarts {
    /// Sets registered when this was worked out; a later one reads the keys itself.
    known: usize,
    /// Set `s`'s tokens are `tokens[offsets[s]..offsets[s + 1]]`.
    offsets: [u32; 65],
    /// Token indices, by set, ascending within each set.
    tokens: Vec<u32>,
}

impl WordStarts {
    /// The starts of a field whose tokens have these [`filter_key`]s.
    pub fn of(keys: &[u16]) -> Self {
        let known = SCAN_SETS.load(Ordering::Acquire);
        // Sets that register while this runs (another thread) are left out: they read keys.
        let known_bits = u64::MAX.checked_shr(64 - known.min(64) as u32).unwrap_or(0);
        let mask_of = |key: u16| SCAN_KEYS[usize::from(key)].load(Ordering::Relaxed) & known_bits;
        let mut offsets = [0u32; 65];
        for &key in keys {
            let mut rest = mask_of(key);
            while rest != 0 {
                offsets[rest.trailing_zeros() as usize + 1] += 1;
                rest &= rest - 1;
            }
        }
        for set in 0..64 {
            offsets[set + 1] += offsets[set];
        }
        let mut filled = offsets;
        let mut tokens = vec![0u32; offsets[64] as usize];
        for (index, &key) in keys.iter().enumerate() {
            let mut rest = mask_of(key);
            while rest != 0 {
                let set = rest.trailing_zeros() as usize;
                tokens[filled[set] as usize] = index as u32;
                filled[set] += 1;
                rest &= rest - 1;
            }
        }
        Self {
            known,
            offsets,
            tokens,
        }
    }

    /// The tokens set `id` may start at, or `None` when the set came after this was worked out.
    fn of_set(&self, id: u8) -> Option<&[u32]> {
        let id = usize::from(id);
        (id < self.known)
            .then(|| &self.tokens[self.offsets[id] as usize..self.offsets[id + 1] as usize])
    }
}

impl PhraseSet {
    /// Compiles the phrases; with `scans`, the set gets its bit in [`SCAN_KEYS`] for
    /// [`Self::candidates`].
    fn new<'p>(phrases: impl Iterator<Item = &'p str>, commas_join: bool, scans: bool) -> Self {
        let mut by_first_word = PhraseIndex::default();
        let mut longest = 0;
        for (index, phrase) in phrases.enumerate() {
            let words: Vec<(u64, String)> = tokenize(phrase)
                .into_iter()
                .map(|token| (token.hash, String::from(token.lower)))
                .collect();
            let Some(&(first, _)) = words.first() else {
                continue;
            };
            longest = longest.max(words.len());
            by_first_word.entry(first).or_default().push((words, index));
        }
        let mut first_word_bits = Box::new([0u64; FILTER_WORDS]);
        for (hash, candidates) in by_first_word.iter_mut() {
            crate::sort::sort_by_key(candidates, |(words, _)| std::cmp::Reverse(words.len()));
            let key = filter_key(*hash);
            first_word_bits[usize::from(key / 64)] |= 1 << (key % 64);
        }
        let scan_id = if scans {
            register_scan(&first_word_bits)
        } else {
            None
        };
        Self {
            by_first_word,
            first_word_bits,
            longest,
            commas_join,
            scan_id,
        }
    }

    /// True when no phrase can start with the token.
    #[inline(always)]
    fn rules_out(&self, token: &Token) -> bool {
        self.rules_out_key(filter_key(token.hash))
    }

    /// True when no phrase can start with a word of this [`filter_key`].
    #[inline(always)]
    fn rules_out_key(&self, key: u16) -> bool {
        self.first_word_bits[usize::from(key / 64)] & (1 << (key % 64)) == 0
    }

    /// The tokens of `field` a phrase may start at, visited in order ([`Candidates`]).
    fn candidates<'f>(&self, field: &'f FieldText) -> Candidates<'_, 'f> {
        let starts = self.scan_id.and_then(|id| field.word_starts().of_set(id));
        Candidates {
            set: self,
            keys: &field.filter_keys,
            starts,
            at: 0,
        }
    }

    /// The phrases that start at `start`, longest first: (phrase index, end token).
    fn starting_at<'s>(
        &'s self,
        field: &'s FieldText,
        start: usize,
    ) -> impl Iterator<Item = (usize, usize)> + 's {
        let tokens = &field.tokens;
        let candidates = tokens
            .get(start)
            .filter(|token| !self.rules_out(token))
            .and_then(|token| self.by_first_word.get(&token.hash));
        candidates
            .into_iter()
            .flatten()
            .filter_map(move |(words, index)| {
                let end = start + words.len();
                let matches = end <= tokens.len()
                    && phrase_matches(field.text, &tokens[start..end], words, self.commas_join);
                matches.then_some((*index, end))
            })
    }
}

/// The tokens of one field that a [`PhraseSet`] may start at, in order: from the field's
/// [`WordStarts`] for a registered set, else read from the field's
/// [`FieldText::filter_keys`] (two bytes a word, not the whole token).
struct Candidates<'s, 'f> {
    set: &'s PhraseSet,
    keys: &'f [u16],
    starts: Option<&'f [u32]>,
    /// Where the last search stopped: a position in `starts`, or else in `keys`.
    at: usize,
}

impl Candidates<'_, '_> {
    /// The index of the first candidate token at or after `from` (`from` never decreases
    /// from one call to the next, so the whole walk is one pass).
    fn next_from(&mut self, from: usize) -> Option<usize> {
        if let Some(starts) = self.starts {
            while starts
                .get(self.at)
                .is_some_and(|&token| (token as usize) < from)
            {
                self.at += 1;
            }
            return starts.get(self.at).map(|&token| token as usize);
        }
        let from = from.max(self.at);
        let found = self
            .keys
            .get(from..)?
            .iter()
            .position(|&key| !self.set.rules_out_key(key))
            .map(|offset| from + offset);
        self.at = found.unwrap_or(self.keys.len());
        found
    }
}

/// A compiled word list.
#[derive(Debug)]
pub struct WordList {
    entries: &'static [Entry],
    phrases: PhraseSet,
    /// Terms of art: an entry's match inside one of these is not reported.
    exceptions: PhraseSet,
}

/// Size of [`PhraseSet::first_word_bits`] in 64-bit words (4,096 bits, one per
/// [`filter_key`]).
const FILTER_WORDS: usize = 64;

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
        Self::with_exceptions(entries, &[])
    }

    /// Compiles the entries with terms of art: phrases ("competitive service", "individual
    /// contributor") inside which a match of an entry is not reported.
    pub fn with_exceptions(entries: &'static [Entry], exceptions: &'static [&'static str]) -> Self {
        Self {
            entries,
            phrases: PhraseSet::new(entries.iter().map(|entry| entry.phrase), true, true),
            exceptions: PhraseSet::new(exceptions.iter().copied(), false, false),
        }
    }

    /// Every match in one field, left to right, not overlapping (the longest phrase wins).
    pub fn find(&self, field: &FieldText) -> Vec<Match> {
        let mut matches = Vec::new();
        let mut index = 0;
        // Most words start no phrase: they are skipped by their filter keys alone.
        let mut candidates = self.phrases.candidates(field);
        while let Some(candidate) = candidates.next_from(index) {
            index = candidate;
            match self.match_at(field, index) {
                Some(found) => {
                    index = found.tokens.end;
                    matches.push(found);
                }
                None => index += 1,
            }
        }
        if self.exceptions.longest > 0 && !matches.is_empty() {
            matches.retain(|found| !self.inside_exception(field, &found.tokens));
        }
        matches
    }

    fn match_at(&self, field: &FieldText, start: usize) -> Option<Match> {
        let tokens = &field.tokens;
        self.phrases
            .starting_at(field, start)
            .find_map(|(entry_index, end)| {
                let entry = &self.entries[entry_index];
                if !entry.sections.is_empty() && !entry.sections.contains(&field.section()) {
                    return None;
                }
                if !context_allows(entry, field, start, end) {
                    return None;
                }
                Some(Match {
                    entry,
                    span: tokens[start].span.start..tokens[end - 1].span.end,
                    tokens: start..end,
                })
            })
    }

    /// True when a term of art covers the matched tokens.
    fn inside_exception(&self, field: &FieldText, matched: &Range<usize>) -> bool {
        let first = matched
            .start
            .saturating_sub(self.exceptions.longest.saturating_sub(1));
        (first..=matched.start).any(|start| {
            self.exceptions
                .starting_at(field, start)
                .any(|(_, end)| end >= matched.end)
        })
    }
}

fn phrase_matches(
    text: &str,
    tokens: &[Token],
    words: &[(u64, String)],
    commas_join: bool,
) -> bool {
    tokens
        .iter()
        .zip(words)
        .all(|(token, (hash, word))| token.hash == *hash && token.lower == *word)
        && tokens.windows(2).all(|pair| {
            text.get(pair[0].span.end..pair[1].span.start)
                .is_some_and(|gap| gap_is_joiner(gap) || (commas_join && gap.trim() == ","))
        })
}

/// True when the text between two tokens ends a clause: a line break or clause punctuation.
fn gap_ends_clause(text: &str, before: &Token, after: &Token) -> bool {
    text.get(before.span.end..after.span.start)
        .is_none_or(|gap| gap.contains(['\n', '.', ';', ':', '!', '?', '(', ')', '"']))
}

/// The word before token `start` in the same clause.
fn previous_in_clause<'t>(field: &'t FieldText, start: usize) -> Option<&'t Token> {
    let before = field.tokens.get(start.checked_sub(1)?)?;
    let token = field.tokens.get(start)?;
    (!gap_ends_clause(field.text, before, token)).then_some(before)
}

/// The word after the tokens ending at `end` in the same clause (a comma also ends it when
/// `comma_ends` is set).
fn next_in_clause<'t>(field: &'t FieldText, end: usize, comma_ends: bool) -> Option<&'t Token> {
    let last = field.tokens.get(end.checked_sub(1)?)?;
    let next = field.tokens.get(end)?;
    let gap = field
        .text
        .get(last.span.end..next.span.start)
        .unwrap_or(".");
    let ends = gap_ends_clause(field.text, last, next) || (comma_ends && gap.contains(','));
    (!ends).then_some(next)
}

fn is_in(token: Option<&Token>, words: &[&str]) -> bool {
    token.is_some_and(|token| words.contains(&token.lower.as_str()))
}

/// True when the words at `start..end` are used as a verb (see [`Sense::Adjective`]).
fn used_as_verb(field: &FieldText, start: usize, end: usize) -> bool {
    let next = next_in_clause(field, end, true);
    if is_in(next, AGENTS) {
        return true;
    }
    // One adverb may stand between the auxiliary and the participle ("be largely determined").
    let mut before = previous_in_clause(field, start);
    if before.is_some_and(|token| token.lower.ends_with("ly")) {
        before = previous_in_clause(field, start - 1);
    }
    is_in(before, PERFECT)
        || (is_in(before, PASSIVE_BE) && (next.is_none() || is_in(next, VERB_FOLLOWERS)))
}

/// True when the words at `start..end` are a noun naming a person (see [`Sense::PersonNoun`]).
fn used_as_person_noun(field: &FieldText, start: usize, end: usize) -> bool {
    let next = next_in_clause(field, end, true);
    is_in(previous_in_clause(field, start), DETERMINERS)
        || next.is_none()
        || is_in(next, NOUN_FOLLOWERS)
}

/// Nouns for the person sought or for their temperament, after a trait adjective.
const PERSON_HEADS: &[&str] = &[
    "self-starter",
    "self-starters",
    "starter",
    "person",
    "people",
    "individual",
    "individuals",
    "candidate",
    "candidates",
    "professional",
    "professionals",
    "salesperson",
    "salespeople",
    "seller",
    "sellers",
    "rep",
    "reps",
    "representative",
    "hunter",
    "hunters",
    "closer",
    "closers",
    "go-getter",
    "go-getters",
    "getter",
    "getters",
    "achiever",
    "negotiator",
    "leader",
    "player",
    "attitude",
    "personality",
    "mindset",
    "mentality",
    "nature",
    "temperament",
    "manner",
    "presence",
    "voice",
    "approach",
    "style",
    "drive",
    "team",
    "crew",
    "crews",
    "squad",
    "culture",
    "spirit",
    "streak",
    "environment",
    "atmosphere",
    "workplace",
    // The person by their role.
    "engineer",
    "engineers",
    "developer",
    "developers",
    "designer",
    "manager",
    "marketer",
    "recruiter",
    "cook",
    "cooks",
    "chef",
    "driver",
    "drivers",
    "nurse",
    "sdr",
    "sdrs",
    "bdr",
    "bdrs",
    "ae",
    "aes",
    "hire",
    "hires",
    "teammate",
    "teammates",
    "colleague",
    "worker",
    "workers",
    "officer",
    "officers",
    "guard",
    "guards",
    "agent",
    "agents",
    "associate",
    "associates",
    "assistant",
    "assistants",
    "technician",
    "technicians",
    "communicator",
    "specialist",
    "coordinator",
    "operator",
    "operators",
    "broker",
    "brokers",
    "supervisor",
    "supervisors",
    "director",
    "consultant",
    "consultants",
    "adviser",
    "advisor",
    "analyst",
    "accountant",
    "planner",
    "administrator",
    "teacher",
    "coach",
    "trainer",
    "electrician",
    "mechanic",
    "apprentice",
    "apprentices",
    "graduate",
    // More roles a trait may be asked of ("a competitive, self-reliant and confident writer").
    "writer",
    "writers",
    "copywriter",
    "copywriters",
    "technologist",
    "technologists",
    "clinician",
    "clinicians",
    "therapists",
    "cleaner",
    "cleaners",
    "barista",
    "baristas",
    "labourer",
    "labourers",
    "tradesperson",
    "tradespeople",
    "plumber",
    "plumbers",
    "carpenter",
    "carpenters",
    "machinist",
    "machinists",
    "welder",
    "welders",
    "fitter",
    "fitters",
    "installer",
    "installers",
    "surveyors",
    "cashier",
    "cashiers",
    "clerks",
    "bookkeeper",
    "bookkeepers",
    "programmer",
    "programmers",
    "photographer",
    "photographers",
    "tutors",
    "graduates",
    "trainee",
    "trainees",
    "intern",
    "interns",
    "lawyer",
    "lawyers",
    "solicitor",
    "solicitors",
    "attorney",
    "attorneys",
    "nurses",
    "designers",
    "managers",
    "leaders",
    "recruiters",
    "marketers",
    "analysts",
    "accountants",
    "specialists",
    "teachers",
    "electricians",
    "mechanics",
    "colleagues",
    "researcher",
    "researchers",
    "practitioner",
    "practitioners",
    "fundraiser",
    "fundraisers",
    "lecturer",
    "lecturers",
    "scientist",
    "scientists",
    "carer",
    "carers",
    "clerk",
    "inspector",
    "inspectors",
    "paramedic",
    "paramedics",
    "therapist",
    "pharmacist",
    "constable",
    "detective",
    "headteacher",
    "principal",
    "tutor",
    "instructor",
    "estimator",
    "surveyor",
    "buyer",
    "buyers",
    "merchandiser",
    "auditor",
    "investigator",
    "banker",
    "bankers",
    "litigator",
    "litigators",
    "decision-maker",
    "decision-makers",
    "paralegal",
    "paralegals",
    "underwriter",
    "underwriters",
    "journalist",
    "journalists",
    "reporter",
    "reporters",
    "postdoc",
    "postdocs",
    "fellow",
    "fellows",
    "scholar",
    "scholars",
    "trader",
    "traders",
    "dispatcher",
    "dispatchers",
    "campaigner",
    "campaigners",
    "advocate",
    "advocates",
    "coaches",
    "presenter",
    "presenters",
    "host",
    "hosts",
    "receptionist",
    "receptionists",
    "waiter",
    "waiters",
    "champion",
    "champions",
];

/// Heads that name how people work rather than who they are: said of the company ("We take
/// an aggressive approach to technical debt", "We're an ambitious team of twelve") they
/// describe the company, not the person sought.
const WAYS_OF_WORKING: &[&str] = &[
    "approach",
    "style",
    "team",
    "crew",
    "squad",
    "culture",
    "spirit",
    "environment",
    "atmosphere",
    "workplace",
];

/// Ways of working that are the company's, never the applicant's: a trait said of them
/// describes the workplace ("a highly competitive environment", "one competitive team per
/// season"), counted for the balance only.
const PLACES_OF_WORK: &[&str] = &[
    "team",
    "teams",
    "crew",
    "crews",
    "squad",
    "culture",
    "environment",
    "environments",
    "atmosphere",
    "workplace",
];

/// Heads that name the applicant's own make-up even in a sentence where the company speaks
/// ("we value a competitive attitude").
const SEEKING_HEADS: &[&str] = &[
    "attitude",
    "manner",
    "personality",
    "mindset",
    "mentality",
    "nature",
    "temperament",
    "streak",
    "drive",
];

/// Words that say the company seeks, wants or expects someone: after them the sentence is
/// about the person even though "we" is its subject.
pub(crate) const SEEKING: &[&str] = &[
    "looking",
    "seeking",
    "seek",
    "want",
    "wants",
    "need",
    "needs",
    "hire",
    "hiring",
    "recruiting",
    "searching",
    "expect",
    "expects",
    "value",
    "welcome",
    "join",
    "appoint",
    "recruit",
];

/// True when "need" or "needs" at `index` of `tokens` is the noun ("their needs", "special
/// educational needs", "children with SEMH needs", "Children in Need"), not someone needing someone ("we need a
/// youth worker").
pub(crate) fn a_noun_of_need(tokens: &[Token], index: usize) -> bool {
    matches!(tokens[index].lower.as_str(), "need" | "needs")
        && index
            .checked_sub(1)
            .and_then(|at| tokens.get(at))
            .is_some_and(|before| {
                matches!(
                    before.lower.as_str(),
                    "their"
                        | "his"
                        | "her"
                        | "its"
                        | "the"
                        | "own"
                        | "special"
                        | "educational"
                        | "additional"
                        | "complex"
                        | "individual"
                        | "support"
                        | "care"
                        | "health"
                        | "specific"
                        | "learning"
                        | "medical"
                        | "sensory"
                        | "semh"
                        | "send"
                        | "sen"
                        // "Children in Need", "families in need".
                        | "in"
                )
            })
}

/// True when the token at `index` is a word of seeking ([`SEEKING`]) and not the noun "needs".
fn seeks_at(tokens: &[Token], index: usize) -> bool {
    SEEKING.contains(&tokens[index].lower.as_str()) && !a_noun_of_need(tokens, index)
}

/// True when the sentence holding token `start` is the company speaking of itself, up to it:
/// "we" or "our" is there, and nobody sought or looked for ("We take an aggressive approach
/// to technical debt", not "We're looking for an ambitious team player").
fn said_of_the_company(field: &FieldText, start: usize) -> bool {
    let before = &field.tokens[sentence_read_from(field, start)..start];
    before.iter().any(|token| {
        matches!(
            token.lower.as_str(),
            "we" | "we're" | "we\u{2019}re" | "our" | "us"
        )
    }) && !before.iter().any(|token| {
        let word = token.lower.as_str();
        ABOUT_THE_PERSON.contains(&word) || SEEKING.contains(&word)
    })
}

/// Words that make a trait an outcome the job brings about, not a demand: "we'll train you
/// until you're confident", "help learners become confident drivers".
const OUTCOME_WORDS: &[&str] = &[
    "until", "become", "becomes", "becoming", "grow",
    // "We want every pupil to leave us confident and active for life".
    "leave", "leaves",
];

/// True when one of `words` stands within a few words before token `start`, in its clause.
fn shortly_after(field: &FieldText, start: usize, words: &[&str]) -> bool {
    within_words_after(field, start, words, 4)
}

/// True when one of `words` stands within `reach` words before token `start`, in its clause.
fn within_words_after(field: &FieldText, start: usize, words: &[&str], reach: usize) -> bool {
    let mut index = start;
    for _ in 0..reach {
        let Some(previous) = previous_in_clause(field, index) else {
            return false;
        };
        if words.contains(&previous.lower.as_str()) {
            return true;
        }
        index -= 1;
    }
    false
}

/// Words that make others feel or be a trait: "helping people feel confident on the gym
/// floor", "make every new starter feel confident", "support people to be more assertive",
/// "encourage residents to be assertive about their choices".
const CAUSING_WORDS: &[&str] = &[
    "help",
    "helps",
    "helping",
    "make",
    "makes",
    "making",
    "support",
    "supports",
    "supporting",
    "encourage",
    "encourages",
    "encouraging",
    "enable",
    "enables",
    "enabling",
    "empower",
    "empowers",
    "empowering",
    "teach",
    "teaches",
    "teaching",
];

/// True when an [`OUTCOME_WORDS`] word stands within a few words before token `start`, in
/// its clause, or the trait is what the job makes others feel or be ("helping people feel
/// confident", "support people to be more independent and self-sufficient"), what the work
/// is for ("so district managers feel confident"), or what the people served feel ("a
/// classroom where quieter students feel confident").
fn an_outcome(field: &FieldText, start: usize) -> bool {
    if shortly_after(field, start, OUTCOME_WORDS) || for_others_to_be(field, start) {
        return true;
    }
    // Back over a few words ("more independent and") to "be" or "feel" and what causes it.
    let mut index = start;
    for _ in 0..4 {
        let Some(previous) = previous_in_clause(field, index) else {
            return false;
        };
        index -= 1;
        match previous.lower.as_str() {
            // ("Helps girls who have dropped out of PE feel confident": past their clause.)
            "feel" | "feels" | "feeling" | "be" => {
                // ("Where every child feels confident": what another feels.)
                let feeler = previous_in_clause(field, index);
                return within_words_after(field, index, CAUSING_WORDS, 8)
                    // A purpose, what others are to feel: "so district managers feel
                    // confident in their stock" (not "so you need to be self-reliant").
                    || (previous.lower.starts_with("feel")
                        && feeler.is_some_and(|feeler| !feeler.lower.starts_with("you"))
                        && within_words_after(field, index, &["so"], 4))
                    || is_in(feeler, SERVED)
                    || is_one_of_the_served(feeler)
                    || is_in(feeler, OTHER_PARTIES)
                    || is_in(feeler, &["student", "everyone", "everybody"]);
            }
            _ => {}
        }
    }
    false
}

/// True when the word at token `start` stands in a clause of purpose about others, a few
/// words after its "so" or "so that": "Brief candidates on the pay, so they walk into the
/// interview confident", "so that residents stay independent" (not "so you need to be
/// self-reliant", nor "so we need someone assertive").
fn for_others_to_be(field: &FieldText, start: usize) -> bool {
    let tokens = &field.tokens;
    let mut index = start;
    for _ in 0..8 {
        if previous_in_clause(field, index).is_none() {
            return false;
        }
        index -= 1;
        if tokens[index].lower != "so" {
            continue;
        }
        let mut subject = tokens.get(index + 1);
        if is_in(subject, &["that"]) {
            subject = tokens.get(index + 2);
        }
        // "So" that means "therefore" goes on with a demand ("so they want someone who is
        // hungry", "so he must be decisive": "he" is the one sought).
        let demand = tokens[index + 1..start].iter().any(|token| {
            DEMAND_WORDS.contains(&token.lower.as_str()) || SEEKING.contains(&token.lower.as_str())
        });
        return !demand
            && (is_in(subject, &["they", "everyone", "everybody"])
                || is_in(subject, SERVED)
                || is_in(subject, OTHER_PARTIES)
                || is_one_of_the_served(subject));
    }
    false
}

/// Words of a demand on someone, which a clause of purpose does not make ("so they want
/// someone who is hungry").
const DEMAND_WORDS: &[&str] = &[
    "must", "need", "needs", "want", "wants", "should", "someone", "somebody", "require",
    "requires", "expect", "expects",
];

/// Words that make a trait noun something the job builds in others: "help students build
/// self-confidence", "boost the self-confidence of young people".
const BUILDING_WORDS: &[&str] = &[
    "build",
    "builds",
    "building",
    "boost",
    "boosting",
    "develop",
    "developing",
    "improve",
    "improving",
    "raise",
    "raising",
    "foster",
    "fostering",
    "nurture",
    "nurturing",
    "gain",
    "gaining",
    "rebuild",
    "rebuilding",
    "regain",
    "regaining",
    "restore",
    "restoring",
    "strengthen",
    "strengthening",
    // "Training that gives you the confidence to work alone".
    "give",
    "gives",
    "giving",
];

/// True when the trait noun at token `start` is the person's (see [`Sense::TraitNoun`]).
fn trait_noun_of_person(field: &FieldText, start: usize) -> bool {
    // Someone else's: "Tesco's dominance in the town", "whose dominance in the market".
    let owned = previous_in_clause(field, start).is_some_and(|previous| {
        let word = previous.lower.as_str();
        // ("Break that dominance": one named before.)
        matches!(
            word,
            "their" | "its" | "whose" | "his" | "her" | "that" | "such"
        ) || (word.ends_with("'s") && word != "one's")
    });
    !owned
        && !an_outcome(field, start)
        && !shortly_after(field, start, BUILDING_WORDS)
        && !shortly_after(field, start, SERVED)
}

/// Verbs of handling someone: after them a trait describes the people handled ("managing
/// aggressive individuals", "de-escalate aggressive or abusive people").
const HANDLING_WORDS: &[&str] = &[
    "manage",
    "managing",
    "handle",
    "handling",
    "deal",
    "dealing",
    // "De-escalate" is two tokens.
    "escalate",
    "escalating",
    "defuse",
    "defusing",
    "restrain",
    "restraining",
    "calm",
    "calming",
    "encounter",
    "encountering",
    "confront",
    "confronting",
    "protect",
    "protecting",
    "respond",
    "responding",
    "face",
    "facing",
    "support",
    "supporting",
    "report",
    "reporting",
    // "Refuse entry to anyone who is aggressive", "remove anyone who becomes violent".
    "refuse",
    "refusing",
    "remove",
    "removing",
    "eject",
    "ejecting",
    "evict",
    "evicting",
];

/// Heads that name people in general, who may be the ones a job handles rather than the one
/// it seeks.
const GENERIC_PEOPLE: &[&str] = &["people", "individuals", "persons", "person", "individual"];

/// Words of competence that, joined with a trait adjective, make it a skill ("confident and
/// competent in basic life support", "competent and confident with medication").
const COMPETENCE_WORDS: &[&str] = &[
    "competent",
    "proficient",
    "skilled",
    "experienced",
    "comfortable",
    "capable",
];

/// True when "confident" at `start..end` is joined by "and" or "or" with a
/// [`COMPETENCE_WORDS`] word ("decisive and comfortable making decisions" is two traits).
fn joined_with_competence(field: &FieldText, start: usize, end: usize) -> bool {
    let is = |token: Option<&Token>, words: &[&str]| is_in(token, words);
    if !is(field.tokens.get(start), &["confident"]) {
        return false;
    }
    let after = next_in_clause(field, end, true);
    let joined_after =
        is(after, &["and", "or"]) && is(next_in_clause(field, end + 1, true), COMPETENCE_WORDS);
    let before = previous_in_clause(field, start);
    let joined_before = is(before, &["and", "or"])
        && start >= 1
        && is(previous_in_clause(field, start - 1), COMPETENCE_WORDS);
    joined_after || joined_before
}

/// What one is confident in that is a setting or a skill, after an article or a qualifier
/// ("confident in the kitchen", "confident in basic first aid", "confident in written and
/// spoken English"); "confident in yourself" and "in front of a crowd" stay traits.
const CONFIDENT_IN_SKILLS: &[&str] = &[
    "kitchen",
    "water",
    "classroom",
    "workshop",
    "saddle",
    "pool",
    "garden",
    "field",
    "ward",
    "theatre",
    "lab",
    "laboratory",
    "warehouse",
    "yard",
    "first",
    "maths",
    "math",
    "numeracy",
    "literacy",
    "english",
    "writing",
    "written",
    "spoken",
    "arithmetic",
    "computers",
    "it",
];

/// Things "confident in" trusts, where the word means sure of them, not self-assured:
/// "operators adjust the process from your numbers, so they need to be confident in them",
/// "confident in the results".
const TRUSTED: &[&str] = &[
    "them",
    "it",
    "results",
    "result",
    "data",
    "numbers",
    "figures",
    "readings",
    "measurements",
    "findings",
    "answers",
];

/// Words that may stand between "confident in" and its skill or setting.
const CONFIDENT_IN_QUALIFIERS: &[&str] = &[
    "the", "a", "an", "basic", "both", "and", "your", "their", "its", "our",
];

/// People named by a skill, whom "confident" describes as skilled: "a confident driver", "a
/// confident IT user", "a confident cook" (not "a confident leader" or "a confident public
/// speaker", a presence).
const SKILLED_HEADS: &[&str] = &[
    "driver",
    "drivers",
    "cook",
    "cooks",
    "user",
    "users",
    "swimmer",
    "swimmers",
    "rider",
    "riders",
    "typist",
    "cyclist",
    "skier",
    "sailor",
    "reader",
    "navigator",
];

/// Whether "confident" ending at token `end`, with `next` after it, names a skill rather than
/// a trait: a setting or a skill it is confident in ([`CONFIDENT_IN_SKILLS`]), a task after
/// "to" ("confident to work alone", like "confident working alone"), the manner of a telephone
/// call ("a confident telephone manner"), or a person named by a skill ("a confident
/// driver", "a confident IT user").
fn confident_in_a_skill(field: &FieldText, end: usize, next: Option<&Token>) -> bool {
    let Some(next) = next else {
        return false;
    };
    let tokens = &field.tokens;
    let word = |index: usize| next_in_clause(field, index, false).map(|token| token.lower.as_str());
    match next.lower.as_str() {
        "in" => {
            let mut index = end + 1;
            while let Some(object) = word(index) {
                if CONFIDENT_IN_SKILLS.contains(&object) || TRUSTED.contains(&object) {
                    return true;
                }
                if !CONFIDENT_IN_QUALIFIERS.contains(&object) || index > end + 4 {
                    return false;
                }
                index += 1;
            }
            false
        }
        // "Confident to work alone", not "confident to be yourself".
        "to" => word(end + 1).is_some_and(|verb| {
            !matches!(
                verb,
                "be" | "say" | "speak" | "stand" | "challenge" | "push"
            ) && tokens.get(end + 1).is_some_and(|token| {
                token.lower.chars().all(|c| c.is_ascii_lowercase()) && !token.lower.ends_with("ing")
            })
        }),
        // The manner of a call or a bedside ("a confident radio manner"): a way of speaking.
        "telephone" | "phone" | "radio" | "bedside" => word(end + 1) == Some("manner"),
        _ => {
            // "A confident IT user": the head after at most one word naming the skill.
            let head = if SKILLED_HEADS.contains(&next.lower.as_str()) {
                Some(next)
            } else {
                next_in_clause(field, end + 1, true)
            };
            head.is_some_and(|head| SKILLED_HEADS.contains(&head.lower.as_str()))
        }
    }
}

/// Words after a trait adjective that open its object, not a noun it describes.
const TRAIT_OBJECTS: &[&str] = &[
    "to",
    "for",
    "in",
    "about",
    "at",
    "with",
    "on",
    "when",
    "enough",
    "under",
    "during",
    "while",
    "throughout",
    "because",
    // "Hungry, coachable and motivated by uncapped earnings": a participle's agent.
    "by",
];

/// Words before a trait in its sentence that show the sentence is about the person sought.
const ABOUT_THE_PERSON: &[&str] = &[
    "you",
    "you're",
    "you\u{2019}re",
    "you'll",
    "you\u{2019}ll",
    "your",
    "candidate",
    "candidates",
    "applicant",
    "applicants",
    "who",
    "ideal",
    "be",
    "someone",
    "somebody",
    "person",
    "individual",
];

/// True when the sentence holding token `start`, up to it, is about the person sought, or
/// the field is a list item (a duty or requirement addressed to them).
/// The index of the first token of the sentence holding token `start`.
/// How many words before a match the checks that read its sentence read at most: a sentence
/// that long is already a `long-sentence` finding, and a text with no full stop (a hostile
/// paste) is not read again from its start for every match.
const SENTENCE_REACH: usize = 60;

/// The first token a check reads of the sentence holding token `start`: the sentence's first,
/// or [`SENTENCE_REACH`] words back when the sentence is longer.
fn sentence_read_from(field: &FieldText, start: usize) -> usize {
    sentence_first_token(field, start).max(start.saturating_sub(SENTENCE_REACH))
}

fn sentence_first_token(field: &FieldText, start: usize) -> usize {
    let at = field.tokens[start].span.start;
    let from = sentence_start(field, at);
    field
        .tokens
        .partition_point(|token| token.span.start < from)
}

/// The byte offset where the sentence holding byte `at` starts.
fn sentence_start(field: &FieldText, at: usize) -> usize {
    field
        .sentences()
        .iter()
        .rev()
        .find(|sentence| sentence.start <= at)
        .map_or(0, |sentence| sentence.start)
}

fn sentence_about_the_person(field: &FieldText, start: usize) -> bool {
    if manner_of_the_served(field, start) {
        return false;
    }
    let from = sentence_start(field, field.tokens[start].span.start);
    // A list item's first sentence is the duty or requirement itself; a later one may be
    // about something else ("Tune retries. Some clients retry aggressively.").
    let first_sentence = field
        .sentences()
        .first()
        .map_or(0, |sentence| sentence.start);
    if matches!(field.field, crate::model::Field::Item(..)) && from <= first_sentence {
        return true;
    }
    let first = sentence_read_from(field, start);
    let before = &field.tokens[first..start];
    // A sentence that opens with a list of traits ("Coachable, hungry and driven.").
    let trait_list = before.len() <= 3
        && (first..start).all(|index| {
            let (token, next) = (&field.tokens[index], &field.tokens[index + 1]);
            let gap = field
                .text
                .get(token.span.end..next.span.start)
                .unwrap_or("");
            gap.contains(',') || matches!(token.lower.as_str(), "and" | "or")
        });
    trait_list
        || before
            .iter()
            .any(|token| ABOUT_THE_PERSON.contains(&token.lower.as_str()))
}

/// The people a job serves, not the person it seeks: their ages may be stated without
/// limiting the applicants' ("young people aged 16 to 24", "students between the ages of 14
/// and 18", read by `age-bias`), and a trait said of them is theirs ("customers who become
/// aggressive", read by [`Sense::TraitOfPerson`]).
pub(crate) const SERVED: &[&str] = &[
    "people",
    "youth",
    "youths",
    "children",
    "kids",
    "students",
    "pupils",
    "clients",
    "patients",
    "adults",
    "residents",
    "participants",
    "members",
    "teens",
    "teenagers",
    "learners",
    "athletes",
    "players",
    "customers",
    "guests",
    "callers",
    "visitors",
    "tenants",
    "passengers",
    "shoppers",
    "diners",
    "drivers",
    "animals",
    "dogs",
    "pets",
];

/// How many words back a verb joined by "and" looks for the "who" whose subject it shares.
const WHO_REACH: usize = 16;

/// The word without a possessive ending ("department's", "department’s", "trainers'").
fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .or_else(|| word.strip_suffix('\''))
        .or_else(|| word.strip_suffix('\u{2019}'))
        .unwrap_or(word)
}

/// True for one of the [`SERVED`] named alone ("every player feels confident", "each learner
/// feels ...").
fn is_one_of_the_served(token: Option<&Token>) -> bool {
    token.is_some_and(|token| {
        SERVED
            .iter()
            .any(|served| served.strip_suffix('s') == Some(token.lower.as_str()))
    })
}

/// Where an applicant stands in a selection ("are the most competitive for the interview
/// stage", "competitive for a place"): how strong an application is, not a temperament.
const SELECTION_STAGES: &[&str] = &[
    "interview",
    "interviews",
    "shortlist",
    "shortlisting",
    "selection",
    "position",
    "positions",
    "role",
    "roles",
    "post",
    "posts",
    "place",
    "places",
    "vacancy",
    "vacancies",
    "appointment",
    "promotion",
    "offer",
    "stage",
    // "The most competitive for referral to the hiring manager", "competitive for
    // consideration": a federal application's standing.
    "referral",
    "consideration",
];

/// True when "competitive" at `start..end` is followed by "for" and a stage or a place in a
/// selection ([`SELECTION_STAGES`]), after at most an article or a possessive.
fn standing_in_a_selection(field: &FieldText, start: usize, end: usize) -> bool {
    let tokens = &field.tokens;
    if !is_in(tokens.get(start), &["competitive"]) || !is_in(tokens.get(end), &["for"]) {
        return false;
    }
    let mut index = end + 1;
    if is_in(
        tokens.get(index),
        &["the", "a", "an", "this", "that", "our", "your", "any"],
    ) {
        index += 1;
    }
    is_in(tokens.get(index), SELECTION_STAGES)
}

/// True when the trait adjective at `start..end` is said of the person (see
/// [`Sense::TraitOfPerson`]).
/// With `applicant_only`, the company's words about its own ways of working do not count
/// (see [`Sense::TraitOfApplicant`]).
fn trait_of_person(field: &FieldText, start: usize, end: usize, applicant_only: bool) -> bool {
    let tokens = &field.tokens;
    if a_company_value(field, start, end)
        || said_of_the_served(field, start)
        || an_outcome(field, start)
        || joined_with_competence(field, start, end)
        || (applicant_only && among_colleagues(field, start))
        || of_whom_or_which(field, start)
        || in_a_clause_of_a_thing(field, start)
        || standing_in_a_selection(field, start, end)
    {
        return false;
    }
    // ("You are confident reading a P&L": a skill with its task, read below; so is "confident
    // in Excel", "confident at using Word", "confident in English": a tool, a language or a
    // task after the preposition.)
    // ("Confident dealing with the public" is self-assurance with people, no task.)
    let task = |token: &Token| {
        token.lower.len() > 4
            && token.lower.ends_with("ing")
            && !matches!(
                token.lower.as_str(),
                "dealing" | "confronting" | "challenging"
            )
    };
    let next = next_in_clause(field, end, true);
    let task_follows = next.is_some_and(task);
    // "Confident on the phone", "confident on a forklift", "confident at heights": what one is
    // confident on or at is a tool or a setting, a skill ("confident in yourself" is not).
    let confident = tokens
        .get(start)
        .is_some_and(|token| token.lower == "confident");
    let skill_follows = next.is_some_and(|next| {
        // ("Assertive in setting boundaries" stays a trait.)
        (confident && matches!(next.lower.as_str(), "on" | "at"))
            || confident
                && matches!(next.lower.as_str(), "in" | "at" | "on")
                && next_in_clause(field, end + 1, true).is_some_and(|object| {
                    task(object)
                        || field.text[object.span.clone()].starts_with(|c: char| c.is_uppercase())
                })
    });
    if skill_follows || confident && confident_in_a_skill(field, end, next) {
        return false;
    }
    // "Be part of something ambitious": the adjective after "something" describes a thing.
    if is_in(
        previous_in_clause(field, start),
        &["something", "anything", "nothing"],
    ) {
        return false;
    }
    match predicate_of(field, start) {
        Some(Subject::Person) if !task_follows => return true,
        Some(Subject::Thing) => return false,
        _ => {}
    }
    let mut compound = 0;
    let mut index = end;
    while let Some(token) = tokens.get(index) {
        let last = &tokens[index - 1];
        if gap_ends_clause(field.text, last, token) {
            break;
        }
        let word = token.lower.as_str();
        // "A confident public speaker", "a confident client adviser": the people served or
        // another party name the kind of person the noun after them is.
        let person_next = tokens.get(index + 1).is_some_and(|next| {
            let who_after = tokens
                .get(index + 2)
                .is_some_and(|after| after.lower == "who");
            (PERSON_HEADS.contains(&next.lower.as_str()) || who_after)
                && field.text.get(token.span.end..next.span.start) == Some(" ")
        });
        if person_next && (SERVED.contains(&word) || OTHER_PARTIES.contains(&word)) {
            compound += 1;
            index += 1;
            continue;
        }
        // "Competitive swimming coach": the trait names the sport, not the coach.
        if index == end
            && tokens[start].lower == "competitive"
            && word.len() > 5
            && word.ends_with("ing")
            && field.text.get(last.span.end..token.span.start) == Some(" ")
        {
            return false;
        }
        if PERSON_HEADS.contains(&word) {
            // "Report aggressive or reckless drivers": people the job deals with, whether or
            // not the noun also names a role.
            if (GENERIC_PEOPLE.contains(&word) || SERVED.contains(&word))
                && shortly_after(field, start, HANDLING_WORDS)
            {
                return false;
            }
            // "Wind is the dominant driver of imbalance prices": a cause, not a person who
            // drives.
            let next = tokens.get(index + 1).map(|token| token.lower.as_str());
            if matches!(word, "driver" | "drivers") && matches!(next, Some("of" | "behind")) {
                return false;
            }
            // "A dominant player in the UK energy-drink market", "a dominant player in Scottish
            // retail": a company in its market.
            if matches!(word, "player" | "players")
                && (tokens.get(index + 1).is_some_and(|next| next.lower == "in")
                    || tokens[index + 1..].iter().take(7).any(|next| {
                        matches!(next.lower.as_str(), "market" | "industry" | "sector")
                    }))
            {
                return false;
            }
            // "An ambitious team player": the team names the player's kind.
            if PLACES_OF_WORK.contains(&word)
                && tokens
                    .get(index + 1)
                    .is_some_and(|next| PERSON_HEADS.contains(&next.lower.as_str()))
            {
                index += 1;
                continue;
            }
            // A demand on the applicant only: not the company's team or workplace ("a highly
            // competitive environment"), nor the company speaking of itself ("we're the
            // dominant player in payroll").
            return !(applicant_only
                && (PLACES_OF_WORK.contains(&word)
                    || (!SEEKING_HEADS.contains(&word) && said_of_the_company(field, start))));
        }
        // "A confident, decisive advocate who is comfortable taking the lead": a noun that
        // "who" follows names a person, one of those the job serves or the one sought.
        let who_follows = tokens.get(index + 1).is_some_and(|next| {
            matches!(next.lower.as_str(), "who" | "who's" | "who\u{2019}s")
                && !gap_ends_clause(field.text, token, next)
        });
        if who_follows && !SERVED.contains(&word) && !OTHER_PARTIES.contains(&word) && compound <= 1
        {
            return !shortly_after(field, start, HANDLING_WORDS);
        }
        // "We are looking for ambitious students": the people served are the ones sought
        // when the trait is the object of the seeking ("we coach ambitious students" is not).
        if SERVED.contains(&word) && shortly_after(field, start, SEEKING) {
            return !shortly_after(field, start, HANDLING_WORDS);
        }
        // "Deal with aggressive or abusive customers calmly, and support colleagues": the
        // trait is the customers', whatever person comes later in the sentence.
        if SERVED.contains(&word) || OTHER_PARTIES.contains(&word) {
            return false;
        }
        // "You are fiercely competitive and ambitious, and you want ...": a subject starts the
        // next clause, so no noun followed.
        if SUBJECT_PRONOUNS.contains(&word) {
            break;
        }
        let gap = field
            .text
            .get(last.span.end..token.span.start)
            .unwrap_or("");
        // "Intellectually curious", "final-year": an adverb with its adjective, or a hyphenated
        // compound, is one modifier.
        let adverb = (last.lower.len() > 4
            && last.lower.ends_with("ly")
            && !NOT_ADVERBS.contains(&last.lower.as_str()))
            || matches!(last.lower.as_str(), "well" | "also");
        // ("Target-driven", "donor-centred": a noun joined to a participle is one modifier.)
        let hyphened_participle = tokens.get(index + 1).is_some_and(|next| {
            next.lower.len() > 4
                && next.lower.ends_with("ed")
                && field.text.get(token.span.end..next.span.start) == Some("-")
        });
        let one_modifier = gap == "-" || adverb || hyphened_participle;
        let listed = gap.contains(',')
            || one_modifier
            || matches!(word, "and" | "or" | "but")
            || matches!(last.lower.as_str(), "and" | "or" | "but");
        // "Hungry for success", "aggressive in negotiations", "confident and assertive, with
        // the ability to de-escalate": a predicate with its object.
        // ("A confident, hands-on Team Leader": "on" in a hyphenated compound opens nothing.)
        if compound == 0 && TRAIT_OBJECTS.contains(&word) && gap != "-" {
            break;
        }
        // "Decisive once you have the facts": a clause of time or condition follows, no noun.
        if compound == 0
            && matches!(
                word,
                "once" | "when" | "whenever" | "while" | "if" | "until" | "because" | "unless"
            )
        {
            break;
        }
        // "Confident, self-motivated and well able to manage subcontractors": "able" with what
        // one is able to do is one more trait of the list, no noun.
        if compound == 0 && matches!(word, "able" | "capable") {
            break;
        }
        // "Decisive and comfortable making decisions": the last adjective of the list with its
        // task, no noun.
        if compound == 0
            && word.len() > 4
            && word.ends_with("ing")
            && index >= end + 2
            && matches!(tokens[index - 2].lower.as_str(), "and" | "or")
        {
            break;
        }
        // "Must be assertive and have command presence": a second predicate, no noun.
        if compound == 0
            && matches!(last.lower.as_str(), "and" | "or")
            && matches!(
                word,
                "have" | "has" | "can" | "will" | "be" | "is" | "are" | "stay" | "remain" | "keep"
            )
        {
            break;
        }
        // "Seeking to appoint an inspirational, confident and decisive Headteacher": a role
        // named with capitals right after the traits, in a sentence that seeks someone, is the
        // person sought.
        if compound == 0 && !listed && a_role_sought(field, start, index) {
            return true;
        }
        // A participle ends a list of traits ("confident, articulate and well organised", "a
        // confident, detail-oriented person"): no noun yet.
        let participle = word.len() > 4 && word.ends_with("ed");
        if !listed && !participle {
            compound += 1;
            if compound > 2 {
                return false;
            }
        }
        index += 1;
    }
    // A noun came and was no person's: a thing is described.
    compound == 0 && sentence_about_the_person(field, start)
}

/// True when the word at token `start` stands in a relative clause of a thing named before
/// it: "PID loops that respond too aggressively", "any bull that is aggressive", "the brands
/// that dominate paid search", "facilities that are aggressive about reducing antibiotic use".
fn in_a_clause_of_a_thing(field: &FieldText, start: usize) -> bool {
    let tokens = &field.tokens;
    let mut index = start;
    for _ in 0..6 {
        if previous_in_clause(field, index).is_none() {
            return false;
        }
        index -= 1;
        if !matches!(tokens[index].lower.as_str(), "that" | "which") {
            continue;
        }
        // "The wind load case, which is usually dominant": "which" never stands for a person,
        // so the predicate right after it ("which is", "which can often be") is a thing's.
        if tokens[index].lower == "which"
            && index + 1 < start
            && tokens[index + 1..start].iter().all(|token| {
                let word = token.lower.as_str();
                LINKING_WORDS.contains(&word)
                    || PREDICATE_ADVERBS.contains(&word)
                    || (word.len() > 4 && word.ends_with("ly"))
            })
        {
            return true;
        }
        // A relative word, not "that" opening a clause of its own ("make sure that you ...").
        let opens_a_clause = tokens.get(index + 1).is_some_and(|next| {
            let word = next.lower.as_str();
            SUBJECT_PRONOUNS.contains(&word) || DETERMINERS.contains(&word)
        });
        let Some(noun) = previous_in_clause(field, index) else {
            return false;
        };
        let word = noun.lower.as_str();
        let singular = word.strip_suffix('s').unwrap_or(word);
        // The noun with its determiner ("any bull") or in the plural ("PID loops").
        let named = word.ends_with('s')
            || index
                .checked_sub(1)
                .and_then(|at| previous_in_clause(field, at))
                .is_some_and(|before| DETERMINERS.contains(&before.lower.as_str()));
        return !opens_a_clause
            && named
            && word.len() > 2
            && names_a_thing(word)
            && !names_someone(word)
            && !names_someone(singular);
    }
    false
}

/// Adverbs that may stand between a linking verb and its adjective ("which is usually
/// dominant", "which can be too aggressive").
const PREDICATE_ADVERBS: &[&str] = &[
    "usually", "always", "too", "more", "most", "quite", "rather", "so", "not", "also", "still",
];

/// True when the trait at token `start` stands in a clause about some of those named before
/// it: "plaintiff counsel, some of whom take an aggressive approach", "auctions, some of
/// which turn aggressive".
fn of_whom_or_which(field: &FieldText, start: usize) -> bool {
    let mut index = start;
    for _ in 0..6 {
        let Some(previous) = previous_in_clause(field, index) else {
            return false;
        };
        index -= 1;
        if matches!(previous.lower.as_str(), "whom" | "which")
            && index
                .checked_sub(1)
                .and_then(|before| field.tokens.get(before))
                .is_some_and(|before| before.lower == "of")
        {
            return true;
        }
    }
    false
}

/// True when the word at tokens `start..end` opens its line and the company explains it as
/// its own value right after: "- **Fearless** - we show unfinished work early", "Ambitious:
/// we want to open ten sites", "Decisive. We make a call and move on".
fn a_company_value(field: &FieldText, start: usize, end: usize) -> bool {
    let tokens = &field.tokens;
    // Back from the word to its line's start, stopping at the first character that is no
    // bullet or space (a search for the line's start would read a long line again for every
    // match).
    let opens_line = field.text[..tokens[start].span.start]
        .chars()
        .rev()
        .take_while(|c| *c != '\n')
        .all(|c| c.is_whitespace() || matches!(c, '-' | '*' | '_' | '\u{2022}' | '#'));
    let Some(next) = tokens.get(end) else {
        return false;
    };
    let gap = field
        .text
        .get(tokens[end - 1].span.end..next.span.start)
        .unwrap_or_default()
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    let explained = matches!(gap, "-" | "\u{2013}" | "\u{2014}" | ":" | ".");
    opens_line
        && explained
        && tokens[end..].iter().take(2).any(|token| {
            matches!(
                token.lower.as_str(),
                "we" | "we're" | "we\u{2019}re" | "we've" | "we\u{2019}ve" | "our" | "us"
            )
        })
}

/// Words that may follow a role's name in a sentence that seeks someone ("a decisive
/// Headteacher to lead our school", "a driven Account Director who ...").
const AFTER_A_ROLE: &[&str] = &[
    "to", "who", "for", "with", "and", "in", "at", "of", "on", "from", "that", "ready",
];

/// True when token `index` starts a capitalised name ("Headteacher", "Account Director") that
/// ends the noun phrase and the sentence seeks someone (see [`SEEKING`]) shortly before
/// token `start`.
fn a_role_sought(field: &FieldText, start: usize, index: usize) -> bool {
    let tokens = &field.tokens;
    let capitalised = |at: usize| {
        tokens.get(at).is_some_and(|token| {
            field.text[token.span.clone()].starts_with(|c: char| c.is_uppercase())
        })
    };
    if !capitalised(index) {
        return false;
    }
    let mut end = index + 1;
    while end < index + 3 && capitalised(end) && next_in_clause(field, end, true).is_some() {
        end += 1;
    }
    let ends_phrase = next_in_clause(field, end, true)
        .is_none_or(|next| AFTER_A_ROLE.contains(&next.lower.as_str()));
    // (Past the other traits of a list: "seeking to appoint an inspirational, confident and
    // decisive Headteacher".)
    ends_phrase && within_words_after(field, start, SEEKING, 7)
}

/// Words ending in "-ly" that are no adverb of the next word ("an ambitious family business",
/// "daily targets").
const NOT_ADVERBS: &[&str] = &[
    "family",
    "supply",
    "assembly",
    "daily",
    "weekly",
    "monthly",
    "yearly",
    "quarterly",
    "early",
    "friendly",
    "lovely",
    "likely",
    "italy",
    "july",
    "rally",
    "reply",
    "holy",
];

/// Whose predicate an adjective is.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Subject {
    /// "You" or the "someone who" sought.
    Person,
    /// The pay, a price or a market ("the salary will be competitive"), or the people the
    /// job serves ("residents can sometimes be aggressive").
    Thing,
}

/// Nouns that are the subject of a predicate adjective about them, not about a person.
const THING_SUBJECTS: &[&str] = &[
    "salary",
    "salaries",
    "pay",
    "compensation",
    "package",
    "rate",
    "rates",
    "wage",
    "wages",
    "benefits",
    "price",
    "prices",
    "pricing",
    "market",
    "markets",
    "industry",
    "field",
    "process",
    "environment",
    "landscape",
];

/// Whose predicate the adjective at token `start` is, maybe after other adjectives of a
/// list: the person's in "someone who's aggressive, confident and ...", "you're fiercely
/// competitive", "you'll need to be confident"; a thing's in "the salary will be
/// competitive". `None` when it is no predicate, or whose is not plain ("Someone who's built
/// aggressive growth plans": a verb stands between).
fn predicate_of(field: &FieldText, start: usize) -> Option<Subject> {
    let tokens = &field.tokens;
    if keeps_a_thing(field, start) {
        return Some(Subject::Thing);
    }
    let mut index = start;
    for _ in 0..8 {
        let previous = previous_in_clause(field, index)?;
        let at = index - 1;
        let word = previous.lower.as_str();
        let subject = |offset: usize| {
            at.checked_sub(offset)
                .and_then(|before| tokens.get(before))
                .is_some_and(|token| matches!(token.lower.as_str(), "who" | "you"))
        };
        // The words before the verb, in its clause: a thing named there is the subject.
        let before = |reach: usize| {
            (1..=reach).map_while(move |offset| {
                let before = at.checked_sub(offset)?;
                previous_in_clause(field, before + 1)
            })
        };
        let is_verb = matches!(
            word,
            "is" | "are" | "be" | "remain" | "remains" | "stay" | "stays"
        );
        // "A leader who thrives in a fast-paced environment and is assertive with staff": the
        // verb shares the subject of the "who" clause it is joined to (looked for a few words
        // back in the sentence, so a long line is not read again for every match).
        if matches!(word, "is" | "are") && is_in(previous_in_clause(field, at), &["and"]) {
            let first = sentence_first_token(field, at).max(at.saturating_sub(WHO_REACH));
            if let Some(who) = (first..at)
                .rev()
                .find(|&index| tokens[index].lower == "who")
            {
                return Some(if who_of_someone_else(field, who) {
                    Subject::Thing
                } else {
                    Subject::Person
                });
            }
        }
        if is_verb && before(4).any(|token| THING_SUBJECTS.contains(&token.lower.as_str())) {
            return Some(Subject::Thing);
        }
        match word {
            "who's" | "who\u{2019}s" | "you're" | "you\u{2019}re" => return Some(Subject::Person),
            // "Tell us early if it's too ambitious", "if it is too aggressive": a thing's.
            "it's" | "it\u{2019}s" => return Some(Subject::Thing),
            "is" if is_in(previous_in_clause(field, at), &["it"]) => return Some(Subject::Thing),
            // ("Our nurse managers, who are decisive in a crisis": theirs.)
            "is" | "are" if subject(1) => {
                let who = at.checked_sub(1).is_some_and(|before| {
                    tokens[before].lower == "who" && who_of_someone_else(field, before)
                });
                return Some(if who { Subject::Thing } else { Subject::Person });
            }
            // "When residents are frightened or aggressive", "including when they are
            // intoxicated or aggressive" (of young people in crisis): said of the people
            // served.
            "is" | "are" if they_are_the_served(field, at) => return Some(Subject::Thing),
            // "Make sure the store remains competitive on price": said of the thing before.
            "remains" | "stays" => {
                let thing = previous_in_clause(field, at)
                    .is_some_and(|token| names_a_thing(token.lower.as_str()));
                if thing {
                    return Some(Subject::Thing);
                }
            }
            // "Help the lab remain competitive": a thing with its determiner before the verb.
            "remain" | "stay" => {
                let thing = previous_in_clause(field, at).is_some_and(|token| {
                    let word = token.lower.as_str();
                    word.len() > 2 && !names_someone(word) && names_a_thing(word)
                }) && at
                    .checked_sub(1)
                    .and_then(|noun| previous_in_clause(field, noun))
                    .is_some_and(|token| DETERMINERS.contains(&token.lower.as_str()));
                if thing {
                    return Some(Subject::Thing);
                }
            }
            // "Making sure the curriculum is ambitious", "our plan is ambitious": said of the
            // noun before the verb, a thing (or the people served), not the person sought.
            "is" | "are" => {
                let noun = previous_in_clause(field, at).is_some_and(|token| {
                    let word = token.lower.as_str();
                    let adverb = word.len() > 4 && word.ends_with("ly");
                    !adverb && names_a_thing(word)
                });
                return noun.then_some(Subject::Thing);
            }
            // "You'll need to be confident", "you must be assertive"; "patients can be
            // aggressive" is said of the people served.
            "be" => {
                let you = before(3).any(|token| {
                    matches!(
                        token.lower.as_str(),
                        "you" | "you'll" | "you\u{2019}ll" | "you'd" | "you\u{2019}d"
                    )
                });
                if you {
                    return Some(Subject::Person);
                }
                // "We are proud to be outspoken on sustainability": the company speaking of
                // itself ("we are looking for someone to be ..." seeks).
                let sentence = &tokens[sentence_read_from(field, at)..at];
                let we_are = sentence.windows(2).any(|pair| {
                    matches!(pair[0].lower.as_str(), "we" | "we're" | "we\u{2019}re")
                        && (pair[0].lower != "we" || matches!(pair[1].lower.as_str(), "are"))
                });
                let to_be = at >= 1 && tokens[at - 1].lower == "to";
                let asks = sentence.iter().any(|token| {
                    let word = token.lower.as_str();
                    SEEKING.contains(&word) || (ABOUT_THE_PERSON.contains(&word) && word != "be")
                });
                if we_are && to_be && !asks {
                    return Some(Subject::Thing);
                }
                // ("We need people who can be assertive": the people sought; "children with
                // SEMH needs who may be aggressive" are not.)
                // (Back to a joiner: "raise issues with clients early, and be assertive" asks
                // it of the applicant.)
                let reach = (1..=8)
                    .map_while(|offset| {
                        let before = at.checked_sub(offset)?;
                        previous_in_clause(field, before + 1).map(|_| before)
                    })
                    .take_while(|&before| !matches!(tokens[before].lower.as_str(), "and" | "but"))
                    .collect::<Vec<usize>>();
                let sought = reach.iter().any(|&index| {
                    seeks_at(tokens, index)
                        || matches!(
                            tokens[index].lower.as_str(),
                            "candidate" | "candidates" | "applicant" | "applicants" | "someone"
                        )
                });
                // ("Witnesses, some of whom will be hostile", "some witnesses will be
                // hostile": other people.)
                let others = reach.iter().any(|&index| {
                    let word = tokens[index].lower.as_str();
                    SERVED.contains(&word) || OTHER_PARTIES.contains(&word) || word == "whom"
                });
                // "Some will be frightened, and some will be hostile": some of those met.
                let some_will = at >= 2
                    && tokens[at - 1].lower == "will"
                    && matches!(
                        tokens[at - 2].lower.as_str(),
                        "some" | "many" | "most" | "others" | "few"
                    );
                // "Some you contact after a sentencing will be upset or aggressive": a clause
                // that opens with "some" (or "many", "most", "others", "few") is about them.
                let some_open = reach.iter().any(|&index| {
                    matches!(
                        tokens[index].lower.as_str(),
                        "some" | "many" | "most" | "others" | "few"
                    ) && previous_in_clause(field, index).is_none()
                });
                let served = (others && !sought)
                    || what_they_may_be(field, at)
                    || some_will
                    || (some_open && !sought);
                // What someone may be, not what the applicant must be: "a few can be
                // aggressive", "some of the men we hold can be aggressive or hostile", "the
                // tower would be visually dominant".
                let possible = before(3).any(|token| {
                    matches!(
                        token.lower.as_str(),
                        "can" | "may" | "might" | "could" | "would" | "sometimes" | "occasionally"
                    )
                });
                return (served || (possible && !sought)).then_some(Subject::Thing);
            }
            // Said of someone in the past, never a demand: "enforcement agents who were
            // forceful at the door", "whether the conduct was reckless", "one partner has been
            // dominant and coercive".
            "was" | "were" | "been" => {
                let you = before(3).any(|token| token.lower == "you");
                return (!you).then_some(Subject::Thing);
            }
            _ => {}
        }
        // Other adjectives of the list, joiners and adverbs may stand between.
        let gap = field
            .text
            .get(previous.span.end..tokens[index].span.start)
            .unwrap_or("");
        // ("Frightened or aggressive": an adjective joined to the next by "or" is one more of
        // the list.)
        let joined_on = matches!(tokens[index].lower.as_str(), "and" | "or");
        let between = gap.contains(',')
            || joined_on
            || matches!(
                word,
                "and"
                    | "or"
                    | "very"
                    | "so"
                    | "really"
                    | "truly"
                    | "often"
                    | "sometimes"
                    | "occasionally"
                    | "quite"
                    | "rather"
                    | "too"
            )
            || word.ends_with("ly");
        if !between {
            return None;
        }
        index = at;
    }
    None
}

/// True when `word`, the subject before a linking verb, may name a thing (or another party)
/// of which an adjective is said: a word of letters that names no one sought, no pronoun and
/// none of [`NOT_A_THING`].
fn names_a_thing(word: &str) -> bool {
    word.chars().all(|c| c.is_alphabetic())
        && (!names_someone(word) || OTHER_PARTIES.contains(&word))
        && !SUBJECT_PRONOUNS.contains(&word)
        && !NOT_A_THING.contains(&word)
}

/// True when the adjective at token `start` says what a verb of keeping or making keeps a
/// thing ("keep our offer competitive", "keeping prices competitive", "make the bid
/// competitive"): the thing's, not the person's.
fn keeps_a_thing(field: &FieldText, start: usize) -> bool {
    let Some(noun) = previous_in_clause(field, start) else {
        return false;
    };
    let word = noun.lower.as_str();
    let a_thing = word.len() > 2
        && !names_someone(word)
        && names_a_thing(word)
        && !DETERMINERS.contains(&word)
        && !matches!(word, "and" | "or" | "but" | "very" | "so" | "more" | "most");
    if !a_thing {
        return false;
    }
    (2..=3).any(|offset| {
        start
            .checked_sub(offset)
            .and_then(|at| previous_in_clause(field, at + 1).map(|token| token.lower.as_str()))
            .is_some_and(|verb| {
                matches!(
                    verb,
                    "keep" | "keeps" | "keeping" | "kept" | "make" | "makes" | "making"
                )
            })
    })
}

/// True when the subject of "is" or "are" at token `at` is the people served: a word of
/// [`SERVED`] ("residents are"), or "they" in a sentence that names them and seeks nobody.
fn they_are_the_served(field: &FieldText, at: usize) -> bool {
    let Some(subject) = previous_in_clause(field, at) else {
        return false;
    };
    let word = subject.lower.as_str();
    if SERVED.contains(&word) {
        return true;
    }
    if word != "they" {
        return false;
    }
    about_the_served_alone(field, at)
}

/// True when "be" at token `at` follows "may", "can" or "might" in a sentence about the people
/// served and nobody sought: "Many of the people who come through custody are vulnerable: some
/// are intoxicated, and a few may be aggressive", "Some of the people we support ... can
/// occasionally be aggressive". What they may be is theirs, not a demand on the applicant
/// ("We need people who can be assertive" seeks them).
fn what_they_may_be(field: &FieldText, at: usize) -> bool {
    let tokens = &field.tokens;
    let modal = tokens[..at]
        .iter()
        .rev()
        .find(|token| !(token.lower.len() > 4 && token.lower.ends_with("ly")))
        .is_some_and(|token| matches!(token.lower.as_str(), "may" | "can" | "might" | "could"));
    modal && about_the_served_alone(field, at)
}

/// True when the sentence up to token `at` names the people served ([`SERVED`]) and neither
/// the person sought nor a word of seeking: what it says there is about them.
fn about_the_served_alone(field: &FieldText, at: usize) -> bool {
    let sentence = &field.tokens[sentence_read_from(field, at)..at];
    sentence
        .iter()
        .any(|token| SERVED.contains(&token.lower.as_str()))
        && !sentence.iter().any(|token| {
            let word = token.lower.as_str();
            ABOUT_THE_PERSON.contains(&word) && word != "who" && word != "people"
                || SEEKING.contains(&word)
        })
}

/// Endings of nouns that name someone by what they do ("the Headteacher is confident", "the
/// successful applicant is ambitious", "our client is assertive").
const SOMEONE_ENDINGS: &[&str] = &[
    "er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman", "person", "head", "lead",
];

/// Nouns with one of the [`SOMEONE_ENDINGS`] that name a thing ("the behaviour is aggressive",
/// "the timeline is aggressive").
const THINGS_LIKE_SOMEONE: &[&str] = &[
    "behavior",
    "behaviour",
    "factor",
    "sector",
    "number",
    "order",
    "center",
    "centre",
    "career",
    "offer",
    "matter",
    "content",
    "event",
    "error",
    "calendar",
    "quarter",
    "semester",
    "timeline",
    "paper",
    "chapter",
    "winter",
    "summer",
];

/// True when `word` names someone: one of the [`PERSON_HEADS`], or a noun with one of the
/// [`SOMEONE_ENDINGS`] that is not one of the [`THINGS_LIKE_SOMEONE`] or a "-ment" noun
/// ("the environment is competitive").
fn names_someone(word: &str) -> bool {
    PERSON_HEADS.contains(&word)
        || (SOMEONE_ENDINGS.iter().any(|ending| word.ends_with(ending))
            && !word.ends_with("ment")
            && !THINGS_LIKE_SOMEONE.contains(&word))
}

/// True when `word` names a person by their role or as a person ("assistant", "candidate",
/// "people"), not a way of working ("team", "culture", "environment").
pub(crate) fn is_person_head(word: &str) -> bool {
    PERSON_HEADS.contains(&word) && !WAYS_OF_WORKING.contains(&word)
}

/// Words before "is" that name no thing of which an adjective could be said: relative and
/// other pronouns ("someone that is assertive", "what is decisive"), and words that name the
/// one sought ("the successful applicant is confident").
const NOT_A_THING: &[&str] = &[
    "that",
    "which",
    "who",
    "what",
    "whoever",
    "someone",
    "somebody",
    "anyone",
    "everyone",
    "one",
    "applicant",
    "applicants",
    "hire",
    "yourself",
    "there",
    "here",
    // "Who lives and breathes training and is hungry ...": a joiner, the subject is further
    // back.
    "and",
    "or",
    "but",
    "also",
    "still",
    "always",
    "often",
    "then",
];

/// Pronouns that are the subject of a clause: no noun phrase goes on through one.
const SUBJECT_PRONOUNS: &[&str] = &[
    "you", "we", "they", "he", "she", "i", "it", "you'll", "you're", "you've", "we're", "we'll",
    "they're",
];

/// Words between "who" and a trait adjective that keep it said of the one before "who"
/// ("customers who can become aggressive").
const LINKING_WORDS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "become",
    "becomes",
    "became",
    "get",
    "gets",
    "got",
    "can",
    "could",
    "may",
    "might",
    "turn",
    "turns",
    "grow",
    "grows",
    "sometimes",
    "often",
    "very",
];

/// True when the adjective at token `start` is the predicate of a relative clause about
/// people the job serves ("customers who become aggressive or distressed"), not about the
/// person sought ("candidates who are aggressive").
/// True when the manner word at `start` ends a relative clause about the people a job
/// serves, a few words after its "who" ("customers who behave aggressively", "residents who
/// are frightened or who may respond aggressively"): their manner, not the person's.
fn manner_of_the_served(field: &FieldText, start: usize) -> bool {
    let tokens = &field.tokens;
    let is_who = |at: usize| matches!(tokens[at].lower.as_str(), "who" | "that");
    // The nearest "who" a few words back; from an "or who" or "and who", the one before.
    let mut end = start;
    let served = loop {
        let Some(who) = (end.saturating_sub(4).max(1)..end)
            .rev()
            .find(|&at| is_who(at))
        else {
            break None;
        };
        let before = tokens[who - 1].lower.as_str();
        if matches!(before, "or" | "and") {
            end = who - 1;
            continue;
        }
        break Some(who - 1);
    };
    served.is_some_and(|noun| served_noun_at(field, noun, start, &[',', ';', '.', ':', '(', ')']))
}

/// True when token `noun` names the people a job serves (see [`SERVED`]; not a word for the
/// person sought) and nothing of `stops` stands between it and token `start`.
fn served_noun_at(field: &FieldText, noun: usize, start: usize, stops: &[char]) -> bool {
    let tokens = &field.tokens;
    let word = tokens[noun].lower.as_str();
    let gap = field
        .text
        .get(tokens[noun].span.end..tokens[start].span.start)
        .unwrap_or("");
    // ("Deal with people who are hostile and aggressive towards officers": people handled.)
    let handled = || GENERIC_PEOPLE.contains(&word) && shortly_after(field, noun, HANDLING_WORDS);
    // ("Including people who may respond aggressively when they are frightened": what those
    // people may do; a posting asks the person sought with "can", never with "may".)
    let hedged = || {
        GENERIC_PEOPLE.contains(&word)
            && is_in(tokens.get(noun + 1), &["who", "that"])
            && is_in(tokens.get(noun + 2), &["may", "might"])
    };
    // ("Refuse entry to anyone who is drunk, underage or aggressive": whoever the job turns
    // away, not the one it seeks.)
    let anyone_handled =
        || matches!(word, "anyone" | "anybody") && shortly_after(field, noun, HANDLING_WORDS);
    if anyone_handled() && !gap.contains(stops) {
        return true;
    }
    // ("The occasional member who gets aggressive": one of the members served.)
    (SERVED.contains(&word)
        || OTHER_PARTIES.contains(&word)
        || is_one_of_the_served(tokens.get(noun)))
        && (!PERSON_HEADS.contains(&word) || handled() || hedged())
        && !gap.contains(stops)
}

/// Other parties a posting describes, whose traits are theirs, not the applicant's:
/// "competitors who are discounting aggressively", "members of the public who are abusive or
/// aggressive", "where a single supplier is dominant".
const OTHER_PARTIES: &[&str] = &[
    "competitor",
    "competitors",
    "rival",
    "rivals",
    "supplier",
    "suppliers",
    "vendor",
    "vendors",
    "subcontractors",
    "subbies",
    "public",
    "ones",
    "landlords",
    // The people the work deals with, one by one or by their relation to those served:
    // "parents who are hostile", "a toddler who is aggressive", "service users who are
    // distressed", "account holders who are angry", "witnesses, some of whom will be hostile",
    // "where one parent is dominant".
    "parent",
    "parents",
    "father",
    "fathers",
    "mother",
    "mothers",
    "relative",
    "relatives",
    "families",
    "child",
    "toddler",
    "toddlers",
    "pupil",
    "patient",
    "customer",
    "client",
    "resident",
    "tenant",
    "user",
    "users",
    "holders",
    "claimant",
    "claimants",
    "litigant",
    "litigants",
    "witness",
    "witnesses",
    "defendant",
    "defendants",
    "offender",
    "offenders",
    "prisoners",
    "detainees",
    "suspects",
    "victims",
    "guest",
    "passenger",
    "diner",
    "visitor",
    "caller",
    "shopper",
    // The other side of the work: "officials who are evasive", "carriers who are aggressive
    // about turnaround", "plaintiff counsel", "hostile sources".
    "officials",
    "carriers",
    "counsel",
    "sources",
    "owners",
    "subjects",
];

/// True when the "who" at token `who` is said of someone other than the person sought: the
/// people served or another party before it, or the company's own people ("Our clinical nurse
/// managers, who are confident and decisive in a crisis").
fn who_of_someone_else(field: &FieldText, who: usize) -> bool {
    let tokens = &field.tokens;
    let Some(noun) = who.checked_sub(1) else {
        return false;
    };
    let word = tokens[noun].lower.as_str();
    if SERVED.contains(&word) && !PERSON_HEADS.contains(&word) || OTHER_PARTIES.contains(&word) {
        return true;
    }
    // The noun phrase before it, opened by "our", "their" or "its", is not the one sought
    // ("our ideal candidate, who ..." is).
    if ABOUT_THE_PERSON.contains(&word) || SEEKING.contains(&word) {
        return false;
    }
    // The people the work deals with: "advise sellers who are aggressive about list price",
    // "negotiate with buyers who are aggressive", "situations with persons who are in crisis".
    const DEALING: &[&str] = &["with", "advise", "advising", "represent", "representing"];
    if within_words_after(field, noun, DEALING, 3)
        || within_words_after(field, noun, HANDLING_WORDS, 3)
    {
        return true;
    }
    let mut index = noun;
    for _ in 0..4 {
        let Some(previous) = previous_in_clause(field, index) else {
            return false;
        };
        index -= 1;
        match previous.lower.as_str() {
            // ("Opposing counsel who are aggressive in discovery": the other side's.)
            "our" | "their" | "its" | "opposing" => return true,
            word if ABOUT_THE_PERSON.contains(&word) || DETERMINERS.contains(&word) => {
                return false
            }
            _ => {}
        }
    }
    false
}

/// True when the trait at token `start` describes the colleagues the applicant joins ("You'll
/// join a team of opinionated, competitive engineers").
fn among_colleagues(field: &FieldText, start: usize) -> bool {
    let tokens = &field.tokens;
    let first = start.saturating_sub(6);
    (first..start).rev().any(|at| {
        at >= 1
            && tokens[at].lower == "of"
            && matches!(
                tokens[at - 1].lower.as_str(),
                "team" | "group" | "crew" | "squad" | "bunch" | "family"
            )
            && !tokens[at..start].windows(2).any(|pair| {
                field
                    .text
                    .get(pair[0].span.end..pair[1].span.start)
                    .is_some_and(|gap| gap.contains(['.', ';', ':', '!', '?', '\n']))
            })
    })
}

fn said_of_the_served(field: &FieldText, start: usize) -> bool {
    // (Tested through `gendered-wording`: "patients who are distressed, intoxicated or
    // aggressive".)
    let tokens = &field.tokens;
    let mut index = start;
    // The other adjectives of a list before it: "patients who are distressed, intoxicated or
    // aggressive".
    for _ in 0..6 {
        let Some(previous) = index.checked_sub(1).and_then(|at| tokens.get(at)) else {
            break;
        };
        let gap = field
            .text
            .get(previous.span.end..tokens[index].span.start)
            .unwrap_or("");
        if matches!(previous.lower.as_str(), "and" | "or") && index >= 2 {
            index -= 2;
        } else if gap.trim() == "," {
            index -= 1;
        } else {
            break;
        }
    }
    let first = index;
    while index > 0 && LINKING_WORDS.contains(&tokens[index - 1].lower.as_str()) {
        index -= 1;
    }
    if index < 2 || index == first || !matches!(tokens[index - 1].lower.as_str(), "who" | "that") {
        return false;
    }
    served_noun_at(field, index - 2, first, &[',', ';', '.'])
}

fn context_allows(entry: &Entry, field: &FieldText, start: usize, end: usize) -> bool {
    let tokens = &field.tokens;
    let next = tokens.get(end).map(|token| token.lower.as_str());
    let previous = start
        .checked_sub(1)
        .and_then(|index| tokens.get(index))
        .map(|token| token.lower.as_str());
    // An exception's neighbour past a comma or a full stop belongs to another phrase:
    // "Decisive, results-driven leader" is no "decisive result". (A required neighbour may
    // follow a comma: "young, fun team" lists traits of the team.)
    let joined = |left: usize, right: usize| {
        let gap = field
            .text
            .get(tokens[left].span.end..tokens[right].span.start)
            .unwrap_or("");
        !gap.contains([',', ';', '.', ':', '!', '?'])
    };
    if !entry.if_next.is_empty() && !next.is_some_and(|word| entry.if_next.contains(&word)) {
        return false;
    }
    // A possessive is its noun where it makes an exception ("the athletic department's
    // events" are the department's), not where it is required ("young people's panel" is
    // the panel of young people the job serves, no "young people" asked for).
    if next.is_some_and(|word| entry.unless_next.contains(&without_possessive(word)))
        && joined(end - 1, end)
    {
        return false;
    }
    if previous.is_some_and(|word| entry.unless_prev.contains(&word)) && joined(start - 1, start) {
        return false;
    }
    match entry.sense {
        Sense::Any => true,
        Sense::Adjective => !used_as_verb(field, start, end),
        Sense::PersonNoun => !used_as_person_noun(field, start, end),
        Sense::TraitOfPerson => trait_of_person(field, start, end, false),
        Sense::TraitOfApplicant => trait_of_person(field, start, end, true),
        // ("Help our customers dominate their local market": what the job helps others do.)
        // ("- Tune our Kafka consumers - we cache aggressively": the company's doing; "tune
        // autoscaling so that it scales aggressively": a thing's.)
        Sense::MannerOfPerson => {
            !within_words_after(field, start, &["it"], 3)
                && sentence_about_the_person(field, start)
                && !shortly_after(field, start, CAUSING_WORDS)
                && !in_a_clause_of_a_thing(field, start)
                && !said_of_the_company(field, start)
        }
        Sense::TraitNoun => trait_noun_of_person(field, start),
        Sense::EndsClause => next_in_clause(field, end, true).is_none(),
    }
}

/// Words that deny what follows them in the same clause ("You do not need to be a native
/// speaker", "no Canadian experience required").
const NEGATIONS: &[&str] = &[
    "not",
    "no",
    "don't",
    "doesn't",
    "never",
    "without",
    "needn't",
    "isn't",
    "aren't",
    "nobody",
    "won't",
    "wouldn't",
    "mustn't",
    "shouldn't",
    // "Forget the old stereotype of the aggressive, commission-hungry salesperson".
    "stereotype",
    "stereotypes",
    "stereotypical",
];

/// Words that turn the clause, after which a negation before them no longer governs the
/// match ("Do not apply unless you are ...").
const CLAUSE_TURNS: &[&str] = &["unless", "if", "but", "only", "except"];

/// Words after "not" that deny a demand ("is not required").
const NOT_ASKED: &[&str] = &["required", "needed", "necessary", "essential", "mandatory"];

/// How far before a match (in words) a negation still governs it.
const NEGATION_REACH: usize = 8;

/// True when the match is denied in its own clause: a [`NEGATIONS`] word within a few words
/// before it, with no punctuation but spaces, hyphens and slashes between and no turn of the
/// clause ("You do not need Canadian work experience", but not "Do not apply unless you are a
/// native speaker"), or a denial just after it ("Canadian experience is not required").
pub fn is_negated(field: &FieldText, found: &Match) -> bool {
    let tokens = &field.tokens;
    let joined = |at: usize| {
        // True when tokens `at - 1` and `at` are in one clause.
        field
            .text
            .get(tokens[at - 1].span.end..tokens[at].span.start)
            .is_some_and(gap_is_joiner)
    };
    // The last item of a list a negation governs ("There is no evening, weekend or on-call
    // work"): the list's commas do not end the clause.
    let in_a_list = found.tokens.start > 0
        && joined(found.tokens.start)
        && matches!(&*tokens[found.tokens.start - 1].lower, "or" | "and" | "nor");
    let comma_before = |at: usize| {
        field
            .text
            .get(tokens[at - 1].span.end..tokens[at].span.start)
            .is_some_and(|gap| gap.trim() == ",")
    };
    // Or a list of adjectives after an article ("not a role for a shouty, forceful manager"),
    // or after the words of seeking ("We're not looking for pushy, aggressive salespeople",
    // "we don't want pushy, aggressive salespeople").
    let listed = |at: usize| {
        comma_before(at)
            && (in_a_list
                || (at >= 2
                    && (matches!(&*tokens[at - 2].lower, "a" | "an" | "for" | "any")
                        || SEEKING.contains(&&*tokens[at - 2].lower))))
    };
    let mut index = found.tokens.start;
    let mut reach = 0;
    // A negation governs each side of an "or" it stands before ("You don't need to be the
    // most confident voice in the room or a forceful negotiator"): past the first "or" or
    // "nor", it reaches over the whole first side too.
    let mut limit = NEGATION_REACH;
    while index > 0 && reach < limit && (joined(index) || listed(index)) {
        index -= 1;
        let word = &*tokens[index].lower;
        if limit == NEGATION_REACH && matches!(word, "or" | "nor") {
            limit = 2 * NEGATION_REACH;
            reach = 0;
            continue;
        }
        // Articles do not count: "not looking for a rockstar or a 10x engineer".
        if !matches!(word, "a" | "an" | "the") {
            reach += 1;
        }
        // "Do not apply unless you are a native speaker": the demand stands.
        if CLAUSE_TURNS.contains(&word) {
            return false;
        }
        if NEGATIONS.contains(&word) {
            // "You're not afraid to dominate the conversation": a denied fear asks for it.
            // Nor "no better place for an ambitious auditor", "no shortage of leads for a
            // driven agent", "not only competitive but also generous".
            let litotes = tokens[index + 1..found.tokens.start].iter().any(|token| {
                matches!(
                    token.lower.as_str(),
                    "afraid"
                        | "scared"
                        | "shy"
                        | "hesitate"
                        | "hesitant"
                        | "reluctant"
                        | "better"
                        | "shortage"
                        | "limit"
                        | "ceiling"
                        | "only"
                )
            });
            return !litotes;
        }
    }
    // "Dominance-free", "ego-free": the compound denies the word.
    if field
        .text
        .get(found.span.end..)
        .is_some_and(|after| after.starts_with("-free"))
    {
        return true;
    }
    // "... is not required", "... isn't needed", in the same clause, also with the noun the
    // words describe between ("an athletic build is not needed").
    let mut after = found.tokens.end;
    let mut words = Vec::with_capacity(4);
    while after < tokens.len() && words.len() < 4 && joined(after) {
        words.push(&*tokens[after].lower);
        after += 1;
    }
    let rest: &[&str] = match words.as_slice() {
        ["is" | "are", rest @ ..] | [_, "is" | "are", rest @ ..] => rest,
        _ => &words[..],
    };
    // "Headstrong reporters need not apply".
    if words
        .windows(3)
        .any(|three| three == ["need", "not", "apply"])
        || words.windows(2).any(|two| two == ["needn't", "apply"])
    {
        return true;
    }
    // ("A dominant personality is not what we need".)
    matches!(rest, ["not" | "isn't" | "aren't", asked, ..] if NOT_ASKED.contains(asked) || *asked == "what")
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
    report_kept(rule, list, field, &|_| true, &help, diagnostics);
}

/// [`report`] for the matches `keep` accepts. (Closures by reference: one copy of the code
/// serves every rule.)
pub fn report_kept(
    rule: &Rule,
    list: &WordList,
    field: &FieldText,
    keep: &dyn Fn(&Match) -> bool,
    help: &dyn Fn(&Entry) -> &'static str,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for found in list.find(field).into_iter().filter(|found| keep(found)) {
        let words = field.text.get(found.span.clone()).unwrap_or("");
        let message = format!("'{words}' {}", found.entry.note);
        diagnostics.push(finding(rule, field, &found, message, help(found.entry)));
    }
}

/// A spanned finding for a word-list match, with one fix per replacement (capitalisation of the
/// original kept, and an "a"/"an" right before the words made to agree with the replacement in
/// the same fix).
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
        let fix = replacement_fix(field, found.span.clone(), found.tokens.start, replacement);
        diagnostic = diagnostic.with_fix(fix);
    }
    diagnostic
}

/// The fix that puts `replacement` in place of the words at `span` (whose first token is
/// `first_token`), with the article before them changed to suit it ("a" before "an", and
/// back).
pub(crate) fn replacement_fix(
    field: &FieldText,
    span: Range<usize>,
    first_token: usize,
    replacement: String,
) -> Fix {
    let mut edits = Vec::with_capacity(2);
    let mut title_words = replacement.clone();
    if let Some((article, edit)) = article_edit(field, first_token, &replacement) {
        title_words = format!("{article} {replacement}");
        edits.push(edit);
    }
    edits.push(Edit::in_text(field, span, replacement));
    Fix {
        title: format!("Replace with '{title_words}'"),
        edits,
    }
}

/// Longest match [`find_from_words`] looks for, in bytes.
const TRIGGER_WINDOW: usize = 240;

/// Words at which an anchored expression is tried ([`find_from_words`]). Compile once (keep
/// in a `OnceLock`): a word is ruled out by its precomputed hash, without comparing strings.
#[derive(Debug)]
pub struct TriggerWords(PhraseSet);

impl TriggerWords {
    /// Compiles single lower-case words.
    pub fn new(words: &[&str]) -> Self {
        Self(PhraseSet::new(words.iter().copied(), false, true))
    }

    /// The field's tokens that are among these words, in order, visiting only the candidates
    /// the filter keys leave.
    fn tokens_in<'f>(&'f self, field: &'f FieldText) -> impl Iterator<Item = &'f Token> + 'f {
        let mut index = 0;
        let mut candidates = self.0.candidates(field);
        std::iter::from_fn(move || {
            while let Some(candidate) = candidates.next_from(index) {
                index = candidate + 1;
                let token = &field.tokens[candidate];
                if self.contains(token) {
                    return Some(token);
                }
            }
            None
        })
    }

    /// Where the field's words that are among these start (byte offsets, in order).
    pub fn starts_in(&self, field: &FieldText) -> Vec<usize> {
        self.tokens_in(field)
            .map(|token| token.span.start)
            .collect()
    }

    /// True when the field holds one of the words (stops at the first): a cheap test before
    /// an expression every match of which holds one.
    pub fn any_in(&self, field: &FieldText) -> bool {
        self.tokens_in(field).next().is_some()
    }

    /// True when the token is one of the words.
    fn contains(&self, token: &Token) -> bool {
        !self.0.rules_out(token)
            && self
                .0
                .by_first_word
                .get(&token.hash)
                .is_some_and(|candidates| {
                    candidates
                        .iter()
                        .any(|(words, _)| words.len() == 1 && token.lower == words[0].1)
                })
    }
}

/// Every match of `pattern` that starts at one of the `triggers` words and ends on the same
/// line (within [`TRIGGER_WINDOW`] bytes), left to right and not overlapping. `pattern` must
/// start with `^`: it is tried, anchored, only where a trigger word starts, so a long text
/// costs a look at each word's filter key rather than a scan with a large expression. For
/// patterns whose every match starts with a known word ("lift 50 lbs", "current salary").
pub fn find_from_words(
    field: &FieldText,
    triggers: &TriggerWords,
    pattern: &regex::Regex,
) -> Vec<Range<usize>> {
    find_from_words_within(field, triggers, pattern, true)
}

/// [`find_from_words`], with matches free to run past the end of a line when `one_line` is
/// false (for patterns whose `\s` may meet a line break: "contribute to\nopen source"). A
/// match is still at most [`TRIGGER_WINDOW`] bytes long.
pub fn find_from_words_within(
    field: &FieldText,
    triggers: &TriggerWords,
    pattern: &regex::Regex,
    one_line: bool,
) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    try_at_words(field, triggers, one_line, &mut |start, window| {
        let matched = pattern.find(window)?;
        found.push(start + matched.start()..start + matched.end());
        Some(start + matched.end())
    });
    found
}

/// [`find_from_words_within`] with the groups of each match: (the match's start in the
/// field, its captures).
pub fn captures_from_words<'t>(
    field: &FieldText<'t>,
    triggers: &TriggerWords,
    pattern: &regex::Regex,
    one_line: bool,
) -> Vec<(usize, regex::Captures<'t>)> {
    let text = field.text;
    let mut found = Vec::new();
    try_at_words(field, triggers, one_line, &mut |start, window| {
        let captures = pattern.captures(&text[start..start + window.len()])?;
        let end = start + captures.get(0)?.end();
        found.push((start, captures));
        Some(end)
    });
    found
}

/// Calls `try_at(start, window)` at each trigger word that starts after the end of the last
/// match, where `window` is the text from the word on (at most [`TRIGGER_WINDOW`] bytes, and
/// to the end of its line with `one_line`); `try_at` returns where its match ends, if any.
fn try_at_words(
    field: &FieldText,
    triggers: &TriggerWords,
    one_line: bool,
    try_at: &mut dyn FnMut(usize, &str) -> Option<usize>,
) {
    let mut last_end = 0;
    let mut index = 0;
    let mut candidates = triggers.0.candidates(field);
    while let Some(candidate) = candidates.next_from(index) {
        index = candidate + 1;
        let token = &field.tokens[candidate];
        if token.span.start < last_end || !triggers.contains(token) {
            continue;
        }
        // Matches stay within [`TRIGGER_WINDOW`] bytes (and on their line when asked), which
        // bounds the work of each try however long the text is.
        let mut limit = (token.span.start + TRIGGER_WINDOW).min(field.text.len());
        while !field.text.is_char_boundary(limit) {
            limit -= 1;
        }
        let Some(window) = field.text.get(token.span.start..limit) else {
            continue;
        };
        let window = if one_line {
            window.split('\n').next().unwrap_or(window)
        } else {
            window
        };
        if let Some(end) = try_at(token.span.start, window) {
            last_end = end;
        }
    }
}

/// Words that start with a vowel letter but a consonant sound ("a university", "a one-off").
const CONSONANT_SOUND: &[&str] = &[
    "uni", "use", "usa", "usu", "uti", "ure", "uro", "eu", "one", "once", "ubiq",
];
/// Words that start with a consonant letter but a vowel sound ("an hour", "an honest").
const VOWEL_SOUND: &[&str] = &["hour", "honest", "honor", "honour", "heir", "8", "11", "18"];

/// The indefinite article that goes before `words`: "an" before a vowel sound, "a" otherwise
/// (spelling-based, with the common exceptions in [`CONSONANT_SOUND`] and [`VOWEL_SOUND`]).
pub fn indefinite_article(words: &str) -> &'static str {
    let lower = words.trim_start().to_lowercase();
    if VOWEL_SOUND.iter().any(|prefix| lower.starts_with(prefix)) {
        return "an";
    }
    if CONSONANT_SOUND
        .iter()
        .any(|prefix| lower.starts_with(prefix))
    {
        return "a";
    }
    match lower.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}

/// When the word right before token `start` (on the same line, only spaces between) is "a" or
/// "an" and `replacement` needs the other one, the corrected article (capitalised like the
/// original) and the edit that writes it. The one place word-list fixes keep articles right.
pub fn article_edit(field: &FieldText, start: usize, replacement: &str) -> Option<(String, Edit)> {
    let word = field.tokens.get(start)?;
    let article = field.tokens.get(start.checked_sub(1)?)?;
    let gap = field.text.get(article.span.end..word.span.start)?;
    if gap.is_empty() || gap.contains('\n') || !gap.chars().all(char::is_whitespace) {
        return None;
    }
    if article.lower != "a" && article.lower != "an" {
        return None;
    }
    let wanted = indefinite_article(replacement);
    if article.lower == wanted {
        return None;
    }
    let written = field.text.get(article.span.clone())?;
    let corrected = match_case(written, wanted);
    let edit = Edit::in_text(field, article.span.clone(), corrected.clone());
    Some((corrected, edit))
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
        Entry::new("determined", "coded").sense(Sense::Adjective),
        Entry::new("leader", "coded").sense(Sense::PersonNoun),
        Entry::new("competitive", "coded"),
        Entry::new("rockstar", "jargon").replace(&["expert"]),
        Entry::new("ninja", "jargon").replace(&["specialist"]),
    ];

    static TERMS_OF_ART: &[&str] = &["competitive service", "highly competitive program"];

    fn field(text: &str) -> FieldText<'_> {
        FieldText::new(Field::Summary, text)
    }

    #[test]
    fn nouns_that_name_someone_by_their_ending() {
        for word in [
            "headteacher",
            "director",
            "therapist",
            "physician",
            "assistant",
            "trainee",
        ] {
            assert!(names_someone(word), "{word}");
        }
        for word in [
            "curriculum",
            "plan",
            "behaviour",
            "department",
            "timeline",
            "market",
        ] {
            assert!(!names_someone(word), "{word}");
        }
    }

    #[test]
    fn a_list_finds_the_same_through_a_fields_starts_as_by_reading_its_keys() {
        let text = "Our young team needs a rockstar and a ninja who work hard, play hard and support his/her peers. Support the competitive service team.";
        // Worked out before the list exists: the list reads this field's keys itself.
        let early = field(text);
        early.word_starts();
        let list = WordList::with_exceptions(ENTRIES, TERMS_OF_ART);
        // Worked out after: the list visits the tokens the field's starts give it.
        let late = field(text);
        let spans = |field: &FieldText| {
            list.find(field)
                .into_iter()
                .map(|found| found.span)
                .collect::<Vec<_>>()
        };
        assert_eq!(spans(&early), spans(&late));
        assert_eq!(spans(&late).len(), 7, "{:?}", spans(&late));
    }

    fn found(text: &str) -> Vec<&str> {
        let list = WordList::with_exceptions(ENTRIES, TERMS_OF_ART);
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

    #[test]
    fn flags_participles_used_as_adjectives() {
        assert_eq!(found("A determined, curious person."), ["determined"]);
        assert_eq!(found("You are determined and kind."), ["determined"]);
        assert_eq!(found("Be determined to learn."), ["determined"]);
    }

    #[test]
    fn ignores_participles_used_as_verbs() {
        for text in [
            "Salary will be determined upon selection.",
            "Performance Indicators\n\nTo Be Determined",
            "Pay will be determined, based on location.",
            "Suitable for employment, determined by a background check.",
            "Lead initiatives as determined by the director.",
            "It is being largely determined by demand.",
            "The market has determined the price.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn flags_person_nouns_used_as_modifiers() {
        assert_eq!(found("Show leader qualities."), ["leader"]);
    }

    #[test]
    fn ignores_person_nouns_naming_a_person() {
        for text in [
            "Report directly to a leader they assist.",
            "Ensure their leader is prepared.",
            "We want a confident leader who listens.",
            "Serve as a leader and mentor.",
            "An informal leader amongst peers",
            "A decisive leader.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn ignores_matches_inside_terms_of_art() {
        assert!(found("Appointment Type: Competitive Service").is_empty());
        assert!(found("This highly competitive program pairs people.").is_empty());
        assert_eq!(found("A competitive culture."), ["competitive"]);
        assert_eq!(found("A competitive, service-minded team"), ["competitive"]);
    }

    fn fixed(text: &str) -> String {
        let list = WordList::new(ENTRIES);
        let field = field(text);
        let found = list.find(&field).remove(0);
        let rule = &crate::lint::rules::culture_jargon::RULE;
        let diagnostic = finding(rule, &field, &found, String::new(), "");
        let mut posting = crate::model::Posting {
            summary: text.into(),
            ..crate::model::Posting::default()
        };
        crate::lint::apply_fix(&mut posting, &diagnostic.fixes[0]).expect("the fix applies");
        posting.summary
    }

    #[test]
    fn fixes_the_article_with_the_word() {
        assert_eq!(fixed("We need a rockstar."), "We need an expert.");
        assert_eq!(fixed("A rockstar wanted."), "An expert wanted.");
        assert_eq!(fixed("We need an ninja."), "We need a specialist.");
        assert_eq!(fixed("AN NINJA"), "A SPECIALIST");
        assert_eq!(fixed("the rockstar"), "the expert");
        assert_eq!(fixed("a\nrockstar"), "a\nexpert");
    }

    #[test]
    fn fix_titles_name_the_article() {
        let list = WordList::new(ENTRIES);
        let field = field("a rockstar");
        let found = list.find(&field).remove(0);
        let rule = &crate::lint::rules::culture_jargon::RULE;
        let diagnostic = finding(rule, &field, &found, String::new(), "");
        assert_eq!(diagnostic.fixes[0].title, "Replace with 'an expert'");
        assert_eq!(diagnostic.fixes[0].edits.len(), 2);
    }

    #[test]
    fn articles_follow_the_sound() {
        for (words, article) in [
            ("expert", "an"),
            ("specialist", "a"),
            ("university graduate", "a"),
            ("hour", "an"),
            ("one-off", "a"),
            ("Early-career candidate", "an"),
            ("", "a"),
        ] {
            assert_eq!(indefinite_article(words), article, "{words}");
        }
    }

    #[test]
    fn finds_anchored_matches_at_trigger_words_only() {
        let pattern = regex::Regex::new(r"(?i)^(?:lift \d+ kg|must lift)").expect("valid");
        let triggers = TriggerWords::new(&["lift", "must"]);
        let text = "We must lift 5 kg; Lift 20 kg.\nlift\n30 kg; uplift 9 kg";
        let field = field(text);
        let found: Vec<&str> = find_from_words(&field, &triggers, &pattern)
            .into_iter()
            .map(|span| &text[span])
            .collect();
        assert_eq!(found, ["must lift", "Lift 20 kg"]);
    }
}
