//! What a heading announces: "What you'll do" is responsibilities, "Bonus points" is
//! nice-to-have, "Senior Backend Engineer Job Profile" is the summary of a role titled "Senior
//! Backend Engineer".

use std::sync::LazyLock;

use crate::model::ListKind;

/// Where the text under a heading goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Target {
    Summary,
    AboutCompany,
    List(ListKind),
    OnCall,
    HowToApply,
    EqualOpportunity,
    Pay,
    Location,
    /// A part of the job the posting has no section of its own for: the schedule, the hours,
    /// the physical demands, the working conditions. Its text belongs to the summary, under
    /// its heading kept as a label line: a reader still sees what the paragraph is about, and
    /// none of it is mistaken for another section's (the on-call duty, the requirements).
    Topic,
    /// The text no section took, under the exporters' "Other information" heading.
    Unplaced,
    /// A heading the importer does not recognise (or none yet).
    Unknown,
}

/// Headings longer than this are sentences, not headings.
pub(crate) const MAX_HEADING_WORDS: usize = 12;

/// Lower-case words with apostrophes unified and punctuation removed, padded with spaces so a
/// phrase can be matched as whole words with `contains(" phrase ")`.
///
/// The splitter normalizes most lines and paragraphs at least once, so this is one pass that
/// writes the words straight into the result. It gives what the definition gives (the text
/// lower-cased with `str::to_lowercase`, apostrophes unified, cut into words; written out as
/// `normalize_by_words` in the tests, which compare the two).
pub(crate) fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    if text.is_ascii() {
        // ASCII has no typographic apostrophe and lower-cases byte by byte: the words are
        // copied whole (apostrophes around them left out), and lower-cased at the end.
        let is_word_byte = |byte: u8| byte.is_ascii_alphanumeric() || byte == b'\'';
        let bytes = text.as_bytes();
        let mut index = 0;
        while index < bytes.len() {
            if !is_word_byte(bytes[index]) {
                index += 1;
                continue;
            }
            let mut start = index;
            while index < bytes.len() && is_word_byte(bytes[index]) {
                index += 1;
            }
            let mut end = index;
            while start < end && bytes[start] == b'\'' {
                start += 1;
            }
            while end > start && bytes[end - 1] == b'\'' {
                end -= 1;
            }
            if start < end {
                out.push_str(&text[start..end]);
                out.push(' ');
            }
        }
        out.make_ascii_lowercase();
        return out;
    }
    // The word being written is `out[word_start..]`.
    let mut word_start = out.len();
    let mut take = |out: &mut String, c: char| {
        let c = if matches!(c, '’' | '‘') { '\'' } else { c };
        if c.is_alphanumeric() || c == '\'' {
            out.push(c);
        } else {
            end_word(out, word_start);
            word_start = out.len();
        }
    };
    if !text.contains('Σ') {
        // Without a capital sigma, `str::to_lowercase` lower-cases each character on its own,
        // so the text is read once, without a lower-case copy.
        for c in text.chars() {
            if c.is_ascii() {
                take(&mut out, c.to_ascii_lowercase());
            } else {
                for lower in c.to_lowercase() {
                    take(&mut out, lower);
                }
            }
        }
    } else {
        // `str::to_lowercase`, as the definition does (a capital sigma lower-cases by its
        // neighbours), then one pass over the characters.
        for c in text.to_lowercase().chars() {
            take(&mut out, c);
        }
    }
    end_word(&mut out, word_start);
    out
}

/// Which of `phrases` (at most 64, each starting with a space: " full time ") a [`normalize`]d
/// text holds, as bits in the phrases' order: bit `i` is `text.contains(phrases[i])`.
///
/// One pass over the text instead of a substring search per phrase: a phrase can only start at
/// a space, so it is compared only where a space is followed by its first letter. (Exact for any
/// text, normalized or not: `contains(" x")` holds exactly when some space is followed by "x".)
pub(crate) fn phrases_in(text: &str, phrases: &[&str]) -> u64 {
    debug_assert!(phrases.len() <= 64);
    debug_assert!(phrases
        .iter()
        .all(|phrase| phrase.len() > 1 && phrase.starts_with(' ')));
    // The second byte of each phrase (its first letter), as a set of bytes.
    let mut firsts = [0u64; 4];
    for phrase in phrases {
        let Some(&byte) = phrase.as_bytes().get(1) else {
            continue;
        };
        firsts[usize::from(byte >> 6)] |= 1 << (byte & 63);
    }
    let bytes = text.as_bytes();
    let mut found = 0u64;
    for at in 0..bytes.len().saturating_sub(1) {
        let next = bytes[at + 1];
        if bytes[at] != b' ' || firsts[usize::from(next >> 6)] & (1 << (next & 63)) == 0 {
            continue;
        }
        for (index, phrase) in phrases.iter().enumerate() {
            if found & (1 << index) == 0 && bytes[at..].starts_with(phrase.as_bytes()) {
                found |= 1 << index;
            }
        }
    }
    found
}

/// Ends the word `out[word_start..]` of [`normalize`]: apostrophes around it go, and a space
/// follows it (an empty word is dropped).
fn end_word(out: &mut String, word_start: usize) {
    let word = &out[word_start..];
    let trimmed = word.trim_matches('\'');
    if trimmed.is_empty() {
        out.truncate(word_start);
        return;
    }
    let leading = word.len() - word.trim_start_matches('\'').len();
    let end = word_start + leading + trimmed.len();
    out.truncate(end);
    if leading > 0 {
        out.replace_range(word_start..word_start + leading, "");
    }
    out.push(' ');
}

/// [`normalize`] as defined: the text lower-cased, apostrophes unified, cut into words.
#[cfg(test)]
fn normalize_by_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    for word in text
        .to_lowercase()
        .replace(['’', '‘'], "'")
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|word| word.trim_matches('\''))
        .filter(|word| !word.is_empty())
    {
        out.push_str(word);
        out.push(' ');
    }
    out
}

/// A cue phrase as words: "what you'll do" is `what`, `you'll`, `do`. A phrase written with
/// a trailing `*` is a stem: its last word matches any word it starts ("bonus*" matches
/// "bonuses").
#[derive(Debug)]
pub(crate) struct Cue {
    words: Vec<&'static str>,
    stem: bool,
}

impl Cue {
    /// The cue written as `phrase` (lower-case words separated by single spaces).
    pub(crate) fn new(phrase: &'static str) -> Self {
        let (text, stem) = match phrase.strip_suffix('*') {
            Some(text) => (text, true),
            None => (phrase, false),
        };
        Self {
            words: text.split(' ').collect(),
            stem,
        }
    }

    /// True when the cue's words start at word `at` of `words`. Matching word by word is the
    /// same as looking for `" phrase "` (or `" stem"`) in the padded [`normalize`]d text.
    pub(crate) fn matches_at(&self, words: &[&str], at: usize) -> bool {
        let Some(window) = words.get(at..at + self.words.len()) else {
            return false;
        };
        if !self.stem && window[0] != self.words[0] {
            return false;
        }
        let last = self.words.len() - 1;
        window
            .iter()
            .zip(&self.words)
            .enumerate()
            .all(|(index, (word, cue))| {
                if self.stem && index == last {
                    word.starts_with(cue)
                } else {
                    word == cue
                }
            })
    }

    /// True when the cue occurs anywhere in `words`.
    pub(crate) fn is_in(&self, words: &[&str]) -> bool {
        (0..words.len()).any(|at| self.matches_at(words, at))
    }

    /// `words` without the cue's occurrences, taken left to right as `str::replace` takes
    /// `" phrase "` out of the padded text: a whole phrase also takes the space after it, so
    /// the word right after an occurrence cannot start the next one; a stem leaves that space.
    fn remove_from(&self, words: &mut Vec<&str>) {
        let Some(mut at) = (0..words.len()).find(|at| self.matches_at(words, *at)) else {
            return;
        };
        let length = self.words.len();
        let mut kept = words[..at].to_vec();
        while at < words.len() {
            if self.matches_at(words, at) {
                at += length;
                if !self.stem {
                    // The next word stays, and is not looked at as a start.
                    if let Some(word) = words.get(at) {
                        kept.push(*word);
                    }
                    at += 1;
                }
                continue;
            }
            kept.push(words[at]);
            at += 1;
        }
        *words = kept;
    }
}

/// The words of a [`normalize`]d text.
pub(crate) fn words_of(normalized: &str) -> Vec<&str> {
    normalized
        .split(' ')
        .filter(|word| !word.is_empty())
        .collect()
}

/// True when the words of a [`normalize`]d text are exactly `phrase`.
fn words_are(words: &[&str], phrase: &str) -> bool {
    let mut phrase_words = phrase.split(' ');
    words.iter().all(|word| {
        phrase_words
            .next()
            .is_some_and(|expected| expected == *word)
    }) && phrase_words.next().is_none()
}

/// Headings that name no section and are never a job title ("Hiring", "Levels").
const GENERIC: &[&str] = &[
    "hiring",
    "we're hiring",
    "careers",
    "jobs",
    "job opening",
    "open position",
    "open roles",
    "levels",
    "overview",
    "introduction",
    "basic information",
    "information",
    "details",
    "job details",
    "position details",
    "key facts",
    "join us",
    "join our team",
];

/// The heading of the text no section took, as the exporters write it. Only that exact
/// wording is read back as the unsorted text: a posting's own "Other Information" section is
/// the posting's text.
fn is_unsorted_heading(text: &str) -> bool {
    text.trim().trim_end_matches(':').trim() == crate::model::UNSORTED_HEADING
}

/// The cue phrases of each section, most specific first. A phrase ending in `*` matches any
/// word starting with it.
type Rules = [(&'static [&'static str], Target)];

fn rules() -> &'static Rules {
    use ListKind::{Benefits, MustHave, NiceToHave, Responsibilities};
    &[
        (
            &[
                "nice to have",
                "nice to haves",
                "nice-to-have*",
                "bonus*",
                "preferred*",
                "pluses",
                "plus",
                "desirable",
                "desired",
                "extra credit",
                "good to have",
                "would be great",
                "would help",
                "it's a plus",
                "optional",
                "stand out",
            ],
            Target::List(NiceToHave),
        ),
        (
            &["on call", "oncall", "on-call", "pager*", "out of hours"],
            Target::OnCall,
        ),
        (
            &[
                "equal opportunit*",
                "eeo",
                "diversity",
                "inclusion",
                // Disability accommodation, not a bare "Accommodation" (the housing of a
                // seasonal job: "Cabins on the orchard - $140/wk").
                "accommodations",
                "reasonable accommodation*",
                "an accommodation",
                "accommodation request*",
                "disability accommodation*",
                "non discrimination",
                "nondiscrimination",
                "reasonable adjustment*",
                "our commitment",
            ],
            Target::EqualOpportunity,
        ),
        (
            &[
                "how to apply",
                "apply",
                "apply now",
                "to apply",
                "application*",
                "interview process",
                "hiring process",
                "recruitment process",
                // The US federal "Evaluations" section: the competencies applications are
                // scored on, a step of the hiring process rather than a list of must-haves.
                "evaluations",
                "how you will be evaluated",
                "next steps",
                "sound like",
                "sounds like",
                "interested",
            ],
            Target::HowToApply,
        ),
        (
            &[
                "benefit*",
                "perks",
                "what we offer",
                "we offer",
                "why join",
                "why work",
                "what's in it for you",
                "what you'll get",
                "what you get",
                "total rewards",
                "our offer",
                "what's on offer",
                "what is on offer",
                "on offer",
                "in return",
            ],
            Target::List(Benefits),
        ),
        (
            &[
                "salary",
                "compensation",
                "pay",
                "pay range",
                "remuneration",
                "wage*",
            ],
            Target::Pay,
        ),
        (
            // The public sector's name for the duties ("Essential Functions", "Essential Duties
            // and Responsibilities"), ahead of the must-haves' "essential*".
            &[
                "essential function*",
                "essential job function*",
                "essential duties",
                "essential responsibilit*",
            ],
            Target::List(Responsibilities),
        ),
        (
            // Ahead of the must-haves' "requirement*": "Physical requirements" are the job's
            // demands on the body, not a qualification.
            &[
                "schedule",
                "schedules",
                "work schedule",
                "hours",
                "working hours",
                "work hours",
                "hours of work",
                "shift*",
                "shift pattern",
                "physical demands",
                "physical requirements",
                "physical activities",
                "physical side",
                "working conditions",
                "work conditions",
                "work environment",
                "working environment",
            ],
            Target::Topic,
        ),
        (
            &[
                "about you",
                "requirement*",
                "qualification*",
                "what we're looking for",
                "looking for",
                "what we look for",
                "we look for",
                "who you are",
                "who are you",
                "you have",
                "you bring",
                "you'll bring",
                "you will bring",
                "need from you",
                "skills",
                "experience",
                "education and experience",
                "certification*",
                "licenses",
                "licensure",
                "must have",
                "must haves",
                "what you need",
                "what you'll need",
                "what you will need",
                // A question to the reader about themselves: "Is this you?" (not "Sound like
                // you?", which closes a posting before how to apply).
                "is this you",
                "to be considered",
                // A recruiter's e-mail, for the client: "What they need:".
                "what they need",
                "what the client needs",
                "what our client needs",
                "what my client needs",
                "you might be",
                "great at this",
                "ideal candidate",
                "you should",
                "competenc*",
                "essential*",
                "minimum qualifications",
                "knowledge",
                "your profile",
                "candidate profile",
                // Translated from Dutch and German postings ("Wat vragen wij?", "Was wir
                // erwarten").
                "what do we ask",
                "what we ask",
                "what we ask of you",
                "what do we expect",
                "what we expect",
                "what we expect from you",
                // The public sector's and the NHS's names for the requirements ("Person
                // Specification - Essential", "Essential Criteria", "Key Selection Criteria").
                "person specification",
                "person spec",
                "selection criteria",
                // The recruitment agencies' "The Role / The Person / The Package".
                "the person",
                "the candidate",
                "the individual",
            ],
            Target::List(MustHave),
        ),
        (
            &[
                "responsibilit*",
                "duties",
                "what you'll do",
                "what you will do",
                "what you'll be doing",
                "what you will be doing",
                "you will",
                "you'll",
                "your role",
                "role involves",
                "day to day",
                "day-to-day",
                "in this role",
                "objective*",
                "tasks",
                "your mission",
                "what you'll work on",
                "the work",
                "your impact",
                "key results",
                // A freelance brief's list of what the hire will hand over.
                "deliverables",
                "key deliverables",
            ],
            Target::List(Responsibilities),
        ),
        (
            &[
                "about us",
                "about the company",
                "who we are",
                "our mission",
                "our company",
                "the company",
                "company overview",
                "our team",
                "the team",
                "about the team",
                "meet the team",
                "our culture",
                "culture",
                "our story",
                "about the organization",
                "about the organisation",
                "mission",
                // A recruitment agency's name for the employer.
                "about the client",
                "about our client",
                "the client",
                "our client",
            ],
            Target::AboutCompany,
        ),
        (
            &[
                "about the role",
                "about the job",
                "about this role",
                "about the position",
                "the role",
                "role summary",
                "position summary",
                "summary",
                "job summary",
                "role overview",
                "the opportunity",
                "opportunity overview",
                "description",
                "job description",
                "job profile",
                "the position",
                "about this job",
            ],
            Target::Summary,
        ),
        (
            &["location*", "where", "remote work", "work location"],
            Target::Location,
        ),
    ]
}

/// Cues with a tag each (the index of their section in [`rules`]), in a fixed order, indexed
/// by their first word: a text's few words are looked up instead of being compared with every
/// cue.
pub(crate) struct CueSet {
    cues: Vec<(Cue, usize)>,
    /// Cues (indexes into `cues`) whose first word must be exactly a given word, as the
    /// [`crate::text::word_hash`] of that word and the cue's index, sorted: a lookup is a
    /// binary search over integers (a B-tree of words compared a few words with `memcmp`
    /// for every word of every line, and a SipHash map hashed each word slowly). Words
    /// whose hashes collide are told apart by the cue's first word.
    by_first_word: Vec<(u64, usize)>,
    /// One-word stems ("bonus*"), which match any word they start.
    stems: Vec<usize>,
}

impl CueSet {
    /// The cues of `phrases`, each with its tag, in this order.
    pub(crate) fn new(phrases: impl IntoIterator<Item = (&'static str, usize)>) -> Self {
        let mut set = Self {
            cues: Vec::new(),
            by_first_word: Vec::new(),
            stems: Vec::new(),
        };
        for (phrase, tag) in phrases {
            let cue = Cue::new(phrase);
            let index = set.cues.len();
            if cue.stem && cue.words.len() == 1 {
                set.stems.push(index);
            } else {
                set.by_first_word
                    .push((crate::text::word_hash(cue.words[0]), index));
            }
            set.cues.push((cue, tag));
        }
        crate::sort::sort(&mut set.by_first_word);
        set
    }

    /// The cues whose first word is among `words`, in the set's order: the only ones that can
    /// occur in `words`, or in what is left of them after taking words out.
    fn candidates(&self, words: &[&str]) -> Vec<usize> {
        let mut found: Vec<usize> = Vec::new();
        for word in words {
            let hash = crate::text::word_hash(word);
            let from = self.by_first_word.partition_point(|(key, _)| *key < hash);
            found.extend(
                self.by_first_word[from..]
                    .iter()
                    .take_while(|(key, _)| *key == hash)
                    .map(|(_, index)| *index)
                    .filter(|index| self.cues[*index].0.words[0] == *word),
            );
            // (The first byte is compared before the whole stem: few words share it.)
            found.extend(self.stems.iter().filter(|index| {
                let stem = self.cues[**index].0.words[0];
                word.as_bytes().first() == stem.as_bytes().first() && word.starts_with(stem)
            }));
        }
        crate::sort::sort(&mut found);
        found.dedup();
        found
    }

    /// The tags of the cues that occur in `words`, one per cue, in the set's order.
    pub(crate) fn tags_in<'s>(&'s self, words: &'s [&str]) -> impl Iterator<Item = usize> + 's {
        self.candidates(words)
            .into_iter()
            .filter(|index| self.cues[*index].0.is_in(words))
            .map(|index| self.cues[index].1)
    }

    /// `words` without every cue of the set, taken out one cue after the other in the set's
    /// order (see [`Cue::remove_from`]).
    fn remove_from(&self, words: &mut Vec<&str>) {
        for index in self.candidates(words) {
            self.cues[index].0.remove_from(words);
        }
    }
}

/// The cues of [`rules`], tagged with their section's index, in the order of `rules`.
fn rule_cues() -> &'static CueSet {
    static CUES: LazyLock<CueSet> = LazyLock::new(|| {
        CueSet::new(
            rules()
                .iter()
                .enumerate()
                .flat_map(|(section, (phrases, _))| {
                    phrases.iter().map(move |phrase| (*phrase, section))
                }),
        )
    });
    &CUES
}

/// Every cue of [`rules`] and [`ROLE_SUFFIXES`], longest first ("what you'll do" before
/// "you'll"), as [`extra_words`] takes them out.
fn cues_longest_first() -> &'static CueSet {
    static CUES: LazyLock<CueSet> = LazyLock::new(|| {
        let phrases = rules()
            .iter()
            .flat_map(|(phrases, _)| phrases.iter())
            .chain(ROLE_SUFFIXES.iter());
        let mut phrases: Vec<&'static str> = phrases.map(|phrase| phrase.trim()).collect();
        crate::sort::sort_by_key(&mut phrases, |phrase| std::cmp::Reverse(phrase.len()));
        CueSet::new(phrases.into_iter().map(|phrase| (phrase, 0)))
    });
    &CUES
}

/// Classifies the words of a heading alone (no title prefix).
fn classify_words(words: &[&str]) -> Option<Target> {
    if is_generic_words(words) {
        return Some(Target::Summary);
    }
    if asks_what_the_role_does(words) {
        return Some(Target::List(ListKind::Responsibilities));
    }
    // India's job boards head the requirements "Desired Candidate Profile" or "Desired
    // Profile": the profile asked for, not the extras that "desired" names elsewhere.
    if words
        .windows(2)
        .any(|pair| pair == ["candidate", "profile"])
        || words == ["desired", "profile"]
    {
        return Some(Target::List(ListKind::MustHave));
    }
    // The first section (in the order of `rules`) with a cue anywhere in the words.
    let section = rule_cues().tags_in(words).min()?;
    let target = rules().get(section).map(|(_, target)| *target)?;
    // A topic's words are everyday words ("The release schedule is wild", "Hours: 8 to 5"):
    // only a heading that is nothing but the topic's name names it.
    if target == Target::Topic && !only_cue_words(words) {
        return None;
    }
    Some(target)
}

/// True when `words` hold nothing beside section cues, small words and connectors ("Schedule
/// and hours", "Our working conditions").
fn only_cue_words(words: &[&str]) -> bool {
    let mut words = words.to_vec();
    cues_longest_first().remove_from(&mut words);
    words
        .iter()
        .all(|word| SMALL_WORDS.contains(word) || CONNECTORS.contains(word))
}

fn is_generic_words(words: &[&str]) -> bool {
    // The words joined by spaces are as long as a phrase they are: the length, counted once,
    // rules out most phrases before their words are compared.
    let joined = words.iter().map(|word| word.len() + 1).sum::<usize>();
    GENERIC
        .iter()
        .any(|generic| generic.len() + 1 == joined && words_are(words, generic))
}

/// Words that make "What ... do" a question about the employer ("What we do", "What our team
/// does"), not about the people in the role.
const THE_EMPLOYER: &[&str] = &[
    "we",
    "us",
    "i",
    "company",
    "team",
    "teams",
    "organization",
    "organisation",
    "firm",
    "business",
    "agency",
    "group",
    "department",
    "lab",
    "it",
    "they",
];

/// A heading that asks what the people in the role do ("What apprentices do", "What a
/// caseworker does", "What our drivers will do"): the duties, whoever the role's noun is.
/// A question about the employer ("What we do") is not.
fn asks_what_the_role_does(words: &[&str]) -> bool {
    let Some(middle) = words.strip_prefix(&["what"]) else {
        return false;
    };
    let middle = ["will be doing", "will do", "do", "does"]
        .iter()
        .find_map(|ending| {
            let ending: Vec<&str> = ending.split(' ').collect();
            middle.strip_suffix(ending.as_slice())
        });
    middle.is_some_and(|middle| {
        (1..=3).contains(&middle.len())
            && middle.iter().all(|word| !THE_EMPLOYER.contains(word))
            && middle
                .last()
                .is_some_and(|noun| *noun == "you" || !SMALL_WORDS.contains(noun))
    })
}

/// Classifies a text's words (see [`classify_words`]).
fn classify_text(text: &str) -> Option<Target> {
    classify_words(&words_of(&normalize(text)))
}

/// True for headings that name no section and must not be taken for a job title.
pub(crate) fn is_generic(text: &str) -> bool {
    is_generic_words(&words_of(&normalize(text)))
}

/// Words of a heading that name no section: what is left after taking out every section cue
/// ("responsibilities", "what you'll do", "about the role"), the generic headings ("Levels")
/// and small words. "In the first 30 days you will..." leaves `first`, `30`, `days`; "What
/// you'll do" leaves nothing.
pub(crate) fn extra_words(text: &str) -> Vec<String> {
    if is_unsorted_heading(text) {
        return Vec::new();
    }
    let normalized = normalize(text);
    let mut words = words_of(&normalized);
    if is_generic_words(&words) || asks_what_the_role_does(&words) {
        return Vec::new();
    }
    cues_longest_first().remove_from(&mut words);
    words
        .into_iter()
        .filter(|word| !crate::text::is_stop_word(word) && !SMALL_WORDS.contains(word))
        .map(str::to_owned)
        .collect()
}

/// True when a heading line reads as a sentence that merely mentions a section rather than
/// naming it: "We are looking for some who:" leaves "are" and "some" beside the cue "looking
/// for", and "What you'll be be doing:" repeats a word. Such a line is text, not a heading.
pub(crate) fn names_no_section(text: &str) -> bool {
    let normalized = normalize(text);
    let mut words = words_of(&normalized);
    if words.windows(2).any(|pair| pair[0] == pair[1]) {
        return true;
    }
    rule_cues().remove_from(&mut words);
    let leftover = words
        .iter()
        .filter(|word| !SMALL_WORDS.contains(word) && !CONNECTORS.contains(word))
        .count();
    leftover >= 2
}

/// Words that join a section's name to its wording ("Skills and experience").
const CONNECTORS: &[&str] = &[
    "and", "a", "an", "for", "of", "to", "in", "on", "with", "or", "&",
];

/// Words that add nothing to a section heading ("Your responsibilities", "Key objectives").
const SMALL_WORDS: &[&str] = &[
    "your", "our", "the", "you", "we", "what", "key", "main", "this", "role", "job", "position",
    "s", "you'll", "we're", "will", "do", "be", "who", "us", "my",
];

/// Suffixes after a job title that make the heading an "about the role" heading.
const ROLE_SUFFIXES: &[&str] = &[
    " job profile",
    " job description",
    " role description",
    " position description",
    " job summary",
    " role profile",
    " role summary",
];

/// Words after "About" that make no name: the reader, the role, the writer ("About you",
/// "About the role", "About this job", "About our client").
const NOT_A_NAME: &[&str] = &[
    "the", "this", "that", "these", "those", "a", "an", "our", "your", "my", "his", "her", "their",
    "its", "you", "yours", "yourself", "us", "we", "me", "them", "it", "working",
];

/// Words a name may hold in lower case between its capitalised words ("Bank of Ireland",
/// "Cedar & Tide").
pub(crate) const NAME_JOINERS: &[&str] = &["&", "+", "and", "of", "for", "the", "de", "-", "–"];

/// Names longer than this are sentences, not names.
const MAX_NAME_WORDS: usize = 6;

/// The name in an "About <Name>" heading ("About Fernway", "About Cedar & Tide"): capitalised
/// words, none of them the reader, the role or the writer ("About you", "About the role", "About
/// our team" name no one). `None` for any other heading.
pub(crate) fn about_name(text: &str) -> Option<&str> {
    let text = text.trim().trim_end_matches(':').trim_end();
    let (about, name) = text.split_once(char::is_whitespace)?;
    if !matches!(about, "About" | "ABOUT") {
        return None;
    }
    let name = name.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = words.first()?;
    let capitalised = |word: &str| {
        word.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    let is_name = words.len() <= MAX_NAME_WORDS
        && capitalised(first)
        && !NOT_A_NAME.contains(&first.to_lowercase().as_str())
        && words
            .iter()
            .all(|word| capitalised(word) || NAME_JOINERS.contains(word))
        && !name.ends_with(['.', '?', '!', ',', ';']);
    is_name.then_some(name)
}

/// Headings that name the whole reward, pay and benefits: a benefits heading that names the
/// pay too (see [`names_pay_too`]).
const PACKAGE_HEADINGS: &[&str] = &[
    "package",
    "the package",
    "your package",
    "salary and package",
    "salary & package",
    "package and benefits",
    "package & benefits",
];

/// Headings of what the employer offers, under which the pay is usually the first item ("We
/// offer: - Salary from 1,050€ gross per month").
const OFFER_HEADINGS: &[&str] = &[
    "we offer",
    "what we offer",
    "what do we offer",
    "what we offer you",
    "what we can offer",
    "what we can offer you",
    "our offer",
    "in return",
    "in return we offer",
    "what's in it for you",
    "what’s in it for you",
    "what you'll get",
    "what you’ll get",
    "what you get",
];

/// True when a heading that names the benefits names the pay too ("Compensation and
/// benefits", "Pay & perks", "What we offer"): one of its parts, read alone, is a pay heading,
/// or the heading is what the employer offers.
pub(crate) fn names_pay_too(text: &str) -> bool {
    let text = text.to_lowercase();
    let bare = text.trim().trim_end_matches([':', '?', '!']).trim();
    if PACKAGE_HEADINGS.contains(&bare) || OFFER_HEADINGS.contains(&bare) {
        return true;
    }
    text.split([',', '&', '/', '+'])
        .flat_map(|part| part.split(" and "))
        .any(|part| matches!(classify(part.trim()), Some((Target::Pay, _))))
}

/// What a heading announces, and the job title it starts with, if any
/// ("Senior Backend Engineer: Duties and Responsibilities").
pub(crate) fn classify(text: &str) -> Option<(Target, Option<String>)> {
    if is_unsorted_heading(text) {
        return Some((Target::Unplaced, None));
    }
    let text = text.trim().trim_end_matches(':').trim();
    if text.split_whitespace().nth(MAX_HEADING_WORDS).is_some() {
        return None;
    }
    // A recruiter's "Package" is the pay and the benefits together; only the whole heading,
    // not a title such as "Package Handler".
    if PACKAGE_HEADINGS
        .iter()
        .any(|heading| text.eq_ignore_ascii_case(heading))
    {
        return Some((Target::List(ListKind::Benefits), None));
    }
    // Who to write to: "Contact:" above the paragraph that says how to apply; only the whole
    // heading, as a "Contact Centre Team Leader" is a job title.
    if [
        "contact",
        "contact us",
        "contact details",
        "contact information",
        "get in touch",
    ]
    .iter()
    .any(|heading| text.eq_ignore_ascii_case(heading))
    {
        return Some((Target::HowToApply, None));
    }
    // A European posting's "Profile" is the person sought; only the whole heading, as a
    // "Job Profile" describes the job.
    if [
        "profile",
        "the profile",
        "ideal profile",
        "required profile",
        "profile sought",
    ]
    .iter()
    .any(|heading| text.eq_ignore_ascii_case(heading))
    {
        return Some((Target::List(ListKind::MustHave), None));
    }
    if let Some((prefix, rest)) = text.split_once(':') {
        let prefix = prefix.trim();
        // "Objective #2: Deliver recommendations that frame next steps": the label before the
        // colon names the section.
        // (A topic's name before a colon labels a fact, "Hours: 8 to 5", not a section.)
        if prefix.split_whitespace().nth(3).is_none() {
            if let Some(target) = classify_text(prefix).filter(|target| *target != Target::Topic) {
                return Some((target, None));
            }
        }
        if let Some(target) = classify_text(rest) {
            let title = (!prefix.is_empty()
                && prefix.split_whitespace().nth(8).is_none()
                && classify_text(prefix).is_none())
            .then(|| prefix.to_owned());
            return Some((target, title));
        }
    }
    let lower = text.to_lowercase();
    for suffix in ROLE_SUFFIXES {
        if lower.ends_with(suffix) && lower.len() > suffix.len() {
            let prefix = text[..text.len() - suffix.len()]
                .trim()
                .trim_end_matches(['-', '–', '—', ':'])
                .trim();
            return Some((Target::Summary, Some(prefix.to_owned())));
        }
    }
    classify_text(text)
        .or_else(|| about_name(text).map(|_| Target::AboutCompany))
        .or_else(|| bracketed_note(text))
        .map(|target| (target, None))
}

/// A heading's words and the short note in brackets at its end ("What you need", "must
/// have"): a note of up to four words of letters, never a link or an address ("Apply now
/// (https://...)" has none).
pub(crate) fn split_bracketed_note(text: &str) -> Option<(&str, &str)> {
    let (before, note) = text.trim_end().strip_suffix(')')?.rsplit_once('(')?;
    let note = note.trim();
    let plain = note
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '\u{2019}' | '&' | '/'))
        && !note.contains("//");
    let words = note.split_whitespace().count();
    (plain && (1..=4).contains(&words) && !before.trim().is_empty()).then(|| (before.trim(), note))
}

/// The section of a heading with a note in brackets: the requirements' level when the note
/// names one ("What you need (must have)", "Skills (nice to have)"), else the section the words
/// before it name ("Benefits (UK staff)"). Any other note names no section: "Support Engineer
/// (Shift)" is a variant of the role, not the on-call duty.
fn bracketed_note(text: &str) -> Option<Target> {
    let (before, note) = split_bracketed_note(text)?;
    match classify_text(note) {
        level @ Some(Target::List(ListKind::MustHave | ListKind::NiceToHave)) => level,
        _ => classify_text(before.trim()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(text: &str) -> Option<Target> {
        classify(text).map(|(target, _)| target)
    }

    #[test]
    fn normalize_is_its_definition() {
        for text in [
            "What You’ll Do:",
            "‘Quoted’ words — and 'more' ''",
            "ÜBER UNS: Café İstanbul",
            "ΟΔΟΣ ΣΟΦΙΑΣ",
            "don't ’tis rock’n’roll",
            "'''",
            "",
            "Ǆemal ﬁne ß ẞ",
            "x’ ’y ‘z‘ ‘’",
            "plain ascii 'quoted' text, 100% remote",
        ] {
            assert_eq!(normalize(text), normalize_by_words(text), "{text:?}");
        }
    }

    #[test]
    fn phrases_in_is_contains_for_each_phrase() {
        let phrases = [
            " full time ",
            " full-time ",
            " on call ",
            " oncall ",
            " reasonable accommodation",
            " é ",
            " tim",
        ];
        let pieces = [
            "full",
            "time",
            " ",
            "  ",
            "-",
            "on",
            "call",
            "é",
            "",
            "tim",
            "reasonable accommodation",
        ];
        let mut texts = vec![String::new(), " ".to_owned()];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for d in pieces {
                        texts.push(format!("{a}{b}{c}{d}"));
                        texts.push(format!(" {a} {b} {c} {d} "));
                    }
                }
            }
        }
        for text in &texts {
            let found = phrases_in(text, &phrases);
            for (index, phrase) in phrases.iter().enumerate() {
                assert_eq!(
                    found & (1 << index) != 0,
                    text.contains(phrase),
                    "{phrase:?} in {text:?}"
                );
            }
        }
    }

    #[test]
    fn recognises_common_wordings() {
        use ListKind::*;
        assert_eq!(
            target("What you'll do"),
            Some(Target::List(Responsibilities))
        );
        assert_eq!(
            target("What You’ll Do:"),
            Some(Target::List(Responsibilities))
        );
        assert_eq!(target("Requirements"), Some(Target::List(MustHave)));
        assert_eq!(
            target("Essential Functions"),
            Some(Target::List(Responsibilities))
        );
        assert_eq!(
            target("Essential Duties and Responsibilities:"),
            Some(Target::List(Responsibilities))
        );
        assert_eq!(target("Essential skills"), Some(Target::List(MustHave)));
        assert_eq!(target("Essential"), Some(Target::List(MustHave)));
        assert_eq!(
            target("What we're looking for"),
            Some(Target::List(MustHave))
        );
        assert_eq!(target("What we look for"), Some(Target::List(MustHave)));
        assert_eq!(
            target("Preferred Qualifications"),
            Some(Target::List(NiceToHave))
        );
        assert_eq!(target("Bonus points"), Some(Target::List(NiceToHave)));
        assert_eq!(target("Nice-to-haves"), Some(Target::List(NiceToHave)));
        assert_eq!(target("Perks"), Some(Target::List(Benefits)));
        assert_eq!(
            target("Compensation & Benefits"),
            Some(Target::List(Benefits))
        );
        assert_eq!(target("What we offer"), Some(Target::List(Benefits)));
        for heading in ["What\u{2019}s On Offer", "What's on offer:", "In return"] {
            assert_eq!(target(heading), Some(Target::List(Benefits)), "{heading}");
        }
        assert_eq!(target("Our commitment"), Some(Target::EqualOpportunity));
        assert_eq!(target("The physical side of the job"), Some(Target::Topic));
        assert_eq!(
            target("What you need (must have)"),
            Some(Target::List(MustHave))
        );
        assert_eq!(
            target("Skills (nice to have)"),
            Some(Target::List(NiceToHave))
        );
        assert_eq!(target("Benefits (UK staff)"), Some(Target::List(Benefits)));
        assert_eq!(target("Support Engineer (Shift)"), None);
        assert_eq!(
            split_bracketed_note("Apply now (https://example.com/apply)"),
            None
        );
        assert_eq!(split_bracketed_note("Call us (555 0100)"), None);
        assert_eq!(
            split_bracketed_note("What you need (must have) "),
            Some(("What you need", "must have"))
        );
        assert_eq!(target("Assigned Support Engineer (ASE)"), None);
        assert!(names_pay_too("Compensation & Benefits"));
        assert!(names_pay_too("Salary and benefits"));
        assert!(names_pay_too("Benefits, pay and perks"));
        assert!(!names_pay_too("Benefits and perks"));
        assert!(names_pay_too("The package"));
        for heading in ["Package", "The package:", "Your package"] {
            assert_eq!(target(heading), Some(Target::List(Benefits)), "{heading}");
        }
        assert_eq!(target("Package Handler / Loader"), None);
        // What the employer offers starts with the pay ("We offer: - Salary from 1,050€ gross
        // per month"); the items are still read one by one (`pay_line::states_base_pay`).
        assert!(names_pay_too("What we offer"));
        assert!(names_pay_too("We offer:"));
        assert_eq!(target("About us"), Some(Target::AboutCompany));
        assert_eq!(target("About the client"), Some(Target::AboutCompany));
        assert_eq!(target("Our client"), Some(Target::AboutCompany));
        assert_eq!(target("About the company"), Some(Target::AboutCompany));
        assert_eq!(target("About the role"), Some(Target::Summary));
        assert_eq!(target("How to apply"), Some(Target::HowToApply));
        // The federal competencies applications are scored on: the hiring process.
        assert_eq!(target("Evaluations"), Some(Target::HowToApply));
        assert_eq!(
            target("How You Will Be Evaluated"),
            Some(Target::HowToApply)
        );
        assert_eq!(target("On-call"), Some(Target::OnCall));
        assert_eq!(target("Salary"), Some(Target::Pay));
        assert_eq!(target("Location"), Some(Target::Location));
        assert_eq!(
            target("Equal opportunity employer"),
            Some(Target::EqualOpportunity)
        );
    }

    #[test]
    fn recognises_the_must_haves_by_other_names() {
        use ListKind::*;
        for heading in [
            "What you'll bring",
            "What you’ll bring",
            "What You'll Bring:",
            "What you will bring",
            "Skills and experience you'll bring",
            "Person Specification",
            "Person Specification - Essential",
            "Person Specification: Essential",
            "Essential Criteria",
            "Key Selection Criteria",
            "Candidate profile",
            "What we need from you",
            "Profile:",
            "What do we ask?",
            "What we expect from you",
        ] {
            assert_eq!(target(heading), Some(Target::List(MustHave)), "{heading}");
            // (One word beyond the section's name still leaves a heading.)
            assert!(extra_words(heading).len() < 2, "{heading}");
        }
        for heading in [
            "Person Specification – Desirable",
            "Desirable Criteria",
            "Desirable",
            "What would make you stand out",
        ] {
            assert_eq!(target(heading), Some(Target::List(NiceToHave)), "{heading}");
        }
        // "Criteria" alone names no section: a sentence may end with it.
        assert_eq!(
            target("Generally they meet the following criteria. They:"),
            None
        );
        // A job's profile is its description.
        assert_ne!(
            target("Senior Backend Engineer Job Profile"),
            Some(Target::List(MustHave))
        );
        // The duties keep theirs.
        assert_eq!(
            target("What you'll do"),
            Some(Target::List(Responsibilities))
        );
        assert_eq!(
            target("What you'll work on"),
            Some(Target::List(Responsibilities))
        );
    }

    #[test]
    fn about_a_name_is_the_company_section() {
        for heading in [
            "About Fernway",
            "About Cedar & Tide",
            "About Quillpoint:",
            "ABOUT BLUESTEM COUNTY",
            "About Bank of Ireland",
        ] {
            assert_eq!(target(heading), Some(Target::AboutCompany), "{heading}");
            assert!(about_name(heading).is_some(), "{heading}");
        }
        assert_eq!(about_name("About Cedar & Tide:"), Some("Cedar & Tide"));
        // The reader, the role and the writer are no names; their cues keep their sections.
        assert_eq!(target("About you"), Some(Target::List(ListKind::MustHave)));
        assert_eq!(
            target("What they need:"),
            Some(Target::List(ListKind::MustHave))
        );
        assert_eq!(
            target("To be considered"),
            Some(Target::List(ListKind::MustHave))
        );
        assert_eq!(
            target("Is this you?"),
            Some(Target::List(ListKind::MustHave))
        );
        assert_eq!(
            target("DELIVERABLES"),
            Some(Target::List(ListKind::Responsibilities))
        );
        assert_eq!(target("Contact:"), Some(Target::HowToApply));
        assert_ne!(
            target("Contact Centre Team Leader"),
            Some(Target::HowToApply)
        );
        // Disability accommodation, not a seasonal job's housing.
        for heading in [
            "Reasonable Accommodation",
            "Accommodations",
            "Requesting an Accommodation",
        ] {
            assert_eq!(target(heading), Some(Target::EqualOpportunity), "{heading}");
        }
        assert_ne!(target("ACCOMMODATION"), Some(Target::EqualOpportunity));

        assert_eq!(target("About the job"), Some(Target::Summary));
        assert_eq!(target("About This Role"), Some(Target::Summary));
        for heading in [
            "About you",
            "About the role",
            "About The Role",
            "About Us",
            "About Our Client",
            "About Yourself",
            "About this job",
            "About",
            "Aboutness Matters",
            "About working here",
            "About Fernway and why we started it in a garage in Brooklyn",
            "About Fernway.",
        ] {
            assert_eq!(about_name(heading), None, "{heading}");
        }
    }

    #[test]
    fn finds_the_title_before_the_section_name() {
        assert_eq!(
            classify("Senior Backend Engineer Job Profile"),
            Some((Target::Summary, Some("Senior Backend Engineer".into())))
        );
        assert_eq!(
            classify("Senior Backend Engineer: Duties and Responsibilities"),
            Some((
                Target::List(ListKind::Responsibilities),
                Some("Senior Backend Engineer".into())
            ))
        );
    }

    #[test]
    fn a_section_label_before_a_colon_wins() {
        assert_eq!(
            target("Objective #2: Deliver recommendations that frame next steps"),
            Some(Target::List(ListKind::Responsibilities))
        );
    }

    #[test]
    fn sentences_ending_in_a_colon_name_no_section() {
        assert!(names_no_section("We are looking for some who:"));
        assert!(names_no_section("What you'll be be doing:"));
        assert!(!names_no_section("What you'll do:"));
        assert!(!names_no_section("Skills and experience:"));
        assert!(!names_no_section("Your responsibilities:"));
        assert!(!names_no_section("What we're looking for:"));
    }

    #[test]
    fn counts_the_words_beyond_the_section_name() {
        assert!(extra_words("Equal opportunity").is_empty());
        assert_eq!(extra_words("Equal Opportunities Policy"), vec!["policy"]);
        assert!(extra_words("Other information").is_empty());
        assert_eq!(target("Other information"), Some(Target::Unplaced));
        assert_ne!(target("Other Information"), Some(Target::Unplaced));
        assert!(extra_words("What you'll do").is_empty());
        assert!(extra_words("Your responsibilities").is_empty());
        assert_eq!(
            extra_words("In the first 30 days you will..."),
            ["first", "30", "days"]
        );
        assert_eq!(
            extra_words("ENTER POSITION SUMMARY FROM PERFORMANCE PROFILE"),
            ["enter", "performance", "profile"]
        );
    }

    #[test]
    fn what_the_people_in_the_role_do_is_the_duties() {
        for heading in [
            "WHAT APPRENTICES DO",
            "What a caseworker does",
            "What our drivers will do:",
            "What night auditors will be doing",
            "What you do",
        ] {
            assert_eq!(
                target(heading),
                Some(Target::List(ListKind::Responsibilities)),
                "{heading}"
            );
            assert!(extra_words(heading).is_empty(), "{heading}");
        }
        // The employer's work is not the role's.
        for heading in ["What we do", "What our team does", "What the company does"] {
            assert_ne!(
                target(heading),
                Some(Target::List(ListKind::Responsibilities)),
                "{heading}"
            );
        }
    }

    #[test]
    fn a_topic_is_named_only_by_a_heading_of_its_words() {
        for heading in [
            "Schedule",
            "Hours",
            "Schedule and hours",
            "Physical demands",
            "Physical Requirements:",
            "Working conditions",
            "Work Environment",
            "Shift and schedule",
        ] {
            assert_eq!(target(heading), Some(Target::Topic), "{heading}");
        }
        for text in [
            "The release schedule is wild",
            "Hours: 8 to 5",
            "Flexible hours for parents",
        ] {
            assert_eq!(target(text), None, "{text}");
        }
        // Another section's cue still names that section.
        assert_eq!(target("On-call schedule"), Some(Target::OnCall));
        assert_eq!(target("Pay and hours"), Some(Target::Pay));
    }

    #[test]
    fn ignores_sentences_and_unrelated_headings() {
        assert_eq!(target("The release schedule is wild"), None);
        assert_eq!(
            target(
                "Come Work at a Mission Driven Tech Company with High Impact that Cares about You"
            ),
            None
        );
    }
}
