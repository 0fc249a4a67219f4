//! `--baseline FILE`: findings a repository already had, so CI fails only on new ones.
//!
//! A finding is known by its [`FindingKey`]: the file (as given on the command line, with `/`
//! separators and no leading `./`), the role for a file holding several, the rule, and the
//! flagged words (lower case, white space collapsed; for a posting-level finding, its
//! section). Line numbers are left out, so edits elsewhere in a file do not bring a known
//! finding back. The baseline stores how many times each key occurred; the first that many
//! occurrences in a later run are known, any beyond them are new (the occurrence index).
//!
//! The file is JSON, sorted, so it diffs well in review:
//! `{"postwright_baseline": 1, "findings": [{"file", "role", "rule", "words", "count"}]}`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The format version written to and expected in the file.
const VERSION: u32 = 1;

/// What identifies a finding across runs.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct FindingKey {
    pub file: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    pub rule: String,
    /// The flagged words, normalised; `section:<id>` for a posting-level finding.
    pub words: String,
}

impl FindingKey {
    /// The key of a finding of `rule` in `file` (role `role`) on `words`, or in `section`
    /// when it flags no words.
    pub fn new(file: &str, role: Option<&str>, rule: &str, words: &str, section: &str) -> Self {
        let words = normalise_words(words);
        Self {
            file: normalise_path(file),
            role: role.map(str::to_owned),
            rule: rule.to_owned(),
            words: if words.is_empty() {
                format!("section:{section}")
            } else {
                words
            },
        }
    }

    /// A stable hash of the key and the occurrence index, as 16 hex digits (SARIF's
    /// `partialFingerprints`).
    pub fn fingerprint(&self, occurrence: usize) -> String {
        let joined = format!(
            "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{occurrence}",
            self.file,
            self.role.as_deref().unwrap_or(""),
            self.rule,
            self.words
        );
        format!("{:016x}", crate::text::word_hash(&joined))
    }
}

/// A path as written into keys: `/` separators, no leading `./`.
pub fn normalise_path(path: &str) -> String {
    let mut path = path.replace('\\', "/");
    while let Some(rest) = path.strip_prefix("./") {
        path = rest.to_owned();
    }
    path
}

fn normalise_words(words: &str) -> String {
    words
        .split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// One line of the file.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    #[serde(flatten)]
    key: FindingKey,
    count: usize,
}

/// The file as written.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    postwright_baseline: u32,
    findings: Vec<Entry>,
}

/// Known findings: how many times each key occurred.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Baseline {
    counts: BTreeMap<FindingKey, usize>,
}

impl Baseline {
    /// A baseline holding these findings (each key once per occurrence).
    pub fn from_keys<'k>(keys: impl IntoIterator<Item = &'k FindingKey>) -> Self {
        let mut counts = BTreeMap::new();
        for key in keys {
            *counts.entry(key.clone()).or_insert(0) += 1;
        }
        Self { counts }
    }

    /// Reads a baseline file; an error says what is wrong and where.
    pub fn from_json(text: &str) -> Result<Self, String> {
        let file: File = serde_json::from_str(text).map_err(|error| error.to_string())?;
        if file.postwright_baseline != VERSION {
            return Err(format!(
                "baseline format {} is not known to this postwright (it writes {VERSION})",
                file.postwright_baseline
            ));
        }
        let mut counts = BTreeMap::new();
        for entry in file.findings {
            *counts.entry(entry.key).or_insert(0) += entry.count;
        }
        Ok(Self { counts })
    }

    /// The baseline as its file (pretty JSON, sorted).
    pub fn to_json(&self) -> String {
        let file = File {
            postwright_baseline: VERSION,
            findings: self
                .counts
                .iter()
                .map(|(key, count)| Entry {
                    key: key.clone(),
                    count: *count,
                })
                .collect(),
        };
        let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Number of findings it holds.
    pub fn len(&self) -> usize {
        self.counts.values().sum()
    }

    /// For each key of a run, in order, whether that occurrence is known: the first `count`
    /// occurrences of a key are, later ones are new.
    pub fn known(&self, keys: &[FindingKey]) -> Vec<bool> {
        let mut seen: BTreeMap<&FindingKey, usize> = BTreeMap::new();
        keys.iter()
            .map(|key| {
                let occurrence = seen.entry(key).or_insert(0);
                *occurrence += 1;
                *occurrence <= self.counts.get(key).copied().unwrap_or(0)
            })
            .collect()
    }
}

/// The occurrence index of each key among the keys before it (0 for the first).
pub fn occurrences(keys: &[FindingKey]) -> Vec<usize> {
    let mut seen: BTreeMap<&FindingKey, usize> = BTreeMap::new();
    keys.iter()
        .map(|key| {
            let count = seen.entry(key).or_insert(0);
            *count += 1;
            *count - 1
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(words: &str) -> FindingKey {
        FindingKey::new("./posts\\a.md", None, "cliche", words, "summary")
    }

    #[test]
    fn keys_ignore_case_spacing_and_path_spelling() {
        assert_eq!(key("Self-starter"), key("self-starter"));
        assert_eq!(key("fast\n  paced"), key("fast paced"));
        assert_eq!(key("x").file, "posts/a.md");
        assert_eq!(key("").words, "section:summary");
        assert_ne!(key("x").fingerprint(0), key("x").fingerprint(1));
    }

    #[test]
    fn later_occurrences_beyond_the_count_are_new() {
        let baseline = Baseline::from_keys(&[key("a"), key("a"), key("b")]);
        assert_eq!(baseline.len(), 3);
        let run = [key("a"), key("c"), key("a"), key("a"), key("b")];
        assert_eq!(baseline.known(&run), [true, false, true, false, true]);
        assert_eq!(occurrences(&run), [0, 0, 1, 2, 0]);
    }

    #[test]
    fn round_trips_and_refuses_other_files() {
        let baseline = Baseline::from_keys(&[key("a"), key("a")]);
        let text = baseline.to_json();
        assert!(text.contains("\"count\": 2"), "{text}");
        assert_eq!(Baseline::from_json(&text), Ok(baseline));
        assert!(Baseline::from_json("{\"postwright_baseline\": 9, \"findings\": []}").is_err());
        assert!(Baseline::from_json("[]").is_err());
    }
}
