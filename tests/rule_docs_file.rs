//! `public/rule-docs.json`, the rules' documentation the web app loads when a rule page opens,
//! is exactly what the rules' own `///` comments say today (the text is written once, beside
//! each rule; this file is generated from it and kept out of the wasm to keep it small).
//! `POSTWRIGHT_UPDATE_RULE_DOCS=1 cargo test --test rule_docs_file` rewrites it.
#![cfg(not(target_arch = "wasm32"))]

use postwright::lint::rules;
use serde_json::{Map, Value};

/// The file's content: one entry per rule, its id to its documentation (Markdown).
fn generated() -> String {
    let docs: Map<String, Value> = rules()
        .iter()
        .map(|rule| (rule.id.to_owned(), Value::String(rule.documentation())))
        .collect();
    serde_json::to_string_pretty(&Value::Object(docs)).expect("plain strings serialise") + "\n"
}

#[test]
fn rule_docs_file_is_generated_from_the_rules() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/public/rule-docs.json");
    let fresh = generated();
    if std::env::var_os("POSTWRIGHT_UPDATE_RULE_DOCS").is_some() {
        std::fs::write(path, &fresh).expect("write public/rule-docs.json");
        return;
    }
    let stored = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        stored == fresh,
        "public/rule-docs.json differs from the rules' documentation; regenerate it with \
         `POSTWRIGHT_UPDATE_RULE_DOCS=1 cargo test --test rule_docs_file`"
    );
}

#[test]
fn every_rule_has_an_entry_with_its_headings() {
    let stored: Map<String, Value> =
        serde_json::from_str(&generated()).expect("the generated file is a JSON object");
    assert_eq!(stored.len(), rules().len());
    for rule in rules() {
        let docs = stored[rule.id].as_str().expect("documentation is a string");
        assert!(docs.starts_with(rule.summary), "{}", rule.id);
        assert!(docs.contains("## Why is this bad?"), "{}", rule.id);
    }
}
