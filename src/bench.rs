//! In-browser lint benchmark, exported to JavaScript for `e2e/bench.mjs` (wasm32 only; not
//! part of the app's UI).
//!
//! Declared in lib.rs as `#[cfg(all(target_arch = "wasm32", feature = "bench"))] pub mod
//! bench;`: only a build with the `bench` feature (`trunk build --release --features bench`,
//! as `scripts/bench.sh` does) has these exports, so the app does not ship them. There the web
//! binary keeps them because wasm-bindgen exports every `#[wasm_bindgen]` function of the
//! library it links; Trunk then puts the module's exports on `window.wasmBindings`.

use wasm_bindgen::prelude::wasm_bindgen;

use crate::lint::{lint, LintSettings};
use crate::model::Posting;

/// The posting the benchmark lints: `text` imported as a user would paste it, or as unsorted
/// text when the importer cannot read it.
fn posting_of(text: &str) -> Posting {
    crate::import::import_str(text)
        .map(|imported| imported.document.posting)
        .unwrap_or_else(|_| Posting {
            unplaced: text.to_owned(),
            ..Posting::default()
        })
}

/// Imports `text` once, lints it `runs` times and returns the mean milliseconds per run, timed
/// with `performance.now()`. Returns NaN when the page has no `performance`.
#[wasm_bindgen]
pub fn bench_lint(text: &str, runs: u32) -> f64 {
    let runs = runs.max(1);
    let times = bench_lint_times(text, 1, runs);
    times.first().copied().unwrap_or(f64::NAN)
}

/// Imports `text` once, then times `batches` batches of `runs_per_batch` lint runs each and
/// returns, for each batch, its milliseconds per run (so the caller can take the median and
/// the fastest). Batching keeps short runs above the browser's timer resolution (0.1 ms
/// without cross-origin isolation). Empty when the page has no `performance`.
#[wasm_bindgen]
pub fn bench_lint_times(text: &str, batches: u32, runs_per_batch: u32) -> Vec<f64> {
    let posting = posting_of(text);
    let settings = LintSettings::default();
    let Some(performance) = web_sys::window().and_then(|window| window.performance()) else {
        return Vec::new();
    };
    // The first run compiles the word lists and patterns; it is not what typing costs.
    std::hint::black_box(lint(&posting, &settings));
    let runs = runs_per_batch.max(1);
    (0..batches.max(1))
        .map(|_| {
            let start = performance.now();
            for _ in 0..runs {
                std::hint::black_box(lint(std::hint::black_box(&posting), &settings));
            }
            (performance.now() - start) / f64::from(runs)
        })
        .collect()
}

/// Times `batches` batches of `runs_per_batch` pastes of `text`: import, then lint, as the
/// import dialog and the findings panel do after a paste ("paste to findings"). Returns, for
/// each batch, its milliseconds per run. With `lint` false only the import is timed.
#[wasm_bindgen]
pub fn bench_paste_times(
    text: &str,
    batches: u32,
    runs_per_batch: u32,
    lint_too: bool,
) -> Vec<f64> {
    let settings = LintSettings::default();
    let Some(performance) = web_sys::window().and_then(|window| window.performance()) else {
        return Vec::new();
    };
    let paste = || {
        if let Ok(imported) = crate::import::import_str(std::hint::black_box(text)) {
            if lint_too {
                std::hint::black_box(lint(&imported.document.posting, &settings));
            }
        }
    };
    paste();
    let runs = runs_per_batch.max(1);
    (0..batches.max(1))
        .map(|_| {
            let start = performance.now();
            for _ in 0..runs {
                paste();
            }
            (performance.now() - start) / f64::from(runs)
        })
        .collect()
}
