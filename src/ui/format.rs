//! Small text formatting for the drafts list.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

thread_local! {
    /// The bound `format` function of one `Intl.DateTimeFormat` for the browser's locale.
    /// Building a formatter is the expensive part (each `toLocaleString` call builds one), so
    /// the drafts list builds it once and reuses it for every row.
    static DATE_TIME_FORMAT: Option<js_sys::Function> = date_time_format();
}

/// A formatter for the browser's locale, medium date and short time; `None` if the browser
/// has none.
fn date_time_format() -> Option<js_sys::Function> {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into()).ok()?;
    js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into()).ok()?;
    let locale = web_sys::window()
        .and_then(|window| window.navigator().language())
        .unwrap_or_else(|| "en".to_owned());
    let locales = js_sys::Array::of1(&locale.into());
    Some(js_sys::Intl::DateTimeFormat::new(&locales, &options).format())
}

/// A last-edited time for the drafts list, in the browser's locale ("3 Mar 2026, 14:05").
pub fn format_time(epoch_ms: f64) -> String {
    if epoch_ms <= 0.0 {
        return "unknown time".to_owned();
    }
    let date = js_sys::Date::new(&JsValue::from_f64(epoch_ms));
    let formatted = DATE_TIME_FORMAT.with(|format| {
        format
            .as_ref()
            .and_then(|format| format.call1(&JsValue::NULL, &date).ok())
            .and_then(|text| text.as_string())
    });
    // Without a formatter (or if it refuses the date), the browser's default rendering.
    formatted.unwrap_or_else(|| date.to_locale_string("en", &JsValue::UNDEFINED).into())
}

/// [`format_time`] once the page has painted: empty until then. Building the browser's date
/// formatter is slow the first time (its locale data loads), so the drafts list at start does
/// not hold back the first frame for it.
pub fn format_time_after_paint(epoch_ms: f64) -> RwSignal<String> {
    let time = RwSignal::new(String::new());
    // An animation frame runs just before a paint; a task queued from it runs after that paint.
    request_animation_frame(move || {
        set_timeout(
            move || {
                time.try_set(format_time(epoch_ms));
            },
            Duration::ZERO,
        );
    });
    time
}
