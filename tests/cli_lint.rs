//! `postwright lint` and `postwright rules`, run as the built binary on temporary files.

use std::path::PathBuf;
use std::process::{Command, Output};

fn postwright(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_postwright"))
        .args(args)
        .output()
        .expect("the binary runs")
}

/// A fresh temporary directory for one test.
fn temp_dir(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("postwright-cli-lint-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &std::path::Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

const BIASED: &str = "We need a rockstar salesman.\nTBD";

#[test]
fn findings_reaching_fail_on_exit_1_and_text_is_compiler_style() {
    let dir = temp_dir("text");
    let file = write(&dir, "posting.txt", BIASED);
    let output = postwright(&["lint", &file]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.lines()
            .any(|line| line.starts_with(&format!("{file}:1:11: summary: "))
                && line.contains("warning[culture-jargon]: 'rockstar'")),
        "{text}"
    );
    let summary = text.lines().last().unwrap();
    assert!(summary.starts_with("1 file linted:"), "{summary}");
}

#[test]
fn fail_on_never_exits_0() {
    let dir = temp_dir("never");
    let file = write(&dir, "posting.txt", BIASED);
    let output = postwright(&["lint", "--fail-on", "never", &file]);
    assert_eq!(output.status.code(), Some(0));
    let output = postwright(&["lint", "--fail-on=error", &file]);
    assert_eq!(output.status.code(), Some(1), "TBD is an error");
}

#[test]
fn json_output_has_the_documented_fields() {
    let dir = temp_dir("json");
    let file = write(&dir, "posting.txt", BIASED);
    let output = postwright(&["lint", "--format", "json", &file]);
    let findings: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let findings = findings.as_array().expect("an array");
    let jargon = findings
        .iter()
        .find(|f| f["rule"] == "culture-jargon")
        .expect("a culture-jargon finding");
    for key in [
        "file", "rule", "severity", "section", "field", "message", "help", "start", "end", "fixes",
    ] {
        assert!(jargon.get(key).is_some(), "missing {key}: {jargon}");
    }
    assert_eq!(jargon["file"], file.as_str());
    assert_eq!(jargon["severity"], "warning");
    assert_eq!(jargon["fixes"][0]["title"], "Replace with 'an expert'");
    let posting_level = findings
        .iter()
        .find(|f| f["rule"] == "pay-range-missing")
        .expect("a posting-level finding");
    assert!(posting_level.get("start").is_none());
    assert_eq!(posting_level["section"], "pay");
}

#[test]
fn json_output_lists_the_other_places_a_finding_names() {
    let dir = temp_dir("related");
    let file = write(
        &dir,
        "posting.txt",
        "Account Manager\n\nEarn up to $90,000 a year.\n\nCouriers earn up to $90,000 a year at peak.\n",
    );
    let output = postwright(&["lint", "--format", "json", &file]);
    let findings: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let open = findings
        .as_array()
        .expect("an array")
        .iter()
        .find(|f| f["rule"] == "pay-range-not-a-range")
        .expect("an open pay figure");
    assert_eq!(open["line"], 3, "{open}");
    let related = open["related"].as_array().expect("related places");
    assert_eq!(related.len(), 1, "{open}");
    assert_eq!(related[0]["text"], "up to $90,000");
    assert_eq!(related[0]["line"], 5);
    assert_eq!(related[0]["column"], 15);
    assert_eq!(related[0]["in_file"], true);
    assert_eq!(related[0]["message"], "also 'up to $90,000'");
}

#[test]
fn unreadable_file_exits_2_naming_it_and_others_are_still_linted() {
    let dir = temp_dir("missing");
    let file = write(&dir, "posting.txt", BIASED);
    let missing = dir.join("nope.txt").to_string_lossy().into_owned();
    let output = postwright(&["lint", &missing, &file]);
    assert_eq!(output.status.code(), Some(2));
    let errors = stderr(&output);
    assert_eq!(errors.lines().count(), 1, "{errors}");
    assert!(errors.contains(&missing));
    assert!(stdout(&output).contains("culture-jargon"));
}

#[test]
fn empty_file_exits_2() {
    let dir = temp_dir("empty");
    let file = write(&dir, "empty.txt", "");
    let output = postwright(&["lint", &file]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("empty.txt"));
}

#[test]
fn bad_usage_exits_2() {
    assert_eq!(postwright(&["lint"]).status.code(), Some(2));
    assert_eq!(
        postwright(&["lint", "--format", "xml", "x"]).status.code(),
        Some(2)
    );
}

#[test]
fn rules_lists_and_explains() {
    let output = postwright(&["rules"]);
    assert_eq!(output.status.code(), Some(0));
    let list = stdout(&output);
    assert!(list.lines().any(|line| line.starts_with("gendered-terms ")));
    let output = postwright(&["rules", "on-call-disclosure"]);
    assert_eq!(output.status.code(), Some(0));
    let docs = stdout(&output);
    assert!(docs.contains("## Why is this bad?"), "{docs}");
    assert!(!docs.lines().any(|line| line.starts_with(" ## ")));
    assert_eq!(
        postwright(&["rules", "no-such-rule"]).status.code(),
        Some(2)
    );
}
