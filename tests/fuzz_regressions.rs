//! Replays every input the fuzzer saved (`fuzz/regressions/<target>/`) through the same checks
//! the fuzz targets run (`postwright::fuzz_checks`), natively, so a fixed crash stays fixed.
//!
//! Inputs under `fuzz/regressions/pending/<target>/` crash in code whose fix is still to come:
//! they are replayed and reported, but do not fail the test. Move a file up out of `pending/`
//! once the fix lands.
#![cfg(not(target_arch = "wasm32"))]

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use postwright::fuzz_checks::{Target, TARGETS};

fn regressions() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions")
}

/// The input files of one folder, sorted; none when the folder does not exist.
fn inputs(folder: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    files
}

fn target(name: &str) -> Option<&'static Target> {
    TARGETS.iter().find(|target| target.name == name)
}

/// Runs one saved input; `Err` with the panic message when the check fails.
fn replay(target: &Target, path: &Path) -> Result<(), String> {
    let data = std::fs::read(path).map_err(|error| format!("cannot read: {error}"))?;
    catch_unwind(AssertUnwindSafe(|| (target.check)(&data))).map_err(|panic| {
        panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|text| (*text).to_owned()))
            .unwrap_or_else(|| "a panic without a message".to_owned())
    })
}

#[test]
fn every_saved_input_passes_its_check() {
    let mut failures = Vec::new();
    let mut replayed = 0;
    for target in TARGETS {
        for path in inputs(&regressions().join(target.name)) {
            replayed += 1;
            if let Err(message) = replay(target, &path) {
                failures.push(format!("{}: {message}", path.display()));
            }
        }
    }
    println!("replayed {replayed} saved fuzz inputs");
    assert!(
        replayed >= TARGETS.len(),
        "every target keeps at least one saved input (found {replayed})"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn pending_inputs_are_replayed_and_reported() {
    let pending = regressions().join("pending");
    for target in TARGETS {
        for path in inputs(&pending.join(target.name)) {
            match replay(target, &path) {
                Ok(()) => println!(
                    "{} passes now: move it up to fuzz/regressions/{}/",
                    path.display(),
                    target.name
                ),
                Err(message) => println!("{} still fails: {message}", path.display()),
            }
        }
    }
}

#[test]
fn every_regression_folder_names_a_target() {
    let folders = [regressions(), regressions().join("pending")];
    for folder in folders {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !entry.path().is_dir() || name == "pending" {
                continue;
            }
            assert!(
                target(&name).is_some(),
                "{} is not a fuzz target (known: {:?})",
                entry.path().display(),
                TARGETS.iter().map(|target| target.name).collect::<Vec<_>>()
            );
        }
    }
}

#[test]
fn a_failing_check_is_reported_as_a_failure() {
    // The replay must catch a panicking check and name it, or a broken input would pass.
    let panicking = Target {
        name: "planted",
        check: postwright::fuzz_checks::planted_panic,
    };
    let folder = std::env::temp_dir().join(format!("postwright-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let path = folder.join("input");
    std::fs::write(&path, b"PWFZ").unwrap();
    let result = replay(&panicking, &path);
    std::fs::remove_dir_all(&folder).unwrap();
    assert!(result.unwrap_err().contains("planted panic"));
}
