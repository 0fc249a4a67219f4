//! The command-line tool: `postwright lint` and `postwright export`, over the same engine,
//! importers and exporters as the web app.
//!
//! Exit codes: 0 success, 1 findings at or above `--fail-on`, 2 unreadable input or bad usage.

use std::io::Write;

mod baseline;
mod corpus_cmd;
mod corpus_import;
mod corpus_lint;
mod eval_cmd;
mod export_cmd;
mod github;
mod lint_cmd;
mod sarif;
mod share_cmd;
mod style_config;

/// Exit code for a usage error or a file that cannot be read.
pub const EXIT_INPUT: i32 = 2;

const HELP: &str = "\
postwright - lint and convert job postings

USAGE:
    postwright lint [--format text|json|sarif|github] [--fail-on error|warning|suggestion|never]
                    [--config FILE] [--baseline FILE [--write-baseline]] FILE...
    postwright export --to json|html|jsonld|markdown|text FILE
    postwright share FILE [--base URL]     prints a link that opens FILE in the app at URL
    postwright rules [RULE-ID]
    postwright corpus DIR [--verbose]      regression run over a folder of postings
    postwright eval LABELS-DIR [--corpus DIR] [--set tuning|held-out|all] [--min-precision P]
                    [--min-recall R]       precision and recall on a labelled set (eval/)
    postwright --help | --version

FILE may be a Postwright draft (.json), schema.org JSON-LD (.json or an .html page containing
it), Markdown or plain text; the kind is detected from the content.

LINT OPTIONS:
    --format sarif     a SARIF 2.1.0 log (code scanning); github: workflow annotations
    --config FILE      the house style for every file; without it, the nearest
                       .postwright.json in each file's folder or above is used
    --baseline FILE    findings recorded in FILE are not reported and do not fail
    --write-baseline   record every current finding in the --baseline FILE (exit 0)

EXIT CODES:
    0  no finding reached --fail-on (lint), or the export was written
    1  a finding reached --fail-on (default: warning), or a share link would be too long
    2  a file, style file or baseline could not be read or parsed, or the command line
       was wrong
";

/// Runs the tool with `args` (without the program name); returns the exit code.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let Some(command) = args.first() else {
        let _ = write!(err, "{HELP}");
        return EXIT_INPUT;
    };
    let rest = &args[1..];
    match command.as_str() {
        "-h" | "--help" | "help" => {
            let _ = write!(out, "{HELP}");
            0
        }
        "-V" | "--version" => {
            let _ = writeln!(out, "postwright {}", crate::VERSION);
            0
        }
        "lint" => lint_cmd::run(rest, out, err),
        "export" => export_cmd::run(rest, out, err),
        "share" => share_cmd::run(rest, out, err),
        "rules" => lint_cmd::rules(rest, out, err),
        "corpus" => corpus_cmd::run(rest, out, err),
        "eval" => eval_cmd::run(rest, out, err),
        other => {
            let _ = writeln!(err, "postwright: unknown command '{other}' (try --help)");
            EXIT_INPUT
        }
    }
}

/// Reads a file for a subcommand, or returns the one-line message naming the file and reason.
pub(crate) fn read_input(path: &str) -> Result<Vec<u8>, String> {
    let metadata =
        std::fs::metadata(path).map_err(|error| format!("{path}: {}", plain_io_error(&error)))?;
    if metadata.is_dir() {
        return Err(format!("{path}: is a directory"));
    }
    if metadata.len() as usize > crate::import::MAX_INPUT_BYTES {
        return Err(format!(
            "{path}: {}",
            crate::import::ImportError::TooLarge {
                bytes: metadata.len() as usize
            }
        ));
    }
    std::fs::read(path).map_err(|error| format!("{path}: {}", plain_io_error(&error)))
}

/// Reads the file at `path` and imports it: the one way every command reads a posting.
/// The error names the file.
pub(crate) fn import_file(path: &str) -> Result<crate::import::Imported, String> {
    let bytes = read_input(path)?;
    crate::import::import_bytes(&bytes).map_err(|error| format!("{path}: {error}"))
}

fn plain_io_error(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => error.to_string(),
    }
}
