//! Fuzz target `import_raw`: runs `postwright::fuzz_checks::import_raw` (see its documentation).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| postwright::fuzz_checks::import_raw(data));
