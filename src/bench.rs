//! In-browser lint benchmark, exported to JavaScript for `e2e/bench.mjs` (wasm32 only; not
//! part of the app's UI).
//!
//! Declared in lib.rs as `#[cfg(target_arch = "wasm32")] pub mod bench;`.

use wasm_bindgen::prelude::wasm_bindgen;

use crate::lint::{lint, LintSettings};
use crate::model::Posting;

/// Imports `text` once, lints it `runs` times and returns the mean milliseconds per run, timed
/// with `performance.now()`. Returns NaN when the page has no `performance`.
#[wasm_bindgen]
pub fn bench_lint(text: &str, runs: u32) -> f64 {
    let posting = crate::import::import_str(text)
        .map(|imported| imported.document.posting)
        .unwrap_or_else(|_| Posting {
            unplaced: text.to_owned(),
            ..Posting::default()
        });
    let settings = LintSettings::default();
    let Some(performance) = web_sys::window().and_then(|window| window.performance()) else {
        return f64::NAN;
    };
    // The first run compiles the word lists; it is not what typing costs.
    std::hint::black_box(lint(&posting, &settings));
    let runs = runs.max(1);
    let start = performance.now();
    for _ in 0..runs {
        std::hint::black_box(lint(std::hint::black_box(&posting), &settings));
    }
    (performance.now() - start) / f64::from(runs)
}
