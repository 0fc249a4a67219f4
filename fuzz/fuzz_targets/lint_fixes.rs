//! Fuzz target `lint_fixes`: runs `postwright::fuzz_checks::lint_fixes` (see its documentation).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| postwright::fuzz_checks::lint_fixes(data));
