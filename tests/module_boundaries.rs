//! The module map's dependency rules (ARCHITECTURE.md), checked on the source: the importers
//! and the exporters do not depend on each other (what both need, such as character
//! references, safe link targets, the input limit and the unsorted text's heading, lives in
//! `text` or `model`), and `text` and `model` depend on no other module of the crate.
//!
//! Only the code before a file's test module counts: a test may build its posting
//! with an importer.

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, in a stable order.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = fs::read_dir(&dir).unwrap_or_else(|error| panic!("{dir:?}: {error}"));
        for entry in entries {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The file's code before its test module.
fn production_code(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap_or_else(|error| panic!("{path:?}: {error}"));
    // The module is `mod tests` under a `#[cfg(...)]` line naming `test`.
    let Some(module) = text.find("\nmod tests {") else {
        return text;
    };
    let attribute = text[..module].rfind('\n').map_or(0, |at| at + 1);
    if text[attribute..module].starts_with("#[cfg(") && text[attribute..module].contains("test") {
        text[..attribute].to_owned()
    } else {
        text[..module].to_owned()
    }
}

/// The lines of the modules under `src/<module>` that name any of `forbidden` as a path.
fn references(module: &str, forbidden: &[&str]) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(module);
    let mut found = Vec::new();
    for path in rust_files(&dir) {
        for (number, line) in production_code(&path).lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for other in forbidden {
                if code.contains(&format!("crate::{other}")) {
                    found.push(format!(
                        "{}:{}: {}",
                        path.display(),
                        number + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    found
}

#[test]
fn exporters_do_not_use_the_importers() {
    let found = references("export", &["import"]);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn importers_do_not_use_the_exporters() {
    let found = references("import", &["export"]);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn text_and_model_use_no_other_module() {
    let above = ["import", "export", "lint", "ui", "cli"];
    for module in ["text", "model"] {
        let found = references(module, &above);
        assert!(found.is_empty(), "{module}:\n{}", found.join("\n"));
    }
}

#[test]
fn the_check_sees_a_reference() {
    // The checks above would pass on a tree they cannot read: make sure they read this one.
    assert!(!references("lint", &["text"]).is_empty());
    assert!(rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/export")).len() >= 5);
}
