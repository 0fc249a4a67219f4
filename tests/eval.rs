//! The labelled evaluation set (eval/): `postwright eval` on the written postings, which are
//! always in the repository. The corpus labels run in CI's corpus layer (scripts/test.sh).
//!
//! The figures must stay at the bar: overall precision of at least 90% and recall of
//! at least 85% on each set, and no rule with 10 or more findings under 80% precision.

use postwright::cli::run;

fn eval(set: &str) -> (i32, String) {
    let args: Vec<String> = [
        "eval",
        concat!(env!("CARGO_MANIFEST_DIR"), "/eval/labels"),
        "--corpus",
        concat!(env!("CARGO_MANIFEST_DIR"), "/eval/no-corpus-here"),
        "--set",
        set,
        "--min-precision",
        "90",
        "--min-recall",
        "85",
        "--min-rule-precision",
        "80",
    ]
    .iter()
    .map(|arg| arg.to_string())
    .collect();
    let mut out = Vec::new();
    let mut err = Vec::new();
    let code = run(&args, &mut out, &mut err);
    let text = String::from_utf8_lossy(&out).into_owned() + &String::from_utf8_lossy(&err);
    (code, text)
}

#[test]
fn the_written_tuning_set_meets_the_bar() {
    let (code, text) = eval("tuning");
    assert!(text.contains("eval (tuning): precision"), "{text}");
    assert!(!text.contains("label errors"), "{text}");
    assert_eq!(code, 0, "{text}");
}

#[test]
fn the_written_held_out_set_meets_the_bar() {
    let (code, text) = eval("held-out");
    assert!(text.contains("eval (held-out): precision"), "{text}");
    assert!(!text.contains("label errors"), "{text}");
    assert_eq!(code, 0, "{text}");
}

#[test]
fn every_label_file_reads_and_names_a_posting_that_exists() {
    let (_, text) = eval("all");
    assert!(!text.contains("postwright eval:"), "{text}");
}
