//! Files that hold several roles: job-family pages with a section per level ("Associate
//! Paralegal", "Senior Paralegal", ... each with its own responsibilities and requirements), and
//! posts that list several openings in their first line ("Acme | Software Engineer, Product
//! Manager | REMOTE").
//!
//! Conservative by design: a file is split only when at least two headings at the same level
//! read as job titles (a role noun such as "engineer" or "paralegal", at most eight words, not a
//! section name) and each is followed by its own section headings ("Responsibilities",
//! "Requirements", "Job Grade") or section label lines ("You will:", "**What you'll do**").
//! Each role's posting is the file without the other roles' parts: the text before the first
//! role and after the last is shared by all.

use super::heading::{self, Target};
use super::source_map::{Pieces, SourceMap};
use super::text_import::read_posting;
use super::{front_matter, splitter};
use crate::model::{Document, Posting};

/// Files larger than this are not split (each role is imported on its own, so the work grows
/// with the number of roles times the size). A job-family page is 5 to 20 KB.
pub const MAX_SPLIT_BYTES: usize = 64 * 1024;

/// At most this many roles; a page with more headings that look like roles is read as one.
const MAX_ROLES: usize = 12;

/// One role of a multi-role file, imported on its own.
#[derive(Clone, Debug, PartialEq)]
pub struct RoleDraft {
    /// The role's title, as the file names it.
    pub title: String,
    /// The role's posting: its own sections plus the parts of the file all roles share.
    pub document: Document,
    /// Where the role's fields came from in the file.
    pub source_map: SourceMap,
    /// Lines of the role's text read as structure (see `Imported::consumed`).
    pub consumed: Vec<String>,
    /// The text the role was read from: the file without the other roles' parts.
    pub text: String,
}

/// Words that end (or are) a job title.
const ROLE_NOUNS: &[&str] = &[
    "engineer",
    "developer",
    "designer",
    "manager",
    "analyst",
    "administrator",
    "executive",
    "representative",
    "paralegal",
    "director",
    "specialist",
    "lead",
    "intern",
    "writer",
    "recruiter",
    "counsel",
    "accountant",
    "architect",
    "scientist",
    "consultant",
    "coordinator",
    "officer",
    "assistant",
    "strategist",
    "associate",
    "head",
    "vp",
    "president",
    "editor",
    "technician",
    "advocate",
    "partner",
    // Titles outside offices: the public sector, health, trades, shops and kitchens.
    "planner",
    "technologist",
    "nurse",
    "teacher",
    "lecturer",
    "researcher",
    "clerk",
    "inspector",
    "surveyor",
    "auditor",
    "supervisor",
    "operator",
    "driver",
    "worker",
    "adviser",
    "advisor",
    "agent",
    "therapist",
    "pharmacist",
    "radiographer",
    "chef",
    "cook",
    "electrician",
    "mechanic",
    "ranger",
    "librarian",
    "curator",
];

/// True for a short line that names a job ("Senior Paralegal", "Manager, Accounts Payable").
fn is_role_title(text: &str) -> bool {
    // (Counting stops past eight words: a paragraph can be long.)
    let words = text.split_whitespace().take(9).count();
    if words == 0 || words > 8 || text.ends_with(['.', '?', '!', ':']) {
        return false;
    }
    if heading::classify(text).is_some() || heading::is_generic(text) || is_role_part(text) {
        return false;
    }
    heading::normalize(text).split_whitespace().any(|word| {
        let singular = word.strip_suffix('s').unwrap_or(word);
        ROLE_NOUNS.contains(&word) || ROLE_NOUNS.contains(&singular)
    })
}

/// A heading that belongs to a role's own text: one of its sections, or its job grade.
fn is_role_part(text: &str) -> bool {
    let normalized = heading::normalize(text);
    normalized.contains(" job grade ")
        || matches!(heading::classify(text), Some((Target::List(_), _)))
}

/// A line that labels a role's section without being a heading: a short line ending in a
/// colon or set in bold whose words name a section ("You will:", "**Requirements**").
fn is_label_line(line: &str) -> bool {
    let trimmed = line.trim();
    let unbolded = trimmed.strip_prefix("**").and_then(|inner| {
        inner
            .strip_suffix("**")
            .or_else(|| inner.strip_suffix("**:"))
    });
    let Some(label) = unbolded.or_else(|| trimmed.strip_suffix(':')) else {
        return false;
    };
    let label = label.trim().trim_end_matches(':').trim();
    label.split_whitespace().take(7).count() <= 6 && !label.is_empty() && is_role_part(label)
}

/// One Markdown heading of the file.
struct Heading {
    line: usize,
    level: u8,
    text: String,
}

/// The roles of a file that holds several; empty when it holds one (or when in doubt).
pub fn split_roles(text: &str) -> Vec<RoleDraft> {
    if text.len() > MAX_SPLIT_BYTES {
        return Vec::new();
    }
    let lines: Vec<(usize, &str)> = line_starts(text);
    let body_line = match front_matter::split(text) {
        Some((_, body)) => {
            let body_start = text.len() - body.len();
            lines.partition_point(|(start, _)| *start < body_start)
        }
        None => 0,
    };
    let headings: Vec<Heading> = lines
        .iter()
        .enumerate()
        .skip(body_line)
        .filter_map(|(index, (_, line))| {
            splitter::markdown_heading(line).map(|(level, text)| Heading {
                line: index,
                level,
                text,
            })
        })
        .collect();
    if let Some(roles) = family_roles(&headings, &lines) {
        return roles
            .iter()
            .map(|(title, range)| {
                let others: Vec<std::ops::Range<usize>> = roles
                    .iter()
                    .filter(|(_, other)| other != range)
                    .map(|(_, other)| other.clone())
                    .collect();
                let kept: Vec<usize> = (0..lines.len())
                    .filter(|line| !others.iter().any(|other| other.contains(line)))
                    .collect();
                role_draft(text, &lines, &kept, title)
            })
            .collect();
    }
    let all: Vec<usize> = (0..lines.len()).collect();
    listed_roles(&lines[body_line..])
        .iter()
        .map(|title| role_draft(text, &lines, &all, title))
        .collect()
}

/// Byte start and text (with its line end) of every line.
fn line_starts(text: &str) -> Vec<(usize, &str)> {
    let mut start = 0;
    text.split_inclusive('\n')
        .map(|line| {
            let entry = (start, line);
            start += line.len();
            entry
        })
        .collect()
}

/// Job-family roles: titles and the line ranges of their own parts.
fn family_roles(
    headings: &[Heading],
    lines: &[(usize, &str)],
) -> Option<Vec<(String, std::ops::Range<usize>)>> {
    let line_count = lines.len();
    for level in 1..=6u8 {
        let candidates: Vec<usize> = headings
            .iter()
            .enumerate()
            .filter(|(_, heading)| heading.level == level && is_role_title(&heading.text))
            .map(|(index, _)| index)
            .collect();
        if candidates.len() < 2 {
            continue;
        }
        let mut roles: Vec<(String, std::ops::Range<usize>)> = Vec::new();
        for &index in &candidates {
            let end = headings[index + 1..]
                .iter()
                .enumerate()
                .find(|(offset, next)| {
                    candidates.contains(&(index + 1 + offset))
                        || next.level < level
                        || (next.level == level && !is_role_part(&next.text))
                })
                .map_or(line_count, |(_, next)| next.line);
            let start = headings[index].line;
            // Its own sections under headings, or under label lines ("You will:", "**What
            // you'll do**").
            let has_own_sections = headings[index + 1..]
                .iter()
                .take_while(|next| next.line < end)
                .any(|next| is_role_part(&next.text))
                || lines
                    .get(start + 1..end)
                    .is_some_and(|own| own.iter().any(|(_, line)| is_label_line(line)));
            let title = headings[index].text.clone();
            let repeated = roles
                .iter()
                .any(|(other, _)| other.eq_ignore_ascii_case(&title));
            if has_own_sections && !repeated {
                roles.push((title, start..end));
            }
        }
        if (2..=MAX_ROLES).contains(&roles.len()) {
            return Some(roles);
        }
    }
    None
}

/// Openings listed in the first line of a post: "Acme (https://acme.example) | Software
/// Engineer (frontend, backend), Product Manager | REMOTE".
fn listed_roles(lines: &[(usize, &str)]) -> Vec<String> {
    let Some((_, first)) = lines.iter().find(|(_, line)| !line.trim().is_empty()) else {
        return Vec::new();
    };
    let parts: Vec<&str> = first.trim().split(" | ").collect();
    if parts.len() < 2 {
        return Vec::new();
    }
    for part in parts {
        let titles: Vec<String> = split_outside_parentheses(part)
            .into_iter()
            .map(|title| title.trim().to_owned())
            .filter(|title| !title.is_empty())
            .collect();
        if titles.len() >= 2
            && titles
                .iter()
                .all(|title| is_role_title(strip_parenthesised(title)))
        {
            return titles;
        }
    }
    Vec::new()
}

/// "Software Engineer (frontend, backend)" without the part in parentheses.
fn strip_parenthesised(title: &str) -> &str {
    title.split('(').next().unwrap_or(title).trim()
}

/// Splits at commas that are not inside parentheses.
fn split_outside_parentheses(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (index, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(&text[start..index]);
                start = index + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

/// Imports the given lines of the file as one role.
fn role_draft(text: &str, lines: &[(usize, &str)], kept: &[usize], title: &str) -> RoleDraft {
    let mut view = String::new();
    let mut pieces: Pieces = Vec::new();
    for &index in kept {
        let (start, line) = lines[index];
        match pieces.last_mut() {
            Some((view_start, source_start, len))
                if *source_start + *len == start && *view_start + *len == view.len() =>
            {
                *len += line.len();
            }
            _ => pieces.push((view.len(), start, line.len())),
        }
        view.push_str(line);
    }
    let read = read_posting(&view, Some(title));
    let mut posting: Posting = read.posting;
    posting.normalize_item_ids();
    let source_map = SourceMap::build(text, &view, &pieces, &posting);
    RoleDraft {
        title: title.to_owned(),
        document: Document::new(posting),
        source_map,
        consumed: read.consumed,
        text: view,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FAMILY: &str = "# Paralegal\n\nWe keep GitLab legal.\n\n## Levels\n\n### Associate Paralegal\n\n#### Job Grade\n\nGrade 5.\n\n#### Responsibilities\n\n- File documents\n\n#### Requirements\n\n- A degree\n\n### Senior Paralegal\n\n#### Responsibilities\n\n- Lead filings\n- Mentor associates\n\n#### Requirements\n\n- Five years as a paralegal\n\n## Hiring Process\n\nA call with a recruiter.\n";

    #[test]
    fn splits_a_job_family_by_level() {
        let roles = split_roles(FAMILY);
        let titles: Vec<&str> = roles.iter().map(|role| role.title.as_str()).collect();
        assert_eq!(titles, ["Associate Paralegal", "Senior Paralegal"]);
        let senior = &roles[1].document.posting;
        assert_eq!(senior.title, "Senior Paralegal");
        let duties: Vec<&str> = senior
            .responsibilities
            .iter()
            .map(|i| i.text.as_str())
            .collect();
        assert_eq!(duties, ["Lead filings", "Mentor associates"]);
        assert!(senior.summary.contains("We keep GitLab legal."));
        assert!(senior
            .how_to_apply
            .text
            .contains("A call with a recruiter."));
        let associate = &roles[0].document.posting;
        assert_eq!(associate.must_have[0].text, "A degree");
        assert!(!associate
            .must_have
            .iter()
            .any(|item| item.text.contains("Five years")));
    }

    #[test]
    fn splits_levels_whose_sections_have_label_lines() {
        let text = "# Site Reliability Engineering (Medior, Senior)\n\nWe run databases.\n\n## Site Reliability Engineer (Medior)\n\n**Salary: €62,000 – €76,000 per year**\n\nYou will:\n\n- Automate failover checks.\n\nYou have:\n\n- 2+ years running Linux services.\n\n## Senior Site Reliability Engineer\n\n**Salary: €78,000 – €95,000 per year**\n\n**What you'll do**\n\n- Lead the design of one platform area.\n\n## What we offer\n\n- Pension\n";
        let roles = split_roles(text);
        let titles: Vec<&str> = roles.iter().map(|role| role.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Site Reliability Engineer (Medior)",
                "Senior Site Reliability Engineer"
            ]
        );
        let senior = &roles[1].document.posting;
        assert_eq!(
            (senior.pay.min, senior.pay.max),
            (Some(78_000.0), Some(95_000.0))
        );
        assert_eq!(senior.benefits[0].text, "Pension");
    }

    #[test]
    fn splits_levels_named_by_trades_and_public_sector_titles() {
        let text = "# Town Planning: Candidate Planner and Town Planner\n\nThe municipality plans the town.\n\n## Candidate Planner (Post 118)\n\n**Key performance areas**\n\n- Check applications.\n\n**Requirements**\n\n- A planning degree.\n\n## Town Planner (Post 119)\n\n**Key performance areas**\n\n- Assess applications.\n\n**Requirements**\n\n- A planning degree.\n\n## For both posts\n\nMonday to Friday.\n";
        let roles = split_roles(text);
        let titles: Vec<&str> = roles.iter().map(|role| role.title.as_str()).collect();
        assert_eq!(
            titles,
            ["Candidate Planner (Post 118)", "Town Planner (Post 119)"]
        );
    }

    #[test]
    fn role_positions_are_the_file_positions() {
        let roles = split_roles(FAMILY);
        let senior = &roles[1];
        let item = senior.document.posting.responsibilities[1].id;
        let field = crate::model::Field::Item(crate::model::ListKind::Responsibilities, item);
        let line = FAMILY
            .lines()
            .position(|line| line == "- Mentor associates")
            .unwrap()
            + 1;
        assert_eq!(senior.source_map.position(field, 0), Some((line, 3)));
    }

    #[test]
    fn one_role_is_not_split() {
        let text =
            "# Senior Paralegal\n\n## Responsibilities\n\n- File\n\n## Requirements\n\n- Degree\n";
        assert!(split_roles(text).is_empty());
        let headings_without_sections =
            "## Senior Engineer\n\nText.\n\n## Staff Engineer\n\nMore text.\n";
        assert!(split_roles(headings_without_sections).is_empty());
        // A colon that ends a sentence labels no section.
        let sentences = "## Senior Engineer\n\nYou will like this:\n\n- Text.\n\n## Staff Engineer\n\nMore text here:\n\n- More.\n";
        assert!(split_roles(sentences).is_empty());
    }

    #[test]
    fn reads_openings_listed_in_the_first_line() {
        let text = "Acme (https://acme.example) | Software Engineer (frontend, backend), Product Manager | REMOTE\n\nWe make anvils.\n";
        let roles = split_roles(text);
        let titles: Vec<&str> = roles.iter().map(|role| role.title.as_str()).collect();
        assert_eq!(
            titles,
            ["Software Engineer (frontend, backend)", "Product Manager"]
        );
        assert!(roles[1]
            .document
            .posting
            .summary
            .contains("We make anvils."));
        assert!(split_roles("Acme | Berlin | Full-time\n\nText.\n").is_empty());
    }
}
