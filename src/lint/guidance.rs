//! Writing guidance for the score card: three measures of the whole posting, each explained in
//! plain words, with a gentle suggestion only past a threshold. They are not findings: they
//! point at no words, cost no points and never show in the findings list.
//!
//! - **Voice**: how many sentences speak to the reader ("you") and how many about the company
//!   ("we", "our"). Postings that talk to the applicant read as an invitation.
//! - **Reading level**: the Flesch–Kincaid grade of the posting's prose (sentences, words and
//!   syllables), the school year a reader needs to follow it comfortably.
//! - **Must-haves**: the share of the requirements that are must-haves rather than
//!   nice-to-haves. People who meet most but not all must-haves often do not apply.
//!
//! Sentences and words come from the lint [`Context`] (one tokenisation, link targets and
//! addresses left out) and [`crate::text::sentences`].

use serde::Serialize;

use super::rule::{Context, FieldText};
use crate::model::{Field, ListKind, Posting};
use crate::text::sentences;

/// Above this grade, the reading-level line suggests plainer writing. Most real postings read
/// at grade 9 to 13; past 14 only readers used to academic prose follow comfortably.
pub const HARD_READING_GRADE: f64 = 14.0;

/// At this share of must-haves (with at least [`MANY_MUST_HAVES`] of them) the must-have line
/// suggests moving some to nice-to-have.
pub const MUST_HAVE_SHARE: f64 = 0.8;

/// Fewer must-haves than this never get the suggestion, whatever their share.
pub const MANY_MUST_HAVES: usize = 5;

/// Fewer "we" sentences than this never get the voice suggestion.
pub const MANY_WE_SENTENCES: usize = 4;

/// Fewer words than this are too few to judge a reading level by.
pub const MIN_WORDS_FOR_LEVEL: usize = 30;

/// One line of guidance.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GuidanceItem {
    /// Stable id: `voice`, `reading-level` or `must-haves`.
    pub id: &'static str,
    /// What is measured ("You and we").
    pub label: &'static str,
    /// The measure in a few words ("8 you, 3 we").
    pub value: String,
    /// One sentence in plain words saying what the measure means for this posting.
    pub explanation: String,
    /// A gentle suggestion, only when the measure is past its threshold.
    pub suggestion: Option<String>,
}

/// The counts behind the voice line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Voice {
    /// Sentences holding "you", "your", "you'll", ...
    pub you: usize,
    /// Sentences holding "we", "our", "us", ...
    pub we: usize,
}

/// The counts behind the reading level.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReadingCounts {
    pub sentences: usize,
    pub words: usize,
    pub syllables: usize,
}

impl ReadingCounts {
    /// The Flesch–Kincaid grade level; `None` without words.
    pub fn grade(&self) -> Option<f64> {
        (self.sentences > 0 && self.words > 0).then(|| {
            let words = self.words as f64;
            0.39 * words / self.sentences as f64 + 11.8 * self.syllables as f64 / words - 15.59
        })
    }
}

const YOU_WORDS: &[&str] = &[
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "you'll",
    "you're",
    "you've",
    "you'd",
];
const WE_WORDS: &[&str] = &[
    "we",
    "our",
    "ours",
    "ourselves",
    "us",
    "we'll",
    "we're",
    "we've",
    "we'd",
];

/// True for the fields read as running prose (not titles, places, codes or short facts).
fn is_prose(field: Field) -> bool {
    matches!(
        field,
        Field::Summary
            | Field::AboutCompany
            | Field::Item(..)
            | Field::OnCallDetails
            | Field::HowToApply
            | Field::EqualOpportunity
            | Field::Unplaced
    )
}

/// The prose fields of the context.
fn prose<'c, 'a>(context: &'c Context<'a>) -> impl Iterator<Item = &'c FieldText<'a>> + 'c {
    context.texts.iter().filter(|text| is_prose(text.field))
}

/// Counts the sentences that speak to the reader and those that speak about the company.
pub fn voice(context: &Context) -> Voice {
    let mut voice = Voice::default();
    for text in prose(context) {
        for sentence in sentences(text.text) {
            let words: Vec<&str> = text
                .read_tokens()
                .filter(|token| {
                    token.span.start >= sentence.start && token.span.end <= sentence.end
                })
                // "US" in capitals is the country, not "us".
                .filter(|token| text.text.get(token.span.clone()) != Some("US"))
                .map(|token| token.lower.as_str())
                .collect();
            if words.iter().any(|word| YOU_WORDS.contains(word)) {
                voice.you += 1;
            }
            if words.iter().any(|word| WE_WORDS.contains(word)) {
                voice.we += 1;
            }
        }
    }
    voice
}

/// Syllables in one word, by the usual English heuristic: groups of vowels, less a silent final
/// "e" ("make") and the silent "e" of "-es" and "-ed" after most consonants ("makes", "jumped");
/// never fewer than one. Numbers and other words without letters count as one.
pub fn syllables(word: &str) -> usize {
    let letters: Vec<u8> = word
        .bytes()
        .filter(u8::is_ascii_alphabetic)
        .map(|byte| byte.to_ascii_lowercase())
        .collect();
    if letters.is_empty() {
        return 1;
    }
    let is_vowel = |index: usize| {
        matches!(letters[index], b'a' | b'e' | b'i' | b'o' | b'u')
            || (letters[index] == b'y' && index > 0)
    };
    let mut count = (0..letters.len())
        .filter(|&index| is_vowel(index) && (index == 0 || !is_vowel(index - 1)))
        .count();
    let length = letters.len();
    let ends_with = |suffix: &[u8]| letters.ends_with(suffix);
    let consonant_at = |index: usize| index < length && !is_vowel(index);
    if length > 2 && ends_with(b"e") && consonant_at(length - 2) {
        let syllabic_le = letters[length - 2] == b'l' && consonant_at(length.saturating_sub(3));
        if !syllabic_le {
            count = count.saturating_sub(1);
        }
    } else if length > 3 && ends_with(b"ed") && consonant_at(length - 3) {
        if !matches!(letters[length - 3], b't' | b'd') {
            count = count.saturating_sub(1);
        }
    } else if length > 3 && ends_with(b"es") && consonant_at(length - 3) {
        let sibilant = matches!(letters[length - 3], b's' | b'x' | b'z' | b'c' | b'g')
            || letters[..length - 2].ends_with(b"ch")
            || letters[..length - 2].ends_with(b"sh");
        if !sibilant {
            count = count.saturating_sub(1);
        }
    }
    count.max(1)
}

/// Sentences, words and syllables of the posting's prose.
pub fn reading_counts(context: &Context) -> ReadingCounts {
    let mut counts = ReadingCounts::default();
    for text in prose(context) {
        for sentence in sentences(text.text) {
            let words = text.read_words_in(sentence.clone());
            if words == 0 {
                continue;
            }
            counts.sentences += 1;
            counts.words += words;
            counts.syllables += text
                .read_tokens()
                .filter(|token| {
                    token.span.start >= sentence.start && token.span.end <= sentence.end
                })
                .map(|token| syllables(&token.lower))
                .sum::<usize>();
        }
    }
    counts
}

/// Must-haves and nice-to-haves with any text.
fn requirement_counts(posting: &Posting) -> (usize, usize) {
    let filled = |kind| {
        posting
            .list(kind)
            .iter()
            .filter(|item| !item.text.trim().is_empty())
            .count()
    };
    (filled(ListKind::MustHave), filled(ListKind::NiceToHave))
}

/// "7%" from 0.07.
fn percent(share: f64) -> String {
    format!("{}%", crate::text::decimal(share * 100.0, 0, false))
}

fn plural(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        format!("1 {one}")
    } else {
        format!("{count} {many}")
    }
}

fn voice_item(voice: Voice, words: usize) -> GuidanceItem {
    let Voice { you, we } = voice;
    let value = format!("{you} you, {we} we");
    let (explanation, suggestion) = if you + we == 0 {
        (
            "No sentence says \u{201c}you\u{201d} or \u{201c}we\u{201d}.".to_owned(),
            (words >= MIN_WORDS_FOR_LEVEL).then(|| {
                "Speaking to the reader (\u{201c}You will\u{2026}\u{201d}) makes a posting read \
                 as an invitation."
                    .to_owned()
            }),
        )
    } else {
        let share = you as f64 / (you + we) as f64;
        let explanation = format!(
            "{} to the reader and {} about the company: {} of them say \u{201c}you\u{201d}.",
            plural(you, "sentence speaks", "sentences speak"),
            plural(we, "speaks", "speak"),
            percent(share),
        );
        // Postings say "we" in their company paragraph; only a posting that mostly talks about
        // itself (under a third of these sentences say "you") gets the suggestion.
        let suggestion = (we >= MANY_WE_SENTENCES && you * 2 < we).then(|| {
            "Try turning some \u{201c}we\u{201d} sentences toward the applicant: what they will \
             do, learn and get."
                .to_owned()
        });
        (explanation, suggestion)
    };
    GuidanceItem {
        id: "voice",
        label: "You and we",
        value,
        explanation,
        suggestion,
    }
}

fn reading_item(counts: ReadingCounts) -> GuidanceItem {
    let grade = counts
        .grade()
        .filter(|_| counts.words >= MIN_WORDS_FOR_LEVEL);
    let Some(grade) = grade else {
        return GuidanceItem {
            id: "reading-level",
            label: "Reading level",
            value: "too short".to_owned(),
            explanation: format!(
                "Fewer than {MIN_WORDS_FOR_LEVEL} words of prose: too little to judge."
            ),
            suggestion: None,
        };
    };
    let shown = grade.round().max(1.0) as i64;
    let ease = match shown {
        ..=8 => "easy to read for most adults",
        9..=12 => "plain enough for most readers",
        13..=16 => "hard going: it reads like a college textbook",
        _ => "very hard to read",
    };
    let per_sentence = counts.words as f64 / counts.sentences as f64;
    GuidanceItem {
        id: "reading-level",
        label: "Reading level",
        value: format!("grade {shown}"),
        explanation: format!(
            "About school grade {shown}, {ease} (sentences of {} words on average).",
            crate::text::decimal(per_sentence, 0, false)
        ),
        suggestion: (grade > HARD_READING_GRADE).then(|| {
            "Shorter sentences and everyday words let more people follow it; grade 8 to 10 \
             suits most postings."
                .to_owned()
        }),
    }
}

fn must_have_item(must: usize, nice: usize) -> GuidanceItem {
    let total = must + nice;
    if total == 0 {
        return GuidanceItem {
            id: "must-haves",
            label: "Must-haves",
            value: "none listed".to_owned(),
            explanation: "No requirements are listed yet.".to_owned(),
            suggestion: None,
        };
    }
    let share = must as f64 / total as f64;
    GuidanceItem {
        id: "must-haves",
        label: "Must-haves",
        value: percent(share),
        explanation: format!(
            "{must} of {} are must-haves and {nice} nice-to-have.",
            plural(total, "requirement", "requirements")
        ),
        suggestion: (must >= MANY_MUST_HAVES && share >= MUST_HAVE_SHARE).then(|| {
            "Many people apply only when they meet every must-have; keep those to what the job \
             truly needs and move the rest to nice-to-have."
                .to_owned()
        }),
    }
}

/// The three guidance lines of a posting, in the order the score card shows them.
pub fn guidance(posting: &Posting) -> Vec<GuidanceItem> {
    let context = Context::new(posting);
    let (must, nice) = requirement_counts(posting);
    let reading = reading_counts(&context);
    vec![
        voice_item(voice(&context), reading.words),
        reading_item(reading),
        must_have_item(must, nice),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn posting_with_summary(summary: &str) -> Posting {
        Posting {
            summary: summary.to_owned(),
            ..Posting::default()
        }
    }

    #[test]
    fn counts_syllables_of_common_words() {
        for (word, expected) in [
            ("cat", 1),
            ("make", 1),
            ("makes", 1),
            ("the", 1),
            ("we", 1),
            ("table", 2),
            ("people", 2),
            ("water", 2),
            ("jumped", 1),
            ("wanted", 2),
            ("played", 1),
            ("boxes", 2),
            ("changes", 2),
            ("beautiful", 3),
            ("engineer", 3),
            ("responsibilities", 6),
            ("yellow", 2),
            ("2026", 1),
        ] {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn grades_known_texts() {
        // 2 sentences, 9 words, 9 syllables: 0.39 * 4.5 + 11.8 * 1 - 15.59 = -2.035.
        let easy = posting_with_summary("The cat sat on the mat. We like it.");
        let counts = reading_counts(&Context::new(&easy));
        assert_eq!(
            counts,
            ReadingCounts {
                sentences: 2,
                words: 9,
                syllables: 9
            }
        );
        assert!((counts.grade().unwrap() - (0.39 * 4.5 + 11.8 - 15.59)).abs() < 1e-9);
        // One sentence of 19 long words: well past grade 12 (about 2 syllables a word gives
        // 0.39 * 19 + 11.8 * 2 - 15.59 = 15.4).
        let hard = "Organisational stakeholders anticipate comprehensive documentation \
                    regarding infrastructure modernisation initiatives and the operational \
                    consequences for every department in the company.";
        let hard_counts = reading_counts(&Context::new(&posting_with_summary(hard)));
        assert_eq!(hard_counts.sentences, 1);
        assert_eq!(hard_counts.words, 19);
        assert!(hard_counts.syllables >= 36, "{hard_counts:?}");
        let grade = hard_counts.grade().unwrap();
        assert!(grade > HARD_READING_GRADE, "{grade} from {hard_counts:?}");
    }

    #[test]
    fn counts_you_and_we_sentences() {
        let posting = posting_with_summary(
            "You will build our pipelines. We ship weekly. Our team is small. \
             Remote within the US. Tell us about yourself.",
        );
        // "You will build our pipelines" counts for both; "US" is the country.
        assert_eq!(voice(&Context::new(&posting)), Voice { you: 2, we: 4 });
    }

    #[test]
    fn suggests_only_past_the_thresholds() {
        let we_heavy = posting_with_summary(
            "We build tools. We ship weekly. Our team is small. Our office is in Porto.",
        );
        let items = guidance(&we_heavy);
        assert_eq!(items[0].id, "voice");
        assert!(items[0].suggestion.is_some());
        let you_heavy = posting_with_summary(
            "You build tools. You ship weekly. Your team is small. We are in Porto.",
        );
        assert_eq!(guidance(&you_heavy)[0].suggestion, None);
        assert!(guidance(&you_heavy)[0].explanation.contains("75%"));
    }

    #[test]
    fn measures_the_share_of_must_haves() {
        let mut posting = Posting::default();
        for text in ["SQL", "Python", "Airflow", "dbt", "Kafka", "Spark"] {
            posting.push_item(ListKind::MustHave, text);
        }
        posting.push_item(ListKind::NiceToHave, "Go");
        let item = &guidance(&posting)[2];
        assert_eq!(item.value, "86%");
        assert_eq!(
            item.explanation,
            "6 of 7 requirements are must-haves and 1 nice-to-have."
        );
        assert!(item.suggestion.is_some());
        posting.push_item(ListKind::NiceToHave, "Rust");
        posting.push_item(ListKind::NiceToHave, "Flink");
        assert_eq!(guidance(&posting)[2].suggestion, None);
    }

    #[test]
    fn says_when_there_is_too_little_to_judge() {
        let items = guidance(&Posting::default());
        assert_eq!(items.len(), 3);
        assert_eq!(items[1].value, "too short");
        assert_eq!(items[2].value, "none listed");
        assert!(items.iter().all(|item| item.suggestion.is_none()));
    }

    #[test]
    fn the_example_gets_plain_guidance() {
        let items = guidance(&crate::import::example());
        for item in &items {
            assert!(!item.explanation.is_empty());
            assert!(item.explanation.ends_with('.'), "{}", item.explanation);
        }
        assert!(items[1].value.starts_with("grade "), "{:?}", items[1]);
    }
}
