//! `postwright lint` and `postwright rules`.

use std::io::Write;

use serde_json::{json, Value};

use super::EXIT_INPUT;
use crate::import::{Imported, SourceMap};
use crate::lint::{self, Diagnostic};
use crate::model::{Document, Field, Posting, Severity};
use crate::text::line_column;

const LINT_USAGE: &str =
    "usage: postwright lint [--format text|json] [--fail-on error|warning|suggestion|never] FILE...";

/// Output format of `postwright lint`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

/// Parsed command line of `postwright lint`.
#[derive(Debug)]
struct Options<'a> {
    format: Format,
    /// Findings at or above this severity make the exit code 1; `None` never does.
    fail_on: Option<Severity>,
    files: Vec<&'a str>,
}

fn parse(args: &[String]) -> Result<Options<'_>, String> {
    let mut options = Options {
        format: Format::Text,
        fail_on: Some(Severity::Warning),
        files: Vec::new(),
    };
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value)),
            _ => (arg.as_str(), None),
        };
        match name {
            "--format" | "--fail-on" => {
                let value = match inline {
                    Some(value) => value,
                    None => rest
                        .next()
                        .map(String::as_str)
                        .ok_or_else(|| format!("{name} needs a value"))?,
                };
                if name == "--format" {
                    options.format = match value {
                        "text" => Format::Text,
                        "json" => Format::Json,
                        other => return Err(format!("unknown format '{other}' (text or json)")),
                    };
                } else {
                    options.fail_on = match value {
                        "never" => None,
                        other => Some(Severity::from_id(other).ok_or_else(|| {
                            format!(
                                "unknown --fail-on '{other}' (error, warning, suggestion or never)"
                            )
                        })?),
                    };
                }
            }
            "--" => options.files.extend(rest.by_ref().map(String::as_str)),
            flag if flag.starts_with('-') && flag.len() > 1 => {
                return Err(format!("unknown option '{flag}'"));
            }
            file => options.files.push(file),
        }
    }
    if options.files.is_empty() {
        return Err("no FILE given".to_owned());
    }
    Ok(options)
}

/// `postwright lint ...`
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let options = match parse(args) {
        Ok(options) => options,
        Err(message) => {
            let _ = writeln!(err, "postwright lint: {message}\n{LINT_USAGE}");
            return EXIT_INPUT;
        }
    };
    let mut unreadable = false;
    let mut failing = false;
    let mut counts = [0usize; 3];
    let mut linted = 0usize;
    let mut json_findings = Vec::new();
    for file in &options.files {
        let imported = match super::read_input(file).and_then(|bytes| {
            crate::import::import_bytes(&bytes).map_err(|error| format!("{file}: {error}"))
        }) {
            Ok(imported) => imported,
            Err(message) => {
                let _ = writeln!(err, "postwright lint: {message}");
                unreadable = true;
                continue;
            }
        };
        linted += 1;
        for unit in units(file, &imported) {
            let posting = &unit.document.posting;
            let diagnostics = lint::lint(posting, &unit.document.lint);
            for diagnostic in &diagnostics {
                counts[diagnostic.severity as usize] += 1;
                failing |= options
                    .fail_on
                    .is_some_and(|threshold| diagnostic.severity >= threshold);
                match options.format {
                    Format::Text => {
                        let _ = writeln!(out, "{}", text_line(&unit, diagnostic));
                    }
                    Format::Json => json_findings.push(json_finding(&unit, diagnostic)),
                }
            }
        }
    }
    match options.format {
        Format::Text => {
            let _ = writeln!(out, "{}", summary_line(linted, counts));
        }
        Format::Json => {
            let text = serde_json::to_string_pretty(&Value::Array(json_findings))
                .unwrap_or_else(|_| "[]".to_owned());
            let _ = writeln!(out, "{text}");
        }
    }
    if unreadable {
        EXIT_INPUT
    } else {
        i32::from(failing)
    }
}

fn plural(count: usize, word: &str) -> String {
    if count == 1 {
        format!("1 {word}")
    } else {
        format!("{count} {word}s")
    }
}

fn summary_line(files: usize, counts: [usize; 3]) -> String {
    let [suggestions, warnings, errors] = counts;
    format!(
        "{} linted: {}, {}, {}",
        plural(files, "file"),
        plural(errors, "error"),
        plural(warnings, "warning"),
        plural(suggestions, "suggestion")
    )
}

/// What one lint run covers: a whole file, or one role of a file that holds several.
struct Unit<'a> {
    file: &'a str,
    /// The role's title, for a file that holds several roles.
    role: Option<&'a str>,
    document: &'a Document,
    source_map: &'a SourceMap,
}

impl Unit<'_> {
    /// `file.md` or `file.md [Senior Paralegal]`.
    fn label(&self) -> String {
        match self.role {
            Some(role) => format!("{} [{role}]", self.file),
            None => self.file.to_owned(),
        }
    }

    /// One-based line and column in the input file of the finding's start, when its text was
    /// copied from the file.
    fn source_position(&self, diagnostic: &Diagnostic) -> Option<(usize, usize)> {
        let field = diagnostic.field?;
        let span = diagnostic.span.as_ref()?;
        self.source_map.position(field, span.start)
    }
}

/// The units to lint: each role of a multi-role file on its own, or else the whole file.
fn units<'a>(file: &'a str, imported: &'a Imported) -> Vec<Unit<'a>> {
    if imported.roles.len() > 1 {
        return imported
            .roles
            .iter()
            .map(|role| Unit {
                file,
                role: Some(role.title.as_str()),
                document: &role.document,
                source_map: &role.source_map,
            })
            .collect();
    }
    vec![Unit {
        file,
        role: None,
        document: &imported.document,
        source_map: &imported.source_map,
    }]
}

/// The 1-based position of a list item in its list.
fn item_position(posting: &Posting, field: Field) -> Option<usize> {
    let Field::Item(kind, id) = field else {
        return None;
    };
    posting
        .list(kind)
        .iter()
        .position(|item| item.id == id)
        .map(|index| index + 1)
}

/// Line and column of the finding's start inside its field, when it has a span.
fn position(posting: &Posting, diagnostic: &Diagnostic) -> Option<(usize, usize)> {
    let field = diagnostic.field?;
    let span = diagnostic.span.as_ref()?;
    let text = posting.text(field)?;
    Some(line_column(text, span.start))
}

/// `FILE[ [ROLE]]:LINE:COL: section[:item N]: severity[rule]: message` when the finding's text
/// came from the file (a text or Markdown file), else
/// `FILE[ [ROLE]]: section[:item N][:line:col]: severity[rule]: message` with the line and
/// column inside the field (a JSON draft).
fn text_line(unit: &Unit<'_>, diagnostic: &Diagnostic) -> String {
    let posting = &unit.document.posting;
    let source = unit.source_position(diagnostic);
    let mut location = match source {
        Some((line, column)) => format!(
            "{}:{line}:{column}: {}",
            unit.label(),
            diagnostic.section.id()
        ),
        None => format!("{}: {}", unit.label(), diagnostic.section.id()),
    };
    if let Some(item) = diagnostic.field.and_then(|f| item_position(posting, f)) {
        location.push_str(&format!(":item {item}"));
    }
    if source.is_none() {
        if let Some((line, column)) = position(posting, diagnostic) {
            location.push_str(&format!(":{line}:{column}"));
        }
    }
    format!(
        "{location}: {}[{}]: {}",
        diagnostic.severity.id(),
        diagnostic.rule,
        diagnostic.sentence()
    )
}

/// One finding as JSON. `line` and `column` are the position in the input file when the text
/// came from it, else inside the field; `role` names the role of a multi-role file.
fn json_finding(unit: &Unit<'_>, diagnostic: &Diagnostic) -> Value {
    let posting = &unit.document.posting;
    let mut object = json!({
        "file": unit.file,
        "role": unit.role,
        "rule": diagnostic.rule,
        "category": diagnostic.category.id(),
        "severity": diagnostic.severity.id(),
        "section": diagnostic.section.id(),
        "field": diagnostic.field,
        "item": diagnostic.field.and_then(|f| item_position(posting, f)),
        "message": diagnostic.message,
        "help": diagnostic.help,
        "text": diagnostic.flagged_text(posting),
        "fixes": diagnostic.fixes.iter().map(|fix| json!({
            "title": fix.title,
            "edits": fix.edits.iter().map(|edit| json!({
                "field": edit.field,
                "start": edit.range.start,
                "end": edit.range.end,
                "replacement": edit.replacement,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    });
    if let (Some(span), Value::Object(map)) = (&diagnostic.span, &mut object) {
        map.insert("start".to_owned(), json!(span.start));
        map.insert("end".to_owned(), json!(span.end));
        let source = unit.source_position(diagnostic);
        if let Some((line, column)) = source.or_else(|| position(posting, diagnostic)) {
            map.insert("line".to_owned(), json!(line));
            map.insert("column".to_owned(), json!(column));
            map.insert("in_file".to_owned(), json!(source.is_some()));
        }
    }
    object
}

/// `postwright rules [ID]`
pub fn rules(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match args {
        [] => {
            for rule in lint::rules() {
                let _ = writeln!(
                    out,
                    "{:<24} {:<10} {:<10} {}",
                    rule.id,
                    rule.category.id(),
                    rule.default_severity.id(),
                    rule.summary
                );
            }
            0
        }
        [id] => match lint::rule(id) {
            Some(rule) => {
                let _ = writeln!(
                    out,
                    "# {}\n\nCategory: {}. Default severity: {}. Fix: {}.\n",
                    rule.id,
                    rule.category.label(),
                    rule.default_severity.id(),
                    if rule.has_fix { "yes" } else { "no" }
                );
                let _ = write!(out, "{}", rule.documentation());
                0
            }
            None => {
                let _ = writeln!(
                    err,
                    "postwright rules: no rule '{id}' (run `postwright rules` for the list)"
                );
                EXIT_INPUT
            }
        },
        _ => {
            let _ = writeln!(err, "usage: postwright rules [RULE-ID]");
            EXIT_INPUT
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_options() {
        let given = args(&["--format=json", "--fail-on", "never", "a.txt", "b.md"]);
        let options = parse(&given).unwrap();
        assert_eq!(options.format, Format::Json);
        assert_eq!(options.fail_on, None);
        assert_eq!(options.files, ["a.txt", "b.md"]);
        assert!(parse(&args(&["--format", "xml", "a"])).is_err());
        assert!(parse(&args(&["--fail-on", "error"])).is_err());
        assert!(parse(&args(&["--bogus", "a"])).is_err());
    }

    #[test]
    fn text_lines_name_section_item_and_position() {
        let mut posting = Posting::default();
        posting.push_item(crate::model::ListKind::MustHave, "Rust");
        let id = posting.push_item(crate::model::ListKind::MustHave, "ok\nA rockstar");
        let diagnostics = lint::lint(&posting, &Default::default());
        let jargon = diagnostics
            .iter()
            .find(|d| d.rule == "culture-jargon")
            .unwrap();
        assert_eq!(
            jargon.field,
            Some(Field::Item(crate::model::ListKind::MustHave, id))
        );
        let document = Document::new(posting);
        let source_map = SourceMap::default();
        let unit = Unit {
            file: "x.txt",
            role: None,
            document: &document,
            source_map: &source_map,
        };
        assert_eq!(
            text_line(&unit, jargon),
            "x.txt: must-have:item 2:2:3: warning[culture-jargon]: 'rockstar' is hero jargon for an employee."
        );
    }
}
