//! Fuzz target `import_structured`: runs `postwright::fuzz_checks::import_structured` (see its documentation).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| postwright::fuzz_checks::import_structured(data));
