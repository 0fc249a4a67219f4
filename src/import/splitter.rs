//! The section splitter: plain text and Markdown into the sections of a [`Posting`].
//!
//! Reads line by line. Headings (Markdown `#`, whole-line bold, lines ending in `:`, short
//! title-case lines) switch the section when they name one in a common wording; bullets (`-`,
//! `*`, `•`, `1.`, `1)`) become list items; field lines ("Salary: ...", "Location: ...",
//! "Full-time") fill the structured fields. Text it cannot place goes to `unplaced`; nothing
//! is dropped. Headings and field labels are structure, not content: they are returned so the
//! caller can show (and the corpus check can count) them.

use crate::text::compile_pattern;
use std::sync::LazyLock;

use regex::Regex;

use super::heading::{self, CueSet, Target, MAX_HEADING_WORDS};
use super::pay_line;
use super::{location, on_call_prose};
use crate::model::{EmploymentType, ListKind, OnCallStatus, Posting, WorkMode};

/// A pattern with a cheap test that every text it matches passes (its first character, a
/// character it needs), so the regex runs only on the few lines that could match: the
/// splitter tries several patterns on every line of a paste.
struct Guarded {
    regex: LazyLock<Regex>,
    could_match: fn(&str) -> bool,
}

impl Guarded {
    fn is_match(&self, text: &str) -> bool {
        (self.could_match)(text) && self.regex.is_match(text)
    }

    fn captures<'t>(&self, text: &'t str) -> Option<regex::Captures<'t>> {
        if (self.could_match)(text) {
            self.regex.captures(text)
        } else {
            None
        }
    }
}

/// The first character after leading white space (what `^\s*` skips).
fn first_visible(text: &str) -> Option<char> {
    text.trim_start().chars().next()
}

/// A Markdown `#` heading line: the number of `#` marks and the text between them and the
/// optional closing marks. Reads what `^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$` captures, by hand:
/// the splitter tries it on every line, and the regex's backtracking set-up costs more than
/// the line. `line` is one line (no line break, which the pattern's `.` would not cross).
fn heading_marks(line: &str) -> Option<(usize, &str)> {
    debug_assert!(!line.contains('\n'));
    let rest = line.trim_start();
    // Up to three characters of indent (`#` is no white space, so the indent is all of it).
    if line[..line.len() - rest.len()].chars().nth(3).is_some() {
        return None;
    }
    let marks = rest.len() - rest.trim_start_matches('#').len();
    if !(1..=6).contains(&marks) {
        return None;
    }
    let after = &rest[marks..];
    let text = after.trim_start();
    if text.len() == after.len() {
        return None;
    }
    // The lazy text leaves the longest tail of white space, `#` marks and white space.
    Some((marks, text.trim_end().trim_end_matches('#').trim_end()))
}

/// A whole line in bold (`**Benefits**`, `__About us__:`): the text inside the markers.
/// Reads what group 1 of `^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*(:?)\s*$` captures, by hand (see
/// [`heading_marks`]): the text between the opening marker and the closing marker that
/// only white space and one optional colon follow. `line` is one line.
fn bold_line(line: &str) -> Option<&str> {
    debug_assert!(!line.contains('\n'));
    let text = line.trim_start();
    let inside = text
        .strip_prefix("**")
        .or_else(|| text.strip_prefix("__"))?;
    let end = inside.trim_end();
    let end = end.strip_suffix(':').unwrap_or(end).trim_end();
    // The closing marker is the last two characters before that tail (a colon or white space
    // is no marker character), and the text inside has at least one character.
    let inner = end.strip_suffix("**").or_else(|| end.strip_suffix("__"))?;
    (!inner.is_empty()).then_some(inner)
}

/// The text of a short line set in italics as a whole (`*Essential*`, `_Desirable:_`), with
/// one marker on each side and none inside.
fn italic_line(line: &str) -> Option<&str> {
    let text = line.trim();
    let mark = text.chars().next().filter(|c| matches!(c, '*' | '_'))?;
    let inner = text[1..].strip_suffix(mark)?;
    let inner = inner.trim_end_matches(':');
    let plain = !inner.is_empty()
        && !inner.contains(['*', '_'])
        && !inner.starts_with(char::is_whitespace)
        && !inner.ends_with(char::is_whitespace)
        && inner.split_whitespace().nth(6).is_none();
    plain.then_some(inner)
}

/// Numbered bullets (`1.`, `12)`); marked ones are read by [`bullet`] itself.
static NUMBERED_BULLET: Guarded = Guarded {
    regex: LazyLock::new(|| compile_pattern(r"^(\s*)\d{1,3}[.)]\s+(.*\S.*)$")),
    // `\d` is any Unicode digit, and every one of those is numeric.
    could_match: |text| first_visible(text).is_some_and(char::is_numeric),
};

/// A numbered bullet: what [`NUMBERED_BULLET`] captures (the indent's width and the text).
/// A number of ASCII digits is read by hand, as the pattern reads it: the splitter asks this
/// of every line that starts with a figure, and the regex's backtracking set-up cost more
/// than the line. A number with other digits is left to the pattern.
fn numbered_bullet(raw: &str) -> Option<(usize, &str)> {
    let rest = raw.trim_start();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    match rest.as_bytes().get(digits) {
        Some(b'.' | b')') if (1..=3).contains(&digits) => {
            // `\s+(.*\S.*)$`: white space, then the rest of the text, visible and on one line.
            let after = &rest[digits + 1..];
            let text = after.trim_start();
            let spaced = text.len() < after.len();
            return (spaced && !text.is_empty() && !text.contains('\n'))
                .then_some((raw.len() - rest.len(), text));
        }
        // (A digit of another script may be part of the number.)
        Some(byte) if !byte.is_ascii() => {}
        _ if digits > 0 => return None,
        _ => {}
    }
    let captures = NUMBERED_BULLET.captures(raw)?;
    let text = captures.get(2)?.as_str();
    Some((captures.get(1)?.len(), text))
}

/// The marks that start a bullet line, besides numbers.
const BULLET_MARKS: &str = "-*+•·‣▪◦●–";

/// A bullet line (`- item`, `• item`, `1. item`, `2) item`): the width of its indent in bytes
/// and its text. A mark or a number of up to three digits with `.` or `)`, then white space,
/// then text with a visible character.
pub(crate) fn bullet(raw: &str) -> Option<(usize, &str)> {
    let rest = raw.trim_start();
    let indent = raw.len() - rest.len();
    let mark = rest.chars().next()?;
    if !BULLET_MARKS.contains(mark) {
        return numbered_bullet(raw);
    }
    let after = &rest[mark.len_utf8()..];
    let text = after.trim_start();
    let spaced = text.len() < after.len();
    (spaced && !text.is_empty() && !text.contains('\n')).then_some((indent, text))
}

/// Lines led by an emoji, as job boards and social posts show a list ("✅ Paid training in
/// D4W", "🔧 Breakdown diagnosis and repair"): the bullets of such lines in a run of two or
/// more, written into `bullets` where a line has none. A line that reads as a section heading
/// ("🚀 What you'll do") stays a heading, and a lone emoji line ("✨ Now hiring ✨") stays
/// text.
fn emoji_bullets<'t>(lines: &[&'t str], bullets: &mut [Option<(usize, &'t str)>]) {
    // (Most lines start with an ASCII character: read nothing more of them.)
    let led: Vec<Option<(usize, &str)>> = lines.iter().map(|line| emoji_bullet(line)).collect();
    for (index, line) in led.iter().enumerate() {
        let Some((indent, text)) = *line else {
            continue;
        };
        let in_run = index > 0 && led[index - 1].is_some()
            || led.get(index + 1).is_some_and(Option::is_some);
        if in_run && bullets[index].is_none() && heading::classify(text).is_none() {
            bullets[index] = Some((indent, text));
        }
    }
}

/// A line led by an emoji or a pictographic symbol and white space: the width of its indent
/// and its text. The symbol may carry a variation selector, skin tone or joined symbols
/// ("👩‍💻").
fn emoji_bullet(raw: &str) -> Option<(usize, &str)> {
    let rest = raw.trim_start();
    if rest.as_bytes().first().is_none_or(u8::is_ascii) {
        return None;
    }
    let mut chars = rest.char_indices().peekable();
    let (_, first) = chars.next()?;
    if !is_pictograph(first) {
        return None;
    }
    let mut end = first.len_utf8();
    while let Some(&(at, c)) = chars.peek() {
        let joined = c == '\u{200d}' || c == '\u{fe0f}' || c == '\u{20e3}';
        if !(joined || is_pictograph(c) || ('\u{1f3fb}'..='\u{1f3ff}').contains(&c)) {
            break;
        }
        end = at + c.len_utf8();
        chars.next();
    }
    let after = &rest[end..];
    let text = after.trim_start();
    let spaced = text.len() < after.len();
    let visible = text.starts_with(|c: char| c.is_alphanumeric() || c == '"' || c == '(');
    (spaced && visible && !text.contains('\n')).then_some((raw.len() - rest.len(), text))
}

/// Emoji and the symbol blocks bullets are drawn from: arrows, technical symbols, geometric
/// shapes, miscellaneous symbols, dingbats (✅ ✔ ➤), stars, and the emoji planes.
fn is_pictograph(c: char) -> bool {
    matches!(c,
        '\u{2190}'..='\u{21ff}'
        | '\u{2300}'..='\u{23ff}'
        | '\u{25a0}'..='\u{27bf}'
        | '\u{2b00}'..='\u{2bff}'
        | '\u{1f000}'..='\u{1faff}')
}

/// A thematic break (`---`, `***`, `___`, `* * *`, and `===` read the same way): three or
/// more of `-*_=`, with nothing else on the line but white space.
fn is_rule_line(raw: &str) -> bool {
    let mut marks = 0;
    for c in raw.chars() {
        if matches!(c, '-' | '*' | '_' | '=') {
            marks += 1;
        } else if !c.is_whitespace() {
            return false;
        }
    }
    marks >= 3
}

static KEY_VALUE: Guarded = Guarded {
    regex: LazyLock::new(|| {
        compile_pattern(
            r"^(?:\*\*|__)?([A-Za-z][A-Za-z &/'’()-]{0,30}?)\s*(?::\*\*|\*\*:|:__|__:|:)\s*(.*)$",
        )
    }),
    // Everything before the first colon is markers, the label's letters and white space.
    could_match: |text| {
        text.split_once(':').is_some_and(|(before, _)| {
            before
                .chars()
                .all(|c| c.is_ascii_alphabetic() || c.is_whitespace() || " &/'’()-*_".contains(c))
        })
    },
};
/// A "Label: value" line's label and value: what groups 1 and 2 of [`KEY_VALUE`] capture,
/// read by hand (the splitter asks this of most lines with a colon, and the pattern's
/// backtracking set-up cost more than the line). The label is the shortest run of label
/// characters, up to 31, that white space and a colon marker follow; the value is the rest
/// after white space. A text of several lines is left to the pattern.
fn key_value(text: &str) -> Option<(&str, &str)> {
    // (The pattern's own test rules out most lines: no colon, or other characters before it.)
    if !(KEY_VALUE.could_match)(text) {
        return None;
    }
    if text.contains('\n') {
        let captures = KEY_VALUE.captures(text)?;
        return Some((captures.get(1)?.as_str(), captures.get(2)?.as_str()));
    }
    let body = text
        .strip_prefix("**")
        .or_else(|| text.strip_prefix("__"))
        .unwrap_or(text);
    let is_label_char = |c: char| {
        c.is_ascii_alphabetic() || matches!(c, ' ' | '&' | '/' | '\'' | '’' | '(' | ')' | '-')
    };
    for (count, (at, c)) in body.char_indices().enumerate() {
        let allowed = if count == 0 {
            c.is_ascii_alphabetic()
        } else {
            count <= 30 && is_label_char(c)
        };
        if !allowed {
            return None;
        }
        let label = &body[..at + c.len_utf8()];
        // A marker starts with a colon, `*` or `_`, perhaps after white space.
        let next = body[label.len()..].chars().next();
        if !next.is_some_and(|next| next.is_whitespace() || matches!(next, ':' | '*' | '_')) {
            continue;
        }
        let after = body[label.len()..].trim_start();
        let marker = [":**", "**:", ":__", "__:", ":"]
            .iter()
            .find(|marker| after.starts_with(*marker));
        if let Some(marker) = marker {
            return Some((label, after[marker.len()..].trim_start()));
        }
    }
    None
}

/// A field line written with a dash instead of a colon ("Location - Brisbane", "Salary —
/// $52,000 to $58,000"): the label and the value when the words before the first spaced dash
/// are a field's label. Any other "Words - words" line is no field ("Barista - Portland, OR"
/// is a title and its place).
fn dashed_key_value(text: &str) -> Option<(&str, &str)> {
    // The label is at most three words of letters and apostrophes: the dash can only follow
    // the first character that is none of those (nor a space), and the line is read up to
    // there, or until a fourth word starts, not searched whole.
    let mut words = 0;
    let mut in_word = false;
    let mut words_end = text.len();
    for (at, c) in text.char_indices() {
        if c.is_whitespace() {
            in_word = false;
        } else if c.is_alphabetic() || matches!(c, '\'' | '\u{2019}') {
            if !in_word {
                words += 1;
                if words > 3 {
                    return None;
                }
            }
            in_word = true;
        } else {
            words_end = at;
            break;
        }
    }
    let at = text[..words_end].strip_suffix(' ')?.len();
    let dash = [" - ", " \u{2013} ", " \u{2014} "]
        .iter()
        .find(|dash| text[at..].starts_with(**dash))?
        .len();
    let label = text[..at].trim();
    let value = text[at + dash..].trim();
    let plain = label.split_whitespace().count() <= 3
        && label
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '\'' | '\u{2019}'));
    (plain && !value.is_empty() && key_of(label).is_some()).then_some((label, value))
}

static WORK_MODE_LINE: Guarded = Guarded {
    regex: LazyLock::new(|| {
        compile_pattern(
            r"(?i)^(?:fully\s+|100%\s+)?(remote|hybrid|on[- ]?site|in[- ]office)\b\s*(?:[-–—:,(]|\bin\b)?\s*(.*?)\)?\s*$",
        )
    }),
    // The first letter of each wording, in either case (and any non-ASCII letter, which
    // case-insensitive matching may fold).
    could_match: |text| {
        text.chars()
            .next()
            .is_some_and(|c| !c.is_ascii() || "fFrRhHoOiI1".contains(c))
    },
};
static META_SEPARATOR: LazyLock<Regex> = LazyLock::new(|| compile_pattern(r"\s+[·|•]\s+"));
static BOLD_SPAN: LazyLock<Regex> =
    LazyLock::new(|| compile_pattern(r"\*\*(\S(?:.*?\S)?)\*\*|__(\S(?:.*?\S)?)__"));
/// The characters a backslash escapes.
const ESCAPABLE: &str = "\\`*_{}[]()#+-.!|<>&";
static URL: LazyLock<Regex> =
    LazyLock::new(|| compile_pattern(r"(?i)\b(?:https?://|mailto:)[^\s)<>\]]+"));
static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| compile_pattern(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"));
static ISO_DATE: LazyLock<Regex> = LazyLock::new(|| compile_pattern(r"^\d{4}-\d{2}-\d{2}$"));
static TITLE_PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let name = r"((?:[A-Z][\w/&+.’'-]*|of|and|for)(?:\s+(?:[A-Z][\w/&+.’'-]*|of|and|for)){0,5})";
    let end = r"(?:\s+(?:to|who|for|with|at|in|that|on|and)\b|[,.!(;:]|$)";
    [
        format!(r"\b(?:hiring|looking for|seeking|searching for)(?: for)?\s+(?:an?|our(?: first)?|the|one|two|several)\s+{name}{end}"),
        format!(r"\bour first {name}{end}"),
        format!(r"\bAs (?:an?|the|our) {name}(?:,|\s+(?:you|at|in|on|with)\b)"),
        format!(r"^The {name} (?:is|will|reports|designs|leads|works)\b"),
        r"^((?:[A-Z][\w/&+.’'-]*\s+)+[A-Z][\w/&+.’'-]*)s at [A-Z]\S* (?:work|will|are)\b".to_owned(),
    ]
    .iter()
    .map(|pattern| compile_pattern(pattern))
    .collect()
});

/// Role nouns that end a lower-case job title in prose ("seeking a full stack engineer who").
static ROLE_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    compile_pattern(
        r"(?i)\b(?:hiring|looking for|seeking|searching for)(?: for)?\s+(?:an?\s+|our(?: first)?\s+|the\s+)?(?:(?:talented|experienced|passionate|motivated|dedicated|great|amazing|curious|seasoned)\s+)?((?:[a-z][\w/&+-]*\s+){0,3}(?:engineer|developer|designer|manager|writer|recruiter|admin|administrator|analyst|specialist|lead|director|intern|scientist|strategist|officer|coordinator|consultant|architect|accountant|counsel|assistant|representative|executive)s?)\b",
    )
});

fn capitalise_words(text: &str) -> String {
    text.split_whitespace()
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or(String::new(), |first| {
                first.to_uppercase().collect::<String>() + chars.as_str()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// One line, classified.
enum Line {
    Blank,
    Heading { level: u8, text: String },
    Bullet { indent: usize, text: String },
    Text { indent: usize, text: String },
}

/// Level given to headings that are not Markdown `#` headings (bold lines, lines ending in
/// `:`): deeper than any `#` heading.
const INLINE_LEVEL: u8 = 7;

/// Fields a "Key: value" line can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Key {
    Title,
    Company,
    Location,
    Pay,
    EmploymentType,
    WorkMode,
    Apply,
    DatePosted,
    ValidThrough,
}

fn key_of(label: &str) -> Option<Key> {
    let normalized = heading::normalize(label);
    Some(match normalized.trim() {
        "title" | "job title" | "position" | "role" | "position title" | "official title" => {
            Key::Title
        }
        "company" | "organization" | "organisation" | "employer" | "agency" | "company name" => {
            Key::Company
        }
        "salary" | "salary range" | "pay" | "pay range" | "compensation" | "base salary"
        | "wage" | "hourly rate" | "salary band" | "compensation range" => Key::Pay,
        "employment type" | "job type" | "work schedule" | "schedule" | "contract type"
        | "employment" | "position type" | "type of employment" => Key::EmploymentType,
        "remote" | "work mode" | "workplace type" | "workplace" | "remote policy" => Key::WorkMode,
        "apply" | "how to apply" | "apply at" | "apply here" | "to apply" => Key::Apply,
        "posted" | "date posted" => Key::DatePosted,
        "closing date" | "apply by" | "deadline" | "valid through" | "closes" => Key::ValidThrough,
        // The location labels the lint reads a line by too ("Where you'll work:").
        label if crate::text::place::LOCATION_LABELS.contains(&label) => Key::Location,
        _ => return None,
    })
}

/// Employment type named in a text, when exactly one is named.
pub(crate) fn employment_type_in(text: &str) -> Option<EmploymentType> {
    employment_type_in_normalized(&heading::normalize(text))
}

/// Words after "contract" that make it a field of work ("Contract Specialist", "contract
/// management"), not the terms of the job.
const CONTRACT_WORK: &[&str] = &[
    "specialist",
    "specialists",
    "officer",
    "officers",
    "manager",
    "management",
    "administrator",
    "administration",
    "analyst",
    "negotiator",
    "negotiation",
    "negotiations",
    "attorney",
    "lawyer",
    "law",
    "review",
    "reviews",
    "drafting",
];

/// True when a normalised text says "contract" of the job's terms ("a 6-month contract",
/// "Contract, remote") and not only of the work ("Contract Specialist") or as the label of
/// the terms ("Contract: Permanent", "Contract type: Full time").
fn names_a_contract(normalized: &str) -> bool {
    normalized.match_indices(" contract ").any(|(at, needle)| {
        let next = normalized[at + needle.len()..]
            .split_whitespace()
            .next()
            .unwrap_or_default();
        !CONTRACT_WORK.contains(&next) && !matches!(next, "permanent" | "type")
    })
}

/// [`employment_type_in`] for a text already [`heading::normalize`]d.
fn employment_type_in_normalized(normalized: &str) -> Option<EmploymentType> {
    // The phrases of each type, all looked for in one pass (see [`heading::phrases_in`]).
    const PHRASES: [&str; 12] = [
        " full time ",
        " fulltime ",
        " part time ",
        " parttime ",
        " contract ",
        " contractor ",
        " freelance ",
        " temporary ",
        " fixed term ",
        " seasonal ",
        " internship ",
        " intern ",
    ];
    const CONTRACT: u64 = 1 << 4;
    // The bits of each type's phrases, in the order the types are tried.
    const KINDS: [(u64, EmploymentType); 5] = [
        (0b0000_0000_0011, EmploymentType::FullTime),
        (0b0000_0000_1100, EmploymentType::PartTime),
        (0b0000_0111_0000, EmploymentType::Contract),
        (0b0011_1000_0000, EmploymentType::Temporary),
        (0b1100_0000_0000, EmploymentType::Internship),
    ];
    let mut named = heading::phrases_in(normalized, &PHRASES);
    // "contract" counts only for the terms of the job, not a field of work.
    if named & CONTRACT != 0 && !names_a_contract(normalized) {
        named &= !CONTRACT;
    }
    let mut found = KINDS
        .iter()
        .filter(|(bits, _)| named & bits != 0)
        .map(|(_, kind)| *kind);
    match (found.next(), found.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

/// Whether a short text says an employment type and nothing else ("Full-time",
/// "Permanent, full time"): a metadata part. A text with other words ("Store Associate
/// (Part-Time)") names more than the type and is no metadata.
fn is_employment_type_only(text: &str) -> bool {
    let normalized = heading::normalize(text);
    employment_type_in_normalized(&normalized).is_some()
        && normalized
            .split_whitespace()
            .all(|word| EMPLOYMENT_TYPE_WORDS.contains(&word))
}

/// The words an employment type is written with ("Permanent, full time").
const EMPLOYMENT_TYPE_WORDS: &[&str] = &[
    "full",
    "time",
    "fulltime",
    "part",
    "parttime",
    "contract",
    "contractor",
    "freelance",
    "temporary",
    "fixed",
    "term",
    "seasonal",
    "internship",
    "intern",
    "permanent",
    "position",
    "role",
    "job",
    "employment",
    "type",
];

/// Words of an employment's status that may stand beside its type ("Full-time, permanent",
/// "Full-time, non-exempt", "Regular full time"): they do not change the type.
const EMPLOYMENT_STATUS: &[&str] = &[
    "permanent",
    "regular",
    "exempt",
    "non",
    "nonexempt",
    "salaried",
    "hourly",
    "ongoing",
    "benefited",
    "benefitted",
    "and",
];

/// The employment type of a value that names one type and otherwise only the status of the
/// employment ("Full-time, permanent"; see [`EMPLOYMENT_STATUS`]). A value with other words
/// ("Full-time, Monday to Friday") names more than the type.
pub(crate) fn employment_type_with_status(text: &str) -> Option<EmploymentType> {
    let normalized = heading::normalize(text);
    let kind = employment_type_in_normalized(&normalized)?;
    normalized
        .split_whitespace()
        .all(|word| EMPLOYMENT_TYPE_WORDS.contains(&word) || EMPLOYMENT_STATUS.contains(&word))
        .then_some(kind)
}

/// The words that end a company's legal name ("Quillpoint Software Inc.", "Spurwerk GmbH"),
/// as written (full stops and a comma before them left out).
const LEGAL_FORMS: &[&str] = &[
    "Inc",
    "Incorporated",
    "LLC",
    "L.L.C",
    "Ltd",
    "Limited",
    "Corp",
    "Corporation",
    "GmbH",
    "gGmbH",
    "AG",
    "PLC",
    "plc",
    "LLP",
    "S.A",
    "S.L",
    "B.V",
    "N.V",
    "Oy",
    "ApS",
    "A/S",
    "KG",
];

/// The public bodies named like companies ("Kingsmere Hospitals NHS Foundation Trust").
const PUBLIC_BODY_ENDINGS: &[&str] = &["NHS Trust", "NHS Foundation Trust"];

/// True for a line that is a company's legal name and nothing else: capitalised words (and
/// the small words of a name) ending in a legal form ("Prairie Line Freight, Inc.",
/// "Quillpoint Software Inc.") or an NHS trust.
fn is_legal_name(text: &str) -> bool {
    let text = text.trim();
    let words: Vec<&str> = text.split_whitespace().collect();
    // A separator sets a name apart from something else ("Accountant - Smith & Co. Ltd").
    let separated = words
        .iter()
        .any(|word| matches!(*word, "-" | "–" | "—" | "@" | "at"));
    if words.len() < 2 || words.len() > 8 || separated || text.contains([':', '|', '·', '•', '('])
    {
        return false;
    }
    let capitalised = words.iter().all(|word| {
        word.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || heading::NAME_JOINERS.contains(word)
    });
    let last = words[words.len() - 1].trim_end_matches(['.', ',']);
    let legal_form = LEGAL_FORMS.contains(&last)
        || PUBLIC_BODY_ENDINGS
            .iter()
            .any(|ending| text.ends_with(ending) && text.len() > ending.len());
    capitalised && legal_form
}

/// A location value that goes on after its place with sentences of its own ("Rochelle, IL
/// 61068 (terminal at 1500 Steward Road). Regional routes in Illinois, Wisconsin and Iowa."):
/// the first sentence, when it names a place, and the text after it, when that is a sentence
/// of at least three words.
fn place_then_sentences(value: &str) -> Option<(&str, &str)> {
    let sentences = crate::text::sentences(value);
    let (first, second) = (sentences.first()?, sentences.get(1)?);
    let place = value[first.clone()].trim_end_matches('.').trim_end();
    let rest = value[second.start..].trim();
    let names_a_place = !crate::text::place::find_places_in_location(place).is_empty();
    (names_a_place && word_count_up_to(rest, 3) >= 3).then_some((place, rest))
}

/// A part of a facts line that names an employment type and a work mode and nothing else,
/// the two separated by a comma ("Full-time, on-site", "Remote, contract"): both.
fn type_and_mode(part: &str) -> Option<(EmploymentType, WorkMode)> {
    let mut mode = None;
    let mut rest: Vec<&str> = Vec::new();
    for piece in part.split(',').map(str::trim) {
        match WORK_MODE_LINE.captures(piece) {
            Some(captures) if mode.is_none() && captures[2].trim().is_empty() => {
                mode = Some(work_mode_of(&captures[1]));
            }
            _ => rest.push(piece),
        }
    }
    let rest = rest.join(", ");
    let kind = employment_type_in(&rest).filter(|_| is_employment_type_only(&rest))?;
    Some((kind, mode?))
}

/// True when a part of a facts line reads as a place the place table may not know: a few
/// capitalised names separated by commas, with a note in brackets after them ("Warrington,
/// Cheshire (field-based)", "Main Street, Ballincollig, Co. Cork"), a street number before
/// them and a postcode after them ("3/22 Holdsworth Street, Mansfield QLD 4122").
/// A fact without the pictographs (emoji, symbols) before it: "📍 Harrogate" gives
/// "Harrogate". Currency signs stay ("€" is below the range).
fn without_pictographs(part: &str) -> &str {
    part.trim_start_matches(|c: char| (c > '\u{2100}' && !c.is_alphanumeric()) || c.is_whitespace())
}

fn looks_like_place(part: &str) -> bool {
    let names = part.split('(').next().unwrap_or_default().trim();
    let names = names
        .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '/' | '-'))
        .trim_start();
    let mut names = names;
    for _ in 0..2 {
        match names.rsplit_once(' ') {
            Some((rest, last)) if last.contains(|c: char| c.is_ascii_digit()) => {
                names = rest.trim_end();
            }
            _ => break,
        }
    }
    let closed = part.contains('(') == part.trim_end().ends_with(')');
    closed
        && names.contains(',')
        && word_count_up_to(names, 5) <= 5
        && names.split(',').all(|name| {
            let name = name.trim();
            // An Irish county ("Co. Cork") is the one name with a full stop.
            name.starts_with("Co. ")
                || (name.chars().next().is_some_and(char::is_uppercase)
                    && !name.contains(['.', ':', ';', '!', '?']))
        })
}

fn work_mode_of(word: &str) -> WorkMode {
    match word.to_lowercase().as_str() {
        "remote" => WorkMode::Remote,
        "hybrid" => WorkMode::Hybrid,
        _ => WorkMode::OnSite,
    }
}

/// The number of words `split_whitespace` gives, counted without it (the splitter counts
/// the words of most lines several times).
fn word_count(text: &str) -> usize {
    word_count_up_to(text, usize::MAX)
}

/// [`word_count`], but stops counting once it passes `limit` (then gives `limit + 1`): most
/// callers only ask whether a line is short, and paragraphs can be long.
fn word_count_up_to(text: &str, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut in_word = false;
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        let space = if byte.is_ascii() {
            index += 1;
            // ASCII white space as `char::is_whitespace` reads it (the vertical tab included).
            byte == b' ' || (b'\t'..=b'\r').contains(&byte)
        } else {
            let c = text.get(index..).and_then(|rest| rest.chars().next());
            index += c.map_or(1, char::len_utf8);
            c.is_some_and(char::is_whitespace)
        };
        if !space && !in_word {
            count += 1;
            if count > limit {
                return count;
            }
        }
        in_word = !space;
    }
    count
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .ends_with(['.', '!', '?', ':', ';', '"', '”', ')'])
}

fn is_title_case(text: &str) -> bool {
    // A sentence is no title; that is known without cutting the text into words.
    if ends_sentence(text) && !text.ends_with(':') {
        return false;
    }
    // Nine words are enough to know there are more than eight.
    let words: Vec<&str> = text.split_whitespace().take(9).collect();
    if words.is_empty() || words.len() > 8 {
        return false;
    }
    let long: Vec<&&str> = words.iter().filter(|word| word.len() > 3).collect();
    let capitalised = long
        .iter()
        .filter(|word| word.chars().next().is_some_and(char::is_uppercase))
        .count();
    words[0].chars().next().is_some_and(char::is_uppercase) && capitalised * 10 >= long.len() * 6
}

/// Removes Markdown emphasis markers and backslash escapes; the words stay.
fn clean_inline(text: &str) -> String {
    // (One pass over the bytes, not a searcher set up for each marker.)
    let bold = text
        .as_bytes()
        .windows(2)
        .any(|pair| pair == b"**" || pair == b"__");
    if !bold {
        return unescape(text).trim().to_owned();
    }
    let without_bold = BOLD_SPAN.replace_all(text, |captures: &regex::Captures| {
        captures
            .get(1)
            .or_else(|| captures.get(2))
            .map_or(String::new(), |m| m.as_str().to_owned())
    });
    unescape(&without_bold).trim().to_owned()
}

/// Removes backslash escapes and decodes the character references the Markdown exporter
/// writes (`&lt;`, `&gt;`, `&amp;`, and `&quot;`, `&#39;`); an escaped `\&` stays an `&`.
fn unescape(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.bytes().any(|byte| byte == b'\\' || byte == b'&') {
        return std::borrow::Cow::Borrowed(text);
    }
    const REFERENCES: [(&str, char); 5] = [
        ("&lt;", '<'),
        ("&gt;", '>'),
        ("&amp;", '&'),
        ("&quot;", '"'),
        ("&#39;", '\''),
    ];
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    // The text between two `\` or `&` is copied whole, not character by character.
    while let Some(at) = rest.bytes().position(|byte| byte == b'\\' || byte == b'&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if rest.starts_with('\\') {
            if let Some(next) = rest[1..]
                .chars()
                .next()
                .filter(|next| ESCAPABLE.contains(*next))
            {
                out.push(next);
                rest = &rest[1 + next.len_utf8()..];
                continue;
            }
        } else if let Some((reference, decoded)) = REFERENCES
            .iter()
            .find(|(reference, _)| rest.starts_with(reference))
        {
            out.push(*decoded);
            rest = &rest[reference.len()..];
            continue;
        }
        // A `\` that escapes nothing, or an `&` that starts no reference: kept.
        out.push_str(&rest[..1]);
        rest = &rest[1..];
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// Level of a setext underline (`===` under a level-1 heading, `---` under a level-2 one).
fn setext_level(line: &str) -> Option<u8> {
    let trimmed = line.trim();
    let indent = line.len() - line.trim_start().len();
    if indent > 3 || trimmed.is_empty() {
        return None;
    }
    if trimmed.len() >= 2 && trimmed.chars().all(|c| c == '=') {
        return Some(1);
    }
    (trimmed.len() >= 3 && trimmed.chars().all(|c| c == '-')).then_some(2)
}

/// A line that a setext underline makes a heading: short, not a bullet, heading or sentence.
fn is_setext_text(raw: &str) -> bool {
    let trimmed = raw.trim();
    !trimmed.is_empty()
        && raw.len() - raw.trim_start().len() <= 3
        && word_count_up_to(trimmed, MAX_HEADING_WORDS) <= MAX_HEADING_WORDS
        && !trimmed.ends_with('.')
        && bullet(raw).is_none()
        && heading_marks(raw).is_none()
        && setext_level(raw).is_none()
        && !is_field_line(trimmed)
}

/// Words of a facts line's first part that make it a label, not a company ("Night Shift",
/// "Entry Level", "Job Details", "Apply Now").
const NOT_A_COMPANY: &[&str] = &[
    "shift", "level", "details", "detail", "apply", "now", "job", "position", "schedule", "hours",
    "salary", "pay", "type", "status", "posted", "closing", "deadline", "location",
];

/// True when the first part of an unbolded facts line may name the employer: no label word
/// ([`NOT_A_COMPANY`]), no section cue, and no word of the job title ("Registered Nurse ·
/// Yakima, WA" under "Nurse" is the role again).
fn could_be_a_company(first: &str, title: &str) -> bool {
    let title = heading::normalize(title);
    let normalized = heading::normalize(first);
    heading::classify(first).is_none()
        && !heading::is_generic(first)
        && normalized.split_whitespace().all(|word| {
            !NOT_A_COMPANY.contains(&word)
                && (word.len() <= 3 || !title.split_whitespace().any(|other| other == word))
        })
}

/// A plain line between two bullets that is a note on the item above: not a heading, a
/// label ("Tools We Use", "Schedule") or a "Label: value" line.
fn is_note_line(cleaned: &str) -> bool {
    !names_a_section(cleaned) && !is_title_case(cleaned) && !is_label_line(cleaned)
}

/// A line that reads as a section heading: a label ("Requirements:") or a short line whose
/// words name a section.
fn names_a_section(cleaned: &str) -> bool {
    cleaned.ends_with(':')
        || (word_count_up_to(cleaned, MAX_HEADING_WORDS) <= MAX_HEADING_WORDS
            && heading::classify(cleaned).is_some())
}

/// Small words a sentence does not end with: a line ending in one leads on to the next.
const LEADING_WORDS: &[&str] = &[
    "and", "or", "of", "the", "a", "an", "to", "for", "with", "our", "your", "by", "in", "on",
    "at", "from", "contact", "is", "are",
];

/// True when a line ends in a way that leads on to the next line: a comma, a hyphen or one of
/// the [`LEADING_WORDS`] ("... please contact our", "... and").
fn leads_on(line: &str) -> bool {
    let line = line.trim_end();
    if line.ends_with([',', '-', '(', '&', '/']) {
        return true;
    }
    let last = line
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    LEADING_WORDS.contains(&last.as_str())
}

/// A "Label: value" line: a capitalised label of at most four words, a colon and a value.
fn is_label_line(text: &str) -> bool {
    key_value(text).is_some_and(|(label, value)| {
        label.starts_with(|c: char| c.is_ascii_uppercase())
            && label.split_whitespace().count() <= 4
            && !value.trim().is_empty()
    })
}

/// "Location: Berlin": a field label with its value, never a heading.
fn is_field_line(text: &str) -> bool {
    key_value(text)
        .is_some_and(|(label, value)| key_of(label).is_some() && !value.trim().is_empty())
}

static LINK_LINE: Guarded = Guarded {
    regex: LazyLock::new(|| {
        compile_pattern(r"^(!?)\[([^\]]+)\]\(\s*<?([^)\s>]*)>?(?:\s+[^)]*)?\)$")
    }),
    could_match: |text| text.starts_with(['[', '!']),
};

/// Link texts that ask the reader to do something: never a job title.
const CALLS_TO_ACTION: &[&str] = &[
    "drop us a line",
    "apply",
    "apply here",
    "apply now",
    "apply today",
    "contact us",
    "get in touch",
    "click here",
    "learn more",
    "read more",
    "see all jobs",
    "view all jobs",
    "all jobs",
    "see open roles",
    "view open roles",
    "open roles",
    "join us",
    "join our team",
    "email us",
    "write to us",
    "send us",
    "back",
    "back to",
    "home",
    "careers",
    "jobs",
    "subscribe",
    "sign up",
    "follow us",
];

/// A line that is one Markdown link or image, as a title: `Some((text, url))` for a link
/// whose text could be a title, `None` for anything else (an image, a call to action, more
/// than a link).
fn link_title(line: &str) -> Option<(String, String)> {
    let captures = LINK_LINE.captures(line.trim())?;
    if !captures[1].is_empty() {
        return None;
    }
    let text = clean_inline(&captures[2]);
    let normalized = heading::normalize(&text);
    let normalized = normalized.trim();
    let call_to_action = CALLS_TO_ACTION
        .iter()
        .any(|phrase| normalized == *phrase || normalized.starts_with(&format!("{phrase} ")));
    if call_to_action || text.is_empty() || !text.chars().any(char::is_alphabetic) {
        return None;
    }
    Some((text, captures[3].to_owned()))
}

/// True when the whole text is one bold span ("**Fieldnote**", "__Fieldnote__").
fn is_bold(text: &str) -> bool {
    let text = text.trim();
    ["**", "__"].iter().any(|mark| {
        text.len() > 2 * mark.len()
            && text.starts_with(mark)
            && text.ends_with(mark)
            && !text[mark.len()..text.len() - mark.len()].contains(mark)
    })
}

/// True when two texts have the same words ("Site Reliability Engineer" and "site
/// reliability engineer").
fn same_words(a: &str, b: &str) -> bool {
    let a = heading::normalize(a);
    !a.trim().is_empty() && a == heading::normalize(b)
}

/// Level and text (markers removed) of a Markdown `#` heading line.
pub(crate) fn markdown_heading(raw: &str) -> Option<(u8, String)> {
    let (marks, text) = heading_marks(raw.trim_end_matches(['\n', '\r']))?;
    Some((marks as u8, clean_inline(text)))
}

/// Parses a line; `bullet` is what [`bullet`] reads in it.
fn parse_line(raw: &str, bullet: Option<(usize, &str)>) -> Line {
    if raw.trim().is_empty() || is_rule_line(raw) {
        return Line::Blank;
    }
    if let Some((marks, text)) = heading_marks(raw) {
        return Line::Heading {
            level: marks as u8,
            text: clean_inline(text),
        };
    }
    if let Some(bold) = bold_line(raw) {
        let inner = bold.trim_end_matches(':');
        let field_label = key_of(inner).is_some();
        if !field_label && !bold.contains("**") && !bold.contains("__") {
            return Line::Heading {
                level: INLINE_LEVEL,
                text: clean_inline(bold),
            };
        }
    }
    // "*Essential*", "_Desirable_": a label in italics that names a section is a heading
    // too (a person specification's groups).
    if let Some(label) = italic_line(raw).filter(|label| heading::classify(label).is_some()) {
        return Line::Heading {
            level: INLINE_LEVEL,
            text: label.to_owned(),
        };
    }
    let indent = raw.len() - raw.trim_start().len();
    if let Some((indent, text)) = bullet {
        return Line::Bullet {
            indent,
            text: clean_inline(text),
        };
    }
    Line::Text {
        indent,
        text: raw.trim().to_owned(),
    }
}

/// Appends a paragraph to a text field.
fn append_paragraph(field: &mut String, text: &str) {
    if text.trim().is_empty() {
        return;
    }
    if !field.is_empty() {
        field.push_str("\n\n");
    }
    field.push_str(text.trim());
}

/// Appends a bullet line to a text field.
fn append_bullet(field: &mut String, text: &str) {
    let after_bullet = field
        .lines()
        .last()
        .is_some_and(|line| line.starts_with("- "));
    if after_bullet {
        field.push('\n');
    } else if !field.is_empty() {
        field.push_str("\n\n");
    }
    field.push_str("- ");
    field.push_str(text.trim());
}

/// The list a group of bullets under an unknown heading most likely is.
fn guess_list(items: &[String]) -> Option<ListKind> {
    const BENEFIT: &[&str] = &[
        "vacation",
        "holiday*",
        "pto",
        "paid time off",
        "leave",
        "insurance",
        "health*",
        "dental",
        "vision",
        "pension",
        "401k",
        "401 k",
        "equity",
        "stock",
        "budget",
        "stipend",
        "parental",
        "wellness",
        "gym",
        "allowance",
        "retreat*",
        "salary",
        "bonus",
    ];
    const REQUIREMENT: &[&str] = &[
        "experience",
        "years",
        "knowledge",
        "familiar*",
        "proficien*",
        "understanding",
        "ability",
        "able to",
        "degree",
        "you have",
        "you are",
        "strong",
        "background",
        "skills",
        "expertise",
        "fluent",
        "comfortable",
        "excellent",
    ];
    const VERBS: &[&str] = &[
        "build",
        "design",
        "develop",
        "lead",
        "own",
        "work",
        "help",
        "drive",
        "manage",
        "create",
        "support",
        "collaborate",
        "write",
        "implement",
        "maintain",
        "partner",
        "ensure",
        "define",
        "improve",
        "deliver",
        "run",
        "mentor",
        "review",
        "participate",
        "contribute",
        "identify",
        "establish",
        "coordinate",
        "plan",
        "prepare",
        "conduct",
        "analyze",
        "analyse",
        "communicate",
        "represent",
        "provide",
        "take",
        "shape",
        "grow",
        "set",
        "make",
        "ship",
        "answer",
        "resolve",
        "triage",
        "document",
        "research",
        "track",
        "monitor",
        "handle",
        "oversee",
        "engage",
        "advocate",
        "facilitate",
        "serve",
        "act",
        "organize",
        "organise",
        "you'll",
        "you",
        "will",
        "evaluate",
        "oversee",
        "scale",
        // Hands-on and front-line duties ("Attend the daily meeting", "Greet guests", "Tour
        // guests through the model villa"); not words that open a noun as often ("Close
        // attention", "Reports to", "Process improvement", "Drive to succeed").
        "follow",
        "attend",
        "tour",
        "greet",
        "assist",
        "clean",
        "operate",
        "inspect",
        "install",
        "repair",
        "respond",
        "perform",
        "teach",
        "sell",
        "negotiate",
        "keep",
        "cook",
        "patrol",
        "administer",
        "assess",
        // A seller's and a supervisor's duties ("Win new business", "Visit merchant branches",
        // "Hit and exceed monthly targets", "Supervise the night crew").
        "win",
        "visit",
        "generate",
        "hit",
        "exceed",
        "supervise",
        "train",
        "recruit",
        "present",
        "load",
        "unload",
        "pack",
        "check",
        "liaise",
        "update",
    ];
    static CUES: LazyLock<[CueSet; 2]> = LazyLock::new(|| {
        [
            CueSet::new(REQUIREMENT.iter().map(|cue| (*cue, 0))),
            CueSet::new(BENEFIT.iter().map(|cue| (*cue, 0))),
        ]
    });
    let [requirement, benefit] = &*CUES;
    let mut votes = [0usize; 3];
    for item in items {
        let normalized = heading::normalize(item);
        let words = heading::words_of(&normalized);
        let first = words.first().copied().unwrap_or_default();
        let stem = first.strip_suffix('s').unwrap_or(first);
        // A duty may start with its verb's -ing form ("Keeping fridge temperature records",
        // "Coupling and uncoupling"); an -ing word that is no known verb weighs least, since
        // it may be a noun ("Accounting or bookkeeping knowledge").
        let names_a_field = words.get(1).is_some_and(|next| {
            matches!(
                *next,
                "experience" | "skills" | "skill" | "knowledge" | "background" | "degree"
            )
        });
        let gerund = first
            .strip_suffix("ing")
            .filter(|root| root.len() > 2 && !names_a_field)
            .map(|root| {
                let known = [root.to_owned(), format!("{root}e")]
                    .iter()
                    .any(|verb| VERBS.contains(&verb.as_str()));
                // (A known verb's -ing form may still name a field: "Teaching experience".)
                if known {
                    2
                } else {
                    1
                }
            })
            .unwrap_or(0);
        // An item that speaks of duties is one ("Assist with opening and closing duties",
        // "Any other duties as assigned"), whatever its first word.
        // (Not "duty": "There is no on-call duty" is a fact of the job.)
        let duties = usize::from(words.contains(&"duties")) * 2;
        let scores = [
            (usize::from(VERBS.contains(&first) || VERBS.contains(&stem)) * 4)
                .max(gerund)
                .max(duties),
            requirement.tags_in(&words).count() * 2,
            benefit.tags_in(&words).count() * 4,
        ];
        let best = scores.iter().copied().max().unwrap_or(0);
        if best == 0 || scores.iter().filter(|score| **score == best).count() > 1 {
            continue;
        }
        if let Some(index) = scores.iter().position(|score| *score == best) {
            votes[index] += 1;
        }
    }
    let (index, count) = votes
        .iter()
        .copied()
        .enumerate()
        .max_by_key(|(_, count)| *count)?;
    if count == 0 || count * 10 < items.len() * 6 {
        return None;
    }
    Some(
        [
            ListKind::Responsibilities,
            ListKind::MustHave,
            ListKind::Benefits,
        ][index],
    )
}

/// True for a paragraph that tells the reader how to apply, by how it starts ("To apply,
/// please email ...", "Interested candidates should ...", "Send your resume to ..."): the
/// how-to-apply text, even with no heading above it.
fn is_how_to_apply_text(normalized: &str) -> bool {
    [
        " to apply ",
        " how to apply ",
        " apply online ",
        " apply in person ",
        " apply now ",
        " apply at ",
        " apply by ",
        " apply here ",
        " apply with ",
        " apply through ",
        " interested candidates ",
        " interested applicants ",
        " please send your ",
        " please email your ",
        " please submit your ",
        " send your resume ",
        " send your cv ",
        " email your resume ",
        " email your cv ",
    ]
    .iter()
    .any(|cue| normalized.starts_with(cue))
}

fn is_on_call_text(normalized: &str) -> bool {
    heading::phrases_in(
        normalized,
        &[" on call ", " oncall ", " pager duty ", " pagerduty "],
    ) != 0
}

fn is_equal_opportunity_text(normalized: &str) -> bool {
    let found = heading::phrases_in(
        normalized,
        &[
            " equal opportunity ",
            " equal employment opportunity ",
            " regardless of race ",
            " without regard to race ",
            " discriminate ",
            " eeo ",
            " reasonable accommodation",
            " essential functions ",
        ],
    );
    // An offer of accommodation is the statement, unless it is the physical-demands
    // boilerplate ("... to perform the essential functions"), which belongs to the job.
    found & 0b11_1111 != 0 || found & 0b1100_0000 == 0b0100_0000
}

/// The open block of lines being gathered.
enum Block {
    None,
    Prose(String),
    Item { indent: usize, text: String },
}

/// One end of a pay range (see `Splitter::other_bound`).
enum Bound {
    Min(f64),
    Max(f64),
}

/// What [`heading::classify`] reads in a heading: its section, and the title before it.
type Classified = Option<(Target, Option<String>)>;

struct Splitter<'p> {
    posting: &'p mut Posting,
    consumed: Vec<String>,
    target: Target,
    target_level: u8,
    pending_headings: Vec<String>,
    group: Vec<String>,
    block: Block,
    /// A label whose value may be on the next line ("Job Title:"), and its words: shown as
    /// text when no value follows.
    pending_key: Option<(Key, String)>,
    /// The current list section has received bullets.
    list_has_bullets: bool,
    /// The list section whose groups have labels ("Experience:", "Skills:" under
    /// "Requirements"): a short label no cue names ("Other:") is its next group's.
    grouped: Option<Target>,
    /// The benefits list being read has a heading that names the pay too ("Compensation and
    /// benefits"): an item that states the base pay gives the pay.
    benefits_with_pay: bool,
    /// The pay heading names the hours too ("Shifts and pay", "Hours & pay"): a paragraph under
    /// it that names no money is the schedule.
    pay_with_hours: bool,
    seen_section: bool,
    seen_content: bool,
    first_line: bool,
    /// The line before was an e-mail's header line at the top ("From:", "Sent:").
    after_email_header: bool,
    /// The title was read from a plain first line (a logo's or the company's name, perhaps):
    /// a level-1 heading right after it is the title instead.
    title_from_line: bool,
    /// The line being read comes right after that title line (blank lines aside).
    after_title_line: bool,
    /// The on-call section gave its facts as labelled lines ("How often: ...").
    on_call_labelled: bool,
    /// The posting has an on-call heading: the on-call details are that section's text, not
    /// only paragraphs that mention the duty among other things.
    on_call_section: bool,
    /// The id the next list item gets (the posting's next free id, known after the first
    /// item): the splitter is the only one adding items while it runs, so it counts them
    /// instead of looking through every list for each item.
    next_item_id: Option<crate::model::ItemId>,
    /// The list a section heading opened, while nothing has been read under it yet: a
    /// heading with nothing under it ("Benefits" followed by the next heading) becomes one
    /// blank item, so the empty section stays visible (and `empty-section` points at it)
    /// instead of vanishing with its heading.
    open_heading: Option<ListKind>,
    /// The pay figures came from a paragraph about something else: see [`Self::prose_pay`].
    pay_from_prose: bool,
    /// The name of the first "About <Name>" heading ("About Fernway"): the company, when no
    /// line named one and the section under the heading names it too (see
    /// [`company_from_about`]).
    about_name: Option<String>,
    /// The line after the one being read is a bullet: a plain line between two bullets of a
    /// list, with no blank line around it, is a note on the item above it (Markdown's lazy
    /// continuation: "_Examples include ..._" under a duty), not a paragraph that ends the
    /// list.
    next_line_bullet: bool,
    /// The heading of a topic the posting has no section for ("Schedule", "Physical
    /// demands"; [`Target::Topic`]) while nothing has been read under it: it leads the first
    /// paragraph or list under it as a line of its own, so the text keeps its label and the
    /// label never runs into the text.
    topic_label: Option<String>,
    /// The last text [`Self::classify`] classified, and what it announces.
    classified: Option<(String, Classified)>,
}

/// Splits text into `posting`, filling empty fields and appending to text and lists. Returns
/// the lines read as structure (recognised headings, field labels, lines whose whole meaning
/// went into a structured field).
pub(crate) fn split_into(text: &str, posting: &mut Posting) -> Vec<String> {
    let mut splitter = Splitter {
        posting,
        consumed: Vec::new(),
        target: Target::Unknown,
        target_level: 0,
        pending_headings: Vec::new(),
        group: Vec::new(),
        block: Block::None,
        pending_key: None,
        list_has_bullets: false,
        grouped: None,
        benefits_with_pay: false,
        pay_with_hours: false,
        seen_section: false,
        seen_content: false,
        first_line: true,
        after_email_header: false,
        title_from_line: false,
        after_title_line: false,
        on_call_labelled: false,
        on_call_section: false,
        next_item_id: None,
        open_heading: None,
        pay_from_prose: false,
        about_name: None,
        next_line_bullet: false,
        topic_label: None,
        classified: None,
    };
    let normalized = if text.contains('\r') {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    let normalized = match pipe_tables_as_lines(&normalized) {
        Some(read) => std::borrow::Cow::Owned(read),
        None => normalized,
    };
    let lines: Vec<&str> = normalized.lines().collect();
    // Each line's bullet, read once: it is asked for as the next line's and again when the
    // line itself is parsed.
    let mut bullets: Vec<Option<(usize, &str)>> = lines.iter().map(|line| bullet(line)).collect();
    emoji_bullets(&lines, &mut bullets);
    let mut index = 0;
    while index < lines.len() {
        let raw = lines[index];
        let underline = lines.get(index + 1).and_then(|next| setext_level(next));
        let after_blank = index == 0 || lines[index - 1].trim().is_empty();
        if let Some(level) = underline.filter(|_| after_blank && is_setext_text(raw)) {
            splitter.setext_heading(level, raw, lines[index + 1]);
            index += 2;
            continue;
        }
        splitter.next_line_bullet = bullets.get(index + 1).is_some_and(Option::is_some);
        splitter.line(raw, bullets[index]);
        index += 1;
    }
    splitter.finish();
    // Labels of values on the next line come out empty; nothing but words is structure.
    splitter
        .consumed
        .retain(|line| line.chars().any(char::is_alphanumeric));
    splitter.consumed
}

impl Splitter<'_> {
    /// [`heading::classify`], remembered for the last text it was asked about: a line that
    /// reads as a heading is classified to know that, then again by [`Self::heading`].
    fn classify(&mut self, text: &str) -> Classified {
        if let Some((last, classified)) = &self.classified {
            if last == text {
                return classified.clone();
            }
        }
        let classified = heading::classify(text);
        self.classified = Some((text.to_owned(), classified.clone()));
        classified
    }

    /// Appends an item to a list, with the id [`Posting::push_item`] would give it.
    fn push_item(&mut self, kind: ListKind, text: impl Into<String>) {
        let id = match self.next_item_id {
            Some(id) => id,
            None => self.posting.next_item_id(),
        };
        self.next_item_id = Some(id + 1);
        self.posting
            .list_mut(kind)
            .push(crate::model::ListItem::new(id, text));
    }

    /// Reads one line; `bullet` is what [`bullet`] reads in it.
    fn line(&mut self, raw: &str, bullet: Option<(usize, &str)>) {
        if !raw.trim().is_empty() {
            // Only the next line after a title line may take the title from it.
            self.after_title_line = std::mem::take(&mut self.title_from_line);
        }
        let first_line = self.first_line && !raw.trim().is_empty();
        if first_line {
            self.first_line = false;
        }
        // A bullet mark alone ("-" between two duties) is a blank item of the list it is in,
        // kept so the posting's blank bullet can be pointed at; it is not text to join to the
        // item before it. Outside a list, or in a paragraph of its own after one (a divider
        // between the sections of a pasted post), it is nothing.
        let mut marks = raw.trim().chars();
        if marks.next().is_some_and(|mark| BULLET_MARKS.contains(mark)) && marks.next().is_none() {
            if let (Target::List(kind), Block::Item { .. }) = (self.target, &self.block) {
                self.flush_block();
                self.push_item(kind, "");
            }
            return;
        }
        match parse_line(raw, bullet) {
            Line::Blank => self.flush_block(),
            Line::Heading { level, text } => {
                self.release_pending_label();
                self.heading(level, &text, raw, first_line);
            }
            Line::Bullet { indent, text } => {
                self.release_pending_label();
                self.flush_block();
                if self.fact_item(&text) {
                    return;
                }
                self.block = Block::Item { indent, text };
            }
            Line::Text { indent, text } => self.text_line(indent, &text, raw, first_line),
        }
    }

    fn setext_heading(&mut self, level: u8, raw: &str, underline: &str) {
        self.after_title_line = std::mem::take(&mut self.title_from_line);
        let first_line = self.first_line;
        self.first_line = false;
        self.release_pending_label();
        self.consumed.push(underline.to_owned());
        self.heading(level, &clean_inline(raw.trim()), raw, first_line);
    }

    fn heading(&mut self, level: u8, text: &str, raw: &str, first_line: bool) {
        self.flush_block();
        if text.is_empty() {
            self.consumed.push(raw.to_owned());
            return;
        }
        if self.legal_name_line(text, raw, first_line) {
            return;
        }
        if first_line && !heading::is_generic(text) && self.banner_only(text) {
            return;
        }
        // The title again, after front matter or a multi-role file named it.
        if !self.seen_content && same_words(text, &self.posting.title) {
            self.consumed.push(raw.to_owned());
            return;
        }
        if level == 1 && self.after_title_line && self.h1_is_the_title(text) {
            return;
        }
        if let Some((target, title)) = self.classify(text) {
            self.flush_group();
            self.flush_pending_headings();
            self.flush_topic_label();
            if let Some(title) = title.filter(|_| self.posting.title.is_empty()) {
                self.posting.title = title;
            }
            // A heading inside a section that names the same section ("Technical skills"
            // under "Requirements") is a sub-heading: its words stay, as a label.
            // So is a label line of the list being read ("Requirements", then "Experience:",
            // "Education and Certifications:"): it names a group of the list.
            let label_of_list = matches!(target, Target::List(_))
                && level == INLINE_LEVEL
                && (text.trim_end().ends_with(':') || raw.trim_end().ends_with(':'));
            let sub_heading = target == self.target
                && target != Target::Unknown
                && (level > self.target_level || label_of_list);
            // "Senior Paralegal Responsibilities" in the role "Senior Paralegal": the title
            // words are the title's.
            let title_words = heading::normalize(&self.posting.title);
            let normalized = heading::normalize(text);
            let after_title = if title_words.trim().is_empty() {
                normalized.as_str()
            } else {
                normalized
                    .strip_prefix(title_words.as_str())
                    .map_or(normalized.as_str(), |rest| rest)
            };
            // "About Cedar & Tide": the words after "About" are the company's name, not more
            // than the section's name.
            let about_name = heading::about_name(text).filter(|_| target == Target::AboutCompany);
            let extra = if target == Target::Unplaced || about_name.is_some() {
                0
            } else {
                heading::extra_words(after_title).len()
            };
            self.seen_section = true;
            // "Where we are: Tauranga", "Benefits: pension": a label that names the section,
            // and after its colon the section's first words, which are kept as its text.
            let value = text
                .split_once(':')
                .map(|(label, value)| (label.trim(), value.trim()))
                .filter(|(label, value)| {
                    !value.is_empty()
                        && heading::classify(label).is_some_and(|(named, _)| named == target)
                });
            // A plain line that says more than a section's name and is no label (no colon:
            // "Equal Employment Opportunity Policy" inside a paragraph run) is the current
            // section's text.
            if level == INLINE_LEVEL && extra >= 2 && !text.ends_with(':') && self.seen_content {
                self.route_prose(text);
                return;
            }
            // A sentence ending in ":" that mentions a section ("We are looking for some
            // who:") says more than its name too.
            let colon = text.trim_end().ends_with(':') || raw.trim_end().ends_with(':');
            let extra = if colon && about_name.is_none() && heading::names_no_section(text) {
                extra.max(2)
            } else {
                extra
            };
            if sub_heading || extra >= 2 {
                // It says more than the section's name ("In the first 30 days you will...",
                // "ENTER POSITION SUMMARY FROM PERFORMANCE PROFILE"): kept as a label line.
                if !sub_heading {
                    // Whether the section before was empty or this line is its text read
                    // as a label is not known: no blank item.
                    self.open_heading = None;
                    self.target = target;
                    self.target_level = level;
                    self.on_call_section |= target == Target::OnCall;
                }
                // A sub-heading of a list ("### Technical skills" under "What you bring") is
                // kept as the list's label line, which ends in a colon like every label.
                let bare = !text.trim_end().ends_with([':', '.', '!', '?', '\u{2026}']);
                if sub_heading && matches!(target, Target::List(_)) && bare {
                    self.route_prose(&format!("{}:", text.trim_end()));
                } else {
                    self.route_prose(text);
                }
                // A new group starts: a paragraph after the label belongs to it.
                self.list_has_bullets = false;
                if sub_heading && matches!(target, Target::List(_)) {
                    self.grouped = Some(target);
                }
                return;
            }
            if target == Target::Topic {
                // The topic's name stays in the text, as the label of what follows.
                self.topic_label = Some(text.to_owned());
            } else if let Some((label, _)) = value {
                self.consumed.push(format!("{label}:"));
            } else {
                self.consumed.push(raw.to_owned());
            }
            // "Person Specification" then "Essential Criteria": the second heading opens the
            // same list, which is not empty yet.
            if matches!(target, Target::List(kind) if self.open_heading == Some(kind)) {
                self.open_heading = None;
            }
            self.close_empty_heading();
            if let Some(name) = about_name {
                self.about_name.get_or_insert_with(|| name.to_owned());
            }
            self.target = target;
            self.target_level = level;
            self.list_has_bullets = false;
            self.on_call_section |= target == Target::OnCall;
            self.benefits_with_pay =
                target == Target::List(ListKind::Benefits) && heading::names_pay_too(text);
            self.pay_with_hours = target == Target::Pay
                && heading::words_of(&heading::normalize(text))
                    .iter()
                    .any(|word| {
                        matches!(
                            *word,
                            "shift" | "shifts" | "hours" | "schedule" | "roster" | "rota"
                        )
                    });
            if let Target::List(kind) = target {
                self.open_heading = Some(kind);
            }
            if let Some((_, value)) = value.filter(|_| target != Target::Topic) {
                self.route_prose(value);
            }
            return;
        }
        if self.posting.title.is_empty() && !self.seen_section && first_line {
            if let Some((title, url)) = link_title(text) {
                self.posting.title = title;
                self.link_url(&url);
                return;
            }
        }
        // A headline's place and pay after a dash are no part of the title ("# Class 1 HGV
        // Driver – Nights – Up to £56K OTE").
        // A long one is cut where its title ends ("Warehouse Associate I, Warehouse Associate
        // II and Warehouse Team Lead - Meadowvale Distribution Centre").
        let mut parts = title_parts(text);
        let mut after_title = None;
        if let Some((head, rest)) = cut_long_title(parts.title) {
            parts.title = head;
            after_title = Some(rest);
        }
        let could_be_title = self.posting.title.is_empty()
            && !self.seen_section
            && (first_line || (level < INLINE_LEVEL && !self.seen_content))
            && title_words(parts.title) <= 10
            && !text.ends_with('.')
            && !heading::is_generic(text)
            && !is_banner(text)
            && !LINK_LINE.is_match(text);
        if could_be_title {
            self.take_title(&parts);
            if let Some(rest) = after_title {
                self.prose_line(rest);
            }
            return;
        }
        if self.target != Target::Unknown && level > self.target_level {
            self.route_prose(text);
            return;
        }
        if self.target == Target::Unknown && level > self.target_level && level == INLINE_LEVEL {
            self.route_prose(text);
            return;
        }
        self.flush_group();
        self.flush_pending_headings();
        self.flush_topic_label();
        // An unknown heading may hold the section's text (a sub-heading of its own words).
        self.open_heading = None;
        self.target = Target::Unknown;
        self.target_level = level;
        self.list_has_bullets = false;
        // "## $58,000 per year": a heading that states the pay gives it, as a line would.
        if text.bytes().any(|byte| byte.is_ascii_digit()) {
            self.prose_pay(text);
        }
        self.pending_headings.push(text.to_owned());
    }

    /// A page's first line above its level-1 heading ("Ledgerline" from a site header's logo
    /// link, then "# Product Manager, Payments"): the heading is the title, and the line the
    /// company when it may name one, else the posting's text. Only right after that line, and
    /// only for a heading that names no section and reads as a title.
    fn h1_is_the_title(&mut self, text: &str) -> bool {
        self.after_title_line = false;
        let reads_as_title = !self.seen_content
            && !self.seen_section
            && self.classify(text).is_none()
            && !heading::is_generic(text)
            && word_count_up_to(text, 10) <= 10
            && !ends_sentence(text);
        if !reads_as_title {
            return false;
        }
        let line = std::mem::replace(&mut self.posting.title, text.to_owned());
        if self.posting.company.is_empty() && could_be_a_company(&line, text) {
            self.posting.company = line;
        } else {
            self.route_prose(&line);
        }
        true
    }

    /// The section heading before this point had nothing under it: its list gets one blank
    /// item when it has none (a second "Benefits" heading adds nothing to a filled list).
    fn close_empty_heading(&mut self) {
        if let Some(kind) = self.open_heading.take() {
            if self.posting.list(kind).is_empty() {
                self.push_item(kind, "");
            }
        }
    }

    fn text_line(&mut self, indent: usize, text: &str, raw: &str, first_line: bool) {
        // A continuation of the open list item.
        if let Block::Item {
            indent: item_indent,
            text: item,
        } = &mut self.block
        {
            let continues = indent > *item_indent
                || (!ends_sentence(item) && text.chars().next().is_some_and(char::is_lowercase))
                || (self.next_line_bullet && is_note_line(&clean_inline(text)));
            if continues {
                item.push_str(if indent > *item_indent { "\n" } else { " " });
                item.push_str(&clean_inline(text));
                return;
            }
        }
        if let Some((key, label)) = self.pending_key.take() {
            // The label was read with the line before; this line is all value, unless it is
            // the next label ("Job Title:" then "Series & Grade:").
            let value = clean_inline(text);
            if !value.ends_with(':') && self.field(key, &value, "") {
                self.consumed.push(label);
                return;
            }
            self.pending_key = Some((key, label));
            self.release_pending_label();
        }
        if self.target == Target::OnCall && self.on_call_fact(text) {
            return;
        }
        let email_header = first_line && is_email_header(text, self.after_email_header);
        if is_page_chrome(text) || email_header {
            self.after_email_header = email_header;
            self.flush_block();
            append_paragraph(&mut self.posting.unplaced, text);
            // The posting's own first line may come next.
            if first_line {
                self.first_line = true;
            }
            return;
        }
        // "NOW HIRING!!", "\u{1f4e3} WE'RE HIRING!! \u{1f4e3}" on a line of its own above the
        // title: a banner, no title; the next line may be the title.
        if first_line && self.banner_only(text) {
            return;
        }
        // A field line whose value says more than the field ("Pay: $15.16 per hour plus
        // tips") is text, never a heading.
        let mut field_line = false;
        if let Some((label, value)) = key_value(text).or_else(|| dashed_key_value(text)) {
            if let Some(key) = key_of(label) {
                let value = clean_inline(value);
                if value.is_empty() {
                    self.flush_block();
                    self.pending_key = Some((key, clean_inline(text)));
                    return;
                }
                if self.field(key, &value, raw) {
                    return;
                }
                field_line = true;
            }
        }
        // Cleaned once, for the legal name and for every test below.
        let cleaned = clean_inline(text);
        if self.legal_name_line(&cleaned, raw, first_line) {
            return;
        }
        if self.metadata(text, raw) {
            return;
        }
        // A short line on its own that starts a block ("What you will do") is a heading too,
        // when its words name a section.
        let starts_block = matches!(self.block, Block::None);
        // "We will look closely at applications that show the following:" leads into the list
        // below it, in the section it is in: a sentence, not a heading.
        let lead_in = cleaned
            .trim_end_matches([':', ' '])
            .to_lowercase()
            .ends_with(" the following");
        let heading_like = (cleaned.ends_with([':', '?'])
            && !lead_in
            && word_count_up_to(&cleaned, MAX_HEADING_WORDS) <= MAX_HEADING_WORDS)
            || is_title_case(&cleaned)
            || (starts_block
                && word_count_up_to(&cleaned, 6) <= 6
                // (A note in brackets ends no sentence: "What you need (must have)".)
                && !ends_sentence(
                    heading::split_bracketed_note(&cleaned).map_or(cleaned.as_str(), |(before, _)| before),
                )
                && cleaned.chars().next().is_some_and(char::is_uppercase));
        // "Looking for an Office Cleaner" as the posting's first line names the job, not the
        // requirements: a line that says more than a section's name, with no colon, is read
        // as a title line.
        let names_the_job = first_line
            && self.posting.title.is_empty()
            && !cleaned.ends_with(':')
            && wanted_title(&cleaned).is_some();
        if heading_like && !field_line && !names_the_job {
            if self.classify(&cleaned).is_some() {
                self.heading(INLINE_LEVEL, &cleaned, raw, false);
                return;
            }
            // A short label of a group of the list being read that no section cue names
            // ("Other:" after "Skills:" in the requirements) stays in the list, as a label;
            // so does one that opens the list ("Technical:" right under "Requirements:"),
            // and the next group's after it ("Personal:").
            let opens_list = match self.target {
                Target::List(kind) => self.posting.list(kind).is_empty(),
                _ => false,
            };
            if (self.grouped == Some(self.target) || opens_list)
                && starts_block
                && cleaned.ends_with(':')
                && word_count_up_to(&cleaned, 3) <= 3
            {
                if opens_list {
                    self.grouped = Some(self.target);
                }
                self.route_prose(&cleaned);
                self.list_has_bullets = false;
                return;
            }
        }
        if first_line && self.posting.title.is_empty() {
            if let Some((title, url)) = link_title(&cleaned) {
                self.posting.title = title;
                self.link_url(&url);
                return;
            }
            if LINK_LINE.is_match(&cleaned) {
                // A logo or a "Drop us a line" link above the posting: kept as text, and the
                // next line may still be the title.
                self.first_line = true;
            }
        }
        // (Not a line under a section heading: there it is the section's text.)
        if !self.seen_content && !self.seen_section && same_words(&cleaned, &self.posting.title) {
            self.consumed.push(raw.to_owned());
            return;
        }
        if first_line && self.posting.title.is_empty() {
            let mut parts = title_parts(&cleaned);
            let mut after_bar = None;
            if let Some((head, rest)) = cut_long_title(parts.title) {
                parts.title = head;
                after_bar = Some(rest.to_owned());
            } else if let Some(head) = wanted_title(parts.title) {
                // The whole call stays as text: "Barista wanted at Fynbos & Fire!"
                after_bar = Some(parts.title.to_owned());
                parts.title = head;
            }
            // "Delivery Driver - Box Truck - Start This Week!": an advert's call after the
            // last dash or bar is no part of the title; it stays as text.
            if parts.title.ends_with('!') && after_bar.is_none() {
                let split = [" - ", " \u{2013} ", " \u{2014} ", " | "]
                    .iter()
                    .filter_map(|separator| parts.title.rsplit_once(separator))
                    .max_by_key(|(head, _)| head.len());
                if let Some((head, call)) = split {
                    let head_ends = ends_sentence(head.trim_end())
                        && !(head.trim_end().ends_with(')') && head.contains('('));
                    // (Only a head in title case: "We're hiring a Support Lead" or "Carer
                    // opportunity" before the call is a sentence or a subject line, read
                    // elsewhere.)
                    let title_case = is_title_case_head(head);
                    if word_count_up_to(call, 6) <= 6
                        && !head_ends
                        && title_case
                        && head.chars().any(char::is_alphabetic)
                    {
                        parts.title = head.trim_end();
                        after_bar = Some(call.trim().to_owned());
                    }
                }
            }
            let title = parts.title;
            if !LINK_LINE.is_match(title)
                && title_words(title) <= 10
                // A closing bracket ends a qualifier ("Store Associate (Part-Time)"), not a
                // sentence.
                && (!ends_sentence(title) || title.ends_with(')') && title.contains('('))
                && !title.ends_with(',')
                && title.chars().any(char::is_alphabetic)
            {
                self.take_title(&parts);
                self.title_from_line = true;
                if let Some(rest) = after_bar {
                    self.prose_line(&rest);
                }
                return;
            }
        }
        self.prose_line(&cleaned);
    }

    /// Takes a title line's parts: the title, the place, a reference and the pay after it.
    fn take_title(&mut self, parts: &TitleParts) {
        self.posting.title = parts.title.to_owned();
        if !parts.prefix.is_empty() {
            self.consumed.push(parts.prefix.to_owned());
        }
        if let Some(place) = parts.place {
            self.location_value(place);
        }
        if let Some(reference) = parts.reference {
            append_paragraph(&mut self.posting.unplaced, reference);
        }
        // A headline's pay ("Up to $20.00/hr!") is a teaser: taken when nothing better
        // comes, replaced by a pay line or label later ("Pay: $17.00 - $18.50 per
        // hour"). Its words open the summary, where a pay rule sees them.
        if let Some(pay) = parts.pay {
            // ("Up to $3,000 Sign-On Bonus!" is a sum beside the pay: its words stay.)
            let figures = pay_line::find(pay).filter(|_| !pay_line::names_another_sum(pay));
            if let Some(figures) = figures {
                if self.set_pay(&figures) {
                    self.pay_from_prose = true;
                }
            }
            self.prose_line(pay);
        }
        // Kept in the unsorted text, as a reference is: beside the posting, not as the
        // summary's first words.
        for note in &parts.notes {
            append_paragraph(&mut self.posting.unplaced, note);
        }
    }

    /// A list of labelled facts outside any section ("- Pay range: $23.40 - $27.15 per hour",
    /// "- Location: Boston, MA", an HTML list of `<li><strong>Label:</strong> value</li>`):
    /// each item is the field line it would be on a line of its own. Returns whether the item
    /// was read whole; an item that says more than its field (its figures still taken) stays
    /// an item. Inside a section a label is the section's words ("- Experience: 3 years").
    fn fact_item(&mut self, text: &str) -> bool {
        if !matches!(self.target, Target::Summary | Target::Unknown) {
            return false;
        }
        let Some((label, value)) = key_value(text).or_else(|| dashed_key_value(text)) else {
            return false;
        };
        let Some(key) = key_of(label) else {
            return false;
        };
        let value = clean_inline(value);
        !value.is_empty() && self.field(key, &value, text)
    }

    /// A banner alone on the posting's first line ("NOW HIRING!!", "Help wanted"), before
    /// any title: it stays the summary's text, no title, and the next line is read as the
    /// first. Returns whether the line was one.
    fn banner_only(&mut self, text: &str) -> bool {
        if !self.posting.title.is_empty() || self.seen_section || self.seen_content {
            return false;
        }
        let cleaned = clean_inline(text);
        if !is_banner(&cleaned) {
            return false;
        }
        self.flush_block();
        self.route_prose(&cleaned);
        self.flush_block();
        // (Only text so far: what may follow a posting's start still may.)
        self.seen_content = false;
        self.first_line = true;
        true
    }

    /// A company's legal name on a line of its own near the top ("Quillpoint Software Inc."
    /// under the title): the company, when no line named one and no section has started. A
    /// first line that is the name leaves the title to the next line.
    fn legal_name_line(&mut self, text: &str, raw: &str, first_line: bool) -> bool {
        if !self.posting.company.is_empty() || self.seen_section || !is_legal_name(text) {
            return false;
        }
        self.flush_block();
        text.clone_into(&mut self.posting.company);
        self.consumed.push(raw.to_owned());
        if first_line && self.posting.title.is_empty() {
            self.first_line = true;
        }
        true
    }

    /// A label no value followed ("Job Title:" with nothing after it) is text: a reader sees
    /// it, and so does the placeholder check.
    /// A label that names a section ("Schedule:" above its bullets) is that section's
    /// heading.
    fn release_pending_label(&mut self) {
        if let Some((_, label)) = self.pending_key.take() {
            self.flush_block();
            if self.classify(&label).is_some() {
                self.heading(INLINE_LEVEL, &label, &label, false);
                return;
            }
            self.route_prose(&label);
            self.flush_block();
        }
    }

    /// A topic heading nothing was read under stays as a paragraph of its own.
    fn flush_topic_label(&mut self) {
        if let Some(label) = self.topic_label.take() {
            append_paragraph(&mut self.posting.summary, &label);
        }
    }

    /// `text` under the pending topic label, if there is one: the label on a line of its own
    /// above it.
    fn under_topic_label(&mut self, text: &str) -> String {
        match self.topic_label.take() {
            Some(label) => format!("{}\n{}", label.trim(), text.trim()),
            None => text.to_owned(),
        }
    }

    /// A labelled fact of the on-call section, as the exporters write them ("How often: one
    /// week in six", "Hours: ...", "Compensation: ..."): the value is the field.
    fn on_call_fact(&mut self, text: &str) -> bool {
        let Some((label, value)) = text.split_once(':') else {
            return false;
        };
        let value = clean_inline(value);
        if value.is_empty() {
            return false;
        }
        let on_call = &mut self.posting.on_call;
        let field = match label.trim().to_lowercase().as_str() {
            "how often" => &mut on_call.frequency,
            "hours" => &mut on_call.hours,
            "compensation" => &mut on_call.compensation,
            _ => return false,
        };
        if !field.is_empty() {
            return false;
        }
        *field = value;
        if on_call.status == OnCallStatus::NotStated {
            on_call.status = OnCallStatus::Required;
        }
        self.on_call_labelled = true;
        self.flush_block();
        self.consumed.push(format!("{}:", label.trim()));
        true
    }

    /// Adds a prose line to the open paragraph, or starts one.
    fn prose_line(&mut self, text: &str) {
        match &mut self.block {
            Block::Prose(paragraph) if !ends_sentence(paragraph) => {
                // A run of "Label: value" lines (a template's "Department: Facilities",
                // "Reports To: ...") keeps its line breaks: each line is a fact of its own, not
                // a wrapped sentence.
                // So does a short title-case line standing first ("Physical Demands" above its
                // paragraph): a heading no section cue took, not the start of a sentence.
                // (The new line is tested first and the paragraph's own tests stop early, so a
                // long paragraph is not read again for every line joined to it.)
                // A label line also starts a line of its own after a line that is no label but
                // ends without leading on ("£31,049 to £37,796 a year pro rata" above
                // "Contract: Permanent").
                let last_line = paragraph.rsplit('\n').next().unwrap_or_default();
                let facts =
                    is_label_line(text) && (is_label_line(last_line) || !leads_on(last_line));
                let label_above = is_title_case(paragraph) && !paragraph.contains('\n');
                // A table's rows, copied out of a PDF ("1st year      45%      $21.06 per
                // hour"), are lines of their own, and so is the line after the last row.
                let table_row = is_table_row(text)
                    || is_table_row(paragraph.rsplit('\n').next().unwrap_or_default());
                // A street address ending in its town and postcode ("48 Constable Street,
                // Newtown, Wellington 6021") is a line of its own, not the start of a wrapped
                // sentence ("Permanent, full time" under it).
                let address_above = !(facts || label_above || table_row)
                    && super::location::is_address_line(last_line);
                paragraph.push(if facts || label_above || table_row || address_above {
                    '\n'
                } else {
                    ' '
                });
                paragraph.push_str(text);
            }
            _ => {
                self.flush_block();
                self.block = Block::Prose(text.to_owned());
            }
        }
    }

    /// Fills a structured field from a "Key: value" line. Returns false when the line should be
    /// read as ordinary text instead.
    fn field(&mut self, key: Key, value: &str, raw: &str) -> bool {
        // (The words a field line's label takes, counted as read: "Location:", "Location -".)
        let label = match dashed_key_value(raw).filter(|_| key_value(raw).is_none()) {
            Some((label, _)) => label.to_owned(),
            None => raw.split(':').next().unwrap_or_default().to_owned() + ":",
        };
        match key {
            Key::Title if self.posting.title.is_empty() => {
                self.flush_block();
                self.posting.title = value.to_owned();
                self.consumed.push(label);
                true
            }
            Key::Company if self.posting.company.is_empty() => {
                self.flush_block();
                self.posting.company = value.to_owned();
                self.consumed.push(label);
                true
            }
            Key::Location => {
                self.flush_block();
                self.location_value(value);
                self.consumed.push(label);
                true
            }
            Key::Pay => {
                let Some(pay) = pay_line::find(value) else {
                    let reason = self.is_pay_reason(value);
                    if reason {
                        self.flush_block();
                        self.set_pay_reason(value);
                        self.consumed.push(label);
                    }
                    return reason;
                };
                if self.set_pay(&pay) && pay.only_pay {
                    self.flush_block();
                    self.consumed.push(raw.to_owned());
                    return true;
                }
                false
            }
            Key::EmploymentType => {
                let Some(kind) = employment_type_in(value) else {
                    return false;
                };
                if self.posting.employment_type.is_none() {
                    self.posting.employment_type = Some(kind);
                }
                let with_mode = type_and_mode(value);
                if let Some((_, mode)) = with_mode {
                    self.posting.location.work_mode.get_or_insert(mode);
                }
                // The line is the field only when it says nothing else: "Full-time,
                // permanent, Classified Service" keeps its line, so the appointment type is
                // not lost.
                if with_mode.is_none() && employment_type_with_status(value).is_none() {
                    return false;
                }
                self.flush_block();
                self.consumed.push(raw.to_owned());
                true
            }
            Key::WorkMode => {
                let Some(captures) = WORK_MODE_LINE.captures(value) else {
                    return false;
                };
                self.flush_block();
                self.apply_work_mode(&captures[1], &captures[2]);
                self.consumed.push(label);
                self.consumed.push(captures[1].to_owned());
                true
            }
            Key::Apply => {
                self.flush_block();
                append_paragraph(&mut self.posting.how_to_apply.text, value);
                self.take_url(value);
                self.consumed.push(label);
                true
            }
            Key::DatePosted | Key::ValidThrough if ISO_DATE.is_match(value) => {
                self.flush_block();
                let field = if key == Key::DatePosted {
                    &mut self.posting.date_posted
                } else {
                    &mut self.posting.valid_through
                };
                if field.is_empty() {
                    *field = value.to_owned();
                }
                self.consumed.push(raw.to_owned());
                true
            }
            _ => false,
        }
    }

    /// "Salary: To Be Determined", "Pay: Competitive, based on experience": a pay label's
    /// value with no figures is the stated reason there is no range, when it is short, no
    /// label itself, and no pay was stated before.
    fn is_pay_reason(&self, value: &str) -> bool {
        word_count_up_to(value, 8) <= 8
            && !value.ends_with(':')
            && !value.chars().any(|c| c.is_ascii_digit())
            && (!self.posting.pay.has_figures() || self.pay_from_prose)
            && self.posting.pay.absent_reason.is_empty()
    }

    /// The value of a pay label in a part of a facts line ("Full-Time | Salary: Competitive")
    /// when it is the reason there is no range ([`Self::is_pay_reason`]).
    fn labelled_pay_reason(&self, part: &str) -> Option<String> {
        let (label, value) = key_value(part.trim())?;
        // The label is checked first, and the figures searched last: most parts with a colon
        // are no pay label, and a reason has no digit for a figure.
        if key_of(label) != Some(Key::Pay) {
            return None;
        }
        let value = clean_inline(value);
        (!value.is_empty() && self.is_pay_reason(&value) && pay_line::find(&value).is_none())
            .then_some(value)
    }

    /// Records the reason there is no pay range, in place of figures read from a paragraph
    /// (a pay label outranks them); the value stays as the posting's text.
    fn set_pay_reason(&mut self, value: &str) {
        self.pay_from_prose = false;
        self.posting.pay.min = None;
        self.posting.pay.max = None;
        self.posting.pay.period = None;
        self.posting.pay.currency.clear();
        value.clone_into(&mut self.posting.pay.absent_reason);
    }

    fn location_value(&mut self, value: &str) {
        // "Rochelle, IL 61068. Regional routes in Illinois and Iowa.": the place is the first
        // sentence; the sentences after it are the posting's text.
        if let Some((place, rest)) = place_then_sentences(value) {
            self.location_value(place);
            self.route_prose(rest);
            self.flush_block();
            return;
        }
        if let Some(captures) = WORK_MODE_LINE.captures(value) {
            if word_count_up_to(value, 8) <= 8 {
                self.apply_work_mode(&captures[1], &captures[2]);
                self.consumed.push(captures[1].to_owned());
                return;
            }
        }
        let lower = value.to_lowercase();
        if self.posting.location.work_mode.is_none() {
            let first_of = |cues: &[&str]| cues.iter().filter_map(|cue| lower.find(cue)).min();
            let remote = first_of(&["remote", "virtual"]);
            let on_site = first_of(&["on-site", "onsite", "on site", "in-office", "in office"]);
            let hybrid = lower.find("hybrid");
            // The mode named first is the job's; "On site, with one remote day a week" is
            // mostly on site and partly remote.
            self.posting.location.work_mode = match (remote, on_site, hybrid) {
                (_, _, Some(hybrid)) if remote.is_none_or(|remote| hybrid < remote) => {
                    Some(WorkMode::Hybrid)
                }
                (Some(remote), Some(on_site), _) if on_site < remote => Some(WorkMode::Hybrid),
                (Some(_), _, _) => Some(WorkMode::Remote),
                (None, Some(_), _) => Some(WorkMode::OnSite),
                (None, None, _) => None,
            };
        }
        // The same place again ("Denver, CO (Hybrid)" in the front matter, "Denver, CO (Hybrid,
        // 3 days/week in office)" on the facts line), or the first part of the other ("Riverside
        // House" after a title's dash, "Riverside House, 41 Neepsend Lane, Sheffield" on the
        // location line): the fuller of the two is kept once.
        let opens = |long: &str, short: &str| {
            let (long, short) = (long.to_lowercase(), short.to_lowercase());
            long.strip_prefix(short.trim())
                .is_some_and(|rest| rest.starts_with(','))
        };
        let without_note = |text: &str| text.split(" (").next().unwrap_or(text).trim().to_owned();
        let places = &mut self.posting.location.places;
        let mut entries: Vec<String> = places.split("; ").map(str::to_owned).collect();
        let value_key = without_note(value);
        // (Places that start with another letter are not compared in full.)
        let first_letter = |text: &str| text.chars().next().map(|c| c.to_ascii_lowercase());
        if let Some(at) = entries.iter().position(|entry| {
            first_letter(entry.trim_start()) == first_letter(&value_key)
                && (same_words(&without_note(entry), &value_key)
                    || opens(&value_key, entry)
                    || opens(entry, &value_key))
        }) {
            let (kept, dropped) = if value.len() > entries[at].len() {
                (value.to_owned(), entries[at].clone())
            } else {
                (entries[at].clone(), value.to_owned())
            };
            entries[at] = kept;
            *places = entries.join("; ");
            self.consumed.push(dropped);
            return;
        }
        if !places.is_empty() {
            places.push_str("; ");
        }
        places.push_str(value);
    }

    fn apply_work_mode(&mut self, mode: &str, rest: &str) {
        let mode = work_mode_of(mode);
        self.posting.location.work_mode.get_or_insert(mode);
        let rest = rest.trim().trim_matches(['(', ')']).trim();
        if rest.is_empty() {
            return;
        }
        // "Hybrid, Seattle, WA (three office days a week)": the pattern took the closing
        // bracket of "Remote (US)"; a bracket the rest opens keeps its close.
        let rest = if rest.matches('(').count() > rest.matches(')').count() {
            format!("{rest})")
        } else {
            rest.to_owned()
        };
        let field = if mode == WorkMode::Remote {
            &mut self.posting.location.remote_eligibility
        } else {
            &mut self.posting.location.places
        };
        if !field.is_empty() {
            field.push_str("; ");
        }
        field.push_str(&rest);
    }

    /// Takes a pay line's figures unless the posting already has its pay (a job-family page's
    /// second level, say). Returns whether it took them: a line that was not taken stays text.
    fn set_pay(&mut self, pay: &pay_line::PayLine) -> bool {
        let completes = self.completes_pay(pay) || self.other_bound(pay).is_some();
        if self.posting.pay.has_figures() && !self.pay_from_prose && !completes {
            return false;
        }
        self.pay_from_prose = false;
        // "Pay Range Minimum: $66,900" then "Pay Range Maximum: $111,500": the other end.
        if let Some(bound) = self.other_bound(pay) {
            match bound {
                Bound::Max(max) => self.posting.pay.max = Some(max),
                Bound::Min(min) => self.posting.pay.min = Some(min),
            }
            return true;
        }
        // Figures replace a reason for giving none (a JSON-LD "Competitive").
        self.posting.pay.absent_reason.clear();
        self.posting.pay.min = pay.min;
        self.posting.pay.max = pay.max;
        self.posting.pay.currency = pay.currency.clone();
        self.posting.pay.period = pay.period;
        true
    }

    /// The end of the range the posting's pay so far lacks, when `pay` gives just that end,
    /// names it, and is in the same currency and period: a "Pay Range Maximum" line after
    /// the "Pay Range Minimum" one (a higher figure), or the other way round. ("Earn up to
    /// $30/hr with tips" after "from $17/hr" is no end of the range.)
    fn other_bound(&self, pay: &pay_line::PayLine) -> Option<Bound> {
        if !pay.labelled_end {
            return None;
        }
        let known = &self.posting.pay;
        let compatible = (known.currency.is_empty() || known.currency == pay.currency)
            && (known.period.is_none() || pay.period.is_none() || known.period == pay.period);
        if !compatible {
            return None;
        }
        match (known.min, known.max, pay.min, pay.max) {
            (Some(min), None, None, Some(max)) if min < max => Some(Bound::Max(max)),
            (None, Some(max), Some(min), None) if min < max => Some(Bound::Min(min)),
            _ => None,
        }
    }

    /// True when `pay` is the range of which the posting's pay so far gave one end: a
    /// "Starting at $19.10/hr" teaser, then "Pay range: $19.10 - $24.45 per hour" (not a
    /// job-family page's next level, whose figures differ).
    fn completes_pay(&self, pay: &pay_line::PayLine) -> bool {
        let known = &self.posting.pay;
        let (Some(min), Some(max)) = (pay.min, pay.max) else {
            return false;
        };
        let same = |a: f64, b: f64| (a - b).abs() < 0.005;
        // (A single figure is one end too: a pay table's "T-14 | $24.86 per hour | $32.74 per
        // hour", then "Hiring range: $24.86 - $28.53 per hour".)
        let bound = match (known.min, known.max) {
            (Some(bound), None) | (None, Some(bound)) => bound,
            (Some(low), Some(high)) if same(low, high) => low,
            _ => return false,
        };
        min < max
            && (same(bound, min) || same(bound, max))
            && (known.currency.is_empty() || known.currency == pay.currency)
            && (known.period.is_none() || pay.period.is_none() || known.period == pay.period)
    }

    /// Pay figures in a paragraph about something else ("our top intern earned $2,100 in
    /// commission"): taken when nothing better comes, but a pay line, a pay label or a pay
    /// section later in the posting replaces them, and a reason already stated for giving no
    /// range keeps them out. Figures with their period written ("$18 per hour", "$60,000 -
    /// $70,000 a year") are as good as a pay line wherever they stand; a period inferred from
    /// the size of a figure ("earned $112,000 last year") is not.
    fn prose_pay(&mut self, text: &str) {
        if self.posting.pay.has_figures() {
            // "Pay Range Minimum: $50,000", then "Pay Range Maximum: $70,000" in the same
            // text: the other end of the range.
            // (Most paragraphs name no end: the figures are searched only in those that do.
            // Both words start with an "m": one pass looks for either.)
            let bytes = text.as_bytes();
            let names_an_end = (0..bytes.len()).any(|at| {
                bytes[at].eq_ignore_ascii_case(&b'm')
                    && bytes.get(at + 1..at + 3).is_some_and(|rest| {
                        rest.eq_ignore_ascii_case(b"ax") || rest.eq_ignore_ascii_case(b"in")
                    })
            });
            if !names_an_end {
                return;
            }
            if let Some(pay) = pay_line::find(text).filter(|pay| pay.labelled_end) {
                if self.other_bound(&pay).is_some() {
                    self.set_pay(&pay);
                }
            }
            return;
        }
        if let Some(pay) = pay_line::find(text) {
            // "Tuition reimbursement up to $5,250 per year" is a benefit, not the pay.
            if pay_line::names_another_sum(text) {
                return;
            }
            let weak = !pay.only_pay && !pay.period_stated;
            // A reason stated for giving no range (front matter's "salary: Competitive")
            // outranks such figures, as a pay label after them does.
            if weak && !self.posting.pay.absent_reason.is_empty() {
                return;
            }
            self.set_pay(&pay);
            self.pay_from_prose = weak;
        }
    }

    /// The address of a link that gave the title: where to apply when nothing else says, or
    /// else kept in the unsorted text.
    fn link_url(&mut self, url: &str) {
        let lower = url.to_lowercase();
        let is_address = lower.starts_with("http://")
            || lower.starts_with("https://")
            || lower.starts_with("mailto:");
        if is_address && self.posting.how_to_apply.url.is_empty() {
            url.clone_into(&mut self.posting.how_to_apply.url);
        } else if !url.is_empty() {
            append_paragraph(&mut self.posting.unplaced, url);
        }
    }

    fn take_url(&mut self, text: &str) {
        if !self.posting.how_to_apply.url.is_empty() {
            return;
        }
        if let Some(url) = URL.find(text) {
            self.posting.how_to_apply.url =
                url.as_str().trim_end_matches(['.', ',', ';']).to_owned();
        } else if let Some(email) = EMAIL.find(text) {
            self.posting.how_to_apply.url = format!("mailto:{}", email.as_str());
        }
    }

    /// Standalone lines such as "Full-time", "Remote (EU)", "Hybrid - Berlin", "$18.50 -
    /// $22.00 per hour" or "Berlin · Full-time · Hybrid".
    fn metadata(&mut self, text: &str, raw: &str) -> bool {
        if word_count_up_to(text, 40) > 40 {
            return false;
        }
        // One search per separator: each looks for a byte with `memchr`, where a search for
        // any of the three decodes every character.
        let separated = text.contains('|') || text.contains('·') || text.contains('•');
        // ("📍 Harrogate | 💷 £24k | ⏰ Full time": the pictures before the facts are no words.)
        let parts: Vec<&str> = if separated {
            META_SEPARATOR
                .split(text)
                .map(without_pictographs)
                .collect()
        } else {
            vec![text]
        };
        // A facts line is short; one led by a company in bold may carry a longer part that
        // stays text.
        // (Each part of a line of three or more is checked on its own below.)
        let limit = if parts.len() >= 3 { 24 } else { 14 };
        if word_count_up_to(text, limit) > limit
            && !parts.first().is_some_and(|first| is_bold(first))
        {
            return false;
        }
        // "**Fieldnote** · Remote (United States) · Full-time": a first part in bold, before
        // other facts, names the company.
        if let Some(first) = parts.first().map(|part| part.trim()) {
            if parts.len() >= 2
                && self.posting.company.is_empty()
                && is_bold(first)
                && word_count_up_to(first, 6) <= 6
                && !same_words(first, &self.posting.title)
            {
                return self.company_line(first, &parts[1..], raw);
            }
            // The same line without the bold (pasted text, an HTML page's <strong> read as
            // text): a short capitalised name that is no fact or place, before any content
            // ("Brightline Solar · Tucson, AZ" under the title).
            if separated
                && parts.len() >= 2
                && self.posting.company.is_empty()
                && !self.seen_content
                && !self.posting.title.is_empty()
                && is_title_case(first)
                // ("📍 Harrogate" is a place, marked with its pin.)
                && !text.trim_start().starts_with('\u{1f4cd}')
                && self.could_lead_facts(first)
                // ("Lee Valley Veterinary Hospital · Main Street, Ballincollig, Co. Cork" under
                // "Veterinary Nurse": a name before an address is the company's, though it
                // shares a word with the title.)
                && (could_be_a_company(first, &self.posting.title)
                    || could_be_a_company(first, "")
                        && word_count(first) >= 3
                        && parts[1..].iter().any(|part| looks_like_place(part)))
                && self.company_line(first, &parts[1..], raw)
            {
                return true;
            }
        }
        // "Aspen Ridge Care Center - Aurora, CO" under the title, before any content: the
        // company and its place, joined by a dash.
        if !separated
            && self.posting.company.is_empty()
            && !self.seen_content
            && !self.posting.title.is_empty()
        {
            let dashed = [" - ", " \u{2013} ", " \u{2014} "]
                .iter()
                .find_map(|dash| text.split_once(dash));
            if let Some((first, rest)) = dashed {
                let (first, rest) = (first.trim(), rest.trim());
                let place = !crate::text::place::find_places_in_location(rest).is_empty()
                    || self.is_metadata_part(rest);
                if place
                    && (is_title_case(first) || could_be_a_company(first, &self.posting.title))
                    && self.could_lead_facts(first)
                    && self.company_line(first, &[rest], raw)
                {
                    return true;
                }
            }
        }
        let is_metadata: Vec<bool> = parts
            .iter()
            .map(|part| self.is_metadata_part(part))
            .collect();
        let recognised = is_metadata.iter().filter(|is| **is).count();
        // (A line with no fact is no facts line, whatever its other parts are: known before
        // they are compared with the company.)
        if recognised == 0 {
            return false;
        }
        // The company again ("Ledgerline · New York, NY · Full-time" under a logo line that
        // named it) is no place.
        let company = self.posting.company.clone();
        let is_company =
            |part: &str| !company.is_empty() && same_words(&clean_inline(part), &company);
        let places: Vec<&&str> = parts
            .iter()
            .zip(&is_metadata)
            .filter(|(part, is)| !**is && !is_company(part))
            .map(|(part, _)| part)
            .collect();
        // A place is a few capitalised words, and names no employment type ("Internship, June
        // to August" says more than a type: it stays text).
        let places_ok = places.iter().all(|part| {
            (word_count_up_to(part, 4) <= 4 || looks_like_place(part))
                && part.trim().chars().next().is_some_and(char::is_uppercase)
                && employment_type_in(part).is_none()
        });
        if !places_ok || (parts.len() == 1 && !places.is_empty()) {
            return false;
        }
        // A second pay line (a job-family page's next level) finds the pay taken: the line
        // stays text where it stands.
        let pay_taken = self.posting.pay.has_figures() && !self.pay_from_prose;
        if pay_taken
            && parts
                .iter()
                .any(|part| pay_line::find(part).is_some_and(|pay| pay.only_pay))
        {
            return false;
        }
        self.flush_block();
        for part in parts.iter().filter(|part| !is_company(part)) {
            if let Some((kind, mode)) = type_and_mode(part) {
                self.posting.employment_type.get_or_insert(kind);
                self.posting.location.work_mode.get_or_insert(mode);
                continue;
            }
            if let Some(captures) = WORK_MODE_LINE.captures(part) {
                if word_count_up_to(part, 8) <= 8 {
                    self.apply_work_mode(&captures[1], &captures[2]);
                    continue;
                }
            }
            if is_employment_type_only(part) {
                if let Some(kind) = employment_type_in(part) {
                    self.posting.employment_type.get_or_insert(kind);
                }
                continue;
            }
            if let Some(pay) = pay_line::find(part).filter(|pay| pay.only_pay) {
                self.set_pay(&pay);
                continue;
            }
            if let Some(reason) = self.labelled_pay_reason(part) {
                self.set_pay_reason(&reason);
                continue;
            }
            self.location_value(&clean_inline(part));
        }
        self.consumed.push(raw.to_owned());
        true
    }

    /// A job board's facts line under the title: the company in bold, then the place, work
    /// mode, employment type or pay, one to a part. Each part that is one of those facts goes
    /// to its field; a part that says more ("Full-time, Monday to Friday, 8 a.m. to 4:30 p.m.")
    /// stays text (its employment type still read), so no word is lost.
    fn company_line(&mut self, company: &str, parts: &[&str], raw: &str) -> bool {
        enum Fact {
            TypeAndMode(EmploymentType, WorkMode),
            WorkMode(String, String),
            Type(EmploymentType),
            Pay(pay_line::PayLine),
            Place(String),
            /// Text, with the employment type it names, if any.
            Text(String, Option<EmploymentType>),
        }
        let facts: Vec<Fact> = parts
            .iter()
            .map(|part| {
                let part = clean_inline(part);
                if let Some((kind, mode)) = type_and_mode(&part) {
                    return Fact::TypeAndMode(kind, mode);
                }
                if let Some(captures) = WORK_MODE_LINE.captures(&part) {
                    if word_count_up_to(&part, 8) <= 8 {
                        return Fact::WorkMode(captures[1].to_owned(), captures[2].to_owned());
                    }
                }
                if is_employment_type_only(&part) {
                    if let Some(kind) = employment_type_in(&part) {
                        return Fact::Type(kind);
                    }
                }
                if let Some(pay) = pay_line::find(&part).filter(|pay| pay.only_pay) {
                    return Fact::Pay(pay);
                }
                let named_type = employment_type_in(&part);
                if named_type.is_none()
                    && word_count_up_to(&part, 12) <= 12
                    && (!crate::text::place::find_places_in_location(&part).is_empty()
                        || looks_like_place(&part))
                {
                    return Fact::Place(part);
                }
                Fact::Text(part, named_type)
            })
            .collect();
        // "**Deadline** · March 3" names no company: only a line of facts does.
        if facts.iter().all(|fact| matches!(fact, Fact::Text(_, None))) {
            return false;
        }
        self.flush_block();
        self.posting.company = clean_inline(company);
        let mut rest: Vec<String> = Vec::new();
        for fact in facts {
            match fact {
                Fact::TypeAndMode(kind, mode) => {
                    self.posting.employment_type.get_or_insert(kind);
                    self.posting.location.work_mode.get_or_insert(mode);
                }
                Fact::WorkMode(mode, place) => self.apply_work_mode(&mode, &place),
                Fact::Type(kind) => {
                    self.posting.employment_type.get_or_insert(kind);
                }
                Fact::Pay(pay) => {
                    self.set_pay(&pay);
                }
                Fact::Place(place) => self.location_value(&place),
                Fact::Text(text, kind) => {
                    if let Some(kind) = kind {
                        self.posting.employment_type.get_or_insert(kind);
                    }
                    rest.push(text);
                }
            }
        }
        self.consumed.push(raw.to_owned());
        if !rest.is_empty() {
            self.route_prose(&rest.join(" \u{b7} "));
            self.flush_block();
        }
        true
    }

    /// True when `first`, the first part of a line of facts under the title, could be the
    /// company's name: a few words that are not the title again, and no fact, pay or place.
    fn could_lead_facts(&self, first: &str) -> bool {
        word_count(first) <= 6
            && !same_words(first, &self.posting.title)
            && !self.is_metadata_part(first)
            && employment_type_in(first).is_none()
            && pay_line::find(first).is_none()
            && crate::text::place::find_places_in_location(first).is_empty()
    }

    fn is_metadata_part(&self, part: &str) -> bool {
        let part = part.trim();
        if word_count_up_to(part, 8) <= 8 && WORK_MODE_LINE.is_match(part) {
            return true;
        }
        if word_count_up_to(part, 3) <= 3 && is_employment_type_only(part) {
            return true;
        }
        if word_count_up_to(part, 5) <= 5 && type_and_mode(part).is_some() {
            return true;
        }
        pay_line::find(part).is_some_and(|pay| pay.only_pay)
            || (part.contains(':') && self.labelled_pay_reason(part).is_some())
    }

    fn flush_block(&mut self) {
        match std::mem::replace(&mut self.block, Block::None) {
            Block::None => {}
            Block::Prose(text) => {
                // A paragraph after a list's bullets, with no heading between, has left the
                // list ("We are a remote team ..." after the requirements).
                if matches!(self.target, Target::List(_)) && self.list_has_bullets {
                    self.target = Target::Unknown;
                }
                // A label of its own after the company's text ("Shifts" above the shift
                // times), which no section cue took, starts another topic: the company
                // section has ended.
                let first_line = text.split('\n').next().unwrap_or_default();
                if self.target == Target::AboutCompany
                    && !self.posting.about_company.is_empty()
                    && is_title_case(first_line)
                    && !ends_sentence(first_line)
                {
                    self.target = Target::Unknown;
                }
                self.route_prose(&text);
            }
            Block::Item { text, .. } => {
                if matches!(self.target, Target::List(_)) {
                    self.list_has_bullets = true;
                }
                self.route_item(&text);
            }
        }
    }

    fn flush_pending_headings(&mut self) {
        for heading in std::mem::take(&mut self.pending_headings) {
            append_paragraph(&mut self.posting.summary, &heading);
        }
    }

    fn flush_group(&mut self) {
        if self.group.is_empty() {
            return;
        }
        let items = std::mem::take(&mut self.group);
        if let Some(kind) = guess_list(&items) {
            self.flush_pending_headings();
            for item in items {
                self.push_item(kind, item);
            }
            return;
        }
        if self.target == Target::Summary {
            for item in items {
                append_bullet(&mut self.posting.summary, &item);
            }
            return;
        }
        for heading in std::mem::take(&mut self.pending_headings) {
            append_paragraph(&mut self.posting.unplaced, &heading);
        }
        for item in items {
            append_bullet(&mut self.posting.unplaced, &item);
        }
    }

    fn route_prose(&mut self, text: &str) {
        self.seen_content = true;
        self.open_heading = None;
        if self.target != Target::Pay {
            self.prose_pay(text);
        }
        let free = matches!(
            self.target,
            Target::Summary | Target::Unknown | Target::AboutCompany
        );
        let topic = self.target == Target::Topic;
        let normalized = if free || topic || self.target == Target::HowToApply {
            heading::normalize(text)
        } else {
            String::new()
        };
        if free {
            if self.posting.employment_type.is_none() {
                self.posting.employment_type = employment_type_in_normalized(&normalized);
            }
            let remote = [
                " 100 remote ",
                " fully remote ",
                " remote first ",
                " all remote ",
            ];
            // (One search for the word they share before the four phrases.)
            if self.posting.location.work_mode.is_none()
                && normalized.contains("remote")
                && remote.iter().any(|needle| normalized.contains(needle))
            {
                self.posting.location.work_mode = Some(WorkMode::Remote);
            }
        }
        // A title-case label ("Equal Employment Opportunity Policy") that no heading rule
        // took stays where it stands; only prose is moved by what it says.
        let label = is_title_case(text) && !ends_sentence(text);
        // A paragraph under its own label ("Physical Demands" then "... reasonable
        // accommodations may be made ...") is what its label says, unless the label itself
        // names the statement.
        let own_label = text.split_once('\n').is_some_and(|(first, _)| {
            is_title_case(first) && !is_equal_opportunity_text(&heading::normalize(first))
        });
        if (free || self.target == Target::HowToApply)
            && !label
            && !own_label
            && is_equal_opportunity_text(&normalized)
        {
            self.flush_group();
            append_paragraph(&mut self.posting.equal_opportunity, text);
            return;
        }
        if free && !label && is_how_to_apply_text(&normalized) {
            self.flush_group();
            append_paragraph(&mut self.posting.how_to_apply.text, text);
            self.take_url(text);
            return;
        }
        if free && is_on_call_text(&normalized) && !on_call_prose::only_others_on_call(text) {
            self.flush_group();
            self.on_call_text(text, false);
            return;
        }
        if topic {
            // The schedule is no on-call duty: a paragraph under a topic heading stays with
            // its label, and one that says nobody is on call says so for the posting. (The
            // sentences that describe a duty are read from here after the split.)
            if is_on_call_text(&normalized)
                && on_call_prose::says_no_on_call(text)
                && self.posting.on_call.status == OnCallStatus::NotStated
            {
                self.posting.on_call.status = OnCallStatus::None;
            }
            // Past the topic's own first paragraph, the statement and the way to apply
            // still leave it.
            if self.topic_label.is_none() && is_equal_opportunity_text(&normalized) {
                append_paragraph(&mut self.posting.equal_opportunity, text);
                return;
            }
            if self.topic_label.is_none() && !label && is_how_to_apply_text(&normalized) {
                append_paragraph(&mut self.posting.how_to_apply.text, text);
                self.take_url(text);
                return;
            }
            let text = self.under_topic_label(text);
            append_paragraph(&mut self.posting.summary, &text);
            return;
        }
        match self.target {
            Target::Summary | Target::Unknown | Target::Topic => {
                self.flush_group();
                self.flush_pending_headings();
                append_paragraph(&mut self.posting.summary, text);
            }
            Target::AboutCompany => append_paragraph(&mut self.posting.about_company, text),
            Target::List(ListKind::Benefits)
                if self.benefits_with_pay && pay_line::states_base_pay(text) =>
            {
                self.pay_text(text);
            }
            // A paragraph after a list that tells the reader how to apply ("Apply by calling Jo
            // on ...", below the benefits) is the how-to-apply text, not the list's last item.
            Target::List(_) if is_how_to_apply_text(&heading::normalize(text)) => {
                append_paragraph(&mut self.posting.how_to_apply.text, text);
                self.take_url(text);
            }
            Target::List(kind) => {
                self.push_item(kind, text);
            }
            Target::OnCall => self.on_call_text(text, false),
            Target::HowToApply => {
                append_paragraph(&mut self.posting.how_to_apply.text, text);
                self.take_url(text);
            }
            Target::EqualOpportunity => append_paragraph(&mut self.posting.equal_opportunity, text),
            Target::Pay => self.pay_text(text),
            Target::Unplaced => append_paragraph(&mut self.posting.unplaced, text),
            Target::Location => {
                if word_count_up_to(text, 15) <= 15 {
                    self.location_value(text);
                } else {
                    append_paragraph(&mut self.posting.summary, text);
                }
            }
        }
    }

    fn route_item(&mut self, text: &str) {
        self.seen_content = true;
        self.open_heading = None;
        self.seen_section = true;
        match self.target {
            Target::Summary | Target::Unknown => self.group.push(text.to_owned()),
            Target::Topic => match self.topic_label.take() {
                Some(label) => {
                    let text = format!("{}\n- {}", label.trim(), text.trim());
                    append_paragraph(&mut self.posting.summary, &text);
                }
                None => append_bullet(&mut self.posting.summary, text),
            },
            Target::AboutCompany => append_bullet(&mut self.posting.about_company, text),
            // Under "Pay and benefits", or the first item of the benefits that states the base
            // pay when nothing has given it ("What's on offer: - Pay from $28.50 per hour").
            Target::List(ListKind::Benefits)
                if (self.benefits_with_pay || !self.posting.pay.has_figures())
                    && pay_line::states_base_pay(text) =>
            {
                self.pay_text(text);
            }
            Target::List(kind) => {
                self.push_item(kind, text);
            }
            Target::OnCall => self.on_call_text(text, true),
            Target::HowToApply => {
                append_bullet(&mut self.posting.how_to_apply.text, text);
                self.take_url(text);
            }
            Target::EqualOpportunity => append_bullet(&mut self.posting.equal_opportunity, text),
            Target::Pay => self.pay_text(text),
            Target::Unplaced => append_bullet(&mut self.posting.unplaced, text),
            Target::Location => self.location_value(text),
        }
    }

    fn on_call_text(&mut self, text: &str, bullet: bool) {
        let on_call = &mut self.posting.on_call;
        if on_call.status == OnCallStatus::NotStated {
            on_call.status = if on_call_prose::says_no_on_call(text) {
                OnCallStatus::None
            } else {
                OnCallStatus::Required
            };
        }
        if bullet {
            append_bullet(&mut on_call.details, text);
        } else {
            append_paragraph(&mut on_call.details, text);
        }
    }

    fn pay_text(&mut self, text: &str) {
        let found = pay_line::find(text);
        // "Sign-on bonus up to $2,000" under the pay heading: a sum beside the pay.
        if found.is_some() && pay_line::names_another_sum(text) {
            self.push_item(ListKind::Benefits, text);
            return;
        }
        match found {
            Some(pay) if pay.only_pay && self.set_pay(&pay) => {
                self.consumed.push(text.to_owned());
            }
            // A figure in a sentence, its period not written, gives way to a reason stated
            // for giving no range ("salary: Competitive base + uncapped commission", then "Our
            // top rep earned $112,000 last year.").
            Some(pay) if !pay.period_stated && !self.posting.pay.absent_reason.is_empty() => {
                self.push_item(ListKind::Benefits, text);
            }
            Some(pay) => {
                self.set_pay(&pay);
                self.push_item(ListKind::Benefits, text);
            }
            // "Shifts and pay" heads the hours too: a paragraph that names no money is about
            // the schedule, which the summary keeps.
            None if self.pay_with_hours && !pay_line::speaks_of_money(text) => {
                append_paragraph(&mut self.posting.summary, text);
            }
            None => {
                self.push_item(ListKind::Benefits, text);
            }
        }
    }

    fn finish(&mut self) {
        self.release_pending_label();
        self.flush_block();
        self.flush_group();
        self.flush_pending_headings();
        self.flush_topic_label();
        self.close_empty_heading();
        if self.posting.title.is_empty() {
            if let Some(title) = infer_title(self.posting) {
                self.posting.title = title;
            }
        }
        if self.posting.company.is_empty() {
            if let Some(name) = self.about_name.as_deref() {
                if let Some(company) = company_from_about(name, &self.posting.about_company) {
                    self.posting.company = company;
                }
            }
        }
        location::complete(self.posting, &mut self.consumed);
        // Labelled facts are the posting's own record; the prose adds nothing to them.
        if !self.on_call_labelled {
            on_call_prose::complete(self.posting, self.on_call_section);
        }
    }
}

/// A title line too long as a whole (more than ten words) cut where the title ends: before its
/// first bar ("Maintenance Planner - Fixed Plant | FIFO from Perth | 8/6 Roster") or colon
/// ("Direct Support Professionals: DSP I, DSP II and DSP Team Lead"), or before its
/// one dash when the words before it are in title case, not a sentence cut at a dash
/// ("Apprentice Electrician (Level 3 Installation and Maintenance Electrician) - September 2027
/// intake"). A line of several dashes ("Urgent Hiring - Delivery Partners - Bengaluru -
/// Immediate Joining") is an advert's banner, not cut: the title is looked for below it. Gives
/// the title and the rest, which stays as text.
fn cut_long_title(title: &str) -> Option<(&str, &str)> {
    if word_count_up_to(title, 10) <= 10 {
        return None;
    }
    if let Some((head, rest)) = title.split_once(" | ") {
        if word_count_up_to(head, 10) <= 10 && !rest.trim().is_empty() {
            return Some((head.trim_end(), rest.trim()));
        }
    }
    // "Direct Support Professionals: DSP I, DSP II and DSP Team Lead": the roles named, then
    // the levels after a colon.
    if let Some((head, rest)) = title.split_once(": ") {
        if word_count_up_to(head, 10) <= 10 && is_title_case_head(head) && !rest.trim().is_empty() {
            return Some((head.trim_end(), rest.trim()));
        }
    }
    let mut splits = [" - ", " \u{2013} ", " \u{2014} "]
        .iter()
        .flat_map(|separator| title.match_indices(separator));
    let (Some((at, separator)), None) = (splits.next(), splits.next()) else {
        return None;
    };
    let head = title[..at].trim_end();
    let rest = title[at + separator.len()..].trim();
    (word_count_up_to(head, 10) <= 10
        && is_title_case_head(head)
        && (!ends_sentence(head) || head.ends_with(')') && head.contains('('))
        && !rest.is_empty())
    .then_some((head, rest))
}

/// Whether the words of a first line's head are in title case: none starts with a lower-case
/// letter, short words ("of", "and", "in") aside.
fn is_title_case_head(head: &str) -> bool {
    head.split_whitespace()
        .all(|word| !word.starts_with(char::is_lowercase) || word.len() <= 3)
}

/// A posting's first line taken apart: an e-mail's "Subject:" and a label before the title
/// ("NEW POSITION:", "HOT JOB -"), the title, a place after a dash ("Live-in Nanny - Medina,
/// WA"), the pay after a dash or in brackets ("- up to €95k + bonus", "($95K+)") and a job
/// reference in brackets at the end ("(Job #N-2291)").
struct TitleParts<'a> {
    prefix: &'a str,
    title: &'a str,
    place: Option<&'a str>,
    pay: Option<&'a str>,
    reference: Option<&'a str>,
    /// Words of the line that are none of these, kept in the unsorted text: a short tag after
    /// the pay or the place ("- Immediate Start"), the words before a place in brackets ("-
    /// Busy South Congress Tex-Mex (South Austin)").
    notes: Vec<&'a str>,
}

/// Labels an e-mail puts before a job title.
const TITLE_PREFIXES: &[&str] = &[
    "subject",
    "re",
    "fwd",
    "fw",
    "new position",
    "new role",
    "new job",
    "job opening",
    "job opportunity",
    "opening",
    "now hiring",
    "hiring",
    "urgent",
    "vacancy",
    "position",
    "hot job",
    "staff wanted",
    "help wanted",
    "we're hiring",
    "we are hiring",
    // An agency's brief: "FREELANCE BRIEF // Senior Copywriter".
    "freelance brief",
    "brief",
    // "Role \u{2014} Lecturer, Health and Social Care", "Ad for posting - Home Support Worker".
    "role",
    "job",
    "post",
    "job vacancy",
    "job posting",
    "ad for posting",
    "advert",
    "job advert",
];

/// A mark a banner is written between: an asterisk, or a symbol outside ASCII (an emoji, a
/// star), not a letter, digit or space.
fn is_banner_mark(c: char) -> bool {
    c == '*' || !c.is_ascii() && !c.is_alphanumeric() && !c.is_whitespace()
}

/// The words of a title that count against its length: a note in brackets at the end of a
/// title with no dash or bar in it ("Lecturer, Health and Social Care (0.6 FTE, fixed term
/// to 30 June 2027)") is not counted. Counting stops past eleven.
fn title_words(title: &str) -> usize {
    let head = match title.rfind(" (") {
        Some(open)
            if title.ends_with(')')
                && ![" - ", " \u{2013} ", " \u{2014} ", " | "]
                    .iter()
                    .any(|dash| title[..open].contains(dash)) =>
        {
            &title[..open]
        }
        _ => title,
    };
    word_count_up_to(head, 11)
}

/// True for a line that is only a banner: "NOW HIRING!!", "\u{1f4e3} WE'RE HIRING \u{1f4e3}",
/// "Help wanted".
fn is_banner(text: &str) -> bool {
    TITLE_PREFIXES.contains(&heading::normalize(text).trim())
}

/// "Barista wanted at Fynbos & Fire, Bree Street!": the title before "wanted" or "needed"
/// and where, in a short head in title case.
fn wanted_title(line: &str) -> Option<&str> {
    sought_title(line).or_else(|| title_before_wanted(line))
}

/// Calls before the job sought: "Looking for an Office Cleaner", "Seeking a Night Porter".
const SOUGHT: &[&str] = &[
    "looking for ",
    "we're looking for ",
    "we are looking for ",
    "seeking ",
    "now seeking ",
    "we're seeking ",
    "we are seeking ",
];

/// "Looking for an experienced Office Cleaner to join us": the title after the call and its
/// article (and lower-case words before the title), up to where the sentence goes on.
fn sought_title(line: &str) -> Option<&str> {
    let lower = line.to_ascii_lowercase().replace('\u{2019}', "'");
    // (The typographic apostrophe is three bytes where "'" is one.)
    if lower.len() != line.len() {
        return None;
    }
    let mut at = SOUGHT
        .iter()
        .find(|call| lower.starts_with(*call))
        .map(|call| call.len())?;
    if let Some(article) = ["a ", "an ", "our ", "the "]
        .iter()
        .find(|article| lower[at..].starts_with(*article))
    {
        at += article.len();
    }
    // Up to two lower-case words before the title ("an experienced Office Cleaner").
    for _ in 0..2 {
        let rest = &line[at..];
        let word = rest.split_whitespace().next()?;
        if !word.starts_with(char::is_lowercase) {
            break;
        }
        at += rest.len() - rest.trim_start().len() + word.len();
        at += line[at..].len() - line[at..].trim_start().len();
    }
    let rest = &line[at..];
    let end = [
        " to ",
        " for ",
        " at ",
        " in ",
        " who ",
        " - ",
        " \u{2013} ",
        "!",
        ".",
        ",",
        " (",
    ]
    .iter()
    .filter_map(|mark| rest.find(mark))
    .min()
    .unwrap_or(rest.len());
    let head = rest[..end].trim();
    ((1..=6).contains(&word_count_up_to(head, 6))
        && head.starts_with(char::is_uppercase)
        && is_title_case_head(head))
    .then_some(head)
}

/// "Barista wanted at Fynbos & Fire": the title before "wanted" or "needed" and where.
fn title_before_wanted(line: &str) -> Option<&str> {
    let lower = line.to_ascii_lowercase();
    let at = [" wanted ", " needed "]
        .iter()
        .filter_map(|word| {
            let at = lower.find(word)?;
            let after = &lower[at + word.len()..];
            ["at ", "in ", "for "]
                .iter()
                .any(|place| after.starts_with(place))
                .then_some(at)
        })
        .min()?;
    let head = line[..at].trim_end();
    ((1..=6).contains(&word_count_up_to(head, 6))
        && head.starts_with(|c: char| c.is_uppercase())
        && is_title_case_head(head)
        && !ends_sentence(head))
    .then_some(head)
}

fn title_parts(line: &str) -> TitleParts<'_> {
    let mut rest = line.trim();
    // "Subject: NEW POSITION: Nanny", "Subject: HOT JOB - Planner": labels, one after another.
    let mut prefix_end = 0;
    // "*** STAFF WANTED *** Bar Staff", "\u{2615} WE'RE HIRING \u{2615} Barista": a banner
    // between marks (asterisks, emoji).
    if rest.starts_with(is_banner_mark) {
        let inner = rest.trim_start_matches(|c: char| is_banner_mark(c) || c == ' ');
        if let Some((banner, after)) = inner.split_once(is_banner_mark) {
            let after = after.trim_start_matches(is_banner_mark);
            if TITLE_PREFIXES.contains(&heading::normalize(banner).trim())
                && !after.trim().is_empty()
            {
                prefix_end = rest.len() - after.len() + (after.len() - after.trim_start().len());
                rest = after.trim_start();
            }
        }
    }
    loop {
        let split = [":", " - ", " – ", " \u{2014} ", " // "]
            .iter()
            .find_map(|mark| {
                let (label, after) = rest.split_once(mark)?;
                Some((label, after, mark.len()))
            });
        let Some((label, after, mark)) = split else {
            break;
        };
        if !TITLE_PREFIXES.contains(&heading::normalize(label).trim()) || after.trim().is_empty() {
            break;
        }
        prefix_end += label.len() + mark + (after.len() - after.trim_start().len());
        rest = after.trim_start();
    }
    let prefix = line.trim()[..prefix_end].trim_end();
    // "($95K+)", "- up to €95k + bonus": the pay, after the title.
    let mut pay = None;
    if let Some(open) = rest.rfind(" (") {
        let bracket = &rest[open + 1..];
        if bracket.ends_with(')') && pay_line::find(bracket).is_some() {
            pay = Some(bracket);
            rest = rest[..open].trim_end();
        }
    }
    // "(Job #N-2291)", "(Ref: 4411)": a reference, not part of the title.
    let mut reference = None;
    if let Some(open) = rest.rfind(" (") {
        let bracket = &rest[open + 1..];
        let lower = bracket.to_lowercase();
        if bracket.ends_with(')')
            && (bracket.contains('#')
                || ["(job", "(ref", "(req", "(id"]
                    .iter()
                    .any(|start| lower.starts_with(start)))
        {
            reference = Some(bracket);
            rest = rest[..open].trim_end();
        }
    }
    // "Barista - Seattle, WA": a place after the last dash; the pay may come after it
    // ("Tax Manager - Dublin 2 - up to €95k + bonus").
    const DASHES: [&str; 4] = [" - ", " – ", " — ", " | "];
    // The text before and after the last dash or bar, each trimmed.
    fn split_at_last_dash(line: &str) -> Option<(&str, &str)> {
        let (at, length) = DASHES
            .iter()
            .filter_map(|dash| Some((line.rfind(dash)?, dash.len())))
            .max()?;
        Some((line[..at].trim_end(), line[at + length..].trim()))
    }
    // The pay after the last dash ("... - up to €95k + bonus"), taken off `rest`.
    fn pay_after_last_dash<'l>(rest: &mut &'l str) -> Option<&'l str> {
        let (head, tail) = split_at_last_dash(rest)?;
        pay_line::find(tail)?;
        *rest = head;
        Some(tail)
    }
    // "Office Cleaner - Manchester - £12.71 per hour - Immediate Start": a short tag after
    // the pay or the place stays text, and the pay and the place before it are read.
    let mut notes = Vec::new();
    if let Some((head, tail)) = split_at_last_dash(rest) {
        let is_tag = (1..=3).contains(&word_count(tail))
            && !tail.chars().any(|c| c.is_ascii_digit())
            && pay_line::find(tail).is_none()
            && crate::text::place::find_places_in_location(tail).is_empty();
        let before = split_at_last_dash(head).map(|(_, before)| before);
        let after_a_fact = before.is_some_and(|before| {
            pay_line::find(before).is_some()
                || !crate::text::place::find_places_in_location(before).is_empty()
        });
        if is_tag && after_a_fact {
            notes.push(tail);
            rest = head;
        }
    }
    if pay.is_none() {
        pay = pay_after_last_dash(&mut rest);
        // Every part of pay at the end ("Sales Consultant | Up to $65K Base + Comms | OTE
        // $110K+"): the pay is what they say together, the base first.
        while let Some(earlier) = pay.and_then(|_| pay_after_last_dash(&mut rest)) {
            let start = earlier.as_ptr() as usize - line.as_ptr() as usize;
            let end = pay.map_or(start + earlier.len(), |later| {
                later.as_ptr() as usize - line.as_ptr() as usize + later.len()
            });
            pay = line.get(start..end).or(Some(earlier));
        }
    }
    let mut place = None;
    for dash in DASHES {
        if let Some(at) = rest.rfind(dash) {
            let tail = rest[at + dash.len()..].trim();
            // The place opens the tail ("Seattle, WA", "Hybrid – Minneapolis, MN"); a code
            // deep in a role's name is none ("DevOps/Site Reliability Engineer (IT
            // Specialist)").
            let places = crate::text::place::find_places_in_location(tail);
            let opens_with_place = places
                .first()
                .is_some_and(|place| word_count(&tail[..place.span.start]) <= 1);
            // ... or closes it in brackets ("Series A fintech (Austin)").
            let closes_with_place = places
                .last()
                .is_some_and(|place| tail[place.span.end..].trim() == ")");
            // ... or ends it after a comma, a district before its city ("St James's, London").
            let ends_with_place = places.last().is_some_and(|place| {
                tail[place.span.end..].trim().is_empty()
                    && tail[..place.span.start].trim_end().ends_with(',')
            });
            if word_count(tail) <= 5
                && !tail.is_empty()
                && (opens_with_place || closes_with_place || ends_with_place)
            {
                place = Some(tail);
                rest = rest[..at].trim_end();
            } else if closes_with_place {
                // "Servers Wanted - Busy South Congress Tex-Mex (South Austin)": the place in
                // brackets; the words before it are text.
                if let Some(open) = tail.rfind('(') {
                    let inside = tail[open + 1..].trim_end_matches(')').trim();
                    if !inside.is_empty() && word_count(inside) <= 5 {
                        place = Some(inside);
                        notes.insert(0, tail[..open].trim_end());
                        rest = rest[..at].trim_end();
                    }
                }
            }
            break;
        }
    }
    // "Laborer - Starting at $22/hr - Bohemia, NY": the pay before the place.
    if pay.is_none() && place.is_some() {
        pay = pay_after_last_dash(&mut rest);
    }
    TitleParts {
        prefix,
        title: rest,
        place,
        pay,
        reference,
        notes,
    }
}

/// The buttons of a job board's page, copied with the posting ("Apply Now     Save Job
/// Share").
const PAGE_BUTTONS: &[&str] = &[
    "apply",
    "apply now",
    "apply today",
    "apply for this job",
    "apply for job",
    "quick apply",
    "easy apply",
    "save",
    "save job",
    "save this job",
    "saved",
    "share",
    "share job",
    "share this job",
    "print",
    "print job",
    "print this job",
    "email",
    "email job",
    "email this job",
    "email to a friend",
    "report job",
    "report this job",
    "follow",
    "follow company",
    "sign in",
    "log in",
    "create alert",
    "create job alert",
    "job alert",
];

/// More bytes than any of [`PAGE_BUTTONS`] takes, with room for the marks around it.
const LONGEST_BUTTON: usize = 48;

/// True when a separator between buttons ('|', a middle dot, a bullet, a tab or two spaces)
/// starts within the first `limit` bytes of `line`.
fn separator_within(line: &str, limit: usize) -> bool {
    let bytes = line.as_bytes();
    let next_are =
        |at: usize, expected: &[u8]| bytes.get(at + 1..at + 1 + expected.len()) == Some(expected);
    (0..bytes.len().min(limit)).any(|at| match bytes[at] {
        b'|' | b'\t' => true,
        b' ' => next_are(at, b" "),
        0xC2 => next_are(at, &[0xB7]),
        0xE2 => next_are(at, &[0x80, 0xA2]),
        _ => false,
    })
}

/// Where a breadcrumb leads back to ("Back to Search Results", "Return to all jobs").
const BREADCRUMB_PLACES: &[&str] = &[
    "search",
    "search results",
    "results",
    "jobs",
    "all jobs",
    "job listings",
    "job list",
    "listings",
    "openings",
    "all openings",
    "careers",
    "job search",
    "previous page",
    "top",
];

/// True for an e-mail's header line above a forwarded posting: "From: Kavitha R
/// <kavitha.r@example.in>", "To: ...", "Cc: ...", with an address, or with none right after
/// another header line (`after_header`: "To: Tax & Accountancy candidates (Bcc)" below the
/// "From:" and "Sent:" lines); "Date: Mon, 11 Jan 2027 10:42", "Sent: Tuesday, December 1,
/// 2026 4:12 PM", with a figure. (The "Subject:" line is the title's line: see
/// [`title_parts`].)
fn is_email_header(line: &str, after_header: bool) -> bool {
    let Some((label, value)) = line.trim().split_once(':') else {
        return false;
    };
    let value = value.trim();
    match label.trim().to_ascii_lowercase().as_str() {
        "from" | "to" | "cc" | "bcc" | "reply-to" => value.contains('@') || after_header,
        "date" | "sent" => value.bytes().any(|byte| byte.is_ascii_digit()) && value.contains(' '),
        _ => false,
    }
}

/// True for a line of a job board's page around the posting, not the posting: a breadcrumb
/// ("Back to Search Results", "< Return to jobs") or a row of two or more buttons ("Apply Now
/// Save Job     Share", "Save | Share | Print"). Its words are kept as unsorted text, never
/// taken for the title or a list item.
fn is_page_chrome(line: &str) -> bool {
    let line = line
        .trim()
        .trim_start_matches(['<', '\u{2190}', '\u{2039}', '\u{00ab}']);
    // Most lines are neither: a breadcrumb's first word is "back", "return" or "go", and a
    // row of buttons has a separator after its first button, which is short. Both checks read
    // only the start of the line (this runs on every line of a paste).
    let is_word_char = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}' | '\u{2018}');
    let first_word = line
        .split(|c: char| !is_word_char(c))
        .map(|word| word.trim_matches(['\'', '\u{2019}', '\u{2018}']))
        .find(|word| !word.is_empty())
        .unwrap_or("");
    let may_be_breadcrumb = ["back", "return", "go"]
        .iter()
        .any(|start| first_word.eq_ignore_ascii_case(start));
    let may_be_buttons = separator_within(line, LONGEST_BUTTON);
    if !may_be_breadcrumb && !may_be_buttons {
        return false;
    }
    let normalized = heading::normalize(line);
    let words = heading::words_of(&normalized);
    let breadcrumb = match words.as_slice() {
        ["back" | "return" | "go", "to", place @ ..] => {
            let place = place.strip_prefix(&["the"]).unwrap_or(place).join(" ");
            BREADCRUMB_PLACES.contains(&place.as_str())
        }
        _ => false,
    };
    if breadcrumb {
        return true;
    }
    // Buttons stand apart: runs of spaces, a tab, or a bar or dot between them.
    let spaced = line.replace('\t', "   ");
    let buttons: Vec<&str> = spaced
        .split(['|', '\u{b7}', '\u{2022}'])
        .flat_map(|part| part.split("  "))
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect();
    buttons.len() >= 2
        && buttons
            .iter()
            .all(|button| PAGE_BUTTONS.contains(&heading::normalize(button).trim()))
}

/// The cells of a Markdown pipe-table row ("| Location | Hours |"), or `None` for a line that
/// is no such row. A bar escaped with a backslash is text.
fn pipe_cells(line: &str) -> Option<Vec<String>> {
    let row = line.trim();
    let inner = row.strip_prefix('|')?;
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let mut cells = vec![String::new()];
    let mut escaped = false;
    for c in inner.chars() {
        match c {
            '|' if !escaped => cells.push(String::new()),
            _ => {
                if let Some(cell) = cells.last_mut() {
                    cell.push(c);
                }
            }
        }
        escaped = c == '\\' && !escaped;
    }
    let cells: Vec<String> = cells
        .iter()
        .map(|cell| cell.trim().replace("\\|", "|"))
        .collect();
    (cells.len() >= 2).then_some(cells)
}

/// True for a pipe table's delimiter row: "|---|:---:|".
fn is_delimiter_row(line: &str) -> bool {
    // (Only pipes, dashes, colons and spaces: most lines fail on their first letter.)
    line.chars()
        .all(|c| matches!(c, '|' | '-' | ':') || c.is_whitespace())
        && pipe_cells(line).is_some_and(|cells| {
            cells.iter().all(|cell| {
                let dashes = cell.trim_matches(':');
                !dashes.is_empty() && dashes.bytes().all(|byte| byte == b'-')
            })
        })
}

/// Markdown pipe tables in `text` written as the lines the splitter reads, or `None` when
/// the text has none: a table of one row of values under its labels ("| Location | Hours |",
/// "| Leeds | 40 |") becomes "Label: value" lines ("Location: Leeds"); a table of two
/// columns becomes an item per row ("- Start: $26.12"), and a wider one an item per row
/// with its cells apart by " | ", as an HTML table's row is a line. The delimiter row, which
/// holds no words, goes.
fn pipe_tables_as_lines(text: &str) -> Option<String> {
    // A table has a delimiter row: the lines are read only when one is there, looked for
    // on the lines that hold a pipe (each read once).
    let mut checked_to = 0;
    let has_delimiter_row = text.match_indices('|').any(|(at, _)| {
        if at < checked_to {
            return false;
        }
        let start = text[..at].rfind('\n').map_or(0, |end| end + 1);
        let end = text[at..].find('\n').map_or(text.len(), |end| at + end);
        checked_to = end;
        is_delimiter_row(&text[start..end])
    });
    if !has_delimiter_row {
        return None;
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::with_capacity(text.len());
    let mut found = false;
    let mut index = 0;
    while index < lines.len() {
        // (The delimiter row first: most lines start no table.)
        let delimited = lines
            .get(index + 1)
            .is_some_and(|next| is_delimiter_row(next));
        let Some(header) = delimited.then(|| pipe_cells(lines[index])).flatten() else {
            out.push_str(lines[index]);
            out.push('\n');
            index += 1;
            continue;
        };
        found = true;
        let mut rows = Vec::new();
        index += 2;
        while let Some(cells) = lines.get(index).and_then(|line| pipe_cells(line)) {
            rows.push(cells);
            index += 1;
        }
        let pair = |label: &str, value: &str| match (label.is_empty(), value.is_empty()) {
            (false, false) => format!("{label}: {value}"),
            (false, true) => label.to_owned(),
            _ => value.to_owned(),
        };
        let mut table = Vec::new();
        if rows.len() == 1 {
            for (at, label) in header.iter().enumerate() {
                let value = rows[0].get(at).map_or("", String::as_str);
                table.push(pair(label, value));
            }
        } else if header.len() == 2 {
            for row in std::iter::once(&header).chain(&rows) {
                table.push(pair(&row[0], row.get(1).map_or("", String::as_str)));
            }
        } else {
            for row in std::iter::once(&header).chain(&rows) {
                let cells: Vec<&str> = row
                    .iter()
                    .map(String::as_str)
                    .filter(|cell| !cell.is_empty())
                    .collect();
                table.push(cells.join(" | "));
            }
        }
        // Rows are items, which never run together as one wrapped item; a single row's
        // facts are lines of their own, as a facts block under the title writes them.
        let marker = if rows.len() == 1 { "" } else { "- " };
        out.push('\n');
        for line in table.iter().filter(|line| !line.is_empty()) {
            out.push_str(marker);
            out.push_str(line);
            out.push('\n');
        }
        out.push('\n');
    }
    found.then_some(out)
}

/// True when a line is a row of a table laid out with spaces: cells apart by runs of three or
/// more spaces (or a tab), at least two such gaps.
fn is_table_row(line: &str) -> bool {
    let line = line.trim().replace('\t', "   ");
    line.split("   ")
        .filter(|cell| !cell.trim().is_empty())
        .count()
        >= 3
}

/// The company an "About <Name>" heading names, as the section under it writes the name ("About
/// QUILLPOINT" over "Quillpoint makes ..." gives "Quillpoint"): only when the section names it
/// too, so that a heading about something else ("About Remote Work") names no company.
fn company_from_about(name: &str, about_company: &str) -> Option<String> {
    let is_word = |c: char| c.is_alphanumeric();
    about_company
        .char_indices()
        .filter(|(at, _)| {
            !about_company[..*at]
                .chars()
                .next_back()
                .is_some_and(is_word)
        })
        .find_map(|(at, _)| {
            let candidate = about_company.get(at..at + name.len())?;
            let after = about_company[at + name.len()..].chars().next();
            (candidate.eq_ignore_ascii_case(name) && !after.is_some_and(is_word))
                .then(|| candidate.to_owned())
        })
}

/// A job title named in the prose ("We're hiring a Talent Acquisition Specialist to ...").
fn infer_title(posting: &Posting) -> Option<String> {
    let texts = [posting.summary.as_str(), posting.about_company.as_str()];
    for text in texts {
        for paragraph in text.split("\n\n") {
            for pattern in TITLE_PATTERNS.iter() {
                if let Some(captures) = pattern.captures(paragraph) {
                    let title = captures[1].trim().trim_end_matches(['-', '.']).trim();
                    let words = word_count(title);
                    if (1..=6).contains(&words) && !heading::is_generic(title) {
                        return Some(title.to_owned());
                    }
                }
            }
        }
    }
    for text in texts {
        if let Some(captures) = ROLE_PHRASE.captures(text) {
            let phrase = captures[1].trim();
            let singular = phrase.strip_suffix('s').unwrap_or(phrase);
            return Some(capitalise_words(singular));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PayPeriod;

    fn split(text: &str) -> (Posting, Vec<String>) {
        let mut posting = Posting::default();
        let consumed = split_into(text, &mut posting);
        (posting, consumed)
    }

    fn texts(items: &[crate::model::ListItem]) -> Vec<&str> {
        items.iter().map(|item| item.text.as_str()).collect()
    }

    #[test]
    fn a_heading_that_states_the_pay_gives_it() {
        let (posting, _) = split(
            "# Office Manager\n\nWe run a busy dental practice.\n\n## $58,000 per year\n\nFull benefits from day one.\n",
        );
        assert_eq!(
            (posting.pay.min, posting.pay.max, posting.pay.period),
            (Some(58_000.0), Some(58_000.0), Some(PayPeriod::Year))
        );
        // Its words stay in the text.
        assert!(posting.summary.contains("$58,000 per year"));
    }

    #[test]
    fn heading_and_bold_lines_read_as_their_patterns_did() {
        let heading = Regex::new(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$").unwrap();
        let bold = Regex::new(r"^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*(:?)\s*$").unwrap();
        let lines = [
            "# Title",
            "## What you'll do ##",
            "   ### Deep  #  ",
            "    # Code",
            "####### Seven",
            "#NoSpace",
            "#",
            "#  ",
            "# ###",
            "## a# #",
            "\u{a0}# Nbsp\u{a0}",
            "\t\t\t# Tabs",
            "# Title #x",
            "###### Six",
            "# é ü #",
            "**Benefits**",
            "__About us__:",
            "**Bold** :  ",
            "****",
            "*****",
            "**a**::",
            "**a** text",
            "  **Lead**  in **bold**",
            "**x__",
            "__x**",
            "**Salary:** 100",
            "**Salary**:",
            "** spaced **",
            "**a**\u{a0}:\u{a0}",
            "*one*",
            "**",
            "**:",
            "**::**",
            "Plain text",
            "",
        ];
        for line in lines {
            let expected = heading
                .captures(line)
                .map(|captures| (captures[1].len(), captures.get(2).unwrap().as_str()));
            assert_eq!(heading_marks(line), expected, "{line:?}");
            let expected = bold
                .captures(line)
                .map(|captures| captures.get(1).unwrap().as_str());
            assert_eq!(bold_line(line), expected, "{line:?}");
        }
        // Every line of up to six characters from the ones the patterns care about.
        let alphabet = [' ', '#', '*', '_', ':', 'a', '\u{a0}'];
        let mut line = String::new();
        for length in 0..=6u32 {
            for mut code in 0..alphabet.len().pow(length) {
                line.clear();
                for _ in 0..length {
                    line.push(alphabet[code % alphabet.len()]);
                    code /= alphabet.len();
                }
                let expected = heading
                    .captures(&line)
                    .map(|captures| (captures[1].len(), captures.get(2).unwrap().as_str()));
                assert_eq!(heading_marks(&line), expected, "{line:?}");
                let expected = bold
                    .captures(&line)
                    .map(|captures| captures.get(1).unwrap().as_str());
                assert_eq!(bold_line(&line), expected, "{line:?}");
            }
        }
    }

    #[test]
    fn label_lines_read_as_their_pattern_did() {
        let pattern = Regex::new(
            r"^(?:\*\*|__)?([A-Za-z][A-Za-z &/'’()-]{0,30}?)\s*(?::\*\*|\*\*:|:__|__:|:)\s*(.*)$",
        )
        .unwrap();
        for line in [
            "Location: Berlin",
            "**Salary:** $50,000",
            "__Pay__: 20",
            "**Pay**: 20",
            "Job Title:",
            "Job Title:   ",
            "Pay  : 20 an hour",
            "Pay\t: 20",
            "Pay  x: y",
            "Reports To (Manager): Jane",
            "O’Brien & Sons / Co-op: yes",
            "A: b: c",
            "1: one",
            ": nothing",
            "Hours 9: to 5",
            "Abcdefghijklmnopqrstuvwxyzabcde: 31 letters",
            "Abcdefghijklmnopqrstuvwxyzabcdef: 32 letters",
            "Abcdefghijklmnopqrstuvwxyzabcd   : spaces after 30",
            "Pay:**",
            "Pay:*x",
            "Pay:\u{a0}\u{2003}value  ",
            "Pay:\nnext line",
            "Pay\n: x",
            "Pay: one\ntwo",
            "***Pay:** x",
            "**: x",
            "Caf\u{e9}: x",
            "Plain sentence without a colon",
            "",
        ] {
            let expected = pattern.captures(line).map(|captures| {
                (
                    captures.get(1).unwrap().as_str(),
                    captures.get(2).unwrap().as_str(),
                )
            });
            assert_eq!(key_value(line), expected, "{line:?}");
        }
    }

    #[test]
    fn numbered_bullets_read_as_their_pattern_did() {
        let pattern = Regex::new(r"^(\s*)\d{1,3}[.)]\s+(.*\S.*)$").unwrap();
        for line in [
            "1. Ship it",
            "  12) Ship it  ",
            "123. x",
            "1234. x",
            "1.Ship",
            "1. ",
            "1.\u{a0}Ship",
            "\u{2003}7) Ship",
            "1.  \n Ship",
            "1. Ship\nit",
            "\u{663}. Arabic-Indic",
            "1\u{663}. mixed",
            "1\u{e9}. letter",
            "401(k) match",
            "2026-01-05",
            "3 years",
            "9)",
            "",
        ] {
            let expected = pattern
                .captures(line)
                .map(|captures| (captures[1].len(), captures.get(2).unwrap().as_str()));
            assert_eq!(numbered_bullet(line), expected, "{line:?}");
        }
    }

    #[test]
    fn splits_markdown_headings_and_bullets() {
        let (posting, consumed) = split(
            "# Data Engineer\n\nWe move data.\n\n## What you'll do\n- Build pipelines\n* Own quality\n\n## Requirements\n1. SQL\n2) Python\n\n## Nice to have\n• dbt\n\n## Benefits\n- Pension\n",
        );
        assert_eq!(posting.title, "Data Engineer");
        assert_eq!(posting.summary, "We move data.");
        assert_eq!(
            texts(&posting.responsibilities),
            ["Build pipelines", "Own quality"]
        );
        assert_eq!(texts(&posting.must_have), ["SQL", "Python"]);
        assert_eq!(texts(&posting.nice_to_have), ["dbt"]);
        assert_eq!(texts(&posting.benefits), ["Pension"]);
        assert_eq!(consumed.len(), 4);
    }

    #[test]
    fn reads_bold_and_colon_headings() {
        let (posting, _) = split(
            "**Responsibilities**\n- Ship\n\nWhat we're looking for:\n- Rust\n\nBonus Points\n- Go\n",
        );
        assert_eq!(texts(&posting.responsibilities), ["Ship"]);
        assert_eq!(texts(&posting.must_have), ["Rust"]);
        assert_eq!(texts(&posting.nice_to_have), ["Go"]);
    }

    #[test]
    fn an_employment_type_line_that_says_more_keeps_its_words() {
        let (posting, consumed) = split(
            "Assistant Planner\nEmployment type: Full-time, permanent, Classified Service\n\nYou review plans.\n",
        );
        assert_eq!(posting.employment_type, Some(EmploymentType::FullTime));
        assert!(
            posting.summary.contains("Classified Service"),
            "{posting:?}"
        );
        assert!(!consumed.iter().any(|line| line.contains("Classified")));
        // A line of type and status words only is the field itself.
        let (posting, _) = split(
            "Assistant Planner\nEmployment type: Full-time, permanent\n\nYou review plans.\n",
        );
        assert_eq!(posting.employment_type, Some(EmploymentType::FullTime));
        assert!(!posting.summary.contains("permanent"), "{posting:?}");
    }

    #[test]
    fn reads_field_lines() {
        let (posting, consumed) = split(
            "Platform Engineer\nSalary: EUR 70,000 - 85,000 per year\nRemote (EU)\nFull-time\n\nWe build things.\n",
        );
        assert_eq!(posting.title, "Platform Engineer");
        assert_eq!(posting.pay.min, Some(70000.0));
        assert_eq!(posting.pay.max, Some(85000.0));
        assert_eq!(posting.pay.currency, "EUR");
        assert_eq!(posting.pay.period, Some(PayPeriod::Year));
        assert_eq!(posting.location.work_mode, Some(WorkMode::Remote));
        assert_eq!(posting.location.remote_eligibility, "EU");
        assert_eq!(posting.employment_type, Some(EmploymentType::FullTime));
        assert_eq!(posting.summary, "We build things.");
        assert_eq!(consumed.len(), 3);
    }

    #[test]
    fn reads_hybrid_location_and_labels() {
        let (posting, _) = split("Hybrid - Berlin\nLocation: Munich, Germany\n");
        assert_eq!(posting.location.work_mode, Some(WorkMode::Hybrid));
        assert_eq!(posting.location.places, "Berlin; Munich, Germany");
    }

    #[test]
    fn reads_a_field_line_written_with_a_dash() {
        let (posting, _) =
            split("Location - Brisbane\nSalary \u{2014} $52,000 to $58,000 a year\n");
        assert_eq!(posting.location.places, "Brisbane");
        assert_eq!(posting.pay.min, Some(52_000.0));
        // A title and its place are no field.
        let (posting, _) = split("Barista - Portland, OR\n\nWe pour coffee.\n");
        assert_eq!(posting.title, "Barista");
    }

    #[test]
    fn rewrites_pipe_tables_only_when_a_delimiter_row_is_there() {
        // Pipes and "|-" in prose, no delimiter row: the text is left as it is.
        assert_eq!(
            pipe_tables_as_lines("Shifts: early |-| late | night\nA | B\n"),
            None
        );
        assert_eq!(pipe_tables_as_lines("| a | b |\n| c | d |\n"), None);
        // A delimiter row after its header row, with Windows line ends too.
        let read = pipe_tables_as_lines(
            "Intro |-| here\r\n| Location | Hours |\r\n| :-- | --: |\r\n| Leeds | 40 |\r\n",
        );
        let read = read.unwrap_or_default();
        assert!(read.contains("Location: Leeds\n"), "{read}");
        assert!(read.contains("Hours: 40\n"), "{read}");
        assert!(read.starts_with("Intro |-| here"), "{read}");
    }

    #[test]
    fn reads_the_label_of_a_dashed_field_line_up_to_its_dash() {
        assert_eq!(
            dashed_key_value("Location  \u{2013} Brisbane"),
            Some(("Location", "Brisbane"))
        );
        assert_eq!(
            dashed_key_value("Salary - $52,000 - $58,000").map(|(_, value)| value),
            Some("$52,000 - $58,000")
        );
        assert_eq!(dashed_key_value("Location: Leeds - hybrid"), None);
        assert_eq!(dashed_key_value("Location - "), None);
        // A letter of more than one byte right before the dash, or anywhere: no panic.
        assert_eq!(dashed_key_value("Café- Leeds"), None);
        assert_eq!(dashed_key_value("Rémunération - 40 000 €"), None);
        assert_eq!(dashed_key_value("Barista - Portland, OR"), None);
        // A label has at most three words.
        assert_eq!(
            dashed_key_value("Place of work - Leeds"),
            Some(("Place of work", "Leeds"))
        );
        assert_eq!(dashed_key_value("Our usual place of work - Leeds"), None);
    }

    #[test]
    fn keeps_the_words_after_a_section_label_and_its_colon() {
        let (posting, _) = split(
            "Farm Hand\n\nAbout the role\nWe need help.\n\nWhere we are: Tauranga\n\nBenefits: Pension\n",
        );
        assert_eq!(posting.location.places, "Tauranga");
        assert_eq!(posting.benefits.len(), 1);
        assert_eq!(posting.benefits[0].text, "Pension");
        let (posting, _) = split("Where you'll work: Hebden Bridge\nSite: Moree depot\n");
        assert_eq!(posting.location.places, "Hebden Bridge; Moree depot");
    }

    #[test]
    fn on_call_heading_fills_on_call() {
        let (posting, _) =
            split("## On-call\nOne week in six, evenings and weekends, paid EUR 300 per week.\n");
        assert_eq!(posting.on_call.status, OnCallStatus::Required);
        assert!(posting.on_call.details.starts_with("One week in six"));
    }

    #[test]
    fn keeps_unknown_bullets_in_unplaced() {
        let (posting, _) = split("# Colours\n\n## Odds and ends\n- Blue\n- Green\n");
        assert_eq!(posting.unplaced, "Odds and ends\n\n- Blue\n- Green");
    }

    #[test]
    fn guesses_bullets_under_unknown_headings() {
        let (posting, _) = split(
            "# Billing Engineer\n## The gig\n- Build the billing service\n- Lead design reviews\n- Mentor engineers\n",
        );
        assert_eq!(posting.responsibilities.len(), 3);
        assert_eq!(posting.summary, "The gig");
        // Duties that open with their verb's -ing form; an -ing noun before a requirement's
        // words does not make a requirement a duty.
        let (posting, _) = split(
            "# Driver\n## The Role\n- Trunking and multi-drop deliveries\n- Coupling and uncoupling\n- Keeping temperature records accurate\n",
        );
        assert_eq!(posting.responsibilities.len(), 3);
        let (posting, _) = split(
            "# Support Lead\n## The basics\n- 10+ years of support experience\n- Strong experience with Zendesk\n- Accounting or bookkeeping knowledge\n",
        );
        assert_eq!(posting.must_have.len(), 3);
        let (posting, _) = split(
            "# Sales Executive\n## The basics\n- Tour guests through our model villa\n- Attend the daily 8:00 a.m. sales meeting\n- Greet owners at the gallery\n- Follow up with new owners\n",
        );
        assert_eq!(posting.responsibilities.len(), 4);
        // A field before a requirement's noun does not make it a duty; facts are no duties.
        let (posting, _) = split(
            "# Lecturer\n## The basics\n- Experience with numerical models\n- Teaching experience at university level\n- Fluent English\n",
        );
        assert_eq!(posting.must_have.len(), 3);
        let (posting, _) = split(
            "# Head of Sales\n## The basics\n- Funding: $24M Series A\n- Comp: $180K base\n- Reports to: the CEO\n",
        );
        assert!(posting.responsibilities.is_empty());
        // Items that speak of duties are duties, whatever verb opens them.
        let (posting, _) = split(
            "Line Cook\n\nJob Description\n- Prep vegetables and sauces for service\n- Plate mains on the pass\n- Cook grill orders to spec\n- Help with opening and closing duties\n- Any other duties as assigned by the Head Chef\n",
        );
        assert_eq!(posting.responsibilities.len(), 5);
    }

    #[test]
    fn a_lead_in_to_the_following_list_is_no_heading() {
        let (posting, _) = split(
            "HR Generalist\n\nTo be considered\n\nWe will look closely at applications that show the following:\n\n- Two years in HR\n- Experience with BambooHR\n",
        );
        // (The lead-in stays in the section it leads into.)
        assert_eq!(posting.must_have.len(), 3);
        assert_eq!(posting.must_have[2].text, "Experience with BambooHR");
        assert!(posting.how_to_apply.text.is_empty());
    }

    #[test]
    fn a_bullet_mark_alone_is_a_blank_item_not_text() {
        let (posting, _) = split(
            "Forklift Operator\n\nResponsibilities\n- Load trucks\n- \n- Check stock\n\nRequirements\n- Forklift licence\n-\n",
        );
        let texts = |kind| {
            posting
                .list(kind)
                .iter()
                .map(|item| item.text.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            texts(ListKind::Responsibilities),
            ["Load trucks", "", "Check stock"]
        );
        assert_eq!(texts(ListKind::MustHave), ["Forklift licence", ""]);
        // Outside a list it is nothing, and so is a divider after a list.
        let (posting, _) = split("Forklift Operator\n\nWe move pallets.\n-\nJoin us.\n");
        assert!(!posting.summary.contains('-'));
        let (posting, _) = split(
            "Forklift Operator\n\nRequirements\n- Forklift licence\n\n\u{2022}\n\nBenefits\n- Pension\n",
        );
        assert_eq!(posting.must_have.len(), 1);
    }

    #[test]
    fn a_first_line_with_a_bracketed_qualifier_is_the_title() {
        let (posting, _) = split(
            "Order Picker - Cold Storage (Nights)\n\nCompany: Northline Foods\n\nAbout the job\nWe pick orders.\n",
        );
        assert_eq!(posting.title, "Order Picker - Cold Storage (Nights)");
        let (posting, _) = split(
            "Store Associate (Part-Time)\n\nCompany: Trailhead Outfitters\n\nAbout the role\nWe sell gear.\n",
        );
        assert_eq!(posting.title, "Store Associate (Part-Time)");
        let (posting, _) = split("Data Analyst\nFull-time · Berlin\n\nAbout the role\nWe count.\n");
        assert_eq!(posting.title, "Data Analyst");
        assert_eq!(posting.employment_type, Some(EmploymentType::FullTime));
        let (posting, _) = split("We pick orders (at night).\n");
        assert_eq!(posting.title, "");
    }

    #[test]
    fn reads_a_company_in_bold_before_the_facts() {
        let (posting, _) = split(
            "# Support Team Lead\n\n**Fieldnote** · Remote (United States) · Full-time\n\n## About the role\n\nYou lead.\n",
        );
        assert_eq!(posting.company, "Fieldnote");
        assert_eq!(posting.location.work_mode, Some(WorkMode::Remote));
        assert_eq!(posting.location.remote_eligibility, "United States");
        assert_eq!(posting.employment_type, Some(EmploymentType::FullTime));
        assert_eq!(posting.summary, "You lead.");
        let (posting, _) =
            split("# Barista\n\n**Little Harbor Coffee** · Portland, ME · Part-time\n\nWe pour.\n");
        assert_eq!(posting.company, "Little Harbor Coffee");
        assert_eq!(posting.location.places, "Portland, ME");
        // A part that says more than a type stays text; the other facts are read.
        let (posting, _) = split(
            "# Intern\n\n**Fable & Finch** · Brooklyn, NY · Internship, June to August\n\nWe design.\n",
        );
        assert_eq!(posting.company, "Fable & Finch");
        assert_eq!(posting.location.places, "Brooklyn, NY");
        assert_eq!(posting.employment_type, Some(EmploymentType::Internship));
        assert_eq!(posting.summary, "Internship, June to August\n\nWe design.");
        let (posting, _) = split(
            "# Nurse\n\n**Valle Clinic** · 58 Commercial Street, Yakima, WA 98901 · Full-time, Monday to Friday\n\nWe care.\n",
        );
        assert_eq!(
            posting.location.places,
            "58 Commercial Street, Yakima, WA 98901"
        );
        assert_eq!(posting.summary, "Full-time, Monday to Friday\n\nWe care.");
        let (posting, _) = split(
            "# Intern\n\n**Fernway** · Hybrid, Seattle, WA (three office days a week) · Internship\n",
        );
        assert_eq!(
            posting.location.places,
            "Seattle, WA (three office days a week)"
        );
        let (posting, _) = split(
            "# Nurse\n\n**Valle Family Clinic** · Yakima, WA · Full-time, Monday to Friday, 8:00 a.m. to 4:30 p.m.\n\nWe care.\n",
        );
        assert_eq!(posting.company, "Valle Family Clinic");
        assert_eq!(posting.location.places, "Yakima, WA");
        // No fact beside the bold words: no company.
        let (posting, _) = split("# Nurse\n\n**Deadline** · March 3\n\nWe care.\n");
        assert_eq!(posting.company, "");
        assert!(posting.summary.contains("March 3"), "{}", posting.summary);
        // Not bold (pasted text, an HTML page's <strong> read as text): the same line of
        // facts under the title still names the company.
        let (posting, _) = split("# Nurse\n\nValle Clinic · Yakima, WA\n\nWe care.\n");
        assert_eq!(posting.company, "Valle Clinic");
        assert_eq!(posting.location.places, "Yakima, WA");
        // But not without a fact beside it, nor below the posting's first content.
        let (posting, _) = split("# Nurse\n\nDeadline · March 3\n\nWe care.\n");
        assert_eq!(posting.company, "");
        let (posting, _) = split("# Nurse\n\nWe care.\n\nValle Clinic · Yakima, WA\n");
        assert_eq!(posting.company, "");
        // Nor when its first part is a label or the role again.
        for line in [
            "Night Shift · Yakima, WA",
            "Entry Level · Full-time",
            "Job Details · Full-time · Remote",
            "Registered Nurse · Yakima, WA",
        ] {
            let (posting, _) = split(&format!("# Nurse\n\n{line}\n\nWe care.\n"));
            assert_eq!(posting.company, "", "{line}");
        }
    }

    #[test]
    fn an_about_heading_with_a_name_is_the_company_section_and_names_it() {
        for text in [
            "# Designer\n\n## About Fernway\n\nFernway builds the front desk for clinics.\n",
            "# Designer\n\n**About Fernway**\n\nFernway builds the front desk for clinics.\n",
            "Designer\n\nAbout Fernway\nFernway builds the front desk for clinics.\n",
            "Designer\n\nABOUT FERNWAY\nFernway builds the front desk for clinics.\n",
        ] {
            let (posting, consumed) = split(text);
            assert_eq!(posting.title, "Designer", "{text}");
            assert_eq!(
                posting.about_company, "Fernway builds the front desk for clinics.",
                "{text}"
            );
            assert_eq!(posting.company, "Fernway", "{text}");
            assert!(posting.summary.is_empty(), "{text}: {:?}", posting.summary);
            assert!(
                consumed
                    .iter()
                    .any(|line| line.to_lowercase().contains("about")),
                "{text}"
            );
        }
        // A name of several words, and a company a line already named.
        let (posting, _) = split(
            "# Store Manager\n\nCompany: Cedar & Tide Home\n\n**About Cedar & Tide**\n\nCedar & Tide Home sells furniture.\n\n## The Role\n\nYou run the store.\n",
        );
        assert_eq!(posting.company, "Cedar & Tide Home");
        assert_eq!(posting.about_company, "Cedar & Tide Home sells furniture.");
        assert_eq!(posting.summary, "You run the store.");
        // A name the section never mentions names no company; the section is still the
        // company's.
        let (posting, _) =
            split("# Designer\n\n## About Brooklyn\n\nOur studio is by the river.\n");
        assert_eq!(posting.company, "");
        assert_eq!(posting.about_company, "Our studio is by the river.");
        // Google Docs' bold paragraph.
        let imported = crate::import::import_str(
            "<meta charset=\"utf-8\"><p><span style=\"font-weight:700\">Store Manager</span></p><p><span style=\"font-weight:700\">About Cedar &amp; Tide</span></p><p><span>Cedar &amp; Tide sells furniture.</span></p>",
        )
        .unwrap();
        let posting = imported.document.posting;
        assert_eq!(posting.company, "Cedar & Tide");
        assert_eq!(posting.about_company, "Cedar & Tide sells furniture.");
    }

    #[test]
    fn reads_the_type_and_the_work_mode_of_one_part() {
        let (posting, _) = split(
            "# Marketing Coordinator\n\n**Bluebird Trailworks** · 3350 Brighton Blvd, Suite 210, Denver, CO 80216 · Full-time, on-site\n\nWe make packs.\n",
        );
        assert_eq!(posting.company, "Bluebird Trailworks");
        assert_eq!(posting.employment_type, Some(EmploymentType::FullTime));
        assert_eq!(posting.location.work_mode, Some(WorkMode::OnSite));
        assert_eq!(posting.summary, "We make packs.");
        for line in [
            "Full-time, on-site",
            "Denver, CO · Full-time, on-site",
            "Employment type: Full-time, on-site",
        ] {
            let (posting, _) = split(&format!("Coordinator\n{line}\n\nWe make packs.\n"));
            assert_eq!(
                posting.employment_type,
                Some(EmploymentType::FullTime),
                "{line}"
            );
            assert_eq!(posting.location.work_mode, Some(WorkMode::OnSite), "{line}");
            assert_eq!(posting.summary, "We make packs.", "{line}");
        }
        // Words beyond the two stay text.
        let (posting, _) =
            split("Coordinator\nFull-time, on-site three days a week\n\nWe make packs.\n");
        assert!(posting.summary.contains("three days a week"));
        assert_eq!(type_and_mode("Full-time, Monday to Friday"), None);
        assert_eq!(
            type_and_mode("Remote, contract"),
            Some((EmploymentType::Contract, WorkMode::Remote))
        );
    }

    #[test]
    fn a_facts_line_places_a_town_the_table_does_not_know() {
        let (posting, _) = split(
            "Area Sales Manager\n\n**Hallam Fluid Controls Ltd** · Warrington, Cheshire (field-based) · Full time, permanent\n\nWe make valves.\n",
        );
        assert_eq!(posting.company, "Hallam Fluid Controls Ltd");
        assert_eq!(
            posting.location.places,
            "Warrington, Cheshire (field-based)"
        );
        let (posting, _) = split(
            "Veterinary Nurse\n\nLee Valley Veterinary Hospital · Main Street, Ballincollig, Co. Cork · Full time, permanent · €34,000 to €41,000 a year\n\nWe care for pets.\n",
        );
        assert_eq!(posting.company, "Lee Valley Veterinary Hospital");
        assert_eq!(
            posting.location.places,
            "Main Street, Ballincollig, Co. Cork"
        );
        assert_eq!(posting.pay.max, Some(41_000.0));
        assert_eq!(posting.summary, "We care for pets.");
        // A page's running header names no place.
        let (posting, _) = split(
            "HVAC Apprentice\n\nRio Grande Mechanical, Inc.\n\nWe fix furnaces.\n\nRio Grande Mechanical, Inc. | HVAC Apprentice | Page 1 of 2\n",
        );
        assert!(!posting.location.places.contains("Page"));
    }

    #[test]
    fn a_facts_line_places_a_street_address_with_its_postcode() {
        let (posting, _) = split(
            "Electrical Apprentice\n\nCarrow Electrical Pty Ltd · 3/22 Holdsworth Street, Mansfield QLD 4122 · Full-time apprenticeship · $22.40 to $35.80 an hour\n\nWe wire houses.\n",
        );
        assert_eq!(posting.company, "Carrow Electrical Pty Ltd");
        assert_eq!(
            posting.location.places,
            "3/22 Holdsworth Street, Mansfield QLD 4122"
        );
        assert_eq!(posting.location.country, "AU");
    }

    #[test]
    fn a_heading_with_a_note_in_brackets_opens_its_section() {
        let (posting, _) = split(
            "Site Supervisor\n\nWe build.\n\nWhat you need (must have)\n\n- Five years on site.\n- A first aid certificate.\n\nSkills (nice to have)\n\n- Revit.\n",
        );
        assert_eq!(posting.must_have.len(), 2);
        assert_eq!(posting.nice_to_have.len(), 1);
        assert!(posting.unplaced.is_empty(), "{}", posting.unplaced);
    }

    #[test]
    fn lines_led_by_emoji_are_a_list() {
        let (posting, _) = split(
            "Dental Receptionist\n\n✨ Now hiring ✨\n\n🚀 What you'll do\n📞 Answer calls and book appointments\n🦷 Greet patients and check them in\n\nBenefits\n✅ 12% superannuation\n✅\u{fe0f} Uniform provided\n",
        );
        let duties: Vec<&str> = posting
            .responsibilities
            .iter()
            .map(|item| item.text.as_str())
            .collect();
        assert_eq!(
            duties,
            [
                "Answer calls and book appointments",
                "Greet patients and check them in"
            ]
        );
        let benefits: Vec<&str> = posting
            .benefits
            .iter()
            .map(|item| item.text.as_str())
            .collect();
        assert_eq!(benefits, ["12% superannuation", "Uniform provided"]);
        // A lone emoji line stays text.
        assert!(
            posting.summary.contains("✨ Now hiring ✨"),
            "{:?}",
            posting.summary
        );
    }

    #[test]
    fn a_pay_and_benefits_list_gives_the_base_pay() {
        let (posting, _) = split(
            "Sales Manager\n\n## Compensation and benefits\n\n- A car allowance of $650 a month.\n- Base salary from $85,000 a year, plus uncapped commission.\n- Medical and dental cover.\n",
        );
        assert_eq!((posting.pay.min, posting.pay.max), (Some(85_000.0), None));
        assert_eq!(posting.benefits.len(), 3);
        // A benefits list gives the base pay when nothing before it has ("What's on offer: -
        // Pay from $28.50 per hour"), and leaves a pay stated before it alone.
        let (posting, _) = split(
            "Sales Manager\n\n## Benefits\n\n- Base salary from $85,000 a year.\n- Medical and dental cover.\n",
        );
        assert_eq!((posting.pay.min, posting.pay.max), (Some(85_000.0), None));
        assert_eq!(posting.benefits.len(), 1);
        let (posting, _) = split(
            "Sales Manager\n\nSalary: $80,000 - $95,000 a year\n\n## Benefits\n\n- Base salary from $85,000 a year after probation.\n",
        );
        assert_eq!(
            (posting.pay.min, posting.pay.max),
            (Some(80_000.0), Some(95_000.0))
        );
        // An item that starts with the figure and its period is the pay; another sum is not.
        let (posting, _) = split(
            "Team Lead\n\nPay & Benefits\n\n- $1.50/hr shift differential for nights\n- $22.50/hr+ based on experience\n- Quarterly attendance bonus of up to $300\n",
        );
        assert_eq!((posting.pay.min, posting.pay.max), (Some(22.5), None));
        assert_eq!(posting.pay.period, Some(crate::model::PayPeriod::Hour));
        // What the employer offers starts with the pay.
        let (posting, _) = split(
            "Housekeeping Supervisor\n\nWe offer:\n- Salary from 1,050€ gross per month (14 months)\n- Meals in the staff canteen\n",
        );
        assert_eq!((posting.pay.min, posting.pay.max), (Some(1050.0), None));
        assert_eq!(posting.pay.currency, "EUR");
        // A scheme paid out of the salary is no pay.
        let (posting, _) = split(
            "Theatre Nurse\n\nWhat's in it for you?\n- Competitive salary package\n- Salary packaging up to $15,900 per year\n",
        );
        assert!(!posting.pay.has_figures(), "{:?}", posting.pay);
        // What follows "plus" is added to the pay; the item stays as written.
        let (posting, _) = split(
            "HVAC Technician\n\n## Pay & Benefits\n\n- $25 - $60/hr DOE plus commission\n- 401(k) with 3% match\n",
        );
        assert_eq!((posting.pay.min, posting.pay.max), (Some(25.0), Some(60.0)));
        assert_eq!(posting.benefits[0].text, "$25 - $60/hr DOE plus commission");
        let (posting, _) =
            split("Sales Rep\n\n## Pay & Benefits\n\n- $2,000 a month commission plus a car\n");
        assert!(!posting.pay.has_figures(), "{:?}", posting.pay);
        let (posting, _) = split(
            "Team Lead\n\nPay & Benefits\n\n- $5,250 a year toward tuition\n- $400 a year for tools\n",
        );
        assert!(!posting.pay.has_figures(), "{:?}", posting.pay);
    }

    #[test]
    fn group_labels_of_a_list_stay_in_it() {
        let (posting, _) = split(
            "Data Engineer\n\nRequirements\n\nExperience:\n- Five years of SQL\n- Two years of Airflow\n\nSkills:\n- Python\n\nOther:\n- A driving licence\n\nBenefits\n\n- Pension\n",
        );
        let items: Vec<&str> = posting
            .must_have
            .iter()
            .map(|item| item.text.as_str())
            .collect();
        assert_eq!(
            items,
            [
                "Experience:",
                "Five years of SQL",
                "Two years of Airflow",
                "Skills:",
                "Python",
                "Other:",
                "A driving licence"
            ]
        );
        assert_eq!(posting.benefits.len(), 1);
        assert!(posting.summary.is_empty(), "{}", posting.summary);
    }

    #[test]
    fn unnamed_group_labels_that_open_a_list_keep_the_next_groups_in_it() {
        let (posting, _) = split(
            "Tax Manager\n\nRequirements:\n\nTechnical:\n- ACA qualified.\n- Experience with R&D claims.\n\nPersonal:\n- Excellent communication skills.\n- Team player.\n\nBenefits\n\n- Pension.\n",
        );
        let items: Vec<&str> = posting
            .must_have
            .iter()
            .map(|item| item.text.as_str())
            .collect();
        assert_eq!(
            items,
            [
                "Technical:",
                "ACA qualified.",
                "Experience with R&D claims.",
                "Personal:",
                "Excellent communication skills.",
                "Team player."
            ]
        );
        assert!(posting.unplaced.is_empty(), "{}", posting.unplaced);
    }

    #[test]
    fn a_location_value_names_the_work_mode_it_states_first() {
        let mode = |value: &str| {
            split(&format!("Engineer\n\nLocation: {value}\n"))
                .0
                .location
        };
        let location = mode("Mission Alta, CA 93446 (on site, with one remote day a week)");
        assert_eq!(location.work_mode, Some(WorkMode::Hybrid));
        assert_eq!(location.country, "US");
        assert_eq!(
            mode("Remote, with on-site visits twice a year").work_mode,
            Some(WorkMode::Remote)
        );
        assert_eq!(
            mode("Hybrid (remote two days)").work_mode,
            Some(WorkMode::Hybrid)
        );
        assert_eq!(
            mode("Denver office, on site").work_mode,
            Some(WorkMode::OnSite)
        );
        assert_eq!(mode("Denver").work_mode, None);
    }

    #[test]
    fn a_location_value_keeps_its_place_and_leaves_the_next_sentence() {
        let (posting, _) = split(
            "Truck Driver\n\nLocation: Rochelle, IL 61068 (terminal at 1500 Steward Road). Regional routes in Illinois, Wisconsin and Iowa.\n\nWe haul paper.\n",
        );
        assert_eq!(
            posting.location.places,
            "Rochelle, IL 61068 (terminal at 1500 Steward Road)"
        );
        assert_eq!(posting.location.country, "US");
        assert_eq!(
            posting.summary,
            "Regional routes in Illinois, Wisconsin and Iowa.\n\nWe haul paper."
        );
        // One sentence, or a first sentence that names no place, stays whole.
        let (posting, _) = split("Driver\n\nLocation: St. Louis, MO.\n");
        assert_eq!(posting.location.places, "St. Louis, MO.");
        let (posting, _) = split(
            "Aide\n\nLocation: Field-based, visiting homes. Office: 7400 Blanco Road, San Antonio, TX\n",
        );
        assert_eq!(
            posting.location.places,
            "Field-based, visiting homes. Office: 7400 Blanco Road, San Antonio, TX"
        );
    }

    #[test]
    fn a_legal_name_near_the_top_is_the_company() {
        for (line, company) in [
            ("Quillpoint Software Inc.", "Quillpoint Software Inc."),
            ("Prairie Line Freight, Inc.", "Prairie Line Freight, Inc."),
            (
                "Kingsmere Hospitals NHS Foundation Trust",
                "Kingsmere Hospitals NHS Foundation Trust",
            ),
            ("**Spurwerk GmbH**", "Spurwerk GmbH"),
        ] {
            let (posting, consumed) = split(&format!(
                "Sales Development Representative\n\n{line}\nLocation: Toronto, ON\n\nAbout Quillpoint\nQuillpoint makes software.\n"
            ));
            assert_eq!(posting.title, "Sales Development Representative", "{line}");
            assert_eq!(posting.company, company, "{line}");
            assert!(!posting.summary.contains(company), "{line}");
            assert!(consumed.iter().any(|consumed| consumed == line), "{line}");
        }
        // As the first line, the title is the line after it.
        let (posting, _) = split("Quillpoint Software Inc.\nSales Representative\n\nWe sell.\n");
        assert_eq!(posting.company, "Quillpoint Software Inc.");
        assert_eq!(posting.title, "Sales Representative");
        // Not a sentence, not a name after a section started, not over a named company.
        for text in [
            "Representative\n\nWe are Quillpoint Software Inc.\n",
            "Representative\n\nAbout the role\nYou sell.\n\nQuillpoint Software Inc.\n",
            "Representative\n\nCompany: Quillpoint\nQuillpoint Software Inc.\n",
        ] {
            let (posting, _) = split(text);
            assert_ne!(posting.company, "Quillpoint Software Inc.", "{text}");
        }
        assert!(!is_legal_name("Inc."));
        assert!(!is_legal_name("Accountant - Smith & Co. Ltd"));
        assert!(!is_legal_name("Accountant at Smith Ltd"));
        assert!(!is_legal_name("NHS Foundation Trust"));
    }

    #[test]
    fn a_paragraph_about_somebody_else_on_call_stays() {
        let (posting, _) = split(
            "# Support Lead\n\n## About the role\n\nYou lead the team. After-hours escalations go to the engineer on call, not to you.\n",
        );
        assert_eq!(posting.on_call.status, OnCallStatus::NotStated);
        assert!(posting.summary.contains("not to you"));
        let (posting, _) = split(
            "# SRE\n\n## About the role\n\nYou build tools. You will be on call one week in six.\n",
        );
        assert_eq!(posting.on_call.status, OnCallStatus::Required);
    }

    #[test]
    fn somebody_else_on_call_and_a_shift_pattern_are_no_on_call_duty() {
        for text in [
            "# Home Health Aide\n\nAbout the Job\nMost aides see four to six patients a day, with visits between 8:00 a.m. and 5:00 p.m. Your nurse supervisor is on call 24/7 for any question during a visit.\n",
            "# Truck Driver\n\nSupport on the road\n\nOur dispatch and breakdown line answers 24/7, so you always reach a person. A mechanic is on call every night at our shop.\n",
            "# Healthcare Assistant\n\nYou will work a mix of long days (07:30 to 20:00) and nights (19:30 to 08:00), usually three shifts a week, including one weekend in two. At night, the hospital's site team is on call to support the ward.\n",
        ] {
            let (posting, _) = split(text);
            assert_eq!(posting.on_call, crate::model::OnCall::default(), "{text}");
            assert!(posting.summary.contains("on call"), "{text}");
        }
        // A paragraph that also names the reader's duty goes to the on-call section, but its
        // shift pattern is no on-call term.
        let (posting, _) = split(
            "# Healthcare Assistant\n\nYou will work three shifts a week, 07:30 to 20:00. You are also on call one weekend in four.\n",
        );
        assert_eq!(posting.on_call.status, OnCallStatus::Required);
        assert_eq!(posting.on_call.frequency, "one weekend in four");
        assert_eq!(posting.on_call.hours, "");
        // Under an on-call heading every line is the duty's, but "no calls at night" adds no
        // night, and the Saturday hours stay.
        let (posting, _) = split(
            "# Backend Engineer\n\n## On-call\n\n- How often: one week in six.\n- Hours: 05:00 to 10:00 and 17:00 to 21:00 on weekdays, 05:00 to 10:00 on Saturdays. There are no calls at night or on Sundays.\n",
        );
        assert_eq!(posting.on_call.frequency, "one week in six");
        assert_eq!(
            posting.on_call.hours,
            "05:00 to 10:00 and 17:00 to 21:00 on weekdays, 05:00 to 10:00 on Saturdays"
        );
    }

    #[test]
    fn a_list_heading_with_nothing_under_it_is_a_blank_item() {
        let (posting, _) = split(
            "Loader\n\nResponsibilities\n- Load trailers\n\nBenefits\n\nHow to apply\nApply online.\n",
        );
        assert_eq!(posting.benefits.len(), 1);
        assert_eq!(posting.benefits[0].text, "");
        assert_eq!(posting.responsibilities.len(), 1);
        // At the end of the text too, and never beside items.
        let (posting, _) = split("Loader\n\nResponsibilities\n- Load trailers\n\nBenefits\n");
        assert_eq!(posting.benefits.len(), 1);
        let (posting, _) = split("Loader\n\nBenefits\n- Dental\n\nBenefits\n");
        assert_eq!(posting.benefits.len(), 1);
        assert_eq!(posting.benefits[0].text, "Dental");
        // A second heading for the same list opens no blank item.
        let (posting, _) = split(
            "Assistant\n\nPerson Specification\n\nEssential Criteria\n- Care Certificate\n\nDesirable Criteria\n- NVQ Level 3\n",
        );
        assert_eq!(texts(&posting.must_have), ["Care Certificate"]);
        assert_eq!(texts(&posting.nice_to_have), ["NVQ Level 3"]);
        // A sub-heading is content of its section: the label of the items after it.
        let (posting, _) =
            split("Loader\n\n## Requirements\n### Technical skills\n- Forklift licence\n");
        assert_eq!(
            texts(&posting.must_have),
            ["Technical skills:", "Forklift licence"]
        );
    }

    #[test]
    fn a_company_and_its_place_joined_by_a_dash_under_the_title() {
        let (posting, _) = split(
            "Forklift Operator - 2nd Shift\nLakeshore Cold Storage - Chicago, IL\n\nPay: $21.50/hr\n",
        );
        assert_eq!(posting.company, "Lakeshore Cold Storage");
        assert_eq!(posting.location.places, "Chicago, IL");
        // A dash before no place is text.
        let (posting, _) = split("Forklift Operator\nLakeshore Cold Storage - Keeping food cold\n");
        assert!(posting.company.is_empty());
    }

    #[test]
    fn infers_title_from_prose() {
        let (posting, _) = split("We're hiring a Talent Acquisition Specialist to help us grow.\n");
        assert_eq!(posting.title, "Talent Acquisition Specialist");
        let (posting, _) = split("Seeking a full stack engineer who loves open source.\n");
        assert_eq!(posting.title, "Full Stack Engineer");
        let (posting, _) = split("This will be fun. Things are good.\n");
        assert_eq!(posting.title, "");
    }

    #[test]
    fn a_paragraph_that_says_how_to_apply_is_the_how_to_apply_text() {
        let (posting, _) = split(
            "Dental Hygienist\n\nWe are a small practice.\n\nResponsibilities:\n- Clean teeth\n\nTo apply, please email your resume to office@example.com.\n",
        );
        assert_eq!(posting.summary, "We are a small practice.");
        assert_eq!(
            posting.how_to_apply.text,
            "To apply, please email your resume to office@example.com."
        );
        assert_eq!(posting.how_to_apply.url, "mailto:office@example.com");
        // Under a list's heading too: the last paragraph is no benefit.
        let (posting, _) = split(
            "Care Assistant\n\nThe package\n£12.60 an hour, 36 hours a week.\n\nApply by calling Jo on 0113 496 0000.\n",
        );
        assert_eq!(posting.benefits.len(), 1);
        assert_eq!(
            posting.how_to_apply.text,
            "Apply by calling Jo on 0113 496 0000."
        );
        // Words that only start alike stay where they are.
        let (posting, _) = split("Analyst\n\nApply your statistics to pricing questions.\n");
        assert_eq!(
            posting.summary,
            "Apply your statistics to pricing questions."
        );
    }

    #[test]
    fn a_level_one_heading_after_a_first_line_is_the_title() {
        // A careers page: the site header's logo link, then the job's own heading.
        let (posting, _) =
            split("Ledgerline\n\n# Product Manager, Payments\n\nYou will own payments.\n");
        assert_eq!(posting.title, "Product Manager, Payments");
        assert_eq!(posting.company, "Ledgerline");
        // A section heading, or a heading after the posting's text, leaves the title alone.
        let (posting, _) = split("Line Cook\n\n# About us\n\nWe cook.\n");
        assert_eq!(posting.title, "Line Cook");
        let (posting, _) = split("Line Cook\n\nWe cook.\n\n# Evening Crew\n\nFour nights.\n");
        assert_eq!(posting.title, "Line Cook");
        // Only the line right after the first one: not after a field line or another heading.
        for text in [
            "Line Cook\n\nLocation: Denver, CO\n\n# Joe's Diner\n\nWe cook.\n",
            "Line Cook\n\n## Evening Crew\n\n# Joe's Diner\n\nWe cook.\n",
            "Line Cook\nFull-time\n\n# Joe's Diner\n\nWe cook.\n",
        ] {
            let (posting, _) = split(text);
            assert_eq!(posting.title, "Line Cook", "{text}");
        }
    }

    #[test]
    fn a_run_of_label_lines_keeps_its_line_breaks() {
        let (posting, _) = split(
            "Maintenance Technician\nDepartment: Facilities\nReports To: Facilities Manager\nGrade: 12\n\nWe keep the buildings\nrunning all year.\n",
        );
        assert_eq!(
            posting.summary,
            "Department: Facilities\nReports To: Facilities Manager\nGrade: 12\n\nWe keep the buildings running all year."
        );
    }

    #[test]
    fn a_physical_demands_paragraph_is_the_job_s_not_the_equal_opportunity_statement() {
        let (posting, _) = split(
            "Stock Associate\n\nAbout the role\nYou will keep the shelves full.\n\nPhysical Demands\nThis job requires lifting boxes of up to 40 pounds. Reasonable accommodations may be made to enable individuals with disabilities to perform the essential functions.\n\nWe provide reasonable accommodation to applicants with disabilities.\n",
        );
        assert!(
            posting
                .summary
                .contains("Physical Demands\nThis job requires lifting"),
            "{:?}",
            posting.summary
        );
        assert_eq!(
            posting.equal_opportunity,
            "We provide reasonable accommodation to applicants with disabilities."
        );
    }

    #[test]
    fn a_topic_heading_stays_a_line_of_its_own_above_its_text() {
        let (posting, consumed) = split(
            "Stock Associate\n\nWhat you will do\n- Keep the shelves full\n\nPhysical demands\nStanding for most of a shift and lifting boxes of up to 40 pounds.\n\nWorking conditions\nA cold warehouse in winter.\n",
        );
        assert!(
            posting.summary.contains(
                "Physical demands\nStanding for most of a shift and lifting boxes of up to 40 pounds."
            ),
            "{:?}",
            posting.summary
        );
        assert!(posting
            .summary
            .contains("Working conditions\nA cold warehouse in winter."));
        assert!(!consumed.iter().any(|line| line.contains("Physical")));
        // "Physical requirements" are the job's demands, not a qualification.
        let (posting, _) =
            split("Teller\n\nPhysical requirements\nYou stand at the counter most of the day.\n");
        assert!(posting.must_have.is_empty());
        assert_eq!(
            posting.summary,
            "Physical requirements\nYou stand at the counter most of the day."
        );
        // A Markdown heading, with a blank line under it, keeps its text too.
        let (posting, _) = split(
            "# Night Auditor\n\n## Schedule\n\nThe shift runs from 11 p.m. to 7 a.m.\n\n## Benefits\n\n- Dental\n",
        );
        assert_eq!(
            posting.summary,
            "Schedule\nThe shift runs from 11 p.m. to 7 a.m."
        );
        assert_eq!(texts(&posting.benefits), ["Dental"]);
    }

    #[test]
    fn a_schedule_label_keeps_its_bullets() {
        let (posting, _) = split(
            "Teller\n\nSchedule:\n- Monday to Friday\n- 8 hour shift\n\nBenefits:\n- Dental insurance\n",
        );
        assert_eq!(
            posting.summary,
            "Schedule:\n- Monday to Friday\n- 8 hour shift"
        );
        assert!(posting.unplaced.is_empty());
        assert_eq!(texts(&posting.benefits), ["Dental insurance"]);
        // With a value on its line it is still the employment type's label.
        let (posting, _) = split("Teller\n\nSchedule: Full-time\n");
        assert_eq!(posting.employment_type, Some(EmploymentType::FullTime));
    }

    #[test]
    fn schedule_text_is_no_on_call_duty() {
        let (posting, _) = split(
            "Teller\n\nNice to have\n- Spanish\n\nSchedule and hours\nTellers work 8:30 to 5:30, Monday to Friday. Overtime is voluntary; tellers are never on call.\n",
        );
        assert!(
            posting
                .summary
                .starts_with("Schedule and hours\nTellers work 8:30 to 5:30"),
            "{:?}",
            posting.summary
        );
        assert_eq!(posting.on_call.details, "");
        assert_eq!(posting.on_call.status, OnCallStatus::None);
        // A schedule that names the reader's duty still gives the on-call terms.
        let (posting, _) = split(
            "Technician\n\nSchedule\nYou work days, Monday to Friday. You are also on call one weekend in four.\n",
        );
        assert_eq!(posting.on_call.status, OnCallStatus::Required);
        assert_eq!(posting.on_call.frequency, "one weekend in four");
    }

    #[test]
    fn a_capitalised_label_after_a_numbered_list_is_the_next_heading() {
        let (posting, _) = split(
            "PROJECT MANAGER\n\nBENEFITS:\n1. Dental insurance\n2. 401(k) match\n\nHOW TO APPLY:\n1. Email your resume to jobs@example.com.\n2. Include a list of your projects.\n",
        );
        assert_eq!(
            texts(&posting.benefits),
            ["Dental insurance", "401(k) match"]
        );
        assert_eq!(
            posting.how_to_apply.text,
            "- Email your resume to jobs@example.com.\n- Include a list of your projects."
        );
    }

    #[test]
    fn duties_under_a_what_the_role_does_heading_are_the_responsibilities() {
        let (posting, _) = split(
            "INSIDE ELECTRICAL APPRENTICE\n\nWHAT APPRENTICES DO\n\n\u{2022} Bend and install conduit.\n\u{2022} Read blueprints.\n",
        );
        assert_eq!(
            texts(&posting.responsibilities),
            ["Bend and install conduit.", "Read blueprints."]
        );
        assert!(posting.unplaced.is_empty());
    }

    #[test]
    fn a_job_board_s_breadcrumb_and_buttons_are_no_title_and_no_item() {
        let (posting, _) = split(
            "Back to Search Results\n\nCase Manager - CPS Investigations\n\nBenefits\n\n- Health insurance\n\nApply Now     Save Job     Share\n",
        );
        assert_eq!(posting.title, "Case Manager - CPS Investigations");
        assert_eq!(texts(&posting.benefits), ["Health insurance"]);
        assert_eq!(
            posting.unplaced,
            "Back to Search Results\n\nApply Now     Save Job     Share"
        );
        assert!(is_page_chrome("\u{2190} Back to all jobs"));
        assert!(is_page_chrome("Save | Share | Print"));
        // One button alone is a heading ("Apply"), and a sentence is the posting's.
        assert!(!is_page_chrome("Apply now"));
        assert!(!is_page_chrome("Back to school season is our busiest time"));
        assert!(!is_page_chrome("Apply now to join our team"));
        assert!(is_page_chrome("\u{2022} Email to a friend \u{2022} Print"));
        assert!(is_page_chrome("Quick Apply\tSave this job"));
        // The first button is short: a long sentence with a separator later is text.
        assert!(!is_page_chrome(
            "We answer every application within two weeks | Apply"
        ));
        for button in PAGE_BUTTONS {
            assert!(button.len() + 8 < LONGEST_BUTTON, "{button}");
        }
    }

    #[test]
    fn a_pay_label_in_a_facts_line_gives_its_reason_for_no_range() {
        let (posting, _) = split(
            "PROJECT MANAGER\nFull-Time | Salary: Competitive, based on experience\n\nWe build schools.\n",
        );
        assert_eq!(posting.employment_type, Some(EmploymentType::FullTime));
        assert_eq!(
            posting.pay.absent_reason,
            "Competitive, based on experience"
        );
        assert_eq!(posting.summary, "We build schools.");
        // Figures stay figures, and a label with more to say stays text.
        let (posting, _) = split("Cook\nFull-time | Pay: $18 - $21 per hour\n");
        assert_eq!(posting.pay.min, Some(18.0));
        let (posting, _) = split(
            "Cook\nFull-time | Pay: depends on the number of shifts you pick up in a typical week here\n",
        );
        assert!(posting.pay.absent_reason.is_empty());
    }

    #[test]
    fn labelled_facts_in_a_list_fill_their_fields() {
        let (posting, _) = split(
            "Research Assistant\n\n- Job ID: 2026-4481\n- Location: Boston, MA 02115 (on site)\n- Schedule: Full-time, 40 hours a week, non-exempt (hourly)\n- Pay range: $23.40 - $27.15 per hour ($48,672 - $56,472 a year)\n\nAbout the role\nYou run the lab.\n",
        );
        assert_eq!(posting.pay.min, Some(23.4));
        assert_eq!(posting.pay.max, Some(27.15));
        assert_eq!(posting.pay.period, Some(PayPeriod::Hour));
        assert_eq!(posting.employment_type, Some(EmploymentType::FullTime));
        assert!(posting.location.places.contains("Boston, MA 02115"));
        // Items that say more than their field, and unknown labels, keep their words.
        assert!(posting.unplaced.contains("Job ID: 2026-4481"));
        assert!(posting.unplaced.contains("40 hours a week"));
        assert!(posting.unplaced.contains("($48,672 - $56,472 a year)"));
        // Inside a section a label is the section's text.
        let (posting, _) = split("Nurse\n\nRequirements\n- Location: able to travel to Boston\n");
        assert_eq!(
            texts(&posting.must_have),
            ["Location: able to travel to Boston"]
        );
        assert!(posting.location.places.is_empty());
    }

    #[test]
    fn a_second_pay_line_stays_text() {
        let text = "Accountant\n\nPay range: $62,000 - $70,000 per year\n\nSome text here about the job.\n\nPay range: $72,000 - $82,000 per year\n";
        let (posting, _) = split(text);
        assert_eq!(posting.pay.min, Some(62_000.0));
        assert!(posting
            .summary
            .contains("Pay range: $72,000 - $82,000 per year"));
    }

    #[test]
    fn the_same_place_twice_is_kept_once_with_its_fuller_note() {
        let text = "---\nlocation: Denver, CO (Hybrid)\n---\n# Account Executive\n\n**Haulwise** | Denver, CO (Hybrid, 3 days/week in office) | Full-time\n\nWe route trucks.\n";
        let posting = crate::import::import_str(text).unwrap().document.posting;
        assert_eq!(
            posting.location.places,
            "Denver, CO (Hybrid, 3 days/week in office)"
        );
        let (posting, _) = split("Location: Austin, TX\nLocation: Boston, MA\n\nWe build.\n");
        assert_eq!(posting.location.places, "Austin, TX; Boston, MA");
    }

    #[test]
    fn a_permanent_contract_is_no_contract_job() {
        let (posting, _) = split("Staff Nurse\n\nContract: Permanent\nWorking pattern: Full time\nJob locations: Calder Moor General Hospital, Todmorden, OL14 7BN\n\nWe care.\n");
        assert_ne!(posting.employment_type, Some(EmploymentType::Contract));
        assert!(posting.location.places.contains("Todmorden"));
        let (posting, _) = split("Analyst\n\nContract type: Full time\n\nWe count.\n");
        assert_eq!(posting.employment_type, Some(EmploymentType::FullTime));
        let (posting, _) = split("Analyst\n\nA 6-month contract, remote.\n\nWe count.\n");
        assert_eq!(posting.employment_type, Some(EmploymentType::Contract));
    }

    #[test]
    fn a_label_in_italics_that_names_a_section_is_a_heading() {
        let (posting, _) = split(
            "# Lecturer\n\nWe teach.\n\n**Person specification**\n\n*Essential*\n\n- A degree\n\n_Desirable_\n\n- TQFE\n- An assessor award\n\n*We are an equal opportunity employer.*\n",
        );
        assert_eq!(texts(&posting.must_have), ["A degree"]);
        assert_eq!(texts(&posting.nice_to_have), ["TQFE", "An assessor award"]);
        assert!(posting.unplaced.is_empty());
        assert!(!posting.summary.contains("Desirable"));
    }

    #[test]
    fn a_label_before_the_title_and_a_note_in_brackets_after_it() {
        let (posting, _) = split(
            "**Role \u{2014} Lecturer, Health and Social Care (0.6 FTE, fixed term to 30 June 2027)**\n\nWe teach.\n",
        );
        assert_eq!(
            posting.title,
            "Lecturer, Health and Social Care (0.6 FTE, fixed term to 30 June 2027)"
        );
        let (posting, _) = split(
            "Subject: Ad for posting - Home Support Worker, North Cork (ref ACH-26-04)\n\nHi there,\n\nWe support people at home.\n",
        );
        assert_eq!(posting.title, "Home Support Worker, North Cork");
        assert_eq!(posting.location.places, "North Cork");
        // Words before a comma that are no place stay in the title alone.
        let (posting, _) = split("Manager, Accounts Payable\n\nWe pay.\n");
        assert_eq!(posting.title, "Manager, Accounts Payable");
        assert_eq!(posting.location.places, "");
    }

    #[test]
    fn a_banner_alone_above_the_title_is_no_title() {
        // The banner stays as the summary's text; the line after it is the title.
        let (posting, _) = split("NOW HIRING!!\n\nDeli Clerk\n\nDeli clerks slice meats.\n");
        assert_eq!(posting.title, "Deli Clerk");
        assert!(posting.summary.starts_with("NOW HIRING!!"));
        let (posting, _) =
            split("**NOW HIRING!!**\n\n# DELI CLERKS & CASHIERS\n\nDeli clerks slice meats.\n");
        assert_eq!(posting.title, "DELI CLERKS & CASHIERS");
        assert!(posting.summary.starts_with("NOW HIRING!!"));
        // Words after the banner on its line are the title, as before.
        let (posting, _) = split("*** STAFF WANTED *** Bar Staff\n\nWe pour.\n");
        assert_eq!(posting.title, "Bar Staff");
    }

    #[test]
    fn a_first_line_seeking_a_job_names_the_title_and_opens_no_list() {
        let (posting, _) = split(
            "Looking for an Office Cleaner\n\nYou will clean the offices.\n\nRequirements:\n- A year of cleaning\n",
        );
        assert_eq!(posting.title, "Office Cleaner");
        assert!(posting.summary.contains("Looking for an Office Cleaner"));
        assert!(posting.summary.contains("You will clean the offices."));
        assert_eq!(posting.must_have.len(), 1);
        let (posting, _) =
            split("Looking for an experienced Night Porter to join our Leeds team\n\nWe host.\n");
        assert_eq!(posting.title, "Night Porter");
        // A heading that names the requirements is still one.
        let (posting, _) = split("Night Porter\n\nWhat we're looking for:\n- Nights\n");
        assert_eq!(posting.title, "Night Porter");
        assert_eq!(posting.must_have.len(), 1);
    }

    #[test]
    fn reads_an_email_subject_line_as_the_title() {
        let text = "Subject: NEW POSITION: Live-in Nanny / Household Manager - Medina, WA (Job #N-2291)\n\nHi everyone,\n\nWe have a new live-in position.\n";
        let (posting, consumed) = split(text);
        assert_eq!(posting.title, "Live-in Nanny / Household Manager");
        assert!(posting.location.places.contains("Medina, WA"));
        assert!(posting.unplaced.contains("(Job #N-2291)"));
        assert!(consumed.iter().any(|line| line == "Subject: NEW POSITION:"));
        // A district before its city.
        let (posting, _) = split(
            "Subject: Credit Analyst - Corporate Lending - Canary Wharf, London - up to £70k base\n\nHi,\n\nA bank I work with is hiring.\n",
        );
        assert_eq!(posting.title, "Credit Analyst - Corporate Lending");
        assert_eq!(posting.location.places, "Canary Wharf, London");
        // A dash before something that is no place stays in the title.
        let (posting, _) = split("Software Engineer - Backend\n\nWe build things.\n");
        assert_eq!(posting.title, "Software Engineer - Backend");
    }

    #[test]
    fn a_tag_after_the_pay_and_a_description_before_a_place_are_no_title() {
        let (posting, _) = split(
            "Subject: Evening Office Cleaner - Manchester - £12.71 per hour - Immediate Start\n\nHi all, please see the vacancy below.\n",
        );
        assert_eq!(posting.title, "Evening Office Cleaner");
        assert!(posting.location.places.contains("Manchester"));
        assert_eq!(posting.pay.min, Some(12.71));
        assert!(posting.unplaced.contains("Immediate Start"));
        let (posting, _) = split(
            "Servers & Hostess Wanted - Busy South Congress Tex-Mex (South Austin)\n\nWe are hiring.\n",
        );
        assert_eq!(posting.title, "Servers & Hostess Wanted");
        assert_eq!(posting.location.places, "South Austin");
        assert!(posting.unplaced.contains("Busy South Congress Tex-Mex"));
        // A short tag after a title with no pay or place before it is part of the title.
        let (posting, _) = split("Software Engineer - Backend - Platform\n\nWe build things.\n");
        assert_eq!(posting.title, "Software Engineer - Backend - Platform");
    }

    #[test]
    fn a_long_title_heading_is_cut_at_its_one_dash() {
        // A job-family page's heading: the roles, then the site.
        let (posting, _) = split(
            "# Warehouse Associate I, Warehouse Associate II and Warehouse Team Lead \u{2013} Meadowvale Distribution Centre\n\nWe pick and pack.\n",
        );
        assert_eq!(
            posting.title,
            "Warehouse Associate I, Warehouse Associate II and Warehouse Team Lead"
        );
        assert!(posting.summary.contains("Meadowvale Distribution Centre"));
        // ... or at its colon.
        let (posting, _) = split(
            "# Direct Support Professionals: DSP I, DSP II and DSP Team Lead\n\nWe support adults.\n",
        );
        assert_eq!(posting.title, "Direct Support Professionals");
        assert!(posting.summary.contains("DSP I, DSP II and DSP Team Lead"));
        // A sentence cut at a dash is no title.
        let (posting, _) = split(
            "# We are looking for people who love logistics and want to grow with us - apply now\n\nWe pick and pack.\n",
        );
        assert_eq!(posting.title, "");
    }

    #[test]
    fn a_banner_between_emoji_and_a_call_for_a_role_give_the_title() {
        let (posting, consumed) = split(
            "\u{2615} WE'RE HIRING \u{2615} Barista wanted at Fynbos & Fire, Bree Street!\n\nWe roast our own beans.\n",
        );
        assert_eq!(posting.title, "Barista");
        assert!(consumed.iter().any(|line| line.contains("WE'RE HIRING")));
        // The call stays as text.
        assert!(posting
            .summary
            .starts_with("Barista wanted at Fynbos & Fire, Bree Street!"));
        let (posting, _) = split("Line Cook needed in Leith from March\n\nWe cook.\n");
        assert_eq!(posting.title, "Line Cook");
        // A brief's label before two slashes.
        let (posting, _) = split("FREELANCE BRIEF // Senior Copywriter\n\nWe write.\n");
        assert_eq!(posting.title, "Senior Copywriter");
        // A sentence is no call ("We wanted ..."), nor a lower-case head.
        let (posting, _) =
            split("We always wanted a bakery in town! Now we have one.\n\nWe bake.\n");
        assert_eq!(posting.title, "");
    }

    #[test]
    fn a_long_title_line_is_cut_at_its_first_bar_and_a_banner_is_no_title() {
        let (posting, _) = split(
            "Maintenance Planner - Fixed Plant | FIFO from Perth | 8/6 Roster\n\nWe plan maintenance.\n",
        );
        assert_eq!(posting.title, "Maintenance Planner - Fixed Plant");
        assert!(posting.summary.contains("FIFO from Perth | 8/6 Roster"));
        let (posting, consumed) = split(
            "*** STAFF WANTED *** Bar Staff & Floor Staff\n\nHi all, we need a few more hands.\n",
        );
        assert_eq!(posting.title, "Bar Staff & Floor Staff");
        assert!(consumed.iter().any(|line| line.contains("STAFF WANTED")));
        // Likewise at its one dash, when the words before it are a title.
        let (posting, _) = split(
            "Apprentice Plumber (Level 3 Domestic Plumbing and Heating) - September 2027 intake\n\nWe fit bathrooms.\n",
        );
        assert_eq!(
            posting.title,
            "Apprentice Plumber (Level 3 Domestic Plumbing and Heating)"
        );
        assert!(posting.summary.contains("September 2027 intake"));
        // A banner of several dashes is none either, and a sentence cut at a dash is no title.
        let (posting, _) = split(
            "Urgent Hiring - Delivery Partners - Pune (Kothrud / Baner / Aundh) - Immediate Joining\n\nWe deliver.\n",
        );
        assert_eq!(posting.title, "");
        let (posting, _) = split(
            "We are looking for a plumber to join our small team - apply by Friday\n\nWe fit bathrooms.\n",
        );
        assert_eq!(posting.title, "");
    }

    #[test]
    fn reads_an_addressless_to_line_below_other_headers_as_a_header() {
        let text = "From: Ciara Dunne <ciara@example.ie>\nSent: Thursday, 3 December 2026 09:47\nTo: Tax candidates (Bcc)\nSubject: NEW ROLE: Tax Manager, Corporate Tax - Dublin 2 - up to €95k + bonus\n\nHi all,\n";
        let (posting, _) = split(text);
        assert_eq!(posting.title, "Tax Manager, Corporate Tax");
        assert!(posting.location.places.contains("Dublin 2"));
        assert!(posting.summary.starts_with("up to €95k + bonus"));
        assert!(posting.unplaced.contains("To: Tax candidates (Bcc)"));
        let (posting, _) =
            split("Subject: HOT JOB - Maintenance Planner, Longview WA ($95K+)\n\nHi guys,\n");
        assert_eq!(posting.title, "Maintenance Planner, Longview WA");
        assert!(posting.summary.starts_with("($95K+)"));
        assert_eq!(posting.pay.min, Some(95_000.0));
        // The headline's teaser gives way to the pay line.
        let (posting, _) = split("Production Associate - 2nd Shift - Up to $20.00/hr!\n\nPay: $17.00 - $18.50 per hour + $1.50/hr shift differential\n\nWe build seats.\n");
        assert_eq!(posting.title, "Production Associate - 2nd Shift");
        assert_eq!((posting.pay.min, posting.pay.max), (Some(17.0), Some(18.5)));
        // Every part of pay after the title: the base, then the on-target earnings.
        let (posting, _) =
            split("Sales Consultant | Up to $65K Base + Comms | OTE $110K+\n\nWe sell cars.\n");
        assert_eq!(posting.title, "Sales Consultant");
        assert_eq!((posting.pay.min, posting.pay.max), (None, Some(65_000.0)));
        assert!(posting
            .summary
            .starts_with("Up to $65K Base + Comms | OTE $110K+"));
        // A Markdown headline is split the same way.
        let (posting, _) =
            split("# Class 1 HGV Driver – Nights – Up to £56K OTE\n\n## About Us\nWe deliver.\n");
        assert_eq!(posting.title, "Class 1 HGV Driver – Nights");
        assert_eq!(posting.pay.max, Some(56_000.0));
        // A country code deep in the role's name is no place; a place in brackets closing the
        // tail is one.
        let (posting, _) = split(
            "# Login.gov - DevOps/Site Reliability Engineer (IT Specialist)\n\nWe run login.\n",
        );
        assert_eq!(
            posting.title,
            "Login.gov - DevOps/Site Reliability Engineer (IT Specialist)"
        );
        assert_eq!(posting.location.places, "");
        let (posting, _) = split("# Head of Sales - Series A fintech (Austin)\n\nWe sell.\n");
        assert_eq!(posting.title, "Head of Sales");
        // A title's place that the location line writes in full is kept once.
        let (posting, _) = split(
            "# Support Worker – Riverside House\n\nLocation: Riverside House, 41 Neepsend Lane, Sheffield S3 8AU\n\nWe support.\n",
        );
        assert_eq!(posting.title, "Support Worker");
        assert_eq!(
            posting.location.places,
            "Riverside House, 41 Neepsend Lane, Sheffield S3 8AU"
        );
        // The pay before the place after the title.
        let (posting, _) =
            split("Concrete Laborer - Starting at $22/hr - Bohemia, NY\n\nWe pour foundations.\n");
        assert_eq!(posting.title, "Concrete Laborer");
        assert_eq!(posting.location.places, "Bohemia, NY");
        assert_eq!(posting.pay.min, Some(22.0));
        // A pay table's single figure, then the hiring range it starts: the range.
        let (posting, _) = split(
            "Technician\n\nPay\nT-14 | $24.86 per hour | $32.74 per hour\nHiring range: $24.86 - $28.53 per hour.\n\nWe clean.\n",
        );
        assert_eq!(
            (posting.pay.min, posting.pay.max),
            (Some(24.86), Some(28.53))
        );
        // A teaser's one end, then the range it starts: the range.
        let (posting, _) = split("Deli Clerk\n\nPart-Time | Starting at $19.10/hr\n\nPay range: $19.10 - $24.45 per hour.\n\nWe slice.\n");
        assert_eq!(
            (posting.pay.min, posting.pay.max),
            (Some(19.1), Some(24.45))
        );
        // A second level's pay is that level's, not the range of the first.
        let (posting, _) = split(
            "Clerk\n\nPay: from $19.10/hr\n\nSenior Clerk\n\nPay: $21.00 - $26.00 per hour\n",
        );
        assert_eq!((posting.pay.min, posting.pay.max), (Some(19.1), None));
        // Without a header above it, such a line is the posting's own.
        let (posting, _) = split("To: all store staff\n\nWe are hiring.\n");
        assert_eq!(posting.title, "To: all store staff");
    }

    #[test]
    fn keeps_the_rows_of_a_table_apart() {
        let text = "Title\n\nThe rates of each year of the programme are below\n1st year      45%      $21.06 per hour\n2nd year      55%      $25.74 per hour\nApprentices get health insurance.\n";
        let (posting, _) = split(text);
        assert!(
            posting
                .summary
                .contains("45%      $21.06 per hour\n2nd year"),
            "{}",
            posting.summary
        );
        assert!(posting.summary.contains("per hour\nApprentices"));
        assert!(posting.summary.contains("below\n1st year"));
    }

    #[test]
    fn the_ends_of_a_range_may_come_on_lines_of_their_own() {
        for pay in [
            "Pay Range Minimum: $66,900.00\nPay Range Maximum: $111,500.00",
            "Minimum salary: $66,900 per year\nMaximum salary: $111,500 per year",
            "Salary Min: $66,900 | Salary Max: $111,500",
            "Minimum: $66,900 a year. Maximum: $111,500 a year.",
        ] {
            let (posting, _) = split(&format!("# Analyst\n\n## Pay\n\n{pay}\n"));
            assert_eq!(
                (posting.pay.min, posting.pay.max),
                (Some(66_900.0), Some(111_500.0)),
                "{pay}"
            );
        }
        // In the text of another section too.
        let (posting, _) = split(
            "# Analyst\n\nAbout the role\nWe analyse data.\n\nPay Range Minimum: $66,900\nPay Range Maximum: $111,500\n",
        );
        assert_eq!(
            (posting.pay.min, posting.pay.max),
            (Some(66_900.0), Some(111_500.0))
        );
        // An open figure elsewhere is no end of the range.
        let (posting, _) = split(
            "# Server\n\n## Pay\n\nFrom $17 an hour.\n\nServers earn up to $30 an hour with tips.\n",
        );
        assert_eq!((posting.pay.min, posting.pay.max), (Some(17.0), None));
        // A bonus under the pay heading is not the pay.
        let (posting, _) = split("# Server\n\n## Pay\n\nSign-on bonus up to $2,000.\n");
        assert!(!posting.pay.has_figures());
    }

    #[test]
    fn a_benefit_sum_in_prose_is_not_the_pay() {
        for line in [
            "Tuition reimbursement up to $5,250 per year.",
            "Sign-on bonus of up to $3,000, paid over six months.",
            "Health insurance with an employer contribution of at least $400 per month.",
            "Up to $500 a year for home-office equipment.",
            "Pay rises of up to $2 an hour after certification.",
        ] {
            let text = format!("# Warehouse Associate\n\n## What we offer\n\n{line}\n");
            let (posting, _) = split(&text);
            assert!(!posting.pay.has_figures(), "{line}: {:?}", posting.pay);
        }
        // The pay stated in prose still is.
        let (posting, _) =
            split("# Warehouse Associate\n\n## What we offer\n\nPay starts at $19 per hour.\n");
        assert_eq!(posting.pay.min, Some(19.0));
    }

    #[test]
    fn a_figure_in_a_paragraph_gives_way_to_the_pay_section() {
        let text = "# Sales Intern\n\nLast summer our top intern earned $2,100 in commission.\n\n## Compensation\n\nInterns are paid $16 to $18 per hour, plus commission.\n";
        let (posting, _) = split(text);
        assert_eq!((posting.pay.min, posting.pay.max), (Some(16.0), Some(18.0)));
        assert_eq!(posting.pay.period, Some(crate::model::PayPeriod::Hour));
        // A rate with its period is as good as a pay line wherever it stands.
        let (posting, _) = split(
            "# Barista\n\nWe start every barista at $18 per hour, plus tips.\n\n## Compensation\n\n- Quarterly bonus of up to $1,000\n",
        );
        assert_eq!((posting.pay.min, posting.pay.max), (Some(18.0), Some(18.0)));
        // With nothing better, the figure stays.
        let (posting, _) = split("# Sales Intern\n\nOur top intern earned $2,100 in commission.\n");
        assert_eq!(posting.pay.min, Some(2100.0));
        // A pay label's stated reason outranks it too.
        let (posting, _) = split(
            "# Sales Intern\n\nOur top intern earned $2,100 in commission.\n\nPay: Competitive\n",
        );
        assert_eq!(posting.pay.min, None);
        assert_eq!(posting.pay.absent_reason, "Competitive");
        // So does one stated before it.
        let (posting, _) = split(
            "# Sales Intern\n\nPay: Competitive\n\nOur top intern earned $2,100 in commission.\n",
        );
        assert_eq!(posting.pay.min, None);
        assert_eq!(posting.pay.absent_reason, "Competitive");
    }

    #[test]
    fn a_contract_specialist_is_no_contract_job() {
        assert_eq!(employment_type_in("Contract Specialist (GS-1102-13)"), None);
        assert_eq!(
            employment_type_in("Senior Designer, 6-month contract"),
            Some(EmploymentType::Contract)
        );
    }

    #[test]
    fn a_note_between_two_bullets_stays_with_its_item() {
        // No blank line around the note: Markdown reads it as part of the item above, and
        // the bullets after it are still the same list.
        let (posting, _) = split(
            "# Designer\n\n## Duties\n- Create styles.\n_Examples include the design system._\n- Iterate quickly\n- Share your work\n",
        );
        assert_eq!(
            texts(&posting.responsibilities),
            [
                "Create styles. _Examples include the design system._",
                "Iterate quickly",
                "Share your work"
            ]
        );
        assert!(posting.unplaced.is_empty(), "{:?}", posting.unplaced);
        // A label between bullets is still a label, not a note.
        let (posting, _) = split("# Clerk\n\n## Duties\n- File records\nTools We Use\n- Excel\n");
        assert_eq!(texts(&posting.responsibilities)[0], "File records");
        // A heading between bullets is still a heading.
        let (posting, _) =
            split("# Designer\n\n## Duties\n- Create styles\nRequirements:\n- Rust\n");
        assert_eq!(texts(&posting.responsibilities), ["Create styles"]);
        assert_eq!(texts(&posting.must_have), ["Rust"]);
    }

    #[test]
    fn a_paragraph_after_the_bullets_leaves_the_list() {
        let (posting, _) = split(
            "# Engineer\n\n## Requirements\n- Rust\n\nWe are a remote team.\n\nWant to apply?\nWrite to us.\n",
        );
        assert_eq!(texts(&posting.must_have), ["Rust"]);
        assert_eq!(posting.summary, "We are a remote team.");
        assert_eq!(posting.how_to_apply.text, "Write to us.");
    }

    #[test]
    fn reads_a_plain_short_heading_line() {
        let (posting, _) = split(
            "Line Cook\n\nLocation: Lisbon, PT (on-site)\n\nWhat you will do\n- Prepare mise en place\n- Cook the lunch service\n\nRequirements\n- Two years in a busy kitchen\n",
        );
        assert_eq!(
            texts(&posting.responsibilities),
            ["Prepare mise en place", "Cook the lunch service"]
        );
        assert_eq!(texts(&posting.must_have), ["Two years in a busy kitchen"]);
        assert_eq!(posting.location.work_mode, Some(WorkMode::OnSite));
        assert!(!posting.summary.contains("What you will do"));
    }

    #[test]
    fn reads_setext_headings_but_not_field_lines_above_a_rule() {
        let (posting, _) = split(
            "Data Engineer\n=============\n\nLocation: Berlin\n---\n\nRequirements\n------------\n- SQL\n",
        );
        assert_eq!(posting.title, "Data Engineer");
        assert_eq!(posting.location.places, "Berlin");
        assert_eq!(texts(&posting.must_have), ["SQL"]);
    }

    #[test]
    fn an_adverts_call_after_the_title_stays_as_text() {
        let (posting, _) = split(
            "Delivery Driver - Box Truck (Non-CDL) - Start This Week!\nFront Range Parcel Co.\n\nWe deliver furniture.\n",
        );
        assert_eq!(posting.title, "Delivery Driver - Box Truck (Non-CDL)");
        assert!(
            posting.summary.contains("Start This Week!"),
            "{:?}",
            posting.summary
        );
        // A sentence that ends in "!" is still no title.
        let (posting, _) = split("We are hiring - join us today!\n\nWe deliver furniture.\n");
        assert_eq!(posting.title, "");
    }

    #[test]
    fn a_street_address_keeps_its_line() {
        let (posting, _) = split(
            "Registered Teacher\nNewtown Kindergarten\n48 Constable Street, Newtown, Wellington 6021\nPermanent, full time (40 hours a week)\n\nKia ora koutou.\n",
        );
        assert!(
            posting
                .summary
                .contains("Wellington 6021\nPermanent, full time"),
            "{:?}",
            posting.summary
        );
        // A wrapped sentence still joins.
        let (posting, _) =
            split("Teacher\n\nWe are a kindergarten in\nNewtown with 40 children.\n");
        assert!(
            posting.summary.contains("in Newtown"),
            "{:?}",
            posting.summary
        );
    }

    #[test]
    fn joins_wrapped_item_lines() {
        let (posting, _) = split("## Requirements\n- Five years of\n  backend work\n- SQL\n");
        assert_eq!(
            texts(&posting.must_have),
            ["Five years of\nbackend work", "SQL"]
        );
    }
}
