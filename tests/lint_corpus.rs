//! Lints every posting of the shared corpus when `POSTWRIGHT_CORPUS` names it (a no-op with a
//! note otherwise): no panics, the notable problems of the corpus README are found, every
//! finding is well formed. Prints the number of findings per rule; with
//! `POSTWRIGHT_CORPUS_VERBOSE=1` also every finding, for reading through false alarms.
//!
//! `cargo test --test lint_corpus -- --nocapture` with `POSTWRIGHT_CORPUS=../shared/corpus`.

use std::collections::BTreeMap;
use std::path::Path;

use postwright::import::import_str;
use postwright::lint::{lint, LintSettings};

// `corpus_lint.rs` is written against the library's module paths (`crate::lint`,
// `crate::model`); these aliases let this test compile the same file while the library's
// `cli` module does not expose it.
mod lint {
    pub use postwright::lint::*;
}
mod model {
    pub use postwright::model::*;
}
#[allow(dead_code)]
#[path = "../src/cli/corpus_lint.rs"]
mod corpus_lint;

/// The posting text after the provenance header (`---` ... `---`).
fn body(text: &str) -> &str {
    let Some(rest) = text.strip_prefix("---\n") else {
        return text;
    };
    rest.find("\n---\n").map_or(text, |end| &rest[end + 5..])
}

#[test]
fn corpus_findings() {
    let Ok(dir) = std::env::var("POSTWRIGHT_CORPUS") else {
        println!("note: POSTWRIGHT_CORPUS is not set; corpus lint run skipped");
        return;
    };
    let verbose = std::env::var("POSTWRIGHT_CORPUS_VERBOSE").is_ok();
    let mut files: Vec<_> = ["postings", "synthetic"]
        .iter()
        .filter_map(|sub| std::fs::read_dir(Path::new(&dir).join(sub)).ok())
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.extension()
                .is_some_and(|ext| ext == "md" || ext == "txt")
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no postings under {dir}");
    let mut per_rule: BTreeMap<&str, usize> = BTreeMap::new();
    let mut problems = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(path).unwrap();
        let Ok(imported) = import_str(body(&text)) else {
            problems.push(format!("{name}: did not import"));
            continue;
        };
        let posting = &imported.document.posting;
        let diagnostics = lint(posting, &LintSettings::default());
        for diagnostic in &diagnostics {
            *per_rule.entry(diagnostic.rule).or_default() += 1;
            if verbose {
                println!(
                    "{name}: {}[{}] {} | {}",
                    diagnostic.severity.id(),
                    diagnostic.rule,
                    diagnostic.section.id(),
                    diagnostic.message
                );
            }
        }
        let is_real = path.parent().is_some_and(|p| p.ends_with("postings"));
        if is_real {
            for problem in corpus_lint::check(&name, posting, &diagnostics) {
                problems.push(format!("{name}: {problem}"));
            }
        }
    }
    println!("{} files; findings per rule:", files.len());
    for (rule, count) in &per_rule {
        println!("  {rule:<24} {count}");
    }
    assert!(
        problems.is_empty(),
        "corpus problems:\n{}",
        problems.join("\n")
    );
}
