//! `salary-history`: asking applicants for their current or past pay.

use crate::text::compile_pattern;
use std::sync::OnceLock;

use regex::Regex;

use crate::lint::pay_law::{
    in_force_from, salary_history_bans_for, short_list, with_article, TABLE_CHECKED,
};
use crate::lint::rule::{declare_rule, Context, FieldText};
use crate::lint::rules::pay_range_missing::location_given;
use crate::lint::word_list::{find_from_words, TriggerWords};
use crate::lint::Diagnostic;
use crate::model::Section;
use crate::text::tokenize;

declare_rule! {
    /// Flags asking applicants for their current or past pay ("include your current salary", "salary history required").
    ///
    /// ## What it does
    /// Finds requests for an applicant's pay history in any section, how-to-apply and the
    /// legal statement included: "current salary", "current CTC", "previous compensation",
    /// "last drawn salary", "salary history", "pay history", "what you currently earn",
    /// "your current and expected salary", "your current package", "your current base/OTE",
    /// "your current base, bonus and equity", "what you earn now",
    /// "your current hourly rate", "the hourly rate at your current job", a past job's "starting/ending wage" on an application. The
    /// requests of one sentence are one finding ("Bring your P60 and your last three
    /// payslips"), and so is a demand repeated as a condition ("... your salary history;
    /// resumes without salary history will not be considered"). A sentence that rules the
    /// question out ("we never ask about salary history", "state law
    /// prohibits ...") is not flagged, nor is the company's own pay ("our current salary
    /// bands"). When the posting's location (its places, country or remote eligibility) falls
    /// under a salary-history ban in Postwright's law table, the message names the ban and the
    /// help gives its source and why it appears to apply: "Equal Pay for Equal Work Act
    /// (Colorado)" for a role in Denver, the EU Pay Transparency Directive for one in Berlin,
    /// the bans of the states a remote role is open to ("remote within the US": Colorado,
    /// California and the others in the table, the message naming two and counting the rest).
    /// The table was last checked on 2026-12-01. Otherwise the message names the kind of rule
    /// that bans the question, or (for a location the table has no ban for, such as London)
    /// says that none in the table matches. It is not legal advice: whether a ban applies
    /// depends on where you hire and who you are.
    ///
    /// ## Why is this bad?
    /// Pay history carries past pay gaps into the new offer, which is why many places ban the
    /// question: the EU Pay Transparency Directive (2023/970) forbids asking applicants about
    /// their pay history, and many US states and cities (California, New York, Massachusetts,
    /// Colorado, Illinois, Washington and others) have salary-history bans, as do British
    /// Columbia and Prince Edward Island. Where it is legal it still puts off applicants who are
    /// underpaid today.
    ///
    /// ## Example
    /// ```text
    /// Please send your CV with your expected salary and current CTC.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// The salary for this role is €55,000–€65,000. Please send your CV; tell us if you have
    /// questions about pay.
    /// ```
    ///
    /// ## What it does not flag
    /// Sentences that say the question will not be asked, the company's own current pay bands,
    /// payslips among the duties of a payroll job ("from timesheets to payslips"), and asking
    /// what the applicant expects:
    /// ```text
    /// We will never ask about your salary history. Our current salary bands are public.
    /// ```
    id: "salary-history",
    category: Bias,
    severity: Error,
    has_fix: false,
    check: check,
}

/// The words every request for pay history starts with.
const TRIGGER_WORDS: &[&str] = &[
    "current",
    "present",
    "previous",
    "prior",
    "past",
    "last",
    "existing",
    "most",
    "salary",
    "pay",
    "compensation",
    "wage",
    "earnings",
    "remuneration",
    "what",
    "how",
    "starting",
    "ending",
    "final",
    "proof",
    "payslips",
    "p60",
    "hourly",
    "rate",
];

fn triggers() -> &'static TriggerWords {
    static WORDS: OnceLock<TriggerWords> = OnceLock::new();
    WORDS.get_or_init(|| TriggerWords::new(TRIGGER_WORDS))
}

/// A request for pay history, anchored at one of the [`TRIGGER_WORDS`].
fn pay_history() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(concat!(
            r"(?i)^(?:",
            r"(?:current|present|previous|prior|past|last|existing|last[\s-]+drawn|most\s+recent)\s+",
            // "your current or most recent hourly rate", "current/previous salary".
            r"(?:(?:or|and|&|/)\s*(?:most\s+recent|previous|prior|past|last)\s+)?",
            // "your current and expected salary".
            r"(?:(?:and|&|/|or)\s*(?:expected|desired)\s+)?",
            r"(?:(?:base|annual|gross|fixed|monthly|total|hourly)\s+)?",
            // ("comp": tech's word for it, "tell us your current comp").
            r"(?:salary|salaries|pay|compensation|comp|remuneration|wages?|ctc|earnings|income|rate\s+of\s+pay|pay\s+rate|rate|package|ote|base\s*(?:/|,|and|&|\+)\s*(?:ote|bonus|commission|equity)|base\s+(?:salary|pay))",
            r"|(?:current|present|previous|prior|past|last|most\s+recent)\s+(?:(?:or|and|&|/)\s*(?:most\s+recent|previous|prior|past|last)\s+)?hourly\s+rate",
            r"|(?:salary|pay|compensation|wage|earnings|remuneration)\s+history",
            r"|(?:what|how\s+much)\s+you\s+(?:currently|now)\s+(?:earn|make|are\s+(?:earning|paid|making))",
            r"|(?:what|how\s+much)\s+you(?:'re|\u{2019}re|\s+are)\s+(?:currently|now)\s+(?:earning|making|paid)",
            // "Tell us what you are earning now".
            r"|(?:what|how\s+much)\s+you(?:'re|\u{2019}re|\s+are)\s+(?:earning|making|paid)\s+(?:now|currently|at\s+the\s+moment|today)",
            // British and New Zealand speech: "let us know what you're on now".
            r"|what\s+you(?:'re|\u{2019}re|\s+are)\s+on\s+(?:now|currently|at\s+the\s+moment)",
            // A past job's pay: "what you earned in your last sales role".
            r"|(?:what|how\s+much)\s+you\s+(?:earned|made|were\s+paid)",
            r"|(?:what|how\s+much)\s+you\s+(?:earn|make)\s+(?:now|currently|today|at\s+the\s+moment)",
            // Documents that show it: "proof of earnings (P60 or recent payslips)".
            r"|proof\s+of\s+(?:your\s+)?(?:earnings|income|salary|pay)",
            r"|payslips|p60",
            // The pay of the applicant's job named after it: "the hourly rate at your current
            // job", "the salary in your last role".
            r"|(?:(?:hourly|annual|base)\s+)?(?:rate|rate\s+of\s+pay|pay\s+rate|salary|pay|wages?)\s+(?:at|in|from|for)\s+your\s+(?:current|present|previous|last|most\s+recent)\s+(?:job|role|position|employer|post)",
            // A past job's pay on an application form: "starting/ending wage".
            r"|(?:starting\s*(?:/|and|&)\s*)?ending\s+(?:wages?|salary|pay|rate)",
            // ... or "final salary" ("each position held, with dates and final salary").
            r"|final\s+(?:wages?|salary|pay|rate\s+of\s+pay)",
            r")(?-u:\b)",
        ))
    })
}

/// Words after the match that make it the company's pay scale, not the applicant's pay.
const PAY_SCALE: &[&str] = &[
    "range",
    "ranges",
    "band",
    "bands",
    "scale",
    "scales",
    "structure",
    "table",
    "tables",
    "level",
    "levels",
    "policy",
    "philosophy",
    "transparency",
    "data",
    // A final-salary pension is the company's scheme.
    "pension",
    "pensions",
    "scheme",
];

/// Words that make a sentence rule the question out.
const NEGATIONS: &[&str] = &[
    "not",
    "never",
    "no",
    "without",
    "don't",
    "won't",
    "doesn't",
    "cannot",
    "can't",
    "prohibit",
    "prohibits",
    "prohibited",
    "ban",
    "bans",
    "banned",
    "illegal",
    "unlawful",
];

fn in_negated_sentence(field: &FieldText, at: usize) -> bool {
    field.sentence_at(at).is_some_and(|sentence| {
        // The clause that holds the words: a colon or a semicolon ends one ("... will not be
        // considered: Total experience, Current CTC, Expected CTC").
        let offset = sentence.as_ptr() as usize - field.text.as_ptr() as usize;
        let within = at.saturating_sub(offset).min(sentence.len());
        let start = sentence[..within].rfind([':', ';']).map_or(0, |at| at + 1);
        let end = sentence[within..]
            .find([':', ';'])
            .map_or(sentence.len(), |at| within + at);
        let tokens = tokenize(&sentence[start..end]);
        // "Applications without salary history will not be considered": a refusal of those
        // without it demands it.
        let position = |words: &[&str]| {
            tokens
                .iter()
                .position(|token| words.contains(&token.lower.as_str()))
        };
        if let (Some(without), Some(refused), Some(read)) = (
            position(&["without"]),
            position(&["not", "won't", "cannot", "never"]),
            position(&["considered", "accepted", "processed", "reviewed", "read"]),
        ) {
            if without < refused && refused < read {
                return false;
            }
        }
        tokens.iter().enumerate().any(|(index, token)| {
            // "A writing sample of no more than 10 pages" limits, it does not deny.
            let limit = token.lower == "no"
                && tokens.get(index + 1).is_some_and(|next| {
                    matches!(
                        next.lower.as_str(),
                        "more" | "less" | "later" | "fewer" | "longer" | "earlier"
                    )
                });
            NEGATIONS.contains(&token.lower.as_str()) && !limit
        })
    })
}

/// True when the sentence after the words states the figures and speaks to nobody ("The
/// current hourly rate for this role is $22", "Starting/ending pay: $18/$22"): the job's own
/// pay, not a question to the applicant.
fn states_the_jobs_pay(field: &FieldText, start: usize, end: usize) -> bool {
    let Some(range) = field
        .sentences()
        .iter()
        .find(|sentence| sentence.start <= start && start < sentence.end)
    else {
        return false;
    };
    let sentence = field.text.get(range.clone()).unwrap_or_default();
    let after = field.text.get(end..range.end).unwrap_or_default();
    after.bytes().any(|byte| byte.is_ascii_digit())
        && !sentence
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
            .any(|word| {
                matches!(
                    word.to_lowercase().as_str(),
                    "you"
                        | "your"
                        | "you're"
                        | "you\u{2019}re"
                        | "applicant"
                        | "applicants"
                        | "candidate"
                        | "candidates"
                )
            })
}

fn about_the_company(field: &FieldText, start: usize, end: usize) -> bool {
    let next = field
        .tokens
        .iter()
        .find(|token| token.span.start >= end)
        .filter(|token| {
            field
                .text
                .get(end..token.span.start)
                .is_some_and(|gap| gap.trim().is_empty())
        });
    let previous = field
        .tokens
        .iter()
        .rev()
        .find(|token| token.span.end <= start);
    // "The current rate of turnover": a rate of something else, not pay.
    // (The last bytes only: the text before the match is not lower-cased.)
    let rate_of_something = field.text.as_bytes()[..end]
        .rsplit(|byte| !byte.is_ascii_alphabetic())
        .next()
        .is_some_and(|word| word.eq_ignore_ascii_case(b"rate"))
        && next.is_some_and(|token| token.lower == "of");
    next.is_some_and(|token| PAY_SCALE.contains(&token.lower.as_str()))
        || previous.is_some_and(|token| token.lower == "our")
        || rate_of_something
}

/// Words after "final salary" that make it the offer this job will make ("Final salary will be
/// determined within the posted range"), not the pay of the applicant's last job.
const THE_OFFER: &[&str] = &[
    "will",
    "is",
    "may",
    "depends",
    "offered",
    "offers",
    "determined",
    "within",
    "based",
    "commensurate",
    "for",
];

/// True when the words name pay documents among the duties ("Process weekly and monthly
/// payrolls, from timesheets to payslips"): the job's own work, not a request to the applicant.
fn a_document_of_the_job(field: &FieldText, words: &str) -> bool {
    field.section() == Section::Responsibilities
        && (words.eq_ignore_ascii_case("payslips") || words.eq_ignore_ascii_case("p60"))
}

fn the_offer(field: &FieldText, start: usize, end: usize) -> bool {
    let words = field.text.get(start..end).unwrap_or_default();
    words
        .get(..5)
        .is_some_and(|head| head.eq_ignore_ascii_case("final"))
        && field
            .tokens
            .iter()
            .find(|token| token.span.start >= end)
            .is_some_and(|token| THE_OFFER.contains(&token.lower.as_str()))
}

/// The message's clause and the help's details for the bans that apply where the posting
/// hires, or the general ones when the location names no place with a ban in the table.
fn ban_terms(context: &Context) -> (String, String) {
    let bans = salary_history_bans_for(&context.posting.location);
    if bans.is_empty() && location_given(context) {
        return (
            format!("which many places ban, though none in Postwright's law table (checked {TABLE_CHECKED}) matches this posting's location"),
            "This is not legal advice: check the rules where you hire.".to_owned(),
        );
    }
    if bans.is_empty() {
        return (
            "which many places ban (the EU Pay Transparency Directive 2023/970, many US states and cities)".to_owned(),
            "This is not legal advice: check the rules where you hire.".to_owned(),
        );
    }
    let titles: Vec<String> = bans
        .iter()
        .map(|applicable| {
            format!(
                "{} ({})",
                with_article(applicable.law.law),
                applicable.law.place
            )
        })
        .collect();
    let mut details = String::new();
    for applicable in &bans {
        let ban = applicable.law;
        let from = if ban.from.is_empty() {
            String::new()
        } else {
            format!("{}; ", in_force_from(ban.from))
        };
        details.push_str(&format!(
            "{}: {} ({}source: {}) appears to apply because {}. ",
            ban.place,
            ban.law,
            from,
            ban.source,
            applicable.reach.describe(ban.place),
        ));
    }
    details.push_str(&format!(
        "(Law table checked {TABLE_CHECKED}. This is not legal advice: check with counsel.)"
    ));
    (format!("which {} may ban", short_list(titles)), details)
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let mut terms: Option<(String, String)> = None;
    for field in &context.texts {
        // The requests of one sentence are one finding over all of them ("Bring your P45, P60
        // and payslips"; "... your salary history, resumes without salary history will not be
        // considered"): (the span from the first to the last, their words, the sentence's end).
        let mut requests: Vec<(std::ops::Range<usize>, Vec<&str>, usize)> = Vec::new();
        for found in find_from_words(field, triggers(), pay_history()) {
            if about_the_company(field, found.start, found.end)
                || the_offer(field, found.start, found.end)
                || a_document_of_the_job(field, &field.text[found.clone()])
                || states_the_jobs_pay(field, found.start, found.end)
                || in_negated_sentence(field, found.start)
            {
                continue;
            }
            let words = &field.text[found.clone()];
            match requests.last_mut() {
                Some((span, all, sentence_end)) if found.start < *sentence_end => {
                    span.end = found.end;
                    all.push(words);
                }
                _ => {
                    let sentence_end = field
                        .sentences()
                        .iter()
                        .find(|sentence| sentence.contains(&found.start))
                        .map_or(found.end, |sentence| sentence.end);
                    requests.push((found, vec![words], sentence_end));
                }
            }
        }
        for (span, words, _) in requests {
            let (clause, details) = terms.get_or_insert_with(|| ban_terms(context));
            // "'P60' and 'payslips' ask", "'current salary' asks".
            let mut asks = String::new();
            for (index, words_asked) in words.iter().enumerate() {
                if index > 0 {
                    asks.push_str(if index + 1 == words.len() {
                        " and "
                    } else {
                        ", "
                    });
                }
                asks.push('\'');
                asks.push_str(words_asked);
                asks.push('\'');
            }
            asks.push_str(if words.len() == 1 { " asks" } else { " ask" });
            diagnostics.push(Diagnostic::spanned(
                &RULE,
                field.field,
                span,
                format!("{asks} for the applicant's pay history, {clause}"),
                format!(
                    "Ask what pay the applicant expects, and publish the range instead. {details}"
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{flagged, item, run, summary};
    use crate::model::ListKind;

    #[test]
    fn payslips_among_the_duties_are_the_job_s_work() {
        let posting = item(
            ListKind::Responsibilities,
            "Process weekly and monthly payrolls in BrightPay, from timesheets to payslips",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(
            ListKind::MustHave,
            "Bring two recent payslips to the interview",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["payslips"]);
    }

    #[test]
    fn every_request_starts_at_a_trigger_word() {
        for (text, expected) in [
            ("include your current salary", "current salary"),
            (
                "Please include the hourly rate at your current job so we can make you a fair offer.",
                "hourly rate at your current job",
            ),
            ("Salary history required", "Salary history"),
            ("previous compensation", "previous compensation"),
            ("expected salary and current CTC", "current CTC"),
            ("last drawn salary", "last drawn salary"),
            ("tell us what you currently earn", "what you currently earn"),
            (
                "tell us what you earned in your last sales role",
                "what you earned",
            ),
            (
                "bring proof of earnings to the interview",
                "proof of earnings",
            ),
            ("bring your P60 to the interview", "P60"),
            (
                "state your current and expected salary",
                "current and expected salary",
            ),
            ("tell us your current package", "current package"),
            (
                "Tell us your current comp and what you need",
                "current comp",
            ),
            (
                "please include your current base + OTE",
                "current base + OTE",
            ),
            (
                "Please let us know what you're on now so we can make an offer.",
                "what you're on now",
            ),
            ("tell us what you earn now", "what you earn now"),
            (
                "tell us what you are earning now",
                "what you are earning now",
            ),
            (
                "Tell us your current rate and we'll do our best to beat it",
                "current rate",
            ),
            ("reply with your current base/OTE", "current base/OTE"),
            (
                "please also include your current base, bonus and equity",
                "current base, bonus",
            ),
        ] {
            let posting = summary(text);
            let context = Context::new(&posting);
            let found = find_from_words(&context.texts[0], triggers(), pay_history());
            let words: Vec<&str> = found.into_iter().map(|span| &text[span]).collect();
            assert_eq!(words, [expected], "{text}");
        }
    }

    #[test]
    fn the_requests_of_one_sentence_are_one_finding() {
        let posting = summary(
            "Bring your P60 and your last three payslips to the interview. Also state your current salary.",
        );
        let diagnostics = run(&RULE, &posting);
        assert_eq!(
            flagged(&posting, &diagnostics),
            ["P60 and your last three payslips", "current salary"]
        );
        assert!(diagnostics[0]
            .message
            .starts_with("'P60' and 'payslips' ask for"));
        assert!(diagnostics[1]
            .message
            .starts_with("'current salary' asks for"));
    }

    #[test]
    fn a_limit_is_no_denial() {
        // "No more than 10 pages" limits the sample; it does not rule the question out.
        let mut posting = summary("Join us.");
        posting.how_to_apply.text = "Please email a writing sample of no more than 10 pages, and your current salary to Denise.".into();
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["current salary"]);
    }

    #[test]
    fn flags_requests_for_pay_history_in_any_section() {
        let mut posting = summary("Please include your current salary.");
        posting.how_to_apply.text = "Send your CV with expected salary and current CTC.".into();
        posting.push_item(ListKind::MustHave, "Salary history required");
        posting.equal_opportunity = "State your previous compensation.".into();
        let diagnostics = run(&RULE, &posting);
        let found = flagged(&posting, &diagnostics);
        assert_eq!(
            found,
            [
                "current salary",
                "Salary history",
                "current CTC",
                "previous compensation"
            ]
        );
        assert!(diagnostics[0].message.contains("2023/970"));
        assert!(diagnostics
            .iter()
            .all(|d| d.severity == crate::model::Severity::Error));
        for (text, words) in [
            (
                "Email us and include your current hourly rate.",
                "current hourly rate",
            ),
            (
                "Applications without salary history will not be considered.",
                "salary history",
            ),
            (
                "Please include your current or most recent hourly rate with your application.",
                "current or most recent hourly rate",
            ),
            (
                "State your most recent salary on the form.",
                "most recent salary",
            ),
            (
                "Tell us what you\u{2019}re currently earning.",
                "what you\u{2019}re currently earning",
            ),
            (
                "List each employer with starting/ending wage.",
                "starting/ending wage",
            ),
            ("Give your previous rate of pay.", "previous rate of pay"),
            (
                "List each job held with its dates, duties and final salary.",
                "final salary",
            ),
            // A deadline's figures are no pay; a consequence before a colon denies nothing.
            (
                "Candidates should send a CV indicating their current and expected salary by 5:00 p.m. on 30th January 2026.",
                "current and expected salary",
            ),
            (
                "Applications that do not give these details will not be considered: total experience, Current CTC, notice period.",
                "Current CTC",
            ),
        ] {
            let posting = summary(text);
            assert_eq!(flagged(&posting, &run(&RULE, &posting)), [words], "{text}");
        }
    }

    #[test]
    fn ignores_refusals_and_the_companys_own_pay() {
        let mut posting = summary(
            "We will never ask about your salary history. Our current salary bands are public. \
             The current pay range is shown below. State law prohibits asking for prior pay. \
             Applications without your salary history are not a problem, and none will be \
             rejected for it.",
        );
        posting.push_item(ListKind::Benefits, "Pay reviews twice a year");
        posting.how_to_apply.text =
            "Tell us your expected salary. You join our final salary pension scheme. \
             Final salary will be determined within the posted range by your experience. \
             The final salary offered depends on your licence."
                .into();
        let diagnostics = run(&RULE, &posting);
        assert!(
            diagnostics.is_empty(),
            "{:?}",
            flagged(&posting, &diagnostics)
        );
        let posting = item(
            ListKind::Responsibilities,
            "Process payroll and past invoices",
        );
        assert!(run(&RULE, &posting).is_empty());
        // A rate of something else; the job's own current rate with its figure.
        for text in [
            "Track the current rate of turnover on each ward.",
            "The current rate for this shift is $48 an hour.",
        ] {
            let posting = summary(text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
        // The company's own pay, figures given.
        for text in [
            "Starting wage is $18.50 per hour, ending at $24 after two years.",
            "Starting and ending wages for this position: $18 to $24.",
            "Starting/ending pay: $18/$22.",
            "The current hourly rate for this role is $22.",
        ] {
            let posting = summary(text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
    }
}
