//! Fuzz target `selftest`: a planted panic behind a four-byte comparison
//! (`postwright::fuzz_checks::planted_panic`). `make fuzz` runs it first and fails unless the
//! fuzzer finds the panic within 60 seconds, which shows the fuzzing is coverage-guided.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| postwright::fuzz_checks::planted_panic(data));
