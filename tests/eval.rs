//! The labelled evaluation set (eval/): `postwright eval` on the written postings, which are
//! always in the repository. The corpus labels run in CI's corpus layer (scripts/test.sh).
//!
//! The tuning set must stay at the bar: overall precision of at least 90% and recall
//! of at least 85%, and no rule with 10 or more findings under 80% precision. The held-out set
//! (see eval/README.md) does not reach that bar yet: on its written postings (105 since
//! 2026-12-04, 45 of them added that night) the first run gave precision 91.1%, recall 84.0%.
//! Its test is a floor under them (overall only, run quiet so a failure never prints the set's words), so it
//! catches a regression while the gap stays visible. Raise it as the rules improve; the issue
//! stays open until the held-out set meets the same bar.

#![cfg(not(target_arch = "wasm32"))]

use postwright::cli::run;

fn eval(set: &str, precision: &str, recall: &str, rule_precision: &str) -> (i32, String) {
    let mut args: Vec<String> = [
        "eval",
        concat!(env!("CARGO_MANIFEST_DIR"), "/eval/labels"),
        "--corpus",
        concat!(env!("CARGO_MANIFEST_DIR"), "/eval/no-corpus-here"),
        "--set",
        set,
        "--min-precision",
        precision,
        "--min-recall",
        recall,
        "--min-rule-precision",
        rule_precision,
    ]
    .iter()
    .map(|arg| arg.to_string())
    .collect();
    if set != "tuning" {
        // The held-out set is run quiet, so that a failing test prints its figures, never its
        // false alarms and misses (the set is not looked at while tuning).
        args.push("--quiet".to_owned());
    }
    let mut out = Vec::new();
    let mut err = Vec::new();
    let code = run(&args, &mut out, &mut err);
    let text = String::from_utf8_lossy(&out).into_owned() + &String::from_utf8_lossy(&err);
    (code, text)
}

#[test]
fn the_written_tuning_set_meets_the_bar() {
    let (code, text) = eval("tuning", "90", "85", "80");
    assert!(text.contains("eval (tuning): precision"), "{text}");
    assert!(!text.contains("label errors"), "{text}");
    assert_eq!(code, 0, "{text}");
}

#[test]
fn the_written_held_out_set_stays_above_its_floor() {
    let (code, text) = eval("held-out", "86", "82", "0");
    assert!(text.contains("eval (held-out): precision"), "{text}");
    assert!(!text.contains("label errors"), "{text}");
    assert_eq!(code, 0, "{text}");
}

#[test]
fn every_label_file_reads_and_names_a_posting_that_exists() {
    let (_, text) = eval("all", "0", "0", "0");
    assert!(!text.contains("postwright eval:"), "{text}");
}
