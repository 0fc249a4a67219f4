//! Small text formatting for the preview and the drafts list.

use crate::model::Pay;

/// A number with thousands separators; two decimals when it has a fraction ("70,000", "18.50").
pub fn format_amount(amount: f64) -> String {
    let cents = (amount.abs() * 100.0).round() as u64;
    let (whole, fraction) = (cents / 100, cents % 100);
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let sign = if amount < 0.0 { "-" } else { "" };
    if fraction == 0 {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{fraction:02}")
    }
}

/// The pay line a job seeker reads ("EUR 70,000 – 85,000 per year"), or the stated reason
/// there is none, or `None` when the posting says nothing about pay.
pub fn format_pay(pay: &Pay) -> Option<String> {
    let currency = pay.currency.trim();
    let prefix = if currency.is_empty() {
        String::new()
    } else {
        format!("{currency} ")
    };
    let period = pay
        .period
        .map(|period| format!(" {}", period.label()))
        .unwrap_or_default();
    let range = match (pay.min, pay.max) {
        (Some(min), Some(max)) if min == max => format!("{prefix}{}", format_amount(min)),
        (Some(min), Some(max)) => format!(
            "{prefix}{} \u{2013} {}",
            format_amount(min),
            format_amount(max)
        ),
        (Some(min), None) => format!("From {prefix}{}", format_amount(min)),
        (None, Some(max)) => format!("Up to {prefix}{}", format_amount(max)),
        (None, None) => {
            let reason = pay.absent_reason.trim();
            return (!reason.is_empty()).then(|| reason.to_owned());
        }
    };
    Some(format!("{range}{period}"))
}

/// Splits free text into paragraphs at blank lines; each paragraph is a list of its lines.
pub fn paragraphs(text: &str) -> Vec<Vec<String>> {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(|block| {
            block
                .lines()
                .map(str::trim_end)
                .filter(|line| !line.trim().is_empty())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .filter(|lines| !lines.is_empty())
        .collect()
}

/// A last-edited time for the drafts list, in the browser's locale ("3 Mar 2026, 14:05").
pub fn format_time(epoch_ms: f64) -> String {
    if epoch_ms <= 0.0 {
        return "unknown time".to_owned();
    }
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(epoch_ms));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    let locale = web_sys::window()
        .and_then(|window| window.navigator().language())
        .unwrap_or_else(|| "en".to_owned());
    date.to_locale_string(&locale, &options).into()
}
