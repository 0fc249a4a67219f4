//! Native lint benchmark (not a timed test).
//!
//! `cargo run --release --example bench_lint -- SAMPLE [CORPUS_FILE...]`
//!
//! Imports the sample once and lints it many times, then does the same for all the corpus
//! files concatenated into one posting (each file's leading `---` provenance block removed),
//! and prints the mean, median and fastest time per lint run in microseconds.
//!
//! Environment: `BENCH_PER_RULE=1` also prints the time of building the context and of each
//! rule; `BENCH_RUNS=N` sets the number of runs for both postings (for profilers such as
//! callgrind); `BENCH_DUMP=FILE` writes every finding (all fields, fixes and related spans) of
//! both postings to FILE, so two versions of the engine can be compared with `diff`.
//! `BENCH_RULE=ID` times only that rule's check (context built once), on the sample, on each
//! corpus file linted on its own (sum of the per-file medians) and on the concatenation, and
//! prints the medians; nothing else is timed or dumped.

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

fn measure(label: &str, text: &str, runs: usize, dump: &mut String) {
    let posting = posting_of(text);
    let settings = LintSettings::default();
    let found = lint(&posting, &settings);
    let findings = found.len();
    for diagnostic in &found {
        dump.push_str(&format!("{label}: {diagnostic:?}\n"));
    }
    let runs = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|value| value.parse::<usize>().ok())
        .unwrap_or(runs)
        .max(1);
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
    let fastest = times[0];
    if std::env::var("BENCH_PER_RULE").is_ok() {
        per_rule(&posting);
    }
    println!(
        "native {label:<21} {:>7} words {findings:>5} findings  mean {mean:>9.1} µs  median {median:>9.1} µs  min {fastest:>9.1} µs  ({runs} runs)",
        text.split_whitespace().count()
    );
}

/// Prints the time each rule's check takes (set BENCH_PER_RULE=1).
fn per_rule(posting: &Posting) {
    // Built once untimed first, as the rules' timings leave out their first run's lazy
    // set-up: the first build pays for page faults in fresh memory.
    let context = Context::new(posting);
    let start = Instant::now();
    for _ in 0..10 {
        std::hint::black_box(Context::new(std::hint::black_box(posting)));
    }
    println!(
        "  {:<24} {:>10.1} µs",
        "(context)",
        start.elapsed().as_secs_f64() * 1e5
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

/// Median microseconds of one run of `rule`'s check on `posting`, over `runs` runs.
fn rule_median(rule: &postwright::lint::Rule, posting: &Posting, runs: usize) -> f64 {
    let context = Context::new(posting);
    let mut times: Vec<f64> = (0..runs.max(1))
        .map(|_| {
            let start = Instant::now();
            let mut found = Vec::new();
            (rule.check)(std::hint::black_box(&context), &mut found);
            std::hint::black_box(found);
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// The `BENCH_RULE=ID` mode: the medians of one rule (see the module docs).
fn time_rule(id: &str, sample: &str, corpus: &[String]) {
    let Some(rule) = rules().iter().find(|rule| rule.id == id) else {
        eprintln!("no rule {id}");
        std::process::exit(2);
    };
    let runs = |default: usize| {
        std::env::var("BENCH_RUNS")
            .ok()
            .and_then(|value| value.parse::<usize>().ok())
            .unwrap_or(default)
    };
    let sample_median = rule_median(rule, &posting_of(sample), runs(2000));
    let per_file: f64 = corpus
        .iter()
        .map(|text| rule_median(rule, &posting_of(text), runs(200)))
        .sum();
    let concatenated = rule_median(rule, &posting_of(&corpus.join("\n\n")), runs(50));
    println!(
        "rule {id}: sample {sample_median:.1} µs  corpus one by one {per_file:.1} µs  concatenated {concatenated:.1} µs"
    );
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
    if let Ok(id) = std::env::var("BENCH_RULE") {
        let corpus: Vec<String> = corpus
            .iter()
            .map(|path| body(&read(path)).to_owned())
            .collect();
        time_rule(&id, body(&read(sample)), &corpus);
        return;
    }
    let mut dump = String::new();
    measure("sample", body(&read(sample)), 2000, &mut dump);
    if !corpus.is_empty() {
        let concatenated: Vec<String> = corpus
            .iter()
            .map(|path| body(&read(path)).to_owned())
            .collect();
        measure(
            &format!("corpus ({} files)", corpus.len()),
            &concatenated.join("\n\n"),
            100,
            &mut dump,
        );
    }
    if let Ok(path) = std::env::var("BENCH_DUMP") {
        if let Err(error) = std::fs::write(&path, dump) {
            eprintln!("{path}: {error}");
            std::process::exit(2);
        }
    }
}
