//! `pay-range-missing`: no pay range, a single figure, or "competitive"/"DOE"; names the
//! pay-transparency laws of the posting's location.

use crate::text::compile_pattern;
use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use crate::lint::pay_law::{law_note, pay_laws_for, Asks, LawNote, PayLaw, TABLE_CHECKED};
use crate::lint::rule::{declare_rule, Context, FieldText};
use crate::lint::rules::pay_range_not_a_range::open_bound;
use crate::lint::{Diagnostic, Related};
use crate::model::{Field, Section, Severity};

declare_rule! {
    /// Flags postings without a pay range: none at all, a single figure, or only "competitive" or "DOE".
    ///
    /// ## What it does
    /// Checks that the pay section has a minimum and a maximum that differ, or that the text
    /// states a range ("$120,000 - $150,000", "EUR 60k to 75k"). Points at words that stand in
    /// for a figure: "competitive salary", "DOE", "depending on experience", "commensurate with
    /// experience", "negotiable": in the pay section at those words, elsewhere (a "competitive
    /// compensation" in the company blurb, a "competitive salary" in the benefits of a posting
    /// with no pay figure) as the posting's missing range, quoting the first and marking each. One
    /// open bound ("up to $90,000") is `pay-range-not-a-range`'s finding instead.
    ///
    /// The severity follows the law of the place. Postwright keeps a table of pay-transparency
    /// laws (name, citation, scope and employer size, effective date, what must be disclosed
    /// and where, and a public source for each), last checked on 2026-12-01, and reads the
    /// posting's location (places, country, remote eligibility) with its place list:
    /// - an error when a law in force appears to ask for the range in the advert itself: a
    ///   role in Denver (Colorado's Equal Pay for Equal Work Act), New York City (the city's
    ///   law and New York State's Labor Law § 194-b), Seattle (RCW 49.58.110), British
    ///   Columbia, Ontario, Lithuania, Italy, ...; a remote role open across the United States
    ///   counts for the laws that cover remote roles that could be done from their state
    ///   (Colorado, California, Washington, New York City), and the message says so;
    /// - a warning when the only laws that apply let the pay be given before the interview
    ///   or the hiring instead: the EU Pay Transparency Directive 2023/970 for a role in
    ///   Berlin, and the laws of Poland, Slovakia and Malta;
    /// - a warning, naming no law, where none in the table matches (London; or a location
    ///   not given).
    ///
    /// The message names only the laws that apply and the help gives, for each, what it asks,
    /// whom it covers, its source and why it appears to apply. It is not legal advice: a law
    /// "may require" the range and "appears to apply"; employer size, public employers and
    /// exemptions are for counsel to judge. When a reason for giving no range is recorded, the
    /// finding is only a suggestion, unless a law asks for the range in the advert.
    ///
    /// ## Why is this bad?
    /// Pay is the first thing most applicants look for, and a missing range widens pay gaps,
    /// because people who negotiate less (more often women and minorities) end up paid less.
    /// Many places now require a range in the posting: Colorado (Equal Pay for Equal Work Act,
    /// 2021), New York City (2022) and State, California and Washington (2023), Illinois
    /// (2025), and the EU Pay Transparency Directive (2023/970), which member states were to
    /// apply from June 2026.
    ///
    /// ## Example
    /// ```text
    /// Salary: competitive, depending on experience.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Salary: EUR 62,000-74,000 per year, depending on experience.
    /// ```
    ///
    /// ## What it does not flag
    /// A range written in the text ("$120,000 - $150,000", "EUR 60k to 75k") counts as much
    /// as one in the pay fields. "Competitive" in the benefits ("competitive 401(k) match") or
    /// in the equal-opportunity statement does not stand in for the pay. A fixed pay stated
    /// exactly, one figure with its period ("$60k/year for 40 hrs/wk") or its unit of work
    /// ("$985 per credit hour", "$0.62 per mile"), is not a missing range;
    /// a lone figure without a period, or one the text says varies ("Salary: $131,767" with
    /// "Total compensation will include locality pay"), is. Nor is
    /// a role stated to be unpaid ("Internships are unpaid."): there is no range to give. A
    /// law is named only when the location falls under it: "Remote (worldwide)" or London
    /// names none.
    /// ```text
    /// Pay: $60k/year for 40 hrs/wk, the same for everyone on the team.
    /// ```
    id: "pay-range-missing",
    category: Disclosure,
    severity: Warning,
    has_fix: false,
    check: check,
}

/// True when `field` writes a pay range: a [`range_in_text`] on a line the importer's pay
/// reader reads as a range, so sums the job handles ("close contracts of $3,000 to $40,000",
/// "projects from $150,000 to $2M") are no pay range.
pub(crate) fn states_a_range(field: &FieldText) -> bool {
    field.has_digit()
        && range_in_text().find_iter(field.text).any(|found| {
            let text = field.text;
            let start = text[..found.start()].rfind('\n').map_or(0, |at| at + 1);
            let end = text[found.end()..]
                .find('\n')
                .map_or(text.len(), |at| found.end() + at);
            crate::import::pay_line::find(&text[start..end])
                .is_some_and(|pay| pay.min.is_some() && pay.max.is_some())
        })
}

/// A range written in the text: "$120,000 - $150,000", "EUR 60k to 75k".
pub(crate) fn range_in_text() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        // The currency before the first figure, or after it ("42 000 € – 48 000 €").
        let figure = crate::import::pay_line::written_figure();
        let sign = r"(?:[$€£₹]|(?-u:\b)(?:usd|eur|gbp|cad|aud|chf|sek|nok|dkk|inr)\s?)";
        let code_after = r"(?:€|(?-u:\b)(?:usd|eur|gbp|cad|aud|chf|sek|nok|dkk|inr)(?-u:\b))";
        compile_pattern(&format!(
            r"(?i)(?:{sign}\s?{figure}\s?k?|{figure}\s?k?\s?{code_after})\s*(?:-|–|—|to|and)\s*{sign}?\s?{figure}"
        ))
    })
}

fn stand_in() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(r"(?i)(?-u:\b)(?:competitive\s+(?:salary|pay|compensation|wages?|package)|(?-u:\b)DOE(?-u:\b)|dependent\s+on\s+experience|depending\s+on\s+experience|commensurate\s+with\s+(?:experience|qualifications)|salary\s+(?:is\s+)?negotiable)|^\s*(?:competitive|negotiable|attractive|market\s+rate)(?:\s*\.?\s*$|\s*[+,&]|\s+(?:plus|with|and)\s)")
    })
}

/// The words of a [`stand_in`] match at `range` of `text`, without what follows a stand-in
/// word that opens the field ("Competitive + car allowance + bonus" gives "Competitive").
fn stand_in_words(text: &str, range: Range<usize>) -> Range<usize> {
    let found = text.get(range.clone()).unwrap_or_default();
    let lead = found.len() - found.trim_start().len();
    let word_end = found[lead..]
        .find(|c: char| !(c.is_alphabetic() || c == ' '))
        .map_or(found.len(), |index| lead + index);
    let mut words = found[..word_end].trim_end();
    for joiner in [" plus", " with", " and"] {
        if let Some(head) = words.strip_suffix(joiner) {
            words = head.trim_end();
        }
    }
    range.start + lead..range.start + words.len()
}

/// The [`stand_in`] words of `text`, those written one after another ("Competitive, DOE")
/// taken together: one finding for one way of not giving the range.
fn stand_in_runs(text: &str) -> Vec<Range<usize>> {
    let mut runs: Vec<Range<usize>> = Vec::new();
    for found in stand_in().find_iter(text) {
        let range = stand_in_words(text, found.range());
        if let Some(last) = runs.last_mut() {
            let gap = text.get(last.end..range.start).unwrap_or("x");
            let gap = gap.trim_matches(|c: char| c.is_whitespace() || ",;/&+-".contains(c));
            if matches!(gap, "" | "and" | "or" | "plus") {
                last.end = range.end;
                continue;
            }
        }
        runs.push(range);
    }
    runs
}

/// "Internships are unpaid.", "This is an unpaid position": the pay is stated, and it is none.
fn unpaid() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(r"(?i)(?-u:\b)(?:(?:is|are|will\s+be)\s+(?:an?\s+)?unpaid(?-u:\b)(?:\s+(?:role|position|internship|volunteer))?|unpaid\s+(?:internship|position|role|volunteer)s?)(?-u:\b)")
    })
}

/// Words saying the pay varies with something ("will include locality pay", "salary depends
/// on location"): then one figure is not the pay but a point in an unstated range.
fn pay_varies() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(r"(?i)(?-u:\b)(?:locality\s+pay|(?:pay|salary|compensation)(?-u:\b)(?:[^.\n]|\.\d){0,60}(?-u:\b)(?:depends|depending|based\s+on|var(?:y|ies)))")
    })
}

/// A rate per unit of work ("$985 per credit hour", "$0.62 per mile", "$45 a visit"): a fixed
/// pay stated with its unit, which the pay periods (hour, day, week, month, year) do not name.
fn rate_per_unit() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(r"(?i)\d(?:[\d,]*\d)?(?:\.\d{1,2})?\s*(?:per|/|an?|each)\s+(?:\d{1,2}[-\s]hours?\s+)?(?:credit(?:\s+hour)?|contact\s+hour|course|section|class|lesson|session|visit|mile|piece|stop|delivery|load|case|shift|bin)s?(?-u:\b)")
    })
}

/// The laws that apply to the posting (those asking for what `keep` accepts), as severity,
/// a clause for the message and the help's details; without laws, the rule's own severity and
/// a help that says no law in the table matched.
pub(crate) struct LawTerms {
    pub note: Option<LawNote>,
}

impl LawTerms {
    /// The laws of the posting's location that `keep` retains.
    pub(crate) fn of(context: &Context, keep: impl Fn(&PayLaw) -> bool) -> Self {
        let laws: Vec<_> = pay_laws_for(&context.posting.location)
            .into_iter()
            .filter(|applicable| keep(applicable.law))
            .collect();
        Self {
            note: law_note(&laws),
        }
    }

    /// The finding's severity: the laws' (error for a range required in the advert), or the
    /// rule's own.
    pub(crate) fn severity(&self, default: Severity) -> Severity {
        self.note.as_ref().map_or(default, |note| note.severity)
    }

    /// "; Equal Pay for Equal Work Act, Part 2 (Colorado) may require pay information in the
    /// advert", or
    /// nothing.
    pub(crate) fn clause(&self) -> String {
        match &self.note {
            Some(note) if note.in_advert => {
                format!("; {} may require pay information in the advert", note.names)
            }
            Some(note) => format!(
                "; {} may require pay information for applicants, if not in the advert then before the interview or hiring",
                note.names
            ),
            None => String::new(),
        }
    }

    /// The laws' details (what each asks, its source, why it appears to apply, the table's
    /// date), or a sentence saying no law of the table matched the location.
    pub(crate) fn details(&self, location_given: bool) -> String {
        match &self.note {
            Some(note) => note.details.clone(),
            None if location_given => format!(
                "No law in Postwright's pay-transparency table (checked {TABLE_CHECKED}) matches this posting's location."
            ),
            None => format!(
                "Set the location to see which pay-transparency laws in Postwright's table (checked {TABLE_CHECKED}) may apply."
            ),
        }
    }
}

/// True when the location section says anything.
pub(crate) fn location_given(context: &Context) -> bool {
    let location = &context.posting.location;
    !location.places.trim().is_empty()
        || !location.country.trim().is_empty()
        || !location.remote_eligibility.trim().is_empty()
        || location.work_mode.is_some()
}

const WHY: &str = "Applicants look for the pay first, and a published range narrows pay gaps: people who negotiate less (more often women and minorities) are otherwise paid less.";

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let pay = &context.posting.pay;
    if let (Some(min), Some(max)) = (pay.min, pay.max) {
        if max > min {
            return;
        }
        // One exact figure with its period (or its unit of work: "per credit hour") is a
        // fixed pay, stated, unless some text (the
        // benefits too: importers put "locality pay" there) says the pay varies around it.
        if max == min
            && (pay.period.is_some()
                || context
                    .texts
                    .iter()
                    .any(|field| rate_per_unit().is_match(field.text)))
            && !context
                .texts
                .iter()
                .any(|field| pay_varies().is_match(field.text))
        {
            return;
        }
    }
    // One open bound ("from $50,000", "up to $90k") is `pay-range-not-a-range`'s finding.
    if open_bound(context).is_some() {
        return;
    }
    // A range the text states is given, also beside one figure in the fields (a JSON-LD
    // baseSalary of 52,000 and "Salary: $48,000 - $56,000 per year, depending on experience").
    if context.texts.iter().any(states_a_range) {
        return;
    }
    let location_given = location_given(context);
    if pay.has_figures() {
        // Laws that accept one fixed figure are not asking for more here.
        let laws = LawTerms::of(context, |law| law.asks == Asks::Range);
        diagnostics.push(
            Diagnostic::posting_level(
                &RULE,
                Section::Pay,
                format!("the pay is a single figure, not a range{}", laws.clause()),
                format!(
                    "Give the lowest and highest pay you would offer. {}",
                    laws.details(location_given)
                ),
            )
            .with_severity(laws.severity(RULE.default_severity)),
        );
        return;
    }
    // In the benefits an unpaid role is the role itself only when the title says it is an
    // internship or volunteer post ("Internships are unpaid." under an intern's benefits).
    let title = context.posting.title.to_lowercase();
    let unpaid_title = ["intern", "volunteer", "unpaid"]
        .iter()
        .any(|word| title.contains(word));
    if context.texts.iter().any(|field| {
        (field.section() != Section::Benefits || unpaid_title)
            && field.contains_ignore_ascii_case("unpaid")
            && unpaid().is_match(field.text)
    }) {
        return;
    }
    let laws = LawTerms::of(context, |_| true);
    let severity = laws.severity(RULE.default_severity);
    let mut in_pay = 0;
    // Stand-ins outside the pay section (a "competitive salary" in the company blurb or the
    // benefits): the first is quoted, and each is marked as where the range is missing.
    let mut elsewhere: Vec<(Field, Range<usize>, &str)> = Vec::new();
    for field in &context.texts {
        let section = field.section();
        if section == Section::EqualOpportunity {
            continue;
        }
        for range in stand_in_runs(field.text) {
            let Some(words) = field.text.get(range.clone()) else {
                continue;
            };
            if section != Section::Pay {
                elsewhere.push((field.field, range, words));
                continue;
            }
            in_pay += 1;
            diagnostics.push(
                Diagnostic::spanned(
                    &RULE,
                    field.field,
                    range,
                    format!("'{words}' stands in for a pay range{}", laws.clause()),
                    format!(
                        "State the range instead. {WHY} {}",
                        laws.details(location_given)
                    ),
                )
                .with_severity(severity),
            );
        }
    }
    if in_pay > 0 {
        return;
    }
    let reason = pay.absent_reason.trim();
    let message = match elsewhere.first() {
        Some((_, _, words)) => format!("the posting gives no pay range, only '{words}'"),
        None => "the posting gives no pay range".to_string(),
    };
    let mut diagnostic = Diagnostic::posting_level(
        &RULE,
        Section::Pay,
        format!("{message}{}", laws.clause()),
        format!("Add the pay range. {WHY} {}", laws.details(location_given)),
    )
    .with_severity(severity);
    for (field, span, words) in &elsewhere {
        diagnostic = diagnostic.with_related(Related {
            field: *field,
            span: span.clone(),
            message: format!("'{words}' stands in for the pay range"),
        });
    }
    // A stated reason softens the finding, unless a law asks for the range in the advert:
    // a reason does not lift that.
    let required = laws.note.as_ref().is_some_and(|note| note.in_advert);
    diagnostics.push(if reason.is_empty() {
        diagnostic
    } else if required {
        Diagnostic {
            message: format!("{message}{} (stated reason: {reason})", laws.clause()),
            ..diagnostic
        }
    } else {
        Diagnostic {
            message: format!("{message}{} (stated reason: {reason})", laws.clause()),
            ..diagnostic.with_severity(Severity::Suggestion)
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{run, summary};
    use crate::model::{ListKind, Pay, PayPeriod, Posting};

    #[test]
    fn flags_missing_and_single_figures() {
        let posting = summary("Great job.");
        let diagnostics = run(&RULE, &posting);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].section, Section::Pay);
        let posting = Posting {
            pay: Pay {
                min: Some(50_000.0),
                max: Some(50_000.0),
                ..Pay::default()
            },
            ..Posting::default()
        };
        assert!(run(&RULE, &posting)[0].message.contains("single figure"));
    }

    #[test]
    fn flags_stand_ins_outside_the_pay_section_as_the_missing_range() {
        let posting = summary("We offer competitive compensation, DOE.");
        let diagnostics = run(&RULE, &posting);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].section, Section::Pay);
        assert!(diagnostics[0].span.is_none());
        assert!(diagnostics[0]
            .message
            .contains("only 'competitive compensation, DOE'"));
    }

    #[test]
    fn marks_every_stand_in_outside_the_pay_section_with_no_figure_anywhere() {
        let mut posting = summary("Join a growing team.");
        posting.push_item(
            ListKind::Benefits,
            "Competitive salary commensurate with experience",
        );
        posting.push_item(ListKind::Benefits, "25 days of annual leave");
        posting.about_company = "We pay a competitive package.".into();
        let diagnostics = run(&RULE, &posting);
        assert_eq!(diagnostics.len(), 1);
        assert!(diagnostics[0].span.is_none());
        let marked: Vec<(Field, &str)> = diagnostics[0]
            .related
            .iter()
            .map(|related| {
                let text = match related.field {
                    Field::Item(..) => posting.benefits[0].text.as_str(),
                    _ => posting.about_company.as_str(),
                };
                (related.field, &text[related.span.clone()])
            })
            .collect();
        assert_eq!(marked.len(), 2);
        assert!(marked
            .iter()
            .any(|(_, words)| *words == "Competitive salary commensurate with experience"));
        assert!(marked
            .iter()
            .any(|(_, words)| *words == "competitive package"));
        // A stand-in in the benefits beside a range is no finding at all.
        posting.pay = Pay {
            min: Some(52_000.0),
            max: Some(60_000.0),
            period: Some(PayPeriod::Year),
            ..Pay::default()
        };
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_a_lone_figure_without_a_period() {
        let posting = Posting {
            pay: Pay {
                min: Some(131_767.0),
                max: Some(131_767.0),
                ..Pay::default()
            },
            ..Posting::default()
        };
        assert!(run(&RULE, &posting)[0].message.contains("single figure"));
    }

    #[test]
    fn ignores_a_fixed_pay_with_its_period() {
        let posting = Posting {
            pay: Pay {
                min: Some(60_000.0),
                max: Some(60_000.0),
                period: Some(PayPeriod::Year),
                ..Pay::default()
            },
            ..Posting::default()
        };
        assert!(run(&RULE, &posting).is_empty());
        let mut varies = Posting {
            summary: "Total compensation will include locality pay based on your location.".into(),
            ..posting
        };
        assert!(run(&RULE, &varies)[0].message.contains("single figure"));
        varies.summary.clear();
        varies.push_item(
            ListKind::Benefits,
            "Total compensation will include locality pay.",
        );
        assert!(run(&RULE, &varies)[0].message.contains("single figure"));
    }

    #[test]
    fn a_range_in_the_text_beside_one_figure_in_the_fields_is_given() {
        let posting = Posting {
            pay: Pay {
                min: Some(52_000.0),
                max: Some(52_000.0),
                period: Some(PayPeriod::Year),
                ..Pay::default()
            },
            summary: "Salary: $48,000 - $56,000 per year, depending on experience.".into(),
            ..Posting::default()
        };
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_a_fixed_rate_per_unit_of_work() {
        let mut posting = Posting {
            pay: Pay {
                min: Some(985.0),
                max: Some(985.0),
                ..Pay::default()
            },
            summary: "Adjuncts are paid $985 per credit hour under the pay schedule.".into(),
            ..Posting::default()
        };
        assert!(run(&RULE, &posting).is_empty());
        posting.summary = "Adjuncts are paid $985 under the pay schedule.".into();
        assert!(run(&RULE, &posting)[0].message.contains("single figure"));
        // A decimal figure does not end the sentence that says the pay varies.
        posting.pay.min = Some(24.0);
        posting.pay.max = Some(24.0);
        posting.pay.period = Some(PayPeriod::Hour);
        posting.summary = "Pay: $24.00 per hour, depending on experience.".into();
        assert_eq!(run(&RULE, &posting).len(), 1);
        posting.pay.period = None;
        // A rate per shift, also with the shift's length, or per bin picked.
        posting.pay.min = Some(780.0);
        posting.pay.max = Some(780.0);
        for text in ["Pay: $780 per 12-hour shift.", "Piece rate: $28 per bin."] {
            posting.summary = text.into();
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
    }

    #[test]
    fn ignores_unpaid_roles_but_not_unpaid_leave() {
        for text in ["Internships are unpaid.", "This is an unpaid position."] {
            assert!(run(&RULE, &summary(text)).is_empty(), "{text}");
        }
        let mut posting = summary("Great job.");
        posting.push_item(ListKind::Benefits, "Internships are unpaid.");
        assert_eq!(run(&RULE, &posting).len(), 1);
        posting.title = "Front End Design Intern (unpaid)".into();
        assert!(run(&RULE, &posting).is_empty());
        assert_eq!(
            run(&RULE, &summary("Up to 12 weeks of unpaid leave.")).len(),
            1
        );
    }

    #[test]
    fn ignores_ranges_in_fields_or_text() {
        let posting = Posting {
            pay: Pay {
                min: Some(50_000.0),
                max: Some(60_000.0),
                ..Pay::default()
            },
            ..Posting::default()
        };
        assert!(run(&RULE, &posting).is_empty());
        assert!(run(&RULE, &summary("Pay: $120,000 - $150,000 a year.")).is_empty());
        assert!(run(&RULE, &summary("EUR 60k to 75k")).is_empty());
        // Thousands written with spaces or apostrophes, the currency before or after.
        for text in [
            "Salary: 42 000 € – 48 000 € gross per year, depending on experience",
            "Salary: CHF 120'000 – 140'000 per year",
            "CTC: ₹28,00,000 – ₹36,00,000 per annum",
        ] {
            assert!(run(&RULE, &summary(text)).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_lone_stand_in_word_in_the_pay_field_is_no_reason() {
        // JSON-LD's baseSalary "value": "Competitive" lands in the reason field.
        let mut posting = summary("Make coffee.");
        posting.pay.absent_reason = "Competitive".into();
        let found = run(&RULE, &posting);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0]
            .message
            .contains("'Competitive' stands in for a pay range"));
        assert_eq!(found[0].severity, RULE.default_severity);
        // Two stand-ins one after the other are one finding.
        posting.pay.absent_reason = "Competitive, DOE".into();
        let found = run(&RULE, &posting);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0]
            .message
            .contains("'Competitive, DOE' stands in for a pay range"));
        // With what comes on top of the pay, it is still the stand-in.
        posting.pay.absent_reason = "Competitive + car allowance + bonus".into();
        let found = run(&RULE, &posting);
        assert!(found[0]
            .message
            .contains("'Competitive' stands in for a pay range"));
        assert_eq!(found[0].severity, RULE.default_severity);
        posting.pay.absent_reason = "Negotiable plus bonus".into();
        assert!(run(&RULE, &posting)[0]
            .message
            .contains("'Negotiable' stands in for a pay range"));
        // A word inside a sentence is not the whole field.
        posting.pay.absent_reason = "Set by the competitive union scale".into();
        assert_eq!(run(&RULE, &posting)[0].severity, Severity::Suggestion);
    }

    #[test]
    fn softens_when_a_reason_is_given() {
        let posting = Posting {
            pay: Pay {
                absent_reason: "set by the union scale".into(),
                ..Pay::default()
            },
            ..Posting::default()
        };
        assert_eq!(run(&RULE, &posting)[0].severity, Severity::Suggestion);
    }
}
