//! `pay-range-not-a-range`: the pay has one open bound ("up to $90,000", "from EUR 50k").

use crate::text::compile_pattern;
use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use crate::lint::pay_law::Asks;
use crate::lint::rule::{declare_rule, Context, FieldText};
use crate::lint::rules::pay_range_missing::{location_given, states_a_range, LawTerms};
use crate::lint::rules::pay_range_too_wide::first_figure_value;
use crate::lint::{Diagnostic, Related};
use crate::model::{Field, Section};

declare_rule! {
    /// Flags pay given as one open bound ("up to $90,000", "from EUR 50k", "$80k+") instead of a range.
    ///
    /// ## What it does
    /// Fires when the pay section has only a minimum or only a maximum, or when the posting
    /// gives no range and states the pay as one open-ended figure: "up to", "as much as",
    /// "maximum", "from", "starting at", "begins at", "at least", "minimum", "not less than",
    /// "in excess of", "upwards of", "Salary: to", "Salary: over" before an amount, or "+",
    /// "and up", "or more", "to start", "minimum" after it, on a line that is about pay
    /// ("salary", "pay",
    /// "wage", "per hour", "per week", "a year", "OTE"). Also when the pay fields hold one
    /// figure that the text writes as a bound ("Starting wage: $20.00/hour"), or a range whose
    /// top the text leaves open ("Pay range: $70,000 - $150,000+"). The finding points at the pay line
    /// ("Salary: up to $90,000") when there is one, else at the first place outside the title,
    /// and lists every other place the posting writes the same open figure (a subject line's
    /// "$95K+", the same "up to $185,000" again in the benefits), since each must change. When the posting's location falls under a pay-transparency
    /// law that asks for the pay in the advert, the finding is an error and names the law,
    /// its source and why it appears to apply (the same table as `pay-range-missing`, last
    /// checked on 2026-12-01). It is not legal advice.
    ///
    /// Pay given only as words ("competitive", "DOE", "depending on experience") is no range
    /// either; `pay-range-missing` reports those, naming the same laws.
    ///
    /// ## Why is this bad?
    /// One bound tells applicants half the story: "up to $90,000" may mean $55,000 for most
    /// hires, and "from EUR 50k" says nothing about the top. Several pay-transparency laws
    /// bar open-ended ranges: Colorado asks for a finite minimum and maximum, New York City
    /// and Minnesota reject open-ended ranges, and British Columbia names "up to" and "and
    /// up" as not complying.
    ///
    /// ## Example
    /// ```text
    /// Salary: up to $90,000 a year.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Salary: $72,000 to $90,000 a year.
    /// ```
    ///
    /// ## What it does not flag
    /// A range ("$72,000 to $90,000", "from $72k to $90k"), one fixed figure with its period
    /// ("$60k/year"), and open-ended amounts that are not the pay: a budget, a deal size or a
    /// bonus on a line that says nothing about pay, and a benefit's sum even with its period
    /// (named before the figure, or too small to be the pay for that period; the importer
    /// does not take such a figure for the pay either), a starting figure whose next steps the
    /// posting writes (the scale's top is there), "plus" that adds something ("£28k+comm"), and
    /// "minimum wage".
    /// ```text
    /// Experience closing deals of $100k+ with enterprise buyers.
    /// A learning budget of up to EUR 1,000 a year.
    /// Tuition reimbursement up to $5,250 per year. Up to $500 a year for home-office equipment.
    /// From £12.71 per hour in training, rising to £13.25 per hour after probation.
    /// The pay will be $60k plus benefits.
    /// ```
    id: "pay-range-not-a-range",
    category: Disclosure,
    severity: Warning,
    has_fix: false,
    check: check,
}

/// One open bound where the range should be.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum OpenBound {
    /// The pay fields hold a minimum only; the places the posting writes it, if any.
    Minimum(Vec<(Field, Range<usize>)>),
    /// The pay fields hold a maximum only; the places the posting writes it, if any.
    Maximum(Vec<(Field, Range<usize>)>),
    /// No pay fields: an open-ended figure on a line about pay, and the places the posting
    /// writes the same figure again.
    Text(Vec<(Field, Range<usize>)>),
    /// The pay fields hold a range whose top the text leaves open ("$70,000 - $150,000+").
    Top(Vec<(Field, Range<usize>)>),
}

/// An amount of money: a currency sign or code, then a figure ("$90,000", "EUR 50k"), or a
/// figure, then the euro sign or a code ("45.000 €", "70 000 USD").
fn money() -> String {
    let figure = crate::import::pay_line::written_figure();
    format!(
        r"(?:(?:[$€£₹]|(?-u:\b)(?:usd|eur|gbp|cad|aud|chf|sek|nok|dkk|inr)\s?)\s?{figure}(?:\s?k(?-u:\b))?|{figure}(?:\s?k(?-u:\b))?\s?(?:€|(?-u:\b)(?:usd|eur|gbp|cad|aud|chf|sek|nok|dkk|inr)(?-u:\b)))"
    )
}

fn open_figure() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        let amount = money();
        compile_pattern(&format!(
            r"(?i)(?-u:\b)(?:up\s+to|as\s+much\s+as|maximum(?:\s+of)?|max\.|starting\s+(?:at|from)|starts?\s+at|starting\s+(?:hourly\s+)?(?:wage|pay|salary|rate)(?:\s+(?:is|of))?\s*:?|from|at\s+least|minimum(?:\s+of)?|min\.|in\s+excess\s+of|upwards\s+of|more\s+than|(?:not|no)\s+less\s+than|begins?\s+at|(?:salary|pay|negotiable)\s*:?\s*(?:to|over))\s+(?:a\s+)?(?:(?:base\s+|annual\s+|monthly\s+|hourly\s+)?(?:salary|pay|wage|rate)(?:\s+(?:of|is)\s+|\s*:\s*))?{amount}|{amount}(?:\+|\s*/\s*(?:hr|hour|yr|year|wk|week)\+|\s+(?:and\s+up|and\s+above|or\s+more|plus|to\s+start|minimum)(?-u:\b)|(?:\s*/\s*(?:hr|hour|yr|year)|\s+(?:an?|per)\s+(?:hour|year))\s+(?:and\s+up|and\s+above|or\s+more|to\s+start|minimum)(?-u:\b))"
        ))
    })
}

/// Words that make a line about the pay.
fn pay_words() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(r"(?i)(?-u:\b)(?:salary|salaries|pay|wages?|compensation|remuneration|earn|earnings|ote|range|per\s+(?:hour|week|year|annum|month)|an\s+hour|a\s+week|a\s+year|hourly|weekly|annually|p\.a\.)(?-u:\b)|/\s?(?:hr|hour|wk|week|yr|year)(?-u:\b)")
    })
}

/// True when the line of `text` holding `span` names the pay in words ("salary", "wage",
/// "earn"), not only a period.
fn names_pay(text: &str, span: &Range<usize>) -> bool {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    let words = PATTERN.get_or_init(|| {
        compile_pattern(r"(?i)(?-u:\b)(?:salary|salaries|pay|wages?|compensation|remuneration|earn|earns|earning|earnings|ote)(?-u:\b)")
    });
    let (start, end) = line_around(text, span);
    text.get(start..end)
        .is_some_and(|line| words.is_match(line))
}

/// The byte range of the line of `text` holding `span`.
fn line_around(text: &str, span: &Range<usize>) -> (usize, usize) {
    let start = text
        .get(..span.start)
        .and_then(|before| before.rfind('\n'))
        .map_or(0, |index| index + 1);
    let end = text
        .get(span.end..)
        .and_then(|after| after.find('\n'))
        .map_or(text.len(), |index| span.end + index);
    (start, end)
}

/// True when the line of `text` holding `span` is about pay ("Salary: ...", "... per hour").
pub(crate) fn on_a_pay_line(text: &str, span: &Range<usize>) -> bool {
    let (start, end) = line_around(text, span);
    text.get(start..end)
        .is_some_and(|line| pay_words().is_match(line))
}

/// The open bound the posting gives in place of a pay range, if any: one bound in the pay
/// section, or (when the posting has no pay figures and no range in its text) an open-ended
/// figure on a line about pay; with every place the posting writes it.
pub(crate) fn open_bound(context: &Context) -> Option<OpenBound> {
    let pay = &context.posting.pay;
    match (pay.min, pay.max) {
        // The words the pay fields were read from ("Pay: Starting at $17.50/hour + bonus"),
        // when the text still holds them: the findings point there.
        (Some(min), None) => return Some(OpenBound::Minimum(written_open_figures(context, min))),
        (None, Some(max)) => return Some(OpenBound::Maximum(written_open_figures(context, max))),
        // One figure the text writes as a bound ("Starting wage: $20.00/hour" beside a
        // structured wage of $20), or a range whose top the text leaves open ("$70,000 -
        // $150,000+").
        (Some(min), Some(max)) => {
            // (Not when the text states a range, such as the wage scale the one figure
            // starts: "start at $21.06", then "$21.06 - $39.78" by year of the course; nor
            // "$60k plus benefits", where "plus" adds.)
            if min == max {
                if context.texts.iter().any(states_a_range) || writes_a_higher_step(context, min) {
                    return None;
                }
                let mut written = written_open_figures(context, min);
                written.retain(|(field, span)| {
                    !context
                        .posting
                        .text(*field)
                        .and_then(|text| text.get(span.clone()))
                        .unwrap_or_default()
                        .to_ascii_lowercase()
                        .ends_with("plus")
                });
                let maximum = written.first().is_some_and(|(field, span)| {
                    let words = context
                        .posting
                        .text(*field)
                        .and_then(|text| text.get(span.clone()))
                        .unwrap_or_default()
                        .to_ascii_lowercase();
                    ["up to", "as much as", "max"]
                        .iter()
                        .any(|bound| words.starts_with(bound))
                });
                return match (written.is_empty(), maximum) {
                    (true, _) => None,
                    (false, true) => Some(OpenBound::Maximum(written)),
                    (false, false) => Some(OpenBound::Minimum(written)),
                };
            }
            let written = written_open_tops(context, max);
            return (!written.is_empty()).then_some(OpenBound::Top(written));
        }
        (None, None) => {}
    }
    if context.texts.iter().any(states_a_range) {
        return None;
    }
    let (field, span) = first_open_figure(context)?;
    let value = context
        .posting
        .text(field)
        .and_then(|text| text.get(span.clone()))
        .and_then(first_figure_value);
    let mut written = value.map_or_else(Vec::new, |value| written_open_figures(context, value));
    if !written.contains(&(field, span.clone())) {
        written.insert(0, (field, span));
    }
    Some(OpenBound::Text(written))
}

/// The open-ended figures in `field`'s text not followed by "to" ("$17/hr and up to $2/hr
/// shift differential": "up to" another figure).
fn open_figures<'t>(field: &'t FieldText) -> impl Iterator<Item = Range<usize>> + 't {
    open_figure()
        .find_iter(field.text)
        .map(|found| found.range())
        .filter(|span| {
            // The bottom of a range ("from $72k to $90k"), or its top ("$58,000 – $66,000 plus
            // uncapped commission").
            let before = field.text[..span.start].trim_end();
            let after = field.text[span.end..].trim_start();
            let starts = |text: &str, word: &str| {
                text.get(..word.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(word))
            };
            let ends = |text: &str, word: &str| {
                text.len() >= word.len()
                    && text
                        .get(text.len() - word.len()..)
                        .is_some_and(|tail| tail.eq_ignore_ascii_case(word))
            };
            // "$15.00/hr minimum wage" names the law's floor, not an open bound; "£28k+comm"
            // adds the commission.
            let minimum_wage = ends(&field.text[..span.end], "minimum") && starts(after, "wage");
            let plus_a_word = field.text[..span.end].ends_with('+')
                && field.text[span.end..].starts_with(|c: char| c.is_alphabetic());
            !minimum_wage
                && !plus_a_word
                && !starts(after, "to ")
                && !before.ends_with(['-', '–', '—'])
                && !ends(before, " to")
        })
}

/// The first open-ended figure on a line about pay ("from $50,000", "starting at $17.50/hour"),
/// outside the benefits and the equal-opportunity statement.
fn first_open_figure(context: &Context) -> Option<(Field, Range<usize>)> {
    context.texts.iter().find_map(|field| {
        let section = field.section();
        let skipped = matches!(section, Section::EqualOpportunity | Section::Benefits);
        if !field.has_digit() || skipped {
            return None;
        }
        // A duty or a requirement states pay only in its words ("Personally manage 120 donors
        // giving $1,000 or more a year" is a sum of the work).
        let work = matches!(
            section,
            Section::Responsibilities | Section::MustHave | Section::NiceToHave
        );
        open_figures(field)
            .find(|span| {
                on_a_pay_line(field.text, span)
                    && (!work || names_pay(field.text, span))
                    && !another_sum(field.text, span)
                    // ("closed deals totaling more than $610 million": a company's figure.)
                    && !crate::import::pay_line::names_a_scale(
                        field.text.get(span.end..).unwrap_or_default(),
                    )
            })
            .map(|span| (field.field, span))
    })
}

/// True when the open figure at `span` is a sum other than the pay, by the words of its
/// clause before it ("Tuition reimbursement up to $5,250 per year", "a sign-on bonus of up to
/// $3,000") or its size ("up to $500 a year for equipment"): the importer's reading.
pub(crate) fn another_sum(text: &str, span: &Range<usize>) -> bool {
    let before = text.get(..span.start).unwrap_or_default();
    let start = before
        .rfind(['\n', ';', '!', '?', '|', '·', '•'])
        .into_iter()
        .chain(before.rfind(". "))
        .max()
        .map_or(0, |index| index + 1);
    let end = text
        .get(span.end..)
        .and_then(|after| after.find(['\n', ';', '|', '·', '•']))
        .map_or(text.len(), |index| span.end + index);
    text.get(start..end)
        .is_some_and(crate::import::pay_line::names_another_sum)
}

/// Every open-ended figure whose value is `value`: the words the pay fields were read from,
/// and the places the posting repeats them ("$95K+" in the subject line, "Base salary
/// starting at $95,000" again in the benefits). Outside the benefits the figure's value is
/// enough; in the benefits, where "up to $500" is usually an allowance, the line must be
/// about pay as well. Never the equal-opportunity statement. The unsorted text counts: it is
/// exported with the rest (a front matter's `salary: Up to $205,000 + equity` is kept there).
fn written_open_figures(context: &Context, value: f64) -> Vec<(Field, Range<usize>)> {
    let mut written = Vec::new();
    for field in context.texts.iter() {
        let section = field.section();
        if !field.has_digit() || section == Section::EqualOpportunity {
            continue;
        }
        written.extend(
            open_figures(field)
                .filter(|span| {
                    field.text.get(span.clone()).and_then(first_figure_value) == Some(value)
                        && (section != Section::Benefits || on_a_pay_line(field.text, span))
                        && !another_sum(field.text, span)
                })
                .map(|span| (field.field, span)),
        );
    }
    written
}

/// True when the text writes a higher figure of the same period as the pay's one figure
/// `single`, up to ten times it: the next steps of a scale ("rising to £13.25 per hour after
/// probation", a table of the wage by year of an apprenticeship), so the top is given.
fn writes_a_higher_step(context: &Context, single: f64) -> bool {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    let money = PATTERN.get_or_init(|| compile_pattern(&format!("(?i){}", money())));
    let Some(period) = context.posting.pay.period else {
        return false;
    };
    context.texts.iter().any(|field| {
        field.has_digit()
            && field.section() != Section::EqualOpportunity
            && money.find_iter(field.text).any(|found| {
                first_figure_value(found.as_str()).is_some_and(|value| {
                    value > single
                        && value <= single * 10.0
                        && crate::import::pay_line::period_after(&field.text[found.end()..])
                            == Some(period)
                })
            })
    })
}

/// Every figure of value `top` the text writes as open above ("$150,000+", "$150K+", "$22/hr
/// and up"), the top of a range included: the pay range's top, left open. Not "plus"
/// (something added) and never the equal-opportunity statement or another sum.
fn written_open_tops(context: &Context, top: f64) -> Vec<(Field, Range<usize>)> {
    let mut written = Vec::new();
    for field in context.texts.iter() {
        if !field.has_digit() || field.section() == Section::EqualOpportunity {
            continue;
        }
        for found in open_figure().find_iter(field.text) {
            let words = found.as_str().to_ascii_lowercase();
            let open_above =
                words.ends_with('+') || words.ends_with(" up") || words.ends_with(" more");
            let span = found.range();
            if open_above
                && first_figure_value(&words) == Some(top)
                && on_a_pay_line(field.text, &span)
                && !another_sum(field.text, &span)
            {
                written.push((field.field, span));
            }
        }
    }
    written
}

/// True when the line holding byte `at` starts with a pay label ("Salary:", "- Base pay:",
/// "**Compensation:**"): the line where the posting states its pay.
fn labelled_pay_line(text: &str, at: usize) -> bool {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    let label = PATTERN.get_or_init(|| {
        compile_pattern(
            r"(?i)^[\s\-*•#]*(?:(?:base|basic|annual|hourly|starting)\s+)?(?:pay|salary|wages?|compensation|comp|remuneration|rate|ote|earnings|salary\s+package)(?:\s+range)?\s*\**\s*[:\-–]",
        )
    });
    label.is_match(crate::text::line_at(text, at))
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let bound = open_bound(context);
    // Beside a base pay range, open on-target earnings describe the commission on top ("The
    // base salary range is $75,000 - $90,000. OTE $150,000+").
    let pay = &context.posting.pay;
    let base_range = matches!((pay.min, pay.max), (Some(min), Some(max)) if max > min);
    let earnings = if base_range {
        Vec::new()
    } else {
        open_earnings(context)
    };
    if bound.is_none() && earnings.is_empty() {
        return;
    }
    // A law asking only for the minimum pay is satisfied by one.
    let laws = LawTerms::of(context, |law| law.asks != Asks::Minimum);
    let help = format!(
        "Give both ends: the lowest and the highest pay you would offer. An open-ended figure is not a range, and several pay-transparency laws bar open-ended ranges. {}",
        laws.details(location_given(context))
    );
    let severity = laws.severity(RULE.default_severity);
    let words_at = |field: Field, span: &Range<usize>| {
        context
            .posting
            .text(field)
            .and_then(|text| text.get(span.clone()))
            .unwrap_or_default()
            .to_owned()
    };
    let mut reported: Vec<(Field, Range<usize>)> = Vec::new();
    if let Some(bound) = bound {
        let (written, message) = match bound {
            OpenBound::Minimum(written) => (
                written,
                format!(
                    "the pay gives a minimum and no maximum, which is not a range{}",
                    laws.clause()
                ),
            ),
            OpenBound::Maximum(written) => (
                written,
                format!(
                    "the pay gives a maximum and no minimum, which is not a range{}",
                    laws.clause()
                ),
            ),
            OpenBound::Top(written) => (
                written,
                format!(
                    "the top of the pay range is left open, so the pay has no maximum{}",
                    laws.clause()
                ),
            ),
            OpenBound::Text(written) => {
                let words = written
                    .first()
                    .map(|(field, span)| words_at(*field, span))
                    .unwrap_or_default();
                let message = format!(
                    "'{words}' gives one end of the pay, not a range{}",
                    laws.clause()
                );
                (written, message)
            }
        };
        if written.is_empty() {
            diagnostics.push(
                Diagnostic::posting_level(&RULE, Section::Pay, message, help.clone())
                    .with_severity(severity),
            );
        } else {
            reported.extend(written.iter().cloned());
            push_one(context, written, message, &help, severity, diagnostics);
        }
    }
    // On-target earnings given as an open figure of their own ("OTE £55k+" beside a basic
    // salary): another statement of the pay, with no top either.
    let mut earnings: Vec<(f64, Field, Range<usize>)> = earnings
        .into_iter()
        .filter(|(_, field, span)| {
            !reported
                .iter()
                .any(|(done, at)| done == field && at.start < span.end && span.start < at.end)
        })
        .collect();
    while let Some((value, field, span)) = earnings.first().cloned() {
        // Compared bit for bit, so the loop ends whatever the value (even one that is no
        // number): the first entry always leaves.
        let same: Vec<(Field, Range<usize>)> = earnings
            .iter()
            .filter(|(other, ..)| other.to_bits() == value.to_bits())
            .map(|(_, field, span)| (*field, span.clone()))
            .collect();
        earnings.retain(|(other, ..)| other.to_bits() != value.to_bits());
        let message = format!(
            "'{}' gives the on-target earnings as one open end, not a range{}",
            words_at(field, &span),
            laws.clause()
        );
        push_one(context, same, message, &help, severity, diagnostics);
    }
}

/// True when the line holding byte `at` speaks of on-target earnings ("OTE £55k+", "realistic
/// on-target earnings of £60,000+").
fn on_an_earnings_line(text: &str, at: usize) -> bool {
    let line = crate::text::line_at(text, at);
    line.split(|c: char| !c.is_alphanumeric())
        .any(|word| word.eq_ignore_ascii_case("ote"))
        || crate::text::contains_ignore_ascii_case(line, "on-target")
        || crate::text::contains_ignore_ascii_case(line, "on target earnings")
}

/// Every open figure on a line about on-target earnings, with its value, in reading order
/// (never the equal-opportunity statement, nor another sum).
fn open_earnings(context: &Context) -> Vec<(f64, Field, Range<usize>)> {
    let mut found = Vec::new();
    for field in context.texts.iter() {
        // (A field that names no earnings is skipped before its figures are searched.)
        let names_earnings = || {
            field.contains_ignore_ascii_case("ote") || field.contains_ignore_ascii_case("target")
        };
        if !field.has_digit() || field.section() == Section::EqualOpportunity || !names_earnings() {
            continue;
        }
        for span in open_figures(field) {
            if !on_an_earnings_line(field.text, span.start) || another_sum(field.text, &span) {
                continue;
            }
            if let Some(value) = field.text.get(span.clone()).and_then(first_figure_value) {
                found.push((value, field.field, span));
            }
        }
    }
    found
}

/// Pushes one finding for an open figure written at `written` (one place or more): at the pay
/// line ("Salary: up to €95,000 DOE") when there is one, else at the first place outside the
/// title, with the places that repeat it (a subject line's "up to €95k") listed.
fn push_one(
    context: &Context,
    mut written: Vec<(Field, Range<usize>)>,
    message: String,
    help: &str,
    severity: crate::model::Severity,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let primary = (0..written.len())
        .min_by_key(|&index| {
            let (field, span) = &written[index];
            let text = context.posting.text(*field).unwrap_or_default();
            let rank = if labelled_pay_line(text, span.start) {
                0
            } else if field.section() == Section::Title {
                2
            } else {
                1
            };
            (rank, index)
        })
        .unwrap_or(0);
    if written.is_empty() {
        return;
    }
    let (field, span) = written.remove(primary);
    let mut diagnostic =
        Diagnostic::spanned(&RULE, field, span, message, help).with_severity(severity);
    for (field, span) in written {
        let words = context
            .posting
            .text(field)
            .and_then(|text| text.get(span.clone()))
            .unwrap_or_default();
        diagnostic = diagnostic.with_related(Related {
            field,
            message: format!("also '{words}'"),
            span,
        });
    }
    diagnostics.push(diagnostic);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{flagged, item, run, summary};
    use crate::model::{ListKind, Pay, Posting, Severity};

    #[test]
    fn points_at_the_words_the_bound_was_read_from() {
        let mut posting =
            summary("Pay: Starting at $17.50/hour + monthly bonus\n\nWe answer calls.");
        posting.pay.min = Some(17.5);
        let diagnostics = run(&RULE, &posting);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(flagged(&posting, &diagnostics), ["Starting at $17.50"]);
        assert!(diagnostics[0].message.contains("a minimum and no maximum"));
        // Another open figure on a pay line before it is not where the minimum was read.
        let mut posting = summary(
            "Top sellers earn up to $2,000 a month in commission.\n\nPay: from $19 per hour.",
        );
        posting.pay.min = Some(19.0);
        let diagnostics = run(&RULE, &posting);
        assert_eq!(flagged(&posting, &diagnostics), ["from $19"]);
    }

    #[test]
    fn flags_one_figure_written_as_a_bound_and_a_range_left_open_at_the_top() {
        use crate::model::PayPeriod;
        let mut posting = summary("Pay and perks\n\nStarting wage: $20.00/hour");
        posting.pay.min = Some(20.0);
        posting.pay.max = Some(20.0);
        posting.pay.period = Some(PayPeriod::Hour);
        let diagnostics = run(&RULE, &posting);
        assert_eq!(flagged(&posting, &diagnostics), ["Starting wage: $20.00"]);
        assert!(diagnostics[0].message.contains("a minimum and no maximum"));
        // The next step of the scale is written: its top is given.
        posting
            .summary
            .push_str(", rising to $22.00/hour after one season");
        assert!(run(&RULE, &posting).is_empty());
        // "Plus" adds something to one fixed figure.
        let mut posting = summary("The pay will be $60k plus benefits.");
        posting.pay.min = Some(60_000.0);
        posting.pay.max = Some(60_000.0);
        posting.pay.period = Some(PayPeriod::Year);
        assert!(run(&RULE, &posting).is_empty());

        let mut posting = summary("Pay range: $70,000 - $150,000+ per year");
        posting.pay.min = Some(70_000.0);
        posting.pay.max = Some(150_000.0);
        let diagnostics = run(&RULE, &posting);
        assert_eq!(flagged(&posting, &diagnostics), ["$150,000+"]);
        assert!(diagnostics[0]
            .message
            .contains("top of the pay range is left open"));
        posting.summary = "Pay range: $70,000 - $150,000 plus commission".into();
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn points_at_a_labelled_minimum_and_an_hourly_floor() {
        let mut posting = summary("Minimum salary: $55,000 per year, depending on experience.");
        posting.pay.min = Some(55_000.0);
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Minimum salary: $55,000"]
        );
        let mut posting = summary("Pay: $22.50/hr+ based on experience.");
        posting.pay.min = Some(22.5);
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["$22.50/hr+"]);
    }

    #[test]
    fn one_finding_at_the_pay_line_lists_every_other_place() {
        // The words of the finding, then those of its related places.
        fn places(posting: &Posting, diagnostics: &[crate::lint::Diagnostic]) -> Vec<String> {
            assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
            let mut words = flagged(posting, diagnostics);
            for related in &diagnostics[0].related {
                let text = posting.text(related.field).unwrap_or_default();
                words.push(text[related.span.clone()].to_owned());
            }
            words
        }
        let mut posting = summary(
            "Maintenance Planner, Longview WA ($95K+)\n\nBase salary: starting at $95,000 DOE, plus a bonus of up to 10%.",
        );
        posting.pay.min = Some(95_000.0);
        posting.push_item(ListKind::Benefits, "Base salary starting at $95,000 DOE.");
        posting.push_item(ListKind::Benefits, "Tool allowance up to $95 a year.");
        let diagnostics = run(&RULE, &posting);
        assert_eq!(
            places(&posting, &diagnostics),
            ["starting at $95,000", "$95K+", "starting at $95,000"]
        );
        // With no pay fields: the first open figure on a pay line, and its repeats.
        let posting = summary("Earn up to $35/hour.\n\nCouriers earn up to $35 at peak times.");
        let diagnostics = run(&RULE, &posting);
        assert_eq!(places(&posting, &diagnostics), ["up to $35", "up to $35"]);
        // A starting rate alone: the title's copy comes after the body's.
        let mut posting = summary("Counter staff, $17/hr to start.");
        posting.title = "Counter staff ($17/hr to start)".into();
        posting.pay.min = Some(17.0);
        posting.push_item(ListKind::Benefits, "$17/hr to start, raise after 90 days");
        let diagnostics = run(&RULE, &posting);
        assert_eq!(
            places(&posting, &diagnostics),
            ["$17/hr to start", "$17/hr to start", "$17/hr to start"]
        );
        assert_eq!(diagnostics[0].field, Some(crate::model::Field::Summary));
        // A weekly figure in the benefits is on a pay line too.
        let mut posting = summary("Travel CT Technologist | Up to $2,612/week");
        posting.pay.max = Some(2_612.0);
        posting.push_item(ListKind::Benefits, "Up to $2,612/week gross");
        posting.push_item(ListKind::Benefits, "Up to $2,612 toward your licence");
        let diagnostics = run(&RULE, &posting);
        assert_eq!(
            places(&posting, &diagnostics),
            ["Up to $2,612", "Up to $2,612"]
        );
    }

    #[test]
    fn open_on_target_earnings_beside_the_pay_get_a_finding_of_their_own() {
        let mut posting =
            summary("Salary: Basic up to £32,000 DOE + uncapped commission (OTE £55k+ year one)");
        posting.pay.max = Some(32_000.0);
        posting.push_item(ListKind::Benefits, "Basic salary up to £32,000");
        posting.push_item(
            ListKind::Benefits,
            "A realistic OTE of £55,000+ in year one",
        );
        let diagnostics = run(&RULE, &posting);
        assert_eq!(flagged(&posting, &diagnostics), ["up to £32,000", "£55k+"]);
        assert_eq!(diagnostics[1].related.len(), 1);
        assert!(diagnostics[1].message.contains("on-target earnings"));
        // Beside a base range, open OTE describes the commission; the top of a range followed
        // by "plus" is no open figure; a quote or a remote note is no OTE line.
        for text in [
            "The base salary range is $75,000 - $90,000. On-target earnings (OTE) are $150,000+.",
            "Pay: base salary $58,000 – $66,000 plus uncapped commission.",
        ] {
            let mut posting = summary(text);
            posting.pay.min = Some(58_000.0);
            posting.pay.max = Some(90_000.0);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
        let posting = summary("Remote note: quotes from $5,000+ are signed by a director.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn the_ends_of_a_range_are_no_open_figures() {
        let field = FieldText::new(
            crate::model::Field::Summary,
            "$58,000 – $66,000 plus commission; from $72k to $90k; $40 - $45+; from $19 an hour",
        );
        let found: Vec<&str> = open_figures(&field).map(|span| &field.text[span]).collect();
        assert_eq!(found, ["from $19"]);
    }

    #[test]
    fn ignores_open_sums_that_are_not_the_pay() {
        for text in [
            "Tuition reimbursement up to $5,250 per year.",
            "Referral bonus: earn up to $2,000 for every hire.",
            "Phone allowance of up to $50 per month.",
            "Shift differential of up to $3 per hour for nights.",
            "Up to $500 a year for home-office equipment.",
            "Pay: $15.00/hr minimum wage, with tips on top.",
            "Basic salary: £28k+comm, paid monthly.",
            "Last year our team closed 214 deals totaling more than $610 million.",
        ] {
            let posting = summary(text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
        // A duty's sums are the work's; a duty that names the pay is about the pay.
        let posting = item(
            ListKind::Responsibilities,
            "Personally manage a portfolio of 120 donors giving $1,000 or more a year",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(
            ListKind::Responsibilities,
            "Earn $60,000 or more a year in commission once your book is built",
        );
        assert_eq!(run(&RULE, &posting).len(), 1);
        // The commission job's on-target earnings are its pay.
        let posting = summary("Northlight | Leeds | Commission only | OTE £70k+ a year");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["£70k+"]);
    }

    #[test]
    fn flags_one_bound_in_the_pay_fields() {
        let posting = Posting {
            pay: Pay {
                min: Some(50_000.0),
                ..Pay::default()
            },
            ..Posting::default()
        };
        let diagnostics = run(&RULE, &posting);
        assert_eq!(diagnostics.len(), 1);
        assert!(diagnostics[0].message.contains("minimum and no maximum"));
        assert_eq!(diagnostics[0].severity, Severity::Warning);
    }

    #[test]
    fn flags_open_ended_figures_about_pay() {
        for (text, words) in [
            ("Salary: up to $90,000 a year.", "up to $90,000"),
            ("Pay starts at $22 per hour.", "starts at $22"),
            ("Base salary from EUR 50k.", "from EUR 50k"),
            ("OTE $200k+ for top performers.", "$200k+"),
            ("Pay: $16.50/hr and up, by post.", "$16.50/hr and up"),
            ("We pay $22 an hour or more.", "$22 an hour or more"),
            ("Salary: $80,000+ depending on level.", "$80,000+"),
            ("Salary: from 45.000 € gross per year.", "from 45.000 €"),
            ("Salary: at least 70 000 USD a year.", "at least 70 000 USD"),
            (
                "Salary: $70,000 per year minimum.",
                "$70,000 per year minimum",
            ),
            ("Salary: to £40k.", "Salary: to £40k"),
            (
                "Salary: in excess of £50,000 per annum.",
                "in excess of £50,000",
            ),
            ("Salary: upwards of £40k.", "upwards of £40k"),
            ("Pay begins at $24.00 per hour.", "begins at $24.00"),
            (
                "Salary will be not less than $65,000 a year.",
                "not less than $65,000",
            ),
        ] {
            let posting = summary(text);
            let diagnostics = run(&RULE, &posting);
            assert_eq!(flagged(&posting, &diagnostics), [words], "{text}");
        }
    }

    #[test]
    fn ignores_ranges_and_amounts_that_are_not_pay() {
        for text in [
            "Salary: from $72,000 to $90,000 a year.",
            "Experience closing deals of $100k+ with enterprise buyers.",
            "We raised from $5M investors last year.",
            "Salary: $60,000 + bonus.",
            "Pay: $17/hr and up to $2/hr shift differential.",
        ] {
            assert!(run(&RULE, &summary(text)).is_empty(), "{text}");
        }
        let mut posting = summary("Great team.");
        posting.push_item(
            ListKind::Benefits,
            "A learning budget of up to EUR 1,000 a year.",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = Posting {
            pay: Pay {
                min: Some(50_000.0),
                max: Some(60_000.0),
                ..Pay::default()
            },
            summary: "Bonus up to $5,000 a year.".into(),
            ..Posting::default()
        };
        assert!(run(&RULE, &posting).is_empty());
    }
}
