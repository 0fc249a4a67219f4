//! `postwright eval LABELS`: precision and recall of the lint rules on a labelled set.
//!
//! The labelled set (`eval/`, see `eval/README.md`) names, for each posting, every problem a
//! careful reviewer raised (rule, section, the exact words) and the tempting words that must
//! not be flagged. This command imports each posting, lints it with the default settings and
//! matches findings to labels:
//!
//! - a finding matches a problem when the rule is the same and the finding's span overlaps one
//!   of the places where the problem's words occur (or the one occurrence the label names);
//!   a finding's spans are its own and those of its related places, the other places it names
//!   and the editor marks ("also 'up to $185,000'", "the earlier item"): the report gives the
//!   figures on the finding's own span alone too;
//! - a finding without a span (posting-level) matches a problem of the same rule without words,
//!   in the same section when the label names one, and a problem of the same rule with words
//!   in the section it names or at one of its related places (the issue's definition: posting-level findings match by rule and
//!   section); a spanned finding matches a problem without words when the sections agree;
//! - on a labelled posting, a finding that matches no problem is a false alarm; precision is
//!   matched findings over findings, recall matched problems over problems.
//!
//! Label words that cannot be found in the imported posting are label errors: they are listed
//! and counted as misses, so a broken label never flatters the figures.

use std::collections::BTreeMap;
use std::io::Write;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::lint::{lint, Diagnostic};
use crate::model::{Field, LintSettings, Posting, Section};

use super::EXIT_INPUT;

/// Per-rule figures are printed once a rule has at least this many findings or problems.
const MIN_PER_RULE: usize = 10;

const HELP: &str = "\
usage: postwright eval [--corpus DIR] [--postings DIR] [--scope FILE] [--set tuning|held-out|all]
                       [--min-precision P] [--min-recall R] [--min-rule-precision P]
                       [--quiet] [--check] LABELS-DIR

Lints every posting named by the label files in LABELS-DIR (*.json) and prints precision and
recall per rule and overall, for the tuning and held-out sets, then every false alarm and miss.
`written:NAME` postings are read from --postings (default: LABELS-DIR/../postings),
`corpus:NAME` postings from --corpus/postings (default: $POSTWRIGHT_CORPUS or ../shared/corpus;
skipped with a note when absent). --scope (default: LABELS-DIR/../scope.json) maps proposed
label ids to the rules that now check them and names the ids outside the rules' scope, which
are listed apart. With --min-* the exit code is 1 when a set falls below.

--check checks the label files without linting anything, so a labeller can verify labels while
staying blind to the linter: every file parses, every posting imports, every problem's and
fine entry's words are in the imported posting (at the occurrence named), every section id
exists; rule ids that are neither rules nor in the scope file are listed as proposed ids.
Exit code 1 when a label is broken.
";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LabelFile {
    posting: String,
    set: String,
    /// Free remarks on the posting as a whole, for the people reading the labels.
    #[serde(default, rename = "notes")]
    _notes: String,
    #[serde(default)]
    problems: Vec<Problem>,
    #[serde(default)]
    fine: Vec<Fine>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Problem {
    rule: String,
    #[serde(default)]
    section: Option<String>,
    #[serde(default)]
    words: Option<String>,
    /// A rule that took this label's check over when a rule was split (see [`Scope`]): its
    /// findings match the label too. Set from `scope.json`, never read from a label file.
    #[serde(skip)]
    also: Option<String>,
    #[serde(default)]
    occurrence: Option<usize>,
    #[serde(default)]
    reason: String,
}

/// `eval/scope.json`: what the labelled problems are measured against.
///
/// - `aliases`: a label id proposed for a check that did not exist when the posting was
///   labelled, mapped to the rule that now makes that check (`"empty-field"` ->
///   `"placeholder-text"`), with the reason.
/// - `outside`: label ids for problems no rule of Postwright sets out to find (spelling, say),
///   with the reason. They are listed and counted apart, never silently dropped.
/// - `split`: a rule whose check was partly moved to a new rule, mapped to that rule, with the
///   reason. A label written with the old id keeps it, and a finding of either rule on the
///   label's words matches it (`"ability-bias"` labels written before `physical-demands` took
///   over the physical requirements).
/// - `not_labelled_in_corpus`: rules whose problems the corpus labels leave out by convention,
///   with the reason (`"equal-opportunity-missing"`: the corpus files are postings with their
///   site templates removed, and the statement lives in the template). Their findings on corpus
///   postings are neither matches nor false alarms; they are counted and listed apart.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Scope {
    #[serde(default)]
    aliases: BTreeMap<String, Reasoned>,
    #[serde(default)]
    split: BTreeMap<String, Reasoned>,
    #[serde(default)]
    outside: BTreeMap<String, String>,
    #[serde(default)]
    not_labelled_in_corpus: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Reasoned {
    rule: String,
    #[serde(default, rename = "why")]
    _why: String,
}

impl Scope {
    /// Takes the findings of rules the corpus labels leave out off a corpus posting's
    /// findings, into its `not_counted`.
    fn set_apart(&self, result: &mut Evaluated) {
        if !result.name.starts_with("corpus:") {
            return;
        }
        let rules = &self.not_labelled_in_corpus;
        let mut not_counted = Vec::new();
        result.findings.retain(|(diagnostic, _, _)| {
            let counted = !rules.contains_key(diagnostic.rule);
            if !counted {
                not_counted.push(diagnostic.rule.to_owned());
            }
            counted
        });
        result.not_counted = not_counted;
    }

    /// Renames aliased problems and takes out the ones outside the rules' scope, returning
    /// those as (rule, words) pairs.
    fn apply(&self, labels: &mut LabelFile) -> Vec<(String, String)> {
        for problem in &mut labels.problems {
            if let Some(alias) = self.aliases.get(&problem.rule) {
                problem.rule.clone_from(&alias.rule);
            }
            problem.also = self.split.get(&problem.rule).map(|to| to.rule.clone());
        }
        let (outside, inside): (Vec<Problem>, Vec<Problem>) = std::mem::take(&mut labels.problems)
            .into_iter()
            .partition(|problem| self.outside.contains_key(&problem.rule));
        labels.problems = inside;
        outside
            .into_iter()
            .map(|problem| (problem.rule, problem.words.unwrap_or_default()))
            .collect()
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Fine {
    words: String,
    #[serde(default)]
    occurrence: Option<usize>,
    #[serde(default)]
    rule: Option<String>,
    #[serde(default)]
    reason: String,
}

/// Where some words are in a posting.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Place {
    field: Field,
    span: Range<usize>,
}

/// Every occurrence of `words` in the posting's prose fields, in reading order. Exact matches
/// first; when there are none, a case-insensitive match with runs of white space made equal.
fn occurrences(posting: &Posting, words: &str) -> Vec<Place> {
    let fields = posting.prose_fields();
    let mut found = Vec::new();
    for (field, text) in &fields {
        found.extend(text.match_indices(words).map(|(start, _)| Place {
            field: *field,
            span: start..start + words.len(),
        }));
    }
    if !found.is_empty() {
        return found;
    }
    let pattern = words
        .split_whitespace()
        .map(regex::escape)
        .collect::<Vec<_>>()
        .join(r"\s+");
    let Ok(pattern) = regex::Regex::new(&format!("(?i){pattern}")) else {
        return found;
    };
    for (field, text) in &fields {
        found.extend(pattern.find_iter(text).map(|m| Place {
            field: *field,
            span: m.range(),
        }));
    }
    found
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

fn section_matches(label: Option<&str>, section: Section) -> bool {
    label.is_none_or(|id| id == section.id())
}

/// How a finding and a problem met.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Match {
    No,
    /// Only through a related place of the finding (the other places it names).
    Related,
    /// Through the finding's own span, or by rule and section for a posting-level finding.
    Own,
}

impl Match {
    fn any(self) -> bool {
        self != Match::No
    }
}

/// One labelled posting, linted and matched.
struct Evaluated {
    name: String,
    set: String,
    findings: Vec<(Diagnostic, String, Match)>,
    /// Per problem: how it was matched, and its rule, section, words and reason for the listing.
    problems: Vec<(Match, String, String, String, String)>,
    /// Labelled problems outside the rules' scope (see [`Scope`]): rule and words.
    outside: Vec<(String, String)>,
    /// Findings of rules the corpus labels leave out (see [`Scope`]), on a corpus posting.
    not_counted: Vec<String>,
    label_errors: Vec<String>,
}

fn evaluate(name: &str, labels: &LabelFile, posting: &Posting) -> Evaluated {
    let diagnostics = lint(posting, &LintSettings::default());
    let mut label_errors = Vec::new();
    // Where each problem's words are.
    let places: Vec<Option<Vec<Place>>> = labels
        .problems
        .iter()
        .map(|problem| {
            let words = problem.words.as_deref()?;
            let all = occurrences(posting, words);
            let chosen = match problem.occurrence {
                Some(n) => all.get(n.wrapping_sub(1)).cloned().into_iter().collect(),
                None => all,
            };
            if chosen.is_empty() {
                label_errors.push(format!(
                    "{name}: the words \"{words}\" ({}{}) are not in the imported posting",
                    problem.rule,
                    problem
                        .occurrence
                        .map_or(String::new(), |n| format!(", occurrence {n}"))
                ));
            }
            Some(chosen)
        })
        .collect();
    let fine_places: Vec<(&Fine, Vec<Place>)> = labels
        .fine
        .iter()
        .map(|fine| {
            let all = occurrences(posting, &fine.words);
            let chosen = match fine.occurrence {
                Some(n) => all.get(n.wrapping_sub(1)).cloned().into_iter().collect(),
                None => all,
            };
            (fine, chosen)
        })
        .collect();

    let mut matched_problem = vec![Match::No; labels.problems.len()];
    let mut findings = Vec::new();
    for diagnostic in diagnostics {
        let mut matched = Match::No;
        let at_related = |place: &Place| {
            diagnostic
                .related
                .iter()
                .any(|related| place.field == related.field && overlaps(&place.span, &related.span))
        };
        for (index, problem) in labels.problems.iter().enumerate() {
            if problem.rule != diagnostic.rule && problem.also.as_deref() != Some(diagnostic.rule) {
                continue;
            }
            let hit = match (&places[index], diagnostic.field, &diagnostic.span) {
                (Some(places), Some(field), Some(span)) => {
                    if places
                        .iter()
                        .any(|place| place.field == field && overlaps(&place.span, span))
                    {
                        Match::Own
                    } else if places.iter().any(at_related) {
                        Match::Related
                    } else {
                        Match::No
                    }
                }
                // A posting-level finding (no span: "no pay range", "9 must-haves") matches by
                // rule and section, also when the label quotes the words it is about.
                (Some(places), _, None) => {
                    if problem
                        .section
                        .as_deref()
                        .is_some_and(|id| id == diagnostic.section.id())
                    {
                        Match::Own
                    } else if places.iter().any(at_related) {
                        Match::Related
                    } else {
                        Match::No
                    }
                }
                (Some(_), _, _) => Match::No,
                (None, _, _) => {
                    if section_matches(problem.section.as_deref(), diagnostic.section) {
                        Match::Own
                    } else {
                        Match::No
                    }
                }
            };
            matched = matched.max(hit);
            matched_problem[index] = matched_problem[index].max(hit);
        }
        let words = diagnostic.flagged_text(posting).to_owned();
        let words = if words.is_empty() {
            format!("[{}] {}", diagnostic.section.id(), diagnostic.message)
        } else {
            let fine = fine_places.iter().find(|(fine, places)| {
                fine.rule
                    .as_deref()
                    .is_none_or(|rule| rule == diagnostic.rule)
                    && places.iter().any(|place| {
                        Some(place.field) == diagnostic.field
                            && diagnostic
                                .span
                                .as_ref()
                                .is_some_and(|span| overlaps(&place.span, span))
                    })
            });
            format!(
                "[{}] \"{words}\"{}",
                diagnostic.section.id(),
                fine.map_or(String::new(), |(fine, _)| format!(
                    " (labelled fine: {})",
                    fine.reason
                ))
            )
        };
        findings.push((diagnostic, words, matched));
    }
    let problems = labels
        .problems
        .iter()
        .zip(matched_problem)
        .map(|(problem, matched)| {
            (
                matched,
                problem.rule.clone(),
                problem.section.clone().unwrap_or_default(),
                problem.words.clone().unwrap_or_default(),
                problem.reason.clone(),
            )
        })
        .collect();
    Evaluated {
        name: name.to_owned(),
        set: labels.set.clone(),
        findings,
        problems,
        outside: Vec::new(),
        not_counted: Vec::new(),
        label_errors,
    }
}

#[derive(Default, Clone, Copy)]
struct Tally {
    findings: usize,
    true_findings: usize,
    problems: usize,
    found_problems: usize,
    /// Of the true findings and found problems, those matched through a related place only.
    true_by_related: usize,
    found_by_related: usize,
}

impl Tally {
    fn precision(self) -> f64 {
        if self.findings == 0 {
            1.0
        } else {
            self.true_findings as f64 / self.findings as f64
        }
    }

    fn recall(self) -> f64 {
        if self.problems == 0 {
            1.0
        } else {
            self.found_problems as f64 / self.problems as f64
        }
    }
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "-".to_owned()
    } else {
        format!(
            "{:.1}% ({part}/{whole})",
            100.0 * part as f64 / whole as f64
        )
    }
}

struct Options {
    labels: PathBuf,
    postings: Option<PathBuf>,
    corpus: Option<PathBuf>,
    scope: Option<PathBuf>,
    set: Option<String>,
    min_precision: Option<f64>,
    min_recall: Option<f64>,
    min_rule_precision: Option<f64>,
    quiet: bool,
    check: bool,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        labels: PathBuf::new(),
        postings: None,
        corpus: None,
        scope: None,
        set: None,
        min_precision: None,
        min_recall: None,
        min_rule_precision: None,
        quiet: false,
        check: false,
    };
    let mut labels = None;
    let mut args = args.iter();
    let ratio = |value: Option<&String>, flag: &str| -> Result<f64, String> {
        let value = value.ok_or(format!("{flag} needs a value"))?;
        let number: f64 = value
            .trim_end_matches('%')
            .parse()
            .map_err(|_| format!("{flag}: '{value}' is not a number"))?;
        Ok(if number > 1.0 { number / 100.0 } else { number })
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--corpus" => options.corpus = args.next().map(PathBuf::from),
            "--postings" => options.postings = args.next().map(PathBuf::from),
            "--scope" => options.scope = args.next().map(PathBuf::from),
            "--set" => match args.next().map(String::as_str) {
                Some("all") => options.set = None,
                Some(set @ ("tuning" | "held-out")) => options.set = Some(set.to_owned()),
                other => {
                    return Err(format!(
                        "--set: expected tuning, held-out or all, not {other:?}"
                    ))
                }
            },
            "--min-precision" => options.min_precision = Some(ratio(args.next(), arg)?),
            "--min-recall" => options.min_recall = Some(ratio(args.next(), arg)?),
            "--min-rule-precision" => options.min_rule_precision = Some(ratio(args.next(), arg)?),
            "--quiet" => options.quiet = true,
            "--check" => options.check = true,
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            path => {
                if labels.replace(PathBuf::from(path)).is_some() {
                    return Err("give one LABELS-DIR".to_owned());
                }
            }
        }
    }
    options.labels = labels.ok_or("missing LABELS-DIR")?;
    Ok(options)
}

fn default_corpus() -> PathBuf {
    std::env::var_os("POSTWRIGHT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/corpus"))
}

/// Reads and imports the posting a label file names; `Ok(None)` when it is a corpus posting and
/// there is no corpus.
fn load_posting(
    reference: &str,
    postings: &Path,
    corpus: &Path,
) -> Result<Option<Posting>, String> {
    let path = if let Some(name) = reference.strip_prefix("written:") {
        postings.join(name)
    } else if let Some(name) = reference.strip_prefix("corpus:") {
        if !corpus.join("postings").is_dir() {
            return Ok(None);
        }
        corpus.join("postings").join(name)
    } else {
        return Err(format!(
            "posting \"{reference}\" must start with written: or corpus:"
        ));
    };
    let imported = super::import_file(&path.to_string_lossy())?;
    Ok(Some(imported.document.posting))
}

/// Runs `postwright eval`.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    if args.iter().any(|arg| arg == "-h" || arg == "--help") {
        let _ = write!(out, "{HELP}");
        return 0;
    }
    let options = match parse(args) {
        Ok(options) => options,
        Err(message) => {
            let _ = writeln!(err, "postwright eval: {message}\n\n{HELP}");
            return EXIT_INPUT;
        }
    };
    let postings_dir = options
        .postings
        .clone()
        .unwrap_or_else(|| options.labels.join("..").join("postings"));
    let corpus = options.corpus.clone().unwrap_or_else(default_corpus);
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&options.labels) {
        Ok(entries) => entries
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
            .collect(),
        Err(error) => {
            let _ = writeln!(
                err,
                "postwright eval: {}: {error}",
                options.labels.display()
            );
            return EXIT_INPUT;
        }
    };
    files.sort();
    let scope_path = options
        .scope
        .clone()
        .unwrap_or_else(|| options.labels.join("..").join("scope.json"));
    let scope: Scope = if scope_path.is_file() {
        match std::fs::read_to_string(&scope_path)
            .map_err(|error| error.to_string())
            .and_then(|text| serde_json::from_str(&text).map_err(|error| error.to_string()))
        {
            Ok(scope) => scope,
            Err(error) => {
                let _ = writeln!(err, "postwright eval: {}: {error}", scope_path.display());
                return EXIT_INPUT;
            }
        }
    } else {
        Scope::default()
    };

    let mut evaluated = Vec::new();
    let mut checked = Vec::new();
    let mut skipped_corpus = 0;
    for file in &files {
        let mut labels: LabelFile = match std::fs::read_to_string(file)
            .map_err(|error| error.to_string())
            .and_then(|text| serde_json::from_str(&text).map_err(|error| error.to_string()))
        {
            Ok(labels) => labels,
            Err(error) => {
                let _ = writeln!(err, "postwright eval: {}: {error}", file.display());
                return EXIT_INPUT;
            }
        };
        if labels.set != "tuning" && labels.set != "held-out" {
            let _ = writeln!(
                err,
                "postwright eval: {}: set must be \"tuning\" or \"held-out\", not \"{}\"",
                file.display(),
                labels.set
            );
            return EXIT_INPUT;
        }
        if options.set.as_ref().is_some_and(|set| *set != labels.set) {
            continue;
        }
        if options.check {
            match load_posting(&labels.posting, &postings_dir, &corpus) {
                Ok(Some(posting)) => checked.push(check_labels(&labels, &posting, &scope)),
                Ok(None) => skipped_corpus += 1,
                Err(message) => checked.push(CheckedFile {
                    broken: vec![format!("{}: {message}", labels.posting)],
                    ..CheckedFile::default()
                }),
            }
            continue;
        }
        let outside = scope.apply(&mut labels);
        match load_posting(&labels.posting, &postings_dir, &corpus) {
            Ok(Some(posting)) => {
                let mut result = evaluate(&labels.posting, &labels, &posting);
                result.outside = outside;
                scope.set_apart(&mut result);
                evaluated.push(result);
            }
            Ok(None) => skipped_corpus += 1,
            Err(message) => {
                let _ = writeln!(err, "postwright eval: {}: {message}", file.display());
                return EXIT_INPUT;
            }
        }
    }
    if skipped_corpus > 0 {
        let _ = writeln!(
            out,
            "note: {skipped_corpus} corpus label file(s) skipped: no corpus at {} (use --corpus)",
            corpus.display()
        );
    }
    if options.check {
        return report_check(&checked, out);
    }
    if evaluated.is_empty() {
        let _ = writeln!(err, "postwright eval: no labelled posting to evaluate");
        return EXIT_INPUT;
    }
    report(&evaluated, &options, out)
}

/// What `--check` found in one label file.
#[derive(Default)]
struct CheckedFile {
    problems: usize,
    fine: usize,
    /// Labels that cannot be evaluated as written.
    broken: Vec<String>,
    /// Rule ids that are neither rules nor named in the scope file.
    proposed: Vec<String>,
}

/// Checks one label file against its imported posting without linting it.
fn check_labels(labels: &LabelFile, posting: &Posting, scope: &Scope) -> CheckedFile {
    let name = &labels.posting;
    let mut result = CheckedFile {
        problems: labels.problems.len(),
        fine: labels.fine.len(),
        ..CheckedFile::default()
    };
    let known = |rule: &str| {
        crate::lint::rule(rule).is_some()
            || scope.aliases.contains_key(rule)
            || scope.split.contains_key(rule)
            || scope.outside.contains_key(rule)
    };
    let mut words_at = |kind: &str, rule: &str, words: &str, occurrence: Option<usize>| {
        let found = occurrences(posting, words).len();
        let wanted = occurrence.unwrap_or(1);
        if occurrence == Some(0) || found < wanted {
            result.broken.push(format!(
                "{name}: {kind} ({rule}): \"{words}\" {}",
                if found == 0 {
                    "is not in the imported posting".to_owned()
                } else {
                    format!("occurs {found} time(s), not {wanted}")
                }
            ));
        }
    };
    for problem in &labels.problems {
        if let Some(words) = &problem.words {
            words_at("problem", &problem.rule, words, problem.occurrence);
        }
    }
    for fine in &labels.fine {
        words_at(
            "fine",
            fine.rule.as_deref().unwrap_or("any rule"),
            &fine.words,
            fine.occurrence,
        );
    }
    for problem in &labels.problems {
        if let Some(section) = &problem.section {
            if !Section::ALL.iter().any(|known| known.id() == section) {
                result.broken.push(format!(
                    "{name}: problem ({}): no section \"{section}\"",
                    problem.rule
                ));
            }
        }
        if problem.rule.is_empty() {
            result
                .broken
                .push(format!("{name}: a problem without a rule"));
        } else if !known(&problem.rule) {
            result.proposed.push(format!("{name}: {}", problem.rule));
        }
    }
    for fine in &labels.fine {
        if let Some(rule) = fine.rule.as_deref().filter(|rule| !known(rule)) {
            result.proposed.push(format!("{name}: {rule} (fine entry)"));
        }
    }
    result
}

/// Prints what `--check` found; exit code 1 when a label is broken.
fn report_check(checked: &[CheckedFile], out: &mut dyn Write) -> i32 {
    let broken: Vec<&String> = checked.iter().flat_map(|file| &file.broken).collect();
    let proposed: Vec<&String> = checked.iter().flat_map(|file| &file.proposed).collect();
    for line in &broken {
        let _ = writeln!(out, "broken: {line}");
    }
    for line in &proposed {
        let _ = writeln!(
            out,
            "proposed rule id (not a rule, not in the scope file): {line}"
        );
    }
    let _ = writeln!(
        out,
        "checked {} label file(s): {} problems, {} fine entries, {} broken, {} proposed rule id(s)",
        checked.len(),
        checked.iter().map(|file| file.problems).sum::<usize>(),
        checked.iter().map(|file| file.fine).sum::<usize>(),
        broken.len(),
        proposed.len()
    );
    i32::from(!broken.is_empty())
}

/// "rule count, rule count" for a list of rule ids, in id order.
fn counts_by_rule<'r>(rules: impl Iterator<Item = &'r str>) -> String {
    let mut by_rule: BTreeMap<&str, usize> = BTreeMap::new();
    for rule in rules {
        *by_rule.entry(rule).or_default() += 1;
    }
    by_rule
        .iter()
        .map(|(rule, count)| format!("{rule} {count}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Prints the tables and listings; returns the exit code for the thresholds.
fn report(evaluated: &[Evaluated], options: &Options, out: &mut dyn Write) -> i32 {
    let mut failed = false;
    let sets: Vec<&str> = ["tuning", "held-out"]
        .into_iter()
        .filter(|set| evaluated.iter().any(|e| e.set == *set))
        .collect();
    for set in &sets {
        let members: Vec<&Evaluated> = evaluated.iter().filter(|e| e.set == *set).collect();
        let mut per_rule: BTreeMap<String, Tally> = BTreeMap::new();
        let mut overall = Tally::default();
        for posting in &members {
            for (diagnostic, _, matched) in &posting.findings {
                let tally = per_rule.entry(diagnostic.rule.to_owned()).or_default();
                tally.findings += 1;
                overall.findings += 1;
                if matched.any() {
                    tally.true_findings += 1;
                    overall.true_findings += 1;
                }
                if *matched == Match::Related {
                    overall.true_by_related += 1;
                }
            }
            for (matched, rule, ..) in &posting.problems {
                let tally = per_rule.entry(rule.clone()).or_default();
                tally.problems += 1;
                overall.problems += 1;
                if matched.any() {
                    tally.found_problems += 1;
                    overall.found_problems += 1;
                }
                if *matched == Match::Related {
                    overall.found_by_related += 1;
                }
            }
        }
        let _ = writeln!(
            out,
            "\n{set} set: {} postings, {} findings, {} labelled problems",
            members.len(),
            overall.findings,
            overall.problems
        );
        let _ = writeln!(
            out,
            "  {:<24} {:>8} {:>8} {:>20} {:>20}",
            "rule", "findings", "problems", "precision", "recall"
        );
        let mut few = Vec::new();
        for (rule, tally) in &per_rule {
            if tally.findings < MIN_PER_RULE && tally.problems < MIN_PER_RULE {
                few.push(format!("{rule} ({}/{})", tally.findings, tally.problems));
                continue;
            }
            let _ = writeln!(
                out,
                "  {:<24} {:>8} {:>8} {:>20} {:>20}",
                rule,
                tally.findings,
                tally.problems,
                percent(tally.true_findings, tally.findings),
                percent(tally.found_problems, tally.problems)
            );
            if let Some(min) = options.min_rule_precision {
                if tally.findings >= MIN_PER_RULE && tally.precision() < min {
                    failed = true;
                    let _ = writeln!(
                        out,
                        "  ^ below the per-rule precision floor of {:.0}%",
                        min * 100.0
                    );
                }
            }
        }
        if !few.is_empty() {
            let _ = writeln!(
                out,
                "  (fewer than {MIN_PER_RULE} findings and problems, findings/problems: {})",
                few.join(", ")
            );
        }
        let _ = writeln!(
            out,
            "  {:<24} {:>8} {:>8} {:>20} {:>20}",
            "overall",
            overall.findings,
            overall.problems,
            percent(overall.true_findings, overall.findings),
            percent(overall.found_problems, overall.problems)
        );
        let _ = writeln!(
            out,
            "  {:<42} {:>20} {:>20}",
            "on the findings' own spans alone",
            percent(
                overall.true_findings - overall.true_by_related,
                overall.findings
            ),
            percent(
                overall.found_problems - overall.found_by_related,
                overall.problems
            )
        );
        if options
            .min_precision
            .is_some_and(|min| overall.precision() < min)
            || options.min_recall.is_some_and(|min| overall.recall() < min)
        {
            failed = true;
        }
        if !options.quiet {
            let _ = writeln!(out, "\n  false alarms ({set}):");
            for posting in &members {
                for (diagnostic, words, matched) in &posting.findings {
                    if !matched.any() {
                        let _ = writeln!(out, "    {} {}: {words}", posting.name, diagnostic.rule);
                    }
                }
            }
            let _ = writeln!(out, "\n  misses ({set}):");
            for posting in &members {
                for (matched, rule, section, words, reason) in &posting.problems {
                    if !matched.any() {
                        let words = if words.is_empty() {
                            String::new()
                        } else {
                            format!(" \"{words}\"")
                        };
                        let _ = writeln!(
                            out,
                            "    {} {rule}: [{section}]{words} ({reason})",
                            posting.name
                        );
                    }
                }
            }
        }
        let outside: Vec<&(String, String)> = members
            .iter()
            .flat_map(|posting| &posting.outside)
            .collect();
        if !outside.is_empty() {
            let _ = writeln!(
                out,
                "  outside the rules' scope, not counted ({}): {}; recall counting them: {}",
                outside.len(),
                counts_by_rule(outside.iter().map(|(rule, _)| rule.as_str())),
                percent(overall.found_problems, overall.problems + outside.len())
            );
        }
        let not_counted: Vec<&String> = members
            .iter()
            .flat_map(|posting| &posting.not_counted)
            .collect();
        if !not_counted.is_empty() {
            let _ = writeln!(
                out,
                "  findings on corpus postings of rules their labels leave out, not counted ({}): {}",
                not_counted.len(),
                counts_by_rule(not_counted.iter().map(|rule| rule.as_str()))
            );
        }
        let _ = writeln!(
            out,
            "eval ({set}): precision {}, recall {}",
            percent(overall.true_findings, overall.findings),
            percent(overall.found_problems, overall.problems)
        );
    }
    let errors: Vec<&String> = evaluated
        .iter()
        .flat_map(|posting| &posting.label_errors)
        .collect();
    if !errors.is_empty() && options.quiet {
        // Quiet runs are the held-out set's: its words are not printed.
        let _ = writeln!(
            out,
            "\nlabel errors (counted as misses): {} (list them with --check)",
            errors.len()
        );
    } else if !errors.is_empty() {
        let _ = writeln!(out, "\nlabel errors (counted as misses):");
        for error in errors {
            let _ = writeln!(out, "  {error}");
        }
    }
    if failed {
        let _ = writeln!(
            out,
            "eval: below the required figures (precision {}, recall {}, per rule {})",
            options
                .min_precision
                .map_or("-".into(), |p| format!("{:.0}%", p * 100.0)),
            options
                .min_recall
                .map_or("-".into(), |p| format!("{:.0}%", p * 100.0)),
            options
                .min_rule_precision
                .map_or("-".into(), |p| format!("{:.0}%", p * 100.0)),
        );
        1
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(json: &str) -> LabelFile {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn matches_findings_to_labels_by_rule_and_overlap() {
        let posting = Posting {
            title: "Software Engineer".into(),
            summary: "We want a rockstar who works hard. A ninja too.".into(),
            ..Posting::default()
        };
        let file = labels(
            r#"{"posting":"written:x.md","set":"tuning",
                "problems":[{"rule":"culture-jargon","section":"summary","words":"rockstar","reason":"r"},
                            {"rule":"culture-jargon","section":"summary","words":"unicorn","reason":"r"}]}"#,
        );
        let result = evaluate("x", &file, &posting);
        let rockstar = result
            .findings
            .iter()
            .find(|(d, ..)| d.flagged_text(&posting) == "rockstar")
            .expect("rockstar is flagged");
        assert_eq!(
            rockstar.2,
            Match::Own,
            "the rockstar finding matches its label"
        );
        let ninja = result
            .findings
            .iter()
            .find(|(d, ..)| d.flagged_text(&posting) == "ninja")
            .expect("ninja is flagged");
        assert!(!ninja.2.any(), "an unlabelled finding is a false alarm");
        assert_eq!(result.problems[0].0, Match::Own);
        assert!(!result.problems[1].0.any(), "unicorn is not in the text");
        assert_eq!(result.label_errors.len(), 1, "{:?}", result.label_errors);
    }

    #[test]
    fn check_finds_broken_labels_without_linting() {
        let posting = Posting {
            title: "Software Engineer".into(),
            summary: "We want a rockstar. A rockstar who ships.".into(),
            ..Posting::default()
        };
        let scope: Scope =
            serde_json::from_str(r#"{"aliases":{"empty-field":{"rule":"placeholder-text"}}}"#)
                .unwrap();
        let good = labels(
            r#"{"posting":"written:x.md","set":"held-out",
                "problems":[{"rule":"culture-jargon","section":"summary","words":"rockstar","occurrence":2},
                            {"rule":"empty-field","section":"pay"}],
                "fine":[{"words":"ships","rule":"culture-jargon"}]}"#,
        );
        let result = check_labels(&good, &posting, &scope);
        assert!(result.broken.is_empty(), "{:?}", result.broken);
        assert!(result.proposed.is_empty(), "{:?}", result.proposed);
        assert_eq!((result.problems, result.fine), (2, 1));

        let bad = labels(
            r#"{"posting":"written:x.md","set":"held-out",
                "problems":[{"rule":"culture-jargon","section":"summary","words":"rockstar","occurrence":3},
                            {"rule":"culture-jargon","section":"sumary","words":"ninja"},
                            {"rule":"fancy-new-check","section":"pay"}],
                "fine":[{"words":"unicorn"}]}"#,
        );
        let result = check_labels(&bad, &posting, &scope);
        assert_eq!(result.broken.len(), 4, "{:?}", result.broken);
        assert!(result.broken[0].contains("occurs 2 time(s), not 3"));
        assert!(result
            .broken
            .iter()
            .any(|line| line.contains("no section \"sumary\"")));
        assert_eq!(result.proposed.len(), 1);
        let mut out = Vec::new();
        assert_eq!(report_check(&[result], &mut out), 1);
        let printed = String::from_utf8(out).unwrap();
        assert!(
            printed.contains("4 broken, 1 proposed rule id(s)"),
            "{printed}"
        );
    }

    #[test]
    fn posting_level_labels_match_by_rule_and_section() {
        let posting = Posting {
            title: "Barista".into(),
            ..Posting::default()
        };
        let file = labels(
            r#"{"posting":"written:x.md","set":"held-out",
                "problems":[{"rule":"pay-range-missing","section":"pay","reason":"no pay"}]}"#,
        );
        let result = evaluate("x", &file, &posting);
        assert!(
            result.problems[0].0.any(),
            "{:?}",
            result.findings.iter().map(|f| f.0.rule).collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_posting_level_finding_matches_a_label_quoting_words_in_its_section() {
        let posting = Posting {
            title: "Barista".into(),
            summary: "Pay is competitive.".into(),
            ..Posting::default()
        };
        let matched = |section: &str| {
            let file = labels(&format!(
                r#"{{"posting":"written:x.md","set":"tuning",
                    "problems":[{{"rule":"pay-range-missing","section":"{section}","words":"competitive","reason":"no figures"}}]}}"#
            ));
            evaluate("x", &file, &posting).problems[0].0.any()
        };
        assert!(matched("pay"));
        assert!(!matched("summary"));
    }

    #[test]
    fn an_occurrence_label_matches_only_that_occurrence() {
        let posting = Posting {
            summary: "A rockstar. Another rockstar.".into(),
            ..Posting::default()
        };
        let found = occurrences(&posting, "rockstar");
        assert_eq!(found.len(), 2);
        let file = labels(
            r#"{"posting":"written:x.md","set":"tuning",
                "problems":[{"rule":"culture-jargon","words":"rockstar","occurrence":2}]}"#,
        );
        let result = evaluate("x", &file, &posting);
        let matched: Vec<bool> = result
            .findings
            .iter()
            .filter(|(d, ..)| d.rule == "culture-jargon")
            .map(|f| f.2.any())
            .collect();
        assert_eq!(matched, vec![false, true]);
    }

    #[test]
    fn words_are_found_ignoring_case_and_spacing_only_as_a_fallback() {
        let posting = Posting {
            summary: "Work  Hard, play hard".into(),
            ..Posting::default()
        };
        assert_eq!(occurrences(&posting, "work hard").len(), 1);
        assert_eq!(occurrences(&posting, "play hard")[0].span, 12..21);
    }

    #[test]
    fn rules_the_corpus_labels_leave_out_are_not_counted_on_corpus_postings_only() {
        let posting = Posting {
            title: "Loader".into(),
            summary: "Load trucks.".into(),
            ..Posting::default()
        };
        let scope: Scope =
            serde_json::from_str(r#"{"not_labelled_in_corpus":{"equal-opportunity-missing":"w"}}"#)
                .unwrap();
        let rules = |result: &Evaluated| -> Vec<&str> {
            result.findings.iter().map(|(d, _, _)| d.rule).collect()
        };
        for (name, counted) in [("corpus:x.md", false), ("written:x.md", true)] {
            let file = labels(&format!(
                r#"{{"posting":"{name}","set":"tuning","problems":[]}}"#
            ));
            let mut result = evaluate(name, &file, &posting);
            assert!(rules(&result).contains(&"equal-opportunity-missing"));
            scope.set_apart(&mut result);
            assert_eq!(
                rules(&result).contains(&"equal-opportunity-missing"),
                counted,
                "{name}"
            );
            assert_eq!(result.not_counted.is_empty(), counted, "{name}");
        }
    }

    #[test]
    fn a_split_rule_matches_labels_written_with_the_old_id() {
        let posting = Posting {
            title: "Loader".into(),
            summary: "Must be able to lift 50 lbs. A sanity check.".into(),
            ..Posting::default()
        };
        let mut file = labels(
            r#"{"posting":"written:x.md","set":"tuning",
                "problems":[{"rule":"ability-bias","words":"Must be able to lift 50 lbs"},
                            {"rule":"ability-bias","words":"sanity check"}]}"#,
        );
        let scope: Scope = serde_json::from_str(
            r#"{"split":{"ability-bias":{"rule":"physical-demands","why":"w"}}}"#,
        )
        .unwrap();
        assert!(scope.apply(&mut file).is_empty());
        let result = evaluate("x", &file, &posting);
        assert!(result.problems.iter().all(|problem| problem.0.any()));
        assert_eq!(
            result.problems[0].1, "ability-bias",
            "the label keeps its id"
        );
        let matched: Vec<(&str, bool)> = result
            .findings
            .iter()
            .map(|(d, _, matched)| (d.rule, matched.any()))
            .collect();
        assert!(matched.contains(&("physical-demands", true)), "{matched:?}");
        assert!(matched.contains(&("ability-bias", true)), "{matched:?}");
    }

    #[test]
    fn a_label_at_a_related_place_matches_and_is_counted_apart() {
        // The open figure is written twice; the finding points at the first and names the
        // second as a related place.
        let posting = Posting {
            summary: "Earn up to $35/hour.\n\nCouriers earn up to $35 at peak times.".into(),
            ..Posting::default()
        };
        let finding = lint(&posting, &LintSettings::default())
            .into_iter()
            .find(|d| d.rule == "pay-range-not-a-range")
            .expect("the open figure is flagged");
        assert_eq!(finding.related.len(), 1, "{finding:?}");
        let labelled = |words: &str, occurrence: usize| {
            let file = labels(&format!(
                r#"{{"posting":"written:x.md","set":"tuning",
                    "problems":[{{"rule":"pay-range-not-a-range","words":"{words}","occurrence":{occurrence}}}]}}"#
            ));
            let result = evaluate("x", &file, &posting);
            let finding = result
                .findings
                .iter()
                .find(|(d, ..)| d.rule == "pay-range-not-a-range")
                .map(|f| f.2);
            (finding, result.problems[0].0)
        };
        assert_eq!(labelled("up to $35", 1), (Some(Match::Own), Match::Own));
        assert_eq!(
            labelled("up to $35", 2),
            (Some(Match::Related), Match::Related)
        );
        // Words the finding names nowhere are not matched.
        assert_eq!(labelled("Couriers", 1), (Some(Match::No), Match::No));
    }

    #[test]
    fn rejects_bad_options() {
        let args = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(parse(&args(&[])).is_err());
        assert!(parse(&args(&["--set", "odd", "x"])).is_err());
        let options = parse(&args(&["--min-precision", "90", "x"])).unwrap();
        assert_eq!(options.min_precision, Some(0.9));
    }
}
