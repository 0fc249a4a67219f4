//! Text utilities shared by the lint engine and the importers: word tokens with byte spans,
//! sentences, lines and normalisation. No browser code, no I/O, no panics on odd text.

pub mod place;

use std::ops::Range;

pub mod html;

/// One word of a text: its byte span and its lower-case form.
///
/// A word is a run of letters and digits, with apostrophes inside it ("we're", "o'clock").
/// Hyphens, slashes and every other character separate words, so "self-starter" is two words;
/// [`gap_is_joiner`] tells a caller whether two words are joined by a hyphen or a slash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte range of the word in the text it came from.
    pub span: Range<usize>,
    /// The word in lower case, with a typographic apostrophe written as `'`.
    pub lower: Word,
    /// [`word_hash`] of `lower`, computed once so word lists can look words up cheaply.
    pub hash: u64,
}

/// Longest word (in bytes) kept inside a [`Word`] without a heap allocation.
const INLINE: usize = 22;

/// A lower-case word. Words of up to 22 bytes (nearly all of them) are stored inline, so
/// tokenising a long posting does not allocate once per word; longer ones go on the heap.
/// Reads as a `&str` (it dereferences to `str`) and compares with strings.
#[derive(Clone, PartialEq, Eq)]
pub struct Word(Repr);

#[derive(Clone, Eq)]
enum Repr {
    /// The bytes after `len` are zero, so two inline words are equal when their arrays are.
    Inline {
        len: u8,
        bytes: [u8; INLINE],
    },
    Heap(Box<str>),
}

impl PartialEq for Repr {
    /// Inline words are compared eight bytes at a time (a byte-wise `memcmp` is a loop in
    /// WebAssembly, and words are compared for every lookup).
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (
                Self::Inline { len, bytes },
                Self::Inline {
                    len: other_len,
                    bytes: other_bytes,
                },
            ) => {
                let (a, b) = (as_numbers(bytes), as_numbers(other_bytes));
                // Number by number: an array comparison would call `memcmp`.
                len == other_len && a[0] == b[0] && a[1] == b[1] && a[2] == b[2]
            }
            (Self::Heap(word), Self::Heap(other)) => word == other,
            _ => false,
        }
    }
}

/// An inline word's bytes as three numbers (the last two bytes of the third are zero).
#[inline(always)]
fn as_numbers(b: &[u8; INLINE]) -> [u64; 3] {
    [
        u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]),
        u64::from_le_bytes([b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]]),
        u64::from_le_bytes([b[16], b[17], b[18], b[19], b[20], b[21], 0, 0]),
    ]
}

impl Word {
    /// The word as a string slice.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // Always a whole `&str` copied in, so the check never fails.
            Repr::Inline { len, bytes } => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or_default()
            }
            Repr::Heap(word) => word,
        }
    }

    /// The word's UTF-8 bytes (no validation: comparisons use this). Inlined: a call per
    /// comparison showed in the WebAssembly profile.
    #[inline(always)]
    pub fn as_bytes(&self) -> &[u8] {
        match &self.0 {
            Repr::Inline { len, bytes } => &bytes[..usize::from(*len)],
            Repr::Heap(word) => word.as_bytes(),
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.as_bytes().len()
    }

    /// True for the empty word (a token never is).
    pub fn is_empty(&self) -> bool {
        self.as_bytes().is_empty()
    }

    /// The ASCII word `source` in lower case, and its [`word_hash`]: one pass over the bytes,
    /// each eight mixed into the hash as they fill (no copies: this runs for every word).
    fn ascii_lower_hashed(source: &[u8]) -> (Self, u64) {
        if source.len() > INLINE {
            let lower = String::from_utf8_lossy(source).to_ascii_lowercase();
            let hash = word_hash(&lower);
            return (Self(Repr::Heap(lower.into_boxed_str())), hash);
        }
        let mut bytes = [0u8; INLINE];
        let mut hash: u64 = 0;
        let mut chunk: u64 = 0;
        for (index, (slot, &byte)) in bytes.iter_mut().zip(source).enumerate() {
            let lower = byte | (u8::from(byte.wrapping_sub(b'A') < 26) << 5);
            *slot = lower;
            chunk |= u64::from(lower) << ((index % 8) * 8);
            if index % 8 == 7 {
                hash = mix(hash, chunk);
                chunk = 0;
            }
        }
        if !source.len().is_multiple_of(8) {
            hash = mix(hash, chunk);
        }
        let word = Self(Repr::Inline {
            len: source.len() as u8,
            bytes,
        });
        (word, hash)
    }
}

impl From<&str> for Word {
    fn from(word: &str) -> Self {
        if word.len() > INLINE {
            return Self(Repr::Heap(word.into()));
        }
        let mut bytes = [0u8; INLINE];
        bytes[..word.len()].copy_from_slice(word.as_bytes());
        Self(Repr::Inline {
            len: word.len() as u8,
            bytes,
        })
    }
}

impl From<Word> for String {
    fn from(word: Word) -> Self {
        word.as_str().to_owned()
    }
}

impl std::ops::Deref for Word {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Word {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for Word {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl std::hash::Hash for Word {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl std::fmt::Debug for Word {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), formatter)
    }
}

impl std::fmt::Display for Word {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

impl PartialEq<str> for Word {
    #[inline(always)]
    fn eq(&self, other: &str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl PartialEq<&str> for Word {
    #[inline(always)]
    fn eq(&self, other: &&str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl PartialEq<String> for Word {
    #[inline(always)]
    fn eq(&self, other: &String) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl PartialEq<Word> for &str {
    #[inline(always)]
    fn eq(&self, other: &Word) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

/// The FxHash mixing step: one 8-byte chunk into the running hash.
fn mix(hash: u64, chunk: u64) -> u64 {
    (hash.rotate_left(5) ^ chunk).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// A `Hasher` for maps keyed by a precomputed [`word_hash`] (or a hash built from several):
/// passes the `u64` through unchanged instead of hashing it again.
#[derive(Default, Clone, Copy)]
pub struct PrehashedHasher(u64);

impl std::hash::Hasher for PrehashedHasher {
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

/// A map keyed by precomputed hashes (see [`PrehashedHasher`]).
pub type PrehashedMap<V> =
    std::collections::HashMap<u64, V, std::hash::BuildHasherDefault<PrehashedHasher>>;

/// A set of word hashes that may answer "maybe" for a word not in it, never "no" for one in it
/// (one bit per hash, chosen by the hash's top 14 bits): a quick test that rules most words
/// out before a slower lookup.
#[derive(Clone)]
pub struct WordFilter(Box<[u64; 256]>);

impl WordFilter {
    /// An empty filter.
    pub fn new() -> Self {
        Self(Box::new([0; 256]))
    }

    fn bit(hash: u64) -> (usize, u64) {
        let bit = (hash >> 50) as usize;
        (bit / 64, 1 << (bit % 64))
    }

    /// Adds a word by its [`word_hash`].
    pub fn insert(&mut self, hash: u64) {
        let (word, bit) = Self::bit(hash);
        self.0[word] |= bit;
    }

    /// False only when the word with this hash was never inserted.
    pub fn may_contain(&self, hash: u64) -> bool {
        let (word, bit) = Self::bit(hash);
        self.0[word] & bit != 0
    }
}

/// The [`word_hash`] of each word, in order, and a [`WordFilter`] of them: a set of a few dozen
/// words looked up by hash, where the filter turns most other words away before the scan.
pub fn hashes_of(words: &[&str]) -> (WordFilter, Vec<u64>) {
    let hashes: Vec<u64> = words.iter().map(|word| word_hash(word)).collect();
    let mut filter = WordFilter::new();
    for &hash in &hashes {
        filter.insert(hash);
    }
    (filter, hashes)
}

impl Default for WordFilter {
    fn default() -> Self {
        Self::new()
    }
}

/// A word's key in the word lists' first-word filters: the top 12 bits of its [`word_hash`]
/// (so a filter is 4,096 bits). `lint::FieldText` keeps one per token, two bytes each, so a
/// scan for the words a list may start with reads those rather than the tokens.
#[inline(always)]
pub fn filter_key(hash: u64) -> u16 {
    (hash >> 52) as u16
}

/// A fast, stable hash of a (lower-case) word: the FxHash mixing step over 8-byte chunks.
/// Not for untrusted keys; for matching words against fixed word lists.
pub fn word_hash(word: &str) -> u64 {
    let mut hash: u64 = 0;
    for chunk in word.as_bytes().chunks(8) {
        let mut bytes = [0u8; 8];
        bytes[..chunk.len()].copy_from_slice(chunk);
        hash = mix(hash, u64::from_le_bytes(bytes));
    }
    hash
}

impl Token {
    /// The word as written, read from the text the token came from.
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        source.get(self.span.clone()).unwrap_or("")
    }
}

/// The character starting at byte `index` of `text` (a character boundary), if any.
fn char_at(text: &str, index: usize) -> Option<char> {
    text.get(index..).and_then(|rest| rest.chars().next())
}

/// Splits `text` into words with byte spans.
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize_marked(text).tokens
}

/// What [`tokenize_marked`] reads off a text in its one pass.
pub struct Tokenized {
    /// The words, as [`tokenize`] gives them.
    pub tokens: Vec<Token>,
    /// For each token, whether white space (`char::is_whitespace`) stands between it and the
    /// token before (or the start of the text): where a word a reader counts starts
    /// ("on-board" is one word of two tokens).
    pub spaced: Vec<bool>,
    /// Byte offsets, in order, of the ASCII symbols searches start from: `[`, `<`, `{`, `$`,
    /// `:`, `/` and `]` ([`MARK_BYTE`]). A search for a bracketed placeholder or a link visits these
    /// instead of reading every byte again.
    pub marks: Vec<u32>,
}

/// [`tokenize`], with what the same pass sees of the bytes between the words ([`Tokenized`]).
pub fn tokenize_marked(text: &str) -> Tokenized {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 6 + 1);
    let mut spaced = Vec::with_capacity(tokens.capacity());
    let mut marks = Vec::new();
    let mut space_before = false;
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        let width = match BYTE_CLASS[usize::from(byte)] {
            WORD_BYTE => 1,
            SPACE_BYTE => {
                space_before = true;
                index += 1;
                continue;
            }
            OTHER_BYTE => {
                index += 1;
                continue;
            }
            MARK_BYTE => {
                marks.push(index as u32);
                index += 1;
                continue;
            }
            _ => {
                let (is_word, width) = classify(text, index);
                if !is_word {
                    space_before |= char_at(text, index).is_some_and(char::is_whitespace);
                    index += width;
                    continue;
                }
                width
            }
        };
        spaced.push(space_before);
        space_before = false;
        let start = index;
        let mut ascii = width == 1;
        index += width;
        // The rest of the word: letters and digits, and apostrophes with a letter or digit after.
        while index < bytes.len() {
            let byte = bytes[index];
            if BYTE_CLASS[usize::from(byte)] == WORD_BYTE {
                index += 1;
                continue;
            }
            if byte == b'\'' && classify(text, index + 1).0 {
                index += 1;
                continue;
            }
            if byte.is_ascii() {
                break;
            }
            let Some(character) = char_at(text, index) else {
                break;
            };
            let width = character.len_utf8();
            let continues = character.is_alphanumeric()
                || (is_apostrophe(character) && classify(text, index + width).0);
            if !continues {
                break;
            }
            ascii = false;
            index += width;
        }
        tokens.push(make_token(text, start..index, ascii));
    }
    Tokenized {
        tokens,
        spaced,
        marks,
    }
}

/// [`BYTE_CLASS`] of an ASCII letter or digit.
const WORD_BYTE: u8 = 0;
/// [`BYTE_CLASS`] of ASCII white space (as `char::is_whitespace` reads it).
const SPACE_BYTE: u8 = 1;
/// [`BYTE_CLASS`] of any other ASCII byte.
const OTHER_BYTE: u8 = 2;
/// [`BYTE_CLASS`] of a byte of a character outside ASCII, read as a character.
const NON_ASCII_BYTE: u8 = 3;
/// [`BYTE_CLASS`] of the ASCII symbols whose offsets [`Tokenized::marks`] keeps.
pub const MARK_BYTE: u8 = 4;

/// How the tokenizer reads each byte: one table lookup instead of several comparisons.
static BYTE_CLASS: [u8; 256] = {
    let mut table = [NON_ASCII_BYTE; 256];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = match byte as u8 {
            b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' => WORD_BYTE,
            b' ' | b'\t'..=b'\r' => SPACE_BYTE,
            b'[' | b']' | b'<' | b'{' | b'$' | b':' | b'/' => MARK_BYTE,
            _ => OTHER_BYTE,
        };
        byte += 1;
    }
    table
};

/// Whether the character at byte `index` (a character boundary) is a letter or digit, and its
/// width in bytes; `(false, 1)` past the end.
fn classify(text: &str, index: usize) -> (bool, usize) {
    match text.as_bytes().get(index) {
        None => (false, 1),
        Some(byte) if byte.is_ascii() => (byte.is_ascii_alphanumeric(), 1),
        Some(_) => match char_at(text, index) {
            Some(character) => (character.is_alphanumeric(), character.len_utf8()),
            None => (false, 1),
        },
    }
}

fn is_apostrophe(character: char) -> bool {
    character == '\'' || character == '\u{2019}'
}

fn make_token(text: &str, span: Range<usize>, ascii: bool) -> Token {
    if ascii {
        let source = text.as_bytes().get(span.clone()).unwrap_or_default();
        let (lower, hash) = Word::ascii_lower_hashed(source);
        return Token { span, lower, hash };
    }
    let word = text.get(span.clone()).unwrap_or_default();
    let lower: String = word
        .chars()
        .flat_map(char::to_lowercase)
        .map(|character| {
            if character == '\u{2019}' {
                '\''
            } else {
                character
            }
        })
        .collect();
    let hash = word_hash(&lower);
    Token {
        span,
        lower: Word::from(lower.as_str()),
        hash,
    }
}

/// True when the characters between two words only join them: spaces, one hyphen or dash, or a
/// slash ("his/her", "self-starter", "work hard, play hard" is not joined because of the comma).
pub fn gap_is_joiner(gap: &str) -> bool {
    gap.chars().all(|character| {
        character.is_whitespace() || matches!(character, '-' | '/' | '\u{2010}' | '\u{2013}')
    }) && !gap.contains('\n')
}

/// Abbreviations whose full stop does not end a sentence, even before a capital ("the U.S.
/// Department", "8 a.m. Monday"), lower case.
const ABBREVIATIONS: &[&str] = &[
    "u.s.", "u.k.", "e.g.", "i.e.", "a.m.", "p.m.", "mr.", "mrs.", "ms.", "dr.", "vs.",
];

/// True when the word ending with the full stop at `dot` is one of [`ABBREVIATIONS`].
fn ends_abbreviation(text: &str, dot: usize) -> bool {
    let before = &text[..=dot];
    let word_start = before
        .rfind(char::is_whitespace)
        .map_or(0, |index| index + 1);
    let word = before[word_start..].trim_start_matches(|c: char| !c.is_alphanumeric());
    ABBREVIATIONS
        .iter()
        .any(|abbreviation| word.eq_ignore_ascii_case(abbreviation))
}

/// Byte ranges of the sentences of `text`, trimmed. A sentence ends at `.`, `!` or `?` followed
/// by white space (or the end), and at every line break: list items and headings are separate
/// sentences even without a full stop. Decimal points and "e.g." inside a line do not end one
/// unless followed by white space and an upper-case letter or digit (opening brackets, quotes
/// and emphasis marks before it are skipped: ". [Our team](...)" ends one); the full stop of
/// "U.S.", "e.g.", "i.e.", "a.m.", "p.m." and a few titles ("Dr.") never does.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        // Most bytes end nothing: skip to the next line break or sentence mark.
        match bytes[index..]
            .iter()
            .position(|byte| matches!(byte, b'\n' | b'.' | b'!' | b'?'))
        {
            Some(offset) => index += offset,
            None => break,
        }
        let byte = bytes[index];
        let end_here = match byte {
            b'\n' => Some(index),
            b'.' | b'!' | b'?' => {
                let after = &text[index + 1..];
                let mut rest = after.chars();
                match rest.next() {
                    None => Some(index + 1),
                    Some(next) if next.is_whitespace() => {
                        let mut following = after
                            .trim_start()
                            .trim_start_matches(|c: char| {
                                matches!(
                                    c,
                                    '[' | '(' | '"' | '\'' | '*' | '_' | '\u{201c}' | '\u{2018}'
                                )
                            })
                            .chars();
                        // (A name written with a small first letter, "iOS" or "eBay", starts
                        // a sentence too.)
                        let starts = match (following.next(), following.next()) {
                            (None, _) => true,
                            (Some(c), next) => {
                                c.is_uppercase()
                                    || c.is_numeric()
                                    || c.is_lowercase() && next.is_some_and(char::is_uppercase)
                            }
                        };
                        let ends = byte != b'.'
                            || after.starts_with('\n')
                            || starts && !ends_abbreviation(text, index);
                        ends.then_some(index + 1)
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some(end) = end_here {
            push_trimmed(text, start..end, &mut ranges);
            start = end;
        }
        index += 1;
    }
    push_trimmed(text, start..text.len(), &mut ranges);
    ranges
}

fn push_trimmed(text: &str, range: Range<usize>, ranges: &mut Vec<Range<usize>>) {
    let Some(slice) = text.get(range.clone()) else {
        return;
    };
    let leading = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if trimmed.is_empty() {
        return;
    }
    let start = range.start + leading;
    ranges.push(start..start + trimmed.len());
}

/// Byte ranges of the parts of `text` a reader does not read as words: Markdown link and image
/// targets (`[words](https://...)` keeps "words"), autolinks (`<https://...>`) and bare
/// addresses (`https://...`, `www.example.com`, `example.com/path`). Sorted, not overlapping.
pub fn unread_spans(text: &str) -> Vec<Range<usize>> {
    let Tokenized { tokens, marks, .. } = tokenize_marked(text);
    unread_spans_marked(text, &tokens, &marks)
}

/// [`unread_spans`] of a text already tokenised. Only lines holding where a form can start are
/// searched: a `/` after a scheme or a host ([`may_end_link_host`]) or a `](` (from the
/// tokenizer's `marks`), `<` and a scheme, or the word "www"
/// before a dot. Every form holds one of them; a `](` line is searched with the line after it,
/// where a link's title may stand.
pub fn unread_spans_marked(text: &str, tokens: &[Token], marks: &[u32]) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    // Each place a form may start, and whether its match may run onto the next line.
    let mut at: Vec<(usize, bool)> = Vec::new();
    for &mark in marks {
        let mark = mark as usize;
        match bytes[mark] {
            b'/' if may_end_link_host(&bytes[..mark]) => at.push((mark, false)),
            b']' if bytes.get(mark + 1) == Some(&b'(') => at.push((mark, true)),
            b'<' if starts_with_scheme(&bytes[mark + 1..]) => at.push((mark, false)),
            _ => {}
        }
    }
    for token in tokens {
        if token.lower == "www" && bytes.get(token.span.end) == Some(&b'.') {
            at.push((token.span.start, false));
        }
    }
    if at.is_empty() {
        return Vec::new();
    }
    crate::sort::sort(&mut at);
    let pattern = link_pattern();
    let line_end = |from: usize| {
        text[from..]
            .find('\n')
            .map_or(text.len(), |newline| from + newline)
    };
    let mut spans = Vec::new();
    let mut next = 0;
    while let Some(&(position, _)) = at.get(next) {
        let start = text[..position]
            .rfind('\n')
            .map_or(0, |newline| newline + 1);
        let mut end = line_end(position);
        // Take in every place on the lines searched, and the next line while one may run on.
        loop {
            let mut onto_next_line = false;
            while let Some(&(place, onto)) = at.get(next).filter(|(place, _)| *place < end) {
                debug_assert!(place >= start);
                onto_next_line |= onto;
                next += 1;
            }
            if !onto_next_line || end >= text.len() {
                break;
            }
            end = line_end(end + 1);
        }
        spans.extend(
            pattern
                .find_iter(&text[start..end])
                .map(|found| start + found.start()..start + found.end()),
        );
    }
    spans
}

/// Compiles a regular expression written in Postwright's own source.
///
/// Every pattern the rules and importers use is source text: a literal, or `format!` and
/// `concat!` over literals and constants, never words from a posting, a file or storage, so
/// whether it compiles does not depend on anything a user does. A pattern that did not compile
/// would be a bug of ours that the first test reaching it shows; this is the one place the
/// crate unwraps a `Result` (Cargo.toml denies `clippy::unwrap_used` and `clippy::expect_used`
/// outside tests). Patterns built from user data (a house-style file's words) are compiled with
/// `Regex::new` and their error reported.
#[allow(clippy::expect_used)]
#[track_caller]
pub fn compile_pattern(source: &str) -> regex::Regex {
    regex::Regex::new(source).expect("a pattern written in Postwright's source compiles")
}

/// True when a `/` after `before` may belong to a link the pattern finds: after a scheme's
/// colon ("https://"), or after a host's top-level domain (`.` and two or more letters, as in
/// "example.com/jobs"). "and/or", "CI/CD" and "24/7" are no link, and their lines are not
/// searched. (A character outside ASCII before the slash is left to the pattern: under `(?i)`
/// a few of them match `[a-z]`.)
fn may_end_link_host(before: &[u8]) -> bool {
    if before.last() == Some(&b':') {
        return true;
    }
    let mut letters = 0;
    for &byte in before.iter().rev() {
        match byte {
            b'a'..=b'z' | b'A'..=b'Z' => letters += 1,
            b'.' => return letters >= 2,
            byte if !byte.is_ascii() => return true,
            _ => return false,
        }
    }
    false
}

/// The pattern of every form [`unread_spans`] finds.
fn link_pattern() -> &'static regex::Regex {
    static PATTERN: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(
            r##"(?xi)
            \]\([^)\s]*(?:\s+"[^"]*")?\)                # ](target) or ](target "title")
            | <(?:https?|ftp|mailto):[^>\s]*>           # <https://...>
            | (?:https?://|ftp://|www\.)[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'"]
            | (?-u:\b)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/(?:[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'"])?
            "##,
        )
    })
}

/// Whether `bytes` start with a scheme an autolink (`<https://...>`) can have, in any case.
fn starts_with_scheme(bytes: &[u8]) -> bool {
    ["http", "ftp:", "mailto:"].iter().any(|scheme| {
        bytes
            .get(..scheme.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(scheme.as_bytes()))
    })
}

/// The line of `text` that holds the byte offset `at`, without its line break. Reads only that
/// line's bytes, so it is cheap in a long field.
pub fn line_at(text: &str, at: usize) -> &str {
    let at = at.min(text.len());
    let start = text[..at].rfind('\n').map_or(0, |newline| newline + 1);
    let end = text[at..]
        .find('\n')
        .map_or(text.len(), |newline| at + newline);
    &text[start..end]
}

/// The sentence of `text` that holds the byte offset `at`, given the text's [`sentences`]
/// (worked out once by the caller: `lint::FieldText` keeps them per field).
pub fn sentence_at<'t>(text: &'t str, sentences: &[Range<usize>], at: usize) -> Option<&'t str> {
    sentence_range_at(sentences, at).and_then(|sentence| text.get(sentence))
}

/// The byte range of the sentence of `sentences` that holds the byte offset `at`, if any.
pub fn sentence_range_at(sentences: &[Range<usize>], at: usize) -> Option<Range<usize>> {
    // Sentences are in order and do not overlap: the first that ends after `at` is the only
    // one that can hold it.
    let index = sentences.partition_point(|sentence| sentence.end <= at);
    sentences
        .get(index)
        .filter(|sentence| sentence.start <= at)
        .cloned()
}

/// True when `sentence` holds "not", "never", "cannot" or a word in "n't" as a whole word, the
/// words that deny a demand ("do not send a photo", "you will never be called in", "we don't
/// ask"); "whenever the contractor requires" denies nothing.
pub fn has_denial_word(sentence: &str) -> bool {
    sentence
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .any(|word| {
            word.eq_ignore_ascii_case("not")
                || word.eq_ignore_ascii_case("never")
                || word.eq_ignore_ascii_case("cannot")
                || word.to_lowercase().ends_with("n't")
                || word.to_lowercase().ends_with("n’t")
        })
}

/// True when a sentence speaks of somebody else's on-call duty, there for the reader: "A
/// nurse is always on call to support you", "escalations go to the engineer on call, not to
/// you", "Your nurse supervisor is on call 24/7", "A mechanic is on call every night", "At
/// night, the hospital's site team is on call to support the ward". The importer does not
/// read such a sentence as the role's on-call duty, and `on-call-disclosure` does not flag it.
///
/// Somebody else is the subject of "is on call" when the clause names them with an article
/// or a possessive ("a", "the", "your", "our") and names no one the reader is or belongs to
/// ("the successful candidate", "this role", "our team", "each engineer", "you").
pub fn others_on_call(sentence: &str) -> bool {
    const HELPING: &[&str] = &[
        "support", "help", "assist", "back", "advise", "answer", "guide",
    ];
    let tokens = tokenize(sentence);
    let words: Vec<&str> = tokens.iter().map(|token| &*token.lower).collect();
    let word = |index: usize| words.get(index).copied().unwrap_or("");
    (0..words.len()).any(|i| {
        // "not you", "not to you"
        let not_you = word(i) == "not"
            && (word(i + 1) == "you" || word(i + 1) == "to" && word(i + 2) == "you");
        // "Your supervisor is on call", "a mechanic is on call"
        let someone_else = word(i) == "on"
            && word(i + 1) == "call"
            && someone_else_is_on_call(sentence, &tokens, i);
        // "go to the engineer on call", "page the on-call nurse": somebody the work is
        // handed to.
        let handed_to = word(i) == "on" && word(i + 1) == "call" && handed_to_on_call(&words, i);
        // "An on-call manager is always available to the night team", "the on-call manager
        // arranges cover": a manager or clinician on call for the team, not the reader ("you
        // will be the on-call engineer", "act as the on-call manager" are).
        // ("Decide with our on-call medical officer who needs transfer": one word may stand
        // between.)
        let backup = word(i) == "on"
            && word(i + 1) == "call"
            && (ON_CALL_BACKUP.contains(&word(i + 2))
                || (ON_CALL_BACKUP.contains(&word(i + 3))
                    && !ON_CALL_DUTY_WORDS.contains(&word(i + 2))))
            && i.checked_sub(1)
                .is_some_and(|at| matches!(word(at), "a" | "an" | "the" | "our"))
            && i.checked_sub(2)
                .is_none_or(|at| !matches!(word(at), "be" | "as" | "is" | "are"));
        // "If our systems go down at night, the engineer on call handles it": a person on
        // call as the subject of what follows ("you will be the engineer on call" is the
        // reader).
        let subject = word(i) == "on"
            && word(i + 1) == "call"
            && i >= 2
            && matches!(word(i - 2), "the" | "a" | "an" | "our")
            && !matches!(word(i - 1), "you" | "role" | "position" | "person")
            && (i < 3 || !matches!(word(i - 3), "be" | "as" | "is" | "are" | "become"))
            && (matches!(
                word(i + 2),
                "will" | "can" | "handles" | "takes" | "deals" | "is"
            ) || word(i + 2).len() > 3
                && word(i + 2).ends_with('s')
                && !matches!(
                    word(i + 2),
                    "shifts" | "hours" | "days" | "nights" | "weekends" | "weeks" | "duties"
                ));
        if not_you || someone_else || handed_to || backup || subject {
            return true;
        }
        // "on call to support you", "on call who can help you"
        word(i) == "on" && word(i + 1) == "call" && {
            let verb = match (word(i + 2), word(i + 3)) {
                ("to", _) => i + 3,
                ("who", "can" | "will") => i + 4,
                _ => return false,
            };
            let object = if word(verb) == "back" && word(verb + 1) == "up" {
                verb + 2
            } else {
                verb + 1
            };
            HELPING.contains(&word(verb)) && word(object) == "you"
        }
    })
}

/// Whether the "on call" at word `at` names somebody the work is handed to: a preposition or a
/// verb of reaching, an article, and the person ("escalations go to the engineer on call",
/// "page the on-call nurse", "contact the manager on call").
fn handed_to_on_call(words: &[&str], at: usize) -> bool {
    const HANDED: &[&str] = &[
        "to", "with", "from", "by", "via", "contact", "call", "page", "ask", "reach", "pages",
        "calls", "contacts",
    ];
    const ARTICLES: &[&str] = &["the", "a", "an", "our", "your"];
    let word = |index: Option<usize>| index.and_then(|index| words.get(index)).copied();
    // "the on-call nurse" or "the nurse on call".
    let article = if word(at.checked_sub(1)).is_some_and(|word| ARTICLES.contains(&word)) {
        at.checked_sub(1)
    } else {
        at.checked_sub(2)
            .filter(|index| ARTICLES.contains(&words[*index]))
            .filter(|_| word(at.checked_sub(1)).is_none_or(|word| word != "you"))
    };
    let Some(article) = article else {
        return false;
    };
    // "with the on-call rota", "to the on-call allowance": the duty itself, not a person.
    let duty_after = article + 1 == at
        && word(Some(at + 2)).is_some_and(|word| ON_CALL_DUTY_WORDS.contains(&word));
    !duty_after && word(article.checked_sub(1)).is_some_and(|word| HANDED.contains(&word))
}

/// People on call to back a team up ("an on-call manager is always available").
const ON_CALL_BACKUP: &[&str] = &[
    "manager",
    "managers",
    "supervisor",
    "supervisors",
    "nurse",
    "doctor",
    "gp",
    "clinician",
    "physician",
    "senior",
    "director",
    "officer",
    "consultant",
    "registrar",
    "pharmacist",
    "surgeon",
];

/// Words after "on-call" that name the duty rather than a person on it ("on-call rota").
const ON_CALL_DUTY_WORDS: &[&str] = &[
    "rota",
    "rotas",
    "rotation",
    "rotations",
    "schedule",
    "schedules",
    "duty",
    "duties",
    "shift",
    "shifts",
    "week",
    "weeks",
    "weekend",
    "weekends",
    "pager",
    "phone",
    "allowance",
    "pay",
    "stipend",
    "policy",
    "cover",
    "coverage",
    "work",
    "hours",
    "load",
    "burden",
];

/// Whether the subject of the "on call" at token `at` ("... is on call") is somebody other
/// than the reader (see [`others_on_call`]).
fn someone_else_is_on_call(sentence: &str, tokens: &[Token], at: usize) -> bool {
    /// Words between the verb and "on call" ("is always on call").
    const ADVERBS: &[&str] = &[
        "always",
        "also",
        "usually",
        "normally",
        "typically",
        "still",
        "often",
        "generally",
    ];
    /// Words that name a person or team by what they are to someone: somebody else's.
    const DETERMINERS: &[&str] = &["a", "an", "the", "your", "our", "their", "his", "her"];
    /// Words that name the reader, or a group the reader is part of.
    const READER: &[&str] = &[
        "you",
        "yourself",
        "role",
        "position",
        "job",
        "post",
        "postholder",
        "candidate",
        "candidates",
        "applicant",
        "applicants",
        "hire",
        "incumbent",
        "successful",
        "we",
        "us",
        "everyone",
        "everybody",
        "each",
        "every",
        "all",
        "whoever",
        "team",
        "crew",
        "rota",
        "rotation",
        "member",
        "members",
        "staff",
        "colleague",
        "colleagues",
    ];
    let mut verb = at;
    while verb > 0 && ADVERBS.contains(&&*tokens[verb - 1].lower) {
        verb -= 1;
    }
    let Some(verb) = verb.checked_sub(1) else {
        return false;
    };
    let subject_end = match &*tokens[verb].lower {
        "is" | "remains" | "stays" => verb,
        "be" if verb > 0 && matches!(&*tokens[verb - 1].lower, "will" | "can" | "may") => verb - 1,
        _ => return false,
    };
    // The clause starts after the last comma, semicolon, colon or bracket before the verb, or
    // after a full stop that [`sentences`] took for an abbreviation's ("5:00 p.m. Your
    // supervisor is on call").
    let clause_start = (1..=subject_end)
        .rev()
        .find(|index| {
            sentence
                .get(tokens[index - 1].span.end..tokens[*index].span.start)
                .is_some_and(|gap| {
                    gap.contains([',', ';', ':', '(', ')'])
                        || gap.trim_end().ends_with(['.', '!', '?']) && gap.ends_with(' ')
                })
        })
        .unwrap_or(0);
    let subject = &tokens[clause_start..subject_end];
    let Some(first) = subject.first() else {
        return false;
    };
    // "the hospital's site team": a team named as somebody else's.
    let possessed = subject
        .iter()
        .any(|token| token.lower.ends_with("'s") && !matches!(&*token.lower, "it's" | "that's"));
    // "On nights when Marcus is traveling and Priya is on call": a person named just before
    // the verb, not at the start of the sentence.
    let named = subject_end > 1
        && sentence
            .get(tokens[subject_end - 1].span.clone())
            .is_some_and(|word| word.starts_with(|c: char| c.is_uppercase()))
        && !READER.contains(&&*tokens[subject_end - 1].lower);
    // "Mom is a surgeon; she is on call at the hospital": a lone "he" or "she" is a person the
    // posting has named ("he or she" would be the generic candidate).
    let pronoun = subject.len() == 1 && matches!(&*first.lower, "he" | "she");
    named
        || pronoun
        || DETERMINERS.contains(&&*first.lower)
            && subject.iter().all(|token| {
                !READER.contains(&&*token.lower)
                    || possessed && !matches!(&*token.lower, "you" | "yourself" | "we" | "us")
            })
}

/// Where a recruitment agency's e-mail signature starts in `text`, if it ends with one: a
/// last paragraph (or the whole text) of at most eight lines that opens with a person's name
/// (two to four capitalised words, perhaps after a sign-off such as "Kind regards,"), holds
/// an e-mail address or a phone number and names an agency or a recruiter: "Daniel Hartigan /
/// Senior Consultant / Brightwire Recruitment Ltd / 14 King Street, Manchester M2 6AZ / T:
/// 0161 496 0732". The places in it are the agency's office, not the job's.
pub fn signature_start(text: &str) -> Option<usize> {
    // Most texts have no e-mail address and few figures: done with two byte scans.
    if !text.contains('@') && text.bytes().filter(u8::is_ascii_digit).nth(8).is_none() {
        return None;
    }
    let trimmed = text.trim_end();
    // (A list item may be the signature whole.)
    let start = trimmed.rfind("\n\n").map_or(0, |at| at + 2);
    let block = &trimmed[start..];
    let block_lines: Vec<&str> = block.lines().map(str::trim).collect();
    if block_lines.len() < 2 || block_lines.len() > 8 || block.len() > 500 {
        return None;
    }
    let is_sign_off = |line: &str| {
        line.ends_with([',', '!'])
            && line.split_whitespace().count() <= 4
            && line.starts_with(|c: char| c.is_uppercase())
    };
    let first = usize::from(is_sign_off(block_lines[0]));
    let name = block_lines.get(first)?;
    let name_words: Vec<&str> = name.split_whitespace().collect();
    let is_name = (2..=4).contains(&name_words.len())
        && name_words.iter().all(|word| {
            word.starts_with(|c: char| c.is_uppercase())
                && word
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.'))
        });
    let reachable = || {
        block_lines
            .iter()
            .any(|line| line.contains('@') || line.bytes().filter(u8::is_ascii_digit).count() >= 9)
    };
    if !is_name || !reachable() {
        return None;
    }
    // An agency's signature: an employer's own names its workplace ("Mary Shaw, Owner, Shaw's
    // Bakery, 12 Bridge Street, Hebden Bridge").
    let lower = block.to_lowercase();
    let agency = [
        "recruit",
        "staffing",
        "personnel",
        "resourcing",
        "search",
        "consultant",
        "labour hire",
        "labor hire",
        "agency",
        "talent partners",
        "headhunt",
    ]
    .iter()
    .any(|word| lower.contains(word));
    agency.then_some(start)
}

/// Byte ranges of the non-empty lines of `text`, without the line break.
pub fn lines(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    // `split` finds the line breaks a machine word at a time, not byte by byte.
    for line in text.split('\n') {
        let end = start + line.len();
        if !line.trim().is_empty() {
            ranges.push(start..end);
        }
        start = end + 1;
    }
    ranges
}

/// One-based line and column (in characters) of a byte offset; offsets past the end or inside a
/// character are clamped to the nearest earlier character boundary.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    LineColumns::new(text).of(offset)
}

/// [`line_column`] for many offsets of one text: each answer reads on from the offset asked
/// before (from the start again for an earlier one), so offsets asked in increasing order
/// read the text once, not once each.
#[derive(Clone, Debug)]
pub struct LineColumns<'a> {
    text: &'a str,
    /// The last offset answered, and its line and column.
    at: usize,
    line: usize,
    column: usize,
}

impl<'a> LineColumns<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            at: 0,
            line: 1,
            column: 1,
        }
    }

    /// One-based line and column of `offset`, as [`line_column`] gives them.
    pub fn of(&mut self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        if offset < self.at {
            *self = Self::new(self.text);
        }
        let passed = &self.text[self.at..offset];
        match passed.rfind('\n') {
            Some(last) => {
                self.line += passed.matches('\n').count();
                self.column = passed[last + 1..].chars().count() + 1;
            }
            None => self.column += passed.chars().count(),
        }
        self.at = offset;
        (self.line, self.column)
    }
}

/// `text` as a sentence for people to read: its first letter capitalised and a full stop at the
/// end, unless it already ends a sentence (`.`, `!`, `?`, `…`, also before a closing quote or
/// bracket). Text that starts with a quotation mark keeps its case: the quoted words are the
/// user's own. Surrounding white space is trimmed; empty text stays empty.
pub fn as_sentence(text: &str) -> String {
    let text = text.trim();
    let mut sentence = String::with_capacity(text.len() + 1);
    let mut characters = text.chars();
    if let Some(first) = characters.next() {
        sentence.extend(first.to_uppercase());
        sentence.push_str(characters.as_str());
    }
    let ended = sentence
        .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')', ']'])
        .ends_with(['.', '!', '?', '\u{2026}']);
    if !sentence.is_empty() && !ended {
        sentence.push('.');
    }
    sentence
}

/// True when `text` contains `needle` (ASCII letters compared without regard to case). A cheap
/// test that rules out text before a slower search that needs the word.
pub fn contains_ignore_ascii_case(text: &str, needle: &str) -> bool {
    let (bytes, needle) = (text.as_bytes(), needle.as_bytes());
    let Some(&first) = needle.first() else {
        return true;
    };
    let first = first.to_ascii_lowercase();
    let mut start = 0;
    while start + needle.len() <= bytes.len() {
        // The next place the first byte stands, found in one search.
        match bytes[start..]
            .iter()
            .position(|byte| byte.to_ascii_lowercase() == first)
        {
            Some(offset) => start += offset,
            None => return false,
        }
        if bytes
            .get(start..start + needle.len())
            .is_some_and(|here| here.eq_ignore_ascii_case(needle))
        {
            return true;
        }
        start += 1;
    }
    false
}

/// True when the bytes at `at` are `word`, ASCII letters compared without case (false past the
/// end): the check behind a one-pass scan for a few words.
pub fn ascii_word_at(bytes: &[u8], at: usize, word: &[u8]) -> bool {
    bytes
        .get(at..at + word.len())
        .is_some_and(|there| there.eq_ignore_ascii_case(word))
}

/// True when `text` contains `needle`, byte for byte: where the needle's first byte stands,
/// the rest is compared. For short needles in short texts (a rule's words in one field) this
/// is cheaper than `str::contains`, which prepares a two-way searcher for every call.
pub fn contains_bytes(text: &str, needle: &str) -> bool {
    let (bytes, needle) = (text.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    let mut start = 0;
    while let Some(offset) = bytes
        .get(start..)
        .and_then(|tail| tail.iter().position(|&byte| byte == first))
    {
        let at = start + offset;
        if bytes[at + 1..].starts_with(rest) {
            return true;
        }
        start = at + 1;
    }
    false
}

/// `value` with `places` decimals ("3.0", "17.5" with one place; "42" with none), rounded half
/// away from zero, or with `places` up to 6 and trailing zeros dropped when `trim` is set
/// ("17.555", "92480"). Every number the app shows is written with this (or with integer
/// formatting): `f64`'s own `Display` would put about 15 KB of float-printing code in the wasm.
pub fn decimal(value: f64, places: u32, trim: bool) -> String {
    let places = places.min(6);
    let scale = 10_i128.pow(places);
    let scaled = (value * scale as f64).round();
    if !scaled.is_finite() || scaled.abs() > 1e30 {
        return String::from(if value.is_nan() { "NaN" } else { "∞" });
    }
    let scaled = scaled as i128;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, fraction) = (scaled.abs() / scale, scaled.abs() % scale);
    let mut fraction = if places == 0 {
        String::new()
    } else {
        let digits = fraction.to_string();
        let zeros = "0".repeat(places as usize - digits.len());
        format!("{zeros}{digits}")
    };
    if trim {
        fraction.truncate(fraction.trim_end_matches('0').len());
    }
    if fraction.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction}")
    }
}

/// Number of words in `text`.
pub fn word_count(text: &str) -> usize {
    tokenize(text).len()
}

/// Writes `replacement` with the capitalisation of `original`: all capitals stay all capitals
/// (for words longer than one letter), a capital first letter stays capital, anything else is
/// left as the replacement is written.
pub fn match_case(original: &str, replacement: &str) -> String {
    let letters: Vec<char> = original.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return replacement.to_uppercase();
    }
    if letters.first().is_some_and(|c| c.is_uppercase()) {
        let mut characters = replacement.chars();
        return match characters.next() {
            Some(first) => first.to_uppercase().chain(characters).collect(),
            None => String::new(),
        };
    }
    replacement.to_owned()
}

/// A crude English stem for comparing wordings: lower case, common endings removed
/// ("designing", "designs", "designed" -> "design").
pub fn stem(word: &str) -> &str {
    const ENDINGS: [&str; 9] = [
        "ations", "ation", "ings", "ing", "ies", "ed", "es", "ly", "s",
    ];
    // Every ending ends in one of these letters: most words are done after one look.
    if !matches!(
        word.as_bytes().last(),
        Some(b's' | b'n' | b'g' | b'd' | b'y')
    ) {
        return word;
    }
    for ending in ENDINGS {
        if word.len() > ending.len() + 2 && word.ends_with(ending) {
            return &word[..word.len() - ending.len()];
        }
    }
    word
}

/// Short function words that carry no meaning of their own in a comparison.
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it",
    "its", "of", "on", "or", "our", "so", "that", "the", "their", "this", "to", "we", "with",
    "you", "your",
];

/// True for short function words that carry no meaning of their own in a comparison.
pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.contains(&word)
}

/// [`is_stop_word`] for a token, by its precomputed hash: one lookup instead of comparing the
/// word with each stop word.
pub fn is_stop_token(token: &Token) -> bool {
    static HASHES: std::sync::OnceLock<(WordFilter, Vec<u64>)> = std::sync::OnceLock::new();
    let (filter, hashes) = HASHES.get_or_init(|| hashes_of(STOP_WORDS));
    filter.may_contain(token.hash)
        && hashes
            .iter()
            .position(|hash| *hash == token.hash)
            .is_some_and(|at| token.lower == STOP_WORDS[at])
}

#[cfg(test)]
mod tests {
    #[test]
    fn ascii_words_are_lower_cased_and_hashed_as_word_hash_does() {
        // Every ASCII byte a word may hold, at every length an inline word has, in every
        // position of its eight-byte chunk.
        let alphabet: Vec<u8> = (b'0'..=b'9')
            .chain(b'A'..=b'Z')
            .chain(b'a'..=b'z')
            .chain([b'\'', b'@', b'[', b'`', b'{'])
            .collect();
        for length in 1..=super::INLINE {
            for offset in 0..alphabet.len() {
                let source: Vec<u8> = (0..length)
                    .map(|at| alphabet[(offset + at * 7) % alphabet.len()])
                    .collect();
                let (word, hash) = super::Word::ascii_lower_hashed(&source);
                let expected = String::from_utf8(source.to_ascii_lowercase()).unwrap();
                assert_eq!(word.as_str(), expected);
                assert_eq!(word, super::Word::from(expected.as_str()));
                assert_eq!(hash, super::word_hash(&expected), "{expected}");
            }
        }
    }

    #[test]
    fn tokens_know_whether_white_space_comes_before_them() {
        let Tokenized { tokens, spaced, .. } =
            tokenize_marked("on-board\u{a0}team,now\tand\u{2014}then 'x");
        let words: Vec<&str> = tokens.iter().map(|token| token.lower.as_str()).collect();
        assert_eq!(words, ["on", "board", "team", "now", "and", "then", "x"]);
        assert_eq!(spaced, [false, false, true, false, true, false, true]);
    }

    #[test]
    fn the_line_at_an_offset_is_that_line_alone() {
        let text = "first line\nsecond line\nthird";
        assert_eq!(super::line_at(text, 0), "first line");
        assert_eq!(super::line_at(text, 13), "second line");
        assert_eq!(super::line_at(text, text.len()), "third");
    }

    #[test]
    fn denial_words_are_whole_words() {
        assert!(has_denial_word("Do not send a photo."));
        assert!(has_denial_word("You won’t be called in."));
        assert!(!has_denial_word(
            "Work weekends whenever the contractor requires."
        ));
        assert!(!has_denial_word("Tie the knot on Notable days."));
    }

    #[test]
    fn stop_tokens_are_the_stop_words() {
        for token in super::tokenize("The team and THE plan: we build it for you, a Thing") {
            assert_eq!(
                super::is_stop_token(&token),
                super::is_stop_word(&token.lower),
                "{token:?}"
            );
        }
        for word in super::STOP_WORDS {
            assert!(super::is_stop_token(&super::tokenize(word)[0]), "{word}");
        }
    }

    #[test]
    fn tells_somebody_else_on_call() {
        assert!(super::others_on_call(
            "A nurse is always on call to support you during home visits."
        ));
        assert!(super::others_on_call(
            "After-hours escalations go to the engineer on call, not to you."
        ));
        assert!(super::others_on_call(
            "A lead is on-call who can back up you."
        ));
        assert!(!super::others_on_call(
            "You will be on call one week in six."
        ));
        assert!(!super::others_on_call(
            "You are on call to support the night shift."
        ));
        // Somebody else named as the subject of "is on call".
        for sentence in [
            "Your nurse supervisor is on call 24/7 for any question during a visit.",
            "A mechanic is on call every night at our Rochelle shop.",
            "At night, the hospital's site team is on call to support the ward.",
            "Our camp nurse lives on site and is on call through the night.",
            "Your manager will be on call at weekends.",
            "Visits end by 5:00 p.m. Your nurse supervisor is on call 24/7.",
            "Payment incidents go to the engineer on call; product waits for working hours.",
            "At night, page the on-call doctor.",
            "On nights when Marcus is traveling and Priya is on call, the nanny has the children.",
            "Mom is a cardiac surgeon; she is on call at the hospital about one night a week.",
            "An on-call manager is always available to the night team by phone.",
            "If the day team is short, the on-call manager arranges cover.",
            "Treat injuries, deciding with our on-call medical officer who needs transfer.",
            "If our systems go down outside support hours, the engineer on call handles it.",
        ] {
            assert!(super::others_on_call(sentence), "{sentence}");
        }
        // The reader, or a group the reader is part of.
        for sentence in [
            "The successful candidate is on call one weekend in four.",
            "This role is on call one week in six.",
            "Our team is on call one week in four.",
            "Each engineer is on call one week in six.",
            "Nobody is on call during their annual leave.",
            "Engineers are on call one week in six, 18:00 to 08:00.",
            "You will be on call one week in six.",
            "There is an on-call rota, and you are on call one week in eight.",
            "You will be the engineer on call one week in six.",
            "You join the on-call rota.",
            "You will help with the on-call rotation one week in six.",
            "Engineering is on call one week in six.",
            "He or she is on call one weekend in four.",
            "You will be the on-call manager one weekend in four.",
            "You act as the on-call supervisor one week in six.",
            "You will be the on-call medical officer one night in four.",
        ] {
            assert!(!super::others_on_call(sentence), "{sentence}");
        }
        let text = "One. Two three. Four.";
        assert_eq!(
            super::sentence_at(text, &super::sentences(text), 6),
            Some("Two three.")
        );
    }

    use super::*;

    #[test]
    fn decimal_writes_like_format_with_places() {
        for (value, places, trim, expected) in [
            (3.0, 1, false, "3.0"),
            (2.26, 1, false, "2.3"),
            (42.4, 0, false, "42"),
            (0.6, 0, false, "1"),
            (-1.26, 1, false, "-1.3"),
            (17.5, 6, true, "17.5"),
            (17.555, 6, true, "17.555"),
            (92480.0, 6, true, "92480"),
            (0.07 * 100.0, 0, false, "7"),
            (1_048_576.0 * 2.5 / 1_048_576.0, 1, false, "2.5"),
        ] {
            assert_eq!(decimal(value, places, trim), expected, "{value}");
            if !trim {
                let places = places as usize;
                assert_eq!(
                    decimal(value, places as u32, false),
                    format!("{value:.places$}")
                );
            }
        }
    }

    #[test]
    fn as_sentence_capitalises_and_ends_with_a_full_stop() {
        assert_eq!(
            as_sentence("the posting gives no pay range"),
            "The posting gives no pay range."
        );
        assert_eq!(as_sentence("élan is asked for"), "Élan is asked for.");
        assert_eq!(
            as_sentence("'rockstar' is jargon (see the docs)"),
            "'rockstar' is jargon (see the docs)."
        );
        assert_eq!(as_sentence("Already one."), "Already one.");
        assert_eq!(
            as_sentence("ends with \"a quote.\""),
            "Ends with \"a quote.\""
        );
        assert_eq!(as_sentence("  "), "");
    }

    #[test]
    fn tokens_have_byte_spans_and_lower_case() {
        let text = "We’re a Self-starter team, café!";
        let tokens = tokenize(text);
        let words: Vec<&str> = tokens.iter().map(|t| t.lower.as_str()).collect();
        assert_eq!(words, ["we're", "a", "self", "starter", "team", "café"]);
        assert_eq!(tokens[0].text(text), "We’re");
        assert_eq!(tokens[5].text(text), "café");
    }

    #[test]
    fn trailing_apostrophe_is_not_part_of_the_word() {
        let words: Vec<String> = tokenize("the engineers' tools")
            .into_iter()
            .map(|t| String::from(t.lower))
            .collect();
        assert_eq!(words, ["the", "engineers", "tools"]);
    }

    /// The tokenizer as first written (one character at a time, a `String` per word): the
    /// fast one must give exactly the same tokens.
    fn reference_tokenize(text: &str) -> Vec<(Range<usize>, String)> {
        let mut tokens = Vec::new();
        let mut start: Option<usize> = None;
        let mut characters = text.char_indices().peekable();
        let lower = |span: Range<usize>| -> (Range<usize>, String) {
            let word: String = text[span.clone()]
                .chars()
                .flat_map(char::to_lowercase)
                .map(|c| if c == '\u{2019}' { '\'' } else { c })
                .collect();
            (span, word)
        };
        while let Some((index, character)) = characters.next() {
            if character.is_alphanumeric() {
                start.get_or_insert(index);
                continue;
            }
            let next_is_word = characters.peek().is_some_and(|(_, c)| c.is_alphanumeric());
            if is_apostrophe(character) && start.is_some() && next_is_word {
                continue;
            }
            if let Some(word_start) = start.take() {
                tokens.push(lower(word_start..index));
            }
        }
        if let Some(word_start) = start {
            tokens.push(lower(word_start..text.len()));
        }
        tokens
    }

    #[test]
    fn fast_tokenizer_matches_the_reference() {
        let long = "Supercalifragilisticexpialidocious-ANTIDISESTABLISHMENTARIANISM x";
        for text in [
            "",
            "'",
            "a'",
            "'a",
            "a''b",
            "o'clock O’Clock we’re’nt ’tis",
            "ÉCOLE Straße İstanbul ǅemal ΣΟΦΊΑ ﬁne",
            "C++ .NET Node.js 10+ years; 3–5 yrs, 24/7!",
            "mixed ÀBC abc’Déf x’ y' 'z",
            "digits ٣ and ½ and Ⅻ",
            long,
            "ABCDEFGHIJKLMNOPQRSTUV ABCDEFGHIJKLMNOPQRSTUVW abcdefgh ABCDEFGH ABCDEFGHI",
            "@[`{ AZaz09 \u{7f}",
        ] {
            let fast: Vec<(Range<usize>, String)> = tokenize(text)
                .into_iter()
                .map(|token| (token.span, String::from(token.lower)))
                .collect();
            assert_eq!(fast, reference_tokenize(text), "{text:?}");
            for token in tokenize(text) {
                assert_eq!(token.hash, word_hash(&token.lower), "{text:?}");
            }
        }
    }

    #[test]
    fn words_compare_and_print_as_strings() {
        let short = Word::from("team");
        let long = Word::from("antidisestablishmentarianism");
        assert_eq!(short, "team");
        assert!("team" == short);
        assert_eq!(long, String::from("antidisestablishmentarianism"));
        assert_ne!(short, "tea");
        assert_eq!(short.len(), 4);
        assert_eq!(
            format!("{short} {long:?}"),
            "team \"antidisestablishmentarianism\""
        );
    }

    #[test]
    fn unread_spans_searches_only_lines_that_may_hold_a_link_and_finds_what_the_whole_text_holds() {
        for text in [
            "no links at all",
            "Apply at https://example.com/jobs today.",
            "[Apply](#apply) and nothing with a slash",
            "Write to <mailto:jobs@example.com> or <HTTPS://x.org>",
            "line one\n[title](target\n\"A title\")\nafter",
            "see https://a.example/x [b](c\n\"t\") then\nwww.example.com, and example.org/path.",
            "x / y\nwww.\nWWW.Example.com",
            "and/or, CI/CD, 24/7, his/her, x.y1/z, a.b/c",
            "careers.Example.COM/jobs and sub.domain.io/ and ftp://files.example",
            "caf\u{e9}.fr/menu, example.\u{17f}\u{17f}/x",
            "",
        ] {
            let whole: Vec<Range<usize>> = link_pattern()
                .find_iter(text)
                .map(|found| found.range())
                .collect();
            assert_eq!(unread_spans(text), whole, "{text:?}");
        }
    }

    #[test]
    fn finds_words_in_any_case() {
        assert!(contains_ignore_ascii_case(
            "Years of EXPERIENCE.",
            "experience"
        ));
        assert!(contains_ignore_ascii_case("lift", "LIFT"));
        assert!(!contains_ignore_ascii_case("experienc", "experience"));
        assert!(!contains_ignore_ascii_case("", "a"));
        assert!(contains_ignore_ascii_case("[x]", "[x"));
    }

    #[test]
    fn searches_agree_with_the_standard_library() {
        let texts = [
            "",
            "a",
            "aaab",
            "aaaab aab",
            "Senior Café Manager, on-call (pager)",
            "résumé résumé",
            "xx yy xyx yxy",
            " equal opportunity  employer ",
            "  a  ",
            "a b",
        ];
        let needles = [
            "",
            "a",
            "aab",
            "ab ",
            "café",
            "on-call",
            "é",
            "xy",
            "yxy",
            "zz",
            " ",
            "  ",
            " a",
            "  a",
            " yy ",
            " xyx ",
            " equal opportunity ",
            " employer ",
            "  employer",
        ];
        for text in texts {
            for needle in needles {
                assert_eq!(
                    contains_bytes(text, needle),
                    text.contains(needle),
                    "{text:?} {needle:?}"
                );
                assert_eq!(
                    contains_ignore_ascii_case(text, needle),
                    text.to_ascii_lowercase()
                        .contains(&needle.to_ascii_lowercase()),
                    "{text:?} {needle:?}"
                );
                let upper = needle.to_ascii_uppercase();
                assert_eq!(
                    contains_ignore_ascii_case(&text.to_ascii_uppercase(), &upper),
                    text.to_ascii_lowercase()
                        .contains(&needle.to_ascii_lowercase()),
                    "{text:?} {upper:?}"
                );
            }
        }
    }

    #[test]
    fn gaps_join_only_hyphens_slashes_and_spaces() {
        assert!(gap_is_joiner("/"));
        assert!(gap_is_joiner(" - "));
        assert!(!gap_is_joiner(", "));
        assert!(!gap_is_joiner("\n"));
    }

    #[test]
    fn sentences_split_on_stops_and_lines() {
        let text = "One thing. Two e.g. three\nFour 2.5 years! Five";
        let parts: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            parts,
            ["One thing.", "Two e.g. three", "Four 2.5 years!", "Five"]
        );
        // A name with a small first letter starts a sentence; a small word does not.
        let text = "Most bookings come from phones. iOS leads. Bring e.g. eBay data. or not.";
        let parts: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            parts,
            [
                "Most bookings come from phones.",
                "iOS leads.",
                "Bring e.g. eBay data. or not."
            ]
        );
    }

    #[test]
    fn sentences_skip_abbreviations_and_end_before_links() {
        let text = "Work for the U.S. Department of Labor from 9 a.m. Monday. \
                    [Our team](https://example.com) is small. \"Quoted\" too. (Brackets) too.";
        let parts: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            parts,
            [
                "Work for the U.S. Department of Labor from 9 a.m. Monday.",
                "[Our team](https://example.com) is small.",
                "\"Quoted\" too.",
                "(Brackets) too."
            ]
        );
    }

    #[test]
    fn unread_spans_cover_link_targets_and_addresses() {
        let text = "See [our page](https://example.com/a_b) or <https://x.org>, \
                    www.example.com, example.com/jobs and/or e.g. Node.js.";
        let spans: Vec<&str> = unread_spans(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            spans,
            [
                "](https://example.com/a_b)",
                "<https://x.org>",
                "www.example.com",
                "example.com/jobs"
            ]
        );
        assert!(unread_spans("Plain words, no links.").is_empty());
    }

    #[test]
    fn line_column_counts_characters() {
        let text = "ab\ncé d";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        assert_eq!(line_column(text, 7), (2, 4));
        assert_eq!(line_column(text, 99), (2, 5));
        // The same answers read on from the last offset, forwards and back, as counted from the
        // start each time.
        let from_start = |text: &str, offset: usize| {
            let mut offset = offset.min(text.len());
            while !text.is_char_boundary(offset) {
                offset -= 1;
            }
            let before = &text[..offset];
            let line_start = before.rfind('\n').map_or(0, |index| index + 1);
            (
                before.matches('\n').count() + 1,
                text[line_start..offset].chars().count() + 1,
            )
        };
        let text = "ab\ncé d\n\nxy\nz";
        let mut positions = LineColumns::new(text);
        for offset in [0, 3, 5, 6, 7, 9, 10, 12, 99, 3, 0, 7, 8, 11, 14] {
            assert_eq!(positions.of(offset), from_start(text, offset), "{offset}");
        }
    }

    #[test]
    fn match_case_keeps_capitals() {
        assert_eq!(match_case("Chairman", "chair"), "Chair");
        assert_eq!(match_case("GUYS", "everyone"), "EVERYONE");
        assert_eq!(match_case("guys", "everyone"), "everyone");
    }

    #[test]
    fn stems_and_lines() {
        assert_eq!(stem("designing"), "design");
        assert_eq!(stem("apis"), "api");
        assert_eq!(lines("a\n\n b \n"), vec![0..1, 3..6]);
    }

    #[test]
    fn finds_a_recruitment_agency_signature_at_the_end() {
        let text = "Apply by Friday.\n\nKind regards,\nDaniel Hartigan\nSenior Consultant\nBrightwire Recruitment Ltd, 14 King Street, Manchester M2 6AZ\nT: 0161 496 0732";
        assert_eq!(signature_start(text), text.find("Kind regards"));
        // An employer's own signature names its workplace; a paragraph of prose is no
        // signature.
        let own = "Apply by Friday.\n\nMary Shaw\nOwner, Shaw's Bakery, 12 Bridge Street, Hebden Bridge\nmary@shaws.example";
        assert_eq!(signature_start(own), None);
        let prose = "Apply by Friday.\n\nOur recruitment consultant will call you. Ring 0161 496 0732 any time.";
        assert_eq!(signature_start(prose), None);
    }
}
