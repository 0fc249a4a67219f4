//! Share links in the browser: the draft's minimal JSON is packed and unpacked by the browser's
//! own `CompressionStream("deflate")` / `DecompressionStream("deflate")` (a zlib stream, the
//! same format `postwright share` writes with miniz_oxide), so the compression adds no code to
//! the wasm. Everything else (the minimal JSON, the framing, the length limit, reading the draft
//! through the importer) is [`crate::export::share_link`].

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::transfer_promise::{error_text, when_settled};
use crate::export::share_link::{self, ShareError};
use crate::model::Document;

#[wasm_bindgen]
extern "C" {
    /// The Compression Streams API's compressor (not in web-sys' stable bindings).
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;

    /// Its decompressor.
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
}

/// Runs `bytes` through a compression or decompression stream and hands the result to `done`.
fn transform(
    bytes: &[u8],
    stream: Result<JsValue, JsValue>,
    done: impl FnOnce(Result<Vec<u8>, String>) + 'static,
) {
    let done = Rc::new(std::cell::Cell::new(Some(done)));
    let finish = {
        let done = Rc::clone(&done);
        move |result: Result<Vec<u8>, String>| {
            if let Some(done) = done.take() {
                done(result);
            }
        }
    };
    let promise = (|| -> Result<js_sys::Promise, JsValue> {
        let stream = stream?;
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
        let blob = web_sys::Blob::new_with_u8_array_sequence(&parts)?;
        // Either stream has the `readable` and `writable` a pipe's transform needs.
        let piped = blob.stream().pipe_through(stream.unchecked_ref());
        web_sys::Response::new_with_opt_readable_stream(Some(&piped))?.array_buffer()
    })();
    let promise = match promise {
        Ok(promise) => promise,
        Err(error) => {
            finish(Err(error_text(&error)));
            return;
        }
    };
    let on_error = finish.clone();
    when_settled(
        &promise,
        move |buffer| finish(Ok(js_sys::Uint8Array::new(&buffer).to_vec())),
        move |error| on_error(Err(error_text(&error))),
    );
}

/// Makes the share link of `document` under the page's own address and hands it to `done`: the
/// link, or why there is none (too long, or a browser without compression streams).
pub fn make_share_link(document: &Document, done: impl FnOnce(Result<String, String>) + 'static) {
    let base = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default();
    let payload = share_link::payload(document);
    let stream = CompressionStream::new("deflate").map(JsValue::from);
    transform(payload.as_bytes(), stream, move |result| {
        done(match result {
            Ok(compressed) => share_link::link_from_fragment(
                &base,
                &share_link::fragment_from_compressed(&compressed),
            )
            .map_err(|error| error.to_string()),
            Err(reason) => Err(format!("this browser cannot make share links ({reason})")),
        });
    });
}

/// Reads the draft in a share fragment and hands it to `done`, or the reason it cannot be read
/// (a damaged link, or a browser without decompression streams).
pub fn read_share_link(fragment: &str, done: impl FnOnce(Result<Document, String>) + 'static) {
    let compressed = match share_link::compressed_from_fragment(fragment) {
        Ok(compressed) => compressed,
        Err(error) => {
            done(Err(error.to_string()));
            return;
        }
    };
    let stream = match DecompressionStream::new("deflate") {
        Ok(stream) => JsValue::from(stream),
        Err(error) => {
            done(Err(format!(
                "this browser cannot open share links ({})",
                error_text(&error)
            )));
            return;
        }
    };
    transform(&compressed, Ok(stream), move |result| {
        let read = match result {
            Ok(bytes) => share_link::document_from_payload(&bytes),
            Err(reason) => Err(ShareError::BadCompression(reason)),
        };
        done(read.map_err(|error| error.to_string()));
    });
}
