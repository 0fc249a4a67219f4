//! Waiting on browser promises (file reads, the clipboard) with plain callbacks, for the import
//! dialog and the export menu.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Calls `fulfilled` with the promise's value, or `rejected` with its reason.
pub fn when_settled(
    promise: &js_sys::Promise,
    fulfilled: impl FnOnce(JsValue) + 'static,
    rejected: impl FnOnce(JsValue) + 'static,
) {
    let fulfilled: Closure<dyn FnMut(JsValue)> = Closure::once_aborting(fulfilled);
    let rejected: Closure<dyn FnMut(JsValue)> = Closure::once_aborting(rejected);
    let _ = promise.then2(&fulfilled, &rejected);
    // JavaScript calls one of the two later, so both are handed over to it instead of being
    // dropped here. The one never called stays behind: a few bytes per copy or file read.
    fulfilled.forget();
    rejected.forget();
}

/// A browser error as words: a DOMException's or Error's message, a thrown string, or a
/// generic phrase.
pub fn error_text(error: &JsValue) -> String {
    if let Some(text) = error.as_string() {
        return text;
    }
    if let Some(exception) = error.dyn_ref::<web_sys::DomException>() {
        return exception.message();
    }
    if let Some(error) = error.dyn_ref::<js_sys::Error>() {
        return String::from(error.message());
    }
    "the browser refused".to_owned()
}
