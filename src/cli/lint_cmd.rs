//! `postwright lint` and `postwright rules`.

use std::io::Write;

/// `postwright lint ...`
pub fn run(_args: &[String], _out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let _ = writeln!(err, "postwright lint: not available yet");
    super::EXIT_INPUT
}

/// `postwright rules [ID]`
pub fn rules(_args: &[String], out: &mut dyn Write, _err: &mut dyn Write) -> i32 {
    for rule in crate::lint::rules() {
        let _ = writeln!(out, "{:<24} {}", rule.id, rule.summary);
    }
    0
}
