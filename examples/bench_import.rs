//! Native paste benchmark (not a timed test): import alone, and import + lint ("paste to
//! findings"), for the sample, the corpus concatenated, and a large paste.
//!
//! `cargo run --release --example bench_import -- SAMPLE [CORPUS_FILE...]`
//!
//! The large paste is the corpus concatenated and repeated to about 1.5 MB, the size of the
//! biggest paste the issue tracker asked to place in under a second. Prints mean, median and
//! fastest milliseconds per run.
//!
//! Environment: `BENCH_ONLY=WORD[,WORD...]` times only the pastes whose label contains one of
//! the words ("sample", "corpus", "large"); `BENCH_RUNS=N` sets the number of runs of each (for profilers such as
//! callgrind: compare N=1 with N=3 to leave out the one-time work); `BENCH_DUMP=FILE` writes
//! the imported document and the findings of each paste to FILE, so two versions of the
//! importer can be compared with `diff`.

use std::time::Instant;

use postwright::import::import_str;
use postwright::lint::{lint, LintSettings};

/// The text after a leading `---` ... `---` provenance block.
fn body(text: &str) -> &str {
    let Some(rest) = text.strip_prefix("---\n") else {
        return text;
    };
    rest.find("\n---\n").map_or(text, |end| &rest[end + 5..])
}

fn time(label: &str, text: &str, runs: usize, with_lint: bool) {
    if std::env::var("BENCH_ONLY")
        .is_ok_and(|only| !only.split(',').any(|word| label.contains(word)))
    {
        return;
    }
    let runs = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|value| value.parse::<usize>().ok())
        .unwrap_or(runs);
    let settings = LintSettings::default();
    if let Ok(path) = std::env::var("BENCH_DUMP") {
        let mut dump = String::new();
        if let Ok(imported) = import_str(text) {
            dump.push_str(&format!("{label}: {:?}\n", imported.document));
            if with_lint {
                for diagnostic in lint(&imported.document.posting, &settings) {
                    dump.push_str(&format!("{label}: {diagnostic:?}\n"));
                }
            }
        }
        let appended = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .and_then(|mut file| std::io::Write::write_all(&mut file, dump.as_bytes()));
        if let Err(error) = appended {
            eprintln!("{path}: {error}");
            std::process::exit(2);
        }
    }
    let mut times: Vec<f64> = (0..runs.max(1))
        .map(|_| {
            let start = Instant::now();
            if let Ok(imported) = import_str(std::hint::black_box(text)) {
                if with_lint {
                    std::hint::black_box(lint(&imported.document.posting, &settings));
                }
            }
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let mean = times.iter().sum::<f64>() / times.len() as f64;
    println!(
        "native {:<32} {:>9} bytes  mean {mean:>9.3} ms  median {:>9.3} ms  min {:>9.3} ms  ({} runs)",
        format!("{label} ({})", if with_lint { "import + lint" } else { "import" }),
        text.len(),
        times[times.len() / 2],
        times[0],
        times.len()
    );
}

fn main() {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let Some((sample, corpus)) = files.split_first() else {
        eprintln!("usage: bench_import SAMPLE [CORPUS_FILE...]");
        std::process::exit(2);
    };
    let read = |path: &String| {
        std::fs::read_to_string(path).unwrap_or_else(|error| {
            eprintln!("{path}: {error}");
            std::process::exit(2);
        })
    };
    let sample = read(sample);
    time("sample", body(&sample), 500, false);
    time("sample", body(&sample), 500, true);
    if corpus.is_empty() {
        return;
    }
    let concatenated = corpus
        .iter()
        .map(|path| body(&read(path)).to_owned())
        .collect::<Vec<_>>()
        .join("\n\n");
    time("corpus (concatenated)", &concatenated, 30, false);
    time("corpus (concatenated)", &concatenated, 30, true);
    let mut large = String::new();
    while large.len() < 1_500_000 {
        large.push_str(&concatenated);
        large.push_str("\n\n");
    }
    time("large paste", &large, 3, false);
}
