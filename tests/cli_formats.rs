//! `postwright lint` with a house style (`.postwright.json`, `--config`), `--format sarif` and
//! `github`, and `--baseline`, run as the built binary on temporary files. The SARIF output is
//! also checked against the 2.1.0 JSON schema by `e2e/sarif-schema.node.mjs`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn postwright(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_postwright"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("the binary runs")
}

/// A fresh temporary directory for one test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "postwright-cli-formats-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(path, text).unwrap();
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

const STYLE: &str = r#"{
  "words": [
    {"avoid": "utilize", "prefer": ["use"], "reason": "plain words read faster"}
  ],
  "rules": {"cliche": "off", "pay-range-missing": "error"}
}"#;

const POSTING: &str = "# Analyst\n\nYou will utilize SQL. A self-starter who Utilizes data.\n";

#[test]
fn the_nearest_style_file_applies_to_files_below_it() {
    let dir = temp_dir("discovery");
    write(&dir, ".postwright.json", STYLE);
    write(&dir, "jobs/deep/analyst.md", POSTING);
    write(&dir, "jobs/deep/.postwright.json", "{\"words\": []}");
    write(&dir, "jobs/analyst.md", POSTING);
    let output = postwright(&dir, &["lint", "jobs/analyst.md"]);
    let text = stdout(&output);
    assert!(
        text.contains(
            "jobs/analyst.md:3:10: summary: warning[house-style]: 'utilize': plain words read faster"
        ),
        "{text}"
    );
    assert!(
        text.contains("3:42: summary: warning[house-style]: 'Utilizes'"),
        "{text}"
    );
    assert!(
        !text.contains("[cliche]"),
        "the style switches cliche off: {text}"
    );
    assert!(text.contains("error[pay-range-missing]"), "{text}");
    // The nearer file (an empty style) wins for the file beside it.
    let deep = stdout(&postwright(&dir, &["lint", "jobs/deep/analyst.md"]));
    assert!(!deep.contains("house-style"), "{deep}");
    assert!(deep.contains("[cliche]"), "{deep}");
}

#[test]
fn config_gives_one_style_for_every_file() {
    let dir = temp_dir("config");
    write(&dir, "company-style.json", STYLE);
    write(&dir, "analyst.md", POSTING);
    let without = stdout(&postwright(&dir, &["lint", "analyst.md"]));
    assert!(!without.contains("house-style"), "{without}");
    let with = stdout(&postwright(
        &dir,
        &["lint", "--config", "company-style.json", "analyst.md"],
    ));
    assert!(with.contains("warning[house-style]: 'utilize'"), "{with}");
}

#[test]
fn a_malformed_style_file_names_line_and_problem_and_lints_nothing() {
    let dir = temp_dir("malformed");
    write(
        &dir,
        ".postwright.json",
        "{\n  \"rules\": {\n    \"clichee\": \"off\"\n  }\n}\n",
    );
    write(&dir, "analyst.md", POSTING);
    let output = postwright(&dir, &["lint", "analyst.md"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains(".postwright.json: line 3, column 13: unknown rule 'clichee'"),
        "{message}"
    );
    assert!(
        !stdout(&output).contains("analyst.md:"),
        "nothing is linted"
    );
    write(&dir, "bad.json", "{\"words\": [{\"avoid\": \"\"}]}");
    let output = postwright(&dir, &["lint", "--config", "bad.json", "analyst.md"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output)
            .contains("bad.json: line 1, column 24: 'avoid' must hold at least one word"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn github_format_writes_workflow_annotations() {
    let dir = temp_dir("github");
    write(&dir, ".postwright.json", STYLE);
    write(&dir, "analyst.md", POSTING);
    let output = postwright(&dir, &["lint", "--format", "github", "./analyst.md"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(
        text.lines().any(|line| {
            line
            == "::warning file=analyst.md,line=3,col=10,endColumn=17,title=postwright house-style::\
                'utilize': plain words read faster%0AThe house style prefers 'use'."
        }),
        "{text}"
    );
    assert!(
        text.lines()
            .any(|line| line
                .starts_with("::error file=analyst.md,title=postwright pay-range-missing::")),
        "{text}"
    );
    assert!(
        text.lines().any(|line| line.starts_with("::notice ")),
        "{text}"
    );
}

#[test]
fn sarif_lists_the_rules_and_points_at_lines_and_columns() {
    let dir = temp_dir("sarif");
    write(&dir, ".postwright.json", STYLE);
    write(&dir, "analyst.md", POSTING);
    let output = postwright(&dir, &["lint", "--format", "sarif", "analyst.md"]);
    assert_eq!(output.status.code(), Some(1));
    let log: Value = serde_json::from_str(&stdout(&output)).expect("SARIF is JSON");
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), postwright::lint::rules().len());
    let results = run["results"].as_array().unwrap();
    let utilize = results
        .iter()
        .find(|result| result["ruleId"] == "house-style")
        .expect("a house-style result");
    let index = utilize["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(rules[index]["id"], "house-style");
    assert!(rules[index]["help"]["markdown"]
        .as_str()
        .unwrap()
        .contains("## What it does not flag"));
    let region = &utilize["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        (
            &region["startLine"],
            &region["startColumn"],
            &region["endColumn"]
        ),
        (&Value::from(3), &Value::from(10), &Value::from(17))
    );
    assert_eq!(
        utilize["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "analyst.md"
    );
    assert_eq!(utilize["level"], "warning");
}

#[test]
fn a_baseline_hides_known_findings_and_fails_only_on_new_ones() {
    let dir = temp_dir("baseline");
    write(&dir, ".postwright.json", STYLE);
    write(&dir, "analyst.md", POSTING);
    let missing = postwright(&dir, &["lint", "--baseline", "known.json", "analyst.md"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("--write-baseline"),
        "{}",
        stderr(&missing)
    );

    let written = postwright(
        &dir,
        &[
            "lint",
            "--baseline",
            "known.json",
            "--write-baseline",
            "analyst.md",
        ],
    );
    assert_eq!(written.status.code(), Some(0), "{}", stderr(&written));
    assert!(stderr(&written).contains("to the baseline known.json"));
    let stored: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("known.json")).unwrap()).unwrap();
    assert!(stored["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|entry| entry["rule"] == "house-style" && entry["words"] == "utilize"));

    let clean = postwright(&dir, &["lint", "--baseline", "known.json", "analyst.md"]);
    assert_eq!(clean.status.code(), Some(0), "{}", stdout(&clean));
    assert!(stdout(&clean).contains("in the baseline not shown"));

    // Lines added above move every known finding; they stay known. A third "utilize" is new.
    let moved = POSTING.replace("# Analyst\n", "# Analyst\n\nA new first paragraph.\n");
    write(
        &dir,
        "analyst.md",
        &format!("{moved}\nWe utilize Python.\n"),
    );
    let changed = postwright(&dir, &["lint", "--baseline", "known.json", "analyst.md"]);
    assert_eq!(changed.status.code(), Some(1));
    let text = stdout(&changed);
    // Finding lines name a line and column; the file's guidance line does not.
    let findings: Vec<&str> = text
        .lines()
        .filter(|line| line.starts_with("analyst.md:") && !line.contains(": guidance: "))
        .collect();
    assert_eq!(
        findings,
        ["analyst.md:7:4: summary: warning[house-style]: 'utilize': plain words read faster."],
        "{text}"
    );
}
