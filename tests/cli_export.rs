//! `postwright export` end to end, through the built binary.

use std::process::{Command, Output};

fn postwright(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_postwright"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn exports_every_format() {
    let markdown = fixture("data-engineer.md");
    let json = postwright(&["export", "--to", "json", &markdown]);
    assert_eq!(json.status.code(), Some(0), "{}", stderr(&json));
    let document: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(document["format"], "postwright-draft");
    assert_eq!(document["posting"]["title"], "Data Engineer");

    let html = postwright(&["export", "--to", "html", &markdown]);
    assert_eq!(html.status.code(), Some(0));
    let page = stdout(&html);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<script type=\"application/ld+json\">"));
    assert!(page.contains("<h2>Data Engineer</h2>"));

    let fragment = postwright(&["export", "--to", "html", "--fragment", &markdown]);
    assert!(stdout(&fragment).starts_with("<h2>Data Engineer</h2>"));

    let json_ld = postwright(&["export", "--to", "jsonld", &markdown]);
    assert_eq!(json_ld.status.code(), Some(0));
    let value: serde_json::Value = serde_json::from_str(&stdout(&json_ld)).unwrap();
    assert_eq!(value["@type"], "JobPosting");
    assert_eq!(value["baseSalary"]["value"]["unitText"], "YEAR");
    assert!(
        stderr(&json_ld).contains("JSON-LD lacks datePosted"),
        "{}",
        stderr(&json_ld)
    );

    let md = postwright(&["export", "--to", "markdown", &markdown]);
    assert!(
        stdout(&md)
            .starts_with("---\ntitle: \"Data Engineer\"\ncompany: \"Example Freight GmbH\"\n"),
        "{}",
        stdout(&md)
    );
    assert!(stdout(&md).contains("salary: \"EUR 70,000 – 85,000 per year\"\n"));
    assert!(stdout(&md).contains("## What you will do\n\n- Build and run"));

    let text = postwright(&["export", "--to", "text", &markdown]);
    assert!(stdout(&text).starts_with("Data Engineer\n"));
    assert!(stdout(&text).contains("WHAT YOU WILL DO\n\n- Build and run"));
}

#[test]
fn detects_the_input_kind_by_content() {
    for (file, title) in [
        ("draft-v1.json", "Data Engineer"),
        ("jobposting.jsonld", "Registered Nurse & Team Lead"),
        ("jobposting-page.html", "Support Engineer"),
        ("plain-page.html", "Warehouse Associate"),
    ] {
        let output = postwright(&["export", "--to", "json", &fixture(file)]);
        assert_eq!(output.status.code(), Some(0), "{file}: {}", stderr(&output));
        let document: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
        assert_eq!(document["posting"]["title"], title, "{file}");
    }
}

#[test]
fn json_export_of_a_draft_is_the_same_draft() {
    let draft = fixture("draft-v1.json");
    let output = postwright(&["export", "--to", "json", &draft]);
    let original = std::fs::read_to_string(&draft).unwrap();
    let before: serde_json::Value = serde_json::from_str(&original).unwrap();
    let after: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(before, after);
}

#[test]
fn unreadable_input_exits_2_with_one_line_naming_the_file() {
    let missing = postwright(&["export", "--to", "json", "/nonexistent/posting.md"]);
    assert_eq!(missing.status.code(), Some(2));
    let message = stderr(&missing);
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(message.contains("/nonexistent/posting.md"));
    assert!(message.contains("no such file"));
    assert!(stdout(&missing).is_empty());

    let dir = std::env::temp_dir().join(format!("postwright-cli-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cases: [(&str, &[u8], &str); 4] = [
        ("broken.json", b"{\"format\": ", "the JSON does not parse"),
        ("binary.bin", b"PK\x03\x04\x00\x00", "binary"),
        ("empty.txt", b"", "empty"),
        (
            "future.json",
            b"{\"format\":\"postwright-draft\",\"schema_version\":99}",
            "newer Postwright",
        ),
    ];
    for (name, bytes, reason) in cases {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let path = path.to_string_lossy().into_owned();
        let output = postwright(&["export", "--to", "html", &path]);
        assert_eq!(output.status.code(), Some(2), "{name}");
        let message = stderr(&output);
        assert_eq!(message.lines().count(), 1, "{name}: {message}");
        assert!(message.contains(&path), "{name}: {message}");
        assert!(message.contains(reason), "{name}: {message}");
    }
    let is_dir = postwright(&["export", "--to", "json", &dir.to_string_lossy()]);
    assert_eq!(is_dir.status.code(), Some(2));
    assert!(stderr(&is_dir).contains("is a directory"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bad_usage_exits_2() {
    let markdown = fixture("data-engineer.md");
    for args in [
        vec!["export", &markdown],
        vec!["export", "--to", "pdf", &markdown],
        vec!["export", "--to", "json"],
        vec!["export", "--to"],
        vec!["export", "--to", "json", "--bogus", &markdown],
    ] {
        let output = postwright(&args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(!stderr(&output).is_empty(), "{args:?}");
    }
}
