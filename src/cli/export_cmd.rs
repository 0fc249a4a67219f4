//! `postwright export`.

use std::io::Write;

/// `postwright export --to FORMAT FILE`
pub fn run(_args: &[String], _out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let _ = writeln!(err, "postwright export: not available yet");
    super::EXIT_INPUT
}
