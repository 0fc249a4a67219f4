//! Nothing lost, proven: every word of every corpus posting and every fixture, counted with its
//! number of occurrences, is in the imported draft, except the lines the import read as
//! structure (`Imported::consumed`: section headings, field labels, markup). The same holds for
//! each role of a multi-role file, against the lines that role was read from.
//!
//! The corpus is used when `POSTWRIGHT_CORPUS` names it or `/work/shared/corpus` exists; the
//! fixtures always.

use std::path::{Path, PathBuf};

use postwright::import::{import_str, words_kept, ImportError, Imported, InputKind};

/// The posting text after the corpus provenance header (`---` ... `---`).
fn body(text: &str) -> &str {
    let Some(rest) = text.strip_prefix("---\n") else {
        return text;
    };
    rest.find("\n---\n").map_or(text, |end| &rest[end + 5..])
}

fn corpus_dir() -> Option<PathBuf> {
    let dir = std::env::var("POSTWRIGHT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from("/work/shared/corpus"));
    let postings = dir.join("postings");
    postings.is_dir().then_some(postings)
}

fn files_in(dir: &Path, extensions: &[&str]) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|path| {
                    path.extension()
                        .and_then(|ext| ext.to_str())
                        .is_some_and(|ext| extensions.contains(&ext))
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Checks one input; returns (words outside structure, words kept, problems).
fn check(name: &str, text: &str) -> (usize, usize, Vec<String>) {
    let imported: Imported = match import_str(text) {
        Ok(imported) => imported,
        Err(ImportError::Empty) => return (0, 0, Vec::new()),
        Err(error) => return (0, 0, vec![format!("{name}: does not import: {error}")]),
    };
    let report = words_kept(text, &imported);
    let mut problems = Vec::new();
    if !report.lost.is_empty() {
        problems.push(format!(
            "{name}: {} word(s) lost: {:?}",
            report.lost.len(),
            report.lost.iter().take(20).collect::<Vec<_>>()
        ));
    }
    if matches!(imported.kind, InputKind::Markdown | InputKind::PlainText) {
        for role in &imported.roles {
            // A role is read from the file without the other roles' parts; its words are
            // checked against its own draft.
            let role_imported = Imported {
                document: role.document.clone(),
                consumed: role.consumed.clone(),
                roles: Vec::new(),
                ..imported.clone()
            };
            let lost = words_kept(&role.text, &role_imported).lost;
            if !lost.is_empty() {
                problems.push(format!(
                    "{name} [{}]: {} word(s) lost: {:?}",
                    role.title,
                    lost.len(),
                    lost.iter().take(20).collect::<Vec<_>>()
                ));
            }
        }
    }
    (report.total, report.kept, problems)
}

#[test]
fn every_word_of_the_corpus_and_the_fixtures_is_kept() {
    let mut inputs: Vec<(String, String)> = Vec::new();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for path in files_in(&fixtures, &["md", "txt"]) {
        let text = std::fs::read_to_string(&path).expect("fixture readable");
        inputs.push((path.display().to_string(), text));
    }
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    for path in files_in(&example, &["md", "txt"]) {
        let text = std::fs::read_to_string(&path).expect("fixture readable");
        inputs.push((path.display().to_string(), text));
    }
    match corpus_dir() {
        Some(dir) => {
            let files = files_in(&dir, &["md", "txt"]);
            assert!(!files.is_empty(), "no postings in {}", dir.display());
            for path in files {
                let text = std::fs::read_to_string(&path).expect("posting readable");
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                inputs.push((name, body(&text).to_owned()));
            }
        }
        None => {
            eprintln!("note: no corpus (POSTWRIGHT_CORPUS or /work/shared/corpus); fixtures only")
        }
    }
    let (mut total, mut kept, mut problems) = (0, 0, Vec::new());
    for (name, text) in &inputs {
        let (words, words_kept, mut more) = check(name, text);
        total += words;
        kept += words_kept;
        problems.append(&mut more);
    }
    eprintln!(
        "{} inputs: {kept} of {total} words outside structure kept ({:.2}%)",
        inputs.len(),
        if total == 0 {
            100.0
        } else {
            kept as f64 * 100.0 / total as f64
        }
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(kept, total);
}
