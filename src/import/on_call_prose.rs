//! On-call duty written as prose: "Support engineers join the on-call rota every fourth
//! weekend, 18:00 to 08:00, with a stipend of USD 500 for the week." The reader picks out how
//! often, which hours and how it is paid, each as the exact words of the text; the prose
//! itself stays where the splitter put it.

use crate::text::{compile_pattern, others_on_call, sentences};
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::model::{ListKind, OnCallStatus, Posting};

/// What a text says about on-call duty, each as the phrase written in it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct OnCallFacts {
    /// How often ("one week in six", "every fourth weekend").
    pub frequency: Option<String>,
    /// Which hours ("evenings and weekends", "18:00 to 08:00").
    pub hours: Option<String>,
    /// How it is paid ("a stipend of USD 500 for the week", "time and a half").
    pub compensation: Option<String>,
}

impl OnCallFacts {
    fn is_empty(&self) -> bool {
        self.frequency.is_none() && self.hours.is_none() && self.compensation.is_none()
    }
}

const NUMBER: &str = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})";
const ORDINAL: &str =
    r"(?:other|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))";
const UNIT: &str = r"(?:week|weekend|day|night|shift|month)";
const AMOUNT: &str = r"(?:(?:USD|EUR|GBP|CAD|AUD|NZD|CHF|SEK|NOK|DKK|PLN|US\$|CA\$|C\$|A\$|[$€£])\s?\d[\d,.]*(?:\s?k\b)?|\d[\d,.]*\s?(?:USD|EUR|GBP|CAD|AUD|CHF|€))";
const PER: &str = r"(?:per|a|an|for the|for each|for a|each|every)\s+(?:on-?call\s+)?(?:week|weekend|shift|day|night|month|hour|call-?out|rotation|incident|page)s?\b";

static FREQUENCY: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        format!(r"\b(?:one|a|1) {UNIT}s? (?:in|out of|of every|every) {NUMBER}(?: {UNIT}s?)?\b"),
        format!(r"\bevery (?:{ORDINAL}|{NUMBER}) {UNIT}s?\b"),
        r"\b(?:once|twice|(?:three|four|\d) times) (?:a|per|every) (?:week|month|quarter|year)\b"
            .to_owned(),
        format!(r"\b(?:{NUMBER}|a) {UNIT}s? (?:a|per|each|every) (?:week|month|quarter|year)\b"),
        r"\b(?:weekly|fortnightly|bi-?weekly|monthly) (?:on-?call )?(?:rotations?|rotas?|shifts?|schedule)\b"
            .to_owned(),
        format!(r"\b{NUMBER}-(?:week|day) (?:rotations?|rotas?|cycles?)\b"),
    ]
    .iter()
    .map(|pattern| compile_pattern(&format!("(?i){pattern}")))
    .collect()
});

static TIME_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    compile_pattern(
        r"(?i)\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:-|–|—|to|until|till)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?-i:\s+(?:[A-Z]{2,4}|UTC[+-]?\d{0,2}))?",
    )
});

static DAY_PARTS: LazyLock<Regex> = LazyLock::new(|| {
    // Days of the week only in the plural, as habits ("on Saturdays"): a single day names a
    // date or the span of one stretch of duty ("Friday to Monday").
    let part = r"(?:evenings?|nights?|overnight|weekends?|weekdays?|week-?nights?|public holidays|bank holidays|holidays|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)";
    compile_pattern(&format!(
        r"(?i)\b(?:{part}(?:(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*&\s*|\s*/\s*){part})*|out[- ]of[- ]hours|after[- ]hours|outside (?:of )?(?:normal |regular |usual )?(?:office|business|working) hours|around the clock|24/7|24x7|daytime(?: only)?|(?:during )?business hours(?: only)?)\b"
    ))
});

static COMPENSATION: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        format!(r"\b(?:an? |the )?(?:on-?call |standby )?(?:stipend|allowance|bonus|premium|payment|supplement|fee)\s+of\s+{AMOUNT}(?:\s+{PER})?"),
        r"\b(?:paid |compensated )?(?:at )?(?:time and a half|time-and-a-half|double time|double-time|\d(?:\.\d)?x (?:the )?(?:hourly |normal |base |usual )?(?:rate|pay))\b".to_owned(),
        r"\b(?:an? |one |extra )?(?:days?|time) off in lieu\b|\bTOIL\b|\bcompensatory time(?: off)?\b|\b(?:an? |one )?(?:day|time|morning|afternoon) off (?:after|following) (?:any |a |each |every )?(?:night |overnight )?(?:call-?outs?|incidents?|pages?)".to_owned(),
        format!(r"{AMOUNT}\s+{PER}"),
    ]
    .iter()
    .map(|pattern| compile_pattern(&format!("(?i){pattern}")))
    .collect()
});

/// "on-call allowance", "standby pay": compensation named without its terms, used when
/// nothing more precise is written.
static COMPENSATION_NAMED: LazyLock<Regex> = LazyLock::new(|| {
    compile_pattern(
        r"(?i)\b(?:on-?call|standby) (?:allowance|pay|stipend|bonus|premium|compensation)\b",
    )
});

/// On-call duty named in a sentence.
static ON_CALL: LazyLock<Regex> = LazyLock::new(|| {
    // A hospital's "call" too: "about five weekday call shifts a month", "Call pay is $5.00 an
    // hour".
    compile_pattern(
        r"(?i)\b(?:on-?call|on call|pager ?duty|stand-?by rota|standby|call (?:shifts?|pay))\b",
    )
});

/// True when `text` names on-call duty ([`ON_CALL`]). Every form of the pattern has "call",
/// "pager" or "stand" in it, so text without them (most list items) is ruled out by a byte scan
/// before the regex runs.
///
/// The three words are looked for in one pass: a text without "call" (the summary of a long
/// paste, read whole) was read three times.
fn mentions_on_call(text: &str) -> bool {
    let bytes = text.as_bytes();
    let word_at = |at: usize, word: &[u8]| crate::text::ascii_word_at(bytes, at, word);
    let cue = (0..bytes.len()).any(|at| match bytes[at].to_ascii_lowercase() {
        b'c' => word_at(at, b"call"),
        b'p' => word_at(at, b"pager"),
        b's' => word_at(at, b"stand"),
        _ => false,
    });
    cue && ON_CALL.is_match(text)
}

/// A sentence saying there is no on-call duty ("There is no weeknight on-call", "nobody is on
/// call", "not on call").
static NO_ON_CALL: LazyLock<Regex> = LazyLock::new(|| {
    compile_pattern(
        r"(?i)\b(?:no|not|never|without|zero|nobody|no one|none of us)\s+(?:(?:is|are|will be|goes|works)\s+)?(?:\w+\s+){0,2}(?:on-?call|on call|pager)",
    )
});

/// True when a text says there is no on-call duty: every sentence of it that speaks of the
/// reader's duty says there is none ("There is no mandatory overtime and no mandatory
/// on-call.", "Nobody works Sundays, and nobody is on call."). A text that also gives the
/// duty's terms ("You are on call one week in six. There is no weekend on-call.") has one.
pub(crate) fn says_no_on_call(text: &str) -> bool {
    let mut mentions = sentences(text)
        .into_iter()
        .filter_map(|range| text.get(range))
        .filter(|sentence| mentions_on_call(sentence) && !others_on_call(sentence))
        .peekable();
    mentions.peek().is_some() && mentions.all(|sentence| NO_ON_CALL.is_match(sentence))
}

/// Words that make the hours after them in a clause hours without duty ("There are no calls at
/// night or on Sundays", "every day except Sundays").
const NEGATIONS: &[&str] = &[
    "no", "not", "never", "without", "nor", "except", "none", "nobody",
];

/// True when the clause of `text` before byte `at` says no ("There are no calls at ..."): the
/// words from the start of the clause (after the last `.`, `;`, `,`, `!`, `?` or line break).
fn negated_before(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or_default();
    let clause_start = before
        .rfind(['.', ';', ',', '!', '?', '\n'])
        .map_or(0, |index| index + 1);
    before[clause_start..]
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| NEGATIONS.iter().any(|no| word.eq_ignore_ascii_case(no)))
}

/// Hours written next to each other ("05:00 to 10:00 and 17:00 to 21:00 on weekdays, 05:00 to
/// 10:00 on Saturdays") as one phrase: spans whose gap holds only commas, white space and
/// joining words become one span.
fn merge_adjacent(text: &str, mut spans: Vec<Range<usize>>) -> Vec<Range<usize>> {
    const JOINERS: &[&str] = &["and", "or", "on", "at", "&", "/", "plus"];
    crate::sort::sort_by_key(&mut spans, |span| span.start);
    let mut merged: Vec<Range<usize>> = Vec::new();
    for span in spans {
        if let Some(last) = merged.last_mut() {
            let gap = text.get(last.end..span.start).unwrap_or("x");
            let joins = span.start >= last.end
                && gap.len() <= 8
                && !gap.contains('\n')
                && gap
                    .split(|c: char| c.is_whitespace() || c == ',')
                    .all(|word| word.is_empty() || JOINERS.contains(&word));
            if joins {
                last.end = last.end.max(span.end);
                continue;
            }
        }
        merged.push(span);
    }
    merged
}

/// True when every sentence of `text` that mentions on-call duty speaks of somebody else's
/// ([`crate::text::others_on_call`]): such a paragraph says nothing of the reader's hours.
pub(crate) fn only_others_on_call(text: &str) -> bool {
    let mut mentions = sentences(text)
        .into_iter()
        .filter_map(|range| text.get(range))
        .filter(|sentence| mentions_on_call(sentence))
        .peekable();
    mentions.peek().is_some() && mentions.all(others_on_call)
}

fn overlaps(span: &Range<usize>, taken: &[Range<usize>]) -> bool {
    taken
        .iter()
        .any(|other| span.start < other.end && other.start < span.end)
}

/// The phrases of `text` at `spans`, in text order, joined with ", "; `None` when empty.
fn joined(text: &str, mut spans: Vec<Range<usize>>) -> Option<String> {
    crate::sort::sort_by_key(&mut spans, |span| span.start);
    let mut phrases: Vec<&str> = Vec::new();
    for span in spans {
        let phrase = text.get(span).unwrap_or_default().trim();
        if !phrase.is_empty() && !phrases.contains(&phrase) {
            phrases.push(phrase);
        }
    }
    (!phrases.is_empty()).then(|| phrases.join(", "))
}

/// Reads how often, which hours and how on-call duty is paid from prose.
pub(crate) fn read_on_call(text: &str) -> OnCallFacts {
    let frequency = FREQUENCY
        .iter()
        .filter_map(|pattern| pattern.find(text))
        .min_by_key(|found| found.start())
        .map(|found| found.start()..found.end());
    let mut taken: Vec<Range<usize>> = frequency.iter().cloned().collect();

    let mut compensation: Vec<Range<usize>> = Vec::new();
    for pattern in COMPENSATION.iter() {
        for found in pattern.find_iter(text) {
            let span = found.start()..found.end();
            if !overlaps(&span, &taken) && !overlaps(&span, &compensation) {
                compensation.push(span);
            }
        }
    }
    if compensation.is_empty() {
        if let Some(found) = COMPENSATION_NAMED.find(text) {
            compensation.push(found.start()..found.end());
        }
    }
    taken.extend(compensation.iter().cloned());

    let mut hours: Vec<Range<usize>> = Vec::new();
    for found in TIME_RANGE.find_iter(text) {
        let phrase = found.as_str();
        let clock = phrase.contains(':') || phrase.to_lowercase().contains('m');
        let span = found.start()..found.end();
        if clock && !overlaps(&span, &taken) && !negated_before(text, span.start) {
            hours.push(span);
        }
    }
    taken.extend(hours.iter().cloned());
    for found in DAY_PARTS.find_iter(text) {
        let span = found.start()..found.end();
        if !overlaps(&span, &taken) && !negated_before(text, span.start) {
            hours.push(span);
        }
    }

    OnCallFacts {
        frequency: frequency.and_then(|span| text.get(span)).map(str::to_owned),
        hours: joined(text, merge_adjacent(text, hours)),
        compensation: joined(text, compensation),
    }
}

/// True for a sentence that speaks of the reader's on-call duty: it mentions on-call duty, does
/// not say there is none, and is not about somebody else's.
fn names_the_duty(sentence: &str) -> bool {
    mentions_on_call(sentence) && !NO_ON_CALL.is_match(sentence) && !others_on_call(sentence)
}

/// The sentences of the on-call details that say something of the reader's duty, joined by a
/// space. Under an on-call heading (`from_section`) that is every sentence but those about
/// somebody else's duty ("A supervisor is on call to help you"); details gathered from
/// paragraphs elsewhere ("You work three shifts a week, 07:30 to 20:00. You are also on call
/// one weekend in four.") only lend the sentences that name the duty: the rest is the regular
/// schedule.
fn duty_sentences(details: &str, from_section: bool) -> String {
    sentences(details)
        .into_iter()
        .filter_map(|range| details.get(range))
        .filter(|sentence| {
            if from_section {
                !others_on_call(sentence)
            } else {
                names_the_duty(sentence)
            }
        })
        .collect::<Vec<&str>>()
        .join(" ")
}

/// Fills the empty on-call fields from what the posting says about on-call duty: the on-call
/// details (all of them when they stand under an on-call heading, `from_section`; else only
/// their sentences that name the duty), then the sentences of the duties, requirements,
/// benefits, summary and unplaced text that mention it. Marks the duty as required when those
/// sentences describe it (a frequency, hours or pay), unless the posting says there is none.
/// Sentences about somebody else's duty ("Your supervisor is on call 24/7") say nothing of the
/// reader's. The text stays where it is.
pub(crate) fn complete(posting: &mut Posting, from_section: bool) {
    if posting.on_call.status == OnCallStatus::None {
        return;
    }
    let mut found = read_on_call(&duty_sentences(&posting.on_call.details, from_section));
    let mut described_elsewhere = false;
    let mut texts: Vec<&str> = vec![posting.summary.as_str()];
    for kind in [
        ListKind::Responsibilities,
        ListKind::MustHave,
        ListKind::NiceToHave,
        ListKind::Benefits,
    ] {
        texts.extend(posting.list(kind).iter().map(|item| item.text.as_str()));
    }
    texts.push(posting.unplaced.as_str());
    for text in texts {
        // A sentence that mentions on-call duty makes the whole text mention it (a sentence
        // starts and ends next to white space, so the pattern's word boundaries hold there
        // too): a text that does not is not cut into sentences.
        if !mentions_on_call(text) {
            continue;
        }
        for range in sentences(text) {
            let sentence = &text[range];
            if !names_the_duty(sentence) {
                continue;
            }
            let facts = read_on_call(sentence);
            described_elsewhere |= !facts.is_empty();
            found.frequency = found.frequency.or(facts.frequency);
            found.hours = found.hours.or(facts.hours);
            found.compensation = found.compensation.or(facts.compensation);
        }
    }
    let on_call = &mut posting.on_call;
    if on_call.status == OnCallStatus::NotStated && described_elsewhere {
        on_call.status = OnCallStatus::Required;
    }
    if on_call.status != OnCallStatus::Required {
        return;
    }
    for (field, value) in [
        (&mut on_call.frequency, found.frequency),
        (&mut on_call.hours, found.hours),
        (&mut on_call.compensation, found.compensation),
    ] {
        if let Some(value) = value.filter(|_| field.trim().is_empty()) {
            *field = value;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::OnCall;

    fn facts(text: &str) -> (Option<String>, Option<String>, Option<String>) {
        let facts = read_on_call(text);
        (facts.frequency, facts.hours, facts.compensation)
    }

    fn some(text: &str) -> Option<String> {
        Some(text.to_owned())
    }

    #[test]
    fn reads_a_rota_sentence() {
        assert_eq!(
            facts("Support engineers join the on-call rota every fourth weekend, 18:00 to 08:00, with a stipend of USD 500 for the week."),
            (
                some("every fourth weekend"),
                some("18:00 to 08:00"),
                some("a stipend of USD 500 for the week")
            )
        );
        assert_eq!(
            facts("On-call: one week in six, evenings and weekends, paid at time and a half, plus a day off in lieu."),
            (
                some("one week in six"),
                some("evenings and weekends"),
                some("paid at time and a half, a day off in lieu")
            )
        );
        assert_eq!(
            facts("You'll be on call one week per month (6pm-9am CET) for EUR 300 per week."),
            (
                some("one week per month"),
                some("6pm-9am CET"),
                some("EUR 300 per week")
            )
        );
    }

    #[test]
    fn reads_hours_written_together_as_one_phrase() {
        assert_eq!(
            facts("Hours: 05:00 to 10:00 and 17:00 to 21:00 on weekdays, 05:00 to 10:00 on Saturdays. Bakeries start their rounds at 05:00. There are no calls at night or on Sundays.").1,
            some("05:00 to 10:00 and 17:00 to 21:00 on weekdays, 05:00 to 10:00 on Saturdays")
        );
        // Hours a clause says no to are no hours.
        assert_eq!(facts("There are no calls at night.").1, None);
        assert_eq!(
            facts("On call in the evenings, every day except Sundays.").1,
            some("evenings")
        );
    }

    #[test]
    fn tells_a_text_that_says_there_is_no_on_call() {
        for text in [
            "No on-call, ever.",
            "There is no mandatory overtime and no mandatory on-call. Extra shifts are voluntary.",
            "Nobody works Sundays, and nobody is on call.",
            "There is no weeknight on-call.",
            "Trainees are not on our on-call rotation and are never asked to work evenings.",
            "There is no on-call for support. If our systems go down at night, the engineer on call handles it.",
        ] {
            assert!(says_no_on_call(text), "{text}");
        }
        for text in [
            "You will be on call one week in six. There is no weekend on-call.",
            "Join the on-call rota.",
            "A supervisor is on call to help you. There are no overnight visits.",
        ] {
            assert!(!says_no_on_call(text), "{text}");
        }
    }

    #[test]
    fn reads_a_hospitals_call_from_the_schedule() {
        let mut posting = Posting {
            summary: "Schedule\n- Call: about five weekday call shifts (3:15 p.m. to 6:45 a.m.) a month and one weekend in five\n- Call pay is $5.00 an hour.".into(),
            ..Posting::default()
        };
        complete(&mut posting, false);
        assert_eq!(posting.on_call.status, OnCallStatus::Required);
        assert!(!posting.on_call.frequency.is_empty());
        assert!(!posting.on_call.compensation.is_empty());
        // A contact centre's phone call shifts name no duty facts.
        let mut posting = Posting {
            summary: "Staff the phone call shifts in our contact centre.".into(),
            ..Posting::default()
        };
        complete(&mut posting, false);
        assert_eq!(posting.on_call.status, OnCallStatus::NotStated);
    }

    #[test]
    fn reads_only_the_duty_from_paragraphs_that_say_more() {
        let details = "You work three shifts a week, 07:30 to 20:00 long days and 19:30 to 08:00 nights, one weekend in two. You are also on call one weekend in six, paid at time and a half.";
        let mut posting = Posting {
            on_call: OnCall {
                status: OnCallStatus::Required,
                details: details.into(),
                ..OnCall::default()
            },
            ..Posting::default()
        };
        complete(&mut posting, false);
        assert_eq!(posting.on_call.frequency, "one weekend in six");
        assert_eq!(posting.on_call.hours, "");
        assert_eq!(posting.on_call.compensation, "paid at time and a half");
        // Under an on-call heading, the whole section is the duty's, but not somebody
        // else's.
        let mut posting = Posting {
            on_call: OnCall {
                status: OnCallStatus::Required,
                details: "One week in six, 18:00 to 08:00. A senior engineer is always on call to help you, 24/7.".into(),
                ..OnCall::default()
            },
            ..Posting::default()
        };
        complete(&mut posting, true);
        assert_eq!(posting.on_call.frequency, "One week in six");
        assert_eq!(posting.on_call.hours, "18:00 to 08:00");
    }

    #[test]
    fn leaves_out_what_is_not_said() {
        assert_eq!(
            facts("Participate in the on-call rotation."),
            (None, None, None)
        );
        assert_eq!(
            facts("Weekday and weekend on-call coverage (daytime only)."),
            (None, some("Weekday and weekend, daytime only"), None)
        );
        // A salary and a duration are not on-call terms.
        assert_eq!(facts("We meet 2 to 3 times"), (None, None, None));
        assert_eq!(
            facts("There is an on-call allowance."),
            (None, None, some("on-call allowance"))
        );
    }

    #[test]
    fn complete_fills_fields_from_details_and_duties() {
        let mut posting = Posting {
            on_call: OnCall {
                status: OnCallStatus::Required,
                details: "One week in six, evenings and weekends, EUR 300 per week.".into(),
                ..OnCall::default()
            },
            ..Posting::default()
        };
        complete(&mut posting, true);
        assert_eq!(posting.on_call.frequency, "One week in six");
        assert_eq!(posting.on_call.hours, "evenings and weekends");
        assert_eq!(posting.on_call.compensation, "EUR 300 per week");
        assert!(posting.on_call.details.starts_with("One week in six"));

        let mut posting = Posting::default();
        posting.push_item(
            ListKind::Responsibilities,
            "Join the on-call rotation one week in eight, nights and weekends.",
        );
        posting.push_item(ListKind::Benefits, "On-call allowance of £250 per week");
        complete(&mut posting, true);
        assert_eq!(posting.on_call.status, OnCallStatus::Required);
        assert_eq!(posting.on_call.frequency, "one week in eight");
        assert_eq!(
            posting.on_call.compensation,
            "On-call allowance of £250 per week"
        );
    }

    #[test]
    fn ignores_bare_mentions_and_no_on_call() {
        let mut posting = Posting::default();
        posting.push_item(
            ListKind::Responsibilities,
            "Participate in on-call rotation",
        );
        complete(&mut posting, true);
        assert_eq!(posting.on_call.status, OnCallStatus::NotStated);

        let mut posting = Posting::default();
        posting.push_item(
            ListKind::Benefits,
            "No on-call: evenings and weekends are yours",
        );
        complete(&mut posting, true);
        assert_eq!(posting.on_call, OnCall::default());

        let mut posting = Posting {
            on_call: OnCall {
                status: OnCallStatus::None,
                details: "No on-call, ever.".into(),
                ..OnCall::default()
            },
            ..Posting::default()
        };
        posting.push_item(
            ListKind::Responsibilities,
            "Cover evenings and weekends on call",
        );
        complete(&mut posting, true);
        assert_eq!(posting.on_call.hours, "");
    }

    #[test]
    fn ignores_somebody_else_on_call() {
        for sentence in [
            "A nurse is always on call to support you during home visits, which end by 4:30 p.m.",
            "After-hours escalations go to the engineer on call from 6 p.m. to 8 a.m., not to you.",
            "Your nurse supervisor is on call 24/7 for any question during a visit.",
            "A mechanic is on call every night at our Rochelle shop.",
        ] {
            let mut posting = Posting {
                summary: sentence.into(),
                ..Posting::default()
            };
            complete(&mut posting, true);
            assert_eq!(posting.on_call, OnCall::default(), "{sentence}");
        }
        let mut posting = Posting {
            summary: "You will be on call one week in six, 6 p.m. to 8 a.m.".into(),
            ..Posting::default()
        };
        complete(&mut posting, true);
        assert_eq!(posting.on_call.status, OnCallStatus::Required);
    }
}
