//! `postwright corpus DIR`: the regression run over a folder of real postings.
//!
//! For every `DIR/postings/*.md` (or `DIR/*.md`, `*.txt`): strip the provenance header (the
//! leading `---` ... `---` block), import the text, lint it, and check both against the
//! expectations in `corpus_import` and `corpus_lint`. A panic in the importer or the engine is
//! caught and reported against its file. Exit 0 when every file passes, 1 otherwise, 2 when
//! the folder cannot be read.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{corpus_import, corpus_lint, EXIT_INPUT};
use crate::import;
use crate::lint;

/// `postwright corpus DIR [--verbose]`
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let verbose = args.iter().any(|arg| arg == "--verbose" || arg == "-v");
    let dirs: Vec<&String> = args.iter().filter(|arg| !arg.starts_with('-')).collect();
    let [dir] = dirs.as_slice() else {
        let _ = writeln!(err, "usage: postwright corpus DIR [--verbose]");
        return EXIT_INPUT;
    };
    let files = match posting_files(Path::new(dir.as_str())) {
        Ok(files) if !files.is_empty() => files,
        Ok(_) => {
            let _ = writeln!(err, "{dir}: no .md or .txt postings found");
            return EXIT_INPUT;
        }
        Err(message) => {
            let _ = writeln!(err, "{message}");
            return EXIT_INPUT;
        }
    };

    let mut failed = 0usize;
    let mut total_findings = 0usize;
    let mut words = 0usize;
    let mut tally = corpus_import::Tally::default();
    for path in &files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) => {
                let _ = writeln!(err, "{}: {error}", path.display());
                failed += 1;
                continue;
            }
        };
        let body = strip_header(&text);
        words += body.split_whitespace().count();
        let outcome = std::panic::catch_unwind(|| check_one(&name, body));
        let problems = match outcome {
            Ok(Ok((problems, findings, kept))) => {
                total_findings += findings.len();
                tally.merge(kept);
                if verbose {
                    for line in findings {
                        let _ = writeln!(out, "  {name}: {line}");
                    }
                }
                problems
            }
            Ok(Err(error)) => vec![format!("import failed: {error}")],
            Err(_) => vec!["panicked (see the message above)".to_owned()],
        };
        if problems.is_empty() {
            let _ = writeln!(out, "ok   {name}");
        } else {
            failed += 1;
            for problem in problems {
                let _ = writeln!(out, "FAIL {name}: {problem}");
            }
        }
    }
    let _ = writeln!(
        out,
        "corpus: {} passed, {failed} failed ({} files, {words} words, {total_findings} findings)",
        files.len() - failed,
        files.len()
    );
    let _ = writeln!(out, "{}", tally.summary());
    i32::from(failed > 0)
}

/// What checking one posting found: its problems, a line per finding, its words kept.
type Checked = (Vec<String>, Vec<String>, corpus_import::Tally);

/// Imports and lints one posting.
fn check_one(name: &str, body: &str) -> Result<Checked, import::ImportError> {
    let imported = import::import_str(body)?;
    let mut kept = corpus_import::Tally::default();
    kept.add(name, body, &imported);
    let mut problems = corpus_import::check(name, body, &imported);
    let posting = &imported.document.posting;
    let diagnostics = lint::lint(posting, &imported.document.lint);
    problems.extend(corpus_lint::check(name, posting, &diagnostics));
    let findings = diagnostics
        .iter()
        .map(|d| {
            format!(
                "{}[{}] {}: {}",
                d.severity.id(),
                d.rule,
                d.section.id(),
                d.message
            )
        })
        .collect();
    Ok((problems, findings, kept))
}

/// The postings of a corpus folder, sorted by name.
fn posting_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let postings = dir.join("postings");
    let dir = if postings.is_dir() {
        postings
    } else {
        dir.to_path_buf()
    };
    let entries = std::fs::read_dir(&dir).map_err(|error| format!("{}: {error}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("md" | "txt")
            ) && !path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.eq_ignore_ascii_case("README.md"))
        })
        .collect();
    files.sort();
    Ok(files)
}

/// The text after a leading `---` ... `---` provenance block (the whole text when there is none).
pub fn strip_header(text: &str) -> &str {
    let trimmed = text.trim_start_matches('\u{feff}');
    let Some(rest) = trimmed.strip_prefix("---") else {
        return trimmed;
    };
    let Some(rest) = rest
        .strip_prefix('\n')
        .or_else(|| rest.strip_prefix("\r\n"))
    else {
        return trimmed;
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        if line.trim_end() == "---" {
            return &rest[offset..];
        }
    }
    trimmed
}

#[cfg(test)]
mod tests {
    use super::strip_header;

    #[test]
    fn strips_the_provenance_block() {
        assert_eq!(strip_header("---\nsource: x\n---\n# Title\n"), "# Title\n");
        assert_eq!(strip_header("# Title\n---\n"), "# Title\n---\n");
        assert_eq!(strip_header("---\nunterminated\n"), "---\nunterminated\n");
    }
}
