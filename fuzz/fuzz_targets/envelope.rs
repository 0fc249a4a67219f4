//! Fuzz target `envelope`: runs `postwright::fuzz_checks::envelope` (see its documentation).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| postwright::fuzz_checks::envelope(data));
