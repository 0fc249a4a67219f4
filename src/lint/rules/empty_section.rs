//! `empty-section`: blank list items, and a structured posting with no duties or requirements.

use std::ops::Range;

use crate::import::splitter::bullet;
use crate::lint::rule::{declare_rule, Context, FieldText};
use crate::lint::{Diagnostic, Edit, Fix};
use crate::model::{Field, ListKind, Section, Severity};
use crate::text::lines;

declare_rule! {
    /// Flags blank list items, and postings with no title, duties or must-have requirements.
    ///
    /// ## What it does
    /// Points at list items that contain no text, and, once the posting has content sorted
    /// into sections, at a missing title, an empty responsibilities list or an empty must-have
    /// list. When the title field is empty but the summary starts with a line that reads like
    /// the title (a short line before the prose, as a page's first heading is), it says so and
    /// offers to move that line into the title field.
    ///
    /// ## Why is this bad?
    /// A blank bullet shows up as an empty dot on the job board. A posting without duties or
    /// requirements leaves applicants guessing what the job is and whether they qualify; those
    /// two lists are what people read first. Job boards and search engines take the title
    /// from the title field, not from the text.
    ///
    /// ## Example
    /// ```text
    /// Responsibilities: (none)
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Responsibilities: three to eight things the person will do every week.
    /// ```
    ///
    /// ## What it does not flag
    /// A posting that describes the duties in prose ("You will own our training programme
    /// and run the customer workshops", "The Site Manager will be responsible for ...", "Floor
    /// staff will be taking orders and running food", "In this post you will teach small groups
    /// ... You will write support plans", "You would teach 22 periods a week ... You would also
    /// tutor a Year 8 group", "You will drive buses ... you greet riders ... you complete a
    /// pre-trip inspection", "The lineman we hire will spend most days building lines", "You'll
    /// make coffee, serve customers and help with closing", "You're responsible for the
    /// safety of six young adults overnight", "The post holder will support pupils", "Work
    /// includes fit-outs and fault finding", "Duties: prepping vegetables, working the grill",
    /// "Cleaning rooms, changing linen, restocking carts", "The driver delivers furniture",
    /// "Deli clerks slice meats and cheeses to order", "Your job is to carry bags", "This role
    /// involves ...", "Responsible for ...") is not told its responsibilities are
    /// missing, nor one that states the requirements in prose or in another list ("You should
    /// have experience with Ruby or Python", "Five years of Go is a must", "You don't need
    /// experience: we train you", "All you need is a food handler card", "Applicants must pass
    /// a background check", "Need a full licence", "About you: friendly, reliable", "Previous
    /// hotel experience is preferred", "Successful candidates will have", "Must hold a
    /// forklift licence" among the duties), wherever in the posting but the benefits and the
    /// legal statement, nor one whose summary holds a bulleted list of three or more lines (the
    /// duties pasted under "About the role"). Text that has not been sorted into sections yet
    /// (Unsorted text) is not judged at all.
    /// ```text
    /// About the role: You will own our training programme and run the customer workshops.
    /// Responsibilities: (none listed)
    /// ```
    id: "empty-section",
    category: Structure,
    severity: Warning,
    has_fix: true,
    check: check,
}

/// Words in the summary that describe the role's duties in prose: the reader's own work,
/// not the company's ("the agency is responsible for ...").
const DUTY_CUES: &[&str] = &[
    "you will be responsible",
    "you'll be responsible",
    "you\u{2019}ll be responsible",
    "you would be responsible",
    "your responsibilities",
    "responsibilities include",
    "your role is",
    "your role will",
    "in this role you will",
    "in this role, you will",
    "you will own",
    "you will lead",
    "you will build",
    "you will manage",
    "you will work on",
    "you will help",
    "you'll own",
    "you'll lead",
    "you'll work on",
    "you'll help",
    "you\u{2019}ll own",
    "you\u{2019}ll lead",
    "you\u{2019}ll work on",
    "you\u{2019}ll help",
    "you will be",
    "you'll be",
    "you\u{2019}ll be",
    "will be responsible for",
    "duties include",
    "duties will include",
    "the role involves",
    "the job involves",
    "the role includes",
    "day-to-day",
    "day to day",
    "what you'll do",
    "what you will do",
    "what you\u{2019}ll do",
    // "The lineman we hire will spend most days building and maintaining lines, and will also
    // be expected to perform switching".
    "will spend most",
    "will spend their",
    "will spend your",
    "will be expected to",
    // "In this role you are responsible for picking orders", "You're responsible for the
    // safety of six young adults overnight".
    "you are responsible",
    "you are also responsible",
    "you're responsible",
    "you're also responsible",
    "you\u{2019}re responsible",
    "you\u{2019}re also responsible",
    // A council's or a school's advert: "The post holder will support pupils ...".
    "post holder will",
    "postholder will",
    "jobholder will",
    "job holder will",
    "successful candidate will",
    "successful applicant will",
    // "Work includes fit-outs, switchboard upgrades and fault finding".
    "work includes",
    "work involves",
    "work will include",
    "tasks include",
    "tasks will include",
    "a typical day",
    "day in the life",
    // "Your job is to carry bags", "This role involves ...", "Key duties are ...".
    "job is to",
    "role is to",
    "role involves",
    "job involves",
    "position involves",
    "key duties",
    "main duties",
    "your duties",
];

/// Labels that head the duties written on the same line ("Duties: prepping vegetables, working
/// the grill station", "The job: mowing, hedge trimming and planting", "Your day: opening the
/// shop at 8, serving customers"); at least [`LABELLED_WORDS`] words must follow on the line,
/// so "Duties: TBC" states none.
const DUTY_LABELS: &[&str] = &[
    "duties:",
    "tasks:",
    "responsibilities:",
    "the job:",
    "the role:",
    "the work:",
    "your day:",
    "typical day:",
];

/// Labels that head the requirements written on the same line ("What we need from you:
/// previous front-desk experience", "About you: friendly, reliable, retail experience").
const REQUIREMENT_LABELS: &[&str] = &[
    "requirements:",
    "about you:",
    "what you need:",
    "what we need:",
    "what we need from you:",
    "person specification:",
    "you'll need:",
    "you will need:",
    "experience:",
    "skills:",
];

/// Words that must follow a label on its line for the line to state anything.
const LABELLED_WORDS: usize = 3;

/// Words in the summary that state requirements in prose.
const REQUIREMENT_CUES: &[&str] = &[
    "you should have",
    "you should be",
    "you must have",
    "you must be",
    "you will need",
    "you'll need",
    "you\u{2019}ll need",
    "you need to have",
    "you have experience",
    "you bring",
    "ideal candidate",
    "years of experience",
    "experience with",
    "experience in",
    "background in",
    "qualifications",
    "key requirements",
    "requirements include",
    "you'll have",
    "you\u{2019}ll have",
    "you will have",
    "must have",
    "must hold",
    "must be",
    // Not "essential functions" (the ADA's wording for the job's physical demands).
    "is essential",
    "are essential",
    "essential:",
    "essential criteria",
    "essential requirements",
    "essential skills",
    "essential qualifications",
    "required",
    "the successful candidate",
    // "We need someone competitive ...", "8+ years with OpenTelemetry is a must".
    "we need someone",
    "we want someone",
    "looking for someone",
    "is a must",
    "are a must",
    // None asked, and said so: "You don't need experience: we train you".
    "you don't need",
    "you do not need",
    "no experience needed",
    "no experience necessary",
    // "All you need is a positive attitude", "What you need: an Ohio registration",
    // "Applicants must pass a background check", "Candidates must hold a full licence".
    "all you need",
    "what you need",
    "you need to be",
    "you need to hold",
    "you need a ",
    "you need an ",
    "you must",
    "applicants must",
    "candidates must",
    "applicants will need",
    "candidates will need",
    "must pass",
    "must possess",
    "must own",
    "must live",
    "must speak",
    "person specification",
    "what we're looking for",
    "what we are looking for",
    "what we\u{2019}re looking for",
    // "Successful candidates will have a year in a hotel", "Ideally you will have ...".
    "candidates will have",
    "applicants will have",
    "candidate will have",
    "applicant will have",
    "candidates should",
    "applicants should",
    "ideally",
    "right candidate",
    "right person",
    "ideal person",
    "we require",
    "suits someone",
];

/// At most this many lines at the start of the summary are read for a title.
const TITLE_LINES: usize = 8;
/// A title has at most this many words.
const TITLE_WORDS: usize = 10;

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let posting = context.posting;
    for kind in ListKind::ALL {
        for item in posting.list(kind) {
            if !item.text.trim().is_empty() {
                continue;
            }
            let field = Field::Item(kind, item.id);
            diagnostics.push(Diagnostic::spanned(
                &RULE,
                field,
                0..item.text.len(),
                format!("an empty item in {}", kind.section().label()),
                "Write the item or remove it.",
            ));
        }
    }
    let has_content = context
        .texts
        .iter()
        .any(|text| text.field != Field::Unplaced);
    if !has_content || !posting.unplaced.trim().is_empty() {
        return;
    }
    let summary = context.text_of(Field::Summary);
    if posting.title.trim().is_empty() {
        match summary.and_then(title_line) {
            Some((summary, line)) => diagnostics.push(title_in_summary(summary, line)),
            None => diagnostics.push(empty(Section::Title)),
        }
    }
    // Duties or requirements written in prose, or in the other list ("Must hold a forklift
    // licence" among the duties), are stated: every text but the legal statement and the
    // benefits is read.
    let read = || {
        context.texts.iter().filter(|text| {
            !matches!(
                text.section(),
                Section::EqualOpportunity | Section::Benefits
            )
        })
    };
    let stated = |cues: &[&str], labels: &[&str]| {
        read().any(|text| {
            cues.iter().any(|cue| text.contains_ignore_ascii_case(cue)) || labelled(text, labels)
        })
    };
    let no_duties = posting
        .responsibilities
        .iter()
        .all(|i| i.text.trim().is_empty());
    // A bulleted list left in the summary (the duties pasted under "About the role" with no
    // heading of their own) is the duties: read as the importer reads a bullet.
    let summary_list = || {
        summary.is_some_and(|summary| {
            lines(summary.text)
                .into_iter()
                .filter(|line| bullet(&summary.text[line.clone()]).is_some())
                .count()
                >= 3
        })
    };
    if no_duties
        && !summary_list()
        && !stated(DUTY_CUES, DUTY_LABELS)
        && !duties_as_doing(context)
        && !read().any(|text| {
            gerund_list(text)
                || title_does(text, &posting.title)
                // "Responsible for carrying bags and greeting guests."
                || starts_a_sentence(text, &["Responsible for "])
        })
    {
        diagnostics.push(empty(Section::Responsibilities));
    }
    let no_requirements = posting.must_have.iter().all(|i| i.text.trim().is_empty());
    if no_requirements
        && !stated(REQUIREMENT_CUES, REQUIREMENT_LABELS)
        && !read().any(|text| asks_in_short(text) || asks_in_prose(text))
    {
        diagnostics.push(empty(Section::MustHave));
    }
}

/// Verbs after "you will" that say what the reader gets or needs, not what they do.
const NOT_DUTIES: &[&str] = &[
    "need", "have", "be", "receive", "get", "enjoy", "join", "earn", "report", "find", "love",
    "start",
];

/// True when a label of `labels` in the text is followed on its line by at least
/// [`LABELLED_WORDS`] words ("Duties: prepping vegetables, working the grill").
fn labelled(text: &FieldText, labels: &[&str]) -> bool {
    labels.iter().any(|label| {
        if !text.contains_ignore_ascii_case(label) {
            return false;
        }
        let lower = text.text.to_ascii_lowercase();
        let mut from = 0;
        while let Some(at) = lower[from..].find(label) {
            from += at + label.len();
            let line = text.text[from..].split('\n').next().unwrap_or_default();
            if crate::text::word_count(line) >= LABELLED_WORDS {
                return true;
            }
        }
        false
    })
}

/// `text` cut at each of `separators`, every piece trimmed.
fn pieces<'t>(text: &'t str, separators: &[&str]) -> Vec<&'t str> {
    let mut pieces = Vec::new();
    let mut rest = text;
    loop {
        let next = separators
            .iter()
            .filter_map(|separator| Some((rest.find(separator)?, separator.len())))
            .min();
        let Some((at, length)) = next else {
            pieces.push(rest.trim());
            return pieces;
        };
        pieces.push(rest[..at].trim());
        rest = &rest[at + length..];
    }
}

/// Words ending in "-ing" that are no verb of a duty ("Morning, evening and weekend shifts",
/// "Housing, parking and meals provided").
const NOT_GERUNDS: &[&str] = &[
    "during",
    "including",
    "morning",
    "evening",
    "nothing",
    "something",
    "anything",
    "everything",
    "housing",
    "parking",
    "clothing",
    "meeting",
    "wedding",
    "spring",
    "string",
    "ceiling",
    "bring",
    "thing",
    "things",
    "king",
    "according",
    "following",
    "interesting",
    "exciting",
    "amazing",
    "outstanding",
    "rewarding",
    "ongoing",
    "upcoming",
    "existing",
    "leading",
    "growing",
    "training",
    "funding",
    "pending",
    "starting",
];

/// True when a sentence of the text lists three or more things done, each a verb in "-ing"
/// with its object ("Cleaning rooms, changing linen, restocking carts."): the duties, as a
/// classified ad writes them.
fn gerund_list(text: &FieldText) -> bool {
    let gerund = |part: &&str| {
        let first = part
            .split(' ')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        first.len() >= 5
            && first.ends_with("ing")
            && first.bytes().all(|byte| byte.is_ascii_lowercase())
            && !NOT_GERUNDS.contains(&first.as_str())
            && part.contains(' ')
    };
    text.sentences().iter().any(|range| {
        let parts = pieces(&text.text[range.clone()], &[",", ";", " and "]);
        gerund(&parts[0]) && parts[1..].iter().filter(|part| gerund(part)).count() >= 2
    })
}

/// Words after "the <job>" that say what the person is, needs or gets, not what they do.
const NOT_DOING_THIRD: &[&str] = &[
    "is", "has", "was", "does", "needs", "gets", "earns", "receives", "joins", "reports", "enjoys",
    "means", "makes",
];

/// Words after a job in the plural that are no verb ("Drivers licence required", "Cleaners
/// welcome").
const NOT_VERBS: &[&str] = &[
    "licence", "license", "licences", "licenses", "welcome", "permit", "card", "only", "needs",
    "will", "would", "shall",
];

/// The jobs the title names, each by its last word, before any note in brackets or after a
/// dash, in lower case: "Delivery Driver" gives "driver", "Housekeeper (part-time)"
/// "housekeeper", "DELI CLERKS & CASHIERS" "clerks" and "cashiers".
fn title_heads(title: &str) -> Vec<String> {
    let title = pieces(title, &["(", ",", "|", "\u{2013}", "\u{2014}", " - "])[0];
    pieces(title, &["&", "/", "+", " and "])
        .into_iter()
        .filter_map(|part| {
            let head = part.rsplit(' ').next()?;
            (head.len() >= 3 && head.chars().all(char::is_alphabetic)).then(|| head.to_lowercase())
        })
        .collect()
}

/// True when the text says what the person in the job does, naming the job: "The driver
/// delivers furniture to homes", "Our housekeeper will clean twelve rooms a day", "The
/// assistant is responsible for the diary", "Deli clerks slice meats and cheeses to order".
fn title_does(text: &FieldText, title: &str) -> bool {
    let heads = title_heads(title);
    if heads.is_empty() {
        return false;
    }
    let lower_word = |word: &str| word.bytes().all(|byte| byte.is_ascii_lowercase());
    let is_head = |word: &str| heads.iter().any(|head| head == word);
    // "clerks" for "clerk", and "clerks" for a title in the plural.
    let is_plural_head = |word: &str| {
        word.len() > 3
            && word.ends_with('s')
            && heads
                .iter()
                .any(|head| head == word || head.as_str() == &word[..word.len() - 1])
    };
    let tokens = &text.tokens;
    let word = |index: usize| tokens.get(index).map_or("", |token| token.lower.as_str());
    (0..tokens.len()).any(|at| {
        // "The driver delivers", "Our housekeeper will clean", "The assistant is responsible".
        let singular = matches!(word(at), "the" | "our" | "this" | "each" | "every")
            && is_head(word(at + 1))
            && match word(at + 2) {
                "will" => lower_word(word(at + 3)) && !NOT_DUTIES.contains(&word(at + 3)),
                "is" => word(at + 3) == "responsible",
                verb => {
                    verb.len() >= 4
                        && verb.ends_with('s')
                        && !verb.ends_with("ss")
                        && lower_word(verb)
                        && !NOT_DOING_THIRD.contains(&verb)
                }
            };
        // "Deli clerks slice meats", "Floor staff clear tables": the job in the plural (or a
        // word for a group), then what they do; not the title itself ("Deli Clerks Wanted"),
        // nor "clerks and cashiers", "staff are paid weekly".
        let verb = word(at + 1);
        let group = matches!(word(at), "staff" | "crew" | "personnel");
        let plural = (is_plural_head(word(at)) || group && is_head(word(at)))
            && tokens
                .get(at + 1)
                .is_some_and(|token| lower_word(&text.text[token.span.clone()]))
            && verb.len() >= 3
            && !crate::text::is_stop_word(verb)
            && !NOT_DOING.contains(&verb)
            && !NOT_DOING_THIRD.contains(&verb)
            && !NOT_VERBS.contains(&verb)
            && !verb.ends_with("ed")
            && !verb.ends_with("ing")
            && !verb.ends_with("ly");
        singular || plural
    })
}

/// True when a sentence of the text starts with "Need" or "Must", as short adverts state what
/// they ask ("Need a full licence and your own boots.", "Must be 18+.").
fn asks_in_short(text: &FieldText) -> bool {
    starts_a_sentence(text, &["Need ", "Needs ", "Must "])
}

/// True when a sentence of the text starts with one of `starts`.
fn starts_a_sentence(text: &FieldText, starts: &[&str]) -> bool {
    text.sentences().iter().any(|range| {
        let sentence = text.text[range.clone()].trim_start();
        starts.iter().any(|start| sentence.starts_with(start))
    })
}

/// Words that ask for something ("is required", "needed", "preferred", "essential").
const ASKING: &[&str] = &[
    "require",
    "requires",
    "required",
    "need",
    "needs",
    "needed",
    "must",
    "should",
    "preferred",
    "essential",
    "desirable",
    "helpful",
    "plus",
    "advantage",
    "expected",
];

/// What a posting asks of the person: a qualification, a document, a skill.
const ASKED: &[&str] = &[
    "experience",
    "licence",
    "license",
    "certificate",
    "certification",
    "qualification",
    "qualifications",
    "degree",
    "diploma",
    "check",
    "clearance",
    "english",
    "skills",
    "knowledge",
    "registration",
    "permit",
];

/// True when a sentence of the text asks for a qualification ("Previous hotel experience is
/// preferred", "A valid driving licence is needed", "Candidates need a clean background
/// check", "You need excellent English").
fn asks_in_prose(text: &FieldText) -> bool {
    let mut sentences = text.sentences().iter().peekable();
    let mut asking = false;
    let mut asked = false;
    for token in &text.tokens {
        while sentences
            .next_if(|range| range.end <= token.span.start)
            .is_some()
        {
            asking = false;
            asked = false;
        }
        let word = token.lower.as_str();
        asking |= ASKING.contains(&word);
        asked |= ASKED.contains(&word);
        if asking && asked {
            return true;
        }
    }
    false
}

/// True when the sentence around byte `at` goes on after it with a list: "You'll make coffee,
/// serve customers and help with closing" is the duties in one sentence.
fn lists_more(text: &FieldText, at: usize) -> bool {
    let Some(range) = crate::text::sentence_range_at(text.sentences(), at) else {
        return false;
    };
    let rest = &text.text[at..range.end];
    rest.split_whitespace().count() >= 4 && (rest.contains(", ") || rest.contains(" and "))
}

/// Verbs after "you" in the present that say what the reader is, has, needs or gets, or a
/// modal or an adverb: no duty ("you are", "you bring", "you can").
const NOT_DOING: &[&str] = &[
    "are", "were", "have", "had", "need", "bring", "hold", "speak", "love", "enjoy", "thrive",
    "want", "like", "think", "feel", "care", "apply", "fit", "match", "meet", "qualify", "get",
    "receive", "join", "earn", "find", "can", "may", "must", "should", "could", "might", "shall",
    "do", "did", "don't", "know", "also", "already", "still", "just", "never", "always", "only",
    "really", "probably", "become", "won't", "can't", "see", "say", "start", "work", "deserve",
    "hear", "pass", "accept", "agree", "choose", "live", "stay", "leave", "move", "decide",
];

/// Words before "you" that make its clause a condition or a question ("if you love coffee",
/// "what you bring"), not what the reader does.
const CONDITIONS: &[&str] = &[
    "if", "when", "whether", "unless", "what", "where", "once", "as", "before", "after", "how",
    "that", "who", "why", "until", "while", "because", "so", "whatever", "wherever",
];

/// True for a word after "you" that may say what the reader does in the job ("you greet them",
/// "you call Dispatch"): a plain lower-case verb, not one of [`NOT_DOING`].
fn does_the_job(word: &str) -> bool {
    word.len() >= 3
        && word.bytes().all(|byte| byte.is_ascii_lowercase())
        && !word.ends_with("ly")
        && !NOT_DOING.contains(&word)
}

/// True when a text says what somebody "will be doing" ("Floor staff will be taking orders,
/// running food and clearing tables"), says twice what the reader will or would do ("In this
/// post you will teach small groups ... You will write and review support plans", "You would
/// teach 22 periods a week ... You would also plan the Year 9 scheme"), or three times what
/// they will do or do ("You will drive buses ... you greet them, call stops ... you complete a
/// pre-trip inspection ... you call Dispatch"): the duties, in prose.
fn duties_as_doing(context: &Context) -> bool {
    let mut you_will = 0;
    let mut you_do = 0;
    context
        .texts
        .iter()
        .filter(|text| {
            !matches!(
                text.section(),
                Section::EqualOpportunity | Section::Benefits
            )
        })
        .any(|text| {
            let tokens = &text.tokens;
            tokens.windows(3).enumerate().any(|(at, words)| {
                let verb_at = match (words[0].lower.as_str(), words[1].lower.as_str()) {
                    ("you", "will" | "would") => Some(at + 2),
                    ("you'll" | "you\u{2019}ll" | "you'd" | "you\u{2019}d", _) => Some(at + 1),
                    _ => None,
                };
                // "You would also have a tutor group": the verb after the adverb.
                let verb_at = verb_at.map(|verb_at| match tokens[verb_at].lower.as_str() {
                    "also" | "then" | "usually" | "often" | "sometimes" | "regularly" => {
                        verb_at + 1
                    }
                    _ => verb_at,
                });
                let verb = verb_at.and_then(|verb_at| tokens.get(verb_at));
                let duty = verb.filter(|verb| !NOT_DUTIES.contains(&verb.lower.as_str()));
                you_will += usize::from(duty.is_some());
                // One sentence that lists what the reader will do ("You'll make coffee, serve
                // customers and help with closing"), not the hours ("You will work 38 hours a
                // week, Monday to Friday").
                if duty.is_some_and(|verb| {
                    verb.lower.as_str() != "work" && lists_more(text, verb.span.end)
                }) {
                    return true;
                }
                // "You greet them, call stops and check fares ... you call Dispatch": what the
                // reader does, in the present, in a sentence of its own (not "if you love
                // coffee", "what you bring").
                let doing = words[0].lower == "you"
                    && does_the_job(&words[1].lower)
                    && (at == 0 || !CONDITIONS.contains(&tokens[at - 1].lower.as_str()));
                you_do += usize::from(doing);
                you_will >= 2
                    || you_will + you_do >= 3
                    || (words[0].lower == "will"
                        && words[1].lower == "be"
                        && words[2].lower.len() > 5
                        && words[2].lower.ends_with("ing"))
            })
        })
}

fn empty(section: Section) -> Diagnostic {
    Diagnostic::posting_level(
        &RULE,
        section,
        format!("the {} section is empty", section.label()),
        "Applicants read this section first; fill it in.",
    )
}

/// The line at the start of the summary that reads like the posting's title: a short line with
/// no sentence end, before the prose starts. Lines of the form `key: value` are skipped.
fn title_line<'t, 'a>(summary: &'t FieldText<'a>) -> Option<(&'t FieldText<'a>, Range<usize>)> {
    for line in lines(summary.text).into_iter().take(TITLE_LINES) {
        let text = summary.text[line.clone()].trim();
        let words = text.split_whitespace().count();
        if is_key_line(text) {
            continue;
        }
        let ends_sentence = text.ends_with(['.', '!', '?', ';', ',', ':', '\u{2026}']);
        let starts_well = text.starts_with(|c: char| c.is_uppercase() || c.is_numeric());
        if (1..=TITLE_WORDS).contains(&words) && !ends_sentence && starts_well {
            let start = line.start
                + (summary.text[line.clone()].len()
                    - summary.text[line.clone()].trim_start().len());
            return Some((summary, start..start + text.len()));
        }
        if ends_sentence || words > TITLE_WORDS {
            return None;
        }
    }
    None
}

/// True for a `key: value` line such as `role_title: "Lead"` or `license: MIT`.
fn is_key_line(text: &str) -> bool {
    let Some((key, _)) = text.split_once(':') else {
        return false;
    };
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

/// A finding on the summary line that reads like the title, with a fix moving it to the title.
fn title_in_summary(summary: &FieldText, line: Range<usize>) -> Diagnostic {
    let title = summary.text[line.clone()]
        .trim_matches(['*', '_', '#', ' '])
        .trim();
    // The line goes with the line breaks after it (before it, when it is the last line).
    let rest = &summary.text[line.end..];
    let after = rest.len() - rest.trim_start().len();
    let mut removed = line.start..line.end + after;
    if line.end + after == summary.text.len() {
        let before = &summary.text[..line.start];
        removed.start = before.trim_end().len();
    }
    let fix = Fix {
        title: format!("Use '{title}' as the job title"),
        edits: vec![
            Edit::new(Field::Title, 0..0, "", title),
            Edit::in_text(summary, removed, ""),
        ],
    };
    Diagnostic::spanned(
        &RULE,
        summary.field,
        line,
        format!("the Job title field is empty, but '{title}' reads like the title"),
        "Job boards and search engines take the title from the title field; move it there.",
    )
    .with_severity(Severity::Suggestion)
    .with_fix(fix)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{fixed, run, summary};

    #[test]
    fn flags_blank_items_and_missing_sections() {
        let mut posting = summary("Build things.");
        posting.title = "Engineer".into();
        posting.push_item(ListKind::Responsibilities, "  ");
        let diagnostics = run(&RULE, &posting);
        let sections: Vec<Section> = diagnostics.iter().map(|d| d.section).collect();
        assert_eq!(
            sections,
            [
                Section::Responsibilities,
                Section::Responsibilities,
                Section::MustHave
            ]
        );
    }

    #[test]
    fn ignores_unsorted_imports_and_full_postings() {
        let posting = crate::model::Posting {
            unplaced: "Everything pasted here".into(),
            ..Default::default()
        };
        assert!(run(&RULE, &posting).is_empty());
        let mut posting = summary("Build things.");
        posting.title = "Engineer".into();
        posting.push_item(ListKind::Responsibilities, "Build");
        posting.push_item(ListKind::MustHave, "Rust");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn fixes_a_title_left_in_the_summary() {
        let mut posting = summary("Account Executive\n\nWe sell software to large companies.");
        posting.push_item(ListKind::Responsibilities, "Sell");
        posting.push_item(ListKind::MustHave, "Selling");
        let diagnostics = run(&RULE, &posting);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].severity, Severity::Suggestion);
        assert_eq!(diagnostics[0].flagged_text(&posting), "Account Executive");
        assert!(diagnostics[0]
            .message
            .contains("'Account Executive' reads like the title"));
        let fixed = fixed(&RULE, &posting);
        assert_eq!(fixed.title, "Account Executive");
        assert_eq!(fixed.summary, "We sell software to large companies.");
        // Key lines are not titles; prose before any short line means there is no title line.
        let mut posting = summary("role_title: \"x\"\n\nWe sell software. \n\nAccount Executive");
        posting.push_item(ListKind::Responsibilities, "Sell");
        posting.push_item(ListKind::MustHave, "Selling");
        let diagnostics = run(&RULE, &posting);
        assert_eq!(diagnostics[0].message, "the Job title section is empty");
    }

    /// A posting with a title, a summary and one item.
    fn titled(
        title: &str,
        summary_text: &str,
        kind: ListKind,
        item: &str,
    ) -> crate::model::Posting {
        let mut posting = summary(summary_text);
        posting.title = title.into();
        posting.push_item(kind, item);
        posting
    }

    #[test]
    fn ignores_duties_and_requirements_stated_in_prose() {
        let mut posting = summary(
            "You will own our training programme. You should have taught developers before.",
        );
        posting.title = "Trainer".into();
        assert!(run(&RULE, &posting).is_empty());
        posting.summary = "We make tools for developers.".into();
        assert_eq!(run(&RULE, &posting).len(), 2);
        // Requirements among the duties, duties in the company text: both stated.
        let mut posting = summary("Join our depot team.");
        posting.title = "Forklift Operator".into();
        posting.push_item(ListKind::Responsibilities, "Load and unload trailers");
        posting.push_item(
            ListKind::Responsibilities,
            "Must hold a counterbalance forklift licence",
        );
        assert!(run(&RULE, &posting).is_empty());
        let mut posting = summary("Full time, permanent.");
        posting.title = "Site Manager".into();
        posting.about_company =
            "The Site Manager will be responsible for the day-to-day running of the site.".into();
        posting.push_item(ListKind::MustHave, "SMSTS");
        assert!(run(&RULE, &posting).is_empty());
        // Duties pasted as a list under the summary's heading.
        let mut posting = summary(
            "Are you a driven salesperson?\n- Win new business\n- Run the full desk\n- Keep the CRM up to date",
        );
        posting.title = "Recruitment Consultant".into();
        posting.push_item(ListKind::MustHave, "A year in sales");
        assert!(run(&RULE, &posting).is_empty());
        // Requirements said as what the team needs.
        let posting = titled(
            "Sales Engineer",
            "We need someone who has run a POC. Five years of Go is a must.",
            ListKind::Responsibilities,
            "Run POCs with platform teams",
        );
        assert!(run(&RULE, &posting).is_empty());
        // Twice what the reader will do.
        let mut posting = titled(
            "Teacher",
            "In this post you will teach small groups. You will write support plans with parents.",
            ListKind::MustHave,
            "A teaching qualification",
        );
        assert!(run(&RULE, &posting).is_empty());
        posting.summary = "You'd drive a van on a set run. You'll know every street.".into();
        assert!(run(&RULE, &posting).is_empty());
        posting.summary = "You will receive a bonus. You will join a small team.".into();
        assert_eq!(run(&RULE, &posting).len(), 1);
        // What the reader would do, in a letter.
        posting.summary =
            "You would teach 22 periods a week. You would also tutor a Year 8 group.".into();
        assert!(run(&RULE, &posting).is_empty());
        posting.summary = "You would also have a parking space. You would enjoy it.".into();
        assert_eq!(run(&RULE, &posting).len(), 1);
        // What the reader does, in the present, beside what they will do.
        posting.summary = "You will drive buses on fixed routes. Riders deal with you: you greet \
                           them and call stops. Before every pull-out you complete an inspection."
            .into();
        assert!(run(&RULE, &posting).is_empty());
        posting.summary = "You will love it here. If you enjoy buses and you like people, you \
                           are the one. What you bring matters."
            .into();
        assert_eq!(run(&RULE, &posting).len(), 1);
        // No requirement, said so.
        let posting = titled(
            "Care Assistant",
            "You don't need experience: we train you fully.",
            ListKind::Responsibilities,
            "Help residents dress",
        );
        assert!(run(&RULE, &posting).is_empty());
        // What the staff will be doing, in prose, is the duties.
        let mut posting = titled(
            "Floor Staff",
            "Floor staff will be taking orders, running food and clearing tables.",
            ListKind::MustHave,
            "A year in a busy bar",
        );
        assert!(run(&RULE, &posting).is_empty());
        posting.summary = "Our floor staff will be happy to meet you.".into();
        assert_eq!(run(&RULE, &posting).len(), 1);
        // Duties in prose, as short adverts and council adverts write them.
        for duties in [
            "You'll make coffee, serve customers and help with closing.",
            "In this role you are responsible for picking orders.",
            "You\u{2019}re responsible for the safety of six young adults overnight.",
            "The post holder will support pupils in Year 3.",
            "Work includes fit-outs, switchboard upgrades and fault finding.",
            "Duties: prepping vegetables, working the grill, cleaning down.",
            "Your day: opening the shop, serving customers, unpacking deliveries.",
            "Cleaning rooms, changing linen, restocking carts. 20 hrs/week.",
            "The floor staff takes orders and runs food.",
            "Floor staff clear tables and run food.",
            "Your job is to carry bags, greet guests and keep the lobby tidy.",
            "This role involves carrying bags and greeting guests.",
            "Responsible for carrying bags and greeting guests.",
        ] {
            posting.summary = duties.into();
            assert!(run(&RULE, &posting).is_empty(), "{duties}");
        }
        // Not duties: a schedule, a label with nothing after it, perks, the title itself.
        for no_duties in [
            "You will work 38 hours a week, Monday to Friday.",
            "Duties: TBC",
            "Housing, parking and meals provided.",
            "Floor Staff wanted. Floor staff are paid weekly.",
            "You will join a friendly team.",
        ] {
            posting.summary = no_duties.into();
            assert_eq!(run(&RULE, &posting).len(), 1, "{no_duties}");
        }
        // Requirements in prose.
        let mut posting = titled(
            "Line Cook",
            "",
            ListKind::Responsibilities,
            "Work the grill",
        );
        for requirements in [
            "All you need is a positive attitude and a food handler card.",
            "Applicants must pass a background check.",
            "Need a full licence and your own boots.",
            "What we need from you: front-desk experience and good Excel.",
            "About you: friendly, reliable, retail experience is a plus.",
            "Successful candidates will have a year of hotel experience.",
            "Previous hotel experience is preferred.",
            "A valid driving licence is needed.",
            "Ideally you will have worked in a kitchen.",
            "Experience: at least one year on a grill.",
        ] {
            posting.summary = requirements.into();
            assert!(run(&RULE, &posting).is_empty(), "{requirements}");
        }
        posting.summary = "About you: TBC\nWe make soup.".into();
        assert_eq!(run(&RULE, &posting).len(), 1);
        // Asking and what is asked in different sentences: no requirement.
        posting.summary =
            "Our chefs bring knowledge of Thai food. Tips are shared as needed.".into();
        assert_eq!(run(&RULE, &posting).len(), 1);
        // The essential functions of the ADA's wording state no requirement.
        let mut posting = summary("Lifting 50 lbs is one of the essential functions of this job.");
        posting.title = "Mover".into();
        posting.push_item(ListKind::Responsibilities, "Load the truck");
        assert_eq!(run(&RULE, &posting).len(), 1);
        // The benefits state neither.
        let mut posting = summary("We make tools for developers.");
        posting.title = "Engineer".into();
        posting.push_item(
            ListKind::Benefits,
            "Training is essential to us: you will be supported",
        );
        assert_eq!(run(&RULE, &posting).len(), 2);
    }
}
