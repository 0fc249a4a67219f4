//! `postwright lint` and `postwright rules`.

use std::cell::RefCell;
use std::io::Write;

use serde_json::{json, Value};

use super::baseline::{occurrences, Baseline, FindingKey};
use super::style_config::{StyleConfig, StyleFor};
use super::EXIT_INPUT;
use crate::import::{Imported, SourceMap};
use crate::lint::{self, Diagnostic};
use crate::model::{Document, Field, Posting, Severity};
use crate::text::{line_column, LineColumns};

const LINT_USAGE: &str = "usage: postwright lint [--format text|json|sarif|github] \
[--fail-on error|warning|suggestion|never] [--config FILE] [--baseline FILE [--write-baseline]] FILE...";

/// Output format of `postwright lint`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    /// SARIF 2.1.0 (`sarif.rs`).
    Sarif,
    /// GitHub Actions workflow annotations (`github.rs`).
    Github,
}

/// Parsed command line of `postwright lint`.
#[derive(Debug)]
struct Options<'a> {
    format: Format,
    /// Findings at or above this severity make the exit code 1; `None` never does.
    fail_on: Option<Severity>,
    /// The style file for every linted file; otherwise `.postwright.json` is looked for.
    config: Option<&'a str>,
    /// The baseline file: its findings are not reported (or, with `write_baseline`, it is written).
    baseline: Option<&'a str>,
    write_baseline: bool,
    files: Vec<&'a str>,
}

fn parse(args: &[String]) -> Result<Options<'_>, String> {
    let mut options = Options {
        format: Format::Text,
        fail_on: Some(Severity::Warning),
        config: None,
        baseline: None,
        write_baseline: false,
        files: Vec::new(),
    };
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value)),
            _ => (arg.as_str(), None),
        };
        match name {
            "--format" | "--fail-on" | "--config" | "--baseline" => {
                let value = match inline {
                    Some(value) => value,
                    None => rest
                        .next()
                        .map(String::as_str)
                        .ok_or_else(|| format!("{name} needs a value"))?,
                };
                match name {
                    "--format" => {
                        options.format = match value {
                            "text" => Format::Text,
                            "json" => Format::Json,
                            "sarif" => Format::Sarif,
                            "github" => Format::Github,
                            other => {
                                return Err(format!(
                                    "unknown format '{other}' (text, json, sarif or github)"
                                ))
                            }
                        };
                    }
                    "--config" => options.config = Some(value),
                    "--baseline" => options.baseline = Some(value),
                    _ => {
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
            }
            "--write-baseline" if inline.is_none() => options.write_baseline = true,
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
    if options.write_baseline && options.baseline.is_none() {
        return Err("--write-baseline needs --baseline FILE".to_owned());
    }
    Ok(options)
}

/// One finding of a run, with what every output format needs.
#[derive(Debug)]
pub(super) struct Finding {
    /// The file as given on the command line.
    pub file: String,
    /// The role, for a file that holds several.
    pub role: Option<String>,
    pub diagnostic: Diagnostic,
    /// The flagged words.
    pub words: String,
    /// The 1-based position of the list item holding the words.
    pub item: Option<usize>,
    /// Line and column in the input file of the first and the last flagged character (the
    /// column after it, for the end), when the words were copied from the file.
    pub source: Option<(usize, usize)>,
    pub source_end: Option<(usize, usize)>,
    /// The compiler-style line (`--format text`) and the JSON object (`--format json`).
    pub text_line: String,
    pub json: Value,
    /// What identifies it across runs (`--baseline`), and its stable fingerprint.
    pub key: FindingKey,
    pub fingerprint: String,
}

impl Finding {
    fn new(unit: &Unit<'_>, diagnostic: Diagnostic) -> Self {
        let posting = &unit.document.posting;
        let words = diagnostic.flagged_text(posting).to_owned();
        let key = FindingKey::new(
            unit.file,
            unit.role,
            diagnostic.rule,
            &words,
            diagnostic.section.id(),
        );
        Self {
            file: unit.file.to_owned(),
            role: unit.role.map(str::to_owned),
            item: diagnostic.field.and_then(|f| item_position(posting, f)),
            source: unit.source_position(&diagnostic),
            source_end: unit.source_end(&diagnostic),
            text_line: text_line(unit, &diagnostic),
            json: json_finding(unit, &diagnostic),
            words,
            diagnostic,
            key,
            fingerprint: String::new(),
        }
    }
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
    let mut styles = match options.config {
        Some(path) => match StyleConfig::fixed(path) {
            Ok(styles) => styles,
            Err(message) => {
                let _ = writeln!(err, "postwright lint: style file {message}");
                return EXIT_INPUT;
            }
        },
        None => StyleConfig::discover(),
    };
    let baseline = match (options.baseline, options.write_baseline) {
        (Some(path), false) => match read_baseline(path) {
            Ok(baseline) => Some(baseline),
            Err(message) => {
                let _ = writeln!(err, "postwright lint: {message}");
                return EXIT_INPUT;
            }
        },
        _ => None,
    };
    let mut unreadable = false;
    let mut linted = 0usize;
    let mut findings: Vec<Finding> = Vec::new();
    // Text output ends each file with its writing guidance (`lint::guidance`), after the findings.
    let mut guidance_lines: Vec<String> = Vec::new();
    for file in &options.files {
        let style = match styles.style_for(file) {
            StyleFor::None => None,
            StyleFor::Style(style) => Some(style),
            StyleFor::Broken { message, first } => {
                if first {
                    let _ = writeln!(err, "postwright lint: style file {message}");
                }
                let _ = writeln!(
                    err,
                    "postwright lint: {file}: not linted: its style file cannot be read"
                );
                unreadable = true;
                continue;
            }
        };
        let imported = match super::import_file(file) {
            Ok(imported) => imported,
            Err(message) => {
                let _ = writeln!(err, "postwright lint: {message}");
                unreadable = true;
                continue;
            }
        };
        linted += 1;
        for unit in units(file, &imported) {
            let report = lint::check_with(
                &unit.document.posting,
                &unit.document.lint,
                style.as_deref(),
            );
            findings.extend(
                report
                    .diagnostics
                    .into_iter()
                    .map(|diagnostic| Finding::new(&unit, diagnostic)),
            );
            if options.format == Format::Text {
                guidance_lines.push(format!(
                    "{}: guidance: {}",
                    unit.label(),
                    guidance_line(&unit.document.posting)
                ));
            }
        }
    }
    let keys: Vec<FindingKey> = findings.iter().map(|f| f.key.clone()).collect();
    for (finding, occurrence) in findings.iter_mut().zip(occurrences(&keys)) {
        finding.fingerprint = finding.key.fingerprint(occurrence);
    }
    if let (Some(path), true) = (options.baseline, options.write_baseline) {
        let written = Baseline::from_keys(&keys);
        if let Err(error) = std::fs::write(path, written.to_json()) {
            let _ = writeln!(err, "postwright lint: {path}: {error}");
            return EXIT_INPUT;
        }
        let _ = writeln!(
            err,
            "postwright lint: wrote {} to the baseline {path}",
            plural(written.len(), "finding")
        );
        return if unreadable { EXIT_INPUT } else { 0 };
    }
    let mut known = 0usize;
    if let Some(baseline) = &baseline {
        let is_known = baseline.known(&keys);
        known = is_known.iter().filter(|known| **known).count();
        let mut flags = is_known.into_iter();
        findings.retain(|_| !flags.next().unwrap_or(false));
    }
    let mut counts = [0usize; 3];
    let mut failing = false;
    for finding in &findings {
        let severity = finding.diagnostic.severity;
        counts[severity as usize] += 1;
        failing |= options
            .fail_on
            .is_some_and(|threshold| severity >= threshold);
    }
    match options.format {
        Format::Text | Format::Github => {
            for finding in &findings {
                let line = match options.format {
                    Format::Github => super::github::annotation(finding),
                    _ => finding.text_line.clone(),
                };
                let _ = writeln!(out, "{line}");
            }
            for line in &guidance_lines {
                let _ = writeln!(out, "{line}");
            }
            let mut summary = summary_line(linted, counts);
            if baseline.is_some() {
                summary.push_str(&format!(
                    " ({} in the baseline not shown)",
                    plural(known, "known finding")
                ));
            }
            let _ = writeln!(out, "{summary}");
        }
        Format::Json => {
            let list: Vec<Value> = findings.into_iter().map(|finding| finding.json).collect();
            let text =
                serde_json::to_string_pretty(&Value::Array(list)).unwrap_or_else(|_| "[]".into());
            let _ = writeln!(out, "{text}");
        }
        Format::Sarif => {
            let log = super::sarif::log(&findings, baseline.is_some(), !unreadable);
            let text = serde_json::to_string_pretty(&log).unwrap_or_else(|_| "{}".into());
            let _ = writeln!(out, "{text}");
        }
    }
    if unreadable {
        EXIT_INPUT
    } else {
        i32::from(failing)
    }
}

/// Reads `--baseline FILE`.
fn read_baseline(path: &str) -> Result<Baseline, String> {
    let bytes = super::read_input(path)
        .map_err(|message| format!("baseline {message} (write one with --write-baseline)"))?;
    let text = String::from_utf8(bytes).map_err(|_| format!("baseline {path}: not UTF-8"))?;
    Baseline::from_json(&text).map_err(|message| format!("baseline {path}: {message}"))
}

fn plural(count: usize, word: &str) -> String {
    if count == 1 {
        format!("1 {word}")
    } else {
        format!("{count} {word}s")
    }
}

/// The score card's writing guidance in one line ("You and we: 4 you, 2 we; Reading level:
/// grade 9; Must-haves: 60%"); measures past their threshold are marked "(consider a change)".
fn guidance_line(posting: &Posting) -> String {
    lint::guidance(posting)
        .iter()
        .map(|item| {
            let flag = if item.suggestion.is_some() {
                " (consider a change)"
            } else {
                ""
            };
            format!("{}: {}{flag}", item.label, item.value)
        })
        .collect::<Vec<_>>()
        .join("; ")
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
    /// A reader of line and column per field, asked in the findings' order (see
    /// [`Unit::field_position`]).
    positions: RefCell<Vec<(Field, LineColumns<'a>)>>,
}

impl<'a> Unit<'a> {
    fn new(
        file: &'a str,
        role: Option<&'a str>,
        document: &'a Document,
        source_map: &'a SourceMap,
    ) -> Self {
        Self {
            file,
            role,
            document,
            source_map,
            positions: RefCell::new(Vec::new()),
        }
    }

    /// One-based line and column of the finding's start inside its field's text. Findings
    /// come in order within a field, so each field's text is read once, not once per finding
    /// (a long line with thousands of findings stays linear).
    fn field_position(&self, diagnostic: &Diagnostic) -> Option<(usize, usize)> {
        let field = diagnostic.field?;
        let span = diagnostic.span.as_ref()?;
        let text = self.document.posting.text(field)?;
        let mut positions = self.positions.borrow_mut();
        // Findings come grouped by field: the last field read is the one asked for most often.
        let at = match positions.iter().rposition(|(known, _)| *known == field) {
            Some(at) => at,
            None => {
                positions.push((field, LineColumns::new(text)));
                positions.len() - 1
            }
        };
        Some(positions[at].1.of(span.start))
    }

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

    /// One-based line and column in the input file just after the finding's last character,
    /// when that character was copied from the file.
    fn source_end(&self, diagnostic: &Diagnostic) -> Option<(usize, usize)> {
        let field = diagnostic.field?;
        let span = diagnostic.span.as_ref()?;
        let text = self.document.posting.text(field)?;
        let (last, _) = text.get(span.clone())?.char_indices().last()?;
        let (line, column) = self.source_map.position(field, span.start + last)?;
        Some((line, column + 1))
    }
}

/// The units to lint: each role of a multi-role file on its own, or else the whole file.
fn units<'a>(file: &'a str, imported: &'a Imported) -> Vec<Unit<'a>> {
    if imported.roles.len() > 1 {
        return imported
            .roles
            .iter()
            .map(|role| {
                Unit::new(
                    file,
                    Some(role.title.as_str()),
                    &role.document,
                    &role.source_map,
                )
            })
            .collect();
    }
    vec![Unit::new(
        file,
        None,
        &imported.document,
        &imported.source_map,
    )]
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
        if let Some((line, column)) = unit.field_position(diagnostic) {
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
        if let Some((line, column)) = source.or_else(|| unit.field_position(diagnostic)) {
            map.insert("line".to_owned(), json!(line));
            map.insert("column".to_owned(), json!(column));
            map.insert("in_file".to_owned(), json!(source.is_some()));
        }
    }
    // The other places the finding names ("also 'up to $185,000'", "the earlier item"), which
    // the editor marks beside its words.
    if let (false, Value::Object(map)) = (diagnostic.related.is_empty(), &mut object) {
        let related: Vec<Value> = diagnostic
            .related
            .iter()
            .map(|related| {
                let field_text = posting.text(related.field);
                let text = field_text
                    .and_then(|text| text.get(related.span.clone()))
                    .unwrap_or_default();
                let mut place = json!({
                    "field": related.field,
                    "item": item_position(posting, related.field),
                    "start": related.span.start,
                    "end": related.span.end,
                    "text": text,
                    "message": related.message,
                });
                let source = unit.source_map.position(related.field, related.span.start);
                let inside = field_text.map(|text| line_column(text, related.span.start));
                if let (Some((line, column)), Value::Object(place)) =
                    (source.or(inside), &mut place)
                {
                    place.insert("line".to_owned(), json!(line));
                    place.insert("column".to_owned(), json!(column));
                    place.insert("in_file".to_owned(), json!(source.is_some()));
                }
                place
            })
            .collect();
        map.insert("related".to_owned(), json!(related));
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
        let given = args(&[
            "--format",
            "sarif",
            "--config=s.json",
            "--baseline",
            "b",
            "a",
        ]);
        let options = parse(&given).unwrap();
        assert_eq!(options.format, Format::Sarif);
        assert_eq!(options.config, Some("s.json"));
        assert_eq!(options.baseline, Some("b"));
        assert!(!options.write_baseline);
        assert!(parse(&args(&["--write-baseline", "a"])).is_err());
        assert!(parse(&args(&["--baseline", "b", "--write-baseline", "a"])).is_ok());
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
        let unit = Unit::new("x.txt", None, &document, &source_map);
        assert_eq!(
            text_line(&unit, jargon),
            "x.txt: must-have:item 2:2:3: warning[culture-jargon]: 'rockstar' is hero jargon for an employee."
        );
    }

    #[test]
    fn guidance_line_names_each_measure_and_marks_suggestions() {
        let mut posting = Posting::default();
        for text in ["SQL", "Python", "Airflow", "dbt", "Kafka"] {
            posting.push_item(crate::model::ListKind::MustHave, text);
        }
        assert_eq!(
            guidance_line(&posting),
            "You and we: 0 you, 0 we; Reading level: too short; \
             Must-haves: 100% (consider a change)"
        );
    }
}
