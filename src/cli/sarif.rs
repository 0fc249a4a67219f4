//! `postwright lint --format sarif`: a SARIF 2.1.0 log (OASIS), the format code-scanning
//! services read. `tool.driver.rules` lists every rule with its documentation, in registry
//! order (so `ruleIndex` is the rule's place in `rules::ALL`); each result points at the input
//! file's line and column (code points, `columnKind` `unicodeCodePoints`) when the finding's
//! words were copied from the file, and at line 1 otherwise (a JSON draft, or a finding about
//! the posting as a whole). Checked against the 2.1.0 JSON schema by `e2e/sarif-schema.node.mjs`.

use serde_json::{json, Value};

use super::lint_cmd::Finding;
use crate::lint::{self, Rule};
use crate::model::Severity;

/// The `$schema` of the log.
const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// SARIF's level for a severity.
pub fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Suggestion => "note",
    }
}

/// A rule id as a PascalCase name (`house-style` -> `HouseStyle`).
fn pascal_name(id: &str) -> String {
    id.split('-')
        .map(|part| {
            let mut letters = part.chars();
            letters
                .next()
                .map(|first| first.to_uppercase().chain(letters).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// One `reportingDescriptor`: the rule and its documentation.
fn descriptor(rule: &Rule) -> Value {
    let documentation = rule.documentation();
    json!({
        "id": rule.id,
        "name": pascal_name(rule.id),
        "shortDescription": { "text": rule.summary },
        "fullDescription": { "text": rule.summary },
        "help": { "text": documentation, "markdown": documentation },
        "defaultConfiguration": { "level": level(rule.default_severity) },
        "properties": {
            "category": rule.category.id(),
            "tags": [rule.category.id()],
            "hasFix": rule.has_fix,
        },
    })
}

/// A file path as a URI reference: `/` separators, characters outside the unreserved set and
/// `/` percent-encoded, absolute paths as `file://` URIs.
pub fn uri(path: &str) -> String {
    let path = super::baseline::normalise_path(path);
    let mut encoded = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    if encoded.starts_with('/') {
        format!("file://{encoded}")
    } else {
        encoded
    }
}

/// One result.
fn result(finding: &Finding, with_baseline: bool) -> Value {
    let diagnostic = &finding.diagnostic;
    let rule_index = lint::rules()
        .iter()
        .position(|rule| rule.id == diagnostic.rule);
    let mut region = serde_json::Map::new();
    match finding.source {
        Some((line, column)) => {
            region.insert("startLine".into(), json!(line));
            region.insert("startColumn".into(), json!(column));
            if let Some((end_line, end_column)) = finding.source_end {
                if (end_line, end_column) > (line, column) {
                    region.insert("endLine".into(), json!(end_line));
                    region.insert("endColumn".into(), json!(end_column));
                }
            }
            if !finding.words.is_empty() {
                region.insert("snippet".into(), json!({ "text": finding.words }));
            }
        }
        None => {
            region.insert("startLine".into(), json!(1));
        }
    }
    let mut logical_name = diagnostic.section.id().to_owned();
    if let Some(item) = finding.item {
        logical_name.push_str(&format!("/item {item}"));
    }
    if let Some(role) = &finding.role {
        logical_name = format!("{role}/{logical_name}");
    }
    let mut value = json!({
        "ruleId": diagnostic.rule,
        "level": level(diagnostic.severity),
        "message": { "text": format!("{}\n{}", diagnostic.message, diagnostic.help).trim().to_owned() },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": { "uri": uri(&finding.file) },
                "region": region,
            },
            "logicalLocations": [{ "name": logical_name }],
        }],
        "partialFingerprints": { "postwrightFinding/v1": finding.fingerprint },
    });
    if let Value::Object(map) = &mut value {
        if let Some(index) = rule_index {
            map.insert("ruleIndex".into(), json!(index));
        }
        if with_baseline {
            map.insert("baselineState".into(), json!("new"));
        }
    }
    value
}

/// The whole log for these findings. `successful` is false when a file could not be read.
pub fn log(findings: &[Finding], with_baseline: bool, successful: bool) -> Value {
    let rules: Vec<Value> = lint::rules().iter().map(descriptor).collect();
    let results: Vec<Value> = findings
        .iter()
        .map(|finding| result(finding, with_baseline))
        .collect();
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "postwright",
                    "version": crate::VERSION,
                    "semanticVersion": crate::VERSION,
                    "rules": rules,
                },
            },
            "invocations": [{ "executionSuccessful": successful }],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_encoded_references() {
        assert_eq!(uri("./jobs/senior dev.md"), "jobs/senior%20dev.md");
        assert_eq!(uri("/tmp/a#b.md"), "file:///tmp/a%23b.md");
        assert_eq!(uri("jobs\\é.txt"), "jobs/%C3%A9.txt");
    }

    #[test]
    fn names_and_levels() {
        assert_eq!(pascal_name("house-style"), "HouseStyle");
        assert_eq!(level(Severity::Suggestion), "note");
    }
}
