//! `postwright share` end to end, through the built binary.

#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

use postwright::export::share_link::{decode, LINK_LIMIT};
use postwright::import::import_bytes;

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
fn prints_a_link_that_opens_the_same_draft() {
    let path = fixture("data-engineer.md");
    let output = postwright(&["share", &path, "--base", "https://postwright.example/app/"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let printed = stdout(&output);
    let link = printed.trim_end();
    assert_eq!(printed.lines().count(), 1);
    assert!(
        link.starts_with("https://postwright.example/app/#share=v1."),
        "{link}"
    );
    assert!(link.len() <= LINK_LIMIT);
    let expected = import_bytes(&std::fs::read(&path).unwrap())
        .unwrap()
        .document;
    assert_eq!(decode(link), Ok(expected));
}

#[test]
fn prints_the_fragment_without_a_base() {
    let output = postwright(&["share", &fixture("draft-v1.json")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let printed = stdout(&output);
    assert!(printed.starts_with("#share=v1."), "{printed}");
    assert!(decode(printed.trim_end()).is_ok());
}

/// A posting of many different words, which compresses badly.
fn long_posting() -> String {
    let syllables = [
        "ka", "lo", "mi", "ne", "ru", "ta", "vo", "si", "pe", "da", "gu", "xe", "zo", "fi", "by",
    ];
    let mut seed: u64 = 7;
    let mut text = String::from("# Quantity Surveyor\n\n## Responsibilities\n\n");
    for _ in 0..2500 {
        let mut word = String::new();
        for _ in 0..4 {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            word.push_str(syllables[(seed >> 33) as usize % syllables.len()]);
        }
        text.push_str("- Check ");
        text.push_str(&word);
        text.push('\n');
    }
    text
}

#[test]
fn refuses_a_draft_too_long_for_a_link() {
    let path = std::env::temp_dir().join(format!("postwright-share-{}.md", std::process::id()));
    std::fs::write(&path, long_posting()).unwrap();
    let output = postwright(&[
        "share",
        path.to_str().unwrap(),
        "--base",
        "https://postwright.example/",
    ]);
    let _ = std::fs::remove_file(&path);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
    let message = stderr(&output);
    assert!(message.contains("too long to share as a link"), "{message}");
    assert!(message.contains("limited to 8000"), "{message}");
    assert!(message.contains("Export it as a file"), "{message}");
    assert!(message.contains("postwright export --to json"), "{message}");
}

#[test]
fn reports_bad_usage_and_unreadable_files() {
    let none = postwright(&["share"]);
    assert_eq!(none.status.code(), Some(2));
    assert!(stderr(&none).contains("usage: postwright share"));
    let missing = postwright(&["share", "/no/such/file.md"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("no such file"));
    let no_url = postwright(&["share", &fixture("data-engineer.md"), "--base"]);
    assert_eq!(no_url.status.code(), Some(2));
    assert!(stderr(&no_url).contains("--base needs a URL"));
}
