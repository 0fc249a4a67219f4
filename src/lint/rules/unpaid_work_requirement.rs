//! `unpaid-work-requirement`: unpaid work demanded as a condition of applying (open-source
//! contributions, a GitHub profile of personal projects, an unpaid trial shift).

use crate::text::compile_pattern;
use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use crate::lint::rule::{declare_rule, Context, FieldText};
use crate::lint::word_list::{find_from_words_within, TriggerWords};
use crate::lint::{Diagnostic, Related};
use crate::model::Section;

declare_rule! {
    /// Flags unpaid work required to apply: open-source contributions, a GitHub profile of personal projects, an unpaid trial.
    ///
    /// ## What it does
    /// In the requirements, unsorted text and the how-to-apply text, finds demands for work
    /// done unpaid in free time: open-source contributions ("significant open-source
    /// contributions", "contributor to open source projects"), a public code profile ("an
    /// active GitHub profile", "applicants without a GitHub profile will not be reviewed"),
    /// personal or side projects ("eight personal (not coursework) projects"), and unpaid
    /// trial shifts, test projects and challenges ("an unpaid design challenge", "an unpaid
    /// shadow shift", "a working interview in our office (unpaid)", "a registration and site induction
    /// (unpaid)", "Trial shifts are not
    /// paid", "the training day is unpaid", "a two-day orientation, which is unpaid", "an
    /// unpaid orientation day", also when the how-to-apply text asks
    /// for it or the summary says it), a trial day, shift or morning (or "trail shift", as hospitality
    /// writes it in Australia, New Zealand and the UK) the posting does not say is paid
    /// ("your first day is a tryout day; if you work out, we pay you for the day", "a free
    /// two-day trial"), and a take-home task, spec work, a design, coding or writing
    /// challenge, a creative, video or animation test or brief, or a case study said to take
    /// a working day (8 hours or more), a weekend or days (or set on a Friday and due on a
    /// Monday), with no pay (the finding also marks the sentence that says how long, "Most
    /// people spend 10-12 hours on it"), and
    /// volunteering asked as a step of the selection ("spend a morning volunteering at one of
    /// our lunch clubs before the interview"). It reads every
    /// role, not only internships. It also flags a role that is itself unpaid ("This is an
    /// unpaid internship", "Internships are unpaid", "This internship is for academic credit
    /// only"), wherever the posting says so.
    ///
    /// ## Why is this bad?
    /// Unpaid work in free time is easiest for people without a second job or caring duties,
    /// which skews the pool by income, age and gender (women do most unpaid care). A public
    /// profile also says nothing about work done for employers, which is usually private.
    /// Unpaid trial shifts are unlawful in several places (the UK's minimum-wage rules count
    /// them as work).
    ///
    /// ## Example
    /// ```text
    /// Significant open-source contributions. Applicants without a GitHub profile will not be
    /// reviewed.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Show us code you wrote, from any source: coursework, a job, or open source if you have
    /// it. A paid take-home exercise (two hours, paid at our intern rate) is part of the process.
    /// ```
    ///
    /// ## What it does not flag
    /// The same things offered as optional ("a link to your GitHub profile if you have one",
    /// "open-source contributions are a plus"), in the nice-to-have list, said of the
    /// company ("our open source project has contributors"), and the how-to-apply text listing
    /// what to send ("send your resume and GitHub profile") unless it makes it a condition
    /// ("applicants without a GitHub profile will not be reviewed"), and a sentence that
    /// denies an unpaid role or task ("we do not offer unpaid internships", "there is no
    /// unpaid design exercise", "no skills test and no trial shift"), a paid trial ("a paid
    /// half-day trial"), a short take-home
    /// task, and a working interview that says nothing about pay:
    /// ```text
    /// Nice to have: open-source contributions. Include a GitHub link if you have one.
    /// We do not offer unpaid internships.
    /// ```
    id: "unpaid-work-requirement",
    category: Bias,
    severity: Warning,
    has_fix: false,
    check: check,
}

/// Where a posting states conditions for applying.
const REQUIRED: &[Section] = &[Section::MustHave, Section::Unplaced, Section::HowToApply];

/// Words that make the demand optional within its sentence.
const OPTIONAL: &[&str] = &[
    "if you have",
    "if any",
    "if available",
    "optional",
    "a plus",
    "a bonus",
    "nice to have",
    "not required",
    "welcome",
];

/// The words every [`unpaid_work`] match starts with.
const WORK_TRIGGERS: &[&str] = &[
    "contribute",
    "contributes",
    "contributed",
    "contributing",
    "contribution",
    "contributions",
    "contributor",
    "contributors",
    "open",
    "opensource",
    "github",
    "gitlab",
    "personal",
    "side",
    "unpaid",
    "stage",
    "stages",
    "orientation",
    "onboarding",
    "training",
    "trial",
    "tryout",
    "tryouts",
    "working",
    "shadow",
    "shadowing",
    "induction",
];

/// Unpaid work asked for, anchored at one of the [`WORK_TRIGGERS`] (found with
/// [`find_from_words_within`]).
fn unpaid_work() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(concat!(
            r"(?i)^(?:",
            // Open-source contributions.
            r"contribut\w*\s+(?:to\s+)?(?:\w+\s+){0,2}open[\s-]?source(?:\s+(?:projects?|software|communit(?:y|ies)))?",
            r"|open[\s-]?source\s+(?:\w+\s+)?contribut\w*",
            // A public code profile, with what it should show.
            r"|(?:github|gitlab)\s+(?:profile|account|portfolio)(?:\s+with\s+(?:\w+\s+){0,2}(?:personal|side)\s+projects)?",
            // Side projects and unpaid trials.
            r"|(?:personal|side)\s+(?:\([^()\n]{1,40}\)\s+)?projects",
            r"|unpaid\s+(?:[a-z-]+\s+){0,2}?(?:trial|test|stage|challenge|assignment|exercise|task|case\s+study|project)\w*(?:\s+(?:shifts?|projects?|days?))?",
            // "an unpaid shadow shift", not "an unpaid break each shift".
            r"|unpaid\s+(?:shadow|working|tryout|try-out)\s+(?:shifts?|interviews?|days?)",
            // "An unpaid orientation day", "unpaid training".
            r"|unpaid\s+(?:orientation|onboarding|induction|training)(?:\s+(?:days?|weeks?|shifts?|sessions?|period))?",
            // Work before a hire or before the first paid shift, called unpaid after it:
            // "Stages are unpaid", "Orientation is unpaid", "an orientation, which is unpaid".
            // "Trial shifts are not paid", "the training day is unpaid".
            r"|(?:stages?|orientation|onboarding|training(?:\s+(?:days?|shifts?|rides?|sessions?))?|trial\s+(?:shifts?|days?)|trail\s+shifts?|tryouts?|working\s+interviews?|shadow\s+shifts?)(?:,?\s+(?:which|that))?\s+(?:is|are|will\s+be)\s+(?:\w+\s+)?(?:unpaid|not\s+(?:paid|compensated))",
            // "The induction and shadowing weeks are unpaid".
            r"|(?:induction|shadowing)(?:\s+and\s+(?:induction|shadowing|training))?(?:\s+(?:weeks?|days?|shifts?|period|programme|program))?\s+(?:is|are|will\s+be)\s+(?:\w+\s+)?(?:unpaid|not\s+(?:paid|compensated))",
            r")(?-u:\b)",
        ))
    })
}

/// The words every [`unpaid_role`] match starts with.
const ROLE_TRIGGERS: &[&str] = &[
    "unpaid",
    "internship",
    "internships",
    "position",
    "positions",
    "role",
    "roles",
    "placement",
    "placements",
];

/// A role that is itself unpaid: "This is an unpaid internship", "Internships are unpaid".
/// Anchored at one of the [`ROLE_TRIGGERS`].
fn unpaid_role() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(concat!(
            r"(?i)^(?:",
            r"unpaid\s+(?:summer\s+|full-time\s+|part-time\s+)?(?:internships?|positions?|roles?|placements?|apprenticeships?)",
            r"|(?:internships?|positions?|roles?|placements?)\s+(?:is|are)\s+(?:\w+\s+)?unpaid",
            // "This internship is for academic credit only": paid in credit, not money.
            r"|(?:internships?|positions?|roles?|placements?)\s+(?:is|are)\s+(?:\w+\s+){0,2}?for\s+(?:academic|course|school|college|university)\s+credit",
            r")(?-u:\b)",
        ))
    })
}

/// True when the sentence holding `span` denies it ("we do not offer unpaid internships",
/// "There is no unpaid design exercise").
fn denied(field: &FieldText, span: &Range<usize>) -> bool {
    let sentence = sentence_of(field, span);
    crate::text::has_denial_word(&sentence) || sentence.contains("no unpaid")
}

/// True when the sentence holding `span` says the thing is optional.
fn optional(field: &FieldText, span: &Range<usize>) -> bool {
    let sentence = sentence_of(field, span);
    OPTIONAL.iter().any(|phrase| sentence.contains(phrase))
}

/// Words that make material sent with an application a condition of being considered.
const CONDITION: &[&str] = &[
    "without",
    "must",
    "required",
    "only",
    "will not",
    "won't",
    "not be considered",
    "mandatory",
];

/// The sentence of `text` holding `span`, in lower case.
fn sentence_of(field: &FieldText, span: &Range<usize>) -> String {
    field.sentence_at(span.start).unwrap_or("").to_lowercase()
}

/// One match of a pattern in a field: its words and where they are.
struct Found<'f> {
    field: &'f FieldText<'f>,
    span: Range<usize>,
}

impl Found<'_> {
    fn range(&self) -> Range<usize> {
        self.span.clone()
    }

    fn as_str(&self) -> &str {
        self.field.text.get(self.span.clone()).unwrap_or("")
    }
}

/// Words that call work unpaid; all but the first say it with "not".
const UNPAID: &[&str] = &["unpaid", "not paid", "not compensated"];

/// True when `words` call the work unpaid ("unpaid", "not paid", "not compensated").
fn says_unpaid(words: &str) -> bool {
    let words = words.to_ascii_lowercase();
    UNPAID.iter().any(|unpaid| words.contains(unpaid))
}

/// Checks one field; with `only_called_unpaid`, only work the text calls unpaid (the summary
/// and the duties: "candidates come in for a working interview (unpaid)").
fn check_field(field: &FieldText, only_called_unpaid: bool, diagnostics: &mut Vec<Diagnostic>) {
    static TRIGGERS: OnceLock<TriggerWords> = OnceLock::new();
    let triggers = TRIGGERS.get_or_init(|| TriggerWords::new(WORK_TRIGGERS));
    for span in find_from_words_within(field, triggers, unpaid_work(), false) {
        let found = Found { field, span };
        if optional(field, &found.range()) {
            continue;
        }
        // The how-to-apply text lists what to send; it only adds a problem when it makes the
        // material a condition ("applicants without a GitHub profile will not be reviewed").
        // Work called unpaid ("an unpaid design challenge") is a demand in itself.
        let called_unpaid = says_unpaid(found.as_str());
        if only_called_unpaid && !called_unpaid {
            continue;
        }
        // "Trial shifts are not paid" is the demand itself, not a denial of it.
        let lower = found.as_str().to_ascii_lowercase();
        let denial_is_the_demand = UNPAID[1..].iter().any(|unpaid| lower.contains(unpaid));
        if called_unpaid && !denial_is_the_demand && denied(field, &found.range()) {
            continue;
        }
        if field.section() == Section::HowToApply && !called_unpaid {
            let sentence = sentence_of(field, &found.range());
            if !CONDITION.iter().any(|word| sentence.contains(word)) {
                continue;
            }
        }
        diagnostics.push(Diagnostic::spanned(
            &RULE,
            field.field,
            found.range(),
            format!("'{}' asks for unpaid work done in free time", found.as_str()),
            "Ask for evidence of the skill from any source (a job, coursework, a paid exercise) and name open source or a public profile as a plus at most.",
        ));
    }
}

/// An unpaid role, said anywhere in the posting's own text but the legal statement.
fn check_role(field: &FieldText, diagnostics: &mut Vec<Diagnostic>) {
    static TRIGGERS: OnceLock<TriggerWords> = OnceLock::new();
    let triggers = TRIGGERS.get_or_init(|| TriggerWords::new(ROLE_TRIGGERS));
    for span in find_from_words_within(field, triggers, unpaid_role(), false) {
        let found = Found { field, span };
        if denied(field, &found.range()) {
            continue;
        }
        diagnostics.push(Diagnostic::spanned(
            &RULE,
            field.field,
            found.range(),
            format!("'{}': the job itself is unpaid work", found.as_str()),
            "Pay interns at least the minimum wage; unpaid roles are open only to people who can afford to work for free.",
        ));
    }
}

/// The words every [`trial_work`] match starts with.
const TRIAL_TRIGGERS: &[&str] = &[
    "tryout",
    "try",
    "trial",
    // Hospitality's "trail shift" (Australia, New Zealand, the UK and Ireland).
    "trail",
    "working",
    "shadow",
    // A kitchen's "stage", a "ride-along", and an induction, orientation, training or
    // registration before the first shift, flagged only when "(unpaid)" follows.
    "stage",
    "ride",
    "induction",
    "orientation",
    "training",
    "registration",
    "take",
    "spec",
    "free",
    "design",
    "coding",
    "technical",
    "writing",
    "creative",
    "animation",
    "video",
    "content",
    "copywriting",
    "editing",
    "case",
    "test",
    // Volunteering asked as a step before the interview or the offer.
    "volunteer",
    "volunteering",
];

/// A day or shift worked on trial, a working interview, or a take-home task: work for the
/// employer before a hire, perhaps with "(unpaid)" after it; and any trial, kitchen stage,
/// ride-along, induction, orientation, training or registration that "(unpaid)" follows ("a
/// 1-day trial at the outlet (unpaid)", "a 3 hour registration and site induction (unpaid)").
/// Anchored at
/// one of the [`TRIAL_TRIGGERS`].
fn trial_work() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(r"(?i)^(?:(?:(?:tryout|try-out|trial)\s+(?:days?|shifts?|mornings?|afternoons?|evenings?)|trail\s+shifts?|working\s+interviews?|shadow\s+(?:shifts?|days?)|take-home\s+(?:projects?|assignments?|exercises?|tasks?|challenges?)|spec\s+(?:projects?|assignments?|work|designs?|pieces?|campaigns?)|(?:design|coding|technical|writing)\s+(?:challenges?|exercises?|tasks?|assignments?)|(?:creative|animation|video|content|copywriting|editing|case)\s+(?:challenges?|exercises?|tasks?|assignments?|tests?|briefs?)|case\s+stud(?:y|ies)|test\s+(?:briefs?|projects?)|free\s+(?:[\w-]+\s+)?trials?(?:\s+(?:days?|shifts?|periods?|weeks?))?|volunteer(?:ing)?\s+(?:[\w'’-]+\s+){0,8}?before\s+(?:the|your|an|any|a)\s+(?:interview|offer|appointment))(?-u:\b)(?:(?:\s+[\w'’-]+){0,8}\s*\(\s*unpaid\s*\))?|(?:trial|stage|ride-alongs?|induction|orientation|training|registration)(?-u:\b)(?:\s+[\w'’-]+){0,8}\s*\(\s*unpaid\s*\))")
    })
}

/// Words that say a task takes more than an interview's hour or two.
const LONG_TASK: &[&str] = &[
    "weekend",
    "full day",
    "whole day",
    "several days",
    "few days",
    "days of work",
    "days to complete",
    "48 hours",
    "72 hours",
    "a week to",
    // "Most people spend two or three days on it".
    "days on it",
    "two days",
    "three days",
];

/// True when `text` (lower case) says a task takes `least` hours or more ("around 6-8
/// hours", "4 to 6 hours", "five hours").
fn takes_hours(text: &str, least: u32) -> bool {
    const NUMBERS: &[(&str, u32)] = &[
        ("one", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("eight", 8),
        ("ten", 10),
    ];
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    words.iter().enumerate().any(|(at, word)| {
        matches!(*word, "hours" | "hrs") && at > 0 && {
            let number = words[at - 1];
            number
                .parse::<u32>()
                .ok()
                .or_else(|| {
                    NUMBERS
                        .iter()
                        .find(|(name, _)| *name == number)
                        .map(|(_, n)| *n)
                })
                .is_some_and(|hours| (least..48).contains(&hours))
        }
    })
}

/// What a [`trial_work`] match names, which decides when it is flagged without being called
/// unpaid.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Trial {
    /// A trial day or shift, or a trial called free: flagged unless the posting says it is
    /// paid.
    Day,
    /// A working interview or a shadow shift: a visit, left alone unless called unpaid.
    Visit,
    /// A take-home task, spec work, a challenge, a test brief or a case study: flagged when
    /// the posting says it takes long ([`long_task_evidence`]) and not that it is paid.
    Task,
}

/// The kind of work a [`trial_work`] match (lower case) names.
fn trial_kind(kind: &str) -> Trial {
    if kind.starts_with("working") || kind.starts_with("shadow") {
        Trial::Visit
    } else if kind.starts_with("tr") || kind.starts_with("free") {
        Trial::Day
    } else {
        Trial::Task
    }
}

/// The sentence that says the task at `span` takes long (a weekend, days, a working day of
/// hours, or set on a Friday and due on a Monday): the task's own sentence, or one of the next
/// two in the same paragraph, where how long it takes is often said ("We share real data with
/// you for this. Most people spend a weekend on it"). `None` when none says so.
fn long_task_evidence(field: &FieldText, span: &Range<usize>) -> Option<Range<usize>> {
    let says_long = |range: &Range<usize>, own: bool| {
        field.text.get(range.clone()).is_some_and(|sentence| {
            let sentence = sentence.to_lowercase();
            (own && spans_a_weekend(&sentence))
                || LONG_TASK.iter().any(|words| sentence.contains(words))
                || takes_hours(&sentence, 8)
        })
    };
    let sentences = field.sentences();
    let own = sentences.partition_point(|sentence| sentence.end <= span.start);
    if let Some(sentence) = sentences
        .get(own)
        .filter(|sentence| sentence.start <= span.start && says_long(sentence, true))
    {
        return Some(sentence.clone());
    }
    sentences
        .iter()
        .filter(|sentence| sentence.start >= span.end)
        .take(2)
        .take_while(|sentence| {
            field
                .text
                .get(span.end..sentence.start)
                .is_some_and(|gap| !gap.contains('\n'))
        })
        .find(|sentence| says_long(sentence, false))
        .cloned()
}

/// True when `text` (lower case) sets a task over a weekend: handed out on a Friday, due on a
/// Monday ("from a brief we send on a Friday, and return it by Monday morning").
fn spans_a_weekend(text: &str) -> bool {
    text.contains("friday") && text.contains("monday")
}

/// Words that say the work is paid ("paid", "we pay for every trial shift"), as words: not the
/// "paid" inside "unpaid".
const PAID_WORDS: &[&str] = &[
    "paid",
    "pay",
    "pays",
    "compensated",
    "compensation",
    "stipend",
];

/// True when `sentence` (lower case) says the work is paid, and not only on being hired
/// ("paid only if you are hired").
fn says_paid(sentence: &str) -> bool {
    let words: Vec<&str> = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    // "Trial shifts are not paid", "no pay": the word of pay denied.
    let paid = words.iter().enumerate().any(|(index, word)| {
        PAID_WORDS.contains(word)
            && !index
                .checked_sub(1)
                .is_some_and(|before| matches!(words[before], "not" | "no" | "without"))
    });
    paid && !["if hired", "if you are hired", "if you're hired", "only if"]
        .iter()
        .any(|condition| sentence.contains(condition))
}

/// True when the word before byte `at` of `text` is "no" ("no skills test and no trial
/// shift"), or a "no" governs a short list that ends at `at` ("There's no test or trial
/// shift").
fn after_no(text: &str, at: usize) -> bool {
    let mut words = text[..at]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|word| !word.is_empty());
    let is = |word: Option<&str>, of: &[&str]| {
        word.is_some_and(|word| of.iter().any(|one| word.eq_ignore_ascii_case(one)))
    };
    let last = words.next();
    if is(last, &["no"]) {
        return true;
    }
    // "no X or", "no X Y and": a "no" at most two words before the joining word.
    is(last, &["or", "and", "nor"]) && words.take(3).any(|word| is(Some(word), &["no"]))
}

/// Work before a hire called unpaid where it is named ("a half day working interview
/// (unpaid)", "an unpaid shadow shift"); with `all`, also a trial day or shift the posting
/// does not say is paid ("Your first day is a tryout day. If you work out, you're hired and we
/// pay you for the day": pay only on being hired), and a take-home task said to take a weekend
/// or days, with no pay. A trial is paid when its sentence says so, or another sentence of the
/// field speaks of the trial and its pay ("All trial shifts are paid at $20 an hour").
fn check_trials(field: &FieldText, all: bool, first: usize, diagnostics: &mut Vec<Diagnostic>) {
    // Whether another sentence speaks of a trial and its pay: worked out once per field, and
    // only when a trial needs it.
    let mut paid_elsewhere: Option<bool> = None;
    static TRIGGERS: OnceLock<TriggerWords> = OnceLock::new();
    let triggers = TRIGGERS.get_or_init(|| TriggerWords::new(TRIAL_TRIGGERS));
    for span in find_from_words_within(field, triggers, trial_work(), false) {
        let found = Found {
            field,
            span: span.clone(),
        };
        // Already flagged by this rule's other checks ("an unpaid trial shift").
        if diagnostics[first..].iter().any(|d| {
            d.field == Some(field.field)
                && d.span
                    .as_ref()
                    .is_some_and(|s| s.start < span.end && span.start < s.end)
        }) {
            continue;
        }
        if optional(field, &span) || denied(field, &span) || after_no(field.text, span.start) {
            continue;
        }
        let kind = found.as_str().to_ascii_lowercase();
        let before = field.text[..span.start].trim_end();
        // Volunteering is unpaid by its name ("spend a morning volunteering at one of our
        // lunch clubs before the interview").
        let called_unpaid = kind.contains("unpaid")
            || kind.starts_with("volunteer")
            || before
                .len()
                .checked_sub("unpaid".len())
                .and_then(|start| before.get(start..))
                .is_some_and(|word| word.eq_ignore_ascii_case("unpaid"));
        // One trial, one finding: a trial the field already calls unpaid ("Trial shifts are
        // not paid") is not flagged again where it is first named.
        let trial_flagged = || {
            diagnostics[first..].iter().any(|d| {
                d.field == Some(field.field)
                    && d.span
                        .as_ref()
                        .and_then(|s| field.text.get(s.clone()))
                        .is_some_and(|words| {
                            let words = words.to_ascii_lowercase();
                            [
                                "trial",
                                "tryout",
                                "try-out",
                                "interview",
                                "shift",
                                "take-home",
                            ]
                            .iter()
                            .any(|kind| words.contains(kind))
                        })
            })
        };
        // The sentence that says a task takes long, when it is not the task's own.
        let mut evidence = None;
        let flagged = called_unpaid
            || (all && !trial_flagged() && {
                let sentence = sentence_of(field, &span);
                let paid_elsewhere = *paid_elsewhere.get_or_insert_with(|| {
                    field.sentences().iter().any(|other| {
                        field.text.get(other.clone()).is_some_and(|other| {
                            let other = other.to_lowercase();
                            ["trial", "tryout", "take-home"]
                                .iter()
                                .any(|word| other.contains(word))
                                && says_paid(&other)
                        })
                    })
                });
                !says_paid(&sentence)
                    && !paid_elsewhere
                    && match trial_kind(&kind) {
                        Trial::Task => {
                            evidence = long_task_evidence(field, &span);
                            evidence.is_some()
                        }
                        Trial::Day => true,
                        Trial::Visit => false,
                    }
            });
        if !flagged {
            continue;
        }
        let mut diagnostic = Diagnostic::spanned(
            &RULE,
            field.field,
            span.clone(),
            if called_unpaid {
                format!("'{}' asks for unpaid work before a hire", found.as_str())
            } else {
                format!(
                    "'{}' is work for the employer that the posting does not say is paid",
                    found.as_str()
                )
            },
            "Pay for trial shifts and long take-home tasks (and say so), or keep the task to an hour or two.",
        );
        if let Some(sentence) = evidence.filter(|sentence| sentence.start >= span.end) {
            diagnostic = diagnostic.with_related(Related {
                field: field.field,
                span: sentence,
                message: "says how long the task takes".to_owned(),
            });
        }
        diagnostics.push(diagnostic);
    }
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let first = diagnostics.len();
    for field in context.texts_in(REQUIRED) {
        check_field(field, false, diagnostics);
        check_trials(field, true, first, diagnostics);
    }
    // The summary and the duties describe the job: only work called unpaid there is asked of
    // the candidate ("run trial shifts for new staff" is a manager's duty).
    for field in context.texts_in(&[Section::Summary, Section::Responsibilities]) {
        check_field(field, true, diagnostics);
        check_trials(field, false, first, diagnostics);
    }
    for field in &context.texts {
        if field.section() != Section::EqualOpportunity {
            check_role(field, diagnostics);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{flagged, item, run, summary};
    use crate::model::ListKind;

    #[test]
    fn flags_unpaid_induction_and_shadowing() {
        let posting =
            summary("Training is two weeks; the induction and shadowing weeks are unpaid.");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["induction and shadowing weeks are unpaid"]
        );
        let posting = summary("The induction week is paid at your full rate.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_an_unpaid_take_home_project() {
        let posting = item(
            ListKind::MustHave,
            "Complete an unpaid take-home project (about 8 hours)",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["unpaid take-home project"]
        );
    }

    #[test]
    fn flags_open_source_and_profiles_required() {
        let mut posting = item(ListKind::MustHave, "Significant open-source contributions");
        posting.push_item(
            ListKind::MustHave,
            "An active GitHub profile with personal projects",
        );
        posting.how_to_apply.text =
            "Applicants without a GitHub profile will not be reviewed.".into();
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(
            found,
            [
                "open-source contributions",
                "GitHub profile with personal projects",
                "GitHub profile"
            ]
        );
    }

    #[test]
    fn flags_unpaid_trial_shifts() {
        let posting = item(
            ListKind::MustHave,
            "Complete an unpaid trial shift before hiring",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["unpaid trial shift"]
        );
    }

    #[test]
    fn flags_trial_work_not_said_to_be_paid() {
        for (text, words) in [
            (
                "Your first day is a tryout day. If you work out, we pay you for the day.",
                "tryout day",
            ),
            (
                "You will come in for a half day working interview (unpaid) to meet the team.",
                "working interview (unpaid)",
            ),
            (
                "The last step is an unpaid shadow shift.",
                "unpaid shadow shift",
            ),
            (
                "Before your first shift there is a 3 hour registration and site induction (unpaid).",
                "registration and site induction (unpaid)",
            ),
            (
                "A chat with the manager, followed by a trail shift on a Friday night.",
                "trail shift",
            ),
            (
                "Shortlisted candidates are invited to interview and a trial morning in the room.",
                "trial morning",
            ),
            (
                "You get a take-home project (most people spend a weekend on it).",
                "take-home project",
            ),
            (
                "Finalists complete a spec project: a launch plan. Most take a weekend on it.",
                "spec project",
            ),
            (
                "A design challenge based on a real problem we have. Most people spend two or three days on it. We don't pay for it.",
                "design challenge",
            ),
            (
                "Shortlisted candidates get a take-home task: build a small app from a brief we send on a Friday, and return it by Monday morning.",
                "take-home task",
            ),
            (
                "Come in for a stage on the line. Stages are unpaid.",
                "Stages are unpaid",
            ),
            (
                "Every hire completes a four-hour orientation first. Orientation is unpaid.",
                "Orientation is unpaid",
            ),
            (
                "Finalists come to a half-day working interview in our office (unpaid).",
                "working interview in our office (unpaid)",
            ),
            (
                "Finalists complete a half-day working interview in our Great Hills clinic (unpaid).",
                "working interview in our Great Hills clinic (unpaid)",
            ),
            (
                "You will be invited to a trial shift: a full dinner service. Trial shifts are not paid, but you'll eat well!",
                "Trial shifts are not paid",
            ),
            (
                "You then ride for one day with a senior rider (the training day is unpaid).",
                "training day is unpaid",
            ),
            (
                "New hires complete a two-day orientation, which is unpaid.",
                "orientation, which is unpaid",
            ),
            (
                "Start with an unpaid orientation day at the home office.",
                "unpaid orientation day",
            ),
            (
                "Final step: a 1-day trial at the store (unpaid).",
                "trial at the store (unpaid)",
            ),
            (
                "Then a ride-along shadow day with one of our senior drivers (unpaid).",
                "ride-along shadow day with one of our senior drivers (unpaid)",
            ),
            (
                "Shortlisted cooks stage with us for a Saturday lunch service (unpaid).",
                "stage with us for a Saturday lunch service (unpaid)",
            ),
        ] {
            let mut posting = summary("We hire cooks.");
            posting.how_to_apply.text = text.into();
            assert_eq!(flagged(&posting, &run(&RULE, &posting)), [words], "{text}");
        }
        for text in [
            "A paid half-day trial shift is the last step.",
            "A 90-minute take-home exercise follows the call.",
            "The last step is a working interview at the clinic.",
            "A shadow day with the team is the last step.",
            "At this stage we only need your CV (unpaid carers welcome).",
            "The last step is a trial shift. All trial shifts are paid at $20 an hour.",
            "We pay for every trial shift.",
            "Send us your take-home exercise; we reply within 3 business days.",
            "A trial shift (4 hours, paid, with an unpaid 30 minute break) is the last step.",
            "A short spec project follows the call; it takes an hour.",
            "Orientation is not unpaid: it is paid at your full rate.",
            "There is no skills test and no trial shift.",
            "We check two references. There's no test or trial shift.",
        ] {
            let mut posting = summary("We hire cooks.");
            posting.how_to_apply.text = text.into();
            assert!(
                run(&RULE, &posting).is_empty(),
                "{text}: {:?}",
                flagged(&posting, &run(&RULE, &posting))
            );
        }
        // Breaks, and trials run by the person hired, are not unpaid work asked of them.
        let mut posting = summary("You get an unpaid break each shift and an unpaid lunch.");
        posting.push_item(
            ListKind::Responsibilities,
            "Run trial shifts for new kitchen staff.",
        );
        posting.push_item(
            ListKind::MustHave,
            "Happy with unpaid breaks between shifts.",
        );
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_unpaid_challenges_portfolios_and_roles() {
        let mut posting = item(
            ListKind::MustHave,
            "A portfolio of at least eight personal (not coursework) projects",
        );
        posting.how_to_apply.text =
            "Shortlisted applicants complete an unpaid design challenge within a week.".into();
        posting.summary = "This is an unpaid internship. Internships are unpaid.".into();
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            [
                "personal (not coursework) projects",
                "unpaid design challenge",
                "unpaid internship",
                "Internships are unpaid",
            ]
        );
    }

    #[test]
    fn flags_free_trials_long_tasks_and_credit_only_internships() {
        let apply = |text: &str| {
            let mut posting = summary("Join our team.");
            posting.how_to_apply.text = text.into();
            posting
        };
        for text in [
            "As part of the process you will complete a take-home assignment that takes around 6-8 hours.",
            "Please send a spec design for our homepage; it takes about 10 hours.",
            "You must complete a free two-day trial before we can offer you the job.",
            "This internship is for academic credit only.",
            "Shortlisted candidates will spend a morning volunteering at one of our lunch clubs before the interview.",
            // How long it takes, two sentences on in the same paragraph.
            "A take-home task: a growth plan for our launch. We share real data with you. Most candidates spend a weekend on it.",
        ] {
            assert_eq!(run(&RULE, &apply(text)).len(), 1, "{text}");
        }
        // Not from the next paragraph.
        assert!(run(
            &RULE,
            &apply(
                "A take-home task. It is short.\nOur team spends a weekend a year on a retreat."
            )
        )
        .is_empty());
        for text in [
            "A take-home project: most people spend 4-6 hours on it.",
            "We pay for the take-home exercise ($150).",
            "A short coding exercise in the interview, about an hour.",
        ] {
            assert!(run(&RULE, &apply(text)).is_empty(), "{text}");
        }
    }

    #[test]
    fn flags_creative_tests_and_briefs_said_to_take_long_and_points_at_how_long() {
        let apply = |text: &str| {
            let mut posting = summary("Join our team.");
            posting.how_to_apply.text = text.into();
            posting
        };
        for (text, words, long) in [
            (
                "Shortlisted applicants will be sent a creative task to complete over the weekend: three campaign concepts.",
                "creative task",
                None,
            ),
            (
                "Shortlisted candidates get a test brief: a content calendar for a client. Most people spend 10-12 hours on it.",
                "test brief",
                Some("Most people spend 10-12 hours on it."),
            ),
            (
                "Shortlisted applicants will get a short animation test from a storyboard we send. Most people spend two or three days on it.",
                "animation test",
                Some("Most people spend two or three days on it."),
            ),
            (
                "A take-home project: a small pipeline on a sample dataset. Most candidates spend 6-10 hours on it.",
                "take-home project",
                Some("Most candidates spend 6-10 hours on it."),
            ),
            (
                "Finalists prepare a case study on our pricing over a weekend.",
                "case study",
                None,
            ),
        ] {
            let posting = apply(text);
            let found = run(&RULE, &posting);
            assert_eq!(flagged(&posting, &found), [words], "{text}");
            let related: Vec<&str> = found[0]
                .related
                .iter()
                .map(|related| &text[related.span.clone()])
                .collect();
            assert_eq!(related, long.into_iter().collect::<Vec<_>>(), "{text}");
        }
        // Short, paid, or only a duty of the job: no finding.
        for text in [
            "A short creative task in the interview, about an hour.",
            "We send a test brief; it takes about two hours and we pay $200 for it.",
            "A case study presentation of 20 minutes at the second interview.",
            "The video task takes a weekend, and we pay a day rate of $400 for it.",
        ] {
            assert!(run(&RULE, &apply(text)).is_empty(), "{text}");
        }
        let posting = item(
            ListKind::Responsibilities,
            "Edit the content tests we run over the weekend",
        );
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_denied_unpaid_roles_and_tasks() {
        let mut posting = summary("We do not offer unpaid internships; no unpaid roles here.");
        posting.how_to_apply.text = "There is no unpaid design exercise.".into();
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_optional_plus_and_company_wording() {
        let mut posting = item(ListKind::NiceToHave, "Open-source contributions");
        posting.push_item(
            ListKind::MustHave,
            "Open-source contributions are a plus, not required",
        );
        posting.how_to_apply.text =
            "Send your CV and a link to your GitHub profile if you have one.".into();
        posting.summary = "Our open source project has many contributors.".into();
        assert!(run(&RULE, &posting).is_empty());
        let mut posting = summary("Apply by email.");
        posting.how_to_apply.text =
            "Send your resume and GitHub profile to jobs@example.com.".into();
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary("We maintain side projects for the community.");
        assert!(run(&RULE, &posting).is_empty());
    }
}
