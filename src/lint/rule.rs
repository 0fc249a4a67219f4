//! `Rule`: a rule's metadata, documentation and check function; `Context`: what checks read.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::ops::Range;

use super::diagnostic::{Category, Diagnostic};
use super::gender::{self, CodedWord, GenderMeter};
use super::house_style::HouseStyle;
use super::word_list::WordStarts;
use crate::model::{Field, Posting, Section, Severity};
use crate::text::{sentences, tokenize_marked, unread_spans_marked, Token, Tokenized};

/// One lint rule. Declared in its own file under `rules/`, documentation first, with
/// `declare_rule!`.
#[derive(Debug)]
pub struct Rule {
    /// Kebab-case id naming the problem (`duplicate-duty`).
    pub id: &'static str,
    pub category: Category,
    pub default_severity: Severity,
    /// True when the rule offers fixes.
    pub has_fix: bool,
    /// One-line summary (the first line of the documentation).
    pub summary: &'static str,
    /// Markdown documentation: What it does / Why is this bad? / Example / Use instead.
    ///
    /// This is the text of the rule's `///` comments as written, so every line starts with the
    /// space that follows `///`; [`Rule::documentation`] gives it without. Empty in the web
    /// app, which loads it from `rule-docs.json` (see `docs_text!`).
    pub docs: &'static str,
    /// The check: reads the context, pushes diagnostics. Never panics.
    pub check: fn(&Context, &mut Vec<Diagnostic>),
}

impl Rule {
    /// The documentation as Markdown, without the space each `///` line starts with.
    pub fn documentation(&self) -> String {
        let mut text = String::with_capacity(self.docs.len());
        for line in self.docs.lines() {
            text.push_str(line.strip_prefix(' ').unwrap_or(line));
            text.push('\n');
        }
        text
    }
}

impl Rule {
    /// The rule's plain name for people ("Vague requirement" for `vague-requirement`): the
    /// id's words, the first capitalised, joined by spaces, except where the rule's summary
    /// writes two of them hyphenated ("On-call disclosure"). Derived, so a new rule needs no
    /// extra field.
    pub fn title(&self) -> String {
        let summary = self.summary.to_lowercase();
        let mut title = String::with_capacity(self.id.len());
        let mut previous: Option<&str> = None;
        for word in self.id.split('-').filter(|word| !word.is_empty()) {
            if let Some(before) = previous {
                let hyphenated = summary.contains(&format!("{before}-{word}"));
                title.push(if hyphenated { '-' } else { ' ' });
                title.push_str(word);
            } else {
                let mut characters = word.chars();
                if let Some(first) = characters.next() {
                    title.extend(first.to_uppercase());
                    title.push_str(characters.as_str());
                }
            }
            previous = Some(word);
        }
        title
    }
}

/// The first documentation line without its leading space (used by `declare_rule!`).
pub const fn summary_line(lines: &[&'static str]) -> &'static str {
    let [first, ..] = lines else {
        return "";
    };
    let first: &'static str = first;
    match first.as_bytes() {
        [b' ', rest @ ..] => match std::str::from_utf8(rest) {
            Ok(trimmed) => trimmed,
            Err(_) => first,
        },
        _ => first,
    }
}

/// Declares a rule from its `///` documentation and metadata, in the spirit of clippy's
/// `declare_clippy_lint!`: the documentation is written once, above the metadata, and becomes
/// both [`Rule::docs`] and (its first line) [`Rule::summary`].
///
/// Produces `pub const DEFINITION: Rule` (what `rules::ALL` lists) and `pub static RULE: Rule`
/// (what the rule's own code and tests refer to).
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])+
        id: $id:literal,
        category: $category:ident,
        severity: $severity:ident,
        has_fix: $has_fix:literal,
        check: $check:path $(,)?
    ) => {
        /// This rule, as registered in `rules::ALL`.
        pub const DEFINITION: $crate::lint::Rule = $crate::lint::Rule {
            id: $id,
            category: $crate::lint::Category::$category,
            default_severity: $crate::model::Severity::$severity,
            has_fix: $has_fix,
            summary: $crate::lint::rule::summary_line(&[$($doc),+]),
            docs: $crate::lint::rule::docs_text!(concat!($($doc, "\n"),+)),
            check: $check,
        };

        /// This rule.
        pub static RULE: $crate::lint::Rule = DEFINITION;
    };
}
pub(crate) use declare_rule;

/// A rule's documentation as built into this binary: the whole text natively (the CLI's
/// `postwright rules ID`, the tests); empty in the web app, which fetches the same text from
/// `rule-docs.json` (written from these comments, see `tests/rule_docs_file.rs`) when a rule
/// page opens, so the download stays small.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! docs_text {
    ($docs:expr) => {
        $docs
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! docs_text {
    ($docs:expr) => {
        ""
    };
}
pub(crate) use docs_text;

/// One prose field as rules see it: its address, its text and its words.
#[derive(Debug)]
pub struct FieldText<'a> {
    pub field: Field,
    pub text: &'a str,
    /// Every word of the text, link targets and addresses included (word lists may need them).
    pub tokens: Vec<Token>,
    /// [`crate::text::filter_key`] of each token, in order: what a word list's scan reads.
    pub filter_keys: Vec<u16>,
    /// The tokens each word list may start at, worked out from the keys when first asked.
    word_starts: OnceCell<WordStarts>,
    /// For each token, whether white space stands between it and the token before: where a
    /// word a reader counts starts ([`Self::read_words_in`]).
    spaced: Vec<bool>,
    /// Offsets of the symbols searches start from ([`Tokenized::marks`]).
    pub marks: Vec<u32>,
    /// The parts of the text a reader does not read as words ([`unread_spans`]): link targets
    /// and bare addresses. Sorted; empty for most fields.
    pub unread: Vec<Range<usize>>,
    /// False when the text has no digit at all (`\d` in a pattern cannot match): most fields,
    /// which the searches for figures then skip.
    has_digit: bool,
    /// The text with ASCII letters in lower case (same byte offsets), made when first asked.
    lower: OnceCell<String>,
    /// The text's [`sentences`], found when first asked (several rules look up the sentence
    /// around a match).
    sentences: OnceCell<Vec<Range<usize>>>,
}

impl<'a> FieldText<'a> {
    /// The field `field` holding `text`, tokenised.
    pub fn new(field: Field, text: &'a str) -> Self {
        let Tokenized {
            tokens,
            spaced,
            marks,
        } = tokenize_marked(text);
        let unread = unread_spans_marked(text, &tokens, &marks);
        // A plain loop: at the size-first optimisation level an iterator chain here costs a
        // call per token.
        let mut filter_keys = vec![0u16; tokens.len()];
        for (key, token) in filter_keys.iter_mut().zip(&tokens) {
            *key = crate::text::filter_key(token.hash);
        }
        Self {
            field,
            text,
            filter_keys,
            spaced,
            marks,
            tokens,
            word_starts: OnceCell::new(),
            unread,
            has_digit: text
                .bytes()
                .any(|byte| byte.is_ascii_digit() || !byte.is_ascii())
                && text.chars().any(char::is_numeric),
            lower: OnceCell::new(),
            sentences: OnceCell::new(),
        }
    }

    /// The tokens each word list may start at ([`WordStarts`]), worked out once per field.
    pub fn word_starts(&self) -> &WordStarts {
        self.word_starts
            .get_or_init(|| WordStarts::of(&self.filter_keys))
    }

    /// The byte ranges of the text's sentences ([`sentences`]), computed once per field.
    pub fn sentences(&self) -> &[Range<usize>] {
        self.sentences.get_or_init(|| sentences(self.text))
    }

    /// The sentence that holds the byte offset `at` ([`crate::text::sentence_at`]).
    pub fn sentence_at(&self, at: usize) -> Option<&'a str> {
        crate::text::sentence_at(self.text, self.sentences(), at)
    }

    /// True when the text contains `needle`, ASCII letters compared without regard to case
    /// (as [`crate::text::contains_ignore_ascii_case`]), searching a lower-case copy made once
    /// per field: rules use this as a cheap test before a slower search.
    pub fn contains_ignore_ascii_case(&self, needle: &str) -> bool {
        let lower = self.lower.get_or_init(|| self.text.to_ascii_lowercase());
        if needle.bytes().any(|byte| byte.is_ascii_uppercase()) {
            return crate::text::contains_bytes(lower, &needle.to_ascii_lowercase());
        }
        crate::text::contains_bytes(lower, needle)
    }

    /// False when the text holds no digit (in any script), so no figure, year or amount can be
    /// found in it.
    pub fn has_digit(&self) -> bool {
        self.has_digit
    }

    /// The section the field is in.
    pub fn section(&self) -> Section {
        self.field.section()
    }

    /// True when a reader reads this word (it is not inside a link target or an address).
    pub fn is_read(&self, token: &Token) -> bool {
        if self.unread.is_empty() {
            return true;
        }
        let after = self
            .unread
            .partition_point(|span| span.end <= token.span.start);
        self.unread
            .get(after)
            .is_none_or(|span| span.start >= token.span.end)
    }

    /// The words a reader reads, in order.
    pub fn read_tokens(&self) -> impl Iterator<Item = &Token> + '_ {
        self.tokens.iter().filter(|token| self.is_read(token))
    }

    /// Number of words a reader counts in `range` of the text: runs between white space
    /// holding a word the reader reads. "on-board", "and/or" and "U.S." are one word each;
    /// "&" and a bare address are none.
    pub fn read_words_in(&self, range: Range<usize>) -> usize {
        let first = self
            .tokens
            .partition_point(|token| token.span.start < range.start);
        if self.unread.is_empty() {
            // Every token is read: a word starts at the first and wherever white space comes
            // before a token.
            let end =
                first + self.tokens[first..].partition_point(|token| token.span.start < range.end);
            return match self.spaced.get(first + 1..end) {
                Some(rest) => 1 + rest.iter().filter(|&&spaced| spaced).count(),
                None => usize::from(end > first),
            };
        }
        let mut words = 0;
        // The index of the last read token.
        let mut last: Option<usize> = None;
        // The first unread span that ends after the token (as `is_read` finds it): tokens come
        // in order, so it only moves forward.
        let mut unread = match self.tokens.get(first) {
            Some(token) => self
                .unread
                .partition_point(|span| span.end <= token.span.start),
            None => self.unread.len(),
        };
        for (index, token) in self.tokens.iter().enumerate().skip(first) {
            if token.span.start >= range.end {
                break;
            }
            while self
                .unread
                .get(unread)
                .is_some_and(|span| span.end <= token.span.start)
            {
                unread += 1;
            }
            if self
                .unread
                .get(unread)
                .is_some_and(|span| span.start < token.span.end)
            {
                continue;
            }
            let new_word = match last {
                None => true,
                Some(previous) if previous + 1 == index => self.spaced[index],
                // Unread tokens in between: the gap runs from the last read one.
                Some(previous) => self
                    .text
                    .get(self.tokens[previous].span.end..token.span.start)
                    .is_none_or(gap_has_white_space),
            };
            if new_word {
                words += 1;
            }
            last = Some(index);
        }
        words
    }
}

/// True when `gap` holds white space (`char::is_whitespace`), reading ASCII gaps byte by byte.
fn gap_has_white_space(gap: &str) -> bool {
    if gap.is_ascii() {
        gap.bytes().any(|byte| matches!(byte, b' ' | b'\t'..=b'\r'))
    } else {
        gap.contains(char::is_whitespace)
    }
}

/// What a rule check sees: the posting and its prose fields in reading order, each tokenised
/// once per lint run. Whatever several rules or the report need is computed here once.
#[derive(Debug)]
pub struct Context<'a> {
    pub posting: &'a Posting,
    /// Every prose field with its text, in reading order.
    pub fields: Vec<(Field, &'a str)>,
    /// The same fields with their words (same order as `fields`), empty fields left out.
    pub texts: Vec<FieldText<'a>>,
    /// Number of words a reader reads in the whole posting.
    read_words: usize,
    /// The coded words of the posting ([`gender::coded_words`]), found the first time they
    /// are asked for.
    coded_words: OnceCell<Vec<CodedWord>>,
    /// The gender-coding meter, computed from them the first time it is asked for.
    gender_meter: OnceCell<GenderMeter>,
    /// The company's style, when one was given (read by the `house-style` rule).
    pub house_style: Option<&'a HouseStyle>,
}

impl<'a> Context<'a> {
    /// Builds the context once per lint run.
    pub fn new(posting: &'a Posting) -> Self {
        Self::with_house_style(posting, None)
    }

    /// Builds the context once per lint run, with the company's style if any.
    pub fn with_house_style(posting: &'a Posting, house_style: Option<&'a HouseStyle>) -> Self {
        let fields = posting.prose_fields();
        let texts: Vec<FieldText> = fields
            .iter()
            .filter(|(_, text)| !text.trim().is_empty())
            .map(|(field, text)| FieldText::new(*field, text))
            .collect();
        let read_words = texts
            .iter()
            .map(|text| text.read_words_in(0..text.text.len()))
            .sum();
        Self {
            posting,
            fields,
            texts,
            read_words,
            coded_words: OnceCell::new(),
            gender_meter: OnceCell::new(),
            house_style,
        }
    }

    /// Position of each field in reading order (for sorting findings).
    pub fn field_order(&self) -> HashMap<Field, usize> {
        self.fields
            .iter()
            .enumerate()
            .map(|(index, (field, _))| (*field, index))
            .collect()
    }

    /// The non-empty prose fields of these sections.
    pub fn texts_in<'b>(
        &'b self,
        sections: &'b [Section],
    ) -> impl Iterator<Item = &'b FieldText<'a>> + 'b {
        self.texts
            .iter()
            .filter(move |text| sections.contains(&text.section()))
    }

    /// The non-empty prose field `field`, if any.
    pub fn text_of(&self, field: Field) -> Option<&FieldText<'a>> {
        self.texts.iter().find(|text| text.field == field)
    }

    /// Number of words a reader reads in the posting's prose, counted as
    /// [`FieldText::read_words_in`] counts them (link targets and addresses left out).
    pub fn word_count(&self) -> usize {
        self.read_words
    }

    /// True when the posting has no prose at all.
    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    /// The coded words of the posting's job wording, in reading order (found once).
    pub(crate) fn coded_words(&self) -> &[CodedWord] {
        self.coded_words.get_or_init(|| gender::coded_words(self))
    }

    /// The posting's gender-coding meter, from the words of this context (computed once).
    pub fn gender_meter(&self) -> &GenderMeter {
        self.gender_meter
            .get_or_init(|| gender::meter_of(self.coded_words()))
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::rule;
    use crate::lint::rules::ALL;

    #[test]
    fn titles_are_plain_words_from_the_id() {
        let title = |id| rule(id).map(super::Rule::title);
        assert_eq!(
            title("vague-requirement").as_deref(),
            Some("Vague requirement")
        );
        assert_eq!(
            title("on-call-disclosure").as_deref(),
            Some("On-call disclosure")
        );
        assert_eq!(
            title("pay-range-missing").as_deref(),
            Some("Pay range missing")
        );
        for rule in ALL {
            let title = rule.title();
            assert!(
                title.starts_with(|c: char| c.is_ascii_uppercase()),
                "{}: {title}",
                rule.id
            );
            assert_eq!(title.to_lowercase().replace(' ', "-"), rule.id);
        }
    }
}
