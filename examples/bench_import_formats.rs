//! Native import benchmark (not a timed test).
//!
//! `cargo run --release --example bench_import_formats -- CORPUS_DIR`
//!
//! Builds pastes of about 1.5 MB and times `import_str` (detection included) on each, best of
//! five runs: the corpus postings concatenated and repeated (Markdown), the same forced to plain
//! text with `import_as`, the postings exported as one job-board HTML page, and the Google Docs
//! and Word clipboard fixtures repeated (markup-heavy HTML, where the tokenizer does most of the
//! work), each beside its plain-text flavour repeated as often (the difference is the HTML
//! conversion). CORPUS_DIR is the folder holding `postings/` (or `postings/` itself); without it only
//! the clipboard fixtures are timed. `BENCH_BYTES=N` grows the pastes to N bytes instead.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use postwright::export::to_html_fragment;
use postwright::import::{detect, import_as, import_str, InputKind};

/// The size each paste is grown to, unless `BENCH_BYTES` sets another (to see how the time
/// grows with the size).
fn target_bytes() -> usize {
    std::env::var("BENCH_BYTES")
        .ok()
        .and_then(|bytes| bytes.parse().ok())
        .unwrap_or(1_500_000)
}

/// The text after a leading `---` ... `---` block.
fn body(text: &str) -> &str {
    let Some(rest) = text.strip_prefix("---\n") else {
        return text;
    };
    rest.find("\n---\n").map_or(text, |end| &rest[end + 5..])
}

/// `unit` repeated (separated by `separator`) to about [`target_bytes`], cut at a line end.
fn grow(unit: &str, separator: &str) -> String {
    let target = target_bytes();
    let mut text = String::with_capacity(target + unit.len());
    while text.len() < target {
        text.push_str(unit);
        text.push_str(separator);
    }
    let cut = text[..target.min(text.len())]
        .rfind('\n')
        .unwrap_or(text.len());
    text.truncate(cut + 1);
    text
}

fn best_of(runs: usize, mut work: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn measure(label: &str, text: &str, kind: Option<InputKind>) {
    let detected = detect(text);
    let detect_time = best_of(5, || {
        std::hint::black_box(detect(text));
    });
    let mut items = 0;
    let import_time = best_of(5, || {
        let imported = match kind {
            Some(kind) => import_as(text, kind),
            None => import_str(text),
        };
        items = imported.map_or(0, |imported| {
            let posting = imported.document.posting;
            posting.responsibilities.len() + posting.must_have.len() + posting.benefits.len()
        });
    });
    println!(
        "{label:<44} {:>9} bytes  detected {:<9} detect {:>7.1} ms  import {:>7.1} ms  ({items} list items)",
        text.len(),
        format!("{detected:?}"),
        detect_time.as_secs_f64() * 1000.0,
        import_time.as_secs_f64() * 1000.0,
    );
}

fn corpus_files(dir: &Path) -> Vec<PathBuf> {
    let folder = if dir.join("postings").is_dir() {
        dir.join("postings")
    } else {
        dir.to_path_buf()
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn main() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/detection");
    let read = |name: &str| std::fs::read_to_string(fixtures.join(name)).unwrap_or_default();
    if let Some(dir) = std::env::args().nth(1) {
        let bodies: Vec<String> = corpus_files(Path::new(&dir))
            .iter()
            .filter_map(|path| std::fs::read_to_string(path).ok())
            .map(|text| body(&text).to_owned())
            .collect();
        if bodies.is_empty() {
            eprintln!("no postings in {dir}");
        } else {
            let markdown = grow(&bodies.join("\n\n"), "\n\n");
            measure("corpus as Markdown (import_str)", &markdown, None);
            measure(
                "corpus as plain text (import_as PlainText)",
                &markdown,
                Some(InputKind::PlainText),
            );
            let fragments: Vec<String> = bodies
                .iter()
                .filter_map(|text| import_str(text).ok())
                .map(|imported| to_html_fragment(&imported.document.posting))
                .collect();
            let page = format!(
                "<!DOCTYPE html><html><head><title>Jobs</title></head><body>{}</body></html>",
                grow(&fragments.join("\n"), "\n")
            );
            measure("corpus as one HTML page (import_str)", &page, None);
        }
    } else {
        eprintln!("no corpus folder given: timing the clipboard fixtures only");
    }
    for (label, html, plain) in [
        (
            "Google Docs",
            "gdocs-clipboard.html",
            "plain-google-docs-flavour.txt",
        ),
        ("Word", "word-clipboard.html", "plain-word-flavour.txt"),
    ] {
        let html = read(html);
        let copies = (target_bytes() / (html.len() + 1)).max(1);
        measure(
            &format!("{label} clipboard HTML x {copies} (import_str)"),
            &html.repeat(copies),
            None,
        );
        // The same text as plain text: the splitter's share of the time above.
        measure(
            &format!("{label} plain flavour x {copies} (import_as)"),
            &(read(plain) + "\n").repeat(copies),
            Some(InputKind::PlainText),
        );
    }
}
