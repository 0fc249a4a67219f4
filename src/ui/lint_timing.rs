//! When the open draft is linted: [`lint_signals`] derives the findings, score and meter from
//! the draft for [`crate::ui::EditorState`].
//!
//! The choice of timing: while a lint run is cheap, as it is for ordinary postings (about
//! 0.5 ms for the sample), every change is linted as soon as it is made. When a run has taken
//! longer than [`CHEAP_LINT_MS`] (a posting of thousands of words), lint waits until changes
//! pause for [`LINT_PAUSE`], so keystrokes never wait on it; meanwhile the highlights follow
//! the typing by moving the previous findings' spans (see `highlight.rs`).
//!
//! The work happens in one effect that writes two signals (the linted document and its
//! report); the memos over the report only take it apart. No memo has a side effect.

use std::time::Duration;

use leptos::prelude::*;

use crate::lint::{check_with, Diagnostic, GenderMeter, HouseStyle, Report, Score};
use crate::model::Document;

/// While one lint run takes at most this long, every change is linted at once.
pub const CHEAP_LINT_MS: f64 = 4.0;

/// When lint runs take longer (a long posting), lint waits for the typing to pause this long.
pub const LINT_PAUSE: Duration = Duration::from_millis(150);

/// The lint results of the open draft, all derived from its document and never stored.
#[derive(Clone, Copy)]
pub struct LintSignals {
    /// The document as last linted.
    pub linted: ReadSignal<Document>,
    /// The one lint report for `linted`; the three memos below are its parts.
    pub report: ReadSignal<Report>,
    /// The findings for `linted`.
    pub diagnostics: Memo<Vec<Diagnostic>>,
    /// The score for `linted`.
    pub score: Memo<Score>,
    /// The gender-coding meter for `linted`.
    pub gender_meter: Memo<GenderMeter>,
    /// How long the last lint run took, in milliseconds.
    pub last_cost_ms: ReadSignal<f64>,
}

/// Milliseconds since the page loaded (fine-grained, for timing lint runs).
fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or_else(js_sys::Date::now, |performance| performance.now())
}

/// Lints `document` and says how long that took.
fn timed_check(document: &Document, house_style: &HouseStyle) -> (Report, f64) {
    let start = now_ms();
    let report = check_with(&document.posting, &document.lint, Some(house_style));
    (report, now_ms() - start)
}

/// Derives the lint results from `document` under the company's `house_style` (see the module
/// documentation for the timing); a change to either lints again.
pub fn lint_signals(
    document: RwSignal<Document>,
    house_style: RwSignal<HouseStyle>,
) -> LintSignals {
    let (first_report, first_cost) = document.with_untracked(|document| {
        house_style.with_untracked(|style| timed_check(document, style))
    });
    let (linted, set_linted) = signal(document.get_untracked());
    let (report, set_report) = signal(first_report);
    let (last_cost_ms, set_last_cost) = signal(first_cost);
    let timer = StoredValue::new(None::<TimeoutHandle>);

    let run = move || {
        let current = document.get_untracked();
        let (fresh, cost) = house_style.with_untracked(|style| timed_check(&current, style));
        set_last_cost.set(cost);
        set_linted.set(current);
        set_report.set(fresh);
    };
    Effect::new(move |previous: Option<()>| {
        document.track();
        house_style.track();
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        // The first run is the document linted above.
        if previous.is_none()
            && linted.with_untracked(|linted| document.with_untracked(|d| d == linted))
        {
            return;
        }
        if last_cost_ms.get_untracked() <= CHEAP_LINT_MS {
            run();
        } else {
            timer.set_value(set_timeout_with_handle(run, LINT_PAUSE).ok());
        }
    });
    // Waiting lint must not fire into a disposed app (tests unmount it).
    on_cleanup(move || {
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    });

    // The parts are memos over the report, so a part that did not change (the meter while
    // the findings change) does not wake its readers.
    let diagnostics = Memo::new(move |_| report.with(|report| report.diagnostics.clone()));
    let score = Memo::new(move |_| report.with(|report| report.score.clone()));
    let gender_meter = Memo::new(move |_| report.with(|report| report.gender_meter.clone()));
    LintSignals {
        linted,
        report,
        diagnostics,
        score,
        gender_meter,
        last_cost_ms,
    }
}
