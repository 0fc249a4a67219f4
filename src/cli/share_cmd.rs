//! `postwright share FILE [--base URL]`: prints the share link of a posting (any file
//! `postwright lint` reads), the same link the app's "Copy link" makes.

use std::io::Write;

use crate::export::share_link;

const USAGE: &str = "usage: postwright share FILE [--base URL]";

/// Exit code when the draft is too long for a link.
const EXIT_TOO_LONG: i32 = 1;

/// `postwright share FILE --base URL`
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let mut base = None;
    let mut files = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--base" => {
                let Some(url) = rest.next() else {
                    let _ = writeln!(err, "postwright share: --base needs a URL\n{USAGE}");
                    return super::EXIT_INPUT;
                };
                base = Some(url.clone());
            }
            "-h" | "--help" => {
                let _ = writeln!(
                    out,
                    "{USAGE}\n\nPrints the link that opens FILE in Postwright at URL (the app's \
                     address); without --base, prints the part after the '#' to append to it."
                );
                return 0;
            }
            other => match other.strip_prefix("--base=") {
                Some(url) => base = Some(url.to_owned()),
                None if other.starts_with("--") => {
                    let _ = writeln!(err, "postwright share: unknown option '{other}'\n{USAGE}");
                    return super::EXIT_INPUT;
                }
                None => files.push(other.to_owned()),
            },
        }
    }
    let [path] = files.as_slice() else {
        let _ = writeln!(err, "postwright share: give exactly one FILE\n{USAGE}");
        return super::EXIT_INPUT;
    };
    let imported = match super::import_file(path) {
        Ok(imported) => imported,
        Err(message) => {
            let _ = writeln!(err, "postwright share: {message}");
            return super::EXIT_INPUT;
        }
    };
    for warning in &imported.warnings {
        let _ = writeln!(err, "postwright share: {path}: {warning}");
    }
    match share_link::link(base.as_deref().unwrap_or_default(), &imported.document) {
        Ok(link) => {
            let _ = writeln!(out, "{link}");
            0
        }
        Err(error) => {
            let _ = writeln!(
                err,
                "postwright share: {path}: {error} (postwright export --to json {path})."
            );
            EXIT_TOO_LONG
        }
    }
}
