//! `cliche`: stock phrases that say nothing about the job.

use std::sync::OnceLock;

use super::JOB_PROSE;
use crate::lint::rule::{declare_rule, Context};
use crate::lint::word_list::{report, Entry, WordList};
use crate::lint::Diagnostic;

declare_rule! {
    /// Flags stock phrases such as "self-starter", "fast-paced" or "hit the ground running".
    ///
    /// ## What it does
    /// Finds recruiting clichés: "self-starter", "fast-paced environment", "wear many hats",
    /// "hit the ground running", "think outside (or out of) the box", "go the extra mile", "go-getter", "team player",
    /// "rockstar attitude"-style filler, "best-in-class", "world-class", "roll up your sleeves",
    /// "move the needle", "wear multiple hats", "first-class team", "to the next level", "no
    /// two days are the same", "small but mighty", "can-do attitude", "jack of all trades",
    /// in their usual forms ("hits the ground running", "go-getters", "moving the needle").
    ///
    /// ## Why is this bad?
    /// Every posting says these things, so readers skip them, and several hint at things a
    /// candidate would want to know plainly: "fast-paced" and "wear many hats" often mean
    /// understaffed; "hit the ground running" means little onboarding. Saying the concrete
    /// thing is shorter and more honest.
    ///
    /// ## Example
    /// ```text
    /// A self-starter who thrives in a fast-paced environment and can hit the ground running.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// You will plan your own week; we ship every day; your first month is paired onboarding.
    /// ```
    /// A fix replaces "small but mighty" with "small".
    ///
    /// ## What it does not flag
    /// The same words in their literal sense, outside the stock phrase: a product that works
    /// "right out of the box", a "self-hosted" server, "the ground floor", a "first class"
    /// ticket, "the next level" of a building. Nor "results-driven": it names a way of working
    /// (`gendered-wording` counts its "driven" for the posting's balance), and careful readers of
    /// real postings did not take it for filler.
    /// ```text
    /// The tool runs right out of the box; we release every Tuesday.
    /// ```
    id: "cliche",
    category: Clarity,
    severity: Suggestion,
    has_fix: true,
    check: check,
}

const STOCK: &str = "is a stock phrase that says little about the job";

static ENTRIES: &[Entry] = &[
    Entry::new("self-starter", STOCK),
    // The stock start-up slogan, in its variants ("we move fast, we break things").
    Entry::new("move fast and break things", STOCK),
    Entry::new("move fast break things", STOCK),
    Entry::new("move fast we break things", STOCK),
    Entry::new("top of your game", STOCK),
    Entry::new("top of their game", STOCK),
    Entry::new("self starter", STOCK),
    Entry::new("self-starters", STOCK),
    Entry::new("fast-paced", STOCK),
    Entry::new("fast paced", STOCK),
    Entry::new("wear many hats", STOCK),
    Entry::new("wears many hats", STOCK),
    Entry::new("wearing many hats", STOCK),
    Entry::new("hit the ground running", STOCK),
    Entry::new("hits the ground running", STOCK),
    Entry::new("hitting the ground running", STOCK),
    Entry::new("think outside the box", STOCK),
    Entry::new("think out of the box", STOCK),
    Entry::new("thinking out of the box", STOCK),
    Entry::new("thinking outside the box", STOCK),
    Entry::new("out of the box thinking", STOCK),
    Entry::new("outside the box", STOCK),
    Entry::new("outside-of-the-box", STOCK),
    Entry::new("out-of-the-box thinking", STOCK),
    Entry::new("go the extra mile", STOCK),
    Entry::new("goes the extra mile", STOCK),
    Entry::new("going the extra mile", STOCK),
    Entry::new("go-getter", STOCK),
    Entry::new("go-getters", STOCK),
    Entry::new("self-starting", STOCK),
    Entry::new("team player", STOCK),
    Entry::new("team players", STOCK),
    Entry::new("best-in-class", STOCK),
    Entry::new("world-class", STOCK),
    Entry::new("roll up your sleeves", STOCK),
    Entry::new("roll up their sleeves", STOCK),
    Entry::new("roll up our sleeves", STOCK),
    Entry::new("rolls up their sleeves", STOCK),
    Entry::new("rolling up your sleeves", STOCK),
    Entry::new("move the needle", STOCK),
    Entry::new("moves the needle", STOCK),
    Entry::new("moving the needle", STOCK),
    Entry::new("synergy", STOCK),
    Entry::new("game-changer", STOCK),
    Entry::new("game changer", STOCK),
    Entry::new("thought leader", STOCK),
    Entry::new("low-hanging fruit", STOCK),
    Entry::new("drink from a fire hose", STOCK),
    Entry::new("drink from the firehose", STOCK),
    Entry::new("dynamic environment", STOCK),
    Entry::new("passion for excellence", STOCK),
    Entry::new("wear multiple hats", STOCK),
    Entry::new("wears multiple hats", STOCK),
    Entry::new("wearing multiple hats", STOCK),
    Entry::new("wear a lot of hats", STOCK),
    Entry::new("wear lots of hats", STOCK),
    Entry::new("wear several hats", STOCK),
    Entry::new("wear different hats", STOCK),
    Entry::new("jack of all trades", STOCK),
    // Imported text may drop the article: think "out of box".
    Entry::new("think out of box", STOCK),
    Entry::new("out of box thinking", STOCK),
    // Quotation marks may stand between "think" and the phrase ('think "out of box"'); a
    // product that works out of the box, or an out-of-box experience, is literal.
    Entry::new("out of box", STOCK)
        .unless_prev(&[
            "works", "work", "working", "runs", "run", "right", "straight", "ready",
        ])
        .unless_next(&[
            "experience",
            "support",
            "integration",
            "integrations",
            "setup",
            "features",
        ]),
    Entry::new("first class team", STOCK),
    Entry::new("first-class team", STOCK),
    Entry::new("to the next level", STOCK),
    Entry::new("no two days are the same", STOCK),
    Entry::new("no two days are alike", STOCK),
    Entry::new("no two days will be the same", STOCK),
    Entry::new("no day is the same", STOCK),
    // A thin team asked for heroics; the words say nothing about the team.
    Entry::new("small but mighty", STOCK).replace(&["small"]),
    Entry::new("small-but-mighty", STOCK).replace(&["small"]),
    Entry::new("can-do attitude", STOCK),
    Entry::new("bias for action", STOCK),
    Entry::new("bias towards action", STOCK),
    Entry::new("bias toward action", STOCK),
    Entry::new("can do attitude", STOCK),
];

fn list() -> &'static WordList {
    static LIST: OnceLock<WordList> = OnceLock::new();
    LIST.get_or_init(|| WordList::new(ENTRIES))
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    for field in context.texts_in(JOB_PROSE) {
        report(
            &RULE,
            list(),
            field,
            |_| "Replace it with the concrete fact it stands for, or delete it.",
            diagnostics,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{fixed, flagged, run, summary};

    #[test]
    fn flags_the_start_up_slogan_in_its_variants() {
        let posting = summary("We move fast, we break things. Move fast and break things.");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["move fast, we break things", "Move fast and break things"]
        );
    }

    #[test]
    fn flags_stock_phrases() {
        let posting =
            summary("A self-starter in a fast-paced team who can hit the ground running.");
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(
            found,
            ["self-starter", "fast-paced", "hit the ground running"]
        );
        let posting = summary("Be willing to go the extra mile for our families.");
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found, ["go the extra mile"]);
    }

    #[test]
    fn flags_other_forms_of_the_phrases() {
        let posting = summary(
            "Go-getters and team players who hit the ground running, wear several hats and keep moving the needle.",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            [
                "Go-getters",
                "team players",
                "hit the ground running",
                "wear several hats",
                "moving the needle"
            ]
        );
    }

    #[test]
    fn flags_a_can_do_attitude() {
        let posting = summary("A team player with a can-do attitude.");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["team player", "can-do attitude"]
        );
    }

    #[test]
    fn flags_think_out_of_the_box() {
        let posting = summary("You think out of the box. Out-of-the-box thinking wins.");
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found, ["think out of the box", "Out-of-the-box thinking"]);
    }

    #[test]
    fn flags_more_stock_phrases() {
        let posting = summary(
            "Our small-but-mighty, first class team will wear multiple hats, think \"out of box\" \
             and take us to the next level: no two days are the same.",
        );
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(
            found,
            [
                "small-but-mighty",
                "first class team",
                "wear multiple hats",
                "out of box",
                "to the next level",
                "no two days are the same"
            ]
        );
    }

    #[test]
    fn fixes_small_but_mighty() {
        let posting = summary("We are a small but mighty team.");
        assert_eq!(fixed(&RULE, &posting).summary, "We are a small team.");
    }

    #[test]
    fn flags_think_out_of_box_without_the_article() {
        let posting = summary("You can think out of box when stuck.");
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found, ["think out of box"]);
    }

    #[test]
    fn ignores_literal_classes_and_levels() {
        let posting = summary("Travel first class; the next level of the garage; a small team.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_a_product_that_works_out_of_the_box() {
        let posting = summary("The product works right out of the box when deployed.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_a_way_of_working() {
        let posting = summary("A results-driven leader for our Chicago terminals.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_literal_uses() {
        let posting = summary("Start the self-hosted server; pace the rollout; the ground floor.");
        assert!(run(&RULE, &posting).is_empty());
    }
}
