//! `age-bias`: wording that favours younger applicants.

use crate::text::compile_pattern;
use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use super::JOB_PROSE;
use crate::lint::rule::{declare_rule, Context, FieldText};
use crate::lint::word_list::{
    a_noun_of_need, captures_from_words, find_from_words_within, finding, Entry, Match, Sense,
    TriggerWords, WordList, SEEKING, SERVED,
};
use crate::lint::Diagnostic;
use crate::model::{Field, ListKind, Section};
use crate::text::tokenize;

declare_rule! {
    /// Flags wording that favours younger applicants: "young team", "digital native", "recent graduate".
    ///
    /// ## What it does
    /// Finds youth described as a trait of the team or the candidate ("we're still a young
    /// team", "young and energetic"), "digital native", "recent graduate", "straight out of
    /// school", "fresh graduate", energy as a trait of the team or the person ("energetic
    /// team", "an energetic leader", "an outgoing, energetic personality", "a high-energy
    /// coach", a requirement that opens with it: "Confident and energetic, with ..."; "a young,
    /// energetic team" is one finding, on "young"), a request for the
    /// applicant's "date of birth" (also in the how-to-apply section), caps on
    /// experience ("no more than 5 years of experience") and upper age limits ("Age: 18 to 35
    /// years", "candidates under 30 years of age"). A young *company* or *industry* is
    /// fine and is not flagged; nor is the equal-opportunity statement.
    ///
    /// ## Why is this bad?
    /// Older applicants read these phrases as "not you", and in the US the EEOC treats phrases
    /// such as "recent college graduate" or "young" in an ad as evidence of age discrimination
    /// under the Age Discrimination in Employment Act; the UK Equality Act 2010 and the EU
    /// equal-treatment directive (2000/78/EC) also cover age. Experience caps screen out
    /// exactly the people with more of it.
    ///
    /// ## Example
    /// ```text
    /// We're still a young team looking for a digital native, ideally a recent graduate.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// We're a small team that started in 2022, looking for someone at ease with online tools;
    /// people early in their career are welcome to apply.
    /// ```
    ///
    /// ## What it does not flag
    /// A young company or industry, mentoring or helping young people (the people a program
    /// serves, not the team: "the welfare of children and young people", "connect young people
    /// to housing", "campaigns that young people design", "a young person took on a
    /// challenge", a sentence that says nothing of hiring, or a posting that names them three
    /// times or more: a youth service's clients), "mature applicants" (a
    /// college's mature students, "applications (mature, FET, EU)"; "a mature person", "A
    /// mature and sensible person" asked of the candidate is flagged), a minimum of experience ("at
    /// least 5 years of experience"), a minimum age ("must be 18 or older"), the ages of the
    /// people a program or product serves ("young people aged 16 to 24", "The tenants are aged
    /// 21 to 63", "210,000 customers, most of them aged 18 to 30",
    /// "They are aged between 21 and 63"), recent graduates named beside older people ("we
    /// hire students, recent grads and retirees"), and the equal-opportunity
    /// statement:
    /// ```text
    /// We are a young company in a young industry; you will mentor young people aged 16 to 24.
    /// ```
    id: "age-bias",
    category: Bias,
    severity: Warning,
    has_fix: true,
    check: check,
}

const TEAM_TRAIT: &[&str] = &[
    "team",
    "teams",
    "crew",
    "group",
    "workforce",
    "staff",
    "colleagues",
    "people",
    "professional",
    "professionals",
    "candidate",
    "candidates",
    "talent",
    "blood",
    "hires",
    "engineers",
    "applicants",
    "person",
    "individual",
    "individuals",
    "and",
    "energetic",
    "dynamic",
    "hungry",
    // "A young, fun team", "young, strong guys": youth listed with other traits of the people
    // (not "young men" or "young workers": often the people a programme serves).
    "fun",
    // "A young, tight-knit crew", "a young, close-knit team".
    "tight",
    "close",
    "strong",
    "guys",
    "eager",
    "ambitious",
    "driven",
    "motivated",
    "enthusiastic",
    "vibrant",
    "scrappy",
    "friendly",
    "lively",
    "bubbly",
    "passionate",
    "talented",
    // "A young, high-energy crew".
    "high",
    // "A young, international team from 24 countries".
    "international",
    "multicultural",
    "crew",
    "crews",
    "squad",
];

const YOUTH: &str = "describes youth as a trait of the team or the candidate";
const MATURITY: &str = "asks for an age (maturity) instead of the experience the job needs";
const BIRTH: &str = "asks for the applicant's age";
/// The year of a degree or diploma gives the age away as surely as a birth date.
const GRADUATION: &str = "asks when the applicant graduated, which gives their age away";
/// Where a posting asks applicants for things; read for [`BIRTH`] requests too.
const APPLY: &[Section] = &[Section::HowToApply];
const SCHOOL: &str = "asks for people at the start of their working life";

const ENERGY: &str = "describes energy as a trait of the team, which reads as young";

/// True when "young" comes right before token `index`, maybe with "and" ("young and
/// energetic").
fn after_young(field: &FieldText, index: usize) -> bool {
    let tokens = &field.tokens;
    let word = |at: Option<usize>| {
        at.and_then(|at| tokens.get(at))
            .map(|token| token.lower.as_str())
    };
    let previous = index.checked_sub(1);
    word(previous) == Some("young")
        || (word(previous) == Some("and") && word(index.checked_sub(2)) == Some("young"))
}

/// What "energetic" or "high-energy" describes when it is said of people: the team, or the
/// person sought ("a dynamic, energetic leader", "an outgoing, energetic personality", "a
/// confident, high-energy coach"), or another trait of a list of theirs ("a high-energy, fun
/// team"); not a product or a busy store.
const ENERGY_HEADS: &[&str] = &[
    "team",
    "staff",
    "people",
    "person",
    "individual",
    "candidate",
    "colleagues",
    "crew",
    "leader",
    "professional",
    "self-starter",
    "personality",
    "coach",
    "fun",
];

static ENTRIES: &[Entry] = &[
    Entry::new("young", YOUTH)
        .if_next(TEAM_TRAIT)
        .unless_prev(&[
            "mentor",
            "mentoring",
            "support",
            "supporting",
            "serve",
            "serving",
            "serves",
            // The people a program is for ("helps young people aged 16 to 24 find jobs").
            "help",
            "helps",
            "helping",
            "teach",
            "teaches",
            "teaching",
            "coach",
            "coaching",
            "with",
            // Youth work: "meeting young people where they are", "work alongside young
            // people", "reach young people who do not use our centres".
            "alongside",
            "meet",
            "meeting",
            "reach",
            "reaching",
            "engage",
            "engaging",
            "empower",
            "empowering",
            "safeguard",
            "safeguarding",
        ]),
    Entry::new("youthful", YOUTH),
    Entry::new("young at heart", YOUTH),
    // "We are looking for a mature person", "A mature and sensible person", "Mature,
    // organized and able to work independently": maturity as an age, asked of the person
    // (not of a codebase or a market). (Not "mature applicants" or "mature candidates": in
    // education, the mature students a college serves or welcomes.)
    Entry::new("mature", MATURITY)
        .sense(Sense::TraitOfApplicant)
        .unless_next(&[
            "applicants",
            "applicant",
            "candidates",
            "students",
            "student",
            "learners",
            "learner",
            "entrants",
            "entry",
        ]),
    // Said of people (see `energy_of_people`).
    Entry::new("energetic", ENERGY),
    Entry::new("high-energy", ENERGY),
    Entry::new(
        "digital native",
        "is a generational label for people who grew up online",
    )
    .replace(&["comfortable with digital tools"]),
    Entry::new(
        "digital natives",
        "is a generational label for people who grew up online",
    )
    .replace(&["people comfortable with digital tools"]),
    Entry::new("date of birth", BIRTH),
    Entry::new("birth date", BIRTH),
    Entry::new("year of birth", BIRTH),
    Entry::new("graduation year", GRADUATION),
    Entry::new("graduation date", GRADUATION),
    Entry::new("year of graduation", GRADUATION),
    Entry::new("date of graduation", GRADUATION),
    Entry::new("year you graduated", GRADUATION),
    Entry::new("when you graduated", GRADUATION),
    Entry::new("recent graduate", SCHOOL).replace(&["early-career candidate"]),
    Entry::new("recent graduates", SCHOOL).replace(&["early-career candidates"]),
    Entry::new("recent grad", SCHOOL).replace(&["early-career candidate"]),
    Entry::new("recent grads", SCHOOL).replace(&["early-career candidates"]),
    Entry::new("recent college graduate", SCHOOL).replace(&["early-career candidate"]),
    Entry::new("fresh graduate", SCHOOL).replace(&["early-career candidate"]),
    Entry::new("fresh graduates", SCHOOL).replace(&["early-career candidates"]),
    Entry::new("straight out of school", SCHOOL).replace(&["early in their career"]),
    Entry::new("straight out of college", SCHOOL).replace(&["early in their career"]),
    Entry::new("straight out of university", SCHOOL).replace(&["early in their career"]),
    Entry::new("fresh out of school", SCHOOL).replace(&["early in their career"]),
    Entry::new("fresh out of college", SCHOOL).replace(&["early in their career"]),
    Entry::new("fresh out of university", SCHOOL).replace(&["early in their career"]),
];

fn list() -> &'static WordList {
    static LIST: OnceLock<WordList> = OnceLock::new();
    LIST.get_or_init(|| WordList::new(ENTRIES))
}

fn experience_cap() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(r"(?i)^(?:no more than|not more than|maximum of|max(?:imum)?\.?|at most|less than|fewer than|up to)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?(?:'|’)?\s+(?:of\s+)?(?:\w+\s+)?experience")
    })
}

/// The words every [`experience_cap`] match starts with.
const CAP_TRIGGERS: &[&str] = &["no", "not", "maximum", "max", "at", "less", "fewer", "up"];

/// The words every [`age_limit`] match starts with.
const LIMIT_TRIGGERS: &[&str] = &[
    "age", "aged", "between", "under", "below", "younger", "not", "no", "be",
];

/// An upper age limit: "Age: 18 to 35 years", "aged 21-35", "between the ages of 25 and
/// 40", "under 30 years of age", "no older than 35 years", "Age below 32 years", "must be 21 to
/// 35 years of age". Anchored at one of the
/// [`LIMIT_TRIGGERS`]; whose ages they are is the word before ([`word_before`]).
fn age_limit() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(concat!(
            r"(?i)^(?:",
            r"(?:age(?:\s+limit)?\s*:?|aged|between\s+the\s+ages\s+of)\s*(?:between\s+)?(?P<low>\d{2})\s*(?:to|-|–|and)\s*(?P<high>\d{2})(?:\s+years(?:\s+(?:of\s+age|old))?)?",
            r"|(?:under|below|younger\s+than|not\s+older\s+than|no\s+older\s+than|not\s+over)\s+(?P<max>\d{2})\s+years\s+(?:of\s+age|old)",
            // "Must be 21 to 35 years of age at time of appointment".
            r"|be\s+(?:between\s+)?(?P<from>\d{2})\s*(?:to|-|–|and)\s*(?P<until>\d{2})\s+years\s+(?:of\s+age|old)",
            // "Age below 32 years", "Age limit: up to 35".
            r"|age(?:\s+limit)?\s*:?\s*(?:under|below|less\s+than|not\s+more\s+than|not\s+exceeding|up\s+to|max(?:imum)?\.?)\s+(?P<cap>\d{2})(?:\s+(?:years|yrs))?",
            r")(?-u:\b)",
        ))
    })
}

/// Upper age limits set for applicants in `field` (a minimum age alone is a legal condition,
/// not a limit).
fn age_limits(field: &FieldText) -> Vec<Range<usize>> {
    if !field.text.bytes().any(|byte| byte.is_ascii_digit()) {
        return Vec::new();
    }
    static TRIGGERS: OnceLock<TriggerWords> = OnceLock::new();
    let triggers = TRIGGERS.get_or_init(|| TriggerWords::new(LIMIT_TRIGGERS));
    captures_from_words(field, triggers, age_limit(), false)
        .into_iter()
        .filter_map(|(start, found)| {
            let whole = found.get(0)?;
            let served = said_of_the_served(field.text, start);
            let number = |name: &str| {
                found
                    .name(name)
                    .and_then(|n| n.as_str().parse::<u32>().ok())
            };
            let (low, high) = match (number("low"), number("high")) {
                (Some(low), Some(high)) => (Some(low), Some(high)),
                _ => (number("from"), number("until")),
            };
            let limit = match (low, high, number("max")) {
                (Some(low), Some(high), _) => (14..high).contains(&low) && high < 65,
                (_, _, Some(max)) => (16..65).contains(&max),
                _ if number("cap").is_some_and(|cap| (16..65).contains(&cap)) => true,
                _ => false,
            };
            (limit && !served).then_some(start..start + whole.end())
        })
        .collect()
}

/// True when the age range at byte `at` is said of the people a job serves: "students aged 14
/// to 18", or a predicate of them or of "they" ("The tenants are aged 21 to 63", "They are aged
/// between 21 and 63"), not of the applicants.
fn said_of_the_served(text: &str, at: usize) -> bool {
    let Some((mut verb_at, word)) = word_before(text, at) else {
        return false;
    };
    let mut lower = word.to_lowercase();
    // "Our residents must be 18 to 25 years old": past the verb's helpers to its subject.
    for _ in 0..2 {
        if !HELPERS.contains(&lower.as_str()) {
            break;
        }
        let Some((at, word)) = word_before(text, verb_at) else {
            return false;
        };
        (verb_at, lower) = (at, word.to_lowercase());
    }
    // "Our customers are mostly aged 18 to 30".
    if matches!(
        lower.as_str(),
        "mostly" | "mainly" | "largely" | "typically" | "usually" | "generally" | "all"
    ) {
        let Some((at, word)) = word_before(text, verb_at) else {
            return false;
        };
        (verb_at, lower) = (at, word.to_lowercase());
    }
    if SERVED.contains(&lower.as_str()) {
        return true;
    }
    // "210,000 customers, most of them aged 18 to 30".
    if lower == "them" {
        let Some((of_at, of)) = word_before(text, verb_at) else {
            return false;
        };
        let Some((share_at, share)) = word_before(text, of_at).filter(|_| of == "of") else {
            return false;
        };
        let share = share.to_lowercase();
        if !matches!(share.as_str(), "most" | "many" | "some" | "all" | "half") {
            return false;
        }
        let before = text[..share_at].trim_end().trim_end_matches(',');
        let noun = before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default()
            .to_lowercase();
        return SERVED.contains(&noun.as_str());
    }
    if !matches!(lower.as_str(), "are" | "were" | "is") {
        return false;
    }
    word_before(text, verb_at).is_some_and(|(_, subject)| {
        let subject = subject.to_lowercase();
        subject == "they" || SERVED.contains(&subject.as_str())
    })
}

/// The word right before byte `at`, with only white space between them ("students" in
/// "students aged 14 to 18"), with the byte where it starts.
fn word_before(text: &str, at: usize) -> Option<(usize, &str)> {
    let before = text.get(..at)?;
    let trimmed = before.trim_end();
    if trimmed.len() == before.len() {
        return None;
    }
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '_')
        .last()
        .map(|(index, _)| index)?;
    Some((start, &trimmed[start..]))
}

/// Words a list of traits may end in that name no person ("an energetic and supportive
/// environment").
const NO_PERSON: &[&str] = &[
    "environment",
    "atmosphere",
    "workplace",
    "culture",
    "approach",
    "style",
    "spirit",
    "place",
    "pace",
];

/// True when "energetic" at `found` describes people: one of the [`ENERGY_HEADS`] right after
/// it, or a list of traits that ends in one or in a role ("an energetic and creative Library
/// Assistant", "energetic, friendly staff"); not a product or a busy store.
fn energy_of_people(field: &FieldText, found: &Match) -> bool {
    let tokens = &field.tokens;
    let word = |at: usize| tokens.get(at).map(|token| token.lower.as_str());
    let end = found.tokens.end;
    if word(end).is_some_and(|next| ENERGY_HEADS.contains(&next)) {
        return true;
    }
    // The person sought, named by the job: "seeking an energetic, compassionate Home Health
    // Aide", "looking for an energetic cashier".
    let start = found.tokens.start;
    let before = |back: usize| start.checked_sub(back).and_then(word);
    let sought = matches!(before(1), Some("a" | "an"))
        && (before(2).is_some_and(|seek| SEEKING.contains(&seek))
            || before(2) == Some("for")
                && matches!(before(3), Some("looking" | "searching" | "hiring")));
    // (Not a place: "we value an energetic workplace".)
    if sought
        && !(end..(end + 4).min(tokens.len()))
            .any(|at| word(at).is_some_and(|w| NO_PERSON.contains(&w)))
    {
        return true;
    }
    let gap = |at: usize| {
        field
            .text
            .get(tokens[at - 1].span.end..tokens[at].span.start)
            .unwrap_or(".")
    };
    // A requirement that opens with the traits asked ("Confident and energetic, with the
    // resilience to bounce back"): the person sought, with no noun after.
    let requirement = matches!(
        field.field,
        Field::Item(ListKind::MustHave | ListKind::NiceToHave, _)
    );
    let opens_with_traits = found.tokens.start <= 4
        && (0..found.tokens.start).all(|at| {
            matches!(word(at), Some("and" | "or"))
                || gap(at + 1).trim() == ","
                || matches!(word(at + 1), Some("and" | "or"))
        });
    let trait_ends = end >= tokens.len()
        || matches!(gap(end).trim(), "," | ";" | "." | "!")
        || matches!(word(end), Some("and" | "or" | "with"));
    if requirement && opens_with_traits && trait_ends {
        return true;
    }
    // A list goes on: "energetic and creative ...", "energetic, friendly ...".
    let listed =
        end < tokens.len() && (gap(end).trim() == "," || matches!(word(end), Some("and" | "or")));
    if !listed {
        return false;
    }
    for at in end..(end + 5).min(tokens.len()) {
        if at > end && !gap(at).trim().is_empty() && gap(at).trim() != "," {
            return false;
        }
        let Some(next) = word(at) else {
            return false;
        };
        if NO_PERSON.contains(&next) {
            return false;
        }
        // ("Fun" is another trait of the list, not the noun it ends in.)
        let head = ENERGY_HEADS.contains(&next) && next != "fun";
        if head || crate::lint::word_list::is_person_head(next) {
            return true;
        }
    }
    false
}

/// Words that show a sentence is about the people hired or the team they join, beside the
/// words of seeking someone ([`SEEKING`]).
const HIRING: &[&str] = &[
    "you",
    "your",
    "you'll",
    "you\u{2019}ll",
    "you're",
    "you\u{2019}re",
    "joining",
    "candidate",
    "candidates",
    "applicant",
    "applicants",
    "team",
    "teams",
    "crew",
    "staff",
    "colleagues",
    "ideal",
    "suit",
    "suits",
    "perfect",
];

/// Words right before "young people" that make them the object of the work ("connect young
/// people to housing", "work with young people", "the voices of young people").
const WORK_ON_THEM: &[&str] = &[
    "to",
    "with",
    "of",
    "where",
    "connect",
    "support",
    "supporting",
    "help",
    "helping",
    "mentor",
    "mentoring",
    "serve",
    "serving",
    "reach",
    "engage",
    "engaging",
    "meet",
    "coach",
    "coaching",
    "teach",
    "teaching",
    "house",
    "housing",
    "protect",
    "safeguard",
    "vulnerable",
    "homeless",
];

/// Words between a subject and "be" ("Our residents must be 18 to 25 years old").
const HELPERS: &[&str] = &[
    "must", "should", "will", "shall", "can", "need", "needs", "to", "have", "has",
];

/// Words before "for young people" that make the job suit them ("ideal for young people
/// starting out"): a preference, not the people the work is for.
const SUITED: &[&str] = &[
    "ideal", "perfect", "great", "suitable", "suited", "good", "right", "best", "open",
];

/// Verbs in the past tense that do not end in "-ed": the young person's own verb in a story
/// ("a young person took on a challenge").
const PAST_VERBS: &[&str] = &[
    "took", "made", "came", "went", "had", "was", "were", "did", "got", "found", "gave", "told",
    "left", "began", "grew", "felt", "said", "chose", "won", "wrote", "ran", "built", "led",
];

/// True when "young people" (or "young adults") at `found` are the people a service is for,
/// not the people hired: the phrase "children and young people" ("safeguarding and promoting
/// the welfare of children and young people"), or a sentence that says nothing of hiring ("48
/// apartments are for young people aged 18 to 24 leaving foster care").
fn young_people_served(field: &FieldText, found: &Match, the_clients: bool) -> bool {
    let tokens = &field.tokens;
    let word = |at: Option<usize>| at.and_then(|at| tokens.get(at)).map(|t| t.lower.as_str());
    let start = found.tokens.start;
    if !matches!(
        word(Some(found.tokens.end)),
        Some("people" | "adults" | "persons" | "person")
    ) {
        return false;
    }
    let children = matches!(word(start.checked_sub(1)), Some("and" | "or"))
        && word(start.checked_sub(2)) == Some("children");
    // The object of the work, even in a sentence to "you": "connect young people to housing",
    // "go to where young people are", "work with young people" (not "we are looking for young
    // people": a sentence that seeks).
    // ... or counted ("a caseload of 10 to 12 young people"), or whose voices or needs are
    // meant ("the voices of young people").
    let object_of_the_work = word(start.checked_sub(1)).is_some_and(|before| {
        before.bytes().all(|byte| byte.is_ascii_digit()) || WORK_ON_THEM.contains(&before)
    });
    // "Donors who share our passion for young people", "services for young people" (not
    // "ideal for young people starting out": the job suits them; nor "looking for young
    // people": that sentence seeks them).
    let object_of_the_work = object_of_the_work
        || word(start.checked_sub(1)) == Some("for")
            && !word(start.checked_sub(2)).is_some_and(|fit| SUITED.contains(&fit));
    // "Tell us about one time a young person took on a challenge", "a young person who was
    // referred to us": the young person does something in a story of the work (unless the
    // sentence seeks them, below).
    let their_story = word(Some(found.tokens.end + 1)).is_some_and(|next| {
        matches!(next, "who" | "whom" | "whose")
            || PAST_VERBS.contains(&next)
            || (next.len() > 4 && next.ends_with("ed"))
    });
    // "Campaigns that young people design", "make sure the young people are heard": the
    // subject of a clause of their own, or the young people already named.
    let named_before = matches!(
        word(start.checked_sub(1)),
        Some("that" | "which" | "whom" | "the" | "these" | "those")
    );
    let object_of_the_work = object_of_the_work || their_story || named_before || the_clients;
    children
        || field.sentence_at(found.span.start).is_some_and(|sentence| {
            let tokens = tokenize(sentence);
            // ("Most young people join us with little experience": the young people's verb,
            // not the employer seeking them.)
            // ("... when they need it", "young people who need support": theirs too.)
            let their_verb = |index: usize| {
                index >= 2
                    && tokens[index - 2].lower == "young"
                    && matches!(tokens[index - 1].lower.as_str(), "people" | "adults")
                    || index >= 1 && matches!(tokens[index - 1].lower.as_str(), "they" | "who")
            };
            let seeks = |index: usize, token: &crate::text::Token| {
                SEEKING.contains(&token.lower.as_str())
                    && !a_noun_of_need(&tokens, index)
                    && !their_verb(index)
            };
            if object_of_the_work {
                return !tokens
                    .iter()
                    .enumerate()
                    .any(|(index, token)| seeks(index, token));
            }
            !tokens
                .iter()
                .enumerate()
                .any(|(index, token)| HIRING.contains(&token.lower.as_str()) || seeks(index, token))
        })
}

/// True when the sentence holding `at` is about a college's students or applicants, whom
/// "mature" describes as a route of entry.
fn about_students(field: &FieldText, at: usize) -> bool {
    sentence_says(
        field,
        at,
        &[
            "student",
            "applications",
            "applicants",
            "learners",
            "entrants",
        ],
    )
}

/// True when the sentence holding `at` names older people beside the young ones ("students,
/// recent grads and retirees", "people of all ages").
fn with_older_people(field: &FieldText, at: usize) -> bool {
    sentence_says(
        field,
        at,
        &[
            "retirees",
            "career changers",
            "changing careers",
            "no upper age limit",
            "no age limit",
            "retired people",
            "of all ages",
            "of every age",
            "older workers",
        ],
    )
}

/// True when the sentence holding `at`, in lower case, contains one of `words`.
fn sentence_says(field: &FieldText, at: usize, words: &[&str]) -> bool {
    field.sentence_at(at).is_some_and(|sentence| {
        let lower = sentence.to_lowercase();
        words.iter().any(|words| lower.contains(words))
    })
}

/// Words that say a detail is not wanted ("a photo and date of birth are not needed").
const DECLINED: &[&str] = &["not", "don't", "never", "without", "no", "omit", "leave"];

/// True when the sentence holding `at` says the detail is not wanted.
fn declined(field: &FieldText, at: usize) -> bool {
    field.sentence_at(at).is_some_and(|sentence| {
        tokenize(sentence)
            .iter()
            .any(|token| DECLINED.contains(&token.lower.as_str()))
    })
}

/// Mentions of "young people" (or "young person", "young adults") across the posting from which
/// they are the people the service is for: a youth service's posting names them again and
/// again ("a recovery house for young people ... Link young people with school ... You will
/// drive young people to appointments"); an employer who wants young staff says it once.
const CLIENT_MENTIONS: usize = 3;

/// True when the posting names young people [`CLIENT_MENTIONS`] times or more.
fn clients(context: &Context) -> bool {
    let mentions: usize = context
        .texts
        .iter()
        .map(|text| {
            text.tokens
                .windows(2)
                .filter(|words| {
                    words[0].lower == "young"
                        && matches!(words[1].lower.as_str(), "people" | "person" | "adults")
                })
                .count()
        })
        .sum();
    mentions >= CLIENT_MENTIONS
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let help = "Describe the work and the skills it needs; age is not a skill.";
    let the_clients = std::cell::OnceCell::new();
    for field in context.texts_in(APPLY).chain(context.texts_in(JOB_PROSE)) {
        for found in list().find(field) {
            let asks = found.entry.note == BIRTH || found.entry.note == GRADUATION;
            if asks && declined(field, found.span.start) {
                continue;
            }
            // "A young, energetic team" is one finding, on "young".
            if found.entry.note == ENERGY
                && (after_young(field, found.tokens.start) || !energy_of_people(field, &found))
            {
                continue;
            }
            if found.entry.note == YOUTH
                && young_people_served(field, &found, *the_clients.get_or_init(|| clients(context)))
            {
                continue;
            }
            // "We hire lots of students, recent grads and retirees": people of every age, no
            // preference for the young.
            if found.entry.note == SCHOOL && with_older_people(field, found.span.start) {
                continue;
            }
            // "Assess direct-entry applications (mature, FET, EU and non-EU)": the mature
            // students a college admits, not a trait asked of the hire.
            if found.entry.note == MATURITY && about_students(field, found.span.start) {
                continue;
            }
            let words = field.text.get(found.span.clone()).unwrap_or("");
            let message = format!("'{words}' {}", found.entry.note);
            diagnostics.push(finding(&RULE, field, &found, message, help));
        }
        if field.section() == Section::Benefits {
            continue;
        }
        for limit in age_limits(field) {
            let words = &field.text[limit.clone()];
            diagnostics.push(Diagnostic::spanned(
                &RULE,
                field.field,
                limit,
                format!("'{words}' sets an upper age limit, which shuts out older applicants"),
                "Drop the age limit; state a minimum age only where the law sets one (a licence, serving alcohol).",
            ));
        }
        static TRIGGERS: OnceLock<TriggerWords> = OnceLock::new();
        let triggers = TRIGGERS.get_or_init(|| TriggerWords::new(CAP_TRIGGERS));
        for cap in find_from_words_within(field, triggers, experience_cap(), false) {
            let words = &field.text[cap.clone()];
            diagnostics.push(Diagnostic::spanned(
                &RULE,
                field.field,
                cap,
                format!("'{words}' caps experience, which screens out older applicants"),
                "Say what level the role is instead (\"a mid-level role\"); a maximum of experience excludes people by age.",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{fixed, flagged, item, run, summary};
    use crate::model::ListKind;

    #[test]
    fn flags_upper_age_limits_not_minimum_ages_or_the_ages_of_people_served() {
        for (text, words) in [
            ("Age: 18 to 35 years", "Age: 18 to 35 years"),
            ("Applicants aged 21-35 may apply.", "aged 21-35"),
            (
                "Candidates must be under 30 years of age.",
                "under 30 years of age",
            ),
            ("Age below 32 years", "Age below 32 years"),
            (
                "Must be 21 to 35 years of age at time of appointment",
                "be 21 to 35 years of age",
            ),
            ("We want young, eager people.", "young"),
            ("We're a young, high-energy crew of dog people.", "young"),
            (
                "Outgoing, energetic personality and a positive attitude.",
                "energetic",
            ),
            (
                "If you're a confident, high-energy coach, talk to us.",
                "high-energy",
            ),
            ("Join our high-energy, fun team.", "high-energy"),
            (
                "We are looking for an energetic and creative Library Assistant.",
                "energetic",
            ),
            ("Energetic, friendly staff wanted.", "Energetic"),
            (
                "We are currently seeking an energetic, compassionate Home Health Aide.",
                "energetic",
            ),
            ("We are a young, friendly team.", "young"),
            (
                "We are a young, international team from 24 countries.",
                "young",
            ),
        ] {
            let posting = summary(text);
            assert_eq!(flagged(&posting, &run(&RULE, &posting)), [words], "{text}");
        }
        for text in [
            "You must be 18 or older to serve alcohol.",
            "Our residents must be 18 to 25 years old to join the scheme.",
            "You will mentor young people aged 16 to 24.",
            "Six tenants have support from us. They are aged between 21 and 63.",
            "The residents are aged 18 to 40.",
            "We teach students between the ages of 14 and 18.",
            "Under 35 years of experience in the trade? Fine.",
            "The plant runs 24-7.",
            "Work in an energetic and supportive environment.",
            "We value an energetic, friendly workplace.",
            "An energetic and fun atmosphere on the shop floor.",
            "An energetic, busy counter with a loyal lunch crowd.",
            "Our energetic new product line launches in May.",
            "We have 210,000 customers, most of them aged 18 to 30.",
            "You will go to where young people are: stations, parks and shelters.",
            "You will connect young people to housing, health care and school.",
            "You will find donors who share our passion for young people in south Leeds.",
            "Our funders include Children in Need and donors who share our passion for young people.",
            "Our customers are mostly aged 18 to 30.",
        ] {
            let posting = summary(text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
    }

    #[test]
    fn flags_energy_among_the_traits_a_requirement_opens_with() {
        for (text, words) in [
            (
                "Confident and energetic, with the resilience to bounce back from a tough call.",
                "energetic",
            ),
            ("Energetic and reliable.", "Energetic"),
        ] {
            let posting = item(ListKind::MustHave, text);
            assert_eq!(flagged(&posting, &run(&RULE, &posting)), [words], "{text}");
        }
        for text in [
            "Comfortable in an energetic, busy store.",
            "Energetic sales floor experience.",
        ] {
            let posting = item(ListKind::MustHave, text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
    }

    #[test]
    fn flags_the_year_of_graduation_asked_on_the_application() {
        let mut posting = summary("We're a young, scrappy crew.");
        posting.how_to_apply.text = "List your schools and the year you graduated.".into();
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found, ["year you graduated", "young"]);
        posting.how_to_apply.text = "We never ask for your graduation year.".into();
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["young"]);
    }

    #[test]
    fn young_people_a_program_serves_are_not_the_team() {
        let posting = summary("We help young people aged 16 to 24 find their first jobs.");
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary("Be a role model for young men. Our residents are young women.");
        assert!(run(&RULE, &posting).is_empty());
        // Youth listed with the team's other traits is asked of the candidate.
        let posting = summary("Join a young, fun team.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["young"]);
        for text in [
            "We are committed to safeguarding the welfare of children and young people and \
             expect all staff to share this commitment.",
            "Of our 640 apartments, 48 are for young people aged 18 to 24 leaving foster care.",
            // Counted as a caseload; the young people's own verb.
            "You will work with a caseload of 10 to 12 young people, meeting them at home.",
            "Most young people join us with little experience of bills, landlords or cooking.",
            // A young person in a story of the work.
            "In your letter, tell us about one time a young person took on a challenge they \
             had chosen, and what you did to help.",
            "Tell us about a young person who was referred to you and what changed.",
            "You will organize campaigns that young people design and front.",
            "Your job is to make sure the young people are heard, prepared and safe.",
        ] {
            let posting = summary(text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
        // Young people sought, or youth asked of the team, still count.
        for text in [
            "We're looking for young people to join our sales floor.",
            "Our young, passionate team is why guests come back.",
            "Ideal for young people starting out.",
            "We're a young, tight-knit crew and we're growing fast.",
            "We want a young person who is hungry to learn.",
            "We are looking for the young people of today to join our sales floor.",
        ] {
            let posting = summary(text);
            assert_eq!(
                flagged(&posting, &run(&RULE, &posting)),
                ["young"],
                "{text}"
            );
        }
    }

    #[test]
    fn every_experience_cap_names_experience() {
        for text in [
            "no more than 5 years of experience",
            "Maximum of two years’ EXPERIENCE",
            "up to 3 years relevant experience",
        ] {
            let cap = experience_cap().find(text).expect("a cap");
            assert!(crate::text::contains_ignore_ascii_case(
                cap.as_str(),
                "experience"
            ));
        }
    }

    #[test]
    fn flags_youth_as_a_team_trait() {
        let posting = summary(
            "We're still a young team. Ideal for an unproven genius straight out of school or a digital native. Our crew is young at heart.",
        );
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(
            found,
            [
                "young",
                "straight out of school",
                "digital native",
                "young at heart"
            ]
        );
        let posting =
            summary("We want a dynamic, energetic leader. Our energetic new website is live.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["energetic"]);
        let posting = summary("We are looking for a mature person to greet patients.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["mature"]);
        let posting = summary("We run a mature codebase with a mature product.");
        assert!(run(&RULE, &posting).is_empty());
        for text in [
            "A mature and sensible person who cares about older people",
            "A mature and well-presented individual who can represent the team",
            "Mature, organized and able to work independently",
        ] {
            let posting = item(ListKind::MustHave, text);
            let found = flagged(&posting, &run(&RULE, &posting));
            assert_eq!(found.len(), 1, "{text}");
            assert!(found[0].eq_ignore_ascii_case("mature"), "{text}");
        }
        let posting = summary("We welcome mature applicants and mature students.");
        assert!(run(&RULE, &posting).is_empty());
        // ("entry level" is no route of entry to a college.)
        let posting = summary("We want a mature person for this entry level role.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["mature"]);
        let posting = item(
            ListKind::Responsibilities,
            "Assess direct-entry applications (mature, FET, EU and non-EU).",
        );
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_the_young_people_a_youth_charity_works_with() {
        let posting = summary(
            "Every year we work with over 600 young people aged 11 to 19 (up to 25 for young \
             people with special educational needs). We believe every young person deserves a \
             safe space. You will work on the streets, meeting young people where they are. \
             Work alongside young people to help them identify their needs. The interview \
             includes a session with our young people's panel.",
        );
        assert!(run(&RULE, &posting).is_empty());
        // Young people hired are still flagged, and so is a team that needs them.
        let posting = summary(
            "We need young people for our summer crew. Our cafe needs a young person to run the till.",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["young", "young"]);
    }

    #[test]
    fn young_people_named_throughout_a_posting_are_its_clients() {
        let mut posting = summary(
            "Kardinia House is a recovery house for young people aged 16 to 25. Young people \
             stay with us for up to twelve weeks.",
        );
        posting.push_item(
            ListKind::Responsibilities,
            "Link young people with school and TAFE",
        );
        posting.push_item(
            ListKind::MustHave,
            "A driver licence. You will drive young people to appointments.",
        );
        assert!(run(&RULE, &posting).is_empty());
        // Their own need is no seeking ("when they need it").
        posting.summary.push_str(
            " Every young person leaves with a home, and asks for help when they need it.",
        );
        assert!(run(&RULE, &posting).is_empty());
        // Seeking them is still flagged, and a posting that names them less is read as before.
        posting
            .summary
            .push_str(" We are looking for young people to join our team.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["young"]);
        let mut posting = summary("Young people stay with us for up to twelve weeks.");
        posting.push_item(
            ListKind::MustHave,
            "A driver licence. You will drive young people to appointments.",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["young"]);
    }

    #[test]
    fn ignores_recent_graduates_named_beside_retirees() {
        let posting = summary("We hire lots of students, recent grads and retirees every winter.");
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary("This role is ideal for recent grads.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["recent grads"]);
        let posting = summary(
            "We built this for recent graduates, bootcamp graduates and people changing careers.",
        );
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_experience_caps() {
        let posting = item(
            ListKind::MustHave,
            "No more than 5 years of professional experience",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["No more than 5 years of professional experience"]
        );
    }

    #[test]
    fn ignores_young_company_and_equal_opportunity() {
        let mut posting =
            summary("We are a young company in a young industry; you will mentor young people.");
        posting.equal_opportunity = "We do not discriminate against young or old people.".into();
        posting.push_item(ListKind::MustHave, "At least 5 years of experience");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_a_request_for_date_of_birth() {
        let mut posting = summary("Apply by email.");
        posting.how_to_apply.text = "Send your CV, including your date of birth.".into();
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["date of birth"]);
    }

    #[test]
    fn ignores_a_date_of_birth_declined() {
        let mut posting = summary("Apply by email.");
        posting.how_to_apply.text =
            "A photo, date of birth and marital status are not needed.".into();
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_birth_in_other_senses() {
        let posting = summary("Our midwives support families through birth and after.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn fixes_recent_graduate() {
        let posting = summary("Recent graduates welcome.");
        assert_eq!(
            fixed(&RULE, &posting).summary,
            "Early-career candidates welcome."
        );
    }
}
