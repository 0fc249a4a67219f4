//! The gender-coding meter: masculine- and feminine-coded words after Gaucher, Friesen and Kay
//! (2011), "Evidence that gendered wording in job advertisements exists and sustains gender
//! inequality", Journal of Personality and Social Psychology 101(1).
//!
//! The study's lists are word stems; matching stems as prefixes is what makes older tools flag
//! "responsibilities" or "analytics". Here each stem is written out as the whole words it
//! stands for, job vocabulary that merely shares the stem is left out, and neighbouring words
//! rule out the common job phrases ("competitive salary", "customer support"). Word sense is
//! data on each entry ([`Sense`]): "determined" counts as the adjective, not as the verb in
//! "will be determined"; "leader" and "individual" count as modifiers, not as nouns naming the
//! person ("report to a leader", "a dedicated individual"). Terms of art ([`TERMS_OF_ART`]:
//! "Competitive Service", "individual contributor", "competing priorities") do not count. Only
//! the posting's own wording about the job is read: not the title, the benefits, the
//! equal-opportunity statement or how to apply.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Serialize;

use super::rule::{Context, FieldText};
use super::word_list::{Entry, Match, Sense, WordList};
use crate::model::{Posting, Section};

/// Which way a word is coded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Coding {
    Masculine,
    Feminine,
}

/// The meter's overall reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GenderVerdict {
    StronglyMasculine,
    Masculine,
    Neutral,
    Feminine,
    StronglyFeminine,
}

impl GenderVerdict {
    /// Human label.
    pub fn label(self) -> &'static str {
        match self {
            Self::StronglyMasculine => "strongly masculine-coded",
            Self::Masculine => "somewhat masculine-coded",
            Self::Neutral => "balanced",
            Self::Feminine => "somewhat feminine-coded",
            Self::StronglyFeminine => "strongly feminine-coded",
        }
    }
}

/// Coded words in a posting: each word with how often it occurs, and a plain-words verdict.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GenderMeter {
    /// Masculine-coded words and their counts, most frequent first.
    pub masculine: Vec<(String, usize)>,
    /// Feminine-coded words and their counts, most frequent first.
    pub feminine: Vec<(String, usize)>,
    pub verdict: GenderVerdict,
    pub explanation: String,
}

/// Sections whose wording the meter reads.
pub(crate) const CODED_SECTIONS: &[Section] = &[
    Section::Summary,
    Section::AboutCompany,
    Section::Responsibilities,
    Section::MustHave,
    Section::NiceToHave,
    Section::Unplaced,
];

const M: &str = "masculine";
/// A masculine-coded word that names a trait of the person sought ("assertive", "dominant"):
/// flagged one by one. Words coded [`M`] are counted by the meter but not flagged alone, since
/// they mostly name a skill or describe the work ("analytical", "challenging problems",
/// "autonomy", "independently", "determined").
const T: &str = "masculine trait";
const F: &str = "feminine";

const PAY_WORDS: &[&str] = &[
    "salary",
    "salaries",
    "pay",
    "compensation",
    "benefits",
    "rates",
    "rate",
    "package",
    "offer",
    "offers",
    "base",
    "wages",
    "market",
    // "A competitive candidate market", "a competitive labour market"; "a competitive
    // candidate" is an application's standing, not a temperament.
    "candidate",
    "candidates",
    "applicant",
    "applicants",
    "labour",
    "labor",
    "talent",
    "job",
    "hiring",
    "housing",
    "rental",
    "landscape",
    "analysis",
    "intelligence",
    "advantage",
    "programming",
    "analyses",
    // A selective programme ("a highly competitive program"), not a competitive person.
    "program",
    "programme",
    "programs",
    "process",
    "selection",
];

/// Fixed phrases in which a coded word names a thing, not a trait: federal appointment types
/// and procurement terms, legal and labour-law terms, product metrics, and research terms.
pub(crate) const TERMS_OF_ART: &[&str] = &[
    // US federal hiring: appointment types and the category-rating and procurement vocabulary.
    "competitive service",
    "excepted service",
    "competitive status",
    "competitive range",
    "competitive bidding",
    // Competition law: "abuse of dominance" investigations.
    "abuse of dominance",
    // Behavioural science: the study of rank in animal and human groups.
    "dominance hierarchy",
    "dominance hierarchies",
    "social dominance",
    "competitive procurement",
    // Disability employment services: work in the open labour market at the usual pay
    // ("we hire through competitive integrated employment").
    "competitive integrated employment",
    "competitive employment",
    "competitive examination",
    // The applicant pool of federal and academic postings: how strong an application is, not
    // a competitive temperament ("The most competitive candidates will have ...", "To be
    // competitive for this position, ...").
    "most competitive candidates",
    "most competitive candidate",
    "most competitive applicants",
    "most competitive applicant",
    "more competitive candidates",
    "more competitive applicants",
    "competitive candidates will",
    "competitive applicants will",
    "competitive candidates should",
    "competitive applicants should",
    "competitive candidates may",
    "competitive applicants may",
    "to be competitive for",
    "considered competitive",
    "be most competitive",
    // Law: court names, the FLSA exemption test ("discretion and independent judgment").
    "superior court",
    "independent judgment",
    "independent judgement",
    "independent contractor",
    "independent contractors",
    // Things that compete, not people.
    "competing interests",
    "competing priorities",
    "competing demands",
    "competing deadlines",
    "competing needs",
    "competing requests",
    "competing goals",
    // Mental-health services: models of care and the teams named after them.
    "assertive community treatment",
    "assertive outreach",
    // Patient safety: "graded assertiveness" (the PACE steps for speaking up), a technique
    // taught to the team, not a trait asked of the person.
    "graded assertiveness",
    // Employment law: harassment policies.
    "hostile work environment",
    "hostile working environment",
    "hostile environment",
    // Care work: behaviour described in care plans, not a trait of the carer.
    "challenging behaviour",
    "challenging behaviours",
    "challenging behavior",
    "challenging behaviors",
    // Job and research vocabulary.
    "individual contributor",
    "individual contributors",
    "individual differences",
    "thought leader",
    "thought leaders",
    "thought leadership",
    "active users",
    "active duty",
    // A branch of chemistry and its labs, not a trait.
    "analytical chemistry",
    "analytical chemist",
    "analytical chemists",
    "analytical lab",
    "analytical laboratory",
    "analytical instrument",
    "analytical instruments",
    // Automation: PLC programming and vehicles that drive themselves.
    "ladder logic",
    "programmable logic",
    "logic controller",
    "logic controllers",
    "autonomous guided",
    "autonomous vehicle",
    "autonomous vehicles",
    "active harmonic",
    // Employment law: the clause and the lawsuits over it.
    "non-compete",
    "noncompete",
    "intellectual property",
];

static MASCULINE: &[Entry] = &[
    // A licence or a status that is active is no trait ("a license, active by your start date",
    // "active duty").
    Entry::new("active", M).unless_next(&[
        "directory",
        "listening",
        "learning",
        "by",
        "license",
        "licence",
        "registration",
        "status",
        "duty",
        "clearance",
        "users",
        "accounts",
        "ingredient",
        "ingredients",
    ]),
    // "An adventurous menu": said of a thing, not the person.
    Entry::new("adventurous", T).sense(Sense::TraitOfApplicant),
    // Said of a thing ("aggressive cancer treatment", "competitors' aggressive discounting",
    // "aggressive timelines") it is not the person sought (see `Sense::TraitOfApplicant`).
    Entry::new("aggressive", T).sense(Sense::TraitOfApplicant),
    Entry::new("aggressively", T).sense(Sense::MannerOfPerson),
    Entry::new("aggressiveness", T).sense(Sense::TraitNoun),
    // The noun mostly names the company's aims ("our ambition is ..."): counted, not flagged.
    Entry::new("ambition", M),
    // "Ambitious bets", "a competitive market": the company's plans and market, not the person.
    Entry::new("ambitious", T).sense(Sense::TraitOfApplicant),
    Entry::new("analytical", M),
    // "Encourage residents to be assertive about their choices", "our founder is an assertive
    // campaigner": an outcome for others, or someone else's trait.
    Entry::new("assertive", T).sense(Sense::TraitOfApplicant),
    // "Run our assertiveness course for tenants": a course's name.
    Entry::new("assertiveness", T)
        .unless_next(&[
            "course",
            "courses",
            "training",
            "workshop",
            "workshops",
            "class",
            "classes",
            "session",
            "sessions",
            "group",
            "groups",
        ])
        .sense(Sense::TraitNoun),
    Entry::new("assertively", T).sense(Sense::MannerOfPerson),
    // "The athletic department", "athletic trainers" (a US health profession): a thing or a
    // job, not a body asked of the person ("an athletic build" is).
    Entry::new("athletic", T).unless_next(&[
        "department",
        "departments",
        "trainer",
        "trainers",
        "training",
        "director",
        "directors",
        "program",
        "programs",
        "programme",
        "facilities",
        "facility",
        "events",
        "event",
        "association",
        "conference",
        "club",
        "wear",
        "apparel",
        "footwear",
        "field",
        "fields",
        "center",
        "centre",
        "complex",
        "teams",
        "development",
        "performance",
    ]),
    Entry::new("autonomous", M),
    Entry::new("autonomy", M),
    Entry::new("autonomously", M),
    // "Our clinic boasts ...": the company's, counted for the balance only.
    Entry::new("boast", M),
    Entry::new("challenging", M),
    // "We compete with the national chains": the company competes, not the person.
    Entry::new("compete", M).unless_prev(&["we", "they"]),
    Entry::new("competing", M),
    Entry::new("competitive", T)
        .unless_next(PAY_WORDS)
        .sense(Sense::TraitOfApplicant),
    // "The competitiveness of our pay", "market competitiveness", "the region's economic
    // competitiveness": a thing's.
    Entry::new("competitiveness", T)
        .unless_next(&["of"])
        .unless_prev(PAY_WORDS)
        .unless_prev(&[
            "regional",
            "economic",
            "price",
            "cost",
            "national",
            "international",
            "global",
            "export",
            "industrial",
            "business",
            "its",
            "their",
        ])
        .sense(Sense::TraitNoun),
    // "Confident using computers", "confident diagnosing inverters" name a skill, not
    // self-confidence; "we are confident in the product" is the company's.
    Entry::new("confident", T)
        .unless_next(&["with"])
        // "A Disability Confident Leader": the UK government's employer scheme;
        // "self-confident": the longer word's entry reads it.
        .unless_prev(&["disability", "self"])
        .sense(Sense::TraitOfApplicant),
    // "The confidence to hold your own with suppliers": self-assurance asked of the person
    // ("confidence in our product", "in confidence" are no trait).
    Entry::new("confidence", T)
        .if_next(&["to"])
        // "The self-confidence to recover": the longer word's entry reads it.
        .unless_prev(&["self"])
        .sense(Sense::TraitNoun),
    // "Does not back down from a challenge": a combative trait of the person ("we never back
    // down from a fight for our clients" is the firm's stance).
    Entry::new("back down", T).sense(Sense::MannerOfPerson),
    Entry::new("backs down", T).sense(Sense::MannerOfPerson),
    Entry::new("backing down", T).sense(Sense::MannerOfPerson),
    // "Doesn't take no for an answer": pushiness asked as a trait, said with its negation.
    Entry::new("take no for an answer", T).sense(Sense::MannerOfPerson),
    Entry::new("takes no for an answer", T).sense(Sense::MannerOfPerson),
    Entry::new("taking no for an answer", T).sense(Sense::MannerOfPerson),
    Entry::new("courage", M),
    // "Courageous conversations": a kind of talk, not the person.
    Entry::new("courageous", T).sense(Sense::TraitOfApplicant),
    // "Decisive action", "a decisive advantage": said of a thing, not the person.
    Entry::new("decisive", T)
        .unless_next(&[
            "action",
            "actions",
            "advantage",
            "moment",
            "moments",
            "factor",
            "factors",
            "role",
            "step",
            "steps",
            "victory",
            "win",
            "call",
            "calls",
            "evidence",
            "influence",
            "answer",
            "answers",
            "result",
            "results",
            "outcome",
            "outcomes",
            "vote",
            "votes",
            "blow",
            "battle",
            "point",
            "difference",
        ])
        // "Fast, decisive credit committee calls": before any other noun, a thing's.
        .sense(Sense::TraitOfApplicant),
    Entry::new("decisiveness", T).sense(Sense::TraitNoun),
    // "The board acted decisively", "we dominate the regional market": the company's doing,
    // not the person's (see `Sense::MannerOfPerson`).
    Entry::new("decisively", T).sense(Sense::MannerOfPerson),
    Entry::new("determined", M).sense(Sense::Adjective),
    Entry::new("determination", M),
    Entry::new("dominant", T)
        .unless_prev(&["less", "non"])
        .sense(Sense::TraitOfApplicant),
    Entry::new("dominate", T).sense(Sense::MannerOfPerson),
    Entry::new("dominating", T).sense(Sense::MannerOfPerson),
    // "Dominance-based handling" names a method, not a trait.
    // "Dominance-based handling" names a method, "market dominance" a company's position.
    Entry::new("dominance", T)
        .unless_next(&["based", "of"])
        // ("Domain dominance": control of a Windows domain in a security test; "limb
        // dominance": which side of the body leads, a clinical measure.)
        .unless_prev(&[
            "market", "category", "industry", "global", "domain", "limb", "hand", "leg", "foot",
            "eye",
        ])
        .sense(Sense::TraitNoun),
    // "Driven" the trait, not a focus ("customer-driven", "a mission driven company").
    Entry::new("driven", M)
        .unless_prev(&[
            "data",
            "event",
            "test",
            "metrics",
            "customer",
            "mission",
            "goal",
            "impact",
            "purpose",
            "values",
            "value",
            "community",
        ])
        .sense(Sense::Adjective),
    Entry::new("fearless", T).sense(Sense::TraitOfApplicant),
    Entry::new("fearlessly", T).sense(Sense::MannerOfPerson),
    Entry::new("fearlessness", T).sense(Sense::TraitNoun),
    Entry::new("fight", M),
    Entry::new("forceful", T).sense(Sense::TraitOfApplicant),
    Entry::new("forcefully", T).sense(Sense::MannerOfPerson),
    // "Greedy algorithms", "stubborn stains", "an opinionated framework", "hostile situations",
    // "impulsive behaviour" of the people served, "unreasonable hours": said of a thing.
    Entry::new("greedy", T).sense(Sense::TraitOfApplicant),
    Entry::new("headstrong", T).sense(Sense::TraitOfApplicant),
    Entry::new("head-strong", T),
    Entry::new("hierarchical", M),
    Entry::new("hostile", T).sense(Sense::TraitOfApplicant),
    Entry::new("impulsive", T).sense(Sense::TraitOfApplicant),
    // An independent business ("an independent, family-owned chain", "independent
    // pharmacy", "independent contractor") is no trait of the person.
    Entry::new("independent", M)
        .unless_next(&[
            "agency",
            "family-owned",
            "family",
            "pharmacy",
            "pharmacies",
            "bookstore",
            "business",
            "businesses",
            "company",
            "contractor",
            "contractors",
            "school",
            "schools",
            "living",
            "review",
            "audit",
            "auditor",
        ])
        // "An independent second review": said of a thing, not the person.
        .sense(Sense::TraitOfApplicant),
    Entry::new("independence", M),
    Entry::new("independently", M),
    // "Individual" for one person among many ("individual clients") is not a trait either.
    Entry::new("individual", M)
        .sense(Sense::PersonNoun)
        .unless_next(&[
            "clients",
            "customers",
            "users",
            "owners",
            "members",
            "patients",
            "students",
            "people",
            "persons",
            "applicants",
            "donors",
            "taxpayers",
        ]),
    Entry::new("individualistic", T),
    Entry::new("individualism", M),
    Entry::new("intellect", M),
    Entry::new("intellectual", M).unless_next(&["property"]),
    Entry::new("leader", M)
        .unless_prev(&["team", "tech", "technical", "market", "industry"])
        .sense(Sense::PersonNoun),
    Entry::new("logic", M),
    Entry::new("logical", M),
    Entry::new("opinionated", T).sense(Sense::TraitOfApplicant),
    // "Our founder is an outspoken campaigner": someone else's.
    Entry::new("outspoken", T).sense(Sense::TraitOfApplicant),
    Entry::new("persist", M),
    Entry::new("persistent", M),
    Entry::new("persistence", M),
    Entry::new("principled", M),
    Entry::new("reckless", T).sense(Sense::TraitOfApplicant),
    // "Help children become independent and self-confident": an outcome for others.
    Entry::new("self-confident", T).sense(Sense::TraitOfApplicant),
    // "Help students build self-confidence": the job builds it in others.
    Entry::new("self-confidence", T).sense(Sense::TraitNoun),
    // "Self-reliant and dependable": a trait asked of the person ("a self-sufficient
    // household" is a thing's).
    Entry::new("self-reliant", T).sense(Sense::TraitOfApplicant),
    Entry::new("self-reliance", T).sense(Sense::TraitNoun),
    Entry::new("self-sufficient", T).sense(Sense::TraitOfApplicant),
    Entry::new("stubborn", T).sense(Sense::TraitOfApplicant),
    // "Superior" is coded as a comparison with people ("superior to others"); "superior
    // attention to detail" is a vague bar, which `vague-requirement` reads.
    // "Our safety record is superior to the industry average": a thing's.
    Entry::new("superior", T)
        .if_next(&["to"])
        .sense(Sense::TraitOfApplicant),
    Entry::new("unreasonable", T).sense(Sense::TraitOfApplicant),
];

static FEMININE: &[Entry] = &[
    Entry::new("affectionate", F),
    Entry::new("cheerful", F),
    Entry::new("committed", F).sense(Sense::Adjective),
    Entry::new("commitment", F),
    Entry::new("communal", F),
    Entry::new("compassion", F),
    Entry::new("compassionate", F),
    Entry::new("connect", F),
    Entry::new("considerate", F),
    Entry::new("cooperative", F),
    Entry::new("cooperate", F),
    Entry::new("cooperation", F),
    Entry::new("dependable", F),
    Entry::new("emotional", F),
    Entry::new("empathy", F),
    Entry::new("empathetic", F),
    Entry::new("empathic", F),
    Entry::new("gentle", F),
    Entry::new("honest", F),
    Entry::new("honesty", F),
    Entry::new("interpersonal", F),
    Entry::new("interdependent", F),
    Entry::new("kind", F).unless_next(&["of"]),
    Entry::new("kindness", F),
    Entry::new("kinship", F),
    Entry::new("loyal", F),
    Entry::new("loyalty", F),
    Entry::new("modest", F),
    Entry::new("modesty", F),
    Entry::new("nurture", F),
    Entry::new("nurturing", F),
    Entry::new("pleasant", F),
    Entry::new("polite", F),
    Entry::new("quiet", F),
    Entry::new("responsive", F),
    Entry::new("sensitive", F).unless_next(&["data", "information", "personal", "material"]),
    Entry::new("sensitivity", F),
    Entry::new("supportive", F),
    Entry::new("sympathetic", F),
    Entry::new("sympathy", F),
    Entry::new("tender", F).unless_next(&["process", "offers", "documents"]),
    Entry::new("together", F),
    Entry::new("trust", F),
    Entry::new("trusting", F),
    Entry::new("trustworthy", F),
    Entry::new("understanding", F).unless_next(&["of", "in"]),
    Entry::new("warm", F),
    Entry::new("warmth", F),
];

fn masculine() -> &'static WordList {
    static LIST: OnceLock<WordList> = OnceLock::new();
    LIST.get_or_init(|| WordList::with_exceptions(MASCULINE, TERMS_OF_ART))
}

fn feminine() -> &'static WordList {
    static LIST: OnceLock<WordList> = OnceLock::new();
    LIST.get_or_init(|| WordList::with_exceptions(FEMININE, TERMS_OF_ART))
}

/// One coded word in a field.
#[derive(Debug, Clone)]
pub(crate) struct CodedWord {
    /// The field's index in [`Context::texts`] ([`Self::field`]).
    pub text: usize,
    pub found: Match,
    pub coding: Coding,
    /// A masculine-coded trait of the person sought, flagged on its own (see [`T`]).
    pub is_trait: bool,
    /// The word in lower case, as counted.
    pub word: String,
}

impl CodedWord {
    /// The field the word is in.
    pub fn field<'c, 'a>(&self, context: &'c Context<'a>) -> &'c FieldText<'a> {
        &context.texts[self.text]
    }
}

/// Every coded word in the posting's job wording, in reading order: found once per context
/// ([`Context::coded_words`]), for the `gendered-wording` rule and the meter alike.
pub(crate) fn coded_words(context: &Context) -> Vec<CodedWord> {
    let mut words = Vec::new();
    let coded_fields = context
        .texts
        .iter()
        .enumerate()
        .filter(|(_, field)| CODED_SECTIONS.contains(&field.section()));
    for (text, field) in coded_fields {
        for (list, coding) in [
            (masculine(), Coding::Masculine),
            (feminine(), Coding::Feminine),
        ] {
            for found in list.find(field) {
                // A product's name, or a trait the posting says it does not ask for ("You do
                // not need to be loud or assertive"; "does not back down" is the trait itself,
                // said with its negation).
                let denied = !found.entry.phrase.contains(" down")
                    && !found.entry.phrase.ends_with(" answer")
                    && crate::lint::word_list::is_negated(field, &found);
                if is_a_name(field, found.tokens.start)
                    || denied
                    || in_quoted_speech(field.text, found.span.start)
                {
                    continue;
                }
                let word = field.text[found.span.clone()].to_lowercase();
                let is_trait = found.entry.note == T;
                words.push(CodedWord {
                    is_trait,
                    text,
                    found,
                    coding,
                    word,
                });
            }
        }
    }
    words
}

/// True when byte `at` of `text` is inside quoted speech on its line (a peer worker's
/// "I used to be the stubborn one", clients told to "be more assertive"): someone else's words.
fn in_quoted_speech(text: &str, at: usize) -> bool {
    // At most the 400 bytes before it: a quotation opened further back is not looked for, and
    // a huge one-line paste costs no more per word.
    let mut from = at.saturating_sub(400);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text.get(from..at).unwrap_or_default();
    let line = &before[before.rfind('\n').map_or(0, |index| index + 1)..];
    let curly = line.matches('\u{201c}').count() > line.matches('\u{201d}').count();
    let straight = line.matches('"').count() % 2 == 1;
    curly || straight
}

/// True when the word at token `index` is capitalised inside a sentence between two words that
/// are not: the name of a product or a company ("our main product, \u{201c}Assertive\u{201d},
/// checks ...", "why Assertive is worth paying for"), or ends a name of several words ("Don
/// Valley Athletic is a football club"), not a coded word.
fn is_a_name(field: &FieldText, index: usize) -> bool {
    let tokens = &field.tokens;
    let capitalised = |at: usize| {
        tokens.get(at).is_some_and(|token| {
            field.text[token.span.clone()]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        })
    };
    let inside_sentence = |at: usize| {
        let start = tokens[at].span.start;
        let before = field.text[..start].trim_end_matches([' ', '"', '\'', '\u{201c}', '\u{2018}']);
        before
            .chars()
            .next_back()
            .is_some_and(|c| !matches!(c, '.' | '!' | '?' | ':' | ';' | '\n' | '(' | '-' | '*'))
    };
    let lower_case_after = tokens.get(index + 1).is_some_and(|token| {
        field.text[token.span.clone()]
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
    });
    if !capitalised(index) {
        return false;
    }
    if inside_sentence(index) && !(index > 0 && capitalised(index - 1)) && !capitalised(index + 1) {
        return true;
    }
    // The last word of a name of several inside running text ("Don Valley Athletic is a
    // community-owned club", "home games of Don Valley Athletic FC"): the word before is
    // capitalised too but opens no sentence ("Be Assertive" is a sentence's first words).
    index > 0
        && capitalised(index - 1)
        && inside_sentence(index - 1)
        && (lower_case_after
            || tokens
                .get(index + 1)
                .is_some_and(|next| matches!(next.lower.as_str(), "fc" | "afc" | "club")))
}

/// The meter for words already found.
pub(crate) fn meter_of(words: &[CodedWord]) -> GenderMeter {
    let mut masculine: BTreeMap<String, usize> = BTreeMap::new();
    let mut feminine: BTreeMap<String, usize> = BTreeMap::new();
    for coded in words {
        let counts = match coded.coding {
            Coding::Masculine => &mut masculine,
            Coding::Feminine => &mut feminine,
        };
        *counts.entry(coded.word.clone()).or_default() += 1;
    }
    let verdict = verdict(masculine.len(), feminine.len());
    let explanation = explain(verdict, &masculine, &feminine);
    GenderMeter {
        masculine: by_count(masculine),
        feminine: by_count(feminine),
        verdict,
        explanation,
    }
}

/// The gender-coding meter of a posting. Pure: the same posting always gives the same meter.
pub fn gender_meter(posting: &Posting) -> GenderMeter {
    Context::new(posting).gender_meter().clone()
}

/// Each distinct word counts once, so repeating one word does not tip the balance.
fn verdict(masculine: usize, feminine: usize) -> GenderVerdict {
    let difference = masculine as isize - feminine as isize;
    match difference {
        0 => GenderVerdict::Neutral,
        d if d >= 3 && masculine >= 2 * feminine => GenderVerdict::StronglyMasculine,
        d if d > 0 => GenderVerdict::Masculine,
        d if d <= -3 && feminine >= 2 * masculine => GenderVerdict::StronglyFeminine,
        _ => GenderVerdict::Feminine,
    }
}

fn by_count(counts: BTreeMap<String, usize>) -> Vec<(String, usize)> {
    let mut list: Vec<(String, usize)> = counts.into_iter().collect();
    crate::sort::sort_by(&mut list, |a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    list
}

fn quoted(counts: &BTreeMap<String, usize>) -> String {
    let words: Vec<String> = counts.keys().take(6).map(|w| format!("'{w}'")).collect();
    let more = counts.len().saturating_sub(6);
    if more > 0 {
        format!("{} and {more} more", words.join(", "))
    } else {
        words.join(", ")
    }
}

fn explain(
    verdict: GenderVerdict,
    masculine: &BTreeMap<String, usize>,
    feminine: &BTreeMap<String, usize>,
) -> String {
    if masculine.is_empty() && feminine.is_empty() {
        return "The wording uses none of the words that research found to be gender-coded."
            .to_owned();
    }
    let counts = format!(
        "{} masculine-coded word{} ({}) and {} feminine-coded word{} ({}), each counted once",
        masculine.len(),
        if masculine.len() == 1 { "" } else { "s" },
        if masculine.is_empty() {
            "none".to_owned()
        } else {
            quoted(masculine)
        },
        feminine.len(),
        if feminine.len() == 1 { "" } else { "s" },
        if feminine.is_empty() {
            "none".to_owned()
        } else {
            quoted(feminine)
        },
    );
    let advice = match verdict {
        GenderVerdict::StronglyMasculine | GenderVerdict::Masculine => {
            " In studies, women found ads worded like this less appealing; describe the work itself, or balance it with words about collaboration and support."
        }
        GenderVerdict::StronglyFeminine | GenderVerdict::Feminine => {
            " Feminine-coded wording did not put men off in the studies, so this needs no change unless it misdescribes the job."
        }
        GenderVerdict::Neutral => " The two balance out.",
    };
    format!("The wording is {}: {counts}.{advice}", verdict.label())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::summary;

    #[test]
    fn a_disease_a_market_or_a_skill_is_no_trait_of_the_person() {
        let posting = summary(
            "Many patients have aggressive cancer treatment. We hold a dominant market position against aggressive discounting. You are confident reading a P&L. The salary will be competitive. Our pay rates are very competitive. Take decisive action in an emergency. Support the athletic department and its athletic trainers.",
        );
        let meter = gender_meter(&posting);
        assert!(meter.masculine.is_empty(), "{:?}", meter.masculine);
        let posting = summary(
            "We coach out aggressive driving and handle aggressive dogs on aggressive timelines. AWS is the dominant cloud provider; we avoid dominance-based handling. Confident placing IV catheters.",
        );
        let meter = gender_meter(&posting);
        assert!(meter.masculine.is_empty(), "{:?}", meter.masculine);
        let posting = summary("An aggressive, dominant and confident closer.");
        assert_eq!(gender_meter(&posting).masculine.len(), 3);
    }

    #[test]
    fn names_menus_labs_and_the_company_are_no_trait_of_the_person() {
        let posting = summary(
            "Our main product, \u{201c}Assertive\u{201d}, checks APIs; teams see why Assertive is worth it. We are confident in the product. Try our adventurous menu. Our analytical chemistry lab gives every batch an independent second review of its active ingredients.",
        );
        let meter = gender_meter(&posting);
        assert!(meter.masculine.is_empty(), "{:?}", meter.masculine);
        let posting = summary("We are a Disability Confident Leader and welcome everyone.");
        assert!(gender_meter(&posting).masculine.is_empty());
        let posting = summary("You are confident and calm.");
        assert_eq!(gender_meter(&posting).masculine.len(), 1);
        // In a title-case run the word is no product name.
        let posting = summary("Seeking an Assertive Sales Leader.");
        assert_eq!(gender_meter(&posting).masculine.len(), 1);
    }

    #[test]
    fn aggressive_and_dominant_count_only_when_said_of_the_person() {
        // Things: a treatment, a plan, a market, a system, a company's tool.
        let posting = summary(
            "We make big ambitious bets in a competitive market. Give aggressive chest physiotherapy after surgery. We turn down aggressive delivery windows that would make you speed. We are not aggressive about tax positions. The dominant payroll app in Manitoba is a rival's. We cache the tiles aggressively, because each takes a minute. We want someone who's built aggressive growth plans before. You are confident reading a P&L. The salary will be competitive. Our pay rates are very competitive. Take decisive action in an emergency. Support the athletic department and its athletic trainers.",
        );
        let meter = gender_meter(&posting);
        assert!(meter.masculine.is_empty(), "{:?}", meter.masculine);
        // The person: before a person noun past other adjectives or a compound, as a
        // predicate of "you", as a list item.
        for text in [
            "We want an aggressive, competitive self-starter.",
            "An aggressive sales professional.",
            "You are aggressive and dominant in negotiations.",
            "You will aggressively pursue new accounts.",
            "An aggressive, competitive SDR who wants to win.",
            "We need someone aggressive about shipping.",
            "You are ambitious and competitive.",
            "You are fiercely ambitious, and you want to build the best team in town.",
            "They want someone who's aggressive, confident and not afraid to roll up their sleeves.",
            "You'll need to be confident and resilient, as some calls are hard.",
            "We need someone ambitious enough to lead.",
            "A competitive spirit.",
        ] {
            let meter = gender_meter(&summary(text));
            assert!(!meter.masculine.is_empty(), "{text}");
        }
        // Before a role noun past other adjectives.
        for (text, word) in [
            (
                "A great opportunity for an ambitious broker who wants the next step.",
                "ambitious",
            ),
            (
                "We are seeking a confident, reliable Site Supervisor.",
                "confident",
            ),
        ] {
            let meter = gender_meter(&summary(text));
            assert!(
                meter.masculine.iter().any(|(found, _)| found == word),
                "{text}"
            );
        }
        let posting = crate::lint::rules::testing::item(
            crate::model::ListKind::MustHave,
            "Aggressive and driven",
        );
        assert!(!gender_meter(&posting).masculine.is_empty());
        // A trait, then what it is for after a comma, is still the trait.
        let posting = crate::lint::rules::testing::item(
            crate::model::ListKind::MustHave,
            "Confident and assertive, with the ability to de-escalate conflict",
        );
        assert_eq!(gender_meter(&posting).masculine.len(), 2);
        // People the job serves, in a relative clause of their own; a person sought is not.
        let served = crate::lint::rules::testing::item(
            crate::model::ListKind::MustHave,
            "Experience of helping customers who become aggressive or distressed",
        );
        assert!(gender_meter(&served).masculine.is_empty());
        for text in [
            "We hire candidates who are aggressive.",
            "We want reps who are aggressive.",
        ] {
            let meter = gender_meter(&summary(text));
            assert!(!meter.masculine.is_empty(), "{text}");
        }
    }

    #[test]
    fn automation_terms_and_non_competes_are_not_counted() {
        let posting = summary(
            "Write ladder logic for the programmable logic controllers of our autonomous guided \
             vehicles; maintain the analytical instruments and the active harmonic filters. \
             Advise on non-compete litigation.",
        );
        let meter = gender_meter(&posting);
        assert!(meter.masculine.is_empty(), "{:?}", meter.masculine);
    }

    #[test]
    fn counts_whole_words_once_each() {
        let posting = summary(
            "An assertive, competitive and decisive leader. Be assertive. Analytics and responsibilities.",
        );
        let meter = gender_meter(&posting);
        assert_eq!(meter.masculine[0], ("assertive".to_owned(), 2));
        // "leader" names the person here (see `Sense::PersonNoun`): the adjectives carry the tone.
        assert_eq!(meter.masculine.len(), 3);
        assert!(meter.feminine.is_empty());
        assert_eq!(meter.verdict, GenderVerdict::StronglyMasculine);
        assert!(meter.explanation.contains("'assertive'"));
    }

    #[test]
    fn ignores_job_vocabulary() {
        let posting = summary(
            "Competitive salary. Customer support. Individual contributor. Good understanding of SQL.",
        );
        let meter = gender_meter(&posting);
        assert!(meter.masculine.is_empty(), "{:?}", meter.masculine);
        assert!(meter.feminine.is_empty(), "{:?}", meter.feminine);
        assert_eq!(meter.verdict, GenderVerdict::Neutral);
    }

    #[test]
    fn ignores_verbs_person_nouns_and_terms_of_art() {
        let posting = summary(
            "Pay will be determined upon selection. Start date: To Be Determined. \
             Appointment type: Excepted Service. You will balance competing interests and \
             report to a leader as a dedicated individual. We value individual differences. \
             Superior attention to detail. Growth has driven our hiring, as determined by the board. \
             A customer-driven, mission driven company pays individual clients; make room for less dominant voices. \
             You will coach graded assertiveness (PACE) on the ward.",
        );
        let meter = gender_meter(&posting);
        assert!(meter.masculine.is_empty(), "{:?}", meter.masculine);
    }

    #[test]
    fn counts_the_coded_senses() {
        let posting = summary(
            "You are determined and driven, with an individualistic streak; you feel superior to rivals.",
        );
        let words: Vec<String> = gender_meter(&posting)
            .masculine
            .into_iter()
            .map(|(word, _)| word)
            .collect();
        assert_eq!(
            words,
            ["determined", "driven", "individualistic", "superior"]
        );
    }

    #[test]
    fn balanced_wording_is_neutral() {
        let posting = summary("A confident, supportive colleague.");
        assert_eq!(gender_meter(&posting).verdict, GenderVerdict::Neutral);
    }
}
