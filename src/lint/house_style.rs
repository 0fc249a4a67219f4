//! `HouseStyle`: a company's own word list and rule switches, read from a style file
//! (`.postwright.json`, or one imported in the app).
//!
//! ```json
//! {
//!   "words": [
//!     {"avoid": "synergy", "prefer": ["working together"], "reason": "say what people do"}
//!   ],
//!   "rules": {"cliche": "off", "long-sentence": "warning"}
//! }
//! ```
//!
//! `words` feeds the `house-style` rule (`rules/house_style.rs`): each `avoid` phrase is matched
//! on whole words, without regard to case, its last word also in the plural ("synergies");
//! `prefer` (a list, or one string) become the fixes and `reason` the message. `rules` maps rule
//! ids to `off`, `suggestion`, `warning` or `error`: the same switches as a draft's
//! [`LintSettings`], which it sits under (a draft's own choice for a rule wins).
//!
//! A file that cannot be read changes nothing: [`HouseStyle::from_json`] returns a
//! [`StyleError`] naming the line, the column and the problem. Pure data: no I/O here.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::ops::Range;

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::{json, Value};

use super::rule::FieldText;
use crate::model::{LintSettings, RuleSetting, Severity};
use crate::text::{gap_is_joiner, line_column, tokenize};

/// The file name the CLI looks for, upward from each linted file.
pub const FILE_NAME: &str = ".postwright.json";

/// One entry of the word list: words to avoid, what to write instead, and why.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HouseWord {
    /// The words to avoid ("synergy", "circle back").
    pub avoid: String,
    /// Better wordings, offered as fixes (may be empty: advice only).
    pub prefer: Vec<String>,
    /// Why, in the company's words; shown in the finding (may be empty).
    pub reason: String,
}

/// A company's style: its word list and its rule switches.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HouseStyle {
    words: Vec<HouseWord>,
    rules: BTreeMap<String, RuleSetting>,
    /// The lower-case words of each entry's `avoid`, same order as `words`.
    avoid_words: Vec<Vec<String>>,
    /// Entry indexes by the first word of their `avoid`, longest phrase first.
    by_first_word: HashMap<String, Vec<usize>>,
}

/// Why a style file could not be read: where (1-based line and column) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StyleError {
    pub line: usize,
    pub column: usize,
    /// The problem, in words ("unknown rule 'clichee'").
    pub message: String,
}

impl fmt::Display for StyleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}, column {}: {}",
            self.line, self.column, self.message
        )
    }
}

impl std::error::Error for StyleError {}

/// Why one word entry cannot be used (checked for files and for the app's editor alike).
fn word_problem(word: &HouseWord) -> Option<String> {
    if tokenize(&word.avoid).is_empty() {
        return Some(format!(
            "'avoid' must hold at least one word (found '{}')",
            word.avoid
        ));
    }
    if word.prefer.iter().any(|prefer| prefer.trim().is_empty()) {
        return Some(format!(
            "an empty 'prefer' for '{}' (leave it out to give advice only)",
            word.avoid.trim()
        ));
    }
    None
}

/// The words of `avoid`, lower case: what matching compares.
fn avoid_key(avoid: &str) -> Vec<String> {
    tokenize(avoid)
        .into_iter()
        .map(|token| String::from(token.lower.as_str()))
        .collect()
}

impl HouseStyle {
    /// A style from its parts. Entries without a word to avoid, and second entries for the
    /// same words, are left out (the file reader and the app's editor refuse them before).
    pub fn new(words: Vec<HouseWord>, rules: BTreeMap<String, RuleSetting>) -> Self {
        let mut kept: Vec<HouseWord> = Vec::with_capacity(words.len());
        let mut avoid_words: Vec<Vec<String>> = Vec::with_capacity(words.len());
        for word in words {
            let key = avoid_key(&word.avoid);
            if key.is_empty() || avoid_words.contains(&key) {
                continue;
            }
            avoid_words.push(key);
            kept.push(HouseWord {
                avoid: word.avoid.trim().to_owned(),
                prefer: word
                    .prefer
                    .iter()
                    .map(|prefer| prefer.trim().to_owned())
                    .filter(|prefer| !prefer.is_empty())
                    .collect(),
                reason: word.reason.trim().to_owned(),
            });
        }
        let mut by_first_word: HashMap<String, Vec<usize>> = HashMap::new();
        for (index, key) in avoid_words.iter().enumerate() {
            by_first_word.entry(key[0].clone()).or_default().push(index);
        }
        for candidates in by_first_word.values_mut() {
            crate::sort::sort_by_key(candidates, |index| {
                std::cmp::Reverse(avoid_words[*index].len())
            });
        }
        Self {
            words: kept,
            rules,
            avoid_words,
            by_first_word,
        }
    }

    /// Reads a style file. On error nothing is returned but where and what went wrong.
    pub fn from_json(text: &str) -> Result<Self, StyleError> {
        // A byte-order mark some editors write is not part of the JSON.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        // serde reads a struct from a JSON list too; a style file is an object.
        let start = text.len() - text.trim_start().len();
        if text[start..].starts_with('[') {
            let (line, column) = line_column(text, start);
            return Err(StyleError {
                line,
                column,
                message:
                    "expected a style file: an object with \"words\" and \"rules\", not a list"
                        .to_owned(),
            });
        }
        let file: StyleFile = serde_json::from_str(text).map_err(|error| {
            let full = error.to_string();
            let suffix = format!(" at line {} column {}", error.line(), error.column());
            let message = full.strip_suffix(&suffix).unwrap_or(&full).to_owned();
            StyleError {
                line: error.line().max(1),
                column: error.column().max(1),
                message,
            }
        })?;
        Ok(Self::new(file.words.0, file.rules.0))
    }

    /// The style as a style file (pretty JSON, keys in a fixed order), which
    /// [`HouseStyle::from_json`] reads back to the same style.
    pub fn to_json(&self) -> String {
        let words: Vec<Value> = self
            .words
            .iter()
            .map(|word| {
                let mut entry = serde_json::Map::new();
                entry.insert("avoid".into(), json!(word.avoid));
                entry.insert("prefer".into(), json!(word.prefer));
                if !word.reason.is_empty() {
                    entry.insert("reason".into(), json!(word.reason));
                }
                Value::Object(entry)
            })
            .collect();
        // Inserted one by one: collecting into the map would sort (and compile a sort) for
        // keys that `self.rules` already keeps in order.
        let mut rules = serde_json::Map::new();
        for (id, setting) in &self.rules {
            rules.insert(id.clone(), json!(setting_id(*setting)));
        }
        let file = json!({ "words": words, "rules": rules });
        let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
        text.push('\n');
        text
    }

    /// The word list.
    pub fn words(&self) -> &[HouseWord] {
        &self.words
    }

    /// The rule switches, by rule id.
    pub fn rules(&self) -> &BTreeMap<String, RuleSetting> {
        &self.rules
    }

    /// True when the style has no words and no rule switches.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.rules.is_empty()
    }

    /// The same style with another word list; the first entry that cannot be used is refused
    /// with its position (1-based) and the problem, and nothing changes.
    pub fn with_words(&self, words: Vec<HouseWord>) -> Result<Self, (usize, String)> {
        let mut seen: Vec<Vec<String>> = Vec::with_capacity(words.len());
        for (index, word) in words.iter().enumerate() {
            if let Some(problem) = word_problem(word) {
                return Err((index + 1, problem));
            }
            let key = avoid_key(&word.avoid);
            if seen.contains(&key) {
                return Err((
                    index + 1,
                    format!("'{}' is listed twice", word.avoid.trim()),
                ));
            }
            seen.push(key);
        }
        Ok(Self::new(words, self.rules.clone()))
    }

    /// The settings a lint run uses: this style's rule switches under the draft's own (a
    /// draft's choice for a rule wins; its silenced findings are kept).
    pub fn settings_under(&self, draft: &LintSettings) -> LintSettings {
        let mut settings = draft.clone();
        for (id, setting) in &self.rules {
            settings.rules.entry(id.clone()).or_insert(*setting);
        }
        settings
    }

    /// Every use of a listed phrase in `field`, left to right, not overlapping (the longest
    /// phrase wins), in words a reader reads (not in link targets or addresses).
    pub(crate) fn find(&self, field: &FieldText) -> Vec<HouseMatch> {
        let mut found = Vec::new();
        if self.words.is_empty() {
            return found;
        }
        let tokens = &field.tokens;
        let mut index = 0;
        while index < tokens.len() {
            match self.match_at(field, index) {
                Some(matched) => {
                    index = matched.tokens.end;
                    found.push(matched);
                }
                None => index += 1,
            }
        }
        found
    }

    fn match_at(&self, field: &FieldText, start: usize) -> Option<HouseMatch> {
        let tokens = &field.tokens;
        let first = tokens.get(start)?;
        if !field.is_read(first) {
            return None;
        }
        let lower = first.lower.as_str();
        let mut candidates: Vec<usize> = self.by_first_word.get(lower).cloned().unwrap_or_default();
        // A one-word entry may match in the plural, so a word that may be a plural is looked up
        // by its singular forms too.
        if lower.ends_with('s') || lower.ends_with("men") {
            for form in singular_forms(lower) {
                candidates.extend(self.by_first_word.get(&form).into_iter().flatten());
            }
        }
        if candidates.is_empty() {
            return None;
        }
        crate::sort::sort_by_key(&mut candidates, |index| {
            std::cmp::Reverse(self.avoid_words[*index].len())
        });
        candidates.into_iter().find_map(|entry| {
            let words = &self.avoid_words[entry];
            let end = start + words.len();
            let span = tokens.get(start..end)?;
            let last = words.len() - 1;
            let mut plural = false;
            for (offset, (token, word)) in span.iter().zip(words).enumerate() {
                if !field.is_read(token) {
                    return None;
                }
                let lower = token.lower.as_str();
                if lower == word {
                    continue;
                }
                if offset == last && is_plural_of(lower, word) {
                    plural = true;
                    continue;
                }
                return None;
            }
            let joined = span.windows(2).all(|pair| {
                field
                    .text
                    .get(pair[0].span.end..pair[1].span.start)
                    .is_some_and(gap_is_joiner)
            });
            joined.then(|| HouseMatch {
                entry,
                span: span[0].span.start..span[last].span.end,
                tokens: start..end,
                plural,
            })
        })
    }
}

/// One use of a listed phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HouseMatch {
    /// Index of the entry in [`HouseStyle::words`].
    pub entry: usize,
    /// Byte range of the words in the field.
    pub span: Range<usize>,
    /// Token range of the words.
    pub tokens: Range<usize>,
    /// True when the last word was written in the plural.
    pub plural: bool,
}

fn ends_with_consonant_y(word: &str) -> bool {
    let mut letters = word.chars().rev();
    letters.next() == Some('y') && letters.next().is_some_and(|c| !"aeiou".contains(c))
}

/// The plural of an English word by the regular rules: "synergy" -> "synergies", "box" ->
/// "boxes", "chairman" -> "chairmen", "ninja" -> "ninjas".
pub fn plural(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("man") {
        return format!("{stem}men");
    }
    if ends_with_consonant_y(word) {
        return format!("{}ies", &word[..word.len() - 1]);
    }
    if ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|ending| word.ends_with(ending))
    {
        return format!("{word}es");
    }
    format!("{word}s")
}

/// True when `token` is a plural of `word` (both lower case): the regular plural, or an
/// added "s" ("memos", "heros" as people misspell them) or "es".
fn is_plural_of(token: &str, word: &str) -> bool {
    token == plural(word)
        || token.strip_suffix('s') == Some(word)
        || token.strip_suffix("es") == Some(word)
}

/// The words `token` may be the plural of (for looking one-word entries up).
fn singular_forms(token: &str) -> Vec<String> {
    let mut forms = Vec::new();
    if let Some(stem) = token.strip_suffix("ies") {
        forms.push(format!("{stem}y"));
    }
    if let Some(stem) = token.strip_suffix("es") {
        forms.push(stem.to_owned());
    }
    if let Some(stem) = token.strip_suffix('s') {
        forms.push(stem.to_owned());
    }
    if let Some(stem) = token.strip_suffix("men") {
        forms.push(format!("{stem}man"));
    }
    forms
}

/// The id a setting is written with in a style file.
fn setting_id(setting: RuleSetting) -> &'static str {
    match setting {
        RuleSetting::Off => "off",
        RuleSetting::Severity(severity) => severity.id(),
    }
}

// ---------------------------------------------------------------------------------------------
// Reading the file. Each check runs while serde_json reads the value it is about, so its error
// carries that value's line and column.

/// The file as written.
#[derive(Deserialize)]
#[serde(
    deny_unknown_fields,
    expecting = "a style file: an object with \"words\" and \"rules\""
)]
struct StyleFile {
    #[serde(default)]
    words: WordsField,
    #[serde(default)]
    rules: RulesField,
}

/// `"prefer": "x"` or `"prefer": ["x", "y"]`.
#[derive(Deserialize)]
#[serde(untagged, expecting = "a string or a list of strings")]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

/// The fields a word entry may have.
const ENTRY_FIELDS: &[&str] = &["avoid", "prefer", "reason"];

/// Reads one word entry, checking each value as it is read (so an error points at it);
/// `seen` holds the entries before it, to refuse a second entry for the same words.
struct EntrySeed<'s> {
    seen: &'s mut Vec<Vec<String>>,
}

impl<'de> de::DeserializeSeed<'de> for EntrySeed<'_> {
    type Value = HouseWord;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<HouseWord, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for EntrySeed<'_> {
    type Value = HouseWord;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a word entry: {\"avoid\": ..., \"prefer\": [...], \"reason\": ...}")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<HouseWord, A::Error> {
        let mut avoid: Option<String> = None;
        let mut prefer: Option<Vec<String>> = None;
        let mut reason: Option<String> = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "avoid" if avoid.is_none() => {
                    let value: String = map.next_value()?;
                    let words = avoid_key(&value);
                    if words.is_empty() {
                        return Err(de::Error::custom(format!(
                            "'avoid' must hold at least one word (found '{value}')"
                        )));
                    }
                    if self.seen.contains(&words) {
                        return Err(de::Error::custom(format!(
                            "'{}' is listed twice in \"words\"",
                            value.trim()
                        )));
                    }
                    self.seen.push(words);
                    avoid = Some(value);
                }
                "prefer" if prefer.is_none() => {
                    let value = match map.next_value::<OneOrMany>()? {
                        OneOrMany::One(one) => vec![one],
                        OneOrMany::Many(many) => many,
                    };
                    if value.iter().any(|prefer| prefer.trim().is_empty()) {
                        return Err(de::Error::custom(
                            "an empty 'prefer' (leave it out to give advice only)",
                        ));
                    }
                    prefer = Some(value);
                }
                "reason" if reason.is_none() => reason = Some(map.next_value()?),
                "avoid" | "prefer" | "reason" => {
                    return Err(de::Error::custom(format!("'{key}' is given twice")))
                }
                other => return Err(de::Error::unknown_field(other, ENTRY_FIELDS)),
            }
        }
        let avoid = avoid.ok_or_else(|| de::Error::missing_field("avoid"))?;
        Ok(HouseWord {
            avoid,
            prefer: prefer.unwrap_or_default(),
            reason: reason.unwrap_or_default(),
        })
    }
}

/// The `words` list.
#[derive(Default)]
struct WordsField(Vec<HouseWord>);

impl<'de> Deserialize<'de> for WordsField {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct WordsVisitor;
        impl<'de> Visitor<'de> for WordsVisitor {
            type Value = WordsField;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of word entries")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<WordsField, A::Error> {
                let mut words: Vec<HouseWord> = Vec::new();
                let mut seen: Vec<Vec<String>> = Vec::new();
                while let Some(word) = seq.next_element_seed(EntrySeed { seen: &mut seen })? {
                    words.push(word);
                }
                Ok(WordsField(words))
            }
        }
        deserializer.deserialize_seq(WordsVisitor)
    }
}

/// The `rules` object, each rule id and setting checked as it is read.
#[derive(Default)]
struct RulesField(BTreeMap<String, RuleSetting>);

impl<'de> Deserialize<'de> for RulesField {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RulesVisitor;
        impl<'de> Visitor<'de> for RulesVisitor {
            type Value = RulesField;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of rule ids and settings")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RulesField, A::Error> {
                let mut rules = BTreeMap::new();
                while let Some(id) = map.next_key::<String>()? {
                    if super::rule(&id).is_none() {
                        return Err(de::Error::custom(format!(
                            "unknown rule '{id}' (`postwright rules` lists them)"
                        )));
                    }
                    let value: String = map.next_value()?;
                    let setting = match value.as_str() {
                        "off" => RuleSetting::Off,
                        other => {
                            RuleSetting::Severity(Severity::from_id(other).ok_or_else(|| {
                                de::Error::custom(format!(
                                    "unknown setting '{other}' for rule '{id}' \
                                     (off, suggestion, warning or error)"
                                ))
                            })?)
                        }
                    };
                    if rules.insert(id.clone(), setting).is_some() {
                        return Err(de::Error::custom(format!(
                            "rule '{id}' is set twice in \"rules\""
                        )));
                    }
                }
                Ok(RulesField(rules))
            }
        }
        deserializer.deserialize_map(RulesVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Field;

    const STYLE: &str = r#"{
  "words": [
    {"avoid": "synergy", "prefer": ["working together"], "reason": "say what people do"},
    {"avoid": "circle back", "prefer": "follow up"},
    {"avoid": "ninja", "prefer": ["specialist", "expert"]}
  ],
  "rules": {"cliche": "off", "long-sentence": "warning"}
}"#;

    fn style() -> HouseStyle {
        HouseStyle::from_json(STYLE).expect("the style reads")
    }

    fn found(text: &str) -> Vec<&str> {
        let style = style();
        let field = FieldText::new(Field::Summary, text);
        style
            .find(&field)
            .into_iter()
            .map(|found| &text[found.span])
            .collect()
    }

    fn error(text: &str) -> StyleError {
        HouseStyle::from_json(text).expect_err("the style is refused")
    }

    #[test]
    fn reads_words_and_rules() {
        let style = style();
        assert_eq!(style.words().len(), 3);
        assert_eq!(style.words()[1].prefer, ["follow up"]);
        assert_eq!(style.words()[0].reason, "say what people do");
        assert_eq!(style.rules().get("cliche"), Some(&RuleSetting::Off));
        assert_eq!(
            style.rules().get("long-sentence"),
            Some(&RuleSetting::Severity(Severity::Warning))
        );
    }

    #[test]
    fn flags_whole_words_in_any_case_and_in_the_plural() {
        assert_eq!(
            found("Synergy and SYNERGIES; two ninjas will Circle-back."),
            ["Synergy", "SYNERGIES", "ninjas", "Circle-back"]
        );
    }

    #[test]
    fn ignores_parts_of_words_and_split_phrases() {
        assert!(found("Synergystic ninjutsu; circle. Back to it.").is_empty());
        assert!(found("circle\nback").is_empty());
        assert!(found("see https://example.com/synergy").is_empty());
    }

    #[test]
    fn round_trips_through_json() {
        let style = style();
        let again = HouseStyle::from_json(&style.to_json()).expect("exported style reads");
        assert_eq!(again, style);
        assert_eq!(HouseStyle::from_json("{}"), Ok(HouseStyle::default()));
    }

    #[test]
    fn errors_name_the_line_column_and_problem() {
        let unknown_rule = error("{\n  \"rules\": {\n    \"clichee\": \"off\"\n  }\n}");
        assert_eq!(unknown_rule.line, 3);
        assert!(
            unknown_rule.message.contains("unknown rule 'clichee'"),
            "{unknown_rule}"
        );
        let severity = error("{\"rules\": {\n\"cliche\": \"loud\"}}");
        assert_eq!(severity.line, 2);
        assert!(severity.message.contains("unknown setting 'loud'"));
        let empty = error("{\"words\": [\n {\"avoid\": \" \", \"prefer\": [\"x\"]}\n]}");
        assert_eq!(empty.line, 2);
        assert!(empty.message.contains("'avoid' must hold"), "{empty}");
        let twice = error("{\"words\": [{\"avoid\": \"a b\"},\n{\"avoid\": \"A  B\"}]}");
        assert_eq!(twice.line, 2);
        assert!(twice.message.contains("listed twice"));
        let key = error("{\n\"wrods\": []}");
        assert_eq!(key.line, 2);
        assert!(key.message.contains("unknown field `wrods`"), "{key}");
        let syntax = error("{\"words\": [\n{\"avoid\": \"x\",}]}");
        assert_eq!(syntax.line, 2);
        let not_object = error("[]");
        assert!(not_object.message.contains("style file"), "{not_object}");
        assert_eq!(
            format!("{}", error("{\"rules\": 3}")),
            "line 1, column 11: invalid type: integer `3`, expected an object of rule ids and settings"
        );
    }

    #[test]
    fn file_rules_sit_under_the_drafts_own() {
        let mut draft = LintSettings::default();
        draft
            .rules
            .insert("cliche".into(), RuleSetting::Severity(Severity::Error));
        let settings = style().settings_under(&draft);
        assert_eq!(
            settings.rules.get("cliche"),
            Some(&RuleSetting::Severity(Severity::Error))
        );
        assert_eq!(
            settings.rules.get("long-sentence"),
            Some(&RuleSetting::Severity(Severity::Warning))
        );
    }

    #[test]
    fn editing_words_refuses_empty_and_repeated_entries() {
        let style = style();
        let mut words = style.words().to_vec();
        words.push(HouseWord {
            avoid: "NINJA".into(),
            ..HouseWord::default()
        });
        assert_eq!(style.with_words(words).unwrap_err().0, 4);
        let blank = vec![HouseWord::default()];
        assert_eq!(style.with_words(blank).unwrap_err().0, 1);
        let fine = style.with_words(vec![HouseWord {
            avoid: "guru".into(),
            prefer: vec!["expert".into()],
            reason: String::new(),
        }]);
        assert_eq!(fine.expect("a good list").words().len(), 1);
    }

    #[test]
    fn odd_files_and_odd_text_never_panic() {
        for file in [
            "",
            "\u{feff}",
            "{",
            "[1",
            "null",
            "{\"words\": [{}]}",
            "{\"words\": {}}",
            "{\"rules\": {\"cliche\": 1}}",
            "{\"words\": [{\"avoid\": \"y\", \"prefer\": []}]}",
        ] {
            let _ = HouseStyle::from_json(file);
        }
        let style = HouseStyle::from_json(
            r#"{"words": [{"avoid": "y"}, {"avoid": "é’s"}, {"avoid": "a-b c"}, {"avoid": "men"}]}"#,
        )
        .expect("the style reads");
        for text in ["", "\u{0}", "ys Y's ies é’s", "a-b\nc men MAN", "s", "’"] {
            let field = FieldText::new(Field::Summary, text);
            for found in style.find(&field) {
                assert!(text.get(found.span).is_some());
            }
        }
    }

    #[test]
    fn plurals_follow_the_regular_rules() {
        for (word, expected) in [
            ("synergy", "synergies"),
            ("day", "days"),
            ("box", "boxes"),
            ("chairman", "chairmen"),
            ("ninja", "ninjas"),
        ] {
            assert_eq!(plural(word), expected);
        }
    }
}
