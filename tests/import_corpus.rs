//! The importer over the real postings of the shared corpus.
//!
//! The corpus is not part of the project: set `POSTWRIGHT_CORPUS` to its folder (the one
//! holding `postings/`) to run this; without it the test prints a note and passes. CI runs
//! `postwright corpus DIR`, which applies the same check.

use std::path::PathBuf;

use postwright::import::{import_problems, import_str};

fn strip_header(text: &str) -> &str {
    let Some(rest) = text.strip_prefix("---\n") else {
        return text;
    };
    match rest.find("\n---\n") {
        Some(end) => &rest[end + 5..],
        None => text,
    }
}

#[test]
fn corpus_postings_import_without_problems() {
    let Ok(dir) = std::env::var("POSTWRIGHT_CORPUS") else {
        eprintln!("POSTWRIGHT_CORPUS is not set; skipping the corpus import check");
        return;
    };
    let mut folder = PathBuf::from(dir);
    if folder.join("postings").is_dir() {
        folder.push("postings");
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .expect("corpus folder readable")
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| {
            path.extension()
                .is_some_and(|ext| ext == "md" || ext == "txt")
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no postings in {}", folder.display());
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(path).expect("posting readable");
        let body = strip_header(&text);
        let imported = import_str(body).expect("real postings import");
        let posting = &imported.document.posting;
        if std::env::var("POSTWRIGHT_CORPUS_VERBOSE").is_ok() {
            eprintln!(
                "{name}: title={:?} resp={} must={} nice={} benefits={} summary={}w about={}w unplaced={}w eo={} oncall={:?} pay={:?}/{:?} {} {:?} mode={:?} type={:?}",
                posting.title,
                posting.responsibilities.len(),
                posting.must_have.len(),
                posting.nice_to_have.len(),
                posting.benefits.len(),
                posting.summary.split_whitespace().count(),
                posting.about_company.split_whitespace().count(),
                posting.unplaced.split_whitespace().count(),
                !posting.equal_opportunity.is_empty(),
                posting.on_call.status,
                posting.pay.min,
                posting.pay.max,
                posting.pay.currency,
                posting.pay.period,
                posting.location.work_mode,
                posting.employment_type,
            );
        }
        for problem in import_problems(body, &imported) {
            failures.push(format!("{name}: {problem}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
