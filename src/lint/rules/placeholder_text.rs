//! `placeholder-text`: template leftovers ("ENTER ...", "TBD", "[Company]", "Lorem ipsum").

use crate::text::compile_pattern;
use std::sync::OnceLock;

use regex::Regex;

use crate::lint::rule::{declare_rule, Context, FieldText};
use crate::lint::word_list::{Entry, WordList};
use crate::lint::Diagnostic;
use crate::model::Section;
use crate::text::lines;

declare_rule! {
    /// Flags template leftovers: "ENTER ...", "TBD", "[Company]", "{{name}}", "Lorem ipsum", "XXX".
    ///
    /// ## What it does
    /// Finds text that was meant to be replaced before publishing: instructions in capitals
    /// ("ENTER POSITION SUMMARY", "INSERT ..."), "TBD"/"TBA", bracketed fields ("[Company]",
    /// "[Job Title]", "[DEPARTMENT NAME]", "[hiring manager name]", "[School Site]",
    /// "[hourly rate]", "<insert salary>"),
    /// template variables ("{{ location }}"), "Lorem ipsum", runs of X used as a stand-in
    /// ("XXX", "$XX,XXX", "XX,XXX", a day as "XX January"), "To Be Determined" (or decided, announced, confirmed)
    /// standing alone as a line or a label's value, a grade
    /// left without its number ("Promotion Potential: GS-"), and blank template labels: a line
    /// that is only a label naming a fact ("Job Title:", "Supervisory status:") followed by
    /// another label or by nothing. Markdown links in brackets are not mistaken for
    /// placeholders.
    ///
    /// ## Why is this bad?
    /// A published placeholder tells applicants nobody read the posting, and it usually sits
    /// where a fact should be (the summary, the dates, the pay). It is the one mistake every
    /// reader notices.
    ///
    /// ## Example
    /// ```text
    /// ENTER POSITION SUMMARY. Applications close tbd.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// You will run recruiting for design roles. Applications close on 30 June.
    /// ```
    ///
    /// ## What it does not flag
    /// Links in brackets, one capitalised word in brackets ("[PDF]"), ordinary words ("enter
    /// the market", "Xbox"), a sentence that says
    /// something will be decided later ("salary will be determined upon selection"), a grade
    /// word ("the next lower GS-grade"), the labels how to apply asks the applicant to fill in
    /// ("share your CV with the following details: - Notice period:"), and a label whose value
    /// is on the next line:
    /// ```text
    /// Series & Grade:
    ///
    /// 0301-15
    /// ```
    id: "placeholder-text",
    category: Clarity,
    severity: Error,
    has_fix: false,
    check: check,
}

#[cfg(test)]
fn placeholder() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| compile_pattern(&format!("(?:{PLACEHOLDER})")))
}

/// [`placeholder`] anchored at the start of the text: tried only where [`possible`] says a
/// match may start, instead of reading the whole text.
fn placeholder_here() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| compile_pattern(&format!("^(?:{PLACEHOLDER})")))
}

/// The placeholder pattern's alternatives. Each starts at a `[`, `<`, `{` or `$` the tokenizer
/// marks, or at the start of a word ([`possible`] lists those places).
const PLACEHOLDER: &str = concat!(
    r"(?-u:\b)(?:ENTER|INSERT|ADD|PASTE) (?:[A-Z0-9/&'’]+ ?){1,}[A-Z0-9](?-u:\b)",
    r"|(?i:(?-u:\b)(?:tbd|tba|tbc)(?-u:\b))",
    r"|(?i:\[\s*(?:company(?: name)?|job title|title|position|role|name|location|city|salary|pay|date|team|department|manager|insert[^\]]*|your [^\]]*|x+)\s*\])",
    // A field named in brackets: "[department name]", "[HR CONTACT NAME]", "[Start date]",
    // "[School Site]", "[hourly rate]".
    r"|(?i:\[\s*(?:[a-z&/-]+ ){1,3}(?:name|title|number|date|email|phone|address|salary|location|department|site|amount|rate|range|link|url|contact)\s*\])",
    r"|\[[A-Z][A-Z&/-]*(?: [A-Z&/-]+){1,4}\]",
    r"|(?i:<\s*(?:insert|company|job title|salary|name|location)[^>]*>)",
    r"|\{\{[^}\n]*\}\}",
    r"|(?i:(?-u:\b)lorem ipsum(?-u:\b))",
    r"|(?:\$|(?-u:\b))X{1,3}(?:,X{3})+(?-u:\b)|(?-u:\b)X{3,}(?-u:\b)",
    // A day left as a template's "XX" before its month: "Closing date: XX January 2026".
    r"|(?-u:\b)XX (?:January|February|March|April|May|June|July|August|September|October|November|December)(?-u:\b)",
);

/// Last words of a field named in brackets ("[hiring manager name]").
const FIELD_NAMES: &[&str] = &[
    "name",
    "title",
    "number",
    "date",
    "email",
    "phone",
    "address",
    "salary",
    "location",
    "department",
    "site",
    "amount",
    "rate",
    "range",
    "link",
    "url",
    "contact",
];

/// True when `bytes`, after any ASCII white space (as `\s` reads it, vertical tab included),
/// start with a non-ASCII byte (which may be white space or fold to a letter) or with one of
/// `letters` in either case.
fn after_space_starts_with(bytes: &[u8], letters: &[u8]) -> bool {
    let first = bytes
        .iter()
        .find(|byte| !byte.is_ascii_whitespace() && **byte != 0x0b);
    first.is_some_and(|byte| !byte.is_ascii() || letters.contains(&byte.to_ascii_lowercase()))
}

/// What a field's marks and words leave possible: each flag is false only when the search
/// it guards cannot match, so most fields skip every search.
#[derive(Default)]
struct Possible {
    /// [`placeholder`] may match.
    placeholder: bool,
    /// The byte offsets, in order, where a [`placeholder`] match may start.
    starts: Vec<usize>,
    /// "GS-" is in the text ([`gradeless`]).
    grade: bool,
    /// A line ends in a colon, perhaps with spaces or bold markers after it ([`blank_labels`]).
    blank_label: bool,
}

/// Reads a field for what its searches may find, from the symbols the tokenizer marked
/// ([`FieldText::marks`]) and the first letters of its words, not byte by byte. A
/// [`placeholder`] match starts with `[` or `<` and a word's first letter, `{{`, `$X`, or a
/// word: `XXX`, one of the capitalised verbs, or (in any case) "tb" or "lorem". Inside
/// brackets a non-ASCII character counts, since it may be white space or fold to a letter.
fn possible(field: &FieldText) -> Possible {
    let bytes = field.text.as_bytes();
    let mut possible = Possible::default();
    for &mark in &field.marks {
        let rest = &bytes[mark as usize..];
        let may_start = match rest[0] {
            b'[' => {
                after_space_starts_with(&rest[1..], b"cjtprnlsdmiyx")
                    || rest.get(1).is_some_and(u8::is_ascii_uppercase)
                    || rest.get(1..).is_some_and(|inside| {
                        let end = inside.iter().position(|byte| *byte == b']').unwrap_or(0);
                        let name = inside[..end.min(60)].to_ascii_lowercase();
                        FIELD_NAMES
                            .iter()
                            .any(|word| name.ends_with(word.as_bytes()))
                    })
            }
            b'<' => after_space_starts_with(&rest[1..], b"icjsnl"),
            b'{' => rest.starts_with(b"{{"),
            b'$' => rest.starts_with(b"$X"),
            b':' => {
                let after = &rest[1..];
                possible.blank_label |= after.starts_with(b"\n")
                    || after.starts_with(b"**\n")
                    || after.starts_with(b" \n")
                    || after.iter().all(|byte| matches!(byte, b' ' | b'\t' | b'*'));
                false
            }
            _ => false,
        };
        if may_start {
            possible.starts.push(mark as usize);
        }
    }
    let marked = possible.starts.len();
    for token in &field.tokens {
        let rest = &bytes[token.span.start..];
        let may_start = match rest[0] {
            // "XX,XXX" as well as "XXX".
            b'X' => rest.starts_with(b"XX"),
            b'E' => rest.starts_with(b"ENTER"),
            b'I' => rest.starts_with(b"INSERT"),
            b'A' => rest.starts_with(b"ADD"),
            b'P' => rest.starts_with(b"PASTE"),
            b't' | b'T' => rest
                .get(1)
                .is_some_and(|next| next.eq_ignore_ascii_case(&b'b')),
            b'l' | b'L' => rest.len() >= 5 && rest[..5].eq_ignore_ascii_case(b"lorem"),
            b'G' => {
                possible.grade |= rest.starts_with(b"GS-");
                false
            }
            _ => false,
        };
        // A word's alternatives start at a word boundary: not after a letter, digit or "_"
        // the tokenizer splits from it.
        let after_word = token.span.start > 0
            && bytes
                .get(token.span.start - 1)
                .is_some_and(|byte| byte.is_ascii_alphanumeric() || *byte == b'_');
        if may_start && !after_word {
            possible.starts.push(token.span.start);
        }
    }
    if possible.starts.len() > marked {
        crate::sort::sort(&mut possible.starts);
    }
    possible.placeholder = !possible.starts.is_empty();
    possible
}

/// False only when [`placeholder`] cannot match (see [`possible`]).
#[cfg(test)]
fn may_hold_placeholder(text: &str) -> bool {
    possible(&FieldText::new(crate::model::Field::Summary, text)).placeholder
}

const UNDECIDED: &str = "stands in for a value";

/// Phrases that stand in for a value not decided yet.
static UNDECIDED_PHRASES: &[Entry] = &[
    Entry::new("to be determined", UNDECIDED),
    Entry::new("to be decided", UNDECIDED),
    Entry::new("to be announced", UNDECIDED),
    Entry::new("to be confirmed", UNDECIDED),
];

fn undecided() -> &'static WordList {
    static LIST: OnceLock<WordList> = OnceLock::new();
    LIST.get_or_init(|| WordList::new(UNDECIDED_PHRASES))
}

/// True when `span` is the whole value of its line: only a bullet or a label ("Start date:")
/// before it, only a full stop or bold markers after it.
fn stands_alone(text: &str, span: &std::ops::Range<usize>) -> bool {
    let line_start = text[..span.start].rfind('\n').map_or(0, |at| at + 1);
    let line_end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |at| span.end + at);
    let before = text[line_start..span.start].trim_matches([' ', '\t', '*']);
    let after = text[span.end..line_end].trim_matches([' ', '\t', '.', '*']);
    let labelled = before.ends_with(':') && before.len() <= 60 && before.matches(':').count() == 1;
    after.is_empty() && (before.is_empty() || before == "-" || labelled)
}

/// A US federal grade with no number after it ("GS-" at the end of a line, before a comma,
/// semicolon or closing bracket, or before the next label when lines were joined: "GS-
/// Appointment type: Permanent").
fn gradeless() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN
        .get_or_init(|| compile_pattern(r"(?m)(?-u:\b)(GS-)(?:[ \t]*(?:$|[,;)|])|[ \t]+[A-Za-z])"))
}

/// A line that is only a label: optional bullet and bold, words, a colon, nothing after.
fn label_line() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(
            r"^[ \t]*(?:[-*][ \t]+)?(?:\*\*)?([A-Z][A-Za-z&/' ]{0,40}?)[ \t]*:(?:\*\*)?[ \t]*$",
        )
    })
}

/// A line that starts with a short label and a colon ("Travel requirement: occasional").
fn labelled_line() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN
        .get_or_init(|| compile_pattern(r"^[ \t]*(?:[-*][ \t]+)?(?:\*\*)?[A-Z][A-Za-z&/' ]{0,40}:"))
}

/// Last words of labels that ask for one fact of the job, as templates write them.
const FACT_LABELS: &[&str] = &[
    "title",
    "salary",
    "range",
    "grade",
    "potential",
    "location",
    "locations",
    "number",
    "date",
    "deadline",
    "department",
    "manager",
    "status",
    "type",
    "vacancies",
    "schedule",
    "hours",
    "series",
    "level",
    "company",
    "position",
    "compensation",
    "pay",
    "duration",
    "clearance",
    "contact",
    "email",
    "team",
    "period",
];

/// Blank template labels: a label-only line naming a fact, followed by another label line or
/// by nothing.
fn blank_labels(field: &FieldText, found: &mut Vec<std::ops::Range<usize>>) {
    let lines: Vec<std::ops::Range<usize>> = lines(field.text)
        .into_iter()
        .filter(|line| !field.text[line.clone()].trim().is_empty())
        .collect();
    // How to apply that asks for details ("kindly share your CV with the following details:")
    // lists labels for the applicant to fill in, not blanks of the template.
    let asks_for_details = |before: usize| {
        field.section() == Section::HowToApply
            && lines[..before].iter().any(|line| {
                let text = field.text[line.clone()].trim_end().to_lowercase();
                text.ends_with(':')
                    && [
                        "details",
                        "following",
                        "share",
                        "send",
                        "include",
                        "mention",
                    ]
                    .iter()
                    .any(|word| text.contains(word))
            })
    };
    for (index, line) in lines.iter().enumerate() {
        let text = &field.text[line.clone()];
        // Most lines do not end in a colon: rule them out before the expression.
        if !text.trim_end_matches([' ', '\t', '*']).ends_with(':') || asks_for_details(index) {
            continue;
        }
        let Some(label) = label_line()
            .captures(text)
            .and_then(|captures| captures.get(1))
        else {
            continue;
        };
        let last_word = label
            .as_str()
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if !FACT_LABELS.contains(&last_word.as_str()) {
            continue;
        }
        let next_is_label = lines
            .get(index + 1)
            .is_none_or(|next| labelled_line().is_match(&field.text[next.clone()]));
        if next_is_label {
            let colon = text[label.end()..]
                .find(':')
                .map_or(label.end(), |offset| label.end() + offset + 1);
            found.push(line.start + label.start()..line.start + colon);
        }
    }
}

/// Template gaps found line by line: undecided values, grades without a number, blank labels.
fn template_gaps(field: &FieldText, possible: &Possible) -> Vec<std::ops::Range<usize>> {
    let mut found = Vec::new();
    for phrase in undecided().find(field) {
        if stands_alone(field.text, &phrase.span) {
            found.push(phrase.span);
        }
    }
    if possible.grade {
        for captures in gradeless().captures_iter(field.text) {
            found.extend(captures.get(1).map(|grade| grade.range()));
        }
    }
    if possible.blank_label {
        blank_labels(field, &mut found);
    }
    found
}

/// The spans of the [`placeholder`] matches of `text`, as `find_iter` finds them, tried only
/// at `starts` (in order): every match starts at one of them.
fn placeholders(text: &str, starts: &[usize]) -> Vec<std::ops::Range<usize>> {
    let mut found: Vec<std::ops::Range<usize>> = Vec::new();
    for &start in starts {
        if found.last().is_some_and(|last| start < last.end) {
            continue;
        }
        let here = text
            .get(start..)
            .and_then(|rest| placeholder_here().find(rest));
        if let Some(here) = here {
            found.push(start..start + here.end());
        }
    }
    found
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    for field in &context.texts {
        let first = diagnostics.len();
        let possible = possible(field);
        for gap in template_gaps(field, &possible) {
            let words = &field.text[gap.clone()];
            let message = if words.ends_with(':') {
                format!("'{words}' is a template label left blank")
            } else if words.ends_with('-') {
                format!("'{words}' is a grade left without its number")
            } else {
                format!("'{words}' looks like a template placeholder left in")
            };
            diagnostics.push(Diagnostic::spanned(
                &RULE,
                field.field,
                gap,
                message,
                "Fill in the real value, or delete the line, before publishing.",
            ));
        }
        crate::sort::sort_by_key(&mut diagnostics[first..], |diagnostic| {
            diagnostic.span.as_ref().map(|span| span.start)
        });
        if !possible.placeholder {
            continue;
        }
        for found in placeholders(field.text, &possible.starts) {
            let words = &field.text[found.clone()];
            let is_link = words.starts_with('[') && field.text[found.end..].starts_with('(');
            if is_link {
                continue;
            }
            diagnostics.push(Diagnostic::spanned(
                &RULE,
                field.field,
                found.clone(),
                format!("'{words}' looks like a template placeholder left in"),
                "Replace it with the real text, or delete it, before publishing.",
            ));
        }
        crate::sort::sort_by_key(&mut diagnostics[first..], |diagnostic| {
            diagnostic.span.as_ref().map(|span| span.start)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{flagged, run, summary};
    use crate::model::Posting;

    fn assert_same_matches(text: &str) {
        let field = FieldText::new(crate::model::Field::Summary, text);
        let everywhere: Vec<_> = placeholder().find_iter(text).map(|m| m.range()).collect();
        assert_eq!(
            placeholders(text, &possible(&field).starts),
            everywhere,
            "{text}"
        );
    }

    #[test]
    fn a_day_left_as_xx_before_its_month() {
        assert!(placeholder().is_match("Closing date: XX January 2026."));
        assert!(!placeholder().is_match("Sizes XX Large and XL."));
    }

    #[test]
    fn quick_test_never_skips_a_placeholder() {
        for text in [
            "ENTER COMPANY NAME",
            "Salary: TBD",
            "start tBc",
            "[ Company Name ]",
            "<insert salary>",
            "{{ team }}",
            "Lorem Ipsum dolor",
            "ref XXXX here",
            "$XX,XXX",
            "pay XX,XXX a year",
            "Closing date: XX January 2026.",
            "INSERT JOB TITLE",
            "ADD BENEFITS",
            "PASTE TEXT",
            "café TBD",
            "[\u{b} title ]",
            "< \tcompany>",
            "[DEPARTMENT NAME]",
            "Contact: [HR CONTACT NAME]",
            "[hiring manager name]",
            "\u{201c}lorem ipsum\u{201d} \u{2014} TBD \u{2014}",
            "[ \u{17f}alary ]",
            "<\u{a0}insert salary>",
        ] {
            assert!(placeholder().is_match(text), "{text}");
            assert!(may_hold_placeholder(text), "{text}");
            assert_same_matches(text);
        }
        // Tried only where a match may start, the search finds what a search of every byte
        // finds.
        for text in [
            "Salary: TBD. Start date: [Start date], team {{ team }}; pay $XX,XXX or XXX-XXX.",
            "foo_TBD xTBD TBDx tbd_ <insert salary> [Company Name](https://x.y) ENTER NAME HERE",
            "Lorem ipsum [ title ] [PDF] [2] $X $XX XX,XXX,XXX ADDRESS ADD IT [HR CONTACT NAME]",
        ] {
            assert_same_matches(text);
        }
        for text in [
            "Build APIs with the team.",
            "Enter the market",
            "Address: 1 Main St",
            "See [our blog](https://example.com) or <a href=x>",
            "",
            "Caf\u{e9} \u{2019}s \u{2014} na\u{ef}ve r\u{e9}sum\u{e9}",
        ] {
            assert!(!placeholder().is_match(text), "{text}");
            assert!(!may_hold_placeholder(text), "{text}");
        }
    }

    #[test]
    fn one_pass_says_what_the_searches_it_replaces_said() {
        for text in [
            "Job Title:\nPay: x",
            "Salary: **",
            "Start: \t*",
            "Closing:**\nnext",
            "Grade: \nnext",
            "No label here",
            "Ratio 3:1 and GS-12",
            "GS-",
            "",
        ] {
            let found = possible(&FieldText::new(crate::model::Field::Summary, text));
            let colon_line = text.contains(":\n")
                || text.trim_end_matches([' ', '\t', '*']).ends_with(':')
                || text.contains(":**\n")
                || text.contains(": \n");
            assert_eq!(found.blank_label, colon_line, "{text:?}");
            assert_eq!(found.grade, text.contains("GS-"), "{text:?}");
        }
    }

    #[test]
    fn ignores_one_bracketed_capital_word() {
        // An abbreviation in brackets is not a field name.
        assert!(!placeholder().is_match("Download the guide [PDF] or [2] below."));
    }

    #[test]
    fn flags_a_field_named_in_brackets() {
        let posting = summary(
            "Interviews will be held at [School Site] in March. Pay: [hourly rate] per hour. Apply at [application link].",
        );
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(
            found,
            ["[School Site]", "[hourly rate]", "[application link]"]
        );
    }

    #[test]
    fn flags_template_leftovers() {
        let posting = summary(
            "ENTER POSITION SUMMARY FROM PROFILE\nOpen tbd to tbd at [Company] in {{ city }}; pay $XX,XXX. Lorem ipsum.",
        );
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(
            found,
            [
                "ENTER POSITION SUMMARY FROM PROFILE",
                "tbd",
                "tbd",
                "[Company]",
                "{{ city }}",
                "$XX,XXX",
                "Lorem ipsum"
            ]
        );
    }

    #[test]
    fn flags_undecided_values_and_blank_template_fields() {
        let posting = summary(
            "Promotion Potential: GS- Appointment type: Permanent\n\nPerformance Indicators\n\nTo Be Determined\n\nStart date: to be confirmed.\n\n- **Closing:** TO BE DECIDED\n\n**Job Title:**\n\n**Promotion Potential:** GS-\n\nSupervisory status:\n\nTravel requirement: some\n\nPay: XX,XXX\n\nReports to:",
        );
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(
            found,
            [
                "GS-",
                "To Be Determined",
                "to be confirmed",
                "TO BE DECIDED",
                "Job Title:",
                "GS-",
                "Supervisory status:",
                "XX,XXX",
            ]
        );
    }

    #[test]
    fn ignores_decisions_described_and_labels_with_values_below() {
        let posting = summary(
            "Salary will be determined upon selection.\nSalary: to be determined upon selection.\nThe next lower GS-grade.\nSeries & Grade:\n\n0301-15\n\nPromotion Potential: GS-15\n\nEligibility:\n\nYou must be:\n\n- a student",
        );
        let diagnostics = run(&RULE, &posting);
        assert!(
            diagnostics.is_empty(),
            "{:?}",
            flagged(&posting, &diagnostics)
        );
    }

    #[test]
    fn ignores_the_details_an_applicant_is_asked_for() {
        let mut posting = Posting::default();
        posting.how_to_apply.text = "Kindly share your CV with the following details:\n- Total experience:\n- Current location:\n- Notice period:".into();
        assert!(run(&RULE, &posting).is_empty());
        // A blank label of the template is still one there.
        posting.how_to_apply.text = "Apply by e-mail.\n\nClosing date:".into();
        assert_eq!(run(&RULE, &posting).len(), 1);
    }

    #[test]
    fn ignores_links_and_ordinary_words() {
        let posting = summary(
            "Read [our hiring process](/hiring/), [team](/team) and enter the building. Add tests. ENTER. Xbox, XL, 10x.",
        );
        assert!(run(&RULE, &posting).is_empty());
    }
}
