//! `postwright export --to json|html|jsonld|markdown|text [--fragment] FILE`: converts a
//! posting (draft JSON, JSON-LD, an HTML page, Markdown or plain text, detected by content)
//! and writes it to standard output.

use std::io::Write;

use crate::export;

const USAGE: &str =
    "usage: postwright export --to json|html|jsonld|markdown|text [--fragment] FILE";

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Json,
    Html,
    JsonLd,
    Markdown,
    Text,
}

fn format_of(name: &str) -> Option<Format> {
    Some(match name {
        "json" => Format::Json,
        "html" => Format::Html,
        "jsonld" | "json-ld" => Format::JsonLd,
        "markdown" | "md" => Format::Markdown,
        "text" | "txt" => Format::Text,
        _ => return None,
    })
}

/// `postwright export --to FORMAT FILE`
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut format = None;
    let mut fragment = false;
    let mut files = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--to" => {
                let Some(name) = rest.next() else {
                    let _ = writeln!(err, "postwright export: --to needs a format\n{USAGE}");
                    return super::EXIT_INPUT;
                };
                format = Some(name.clone());
            }
            "--fragment" => fragment = true,
            "-h" | "--help" => {
                let _ = writeln!(out, "{USAGE}");
                return 0;
            }
            other => match other.strip_prefix("--to=") {
                Some(name) => format = Some(name.to_owned()),
                None if other.starts_with("--") => {
                    let _ = writeln!(err, "postwright export: unknown option '{other}'\n{USAGE}");
                    return super::EXIT_INPUT;
                }
                None => files.push(other.to_owned()),
            },
        }
    }
    let Some(format_name) = format else {
        let _ = writeln!(err, "postwright export: --to is required\n{USAGE}");
        return super::EXIT_INPUT;
    };
    let Some(format) = format_of(&format_name) else {
        let _ = writeln!(
            err,
            "postwright export: unknown format '{format_name}' (json, html, jsonld, markdown, text)"
        );
        return super::EXIT_INPUT;
    };
    let [path] = files.as_slice() else {
        let _ = writeln!(err, "postwright export: give exactly one FILE\n{USAGE}");
        return super::EXIT_INPUT;
    };
    let imported = match super::import_file(path) {
        Ok(imported) => imported,
        Err(message) => {
            let _ = writeln!(err, "postwright export: {message}");
            return super::EXIT_INPUT;
        }
    };
    for warning in &imported.warnings {
        let _ = writeln!(err, "postwright export: {path}: {warning}");
    }
    let posting = &imported.document.posting;
    let output = match format {
        Format::Json => export::to_json(&imported.document),
        Format::Html if fragment => export::to_html_fragment(posting),
        Format::Html => export::to_html_page(posting),
        Format::JsonLd => {
            let json_ld = export::to_jsonld(posting);
            if !json_ld.missing.is_empty() {
                let _ = writeln!(
                    err,
                    "postwright export: {path}: JSON-LD lacks {}",
                    json_ld.missing.join(", ")
                );
            }
            json_ld.json
        }
        Format::Markdown => export::to_markdown(posting),
        Format::Text => export::to_text(posting),
    };
    let _ = write!(out, "{output}");
    if !output.ends_with('\n') {
        let _ = writeln!(out);
    }
    0
}
