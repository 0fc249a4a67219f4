//! Fuzz target `export_roundtrip`: runs `postwright::fuzz_checks::export_roundtrip` (see its documentation).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| postwright::fuzz_checks::export_roundtrip(data));
