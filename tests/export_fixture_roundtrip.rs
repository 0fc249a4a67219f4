//! Round trips of real postings: every fixture and, when the shared corpus is there, every
//! corpus posting. Import, export, import again:
//!
//! - through the draft JSON the document comes back identical;
//! - through Markdown the sections, the list items and the structured fields come back the same
//!   (the structured fields travel in the Markdown's front matter).
//!
//! The corpus is read from `POSTWRIGHT_CORPUS` (the folder holding `postings/`), or else from
//! /work/shared/corpus; without either the corpus part prints a note and only the fixtures run.

use std::path::{Path, PathBuf};

use postwright::export::{to_json, to_markdown};
use postwright::import::import_str;
use postwright::model::{ListKind, Posting};

/// The corpus files start with a licence header between `---` lines; the posting follows.
fn strip_header(text: &str) -> &str {
    let Some(rest) = text.strip_prefix("---\n") else {
        return text;
    };
    match rest.find("\n---\n") {
        Some(end) => &rest[end + 5..],
        None => text,
    }
}

fn files_in(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .filter(|path| path.is_file())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// (name, text) of every fixture and corpus posting.
fn inputs() -> Vec<(String, String)> {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut inputs: Vec<(String, String)> = files_in(&fixtures)
        .into_iter()
        .map(|path| {
            let name = format!("fixture {}", path.file_name().unwrap().to_string_lossy());
            (
                name,
                std::fs::read_to_string(&path).expect("fixture readable"),
            )
        })
        .collect();
    assert!(
        inputs.len() >= 5,
        "fixtures missing in {}",
        fixtures.display()
    );
    let corpus = std::env::var("POSTWRIGHT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from("/work/shared/corpus"));
    let postings = if corpus.join("postings").is_dir() {
        corpus.join("postings")
    } else {
        corpus
    };
    let corpus_files: Vec<PathBuf> = files_in(&postings)
        .into_iter()
        .filter(|path| {
            path.extension()
                .is_some_and(|ext| ext == "md" || ext == "txt")
        })
        .collect();
    if corpus_files.is_empty() {
        eprintln!(
            "no corpus at {}; set POSTWRIGHT_CORPUS to include the corpus postings",
            postings.display()
        );
    }
    for path in corpus_files {
        let text = std::fs::read_to_string(&path).expect("corpus posting readable");
        let name = format!("corpus {}", path.file_name().unwrap().to_string_lossy());
        inputs.push((name, strip_header(&text).to_owned()));
    }
    inputs
}

#[test]
fn the_draft_json_round_trip_is_identical() {
    for (name, text) in inputs() {
        let first = import_str(&text).unwrap_or_else(|error| panic!("{name}: {error}"));
        let json = to_json(&first.document);
        let second = import_str(&json).unwrap_or_else(|error| panic!("{name}: {error}"));
        assert_eq!(second.document, first.document, "{name}");
    }
}

fn list_texts(posting: &Posting, kind: ListKind) -> Vec<String> {
    posting
        .list(kind)
        .iter()
        .map(|item| item.text.clone())
        .collect()
}

/// The parts of a posting a Markdown round trip must keep, by name, as comparable text.
fn parts(posting: &Posting) -> Vec<(&'static str, String)> {
    let location = &posting.location;
    let mut parts = vec![
        ("title", posting.title.clone()),
        ("company", posting.company.clone()),
        ("location.places", location.places.clone()),
        ("location.country", location.country.clone()),
        ("location.work_mode", format!("{:?}", location.work_mode)),
        (
            "location.remote_eligibility",
            location.remote_eligibility.clone(),
        ),
        ("employment_type", format!("{:?}", posting.employment_type)),
        ("pay", format!("{:?}", posting.pay)),
        ("date_posted", posting.date_posted.clone()),
        ("valid_through", posting.valid_through.clone()),
        ("how_to_apply.url", posting.how_to_apply.url.clone()),
        ("summary", posting.summary.clone()),
        ("about_company", posting.about_company.clone()),
    ];
    for kind in ListKind::ALL {
        let name = match kind {
            ListKind::Responsibilities => "responsibilities",
            ListKind::MustHave => "must_have",
            ListKind::NiceToHave => "nice_to_have",
            ListKind::Benefits => "benefits",
        };
        parts.push((name, format!("{:?}", list_texts(posting, kind))));
    }
    parts.extend([
        ("on_call", format!("{:?}", posting.on_call)),
        ("how_to_apply.text", posting.how_to_apply.text.clone()),
        ("equal_opportunity", posting.equal_opportunity.clone()),
        ("unplaced", posting.unplaced.clone()),
    ]);
    parts
}

#[test]
fn the_markdown_round_trip_keeps_sections_items_and_fields() {
    let inputs = inputs();
    let mut differences: Vec<String> = Vec::new();
    let mut by_part: std::collections::BTreeMap<&'static str, usize> = Default::default();
    for (name, text) in &inputs {
        let first = import_str(text)
            .unwrap_or_else(|error| panic!("{name}: {error}"))
            .document
            .posting;
        let markdown = to_markdown(&first);
        let second = import_str(&markdown)
            .unwrap_or_else(|error| panic!("{name}: {error}"))
            .document
            .posting;
        for ((part, before), (_, after)) in parts(&first).into_iter().zip(parts(&second)) {
            if before != after {
                *by_part.entry(part).or_default() += 1;
                let cut = |text: &str| text.chars().take(160).collect::<String>();
                differences.push(format!(
                    "{name}: {part}\n    before: {:?}\n    after:  {:?}",
                    cut(&before),
                    cut(&after)
                ));
            }
        }
    }
    let summary: Vec<String> = by_part
        .iter()
        .map(|(part, count)| format!("{part}: {count} of {}", inputs.len()))
        .collect();
    assert!(
        differences.is_empty(),
        "{} differences; by part: {}\n{}",
        differences.len(),
        summary.join(", "),
        differences.join("\n")
    );
}
