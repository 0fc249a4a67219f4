//! Native lint benchmark (not a timed test).
//!
//! `cargo run --release --example bench_lint -- SAMPLE [CORPUS_FILE...]`
//!
//! Imports the sample once and lints it many times, then does the same for all the corpus
//! files concatenated into one posting (each file's leading `---` provenance block removed),
//! and prints the mean and median time per lint run in microseconds.

use std::time::Instant;

use postwright::import::import_str;
use postwright::lint::{lint, rules, Context, LintSettings};
use postwright::model::Posting;

/// The text after a leading `---` ... `---` block.
fn body(text: &str) -> &str {
    let Some(rest) = text.strip_prefix("---\n") else {
        return text;
    };
    rest.find("\n---\n").map_or(text, |end| &rest[end + 5..])
}

fn posting_of(text: &str) -> Posting {
    import_str(text)
        .map(|imported| imported.document.posting)
        .unwrap_or_else(|_| Posting {
            unplaced: text.to_owned(),
            ..Posting::default()
        })
}

fn measure(label: &str, text: &str, runs: usize) {
    let posting = posting_of(text);
    let settings = LintSettings::default();
    let findings = lint(&posting, &settings).len();
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(lint(std::hint::black_box(&posting), &settings));
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let mean = times.iter().sum::<f64>() / runs as f64;
    let median = times[runs / 2];
    if std::env::var("BENCH_PER_RULE").is_ok() {
        per_rule(&posting);
    }
    println!(
        "{label:<28} {:>7} words {findings:>5} findings  mean {mean:>10.1} µs  median {median:>10.1} µs  ({runs} runs)",
        text.split_whitespace().count()
    );
}

/// Prints the time each rule's check takes (set BENCH_PER_RULE=1).
fn per_rule(posting: &Posting) {
    let start = Instant::now();
    let context = Context::new(posting);
    println!(
        "  {:<24} {:>10.1} µs",
        "(context)",
        start.elapsed().as_secs_f64() * 1e6
    );
    for rule in rules() {
        let start = Instant::now();
        for _ in 0..10 {
            let mut found = Vec::new();
            (rule.check)(&context, &mut found);
            std::hint::black_box(found);
        }
        println!(
            "  {:<24} {:>10.1} µs",
            rule.id,
            start.elapsed().as_secs_f64() * 1e5
        );
    }
}

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let Some((sample, corpus)) = files.split_first() else {
        eprintln!("usage: bench_lint SAMPLE [CORPUS_FILE...]");
        std::process::exit(2);
    };
    let read = |path: &String| {
        std::fs::read_to_string(path).unwrap_or_else(|error| {
            eprintln!("{path}: {error}");
            std::process::exit(2);
        })
    };
    measure("sample", body(&read(sample)), 2000);
    if corpus.is_empty() {
        return;
    }
    let concatenated: Vec<String> = corpus
        .iter()
        .map(|path| body(&read(path)).to_owned())
        .collect();
    measure(
        &format!("corpus ({} files)", corpus.len()),
        &concatenated.join("\n\n"),
        100,
    );
}
