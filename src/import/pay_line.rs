//! Pay figures in free text: "Salary: EUR 70,000 - 85,000 per year", "$18.50 - $22.00 per hour",
//! "CAD 110,000-130,000", "£45k–£55k", "USD 120,000 to 150,000 annually".

use crate::text::compile_pattern;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::model::PayPeriod;

/// Pay figures found in one line.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct PayLine {
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub currency: String,
    pub period: Option<PayPeriod>,
    /// True when the line says nothing but the pay (a label, figures, currency, period), so
    /// the structured pay field holds all of it.
    pub only_pay: bool,
    /// True when the line names the period ("per hour", "Annual salary:"); false when it is
    /// only inferred from the size of the figure ("$112,000" is a year's).
    pub period_stated: bool,
    /// True when the line gives one end of a range and names it ("Pay Range Maximum:
    /// $111,500", "Minimum salary: $50,000"), so another line may give the other end.
    pub labelled_end: bool,
}

const CODES: &str =
    "USD|EUR|GBP|CAD|AUD|NZD|CHF|SEK|NOK|DKK|PLN|JPY|INR|SGD|HKD|CZK|HUF|RON|BRL|MXN|ZAR|ILS";

/// The characters besides "," and "." that postings write between thousands: a space, a
/// no-break space, a narrow no-break space ("42 000 €") and an apostrophe ("CHF 120'000").
const THOUSANDS_GAPS: &str = r"[ \x{a0}\x{202f}'’]";

/// A written figure as the lint rules find it: digits with the separators postings use between
/// thousands ("120,000", "60.000", "42 000", "120'000") and lakhs ("28,00,000").
pub(crate) fn written_figure() -> String {
    format!(r"\d(?:[\d,.]|{THOUSANDS_GAPS}\d{{3}})*")
}

static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    compile_pattern(&format!(
        r"(?P<pre>US\$|CA\$|C\$|AU\$|A\$|NZ\$|\$|€|£|¥|₹|\b(?:{CODES})\b|\bR)?\s?(?P<num>\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?:\.\d{{1,2}})?|\d{{1,3}}(?:[,.]\d{{3}})+(?:\.\d{{1,2}})?|\d{{1,3}}(?:{THOUSANDS_GAPS}\d{{3}})+(?:\.\d{{1,2}})?|\d+(?:\.\d{{1,2}})?)(?P<k>\s?[kK]\b)?(?:\s?(?P<post>€|\b(?:{CODES})\b))?"
    ))
});

static SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| compile_pattern(r"^\s*(?:-|–|—|to|and|bis|until)\s*$"));

/// Words that may surround the figures in a line that is only about pay.
const FILLER: &[&str] = &[
    "salary",
    "range",
    "pay",
    "base",
    "compensation",
    "gross",
    "per",
    "year",
    "years",
    "annually",
    "annual",
    "annum",
    "hour",
    "hourly",
    "month",
    "monthly",
    "week",
    "weekly",
    "day",
    "daily",
    "a",
    "an",
    "the",
    "to",
    "from",
    "up",
    "between",
    "and",
    "yr",
    "hr",
    "pa",
    "p",
    "k",
    "rate",
    "wage",
    "band",
    "is",
    "usd",
    "eur",
    "gbp",
    "cad",
    "aud",
    "nzd",
    "chf",
    "sek",
    "nok",
    "dkk",
    "pln",
    "jpy",
    "inr",
    "sgd",
    "hkd",
    "us",
    "ca",
    "au",
    "nz",
    "remuneration",
    "of",
    "bis",
    "until",
    "starting",
    "at",
    "expected",
];

fn currency_of(marker: &str) -> String {
    match marker {
        "$" | "US$" => "USD".to_owned(),
        "CA$" | "C$" => "CAD".to_owned(),
        "AU$" | "A$" => "AUD".to_owned(),
        "NZ$" => "NZD".to_owned(),
        "€" => "EUR".to_owned(),
        "£" => "GBP".to_owned(),
        "¥" => "JPY".to_owned(),
        "₹" => "INR".to_owned(),
        // South Africa's rand, written before the figure: "R18,500 per month".
        "R" => "ZAR".to_owned(),
        code => code.to_owned(),
    }
}

/// `text` without the [`THOUSANDS_GAPS`] characters: "42 000" is "42000", "120'000" is
/// "120000".
pub(crate) fn without_thousands_gaps(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'' | '’'))
        .collect()
}

fn parse_number(text: &str) -> Option<f64> {
    let text = without_thousands_gaps(text);
    let thousands_with_dots = text.contains('.')
        && !text.contains(',')
        && text.split('.').skip(1).all(|group| group.len() == 3);
    let cleaned: String = if thousands_with_dots {
        text.chars().filter(|c| *c != '.').collect()
    } else {
        text.chars().filter(|c| *c != ',').collect()
    };
    cleaned.parse().ok()
}

struct Amount {
    start: usize,
    end: usize,
    value: f64,
    thousands: bool,
    currency: Option<String>,
    /// True when the currency is only a bare "$", which a code elsewhere in the phrase
    /// ("$96,000 - $114,000 CAD") says which dollar it is.
    bare_dollar: bool,
    /// True when the only currency mark is a code after the figure ("130,000 CAD").
    code_after: bool,
}

/// The dollar of a country that writes its own currency with a bare "$" (ISO 3166-1 alpha-2
/// code in, ISO 4217 code out): a "$" in a posting from Australia is the Australian dollar.
pub(crate) fn local_dollar(country: &str) -> Option<&'static str> {
    match country {
        "AU" => Some("AUD"),
        "CA" => Some("CAD"),
        "NZ" => Some("NZD"),
        "SG" => Some("SGD"),
        "HK" => Some("HKD"),
        "MX" => Some("MXN"),
        _ => None,
    }
}

/// A bare "$" was read as the US dollar; in a posting from a country with a dollar of its own
/// ("Toowoomba QLD": Australia; "Chilliwack, BC": Canada), and no word of US dollars in its
/// `text`, it is that country's. Every importer of text (plain, Markdown, an HTML page's
/// text) settles the currency here, once the place is read.
///
/// When no location was read, the place of the posting's header decides: the first place named
/// in its first lines ("Melbourne VIC" under the title and the company, on a line the importer
/// joined with a job-board category).
pub(crate) fn settle_local_dollar(posting: &mut crate::model::Posting, text: &str) {
    if posting.pay.currency != "USD" || names_us_dollars(text) {
        return;
    }
    let country = if posting.location.country.is_empty() {
        let header_end = text
            .match_indices('\n')
            .nth(HEADER_LINES - 1)
            .map_or(text.len(), |(at, _)| at);
        crate::text::place::find_located_places(&text[..header_end])
            .first()
            .map_or("", |place| place.country)
    } else {
        posting.location.country.as_str()
    };
    if let Some(code) = local_dollar(country) {
        code.clone_into(&mut posting.pay.currency);
    }
}

/// How many lines of a posting's start count as its header, where the place of a job board's
/// listing stands.
const HEADER_LINES: usize = 6;

/// True when `text` names the US dollar in so many words ("USD", "US$", "U.S. dollars"), so
/// a bare "$" in it may well be the US dollar wherever the job is.
pub(crate) fn names_us_dollars(text: &str) -> bool {
    static PATTERN: LazyLock<Regex> = LazyLock::new(|| {
        compile_pattern(r"(?-u:\b)USD(?-u:\b)|(?-u:\b)US\$|(?i)(?-u:\b)U\.?S\.?\s?dollars?(?-u:\b)")
    });
    PATTERN.is_match(text)
}

/// True when the words right after a figure leave its top open: "$80k+", "$22.50/hr+",
/// "$16.50/hr and up", "$22 an hour or more", "$70,000 per year minimum" (not "minimum
/// wage"). A "+" after a space adds something ("$60,000 +
/// bonus"), "and up to" gives a second figure, and "or more" after other words is about
/// something else ("for 32 hours or more").
fn open_above(after: &str) -> bool {
    static PATTERN: LazyLock<Regex> = LazyLock::new(|| {
        compile_pattern(
            r"(?i)^\s*(?:/\s*(?:hr|hour|yr|year)\.?|(?:an?|per)\s+(?:hour|year|annum|month|week))?\s*(?:and\s+up|and\s+above|or\s+more|or\s+higher|to\s+start|minimum)(?-u:\b)(\s+to(?-u:\b)|\s+wage)?",
        )
    });
    let period_then_plus = ["/hr+", "/hour+", "/yr+", "/year+"].iter().any(|written| {
        after
            .get(..written.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(written))
    });
    // ("£28k+comm", "AUD 90k+super": a "+" written onto a word adds it.)
    let plus_open = after
        .strip_prefix('+')
        .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphabetic()));
    plus_open
        || period_then_plus
        || PATTERN
            .captures(after)
            .is_some_and(|found| found.get(1).is_none())
}

/// `value` thousands, to the cent: "12.3k" is 12,300 exactly, as "12300" reads (12.3 × 1000
/// in floating point is 12,300.000000000002, which a draft's JSON would carry).
fn thousands_of(value: f64) -> f64 {
    (value * 100_000.0).round() / 100.0
}

/// A range's top is below this many times its bottom: two figures further apart are two
/// kinds of pay (an hourly rate and a yearly salary), not one range.
const MAX_RANGE_RATIO: f64 = 10.0;

/// Currencies written with a "$" sign.
const DOLLARS: &[&str] = &["USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"];

/// True when two amounts' currencies can be one range's: the same, or a bare "$" beside
/// any dollar, or a currency on only one of them.
fn same_currency(first: &Amount, next: &Amount) -> bool {
    match (&first.currency, &next.currency) {
        (_, None) => true,
        (Some(a), Some(b)) if a == b => true,
        (Some(a), Some(b)) => {
            (first.bare_dollar && DOLLARS.contains(&b.as_str()))
                || (next.bare_dollar && DOLLARS.contains(&a.as_str()))
        }
        // A figure without a currency just before a marked one: the mark is for both.
        (None, Some(_)) => true,
    }
}

/// A period written right after the figures: "per year", "/hr", "an hour", "pa", "p.a.",
/// "annually", "(per annum)", also after a currency code or "gross" ("30 USD per hour",
/// "€4,000 gross per month"), and after the "+" of an open top ("$16.25+/hr").
static PERIOD_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile_pattern(&format!(
        r"(?i)^\s*\+?\s*\(?\s*(?:(?:{CODES}|gross|base|brutto|before tax|or more|or above|and above|and up)\s+)*(?:(?:per|an?|each|every)\s+(?P<unit>hour|hr|day|week|wk|month|mo|year|yr|annum)\b|/\s?(?P<slash>hour|hr|h|day|d|week|wk|month|mo|year|yr|y|annum|a)\b|(?P<adverb>hourly|daily|weekly|monthly|yearly|annually|annual|p\.\s?a\.|pa\b|p/h|pcm\b|ph\b))"
    ))
});

/// A fortnight right after a figure ("per fortnight", "a fortnight", "fortnightly"), a period
/// [`PayPeriod`] does not have.
static PER_FORTNIGHT: LazyLock<Regex> = LazyLock::new(|| {
    compile_pattern(r"(?i)^\s*(?:(?:per|an?|each|every)\s+fortnight|fortnightly)(?-u:\b)")
});

/// A period named just before the figures, as the label of the pay: "Annual salary:", "Hourly
/// rate", "Monthly pay of".
static PERIOD_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile_pattern(
        r"(?i)\b(?P<adverb>hourly|daily|weekly|monthly|yearly|annual|annually|per hour|per day|per week|per month|per year|per annum|day rate)\b[^.;!?\d]{0,30}$",
    )
});

fn period_of_word(word: &str) -> Option<PayPeriod> {
    let word = word.to_lowercase();
    let word = word.trim_start_matches("per ").replace([' ', '.'], "");
    Some(match word.as_str() {
        "hour" | "hr" | "h" | "hourly" | "p/h" | "ph" => PayPeriod::Hour,
        "day" | "d" | "daily" | "dayrate" => PayPeriod::Day,
        "week" | "wk" | "weekly" => PayPeriod::Week,
        "month" | "mo" | "monthly" | "pcm" => PayPeriod::Month,
        "year" | "yr" | "y" | "annum" | "a" | "yearly" | "annually" | "annual" | "pa" => {
            PayPeriod::Year
        }
        _ => return None,
    })
}

/// The period written right after a figure (`after` is the text that follows it).
pub(crate) fn period_after(after: &str) -> Option<PayPeriod> {
    let captures = PERIOD_AFTER.captures(after)?;
    let word = captures
        .name("unit")
        .or_else(|| captures.name("slash"))
        .or_else(|| captures.name("adverb"))?;
    period_of_word(word.as_str())
}

/// The period named by the label in front of the figures (`before` is the text before them,
/// from the start of its clause).
fn period_before(before: &str) -> Option<PayPeriod> {
    let clause_start = before
        .rfind(['.', ';', '!', '?', '\n'])
        .map_or(0, |index| index + 1);
    let captures = PERIOD_BEFORE.captures(&before[clause_start..])?;
    period_of_word(captures.name("adverb")?.as_str())
}

/// A cheap test that every line [`find`] reads passes: an ASCII digit (a figure in other
/// digits does not parse as a number) and a currency sign or code (the first figure needs
/// one). Most lines of a paste fail it, and the amount pattern then never runs.
///
/// One pass over the bytes finds a sign or a code: searching for each of the 22 codes in
/// turn read a line that has none 22 times. The signs are looked for by their UTF-8 bytes
/// (`€` is `E2 82 AC`, `₹` `E2 82 B9`, `£` `C2 A3`, `¥` `C2 A5`, sequences no other character
/// holds), and a code only where an upper-case ASCII letter starts one.
fn could_have_pay(line: &str) -> bool {
    let bytes = line.as_bytes();
    if !bytes.iter().any(u8::is_ascii_digit) {
        return false;
    }
    (0..bytes.len()).any(|at| match bytes[at] {
        b'$' => true,
        0xC2 => matches!(bytes.get(at + 1), Some(0xA3 | 0xA5)),
        0xE2 => bytes
            .get(at + 1..at + 3)
            .is_some_and(|rest| matches!(rest, [0x82, 0xAC | 0xB9])),
        b'R' if bytes.get(at + 1).is_some_and(u8::is_ascii_digit) => true,
        b'A'..=b'Z' => bytes
            .get(at..at + 3)
            .is_some_and(|word| CODES.split('|').any(|code| code.as_bytes() == word)),
        _ => false,
    })
}

/// Words right before a figure that make it a sum the job handles, not its pay.
const SUM_WORDS: &[&str] = &[
    "target of",
    "targets of",
    "budget of",
    "budgets of",
    "revenue of",
    "revenues of",
    "quota of",
    "turnover of",
    "portfolio of",
    "funding of",
    "grant of",
    "grants of",
    "donations of",
    "contracts of",
    "contracts from",
    "projects of",
    "projects from",
    "deals of",
    "orders of",
    "raised",
    "raise",
    "raising",
    "worth",
    // A limit the work keeps to ("a cost per acquisition under $25"): pay is never written
    // as a ceiling this way.
    "under",
    "below",
    "less than",
];

/// True when `before` (the line up to a figure) ends in one of [`SUM_WORDS`].
fn names_a_sum_before(before: &str) -> bool {
    let before = before.trim_end();
    // The last 16 characters: room for the longest of the words.
    let from = before.char_indices().rev().nth(15).map_or(0, |(at, _)| at);
    let tail = before[from..].to_lowercase();
    // ("Not less than $65,000" is a floor of the pay.)
    if tail.ends_with("not less than") || tail.ends_with("no less than") {
        return false;
    }
    SUM_WORDS.iter().any(|words| {
        tail.strip_suffix(words)
            .is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric()))
    })
}

/// Words that name the base pay.
const PAY: &[&str] = &[
    "salary",
    "base",
    "pay",
    "wage",
    "wages",
    "rate",
    "compensation",
    "remuneration",
];

/// True when `text` speaks of pay or other money at all: a currency sign, or a word of
/// [`PAY`], [`OTHER`] or [`BENEFIT_SUMS`], or one of pay's other words ("paid", "tips",
/// "overtime", "loading"). A paragraph under "Shifts and pay" that gives only the hours does
/// not.
pub(crate) fn speaks_of_money(text: &str) -> bool {
    const MORE: &[&str] = &[
        "paid",
        "pays",
        "rates",
        "tips",
        "tip",
        "tronc",
        "overtime",
        "loading",
        "penalty",
        "penalties",
        "award",
        "earn",
        "earnings",
        "hourly",
        "super",
        "superannuation",
        "pension",
        "ote",
        "premiums",
    ];
    let lower = text.to_lowercase();
    text.contains(['$', '€', '£', '¥', '₹'])
        || ["time and a half", "time-and-a-half", "double time"]
            .iter()
            .any(|premium| lower.contains(premium))
        || lower.split(|c: char| !c.is_alphanumeric()).any(|word| {
            [PAY, OTHER, BENEFIT_SUMS, MORE]
                .iter()
                .any(|list| list.contains(&word))
        })
}

/// Words that name a sum other than the base pay.
const OTHER: &[&str] = &[
    "allowance",
    "bonus",
    "bonuses",
    "stipend",
    "commission",
    "match",
    "matching",
    "reimbursement",
    "relocation",
    "referral",
    "spiff",
    "spiffs",
    "budget",
    "equity",
    // A scheme that pays part of the salary in kind, up to a cap ("Salary packaging up to
    // $15,900 per year", "salary sacrifice"), not the pay.
    "packaging",
    "sacrifice",
    // What a deal or a contract is worth ("proposals, typically worth $10,000 to $150,000 a
    // year"), not the pay.
    "worth",
    "valued",
    "deals",
    "contracts",
    "revenue",
    "turnover",
];

/// More words for a sum other than the base pay, which never name the pay: a contribution to
/// a benefit, a course's fees, a premium on the base pay.
const BENEFIT_SUMS: &[&str] = &[
    "contribution",
    "contributions",
    "tuition",
    "differential",
    "premium",
    "discount",
    "diem",
    "stipends",
    "allowances",
    "reimbursed",
    "credit",
    "credits",
    // The pay of a standby or on-call duty ("Standby is paid at $5.00 per hour", "On-call
    // hours are paid at $5.00 per hour").
    "standby",
    "call",
];

/// Words of a loan repaid for the worker ("Up to $50,000 in loan repayment through the
/// National Health Service Corps"): never the pay.
const LOANS: &[&str] = &["loan", "loans", "repayment", "forgiveness"];

/// The words of `lower` after its first sum of money (its currency sign, digits and a "k"),
/// up to the end of the clause; "+" ends them.
fn words_after_first_figure(lower: &str) -> Vec<&str> {
    let Some(sign) = lower.find(['$', '€', '£', '¥', '₹']) else {
        return Vec::new();
    };
    let rest = &lower[sign..];
    let rest = rest
        .trim_start_matches(['$', '€', '£', '¥', '₹'])
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.')
        .trim_start_matches('k');
    let end = rest
        .find(['+', '.', ';', '(', '\n', '|'])
        .unwrap_or(rest.len());
    rest[..end]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect()
}

/// The words of `text` before its first sum of money (before its first figure when no
/// currency sign marks one), in lower case: "from Friday 11:00 PM ... Standby is paid at $5.00"
/// names its sum after the clock time.
fn words_before_figure(lower: &str) -> Vec<&str> {
    let first_figure = lower
        .find(['$', '€', '£', '¥', '₹'])
        .or_else(|| lower.find(|c: char| c.is_ascii_digit()))
        .unwrap_or(lower.len());
    lower[..first_figure]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect()
}

/// True when the first figure of `text` is a sum other than the job's pay: the words before
/// it name one and no pay word ("Tuition reimbursement up to $5,250 per year", "a sign-on
/// bonus of up to $3,000", "an employer contribution of at least $400 a month"), or it is too
/// small to be a base pay for the period it states ("up to $500 a year for equipment", "pay
/// rises of up to $2 an hour"). The importer does not take such a figure for the pay, and
/// `pay-range-not-a-range` does not read it as an open-ended pay.
pub(crate) fn names_another_sum(text: &str) -> bool {
    /// Words of a job title: "Budget Analyst", "Equity Research Associate" name the job, not
    /// a sum.
    const ROLES: &[&str] = &[
        "analyst",
        "analysts",
        "associate",
        "specialist",
        "manager",
        "coordinator",
        "officer",
        "representative",
        "rep",
        "consultant",
        "advisor",
        "adviser",
        "researcher",
        "trader",
        "accountant",
        "clerk",
        "assistant",
        "administrator",
        "director",
        "lead",
    ];
    let lower = text.to_lowercase();
    let words = words_before_figure(&lower);
    // The sum is named just before its figure ("Tuition reimbursement up to $5,250").
    let near = &words[words.len().saturating_sub(5)..];
    // A stipend that could be the whole pay for its period is the pay of a fellowship or an
    // internship ("Stipend: $58,000 per year"); a small one is a sum beside it ("a $500
    // stipend for equipment").
    let a_living_stipend =
        || find(text).is_some_and(|pay| pay.period_stated && could_be_base_pay(&pay));
    let other = near.iter().any(|word| {
        (OTHER.contains(word) && (*word != "stipend" || !a_living_stipend()))
            || BENEFIT_SUMS.contains(word)
            || LOANS.contains(word)
    });
    // What the customers earn or save with the product ("Our customers earning $80k+ a year
    // in added bookings") is theirs.
    let customers = near
        .iter()
        .any(|word| matches!(*word, "customers" | "clients"))
        && near.iter().any(|word| {
            matches!(
                *word,
                "earn" | "earning" | "earned" | "save" | "saving" | "saved" | "see" | "add"
            )
        });
    if customers {
        return true;
    }
    // On-target earnings are the pay of a commission job ("Commission only | OTE £70k+").
    let pay = |word: &&str| {
        PAY.contains(word) || ROLES.contains(word) || matches!(*word, "ote" | "earnings")
    };
    if other && !words.iter().any(pay) {
        return true;
    }
    // Or named right after it: "Up to $3,000 Sign-On Bonus!" ("$60,000 plus bonus" and
    // "$80,000 base + commission" are the pay).
    if words.iter().any(pay) {
        return find(text).is_some_and(|pay| pay.period_stated && !could_be_base_pay(&pay));
    }
    let after = words_after_first_figure(&lower);
    // ("Our top intern earned $2,100 in commission" is what pay there is to read; a loan
    // repaid never is.)
    let named_after = after
        .iter()
        .take(3)
        .take_while(|word| {
            !pay(word) && !matches!(**word, "plus" | "and" | "with" | "per" | "a" | "in")
        })
        .any(|word| {
            (OTHER.contains(word) && (*word != "stipend" || !a_living_stipend()))
                || BENEFIT_SUMS.contains(word)
        })
        || after.iter().take(4).any(|word| LOANS.contains(word));
    if named_after {
        return true;
    }
    find(text).is_some_and(|pay| pay.period_stated && !could_be_base_pay(&pay))
}

/// True when `text` states the job's base pay: a pay word before its first figure ("Base
/// salary from $85,000 a year", "Hourly rate: $24"), and no word for another sum ("a car
/// allowance of $650 a month", "a signing bonus of $5,000", "401(k) match up to 4% of salary").
pub(crate) fn states_base_pay(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words = words_before_figure(&lower);
    if words.iter().any(|word| PAY.contains(word)) {
        return !words.iter().any(|word| OTHER.contains(word)) && find(text).is_some();
    }
    // A list item that starts with the figure and its period ("$22.50/hr+ based on
    // experience") is the pay, unless it names another sum anywhere ("$1.50/hr shift
    // differential", "$5,250 a year toward tuition").
    const ELSEWHERE: &[&str] = &[
        "differential",
        "premium",
        "tuition",
        "toward",
        "towards",
        "credit",
        "discount",
        "per diem",
    ];
    // What follows "plus" or "+" is added to the pay ("$25 - $60/hr DOE plus commission").
    let head = [" plus ", "+"]
        .iter()
        .filter_map(|mark| lower.find(mark))
        .min()
        .map_or(lower.as_str(), |end| &lower[..end]);
    words.is_empty()
        && lower.trim_start().starts_with(['$', '€', '£', '¥', '₹'])
        && !head
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| OTHER.contains(&word))
        && !ELSEWHERE.iter().any(|other| lower.contains(other))
        && find(text).is_some_and(|pay| pay.period_stated && could_be_base_pay(&pay))
}

/// True when a figure is a plausible base pay for its period in the currencies whose units
/// are of the dollar's size (a tool allowance of "$400 a year" is not a year's pay).
fn could_be_base_pay(pay: &PayLine) -> bool {
    let Some(figure) = pay.min.or(pay.max) else {
        return false;
    };
    let least = match pay.period {
        Some(PayPeriod::Hour) => 5.0,
        Some(PayPeriod::Day) => 40.0,
        Some(PayPeriod::Week) => 200.0,
        Some(PayPeriod::Month) => 800.0,
        Some(PayPeriod::Year) => 10_000.0,
        None => return false,
    };
    figure >= least
}

/// The index of the top of a pay scale the line writes after its starting figure at
/// `first_index`: the last of the figures that follow it in the same currency and period, each
/// higher than the one before and at most twice the start ("Starting salary: $61,008 per
/// year; Year 2: $62,500 per year; Year 3: $64,000 per year", "Starting salary $52,000; after
/// your first year $56,000 per year").
fn scale_top(line: &str, amounts: &[Amount], first_index: usize) -> Option<usize> {
    let worth = |amount: &Amount| {
        if amount.thousands {
            thousands_of(amount.value)
        } else {
            amount.value
        }
    };
    // The period written after a figure, or a year for a five-figure one.
    let period = |amount: &Amount| {
        period_after(&line[amount.end..])
            .or_else(|| (worth(amount) >= 10_000.0).then_some(PayPeriod::Year))
    };
    let first = amounts.get(first_index)?;
    let (start, start_period) = (worth(first), period(first));
    let mut last = start;
    let mut top = None;
    for (index, next) in amounts.iter().enumerate().skip(first_index + 1) {
        // Bare numbers between the steps ("Year 2:") are no steps.
        if next.currency.is_none() {
            continue;
        }
        let value = worth(next);
        // The scale is one sentence: "A rep at 100% of quota earns about $140,000 in total"
        // after it is another figure.
        let gap = &line[amounts[top.unwrap_or(first_index)].end..next.start];
        if !same_currency(first, next)
            || gap.contains(". ")
            || gap.contains("! ")
            || value <= last
            || value > start * 2.0
            || period(next) != start_period
        {
            break;
        }
        last = value;
        top = Some(index);
    }
    top
}

/// True when the words after a figure make it a later step of a pay scale: "after
/// probation", "(once qualified)", "per hour after 6 months", "upon completion of training".
fn is_a_later_step(after: &str) -> bool {
    const STEPS: &[&str] = &["after", "once", "upon", "following", "on completion"];
    let clause = after
        .split(['.', ';', ',', '\n'])
        .next()
        .unwrap_or_default()
        .trim_start_matches([' ', '(', '['])
        .to_lowercase();
    // The step word comes first, or after the figure's period ("per hour after 6 months").
    let words = PERIOD_AFTER
        .find(&clause)
        .filter(|period| period.start() == 0)
        .map_or(clause.as_str(), |period| &clause[period.end()..])
        .trim_start();
    STEPS.iter().any(|step| {
        words
            .strip_prefix(step)
            .is_some_and(|rest| rest.starts_with(' '))
    })
}

/// True when `gap` holds a dash that is not the hyphen inside a word ("On-target").
fn has_a_dash(gap: &str) -> bool {
    let bytes = gap.as_bytes();
    bytes.iter().enumerate().any(|(index, &byte)| {
        byte == b'-'
            && !(index > 0
                && bytes[index - 1].is_ascii_alphabetic()
                && bytes.get(index + 1).is_some_and(u8::is_ascii_alphabetic))
    })
}

/// True when `text` (in lower case) has `word` as a whole word.
fn has_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|part| part == word)
}

/// True when the words right after a figure make it millions or more ("$35 million", "$30m",
/// "more than $610 million"): money raised, spent or turned over, never pay. The importer and
/// `pay-range-not-a-range` both read a figure's scale here.
pub(crate) fn names_a_scale(after: &str) -> bool {
    // The longest scale word has eight letters: the character after it is the tenth.
    let after = after
        .trim_start()
        .chars()
        .take(10)
        .collect::<String>()
        .to_lowercase();
    ["million", "billion", "trillion", "mn", "bn", "m", "b"]
        .iter()
        .any(|word| {
            after
                .strip_prefix(word)
                .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
        })
}

/// Finds pay figures in a line. At least one figure must carry a currency.
pub(crate) fn find(line: &str) -> Option<PayLine> {
    if !could_have_pay(line) {
        return None;
    }
    // The figures that are sums ("$2M", "contracts of $3,000"): a figure they make a range
    // with is one too.
    let mut sums: Vec<Range<usize>> = Vec::new();
    let mut amounts: Vec<Amount> = AMOUNT
        .captures_iter(line)
        .filter_map(|captures| {
            let whole = captures.get(0)?;
            let number = captures.name("num")?;
            // A figure glued to letters ("GS-15", "401k") is not an amount.
            let begin = captures.name("pre").map_or(number.start(), |m| m.start());
            let before = line[..begin].chars().next_back();
            if captures.name("pre").is_none() && before.is_some_and(|c| c.is_alphanumeric()) {
                return None;
            }
            // "an income target of €420,000", "a budget of $2,000,000": a sum the job handles,
            // not its pay ("on-target earnings of $120,000" are pay).
            if names_a_sum_before(&line[..begin]) {
                sums.push(whole.range());
                return None;
            }
            if names_a_scale(&line[whole.end()..]) && captures.name("k").is_none() {
                sums.push(whole.range());
                return None;
            }
            // "R18,500", "R38 per hour": the rand's sign only glued to a figure of money, a
            // thousands figure or a rate (not "R 4.2", "R2 certification").
            if let Some(rand) = captures.name("pre").filter(|pre| pre.as_str() == "R") {
                let glued = rand.end() == number.start();
                let after = line[whole.end()..].trim_start().to_lowercase();
                let money = number.as_str().contains(',')
                    || captures.name("k").is_some()
                    || ["per ", "an hour", "a month", "p/h", "ph ", "pm ", "p.m"]
                        .iter()
                        .any(|period| after.starts_with(period));
                if !glued || !money {
                    return None;
                }
            }
            // "$114,000 CAD": the code after the figure names the dollar.
            let pre = captures.name("pre").map(|m| m.as_str());
            let bare_dollar = pre == Some("$") && captures.name("post").is_none();
            let marker = match (pre, captures.name("post")) {
                (Some("$") | None, Some(post)) => Some(currency_of(post.as_str())),
                (Some(pre), _) => Some(currency_of(pre)),
                (None, None) => None,
            };
            Some(Amount {
                // The figure or its sign, not a space before it ("from 45.000 €").
                start: begin,
                end: whole.end(),
                value: parse_number(number.as_str())?,
                thousands: captures.name("k").is_some(),
                currency: marker,
                bare_dollar,
                code_after: pre.is_none() && captures.name("post").is_some(),
            })
        })
        .collect();
    // "projects from $150,000 to $2M", "contracts of $3,000 to $40,000": a range of sums.
    amounts.retain(|amount| {
        !sums.iter().any(|sum| {
            let gap = line
                .get(sum.end..amount.start)
                .or_else(|| line.get(amount.end..sum.start));
            gap.is_some_and(|gap| SEPARATOR.is_match(gap))
        })
    });
    let mut first_index = amounts
        .iter()
        .position(|amount| amount.currency.is_some())?;
    // "110,000 - 130,000 CAD": the code after the range marks both ends.
    if first_index > 0 {
        let (before, marked) = (&amounts[first_index - 1], &amounts[first_index]);
        if marked.code_after && SEPARATOR.is_match(&line[before.end..marked.start]) {
            first_index -= 1;
        }
    }
    // A bound word belongs to the figure when it leads up to it in the same clause ("Up to
    // USD 985", "starting at $18"); "teach up to 9 credit hours" after the figure is about
    // something else.
    let lead_in = {
        let before = &line[..amounts[first_index].start];
        let clause_start = before
            .rfind(['.', ';', '!', '?', '\n'])
            .map_or(0, |index| index + 1);
        before[clause_start..].to_lowercase()
    };
    // A bound word before another number is that number's: "up to 20 hours per week at
    // $21.30 per hour", "from June 16 through August 15 at $18.50 per hour".
    let lead_in = match lead_in.rfind(|c: char| c.is_ascii_digit()) {
        Some(digit) => lead_in[digit + 1..].to_owned(),
        None => lead_in,
    };
    // "Salary Min: $50,000 | Salary Max: $65,000": labelled ends of one range.
    let labelled_min = has_word(&lead_in, "minimum") || has_word(&lead_in, "min");
    let first = &amounts[first_index];
    let mut currency = first
        .currency
        .clone()
        .or_else(|| amounts[first_index + 1].currency.clone())
        .unwrap_or_default();
    // "Starting at £12.60 per hour, £13.00 after probation": a starting rate whose next step
    // the line gives is a range.
    let starts_a_scale = ["from ", "starting", "start at", "starts at"]
        .iter()
        .any(|word| lead_in.contains(word))
        || line[first.end..].to_lowercase().contains("to start");
    let mut used = vec![first_index];
    let mut low = first.value;
    let mut low_k = first.thousands;
    let mut high = None;
    let mut high_k = false;
    let immediate = amounts.get(first_index + 1).filter(|next| {
        same_currency(first, next) && SEPARATOR.is_match(&line[first.end..next.start])
    });
    let marked = || {
        amounts
            .iter()
            .enumerate()
            .skip(first_index + 1)
            .find(|(_, next)| next.currency.is_some())
            .filter(|(_, next)| {
                let gap = &line[first.end..next.start];
                // "$18.50 + up to $3/hour in bonuses": an addition, not the top of a range
                // ("$18/hr to start, up to $22/hr with experience" is one).
                let added = gap.contains('+') || gap.contains(" plus ");
                let names_max = || {
                    let gap = gap.to_lowercase();
                    has_word(&gap, "maximum") || has_word(&gap, "max")
                };
                // ("$60,000 a year. On-target earnings: $130,000": another sentence, and the
                // hyphen of a word, are no range.)
                next.currency.is_some()
                    && same_currency(first, next)
                    && gap.len() <= 40
                    && !added
                    && ((!gap.contains(". ")
                        && (gap.contains(" to ") || has_a_dash(gap) || gap.contains('–')))
                        || (labelled_min && names_max())
                        || (starts_a_scale && is_a_later_step(&line[next.end..])))
            })
            .map(|(index, _)| index)
    };
    let next_index = immediate
        .map(|_| first_index + 1)
        .or_else(marked)
        .or_else(|| {
            starts_a_scale
                .then(|| scale_top(line, &amounts, first_index))
                .flatten()
        });
    if let Some(index) = next_index {
        // "$96,000 - $114,000 CAD": the named dollar is the range's.
        if first.bare_dollar || first.currency.is_none() {
            if let Some(code) = &amounts[index].currency {
                currency.clone_from(code);
            }
        }
        high = Some(amounts[index].value);
        high_k = amounts[index].thousands;
        used.push(index);
    }
    // "45-55k": a suffix on one end applies to both.
    if high_k && !low_k && low < 1000.0 {
        low_k = true;
    }
    if low_k {
        low = thousands_of(low);
    }
    if let Some(value) = high.as_mut() {
        if high_k || (first.thousands && *value < 1000.0) {
            *value = thousands_of(*value);
        }
    }
    // No pay is nothing ("Salary: $0 per year").
    if low <= 0.0 {
        return None;
    }
    // Two figures of different kinds of pay are no range: "€15.50 per hour (temp) / up to
    // €32,000 (perm)". No range of one pay has a top ten times its bottom, nor one below it
    // ("$17.25/hr to start, with a $0.75/hr raise").
    if high.is_some_and(|high| high >= low * MAX_RANGE_RATIO || high < low) {
        high = None;
        used.truncate(1);
    }
    // "$70,000 - $150,000+": the top of the range is open. The figures are the pay's; the
    // "+" is not, so the line is not pay alone and stays in the text, where it is seen.
    let open_top = high.is_some()
        && used
            .last()
            .is_some_and(|index| open_above(&line[amounts[*index].end..]));
    let after_first = line[amounts[first_index].end..].trim_start().to_lowercase();
    let labelled_end = high.is_none()
        && ["minimum", "maximum", "min", "max"].iter().any(|word| {
            has_word(&lead_in, word)
                || after_first
                    .trim_start_matches(['(', '['])
                    .split(|c: char| !c.is_alphanumeric())
                    .next()
                    == Some(word)
        });
    // The word right after the figure, or a note after its period: "$90,000 max", "$90,000
    // a year (max)", "$55,000 (starting)".
    let word_after = after_first
        .trim_start_matches(['(', '['])
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    let note_after = |note: &str| {
        let mut end = after_first.len().min(24);
        while !after_first.is_char_boundary(end) {
            end -= 1;
        }
        after_first[..end].contains(note)
    };
    let word_after = if note_after("(max)") || note_after("(maximum)") {
        "max"
    } else if note_after("(starting)") {
        "starting"
    } else {
        word_after
    };
    // The last words before the figure: "Salary: to £40k", "negotiable to £45k" give a top,
    // "over £45,000 per annum" a floor (after a label or alone, not "over the year").
    let last_words: Vec<&str> = lead_in
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .rev()
        .take(2)
        .collect();
    let labelled = |word: Option<&&str>| {
        word.is_none_or(|word| {
            matches!(
                *word,
                "salary" | "pay" | "rate" | "basic" | "base" | "package" | "negotiable" | "is"
            )
        })
    };
    let bare_top = last_words.first() == Some(&"to") && labelled(last_words.get(1));
    let bare_floor = last_words.first() == Some(&"over") && labelled(last_words.get(1));
    let (min, max) = match high {
        Some(high) => (Some(low), Some(high)),
        None if lead_in.contains("up to")
            || lead_in.contains("as much as")
            || lead_in.contains("not to exceed")
            || has_word(&lead_in, "maximum")
            || has_word(&lead_in, "max")
            || bare_top
            || matches!(word_after, "max" | "maximum") =>
        {
            (None, Some(low))
        }
        None if [
            "from ",
            "starting",
            "at least",
            "minimum",
            "in excess of",
            "upwards of",
            "more than",
            "less than",
            "begins at",
        ]
        .iter()
        .any(|word| lead_in.contains(word))
            || bare_floor
            || has_word(&lead_in, "min")
            || word_after == "starting"
            || open_above(&line[amounts[first_index].end..])
            || line[amounts[first_index].end..]
                .trim_start()
                .to_lowercase()
                .starts_with("minimum") =>
        {
            (Some(low), None)
        }
        None => (Some(low), Some(low)),
    };
    // The period comes from the pay phrase itself: the words right after a figure or the
    // label right before the first one, never from elsewhere in the line ("3 days a week in
    // the office"). Without one, "k" or a five-figure amount means a year.
    let thousands = used.iter().any(|index| amounts[*index].thousands);
    let stated = used
        .iter()
        .rev()
        .find_map(|index| period_after(&line[amounts[*index].end..]))
        .or_else(|| period_before(&line[..amounts[used[0]].start]));
    // "$4,504.10 to $4,776.50 per fortnight ($117,506 to $124,612 a year)": a period the model
    // has no name for; the same pay given again with a period it has is the pay.
    let last_end = amounts[*used.iter().max().unwrap_or(&first_index)].end;
    if stated.is_none() && PER_FORTNIGHT.is_match(&line[last_end..]) {
        if let Some(again) = find(&line[last_end..]).filter(|again| again.period_stated) {
            return Some(PayLine {
                only_pay: false,
                ..again
            });
        }
    }
    let period_stated = stated.is_some();
    let period = stated.or_else(|| {
        let reference = min.or(max).unwrap_or_default();
        (thousands || reference >= 10_000.0).then_some(PayPeriod::Year)
    });
    let mut rest = String::new();
    let mut cursor = 0;
    for index in &used {
        rest.push_str(&line[cursor..amounts[*index].start]);
        rest.push(' ');
        cursor = amounts[*index].end;
    }
    rest.push_str(&line[cursor..]);
    let only_pay = !open_top
        && rest
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .all(|word| FILLER.contains(&word));
    Some(PayLine {
        min,
        max,
        currency,
        period,
        only_pay,
        period_stated,
        labelled_end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_test_passes_every_sign_and_code() {
        // `could_have_pay` reads a code as three upper-case ASCII letters.
        for code in CODES.split('|') {
            assert!(
                code.len() == 3 && code.bytes().all(|byte| byte.is_ascii_uppercase()),
                "{code}"
            );
            assert!(could_have_pay(&format!("Salary {code} 50,000")), "{code}");
        }
        for sign in ['$', '€', '£', '¥', '₹'] {
            assert!(could_have_pay(&format!("Salary {sign}50,000")), "{sign}");
        }
        assert!(!could_have_pay("Salary 50,000 a year"));
        assert!(!could_have_pay("Salary in USD, to be agreed"));
    }

    fn figures(line: &str) -> (Option<f64>, Option<f64>, String, Option<PayPeriod>, bool) {
        let pay = find(line).expect("pay found");
        (pay.min, pay.max, pay.currency, pay.period, pay.only_pay)
    }

    #[test]
    fn a_bound_word_leads_up_to_its_figure() {
        // "up to" later in the line is about something else.
        let (min, max, ..) = figures(
            "Adjunct lecturers are paid $985 per credit hour. Adjuncts may teach up to 9 credit hours per semester.",
        );
        assert_eq!((min, max), (Some(985.0), Some(985.0)));
        let (min, max, ..) = figures("Up to USD 985 per course");
        assert_eq!((min, max), (None, Some(985.0)));
        let (min, max, ..) = figures("Salary: $60,000 minimum");
        assert_eq!((min, max), (Some(60000.0), None));
        let (min, max, ..) = figures("Pay starting at $18 an hour");
        assert_eq!((min, max), (Some(18.0), None));
        // A figure with its currency after it, and "minimum" after its period.
        let (min, max, ..) = figures("Salary: from 45.000 € gross per year");
        assert_eq!((min, max), (Some(45_000.0), None));
        let (min, max, ..) = figures("Salary: $70,000 per year minimum");
        assert_eq!((min, max), (Some(70_000.0), None));
        let (min, max, ..) = figures("$15.00/hr minimum wage");
        assert_eq!((min, max), (Some(15.0), Some(15.0)));
        // Other words for a top or a floor, before or after the figure.
        for line in [
            "Drivers make as much as $1,800 a week",
            "Salary: not to exceed $90,000 a year",
            "Salary: $90,000 a year (max)",
        ] {
            let (min, max, ..) = figures(line);
            assert_eq!(min, None, "{line}");
            assert!(max.is_some(), "{line}");
        }
        let (min, max, ..) = figures("Salary: $55,000 (starting)");
        assert_eq!((min, max), (Some(55000.0), None));
    }

    #[test]
    fn fortnightly_pay_takes_the_yearly_figures_given_with_it() {
        let (min, max, currency, period, only) =
            figures("$4,504.10 to $4,776.50 per fortnight ($117,506 to $124,612 a year)");
        assert_eq!((min, max), (Some(117_506.0), Some(124_612.0)));
        assert_eq!(
            (currency.as_str(), period, only),
            ("USD", Some(PayPeriod::Year), false)
        );
        // Without a yearly figure the fortnightly one stays, with no period.
        let (min, _, _, period, _) = figures("$4,504.10 to $4,776.50 per fortnight");
        assert_eq!((min, period), (Some(4_504.1), None));
    }

    #[test]
    fn an_open_top_is_no_single_figure() {
        for line in ["$16.50/hr and up, by post", "$80k+", "$22 an hour or more"] {
            let (min, max, ..) = figures(line);
            assert!(min.is_some() && max.is_none(), "{line}");
        }
        // A "+" after a space adds something to the pay; it leaves no top open, and neither do
        // words that only look alike.
        for line in [
            "$60,000 + bonus",
            "$18.50 per hour and updated benefits",
            "$20 an hour for 32 hours or more per week",
            "$17/hr and up to $2/hr shift differential",
        ] {
            let (min, max, ..) = figures(line);
            assert!(min.is_some() && max.is_some(), "{line}");
        }
    }

    #[test]
    fn thousands_are_exact() {
        let (min, max, ..) = figures("$12.3k - $14.7k");
        assert_eq!((min, max), (Some(12_300.0), Some(14_700.0)));
        assert_eq!(thousands_of(12.3456), 12_345.6);
    }

    #[test]
    fn two_kinds_of_pay_are_no_range() {
        let (min, max, _, period, only) =
            figures("€15.50 per hour (temp) / up to €32,000 + benefits (perm)");
        assert_eq!(
            (min, max, period),
            (Some(15.5), Some(15.5), Some(PayPeriod::Hour))
        );
        assert!(!only);
        // A wide range of one pay is still a range.
        let (min, max, ..) = figures("$40,000 - $150,000 per year");
        assert_eq!((min, max), (Some(40_000.0), Some(150_000.0)));
    }

    #[test]
    fn an_open_top_of_a_range_keeps_the_line_in_the_text() {
        let (min, max, _, _, only) = figures("Pay range: $70,000 - $150,000+ per year");
        assert_eq!((min, max), (Some(70_000.0), Some(150_000.0)));
        assert!(!only);
        // A "+" after a space adds something, and here more than figures: the top is not
        // open, the line stays for its commission; a plain range is the pay alone.
        let (min, max, _, _, only) = figures("$70,000 - $90,000 + commission");
        assert_eq!((min, max), (Some(70_000.0), Some(90_000.0)));
        assert!(!only);
        let (.., only) = figures("Salary: $70,000 - $90,000 per year");
        assert!(only);
    }

    #[test]
    fn reads_common_wordings() {
        assert_eq!(
            figures("Salary: EUR 70,000 - 85,000 per year"),
            (
                Some(70000.0),
                Some(85000.0),
                "EUR".into(),
                Some(PayPeriod::Year),
                true
            )
        );
        assert_eq!(
            figures("$18.50 - $22.00 per hour"),
            (
                Some(18.5),
                Some(22.0),
                "USD".into(),
                Some(PayPeriod::Hour),
                true
            )
        );
        assert_eq!(
            figures("CAD 110,000-130,000"),
            (
                Some(110000.0),
                Some(130000.0),
                "CAD".into(),
                Some(PayPeriod::Year),
                true
            )
        );
        assert_eq!(
            figures("£45k–£55k"),
            (
                Some(45000.0),
                Some(55000.0),
                "GBP".into(),
                Some(PayPeriod::Year),
                true
            )
        );
        assert_eq!(
            figures("USD 120,000 to 150,000 annually"),
            (
                Some(120000.0),
                Some(150000.0),
                "USD".into(),
                Some(PayPeriod::Year),
                true
            )
        );
        assert_eq!(
            figures("70.000 € - 85.000 € brutto"),
            (
                Some(70000.0),
                Some(85000.0),
                "EUR".into(),
                Some(PayPeriod::Year),
                false
            )
        );
    }

    #[test]
    fn thousands_written_with_spaces_apostrophes_or_lakhs() {
        for (line, min, max, currency) in [
            (
                "Salary: 42 000 € – 48 000 € gross per year",
                42_000.0,
                48_000.0,
                "EUR",
            ),
            (
                "Salaire : 42\u{a0}000 € – 48\u{202f}000 € par an",
                42_000.0,
                48_000.0,
                "EUR",
            ),
            (
                "CHF 120'000 – 140'000 per year",
                120_000.0,
                140_000.0,
                "CHF",
            ),
            ("CHF 120’000 to 140’000 a year", 120_000.0, 140_000.0, "CHF"),
            (
                "CTC: ₹28,00,000 – ₹36,00,000 per annum",
                2_800_000.0,
                3_600_000.0,
                "INR",
            ),
            (
                "INR 1,20,000 - 1,50,000 per month",
                120_000.0,
                150_000.0,
                "INR",
            ),
        ] {
            let (low, high, code, ..) = figures(line);
            assert_eq!((low, high), (Some(min), Some(max)), "{line}");
            assert_eq!(code, currency, "{line}");
        }
        // Two figures a space apart are not one ("$25 100% remote" has no such figure).
        let (low, ..) = figures("Pay: $18 per hour, 20 000 units a year");
        assert_eq!(low, Some(18.0));
    }

    #[test]
    fn a_code_after_the_figures_names_the_currency() {
        assert_eq!(
            figures("$96,000 – $114,000 CAD a year"),
            (
                Some(96_000.0),
                Some(114_000.0),
                "CAD".into(),
                Some(PayPeriod::Year),
                true
            )
        );
        assert_eq!(figures("110,000 - 130,000 CAD").2, "CAD");
        assert_eq!(
            figures("45,000 - 55,000 EUR per year").0..figures("45,000 - 55,000 EUR per year").1,
            Some(45_000.0)..Some(55_000.0)
        );
        assert_eq!(figures("$120 CAD per hour").2, "CAD");
        // A bare dollar stays the US dollar; two different codes are not one range.
        assert_eq!(figures("$80,000 - $95,000").2, "USD");
        assert_eq!(figures("EUR 50,000 - 60,000 GBP").1, Some(50_000.0));
    }

    #[test]
    fn the_rand_sign_before_a_figure_of_money() {
        assert_eq!(
            figures("R456,000 - R540,000 per year, cost to company"),
            (
                Some(456_000.0),
                Some(540_000.0),
                "ZAR".into(),
                Some(PayPeriod::Year),
                false
            )
        );
        assert_eq!(figures("R38 per hour").0, Some(38.0));
        assert_eq!(figures("R38 per hour").2, "ZAR");
        // Not a version, a licence or a film rating.
        for line in ["Experience with R 4.2", "R2 certification", "Rated R18"] {
            assert!(find(line).is_none(), "{line}");
        }
    }

    #[test]
    fn reads_ranges_with_words_between() {
        let pay = find("GS-15 Step 1 - $128,078 to GS-15 Step 10 $172,500").unwrap();
        assert_eq!((pay.min, pay.max), (Some(128078.0), Some(172500.0)));
        assert!(!pay.only_pay);
    }

    #[test]
    fn a_benefits_sum_is_named_just_before_its_figure_and_is_no_job_title() {
        assert!(names_another_sum(
            "Tuition reimbursement up to $5,250 per year."
        ));
        assert!(names_another_sum(
            "Sign-on bonus of up to $3,000, paid over six months."
        ));
        assert!(names_another_sum(
            "Up to $500 a year for home-office equipment."
        ));
        assert!(!names_another_sum("Budget Analyst - $85,000 a year"));
        assert!(!names_another_sum(
            "As a budget analyst you will earn $85,000 a year."
        ));
        assert!(!names_another_sum(
            "Equity Research Associate: $120,000 to $140,000"
        ));
        assert!(!names_another_sum(
            "Base salary: $60,000 plus a relocation bonus"
        ));
        // Standby or on-call pay, named after a clock time.
        assert!(names_another_sum(
            "Standby, one weekend in six, from Friday 11:00 PM to Monday 6:00 AM. Standby is paid at $5.00 per hour."
        ));
        assert!(names_another_sum(
            "On-call hours are paid at $5.00 per hour."
        ));
        assert!(!names_another_sum(
            "Shifts run 7:00 AM to 3:30 PM. Pay: $24.00 per hour."
        ));
        // Named after the figure, or a loan repaid.
        assert!(names_another_sum("Up to $3,000 Sign-On Bonus!"));
        assert!(names_another_sum(
            "Earn up to $50,000 in loan repayment through the National Health Service Corps."
        ));
        assert!(!names_another_sum("$60,000 plus bonus"));
        // A stipend that could be the whole pay is the pay.
        assert!(!names_another_sum("Stipend: $58,000 per year"));
        assert!(!names_another_sum(
            "Fellows receive a $58,000 annual stipend, paid monthly"
        ));
        assert!(names_another_sum(
            "A $500 stipend for home-office equipment"
        ));
        // The customers' money is theirs.
        assert!(names_another_sum(
            "Our customers earning $80k+ a year in added bookings love us."
        ));
        assert!(!names_another_sum("$80,000 base + commission"));
        assert!(!names_another_sum("$25 per hour and a yearly bonus"));
    }

    #[test]
    fn a_raise_after_a_starting_rate_is_no_top_and_zero_is_no_pay() {
        let pay = find("$17.25/hr to start, with a $0.75/hr raise after 90 days.").unwrap();
        assert_eq!((pay.min, pay.max), (Some(17.25), None));
        assert!(find("Salary: $0 per year").is_none());
    }

    #[test]
    fn a_bound_word_before_another_number_is_that_numbers() {
        let pay = find("Part-time, up to 20 hours per week at $21.30 per hour.").unwrap();
        assert_eq!((pay.min, pay.max), (Some(21.3), Some(21.3)));
        let pay = find("Available from June 16 through August 15 at $18.50 per hour.").unwrap();
        assert_eq!((pay.min, pay.max), (Some(18.5), Some(18.5)));
        let pay = find("Pay: up to $21.30 per hour.").unwrap();
        assert_eq!((pay.min, pay.max), (None, Some(21.3)));
    }

    #[test]
    fn an_addition_up_to_a_figure_is_no_top_of_the_range() {
        let pay = find("Hourly rate: $18.50 + up to $3/hour in performance bonuses").unwrap();
        assert_eq!((pay.min, pay.max), (Some(18.5), Some(18.5)));
        let pay = find("$52,000 plus up to $8,000 in bonuses").unwrap();
        assert_eq!((pay.min, pay.max), (Some(52_000.0), Some(52_000.0)));
        let pay = find("$52,000 to $60,000 a year").unwrap();
        assert_eq!((pay.min, pay.max), (Some(52_000.0), Some(60_000.0)));
        // A starting rate alone is a minimum.
        let pay = find("$17/hr to start").unwrap();
        assert_eq!((pay.min, pay.max), (Some(17.0), None));
        let pay = find("$18/hr to start, up to $22/hr with experience").unwrap();
        assert_eq!((pay.min, pay.max), (Some(18.0), Some(22.0)));
    }

    #[test]
    fn words_of_a_bound_before_the_figure() {
        for (line, min, max) in [
            ("Salary: to £40k", None, Some(40_000.0)),
            ("Salary: negotiable to £45k", None, Some(45_000.0)),
            (
                "Salary: in excess of £50,000 per annum",
                Some(50_000.0),
                None,
            ),
            ("Salary: upwards of £40k", Some(40_000.0), None),
            ("Salary: over £45,000 per annum", Some(45_000.0), None),
            ("Pay begins at $24.00 per hour", Some(24.0), None),
            (
                "Salary: not less than $65,000 a year.",
                Some(65_000.0),
                None,
            ),
            ("Basic salary: £28k+comm", Some(28_000.0), Some(28_000.0)),
            ("AUD 90k+super", Some(90_000.0), Some(90_000.0)),
            (
                "Salary: £35k+ depending on experience",
                Some(35_000.0),
                None,
            ),
            // A figure after "to" or "over" that no label leads is no bound.
            (
                "Travel over the year: £40,000 a year",
                Some(40_000.0),
                Some(40_000.0),
            ),
        ] {
            let pay = find(line).unwrap_or_else(|| panic!("no pay in {line}"));
            assert_eq!((pay.min, pay.max), (min, max), "{line}");
        }
    }

    #[test]
    fn base_pay_and_on_target_earnings_are_no_range() {
        let pay =
            find("Base salary: $60,000 a year. On-target earnings: $130,000 at plan.").unwrap();
        assert_eq!((pay.min, pay.max), (Some(60_000.0), Some(60_000.0)));
        let pay = find("Base salary: $60,000 a year, on-target earnings $130,000").unwrap();
        assert_eq!((pay.min, pay.max), (Some(60_000.0), Some(60_000.0)));
        let pay = find("Salary: $60,000 - $70,000 a year").unwrap();
        assert_eq!((pay.min, pay.max), (Some(60_000.0), Some(70_000.0)));
    }

    #[test]
    fn a_starting_rate_and_its_next_step_on_one_line_are_a_range() {
        for line in [
            "Starting at £12.60 per hour, £13.00 after probation.",
            "From £12.60 per hour, £13.00 per hour once qualified.",
            "£12.60/hr to start; £13.00 (after probation)",
            "Starting pay £12.60 an hour, £13.00 upon completion of training",
        ] {
            let pay = find(line).unwrap();
            assert_eq!((pay.min, pay.max), (Some(12.6), Some(13.0)), "{line}");
        }
        // A scale written step by step: its top is the range's.
        let pay = find(
            "Starting salary: $61,008 per year; Year 2: $62,500 per year; Year 3: $64,000 per year.",
        )
        .unwrap();
        assert_eq!((pay.min, pay.max), (Some(61_008.0), Some(64_000.0)));
        let pay = find("Starting salary $52,000; after your first year $56,000 per year.").unwrap();
        assert_eq!((pay.min, pay.max), (Some(52_000.0), Some(56_000.0)));
        // Not a later step: another sum after the rate, or a rate that does not start a scale.
        for line in [
            "Starting at £12.60 per hour, £500 bonus after probation.",
            "£12.60 per hour, £13.00 after probation for the night team.",
            "Starting at $18 per hour; $40 per hour for holidays.",
            "Starting salary $52,000 a year, $60 a day for meals.",
            "Base salary from $85,000 a year. A rep at 100% of quota earns about $140,000.",
        ] {
            let pay = find(line).unwrap();
            assert_ne!(pay.max, Some(13.0), "{line}");
        }
    }

    fn period(line: &str) -> Option<PayPeriod> {
        find(line).expect("pay found").period
    }

    #[test]
    fn period_comes_from_the_pay_phrase() {
        assert_eq!(
            period("$120,000 - $150,000 per year, hybrid: 3 days a week in the office"),
            Some(PayPeriod::Year)
        );
        assert_eq!(
            period("Salary $95,000. We work 4 days a week."),
            Some(PayPeriod::Year)
        );
        assert_eq!(period("€18/hr, weekly rota"), Some(PayPeriod::Hour));
        assert_eq!(period("USD 30 an hour"), Some(PayPeriod::Hour));
        assert_eq!(period("30 USD per hour"), Some(PayPeriod::Hour));
        // An open top's "+" stands between the figure and its period.
        assert_eq!(period("$16.25+/hr"), Some(PayPeriod::Hour));
        assert_eq!(period("$80k+ per year"), Some(PayPeriod::Year));
        assert_eq!(period("£40k pa"), Some(PayPeriod::Year));
        assert_eq!(period("£40k-£45k, paid monthly"), Some(PayPeriod::Year));
        assert_eq!(period("Annual salary: $120k"), Some(PayPeriod::Year));
        assert_eq!(period("Hourly rate: $18 - $22"), Some(PayPeriod::Hour));
        assert_eq!(period("€4,000 gross per month"), Some(PayPeriod::Month));
        assert_eq!(period("CHF 9,000 monthly"), Some(PayPeriod::Month));
        assert_eq!(period("$800 a week"), Some(PayPeriod::Week));
        assert_eq!(period("£350 per day, outside IR35"), Some(PayPeriod::Day));
        assert_eq!(period("€55.000 p.a."), Some(PayPeriod::Year));
        assert_eq!(
            period("$25 for the first hour of training, two days a week"),
            None
        );
    }

    #[test]
    fn a_rate_per_mile_has_no_period() {
        // The pay model has no per-mile period: the figures are read, the period stays empty
        // and the line is more than pay, so its words stay in the posting's text.
        let pay = find("Pay: $0.64 - $0.72 per mile, on all practical route miles").unwrap();
        assert_eq!((pay.min, pay.max), (Some(0.64), Some(0.72)));
        assert_eq!(pay.period, None);
        assert!(!pay.only_pay);
    }

    #[test]
    fn ignores_sums_the_job_handles() {
        for line in [
            "You will be responsible for an ambitious income target of €420,000 this year.",
            "Manage a budget of $250,000 a year.",
            "Last year our volunteers raised $80,000.",
            "Close annual contracts of $3,000 to $40,000.",
            "Keep our blended cost per acquisition under $25 in a competitive category.",
            "Hold the cost per lead below $40.",
        ] {
            assert!(find(line).is_none(), "{line}");
        }
        assert!(find("On-target earnings of $120,000 a year.").is_some());
    }

    #[test]
    fn ignores_sums_in_millions() {
        assert_eq!(find("Our groups raise and spend $35 million a year"), None);
        assert_eq!(find("We raised $30m in 2022."), None);
        assert_eq!(
            find("We take on service projects from $150,000 to $2M across the metro."),
            None
        );
        assert_eq!(find("Contracts between $500k and $5 million."), None);
        assert_eq!(
            period("We raised $30m. $60k/year for 40 hrs/wk"),
            Some(PayPeriod::Year)
        );
    }

    #[test]
    fn ignores_figures_without_currency() {
        assert_eq!(find("5 years of experience, 2 to 3 days a week"), None);
        assert_eq!(find("We offer a 401k plan"), None);
    }
}
