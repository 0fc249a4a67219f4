//! `pay-range-too-wide`: a pay range whose top is more than twice its bottom.

use crate::text::compile_pattern;
use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use crate::lint::pay_law::Asks;
use crate::lint::rule::{declare_rule, Context};
use crate::lint::rules::pay_range_missing::{location_given, range_in_text, LawTerms};
use crate::lint::rules::pay_range_not_a_range::{another_sum, on_a_pay_line};
use crate::lint::Diagnostic;
use crate::model::{Field, Pay, Section};

declare_rule! {
    /// Flags pay ranges whose top is more than twice their bottom ("$60,000 - $180,000").
    ///
    /// ## What it does
    /// Reads the range in the pay section or, when the pay fields hold none, the first range
    /// written in the text ("$50k - $150k") on a line about pay, and fires when the top is
    /// more than twice the bottom. The message gives the ratio. When the posting's location
    /// falls under pay-transparency laws (the table `pay-range-missing` uses, last checked on
    /// 2026-12-01), the help names them with their sources. It is not legal advice.
    ///
    /// ## Why is this bad?
    /// Several pay-transparency laws ask for a good-faith range, the pay the employer honestly
    /// expects to offer (New York City, New York State, Maryland, Minnesota, Washington D.C.
    /// use the words), and Ontario caps the spread of an advertised range at $50,000. A range
    /// this wide tells applicants little and can hide the pay gaps a range is meant to close:
    /// who gets the top, and who the bottom?
    ///
    /// ## Example
    /// ```text
    /// Salary: $60,000 - $180,000, depending on experience.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Salary: $95,000 - $125,000. For the senior level of this role: $120,000 - $150,000.
    /// ```
    ///
    /// ## What it does not flag
    /// A range up to twice its bottom ("$80,000 - $150,000"), a range in a line that is not
    /// about pay (a deal size, a funding round), a range the words before it name as another
    /// sum even with a period ("proposals, typically worth $10,000 to $150,000 a year", "a
    /// bonus of $2,000 to $10,000 a year"), and a single figure:
    /// ```text
    /// You will manage deals of $50k to $500k.
    /// ```
    id: "pay-range-too-wide",
    category: Disclosure,
    severity: Warning,
    has_fix: false,
    check: check,
}

/// How many times its bottom a range's top may be.
const MAX_RATIO: f64 = 2.0;

/// A figure in a written range: digits with separators, perhaps "k" for thousands.
fn figure() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(&format!(
            r"(?i){}(\s?k(?-u:\b))?",
            crate::import::pay_line::written_figure()
        ))
    })
}

/// The value of a written figure: "120,000" is 120000, "60k" 60000, "18.50" 18.5, "60.000"
/// (a full stop before three digits) 60000, "42 000" and "120'000" as written.
fn value_of(written: &str) -> Option<f64> {
    let lower =
        crate::import::pay_line::without_thousands_gaps(written.trim()).to_ascii_lowercase();
    let thousands = lower.ends_with('k');
    let digits = lower.trim_end_matches('k').trim();
    let digits = digits.trim_end_matches(['.', ',']);
    let mut cleaned = String::with_capacity(digits.len());
    let parts: Vec<&str> = digits.split('.').collect();
    // "60.000" and "1.200.000" use the full stop between thousands.
    let dot_groups = parts.len() > 1 && parts[1..].iter().all(|part| part.len() == 3);
    for (index, part) in parts.iter().enumerate() {
        if index > 0 && !dot_groups {
            cleaned.push('.');
        }
        cleaned.push_str(&part.replace(',', ""));
    }
    let value: f64 = cleaned.parse().ok()?;
    Some(if thousands { value * 1000.0 } else { value })
}

/// The value of the first figure in `text` ("from $50k" is 50000): what a written open bound
/// is compared with, to tell the words the pay fields were read from.
pub(crate) fn first_figure_value(text: &str) -> Option<f64> {
    value_of(figure().find(text)?.as_str())
}

/// The bottom and top of a range written in text ("$50k - $150k"): the first two figures,
/// "60-75k" read as 60,000 to 75,000.
fn bounds_of(range: &str) -> Option<(f64, f64)> {
    let mut figures = figure().find_iter(range).map(|found| found.as_str());
    let (low, high) = (figures.next()?, figures.next()?);
    let (mut bottom, top) = (value_of(low)?, value_of(high)?);
    let k = |written: &str| written.trim().to_ascii_lowercase().ends_with('k');
    if k(high) && !k(low) && bottom < 1000.0 {
        bottom *= 1000.0;
    }
    Some((bottom, top))
}

/// A posting's pay range: bottom, top, and the field and span of the words when it is written
/// in the text rather than in the pay fields.
struct PayRange {
    bottom: f64,
    top: f64,
    /// The range is the pay fields' (the preview shows it with their currency and period).
    from_fields: bool,
    written: Option<(Field, Range<usize>)>,
}

/// The posting's range: the pay fields', or the first written on a line about pay.
fn posting_range(context: &Context) -> Option<PayRange> {
    let pay = &context.posting.pay;
    if let (Some(min), Some(max)) = (pay.min, pay.max) {
        // The words the fields were read from, when the text still holds them ("salary:
        // $140,000 - $300,000 + equity"): the finding points there.
        // The words may have landed in the benefits list ("$17.00 - $36.50 per hour!" among
        // the perks): the same bounds there are still the fields' words.
        let written = written_ranges(context, true)
            .find(|(_, _, bottom, top)| *bottom == min && *top == max)
            .map(|(field, span, _, _)| (field, span));
        return (max > min).then_some(PayRange {
            bottom: min,
            top: max,
            from_fields: true,
            written,
        });
    }
    written_ranges(context, false)
        .next()
        .map(|(field, span, bottom, top)| PayRange {
            bottom,
            top,
            from_fields: false,
            written: Some((field, span)),
        })
}

/// Every field's first range written on a line about pay, outside the equal-opportunity
/// statement and (unless `benefits`) the benefits: the field, the span and the bounds.
fn written_ranges<'c>(
    context: &'c Context,
    benefits: bool,
) -> impl Iterator<Item = (Field, Range<usize>, f64, f64)> + 'c {
    context.texts.iter().filter_map(move |field| {
        if !field.has_digit()
            || field.section() == Section::EqualOpportunity
            || (field.section() == Section::Benefits && !benefits)
        {
            return None;
        }
        range_in_text().find_iter(field.text).find_map(|found| {
            let mut span = found.range();
            // The pattern leaves out a "k" after the second figure ("$50k - $150k").
            let rest = field.text.get(span.end..).unwrap_or_default();
            if rest.starts_with(['k', 'K']) && !rest[1..].starts_with(|c: char| c.is_alphanumeric())
            {
                span.end += 1;
            }
            if !on_a_pay_line(field.text, &span) || another_sum(field.text, &span) {
                return None;
            }
            let (bottom, top) = bounds_of(field.text.get(span.clone())?)?;
            Some((field.field, span, bottom, top))
        })
    })
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let Some(PayRange {
        bottom,
        top,
        from_fields,
        written,
    }) = posting_range(context)
    else {
        return;
    };
    if !(bottom > 0.0 && top > bottom * MAX_RATIO) {
        return;
    }
    let ratio = top / bottom;
    let laws = LawTerms::of(context, |law| law.asks != Asks::Minimum);
    // The range as the preview shows it ("USD 60,000 – 180,000 per year").
    let pay = &context.posting.pay;
    let shown = Pay {
        min: Some(bottom),
        max: Some(top),
        currency: if from_fields {
            pay.currency.clone()
        } else {
            String::new()
        },
        period: pay.period.filter(|_| from_fields),
        absent_reason: String::new(),
    };
    let message = format!(
        "the pay range {} is wide: its top is {} times its bottom",
        shown.describe(),
        crate::text::decimal(ratio, 1, false)
    );
    let help = format!(
        "Give the range you honestly expect to pay for this role; if it spans levels, give a range per level. Several pay-transparency laws ask for a good-faith range, and a range this wide tells applicants little. {}",
        laws.details(location_given(context))
    );
    diagnostics.push(match written {
        Some((field, span)) => Diagnostic::spanned(&RULE, field, span, message, help),
        None => Diagnostic::posting_level(&RULE, Section::Pay, message, help),
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{flagged, run, summary};
    use crate::model::{ListKind, Posting};

    fn ranged(min: f64, max: f64) -> Posting {
        Posting {
            pay: Pay {
                min: Some(min),
                max: Some(max),
                ..Pay::default()
            },
            ..Posting::default()
        }
    }

    #[test]
    fn reads_written_figures() {
        assert_eq!(value_of("120,000"), Some(120_000.0));
        assert_eq!(value_of("60k"), Some(60_000.0));
        assert_eq!(value_of("18.50"), Some(18.5));
        assert_eq!(value_of("60.000"), Some(60_000.0));
        assert_eq!(bounds_of("$60-75k"), Some((60_000.0, 75_000.0)));
        assert_eq!(bounds_of("EUR 50k to 150k"), Some((50_000.0, 150_000.0)));
    }

    #[test]
    fn points_at_the_words_the_fields_were_read_from() {
        let mut posting = summary("salary: $140,000 - $300,000 + equity\n\nWe build things.");
        posting.pay = Pay {
            min: Some(140_000.0),
            max: Some(300_000.0),
            currency: "USD".into(),
            period: Some(crate::model::PayPeriod::Year),
            absent_reason: String::new(),
        };
        let diagnostics = run(&RULE, &posting);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(flagged(&posting, &diagnostics), ["$140,000 - $300,000"]);
        // The message shows the fields' range, with their currency and period.
        assert!(
            diagnostics[0].message.contains("USD 140,000"),
            "{}",
            diagnostics[0].message
        );
        // Also when the words landed in the benefits list; a range found only there is not
        // the posting's pay.
        let mut moved = posting.clone();
        moved.summary = "We build things.".into();
        moved.push_item(ListKind::Benefits, "Pay: $140,000 - $300,000 a year");
        assert_eq!(
            flagged(&moved, &run(&RULE, &moved)),
            ["$140,000 - $300,000"]
        );
        moved.pay = Pay::default();
        assert!(run(&RULE, &moved).is_empty());
    }

    #[test]
    fn flags_a_range_whose_top_is_more_than_twice_its_bottom() {
        let diagnostics = run(&RULE, &ranged(60_000.0, 180_000.0));
        assert_eq!(diagnostics.len(), 1);
        assert!(diagnostics[0].message.contains("3.0 times"));
        assert!(diagnostics[0].help.contains("good-faith range"));
        let posting = summary("Salary: $50k - $150k a year.");
        let diagnostics = run(&RULE, &posting);
        assert_eq!(flagged(&posting, &diagnostics), ["$50k - $150k"]);
    }

    #[test]
    fn ignores_ranges_up_to_twice_and_ranges_that_are_not_pay() {
        assert!(run(&RULE, &ranged(80_000.0, 150_000.0)).is_empty());
        assert!(run(&RULE, &ranged(50_000.0, 100_000.0)).is_empty());
        assert!(run(&RULE, &summary("You will manage deals of $50k to $500k.")).is_empty());
        assert!(run(&RULE, &summary("Salary: $120,000 - $150,000.")).is_empty());
        // What a proposal is worth, with its period, is no pay.
        let posting = summary(
            "Build custom partnership proposals, typically worth $10,000 to $150,000 a year.",
        );
        assert!(run(&RULE, &posting).is_empty());
        assert!(run(&RULE, &summary("A bonus of $2,000 to $10,000 a year.")).is_empty());
        assert_eq!(
            run(&RULE, &summary("Pay: $10,000 to $150,000 a year.")).len(),
            1
        );
    }
}
