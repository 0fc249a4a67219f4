//! Postwright: a job-posting editor and linter.
//!
//! The pure core (`model`, `text`, `lint`, `import`, `export`) has no browser code and is tested
//! natively; `storage` and `ui` are the thin browser layer, compiled for wasm32 only; `cli` is
//! the native command-line tool. See ARCHITECTURE.md.

// What a user types, imports or has in storage must never panic the app, so the product code
// has no `unwrap` or `expect` (tests may). Constant regular expressions compile through
// `text::compile_pattern`, the one allowed exception; see its documentation.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod export;
pub mod import;
pub mod lint;
pub mod model;
pub mod sort;
pub mod text;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

/// The fuzz targets' checks (`fuzz/`), replayed by `tests/fuzz_regressions.rs`. Test support.
#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
pub mod fuzz_checks;

/// Benchmark exports for `scripts/bench.sh` (lint speed in Chromium), in a build with the
/// `bench` feature only: the app ships without them.
#[cfg(all(target_arch = "wasm32", feature = "bench"))]
pub mod bench;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// The version shown in the app's footer and by `postwright --version`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
