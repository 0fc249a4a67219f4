//! `experience-inflation`: 10+ years, or more years than a technology has existed.

use crate::text::compile_pattern;
use std::sync::OnceLock;

use regex::Regex;

use crate::lint::rule::{declare_rule, Context, FieldText};
use crate::lint::rules::duplicate_duty;
use crate::lint::Diagnostic;
use crate::model::{EmploymentType, ListKind, Section};
use crate::text::contains_ignore_ascii_case;

declare_rule! {
    /// Flags requests for ten or more years of experience, more years than a technology has existed, or experience asked of interns.
    ///
    /// ## What it does
    /// Reads "N years", "N+ years" and "N-M years" in the requirements (and unsorted text).
    /// Ten or more years is flagged; so is any number larger than the age of a technology named
    /// in the same sentence ("8 years of Kubernetes": Kubernetes was released in 2014). The
    /// technology's age is counted to the year in the posting's date, or to 2026 when the
    /// posting has no date. In an internship or entry-level role (the employment type is
    /// Internship, or the title says intern, internship, graduate, entry-level, apprentice or
    /// trainee), any number of years required is flagged; in a junior role (the title says
    /// junior or jr), more than two years. On a page describing several levels (a job family
    /// whose first level is "Junior ..."), the title's level is read against the first
    /// level's requirements only. "Ten (10) years" is read by its figure. Required
    /// open-source contributions
    /// are left to `unpaid-work-requirement`, for every role.
    ///
    /// ## Why is this bad?
    /// Years are a poor proxy for skill; the research on hiring (Van Iddekinge and others,
    /// 2019 meta-analysis) found pre-hire experience barely predicts performance. Large numbers
    /// screen out career changers and people who took time off for care, and "more years than
    /// the tool exists" tells experts the posting was not written by someone who knows the work.
    /// An internship or a first job exists to give experience; requiring years of it shuts out
    /// exactly the people the role is for.
    ///
    /// ## Example
    /// ```text
    /// 10+ years of experience with Rust.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Has shipped and maintained a production service in Rust.
    /// ```
    ///
    /// ## What it does not flag
    /// Modest numbers in experienced roles ("3-5 years of experience with Kubernetes"), years
    /// that are not experience ("founded 12 years ago", "a sabbatical after 10 years", a
    /// minimum age: "18 years of age or older", "aged 16 years or over", a look-back period:
    /// "no convictions within the last 10 years", residence: "resident in the UK for at least
    /// 3 years", study: "2 years of an undergraduate degree", a licence held for a time, a
    /// commitment or the length of the programme: "the apprenticeship lasts 3 years"), the
    /// years of the employer and its people ("a team with 20+ years of combined experience",
    /// "trading for over 10 years"), and experience offered as a plus to an entry-level
    /// applicant ("1 year of customer service preferred"), as in an internship's nice-to-have
    /// list:
    /// ```text
    /// Nice to have: a year of experience with Python.
    /// ```
    id: "experience-inflation",
    category: Clarity,
    severity: Warning,
    has_fix: false,
    check: check,
}

/// The year assumed as "now" when the posting has no date. Rules are pure, so they cannot ask
/// the clock; bump this with each yearly release.
const DEFAULT_YEAR: i32 = 2026;

/// Technologies and their first public release year (lower-case, single words or joined).
const TECHNOLOGIES: &[(&str, i32)] = &[
    ("rust", 2015),
    ("go", 2009),
    ("golang", 2009),
    ("kubernetes", 2014),
    ("k8s", 2014),
    ("docker", 2013),
    ("swift", 2014),
    ("kotlin", 2011),
    ("typescript", 2012),
    ("react", 2013),
    ("vue", 2014),
    ("svelte", 2016),
    ("flutter", 2017),
    ("terraform", 2014),
    ("graphql", 2015),
    ("elixir", 2012),
    ("deno", 2018),
    ("tailwind", 2017),
    ("nextjs", 2016),
    ("pytorch", 2016),
    ("tensorflow", 2015),
    ("kafka", 2011),
    ("spark", 2014),
    ("snowflake", 2014),
    ("dbt", 2016),
    ("airflow", 2015),
    ("chatgpt", 2022),
    ("llms", 2020),
    ("llm", 2020),
    ("webassembly", 2017),
    ("wasm", 2017),
    ("bun", 2022),
    ("vite", 2020),
    ("htmx", 2020),
    ("fastapi", 2018),
    ("supabase", 2020),
    ("langchain", 2022),
    ("playwright", 2020),
    ("swiftui", 2019),
];

fn years() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        // "5+ years", "3-5 years", and the figure in brackets after the word ("Ten (10) years").
        compile_pattern(r"(?i)(?:(?-u:\b)(\d{1,2})\s*(?:\+|plus)?\s*(?:(?:-|–|to)\s*(\d{1,2})\s*)?\+?\s*|\((\d{1,2})\)\s*(?:\+|plus)?\s*)(?:years?|yrs?)(?-u:\b)")
    })
}

/// The lower (or only) number of years a [`years`] match asks for.
fn low_of(found: &regex::Captures) -> i32 {
    found
        .get(1)
        .or_else(|| found.get(3))
        .and_then(|number| number.as_str().parse().ok())
        .unwrap_or(0)
}

fn reference_year(context: &Context) -> i32 {
    context
        .posting
        .date_posted
        .get(..4)
        .and_then(|year| year.parse().ok())
        .unwrap_or(DEFAULT_YEAR)
}

const SECTIONS: &[Section] = &[
    Section::Summary,
    Section::MustHave,
    Section::NiceToHave,
    Section::Unplaced,
];

/// Title words that mark an internship or a first job.
const ENTRY_LEVEL_TITLE_WORDS: &[&str] = &[
    "intern",
    "interns",
    "internship",
    "graduate",
    "apprentice",
    "apprenticeship",
    "trainee",
];

/// Title words that mark a junior role: some experience may be asked, but not a senior's.
const JUNIOR_TITLE_WORDS: &[&str] = &["junior", "jr"];

/// Years of experience a junior role may ask for; more reads as a mid-level requirement.
const JUNIOR_MAX_YEARS: i32 = 2;

/// The most years of experience the role's level allows, when its title or employment type
/// names a level: none for an internship or an entry-level role, [`JUNIOR_MAX_YEARS`] for a
/// junior one.
fn level_limit(context: &Context) -> Option<(i32, &'static str)> {
    if context.posting.employment_type == Some(EmploymentType::Internship) {
        return Some((0, "an internship or entry-level role"));
    }
    let title = &context.posting.title;
    let tokens = crate::text::tokenize(title);
    let has = |words: &[&str]| {
        tokens
            .iter()
            .any(|token| words.contains(&token.lower.as_str()))
    };
    if contains_ignore_ascii_case(title, "entry-level")
        || contains_ignore_ascii_case(title, "entry level")
        || has(ENTRY_LEVEL_TITLE_WORDS)
    {
        return Some((0, "an internship or entry-level role"));
    }
    has(JUNIOR_TITLE_WORDS).then_some((JUNIOR_MAX_YEARS, "a junior role"))
}

/// True when the years just matched are an age ("18 years of age or older", "21 years old"),
/// not experience.
fn is_age(rest: &str) -> bool {
    // Compares the first bytes only: lower-casing the whole rest of the field for every match
    // made this rule quadratic in the field's length.
    let rest = rest.trim_start().as_bytes();
    let starts_with = |prefix: &[u8]| {
        rest.get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
    };
    starts_with(b"of age") || starts_with(b"old") || starts_with(b"of older")
}

/// Sections that state what is required of an applicant.
const REQUIRED: &[Section] = &[Section::MustHave, Section::Unplaced];

/// Experience required of interns and entry-level applicants beyond `limit` years (none), and
/// of junior applicants beyond a junior's; `level` names the role's level in the message.
/// True when the words before a number of years make it a look-back period ("no convictions
/// within the last 10 years", "every employer for the past 7 years"), not experience.
fn is_lookback(before: &str) -> bool {
    // The last bytes only: lower-casing all the text before every match made the rule
    // quadratic in the field's length.
    let before = before.trim_end().as_bytes();
    ["the last", "the past", "previous", "preceding"]
        .iter()
        .any(|words| {
            before.len() >= words.len()
                && before[before.len() - words.len()..].eq_ignore_ascii_case(words.as_bytes())
        })
}

/// The lower-case words of the sentence around a number of years, at most 120 bytes each
/// side: what comes before the number and what comes after it.
fn sentence_around(text: &str, whole: &std::ops::Range<usize>) -> (String, String) {
    let mut from = whole.start.saturating_sub(120);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = (whole.end + 120).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let before = &text[from..whole.start];
    let before = before
        .rfind(['.', ';', '\n', '!', '?'])
        .map_or(before, |at| &before[at + 1..]);
    let after = &text[whole.end..to];
    let after = &after[..after
        .find(['.', ';', '\n', '!', '?'])
        .unwrap_or(after.len())];
    (before.to_lowercase(), after.to_lowercase())
}

/// True when the years matched at `whole` are no experience asked of the applicant: an age
/// ("18 years of age", "aged 16 years or over"), a look-back period ("within the last 10
/// years"), residence ("resident in the UK for 3 years"), study ("2 years of an undergraduate
/// degree"), how long a licence has been held, a commitment or the length of the programme
/// ("commit to 2 years", "the apprenticeship lasts 3 years"), or the years of the employer
/// and its people ("a team with 20+ years of combined experience", "trading for over 10
/// years").
fn not_asked_of_applicant(text: &str, whole: &std::ops::Range<usize>) -> bool {
    if is_age(&text[whole.end..]) || is_lookback(&text[..whole.start]) {
        return true;
    }
    let (before, after) = sentence_around(text, whole);
    let before = before.trim_end();
    let after = after.trim_start();
    const STUDY: &[&str] = &[
        "undergraduate",
        "college",
        "university",
        "degree",
        "bachelor",
        "school",
        "secondary",
        "coursework",
        "education",
        "studies",
        "study",
        "full-time study",
    ];
    let studies = after
        .strip_prefix("of ")
        .map(|rest| {
            let rest = ["an ", "a ", "the ", "your ", "high "]
                .iter()
                .find_map(|article| rest.strip_prefix(article))
                .unwrap_or(rest);
            STUDY.iter().any(|word| {
                rest.strip_prefix(word)
                    .is_some_and(|tail| !tail.starts_with(char::is_alphabetic))
            })
        })
        .unwrap_or(false);
    let ends = |words: &[&str]| words.iter().any(|word| before.ends_with(word));
    let has = |words: &[&str]| words.iter().any(|word| before.contains(word));
    let applicant = has(&[
        "you",
        "candidate",
        "applicant",
        "someone",
        "ideal",
        "must",
        "should",
    ]);
    studies
        || [
            "of combined",
            "combined",
            "with us",
            "or over",
            "or older",
            "of residence",
            "of residency",
        ]
        .iter()
        .any(|words| after.starts_with(words))
        || ends(&[
            "aged",
            "aged at least",
            "aged over",
            // An upper age limit ("Age below 32 years"): age-bias's concern, no experience.
            "age below",
            "age under",
            "age limit",
            "age up to",
            "age not more than",
            "age not exceeding",
            "commit to",
            "commit to at least",
            "lasts",
            "lasts for",
            "runs for",
        ])
        || has(&["resident", "lived in", "residing", "reside in", "residency"])
        || has(&["licence", "license", "licensed"]) && has(&["held", "holding", "had"])
        || !applicant
            && has(&[
                "combined",
                "alongside",
                "team with",
                "trading",
                "in business",
                "been around",
                "serving",
                "established",
                "we've been",
                "we have been",
                "our ",
            ])
}

/// Whether the sentence around an entry-level role's years offers them as a plus, not a
/// condition ("1 year of customer service preferred").
fn offered_as_a_plus(text: &str, whole: &std::ops::Range<usize>) -> bool {
    let (before, after) = sentence_around(text, whole);
    [
        "preferred",
        "desirable",
        "a plus",
        "an advantage",
        "advantageous",
        "nice to have",
        "beneficial",
    ]
    .iter()
    .any(|words| before.contains(words) || after.contains(words))
}

fn check_entry_level(
    field: &FieldText,
    (limit, level): (i32, &str),
    diagnostics: &mut Vec<Diagnostic>,
) {
    for found in years().captures_iter(field.text) {
        let Some(whole) = found.get(0) else { continue };
        let low = low_of(&found);
        let rest = &field.text[whole.end()..];
        if not_asked_of_applicant(field.text, &whole.range())
            || offered_as_a_plus(field.text, &whole.range())
        {
            continue;
        }
        let sentence = &rest[..rest.find(['.', ';', '\n']).unwrap_or(rest.len())];
        let in_list = field.section() == Section::MustHave;
        if low > limit && (in_list || contains_ignore_ascii_case(sentence, "experience")) {
            diagnostics.push(Diagnostic::spanned(
                &RULE,
                field.field,
                whole.range(),
                format!("'{}' of experience asked of {level}", whole.as_str()),
                if limit == 0 {
                    "The role is where people get experience; ask for what they can learn or have tried (coursework, a project), not for years."
                } else {
                    "A junior role is where people build experience; ask for a year or two at most, or describe the work they should be able to do."
                },
            ));
        }
    }
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let first = diagnostics.len();
    if let Some(limit) = level_limit(context) {
        // On a page describing several levels (a job family whose first level is "Junior
        // ..."), the title names the first level only: the later blocks of the must-have list
        // are the other levels' requirements.
        let later_levels: Vec<crate::model::Field> =
            duplicate_duty::list_groups(context, ListKind::MustHave, false)
                .iter()
                .skip(1)
                .flatten()
                .map(|text| text.field)
                .collect();
        for field in context.texts_in(REQUIRED) {
            if !later_levels.contains(&field.field) {
                check_entry_level(field, limit, diagnostics);
            }
        }
    }
    // Years already reported as asked of an entry-level role are not reported twice.
    let entry_level: Vec<(crate::model::Field, usize)> = diagnostics[first..]
        .iter()
        .filter_map(|d| Some((d.field?, d.span.as_ref()?.start)))
        .collect();
    let now = reference_year(context);
    for field in context.texts_in(SECTIONS) {
        // Every match holds a digit (`\d` also takes non-ASCII digits).
        if !field
            .text
            .bytes()
            .any(|byte| byte.is_ascii_digit() || !byte.is_ascii())
        {
            continue;
        }
        for found in years().captures_iter(field.text) {
            let Some(whole) = found.get(0) else { continue };
            if entry_level.contains(&(field.field, whole.start())) {
                continue;
            }
            let low = low_of(&found);
            if not_asked_of_applicant(field.text, &whole.range()) {
                continue;
            }
            let sentence_end = field.text[whole.end()..]
                .find(['.', ';', '\n'])
                .map_or(field.text.len(), |offset| whole.end() + offset);
            let first_after = field
                .tokens
                .partition_point(|token| token.span.start < whole.end());
            let technology = field.tokens[first_after..]
                .iter()
                .take_while(|token| token.span.end <= sentence_end)
                .take(8)
                .find_map(|token| {
                    TECHNOLOGIES
                        .iter()
                        .find(|(name, _)| *name == token.lower)
                        .map(|(_, year)| (token, *year))
                });
            if let Some((token, released)) = technology {
                let age = now - released;
                if low > age {
                    let name = token.text(field.text);
                    diagnostics.push(Diagnostic::spanned(
                        &RULE,
                        field.field,
                        whole.start()..token.span.end,
                        format!("'{}' asks for more years of {name} than it has existed (released {released})", whole.as_str()),
                        "Ask for what the person has built with it, not for a number of years.",
                    ));
                    continue;
                }
            }
            let in_list = matches!(field.section(), Section::MustHave | Section::NiceToHave);
            let about_experience = || {
                field.text[whole.end()..sentence_end]
                    .to_lowercase()
                    .contains("experience")
            };
            if low >= 10 && (in_list || about_experience()) {
                diagnostics.push(Diagnostic::spanned(
                    &RULE,
                    field.field,
                    whole.range(),
                    format!("'{}' of experience is a very high bar", whole.as_str()),
                    "Years barely predict performance and high numbers screen out career changers and people who took breaks; describe the level of work instead.",
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{flagged, item, run};

    #[test]
    fn a_minimum_age_is_no_experience_asked_of_an_apprentice() {
        let mut posting = item(ListKind::MustHave, "Must be 18 years of age or older.");
        posting.title = "Electrical Apprentice".into();
        posting.employment_type = Some(crate::model::EmploymentType::Internship);
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_a_minimum_age() {
        let mut posting = item(ListKind::MustHave, "18 years of age or older.");
        posting.push_item(ListKind::MustHave, "Must be 21 years old to drive");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_ten_plus_years() {
        let posting = item(ListKind::MustHave, "10+ years of backend development");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["10+ years"]);
    }

    #[test]
    fn flags_more_years_than_the_technology() {
        let mut posting = item(ListKind::MustHave, "8 years of experience with Kubernetes");
        posting.date_posted = "2020-05-01".into();
        let diagnostics = run(&RULE, &posting);
        assert_eq!(
            flagged(&posting, &diagnostics),
            ["8 years of experience with Kubernetes"]
        );
        assert!(diagnostics[0].message.contains("2014"));
    }

    fn internship(text: &str) -> crate::model::Posting {
        let mut posting = item(ListKind::MustHave, text);
        posting.employment_type = Some(EmploymentType::Internship);
        posting
    }

    #[test]
    fn ignores_open_source_left_to_unpaid_work_requirement() {
        let posting = internship("Open-source contributions on GitHub");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_years_asked_of_entry_level_roles() {
        let posting = internship("2+ years of experience with Python");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["2+ years"]);
        let posting = internship("10+ years of experience");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["10+ years"]);
        let mut posting = item(ListKind::MustHave, "1 year of professional experience");
        posting.title = "Entry-Level Data Analyst".into();
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["1 year"]);
        let mut posting = item(ListKind::MustHave, "3 years in customer support");
        posting.title = "Graduate Engineer".into();
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["3 years"]);
        // A junior role may ask for a year or two, not more.
        let mut posting = item(ListKind::MustHave, "3+ years of professional experience");
        posting.push_item(ListKind::MustHave, "1-2 years with React");
        posting.title = "Junior Developer".into();
        let diagnostics = run(&RULE, &posting);
        assert_eq!(flagged(&posting, &diagnostics), ["3+ years"]);
        assert!(diagnostics[0].message.contains("a junior role"));
        // A look-back period is no experience.
        let posting = internship("No felony convictions within the last 10 years");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn reads_a_junior_title_against_the_first_level_of_a_job_family_only() {
        // The importer numbers items in reading order: each level's requirements come after
        // its duties, so the must-have list falls into one block per level.
        let mut posting = crate::model::Posting {
            title: "Junior Payroll Specialist".into(),
            ..Default::default()
        };
        for (duty, requirements) in [
            (
                "Process payroll",
                ["3+ years of payroll experience", "Excel"],
            ),
            (
                "Run payroll for two countries",
                ["3-5 years of payroll experience", "ADP"],
            ),
            (
                "Own international payroll",
                ["5+ years of payroll experience", "CPP"],
            ),
        ] {
            posting.push_item(ListKind::Responsibilities, duty);
            posting.push_item(ListKind::Responsibilities, "Answer payroll questions");
            for requirement in requirements {
                posting.push_item(ListKind::MustHave, requirement);
            }
        }
        let diagnostics = run(&RULE, &posting);
        assert_eq!(flagged(&posting, &diagnostics), ["3+ years"]);
        assert!(diagnostics[0].message.contains("a junior role"));
    }

    #[test]
    fn reads_the_figure_in_brackets() {
        let posting = item(
            ListKind::MustHave,
            "Ten (10) years of progressively responsible experience",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["(10) years"]);
    }

    #[test]
    fn ignores_years_elsewhere() {
        let posting = item(ListKind::MustHave, "Contributor to open source projects");
        assert!(run(&RULE, &posting).is_empty());
        let mut posting = internship("Coursework in computer science");
        posting.push_item(ListKind::NiceToHave, "A year of experience with Python");
        posting.summary =
            "We were founded 12 years ago; this open source project has contributors.".into();
        assert!(run(&RULE, &posting).is_empty());
        let mut posting = item(ListKind::MustHave, "2 years of experience");
        posting.title = "Internal Auditor".into();
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_company_age() {
        let posting = crate::lint::rules::testing::summary("We were founded 12 years ago.");
        assert!(run(&RULE, &posting).is_empty());
        for text in [
            "You'll join a team with 20+ years of combined experience.",
            "Work alongside mechanics with 15 years of experience.",
            "We have been trading for over 10 years.",
        ] {
            let posting = item(ListKind::MustHave, text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
        // Asked of the applicant, in the same words.
        let posting = item(
            ListKind::MustHave,
            "You bring 12 years of experience on our kind of systems.",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["12 years"]);
    }

    #[test]
    fn ignores_years_of_residence_study_licences_and_programmes_in_entry_level_roles() {
        for text in [
            "You must have been resident in the UK for at least 3 years.",
            "Completed at least 2 years of an undergraduate degree in accounting.",
            "Completed at least 2 years of high school algebra.",
            "Currently enrolled, with at least 1 year of study remaining.",
            "Held a full UK licence for at least 1 year.",
            "Commit to at least 2 years with us after training.",
            "The apprenticeship lasts 3 years.",
            "Must be aged 16 years or over.",
            "1 year of customer service experience preferred.",
        ] {
            let posting = internship(text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
        let posting = internship("At least 1 year of retail experience.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["1 year"]);
    }

    #[test]
    fn ignores_modest_numbers() {
        let posting = item(
            ListKind::MustHave,
            "3-5 years of experience with Kubernetes",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(ListKind::Benefits, "Sabbatical after 10 years");
        assert!(run(&RULE, &posting).is_empty());
    }
}
