//! Source positions: `postwright lint` on a text or Markdown file reports each finding at the
//! file's own line and column, through front matter, Markdown markup and wrapped lines; the
//! import's `source_map` says where each field's text came from.

use std::path::PathBuf;
use std::process::Command;

use postwright::import::import_str;
use postwright::model::{Field, ListKind};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// One-based line and column (in characters) of the first `needle` in `text` after `after`.
fn line_column_of(text: &str, needle: &str, after: &str) -> (usize, usize) {
    let start = text.find(after).expect("anchor in fixture");
    let offset = start + text[start..].find(needle).expect("needle in fixture");
    let line = text[..offset].matches('\n').count() + 1;
    let line_start = text[..offset].rfind('\n').map_or(0, |index| index + 1);
    (line, text[line_start..offset].chars().count() + 1)
}

fn lint_output(path: &std::path::Path) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_postwright"))
        .args(["lint", "--fail-on", "never"])
        .arg(path)
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(0));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn lint_reports_findings_at_the_files_line_and_column() {
    let path = fixture("source-positions.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let file = path.display().to_string();
    let output = lint_output(&path);
    // A word in a paragraph whose lines were joined, after front matter and a heading.
    let (line, column) = line_column_of(&text, "rockstars", "Our customers");
    assert_eq!((line, column), (9, 23), "the fixture changed");
    let expected = format!("{file}:{line}:{column}: summary: warning[culture-jargon]: 'rockstars'");
    assert!(
        output.lines().any(|out| out.starts_with(&expected)),
        "no line starting {expected:?} in\n{output}"
    );
    // A word on the wrapped second line of a list item.
    let (line, column) = line_column_of(&text, "fast-paced", "Thrive in a");
    assert_eq!((line, column), (16, 3), "the fixture changed");
    let expected =
        format!("{file}:{line}:{column}: must-have:item 2: suggestion[cliche]: 'fast-paced'");
    assert!(
        output.lines().any(|out| out.starts_with(&expected)),
        "no line starting {expected:?} in\n{output}"
    );
    // A finding about the whole posting has no position.
    assert!(
        output
            .lines()
            .any(|out| out.starts_with(&format!("{file}: pay: warning[pay-range-missing]"))),
        "{output}"
    );
}

#[test]
fn the_source_map_names_field_positions() {
    let text = std::fs::read_to_string(fixture("source-positions.md")).unwrap();
    let imported = import_str(&text).unwrap();
    let posting = &imported.document.posting;
    let map = &imported.source_map;
    assert_eq!(map.position(Field::Title, 0), Some((2, 9)));
    assert_eq!(map.position(Field::Company, 0), Some((3, 11)));
    let anvils = posting.summary.find("anvils").unwrap();
    assert_eq!(map.position(Field::Summary, anvils), Some((8, 34)));
    let ninja = posting.must_have[2].id;
    assert_eq!(
        map.position(Field::Item(ListKind::MustHave, ninja), 5),
        Some((17, 8))
    );
}

#[test]
fn json_findings_carry_file_positions_and_roles() {
    let path = fixture("job-family.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_postwright"))
        .args(["lint", "--format", "json", "--fail-on", "never"])
        .arg(&path)
        .output()
        .expect("the binary runs");
    let findings: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let rockstar = findings
        .as_array()
        .unwrap()
        .iter()
        .find(|finding| finding["rule"] == "culture-jargon")
        .expect("the rockstar finding");
    assert_eq!(rockstar["role"], "Senior Paralegal");
    let (line, column) = line_column_of(&text, "rockstar", "Mentor associates");
    assert_eq!(rockstar["line"], line);
    assert_eq!(rockstar["column"], column);
    assert_eq!(rockstar["in_file"], true);
}

/// Over the corpus, nearly every word of every field has a position, and the input holds that
/// very word there.
#[test]
fn corpus_words_have_positions_in_the_file() {
    let dir = std::env::var("POSTWRIGHT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from("/work/shared/corpus"))
        .join("postings");
    if !dir.is_dir() {
        eprintln!("note: no corpus (POSTWRIGHT_CORPUS or /work/shared/corpus); skipped");
        return;
    }
    let (mut words, mut placed) = (0usize, 0usize);
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let imported = import_str(&text).unwrap();
        let mut drafts = vec![(&imported.document, &imported.source_map)];
        drafts.extend(
            imported
                .roles
                .iter()
                .map(|role| (&role.document, &role.source_map)),
        );
        for (document, map) in drafts {
            for (field, field_text) in document.posting.prose_fields() {
                for token in postwright::text::tokenize(field_text) {
                    let word = &field_text[token.span.clone()];
                    words += 1;
                    let Some(offset) = map.source_offset(field, token.span.start) else {
                        continue;
                    };
                    assert!(
                        text[offset..].starts_with(word),
                        "{}: {field:?} word {word:?} mapped to {:?}",
                        path.display(),
                        &text[offset..(offset + 20).min(text.len())]
                    );
                    placed += 1;
                }
            }
        }
    }
    eprintln!("{placed} of {words} words have a position");
    assert!(placed * 1000 >= words * 995, "{placed} of {words}");
}

#[test]
fn windows_line_ends_keep_lines_and_columns() {
    let text =
        "---\r\ntitle: Cook\r\n---\r\n# Cook\r\n\r\n## Requirements\r\n\r\n- Be a rockstar\r\n";
    let imported = import_str(text).unwrap();
    let posting = &imported.document.posting;
    assert_eq!(posting.title, "Cook");
    assert_eq!(posting.must_have[0].text, "Be a rockstar");
    let field = Field::Item(ListKind::MustHave, posting.must_have[0].id);
    assert_eq!(imported.source_map.position(field, 5), Some((8, 8)));
}
