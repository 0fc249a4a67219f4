//! Waiting on browser promises (file reads, the clipboard) with plain callbacks, for the import
//! dialog and the export menu.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Calls `fulfilled` with the promise's value, or `rejected` with its reason.
///
/// The wait is a task on Leptos's executor over a [`JsFuture`], which frees its callbacks once
/// the promise settles, so no closure is leaked per copy or file read.
pub fn when_settled(
    promise: &js_sys::Promise,
    fulfilled: impl FnOnce(JsValue) + 'static,
    rejected: impl FnOnce(JsValue) + 'static,
) {
    let settled = JsFuture::from(promise.clone());
    leptos::task::spawn_local(async move {
        match settled.await {
            Ok(value) => fulfilled(value),
            Err(reason) => rejected(reason),
        }
    });
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
