//! Copying a posting for a job board: rich text (HTML) with a plain-text twin, so it pastes
//! with its formatting into a job board's editor; plain text alone when the browser has no
//! `ClipboardItem` or refuses it.

use std::rc::Rc;

use wasm_bindgen::JsValue;

use super::transfer_promise::{error_text, when_settled};

/// How a copy ended.
#[derive(Clone, Debug, PartialEq)]
pub enum CopyOutcome {
    /// HTML and plain text are on the clipboard.
    Rich,
    /// Only plain text is on the clipboard (rich text was missing or refused).
    PlainOnly,
    /// Nothing was copied; the text says why.
    Failed(String),
}

/// Puts `html` (with `plain` as its text twin) on the clipboard and reports the outcome to
/// `done`, later. Call it from a click handler: browsers only allow copying on a user action.
pub fn copy_rich_text(html: &str, plain: &str, done: impl Fn(CopyOutcome) + 'static) {
    let done: Rc<dyn Fn(CopyOutcome)> = Rc::new(done);
    let Some(clipboard) = clipboard() else {
        done(CopyOutcome::Failed(
            "this browser does not let the page use the clipboard".to_owned(),
        ));
        return;
    };
    let plain = plain.to_owned();
    let Some(item) = rich_item(html, &plain) else {
        write_plain(&clipboard, &plain, done);
        return;
    };
    let promise = clipboard.write(&js_sys::Array::of1(&item));
    let on_rich = Rc::clone(&done);
    when_settled(
        &promise,
        move |_| on_rich(CopyOutcome::Rich),
        move |_| write_plain(&clipboard, &plain, done),
    );
}

/// Puts plain text (a share link) on the clipboard and reports the outcome to `done`:
/// [`CopyOutcome::PlainOnly`] when it is there. Call it from a click handler.
pub fn copy_plain_text(text: &str, done: impl Fn(CopyOutcome) + 'static) {
    let done: Rc<dyn Fn(CopyOutcome)> = Rc::new(done);
    match clipboard() {
        Some(clipboard) => write_plain(&clipboard, text, done),
        None => done(CopyOutcome::Failed(
            "this browser does not let the page use the clipboard".to_owned(),
        )),
    }
}

/// The plain-text fallback.
fn write_plain(clipboard: &web_sys::Clipboard, plain: &str, done: Rc<dyn Fn(CopyOutcome)>) {
    let promise = clipboard.write_text(plain);
    let on_copied = Rc::clone(&done);
    when_settled(
        &promise,
        move |_| on_copied(CopyOutcome::PlainOnly),
        move |error| done(CopyOutcome::Failed(error_text(&error))),
    );
}

/// `navigator.clipboard`, when the page may use it (secure pages only).
fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = web_sys::window()?.navigator();
    let value = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
    if value.is_undefined() || value.is_null() {
        return None;
    }
    Some(navigator.clipboard())
}

/// A `ClipboardItem` holding both forms, or `None` when the browser has no such thing.
fn rich_item(html: &str, plain: &str) -> Option<web_sys::ClipboardItem> {
    let window = web_sys::window()?;
    let constructor = js_sys::Reflect::get(&window, &JsValue::from_str("ClipboardItem")).ok()?;
    if constructor.is_undefined() {
        return None;
    }
    let record = js_sys::Object::new();
    for (mime, text) in [("text/html", html), ("text/plain", plain)] {
        js_sys::Reflect::set(&record, &JsValue::from_str(mime), &text_blob(text, mime)?).ok()?;
    }
    web_sys::ClipboardItem::new_with_record_from_str_to_blob_promise(&record).ok()
}

/// A Blob of `text` with the given type.
fn text_blob(text: &str, mime: &str) -> Option<JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .ok()
        .map(JsValue::from)
}
