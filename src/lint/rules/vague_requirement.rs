//! `vague-requirement`: requirements that cannot be checked ("strong", "solid", "familiarity").

use crate::text::compile_pattern;
use std::ops::Range;
use std::sync::OnceLock;

use regex::Regex;

use crate::lint::rule::{declare_rule, Context, FieldText};
use crate::lint::word_list::{find_from_words_within, finding, Entry, TriggerWords, WordList};
use crate::lint::Diagnostic;
use crate::model::Section;
use crate::text::line_at;

declare_rule! {
    /// Flags requirements nobody can check: "strong", "solid", "excellent", "familiarity", "related field".
    ///
    /// ## What it does
    /// In the requirement lists (and in text not yet sorted into sections), finds vague
    /// qualifiers: "strong", "solid", "excellent", "good understanding", "deep understanding",
    /// "sound knowledge", "familiarity", "proven ability", "proven track record", "working
    /// knowledge", "related field", "relevant experience", and "good" before a skill ("good IT
    /// skills", "good attention to detail", "good customer service skills"). Single adjectives ("strong", "superior", ...) are only
    /// read in the requirement lists, where they qualify a requirement. A praised skill with
    /// nothing to check it by ("excellent written and verbal communication skills", "stellar
    /// communication skills", "good communication skills") is flagged as one phrase when
    /// nothing in the same item (or line) makes it measurable: no number, and no "for example",
    /// "such as", "e.g.", "including" or "shown by".
    ///
    /// ## Why is this bad?
    /// Each reader fills a vague word with their own bar. Research on applications (for example
    /// the Hewlett-Packard internal report popularised by Mohr in 2014) suggests women more
    /// often apply only when they meet every requirement, so an unmeasurable bar deters them
    /// more; it also gives interviewers room for bias because nobody agreed what "strong" means.
    ///
    /// ## Example
    /// ```text
    /// Strong understanding of distributed systems; familiarity with Kubernetes.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Has designed or run a service that spans several machines; has deployed to Kubernetes
    /// (we will teach you our setup).
    /// ```
    ///
    /// ## What it does not flag
    /// The same adjectives outside the requirements ("a strong team", "excellent health
    /// cover"), "a related field" after a list of named fields ("a degree in planning,
    /// geography, architecture or a related field"), "relevant experience" in the clause that
    /// widens a degree ("or an equivalent combination of relevant experience and training"),
    /// a bar the item explains by what the person can do ("Working knowledge of SQL: you can
    /// write a join to find the failed messages"), praise before what is not a skill ("a
    /// great culture fit", "a strong culture fit", "a great smile", "a great sense of humor":
    /// other rules' concern), a term of art ("the trade-offs of strong consistency", "solid
    /// waste management"), "good" that bars no skill ("a licence in good standing"), a language level on a scale ("an excellent command of English
    /// (C1 level)"), a named tool ("Proficient in Microsoft Office": a reader knows
    /// whether they are), and a skill whose item says how it
    /// shows:
    /// ```text
    /// Excellent written communication skills, for example design documents other teams review.
    /// ```
    id: "vague-requirement",
    category: Clarity,
    severity: Suggestion,
    has_fix: false,
    check: check,
}

const VAGUE: &str = "is a vague bar that each reader fills in differently";
/// Where single adjectives qualify a requirement.
const LISTS: &[Section] = &[Section::MustHave];
/// The must-haves, text not yet sorted, and the summary, where postings often state their
/// requirements ("Success in this role will require strong collaboration"). Nice-to-haves are
/// left out: a vague bar on an optional item excludes nobody.
/// Duties are read too: importers put a "what we look for" list there when its heading is
/// unfamiliar ("Strong experience in Linux systems administration").
const SECTIONS: &[Section] = &[
    Section::MustHave,
    Section::Unplaced,
    Section::Summary,
    Section::Responsibilities,
];

/// Verbs that make knowledge a goal of the job, not a bar at hiring ("develop a deep
/// understanding of their customers", "become familiar with customer environments").
const GOAL: &[&str] = &[
    "develop",
    "develops",
    "developing",
    "build",
    "building",
    "gain",
    "gaining",
    "become",
    "becoming",
    "get",
    "acquire",
    "deepen",
];

/// Knowledge named as a goal of the job behind an article ("develop a deep understanding").
const GOALS: &[&str] = &[
    "develop a deep understanding",
    "develop a good understanding",
    "gain a deep understanding",
    "gain a good understanding",
    "build a deep understanding",
    "build a good understanding",
];

/// Words after a praising adjective that show it is not a bar on a skill: "a strong culture
/// fit" (left to `exclusionary-language`), "a great place to work", "a great smile" (a look,
/// left to `appearance-requirement`), "a great personality" (`personality-requirement`).
const NOT_A_SKILL: &[&str] = &[
    "culture",
    "cultural",
    "fit",
    "place",
    "team",
    "company",
    "opportunity",
    "smile",
    "personality",
    "attitude",
    "sense",
];

/// The part of [`NOT_A_SKILL`] that is never a skill after any praise: "a strong culture fit",
/// "an excellent personality". ("A strong team player" is a vague bar; "a great team" is the
/// company's.) Nor is a term of art that the adjective is part of: "the trade-offs of strong
/// consistency", "strong acids", "solid waste", "solid-state drives"; nor a body ("a strong
/// back", a physical demand).
const NOT_A_BAR: &[&str] = &[
    "culture",
    "cultural",
    "fit",
    "smile",
    "personality",
    "consistency",
    "acid",
    "acids",
    "bases",
    "waste",
    "state",
    // A body, not a skill: "a strong back" (physical-demands reads it).
    "back",
    "stomach",
];

static ENTRIES: &[Entry] = &[
    Entry::new("strong understanding", VAGUE),
    Entry::new("strong knowledge", VAGUE),
    Entry::new("strong experience", VAGUE),
    Entry::new("solid understanding", VAGUE),
    Entry::new("solid knowledge", VAGUE),
    Entry::new("solid experience", VAGUE),
    Entry::new("good understanding", VAGUE).unless_prev(GOAL),
    Entry::new("good knowledge", VAGUE),
    Entry::new("deep understanding", VAGUE).unless_prev(GOAL),
    Entry::new("excellent knowledge", VAGUE),
    Entry::new("deep knowledge", VAGUE).unless_prev(GOAL),
    Entry::new("deep expertise", VAGUE).unless_prev(GOAL),
    // Which programs, to do what? ("Proficient in Microsoft Office" names the tools: a
    // reader can check themselves against it.)
    Entry::new("computer literate", VAGUE),
    Entry::new("working knowledge", VAGUE),
    Entry::new("familiarity", VAGUE),
    Entry::new("familiar with", VAGUE).unless_prev(GOAL),
    Entry::new("proven ability", VAGUE),
    Entry::new("proven track record", VAGUE),
    Entry::new("proven experience", VAGUE),
    Entry::new("related field", VAGUE),
    Entry::new("related fields", VAGUE),
    Entry::new("related discipline", VAGUE),
    Entry::new("relevant experience", VAGUE),
    Entry::new("strong background", VAGUE),
    Entry::new("solid background", VAGUE),
    Entry::new("strong collaboration", VAGUE),
    Entry::new("high degree of", VAGUE),
    Entry::new("well-versed", VAGUE),
    Entry::new("well versed", VAGUE),
    Entry::new("excellent judgment", VAGUE),
    Entry::new("excellent judgement", VAGUE),
    Entry::new("sound judgment", VAGUE),
    Entry::new("sound judgement", VAGUE),
    Entry::new("good judgment", VAGUE),
    Entry::new("good judgement", VAGUE),
    Entry::new("sound knowledge", VAGUE).unless_prev(GOAL),
    Entry::new("sound understanding", VAGUE).unless_prev(GOAL),
    // "Good" bars a skill only before one: "in good standing" and "in good working order"
    // are no bar.
    Entry::new("good it skills", VAGUE).only_in(LISTS),
    Entry::new("good computer skills", VAGUE).only_in(LISTS),
    Entry::new("good attention to detail", VAGUE).only_in(LISTS),
    Entry::new("good organisational skills", VAGUE).only_in(LISTS),
    Entry::new("good organizational skills", VAGUE).only_in(LISTS),
    Entry::new("good interpersonal skills", VAGUE).only_in(LISTS),
    Entry::new("good time management", VAGUE).only_in(LISTS),
    Entry::new("good customer service skills", VAGUE).only_in(LISTS),
    Entry::new("good knife skills", VAGUE).only_in(LISTS),
    Entry::new("good mechanical aptitude", VAGUE).only_in(LISTS),
    Entry::new("great", VAGUE)
        .only_in(LISTS)
        .unless_next(NOT_A_SKILL),
    Entry::new("superb", VAGUE).only_in(LISTS),
    Entry::new("stellar", VAGUE).only_in(LISTS),
    Entry::new("superlative", VAGUE).only_in(LISTS),
    Entry::new("expert in", VAGUE).only_in(LISTS),
    Entry::new("expert-level", VAGUE).only_in(LISTS),
    Entry::new("expert level", VAGUE).only_in(LISTS),
    Entry::new("strong", VAGUE)
        .only_in(LISTS)
        .unless_next(NOT_A_BAR),
    Entry::new("solid", VAGUE)
        .only_in(LISTS)
        .unless_next(NOT_A_BAR),
    Entry::new("excellent", VAGUE)
        .only_in(LISTS)
        .unless_next(NOT_A_BAR),
    Entry::new("exceptional", VAGUE)
        .only_in(LISTS)
        .unless_next(NOT_A_BAR),
    Entry::new("outstanding", VAGUE)
        .only_in(LISTS)
        .unless_next(NOT_A_BAR),
    Entry::new("superior", VAGUE).only_in(LISTS),
];

/// The words every [`communication_claim`] starts with.
const PRAISE: &[&str] = &[
    "excellent",
    "good",
    "stellar",
    "effective",
    "strong",
    "great",
    "superb",
    "outstanding",
    "exceptional",
    "superior",
];

/// Praise for communication skills: an adjective, any of the kinds of communication, then
/// "communication skills". Anchored at one of the [`PRAISE`] words.
fn communication_claim() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(concat!(
            r"(?i)^(?:excellent|good|stellar|effective|strong|great|superb|outstanding|exceptional|superior)\s+",
            r"(?:(?:written|verbal|oral|spoken|interpersonal|presentation|writing|english|and|or|&)[\s,/]+){0,8}",
            r"(?:communications?\s+skills|english)(?-u:\b)",
        ))
    })
}

/// Words that say how a skill shows, making it checkable.
const EVIDENCE: &[&str] = &[
    "e.g.",
    "for example",
    "for instance",
    "such as",
    "including",
    "shown by",
    "demonstrated by",
    "as shown",
    "writing sample",
    "portfolio",
    // "which for this role means writing a business case", "you can explain ... to a parent".
    " means ",
    ": you can ",
];

/// Markdown link targets, whose digits are addresses, not measures.
fn link_target() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| compile_pattern(r"\]\([^)\s]*\)"))
}

/// True when the line holding `at` says how the skill shows: a number or an [`EVIDENCE`]
/// phrase (link addresses left out).
fn line_is_measurable(text: &str, at: usize) -> bool {
    let line = link_target()
        .replace_all(line_at(text, at), "]")
        .to_lowercase();
    line.chars().any(|character| character.is_ascii_digit())
        || EVIDENCE.iter().any(|phrase| line.contains(phrase))
}

/// True when the line holding `at` names a language level on a common scale: the CEFR's A1
/// to C2, or a named test (IELTS, TOEFL, DELF, DALF, the Goethe certificates).
fn names_a_language_level(text: &str, at: usize) -> bool {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    let pattern = PATTERN.get_or_init(|| {
        compile_pattern(
            r"(?-u:\b)(?:[ABC][12]|CEFR|IELTS|TOEFL|DELF|DALF|Goethe-Zertifikat)(?-u:\b)",
        )
    });
    pattern.is_match(line_at(text, at))
}

const COMMUNICATION_HELP: &str = "Say what the person will communicate, to whom and how (\"writes design documents other teams review\", \"presents to customers every week\"), so applicants can check themselves against it.";

/// Praised communication skills in one field: (span, whether the item makes them measurable).
fn communication_claims(field: &FieldText) -> Vec<(Range<usize>, bool)> {
    static TRIGGERS: OnceLock<TriggerWords> = OnceLock::new();
    let triggers = TRIGGERS.get_or_init(|| TriggerWords::new(PRAISE));
    find_from_words_within(field, triggers, communication_claim(), false)
        .into_iter()
        .map(|span| {
            let measurable = line_is_measurable(field.text, span.start);
            (span, measurable)
        })
        .collect()
}

fn list() -> &'static WordList {
    static LIST: OnceLock<WordList> = OnceLock::new();
    LIST.get_or_init(|| WordList::with_exceptions(ENTRIES, GOALS))
}

/// True when the sentence before `at` names several fields in a list ("a degree in planning,
/// geography, architecture or a related field"): the related field is then bounded by them.
fn names_fields_before(field: &FieldText, at: usize) -> bool {
    let text = field.text;
    let start = field
        .sentences()
        .iter()
        .find(|sentence| sentence.start <= at && at <= sentence.end)
        .map_or(0, |sentence| sentence.start);
    let before = &text[start..at];
    let list_start = before.rfind(" in ").map_or(0, |index| index + 4);
    before[list_start..].contains(',')
}

/// True when the tools a skill covers are named right after it, at byte `end`: "(Excel, Word
/// and SAP)", ", including Microsoft Office", ": email, Word and a database", "such as
/// Excel". Not another demand after a comma ("Good IT skills, Excel a must").
fn names_the_tools_after(text: &str, end: usize) -> bool {
    let after = text.get(end..).unwrap_or("").trim_start();
    // The first bytes only: the rest of the field is not read.
    let head = after.trim_start_matches([',', ' ']).as_bytes();
    let opener = after.starts_with(['(', ':'])
        || ["including ", "such as ", "e.g.", "especially ", "in "]
            .iter()
            .any(|word| {
                head.get(..word.len())
                    .is_some_and(|start| start.eq_ignore_ascii_case(word.as_bytes()))
            });
    opener
        && after
            .trim_start_matches(['(', ':', ',', ' '])
            .starts_with(|c: char| c.is_alphanumeric())
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    for field in context.texts_in(SECTIONS) {
        let first = diagnostics.len();
        let claims = communication_claims(field);
        for (span, measurable) in &claims {
            if *measurable {
                continue;
            }
            let words = &field.text[span.clone()];
            diagnostics.push(Diagnostic::spanned(
                &RULE,
                field.field,
                span.clone(),
                format!("'{words}' is a vague bar: nothing in the item says how they show"),
                COMMUNICATION_HELP,
            ));
        }
        for found in list().find(field) {
            // A word inside a praised skill was judged with the whole phrase.
            let inside_claim = claims
                .iter()
                .any(|(span, _)| span.start < found.span.end && found.span.start < span.end);
            if inside_claim {
                continue;
            }
            // "An excellent command of English (C1 level)": the level is named on a scale.
            if names_a_language_level(field.text, found.span.start) {
                continue;
            }
            // "Working knowledge of SQL: you can write a join to find the failed messages": the
            // item says what the person can do at that level.
            let line = line_at(field.text, found.span.start).to_lowercase();
            if [
                ": you can ",
                " \u{2014} you can ",
                " - you can ",
                " means you can ",
            ]
            .iter()
            .any(|anchor| line.contains(anchor))
            {
                continue;
            }
            // "A related field" after a list of named fields is bounded by them.
            if found.entry.phrase.starts_with("related ")
                && names_fields_before(field, found.span.start)
            {
                continue;
            }
            // "Or an equivalent combination of relevant experience and training": the clause
            // that widens a requirement to other routes, not a bar of its own.
            if found.entry.phrase == "relevant experience"
                && field.text[..found.span.start]
                    .rsplit([',', ';', '.'])
                    .next()
                    .is_some_and(|clause| clause.to_lowercase().contains("equivalent"))
            {
                continue;
            }
            // "Good IT skills, including Word, Excel and email", "Computer literate (Excel,
            // Word and SAP)": the tools named right after bound the skill.
            if names_the_tools_after(field.text, found.span.end)
                && matches!(
                    found.entry.phrase,
                    "good it skills" | "good computer skills" | "computer literate"
                )
            {
                continue;
            }
            let words = field.text.get(found.span.clone()).unwrap_or("");
            let message = format!("'{words}' {}", found.entry.note);
            diagnostics.push(finding(
                &RULE,
                field,
                &found,
                message,
                "Say what the person has done or can do, in terms an applicant can check against their own experience.",
            ));
        }
        // This field's findings in reading order.
        crate::sort::sort_by_key(&mut diagnostics[first..], |diagnostic| {
            diagnostic.span.as_ref().map(|span| span.start)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{flagged, item, run, summary};
    use crate::model::ListKind;

    #[test]
    fn a_culture_fit_or_a_named_tool_is_not_a_vague_skill() {
        let posting = item(
            ListKind::MustHave,
            "Must be a strong culture fit with our team.",
        );
        assert!(run(&RULE, &posting).is_empty());
        let mut posting = item(ListKind::MustHave, "Proficient in Microsoft Office");
        posting.push_item(ListKind::MustHave, "Deep expertise in distributed systems");
        posting.push_item(ListKind::MustHave, "A strong team player");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Deep expertise", "strong"]
        );
    }

    #[test]
    fn flags_vague_qualifiers_in_requirements() {
        let posting = item(
            ListKind::MustHave,
            "Strong understanding of SQL and familiarity with Rust; solid testing skills",
        );
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found, ["Strong understanding", "familiarity", "solid"]);
    }

    #[test]
    fn flags_praised_communication_skills_as_one_phrase() {
        for text in [
            "Excellent written and verbal communication skills",
            "Stellar interpersonal, presentation, verbal, and written communication skills, across all levels",
            "Effective communication skills: regular consensus with peers, and clear status updates",
            "Strong communication skills",
            "Good communication skills",
        ] {
            let posting = item(ListKind::MustHave, text);
            let diagnostics = run(&RULE, &posting);
            let found = flagged(&posting, &diagnostics);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert!(found[0].ends_with("communication skills"), "{text}");
            assert!(diagnostics[0].message.contains("nothing in the item"));
        }
    }

    #[test]
    fn flags_good_before_a_skill_and_sound_knowledge() {
        for (text, words) in [
            ("Good IT skills", "Good IT skills"),
            ("Good IT skills, Excel a must", "Good IT skills"),
            (
                "Good customer service skills",
                "Good customer service skills",
            ),
            ("Good attention to detail", "Good attention to detail"),
            ("Good mechanical aptitude", "Good mechanical aptitude"),
            (
                "Sound knowledge of the NMC Code and safeguarding",
                "Sound knowledge",
            ),
        ] {
            let posting = item(ListKind::MustHave, text);
            assert_eq!(flagged(&posting, &run(&RULE, &posting)), [words], "{text}");
        }
        // "Good" that bars no skill, and IT skills bounded by the tools they cover.
        for text in [
            "A nursing licence in good standing",
            "A car in good working order",
            "Good IT skills, including Word, Excel and email",
            "Computer literate (Excel, Word and SAP)",
        ] {
            let posting = item(ListKind::MustHave, text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
    }

    #[test]
    fn ignores_communication_skills_with_evidence() {
        for text in [
            "Excellent written communication skills, for example design documents other teams review",
            "Strong communication skills: you have presented to 200 customers",
            "Great communication skills, shown by a writing sample",
        ] {
            let posting = item(ListKind::MustHave, text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
    }

    #[test]
    fn flags_superior_as_a_bar() {
        let posting = item(ListKind::MustHave, "Superior attention to detail");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["Superior"]);
    }

    #[test]
    fn flags_more_unmeasurable_bars() {
        let posting = item(
            ListKind::MustHave,
            "Great organizational skills, a very strong background and a high degree of expertise; expert in Microsoft Office",
        );
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(
            found,
            ["Great", "strong background", "high degree of", "expert in"]
        );
    }

    #[test]
    fn a_language_level_on_a_scale_is_a_measure() {
        let posting = item(
            ListKind::MustHave,
            "You have an excellent command of English (C1 level) and are willing to learn Dutch",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            Vec::<String>::new()
        );
        let posting = item(ListKind::MustHave, "An excellent command of English");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["excellent"]);
    }

    #[test]
    fn flags_praised_english_as_one_phrase() {
        let posting = item(
            ListKind::MustHave,
            "You can demonstrate excellent spoken and written English.",
        );
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found, ["excellent spoken and written English"]);
    }

    #[test]
    fn flags_requirements_stated_in_the_summary() {
        let posting = summary(
            "Success in this role will require strong collaboration, excellent judgment and proven experience; you are well-versed in React.",
        );
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(
            found,
            [
                "strong collaboration",
                "excellent judgment",
                "proven experience",
                "well-versed"
            ]
        );
    }

    #[test]
    fn ignores_knowledge_as_a_goal_of_the_job() {
        let mut posting = item(
            ListKind::Responsibilities,
            "Become familiar with customer environments",
        );
        posting.push_item(
            ListKind::Responsibilities,
            "Help agencies develop a deep understanding of users",
        );
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_communication_skills_explained_in_the_item() {
        for text in [
            "Strong communication skills, which for this role means writing a business case",
            "Strong communication skills: you can explain progress to a parent in plain words",
            "Working knowledge of SQL: you can write a join to find the failed messages",
        ] {
            let posting = item(ListKind::MustHave, text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
        let posting = item(ListKind::MustHave, "Working knowledge of SQL");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Working knowledge"]
        );
    }

    #[test]
    fn ignores_a_related_field_after_named_fields() {
        let posting = item(
            ListKind::MustHave,
            "A degree in planning, geography, architecture or a related field.",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(
            ListKind::MustHave,
            "A degree in Computer Science or a related field.",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["related field"]);
        // The equivalence clause widens the degree; "relevant experience" alone is a bar.
        let posting = item(
            ListKind::MustHave,
            "A degree in psychology, or an equivalent combination of relevant experience and training.",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(ListKind::MustHave, "Relevant experience in a busy office.");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Relevant experience"]
        );
    }

    #[test]
    fn ignores_a_great_culture_fit() {
        let posting = item(
            ListKind::MustHave,
            "A great culture fit who shares our passion",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(ListKind::MustHave, "A bubbly personality and a great smile");
        assert!(run(&RULE, &posting).is_empty());
        // Terms of art.
        for text in [
            "Experience with distributed data stores and the trade-offs of strong consistency.",
            "Experience handling strong acids and bases under a fume hood.",
            "Two years in solid waste collection or recycling.",
            // A body, read by physical-demands.
            "A strong back and a good work ethic",
        ] {
            assert!(
                run(&RULE, &item(ListKind::MustHave, text)).is_empty(),
                "{text}"
            );
        }
        // The adjective before a skill is still a vague bar.
        let posting = item(ListKind::MustHave, "Strong Excel skills and solid SQL");
        assert_eq!(run(&RULE, &posting).len(), 2);
    }

    #[test]
    fn ignores_nice_to_haves_and_demonstrated_abilities() {
        let mut posting = item(
            ListKind::NiceToHave,
            "Working knowledge of Ruby; familiarity with Haml",
        );
        posting.push_item(
            ListKind::MustHave,
            "Demonstrated ability to manage projects",
        );
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_benefits_and_summary() {
        let mut posting = summary("A strong team with solid funding.");
        posting.push_item(ListKind::Benefits, "Excellent health cover");
        assert!(run(&RULE, &posting).is_empty());
    }
}
