//! Text utilities shared by the lint engine and the importers: word tokens with byte spans,
//! sentences, lines and normalisation. No browser code, no I/O, no panics on odd text.

use std::ops::Range;

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
    pub lower: String,
    /// [`word_hash`] of `lower`, computed once so word lists can look words up cheaply.
    pub hash: u64,
}

/// A fast, stable hash of a (lower-case) word: the FxHash mixing step over 8-byte chunks.
/// Not for untrusted keys; for matching words against fixed word lists.
pub fn word_hash(word: &str) -> u64 {
    let mut hash: u64 = 0;
    for chunk in word.as_bytes().chunks(8) {
        let mut bytes = [0u8; 8];
        bytes[..chunk.len()].copy_from_slice(chunk);
        hash =
            (hash.rotate_left(5) ^ u64::from_le_bytes(bytes)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    hash
}

impl Token {
    /// The word as written, read from the text the token came from.
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        source.get(self.span.clone()).unwrap_or("")
    }
}

fn is_apostrophe(character: char) -> bool {
    character == '\'' || character == '\u{2019}'
}

/// Splits `text` into words with byte spans.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut start: Option<usize> = None;
    let mut characters = text.char_indices().peekable();
    while let Some((index, character)) = characters.next() {
        if character.is_alphanumeric() {
            if start.is_none() {
                start = Some(index);
            }
            continue;
        }
        let next_is_word = characters
            .peek()
            .is_some_and(|(_, next)| next.is_alphanumeric());
        if is_apostrophe(character) && start.is_some() && next_is_word {
            continue;
        }
        if let Some(word_start) = start.take() {
            tokens.push(make_token(text, word_start..index));
        }
    }
    if let Some(word_start) = start {
        tokens.push(make_token(text, word_start..text.len()));
    }
    tokens
}

fn make_token(text: &str, span: Range<usize>) -> Token {
    let word = &text[span.clone()];
    let lower = if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.chars()
            .flat_map(char::to_lowercase)
            .map(|character| {
                if character == '\u{2019}' {
                    '\''
                } else {
                    character
                }
            })
            .collect()
    };
    let hash = word_hash(&lower);
    Token { span, lower, hash }
}

/// True when the characters between two words only join them: spaces, one hyphen or dash, or a
/// slash ("his/her", "self-starter", "work hard, play hard" is not joined because of the comma).
pub fn gap_is_joiner(gap: &str) -> bool {
    gap.chars().all(|character| {
        character.is_whitespace() || matches!(character, '-' | '/' | '\u{2010}' | '\u{2013}')
    }) && !gap.contains('\n')
}

/// Byte ranges of the sentences of `text`, trimmed. A sentence ends at `.`, `!` or `?` followed
/// by white space (or the end), and at every line break: list items and headings are separate
/// sentences even without a full stop. Decimal points and "e.g." inside a line do not end one
/// unless followed by white space and an upper-case letter.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        let end_here = match byte {
            b'\n' => Some(index),
            b'.' | b'!' | b'?' => {
                let after = &text[index + 1..];
                let mut rest = after.chars();
                match rest.next() {
                    None => Some(index + 1),
                    Some(next) if next.is_whitespace() => {
                        let following = after.trim_start().chars().next();
                        let ends = byte != b'.'
                            || following.is_none_or(|c| c.is_uppercase() || c.is_numeric())
                            || after.starts_with('\n');
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

/// Byte ranges of the non-empty lines of `text`, without the line break.
pub fn lines(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    for (index, byte) in text.bytes().enumerate() {
        if byte == b'\n' {
            if !text[start..index].trim().is_empty() {
                ranges.push(start..index);
            }
            start = index + 1;
        }
    }
    if !text[start..].trim().is_empty() {
        ranges.push(start..text.len());
    }
    ranges
}

/// One-based line and column (in characters) of a byte offset; offsets past the end or inside a
/// character are clamped to the nearest earlier character boundary.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |index| index + 1);
    let column = text[line_start..offset].chars().count() + 1;
    (line, column)
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
    for ending in ENDINGS {
        if word.len() > ending.len() + 2 && word.ends_with(ending) {
            return &word[..word.len() - ending.len()];
        }
    }
    word
}

/// True for short function words that carry no meaning of their own in a comparison.
pub fn is_stop_word(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "and"
            | "are"
            | "as"
            | "at"
            | "be"
            | "by"
            | "for"
            | "from"
            | "in"
            | "into"
            | "is"
            | "it"
            | "its"
            | "of"
            | "on"
            | "or"
            | "our"
            | "so"
            | "that"
            | "the"
            | "their"
            | "this"
            | "to"
            | "we"
            | "with"
            | "you"
            | "your"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

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
            .map(|t| t.lower)
            .collect();
        assert_eq!(words, ["the", "engineers", "tools"]);
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
    }

    #[test]
    fn line_column_counts_characters() {
        let text = "ab\ncé d";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        assert_eq!(line_column(text, 7), (2, 4));
        assert_eq!(line_column(text, 99), (2, 5));
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
}
