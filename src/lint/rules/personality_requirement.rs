//! `personality-requirement`: a mood or temperament asked of the candidate ("a sense of
//! humor", "an optimistic outlook").

use std::sync::OnceLock;

use crate::lint::rule::{declare_rule, Context};
use crate::lint::word_list::{is_negated, report_kept, Entry, WordList};
use crate::lint::Diagnostic;
use crate::model::Section;

declare_rule! {
    /// Flags a mood or temperament required of the candidate: "sense of humor", "good humor", "an optimistic outlook".
    ///
    /// ## What it does
    /// In the requirements, the duties, the summary and unsorted text, finds temperaments
    /// asked of the person: a "sense of humor" (or humour), "good humor", an "optimistic
    /// outlook", "lightheartedness", a "bubbly", "outgoing" or "energetic personality", a "positive" or
    /// "upbeat attitude", a "winning mentality", a "sunny disposition", a "strong
    /// personality", "thick skin", someone who "lights up a room".
    ///
    /// ## Why is this bad?
    /// A temperament is not a skill: nobody can check it against their experience, and
    /// interviewers fill it with "people like us", the opening for affinity bias. A duty to
    /// display a mood asks for emotional labour and tells people living with depression or
    /// anxiety that they are not wanted.
    ///
    /// ## Example
    /// ```text
    /// A collaborative team player with a sense of humor. Good humor is a key requirement.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// You give and take feedback openly and keep a calm tone with upset customers.
    /// ```
    ///
    /// ## What it does not flag
    /// The team or company describing itself ("we have a sense of humor", in the about-us
    /// text), a temperament the posting says it does not ask ("you don't need to be bubbly"),
    /// and humour as the subject of the work ("write humor columns"):
    /// ```text
    /// About us: a friendly team with a sense of humor. You will write humor columns.
    /// ```
    id: "personality-requirement",
    category: Bias,
    severity: Warning,
    has_fix: false,
    check: check,
}

const MOOD: &str = "asks for a temperament, not a skill";

/// Where a posting says what the person must be or do.
const CANDIDATE: &[Section] = &[
    Section::Summary,
    Section::Responsibilities,
    Section::MustHave,
    Section::NiceToHave,
    Section::Unplaced,
];

/// "Our sense of humor": the team about itself.
const SELF: &[&str] = &["our", "team's"];

/// "A smile that lights up the room": the words before a smile's effect.
const SMILE: &[&str] = &["that", "which"];

/// The team describing itself, inside which an entry is not reported.
const ABOUT_US: &[&str] = &[
    "we have a sense of humor",
    "we have a sense of humour",
    "we've got a sense of humor",
    "we've got a sense of humour",
    "team has a sense of humor",
    "team has a sense of humour",
];

static ENTRIES: &[Entry] = &[
    Entry::new("sense of humor", MOOD).unless_prev(SELF),
    Entry::new("sense of humour", MOOD).unless_prev(SELF),
    Entry::new("good humor", MOOD),
    Entry::new("good humour", MOOD),
    Entry::new("good-humored", MOOD),
    Entry::new("good-humoured", MOOD),
    Entry::new("optimistic outlook", MOOD),
    Entry::new("lightheartedness", MOOD),
    Entry::new("light-heartedness", MOOD),
    Entry::new("bubbly", MOOD),
    Entry::new("bubbly personality", MOOD),
    Entry::new("outgoing personality", MOOD),
    // "Outgoing, energetic personality": the last trait before the noun.
    Entry::new("energetic personality", MOOD),
    Entry::new("cheerful personality", MOOD),
    Entry::new("vibrant personality", MOOD),
    Entry::new("sunny personality", MOOD),
    Entry::new("upbeat personality", MOOD),
    // "A winning mentality": a temperament, not something the work needs done.
    Entry::new("winning mentality", MOOD).unless_prev(SELF),
    Entry::new("winning mindset", MOOD).unless_prev(SELF),
    Entry::new("winner's mentality", MOOD).unless_prev(SELF),
    Entry::new("positive attitude", MOOD).unless_prev(SELF),
    Entry::new("upbeat attitude", MOOD).unless_prev(SELF),
    Entry::new("sunny disposition", MOOD),
    Entry::new("cheerful disposition", MOOD),
    Entry::new("happy disposition", MOOD),
    Entry::new("strong personality", MOOD),
    // "The type of person who lights up a room": an extravert's mood ("a smile that lights
    // up the room" is looks, left to `appearance-requirement`).
    Entry::new("lights up a room", MOOD).unless_prev(SMILE),
    Entry::new("light up a room", MOOD).unless_prev(SMILE),
    Entry::new("lights up the room", MOOD).unless_prev(SMILE),
    Entry::new("light up the room", MOOD).unless_prev(SMILE),
    // "Thick skin": asked to absorb rudeness, as a temperament.
    Entry::new("thick skin", MOOD),
    Entry::new("thick-skinned", MOOD),
    Entry::new("thick skinned", MOOD),
];

fn list() -> &'static WordList {
    static LIST: OnceLock<WordList> = OnceLock::new();
    LIST.get_or_init(|| WordList::with_exceptions(ENTRIES, ABOUT_US))
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    for field in context.texts_in(CANDIDATE) {
        report_kept(
            &RULE,
            list(),
            field,
            // "You don't need to be bubbly": the posting rules the demand out.
            &|found| !is_negated(field, found),
            &|_| {
                "Name the behaviour the work needs (\"keeps a calm tone with upset customers\") instead of a temperament."
            },
            diagnostics,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{flagged, item, run, summary};
    use crate::model::ListKind;

    #[test]
    fn flags_thick_skin_and_a_sunny_disposition() {
        for (text, words) in [
            ("You'll need a thick skin for the phones.", "thick skin"),
            ("Thick-skinned and calm.", "Thick-skinned"),
            ("A sunny disposition.", "sunny disposition"),
            (
                "The type of person who lights up a room.",
                "lights up a room",
            ),
            (
                "A strong personality to manage the site.",
                "strong personality",
            ),
        ] {
            let posting = item(ListKind::MustHave, text);
            assert_eq!(flagged(&posting, &run(&RULE, &posting)), [words], "{text}");
        }
        let posting = item(ListKind::MustHave, "A smile that lights up the room.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_a_positive_attitude_asked_of_the_person() {
        let posting = item(
            ListKind::MustHave,
            "Positive attitude and reliable transportation",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Positive attitude"]
        );
        let posting = item(ListKind::MustHave, "A winning mentality");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["winning mentality"]
        );
        let posting = item(ListKind::MustHave, "Outgoing, energetic personality");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["energetic personality"]
        );
    }

    #[test]
    fn ignores_a_temperament_the_posting_rules_out() {
        let posting = summary(
            "You don't need to be bubbly, either: patience and care matter more to our patients.",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary("You need to be bubbly.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["bubbly"]);
    }

    #[test]
    fn flags_humor_and_moods_asked_of_the_candidate() {
        let mut posting = item(
            ListKind::MustHave,
            "Collaborative team-player with a sense of humor",
        );
        posting.summary = "Good humor and empathy are key requirements.".into();
        posting.push_item(
            ListKind::Responsibilities,
            "Embodying an optimistic outlook and bringing a sense of joy",
        );
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(
            found,
            ["Good humor", "optimistic outlook", "sense of humor"]
        );
    }

    #[test]
    fn ignores_the_team_about_itself() {
        let mut posting = summary("You will write humor columns for the paper.");
        posting.about_company = "We are a friendly crew; our team has a sense of humor.".into();
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary("We have a sense of humour about our mistakes.");
        assert!(run(&RULE, &posting).is_empty());
    }
}
