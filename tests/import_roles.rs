//! Files that hold several roles: recognised, each role imported on its own, linted on its own
//! with its name in the findings; a file with one role is never split.

use std::path::{Path, PathBuf};
use std::process::Command;

use postwright::import::{import_str, split_roles};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn body(text: &str) -> &str {
    let Some(rest) = text.strip_prefix("---\n") else {
        return text;
    };
    rest.find("\n---\n").map_or(text, |end| &rest[end + 5..])
}

#[test]
fn a_job_family_is_split_by_level() {
    let text = std::fs::read_to_string(fixture("job-family.md")).unwrap();
    let imported = import_str(&text).unwrap();
    let titles: Vec<&str> = imported.roles.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(titles, ["Associate Paralegal", "Senior Paralegal"]);
    // The document itself stays the whole file.
    assert_eq!(imported.document.posting.title, "Paralegal");
    assert!(imported.document.posting.responsibilities.len() >= 4);
    let senior = &imported.roles[1].document.posting;
    assert_eq!(senior.title, "Senior Paralegal");
    let duties: Vec<&str> = senior
        .responsibilities
        .iter()
        .map(|i| i.text.as_str())
        .collect();
    assert_eq!(
        duties,
        [
            "Lead filings for the whole team",
            "Mentor associates like a rockstar"
        ]
    );
    assert_eq!(senior.must_have[0].text, "Five years as a paralegal");
    // Shared text is in every role.
    for role in &imported.roles {
        assert!(role
            .document
            .posting
            .summary
            .contains("The legal team keeps the company out of trouble."));
    }
    assert_eq!(split_roles(&text), imported.roles);
}

#[test]
fn lint_names_the_role_in_each_finding() {
    let path = fixture("job-family.md");
    let file = path.display().to_string();
    let text = std::fs::read_to_string(&path).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_postwright"))
        .args(["lint", "--fail-on", "never"])
        .arg(&path)
        .output()
        .expect("the binary runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let line = text
        .lines()
        .position(|line| line.contains("like a rockstar"))
        .unwrap()
        + 1;
    let column = text
        .lines()
        .nth(line - 1)
        .unwrap()
        .find("rockstar")
        .unwrap()
        + 1;
    let expected = format!("{file} [Senior Paralegal]:{line}:{column}: responsibilities:item 2: warning[culture-jargon]");
    assert!(
        stdout.lines().any(|out| out.starts_with(&expected)),
        "no line starting {expected:?} in\n{stdout}"
    );
    assert!(
        stdout
            .lines()
            .filter(|out| !out.starts_with("1 file linted"))
            .all(
                |out| out.starts_with(&format!("{file} [Associate Paralegal]"))
                    || out.starts_with(&format!("{file} [Senior Paralegal]"))
            ),
        "{stdout}"
    );
}

/// The multi-role files of the shared corpus: the GitLab job-family pages and the Hacker News
/// post listing several openings. Every other posting holds one role and must not be split.
const MULTI_ROLE: &[&str] = &[
    "002_gitlab_commercial-account-executive.md",
    "003_gitlab_executive-business-administrator.md",
    "004_gitlab_paralegal.md",
    "005_gitlab_support-engineer.md",
    "006_gitlab_accounts-payable-analyst.md",
    "007_gitlab_social-media-manager.md",
    "037_sourcegraph_multiple-roles-hn-who-is-hiring.md",
];

#[test]
fn corpus_multi_role_files_are_recognised_and_no_other() {
    let dir = std::env::var("POSTWRIGHT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from("/work/shared/corpus"))
        .join("postings");
    if !dir.is_dir() {
        eprintln!("note: no corpus (POSTWRIGHT_CORPUS or /work/shared/corpus); skipped");
        return;
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    files.sort();
    let mut detected = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let imported = import_str(body(&text)).unwrap();
        let name = name_of(path);
        if !imported.roles.is_empty() {
            assert!(imported.roles.len() >= 2, "{name}: a single role");
            eprintln!(
                "{name}: {:?}",
                imported
                    .roles
                    .iter()
                    .map(|r| r.title.as_str())
                    .collect::<Vec<_>>()
            );
            detected.push(name);
        }
    }
    assert_eq!(detected, MULTI_ROLE);
}

fn name_of(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}
