//! `culture-jargon`: "rockstar", "ninja", "work hard, play hard", hollow perks.

use std::sync::OnceLock;

use super::APPLICANT_FACING;
use crate::lint::rule::{declare_rule, Context};
use crate::lint::word_list::{is_negated, report_kept, Entry, Match, Sense, WordList};
use crate::lint::Diagnostic;
use crate::model::Section;

declare_rule! {
    /// Flags bro-culture jargon ("rockstar", "ninja", "work hard, play hard") and hollow perks offered as benefits.
    ///
    /// ## What it does
    /// Finds hero nouns used for employees ("rockstar", "ninja", "guru", "genius", "unicorn",
    /// "wizard", "10x engineer", Australia's "gun closer"), party-culture slogans ("work hard, play hard", "we're a
    /// family", "they're family", "one big family", "we treat everyone like family", "we treat our caregivers like family", "hustle" (not a
    /// "side hustle"), "hustlers", "crush your quota",
    /// "crushing it", a
    /// "hungry" or "tireless" candidate) and, in the
    /// benefits list only, perks that are not benefits (ping-pong, video games, beer on tap, a
    /// shift drink or knock-off drink, free snacks or fruit, a snack wall, swag), and put-downs ("dead weight",
    /// "drama-free", "no drama"). "Small but mighty" is left to `cliche`. The how-to-apply text
    /// is read too ("with \"Social Rockstar\" in the subject line").
    /// Hero nouns come with a plain replacement; a fix also corrects the "a"/"an" before the
    /// word ("a rockstar" becomes "an expert").
    ///
    /// ## Why is this bad?
    /// Joblint and later studies of job ads found this vocabulary signals a young, male,
    /// always-on culture; people with caring duties, older people and women read it as "not for
    /// me". A perk list of toys and beer suggests the real benefits (pay, leave, pension,
    /// flexibility) are thin.
    ///
    /// ## Example
    /// ```text
    /// We need a JavaScript ninja. We work hard and play hard. Benefits: beer on tap.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// We need an experienced JavaScript developer. We keep to a 40-hour week. Benefits: 30
    /// days of paid leave.
    /// ```
    ///
    /// ## What it does not flag
    /// Hero nouns that name a thing ("a unicorn startup", "the next unicorn", "a fintech unicorn"
    /// for a company's valuation, "the setup wizard", "a genius idea") or that the posting turns down
    /// ("We're not looking for a rockstar or a 10x engineer"; a put-down stays one when
    /// denied: "no dead weight"),
    /// perks outside the benefits list and unsorted text ("we build tools for breweries that
    /// sell beer"), and
    /// "hungry" or "crush" not said of a person or a target ("no one goes hungry", "crush
    /// injuries"), a family business or policy ("We are a family-owned business", "a
    /// family-friendly employer"), names ("Rockstar Games", "Ninja Van", "Guru-brand
    /// kitchenware", "the Hustle Academy") and "the hustle and bustle" of a city.
    /// ```text
    /// We are a unicorn startup; improve the setup wizard.
    /// ```
    id: "culture-jargon",
    category: Bias,
    severity: Warning,
    has_fix: true,
    check: check,
}

const HERO: &str = "is hero jargon for an employee";
const SLOGAN: &str = "signals an always-on party culture";
const PERK: &str = "is a perk, not a benefit";
const HARSH: &str = "is a put-down that tells readers how colleagues get judged";
const SEXUALISED: &str = "is sexualised wording that has no place in a job posting";
const PROFANE: &str = "is profanity; many readers stop there";
/// The benefits list, and text the importer could not sort, where a perk list often lands
/// when its heading is unusual ("Perks", "What you get").
const BENEFITS: &[Section] = &[Section::Benefits, Section::Unplaced];
/// Hero nouns are only jargon when they describe a person, not a product or a company.
const NOT_PEOPLE: &[&str] = &["startup", "startups", "company", "companies", "valuation"];
/// "Genius" as a modifier of a thing, not a person ("a genius idea", the "Genius Bar").
const NOT_A_GENIUS: &[&str] = &["bar", "idea", "ideas", "move", "moves", "hour", "plan"];

/// Words after a hero noun or a slogan that make it part of a name ("Rockstar Games", "Ninja
/// Van", "Guru-brand kitchenware", "the Hustle Academy", the Ninja build system).
const NAMED: &[&str] = &[
    "games",
    "van",
    "academy",
    "brand",
    "studios",
    "studio",
    "records",
    "squad",
    "labs",
    "energy",
    "foundation",
    "build",
    "builds",
    "files",
    "file",
];

/// Words after "family" that make it the kind of business ("We are a family-owned business",
/// "we are a family business"), not the slogan.
const FAMILY_BUSINESS: &[&str] = &[
    "owned",
    "run",
    "business",
    "company",
    "firm",
    "farm",
    "practice",
    "restaurant",
    // "A family-friendly employer": a policy, not the slogan.
    "friendly",
    "oriented",
    "focused",
    "leave",
    "members",
];

static ENTRIES: &[Entry] = &[
    Entry::new("rockstar", HERO)
        .replace(&["expert"])
        .unless_next(NAMED),
    Entry::new("rockstars", HERO).replace(&["experts"]),
    Entry::new("rock star", HERO).replace(&["expert"]),
    Entry::new("rock stars", HERO).replace(&["experts"]),
    // Not the Ninja build system.
    Entry::new("ninja", HERO)
        .replace(&["expert"])
        .unless_next(NAMED),
    Entry::new("ninjas", HERO).replace(&["experts"]),
    Entry::new("guru", HERO)
        .replace(&["expert"])
        .unless_next(NAMED),
    Entry::new("gurus", HERO).replace(&["experts"]),
    Entry::new("wizard", HERO)
        .replace(&["expert"])
        .unless_prev(&[
            "setup",
            "install",
            "installation",
            "configuration",
            "onboarding",
            "import",
            "signup",
            "checkout",
            "migration",
        ])
        // A wizard "that bakeries use" is a screen, not a person.
        .unless_next(&[
            "that", "which", "flow", "screen", "screens", "step", "steps",
        ]),
    Entry::new("wizards", HERO)
        .replace(&["experts"])
        .unless_prev(&["setup", "install", "installation", "configuration"]),
    Entry::new("jedi", HERO).replace(&["expert"]),
    Entry::new("superstar", HERO).replace(&["standout"]),
    Entry::new("superstars", HERO).replace(&["standouts"]),
    // "The next unicorn", "a leading fintech unicorn": a company's valuation, not a person.
    Entry::new("unicorn", HERO)
        .replace(&["rare candidate"])
        .unless_next(NOT_PEOPLE)
        .unless_prev(&[
            "next",
            "fintech",
            "edtech",
            "healthtech",
            "proptech",
            "insurtech",
            "regtech",
            "legaltech",
            "agritech",
            "climate",
            "tech",
            "saas",
            "ai",
            "startup",
            "billion-dollar",
        ]),
    Entry::new("genius", HERO)
        .replace(&["talented person"])
        .unless_next(NOT_A_GENIUS),
    Entry::new("geniuses", HERO).replace(&["talented people"]),
    // Australian slang for a star performer, before the kind of person ("a gun closer"), not
    // a tool ("a nail gun operator").
    Entry::new("gun", HERO).replace(&["top"]).if_next(&[
        "closer",
        "closers",
        "salesperson",
        "salespeople",
        "negotiator",
        "recruiter",
        // Tradespeople ("gun sparkies wanted"), not a tool's operator.
        "sparky",
        "sparkies",
        "tradie",
        "tradies",
        "chippy",
        "chippies",
        "electrician",
        "electricians",
        "plumber",
        "plumbers",
        "carpenter",
        "carpenters",
        "mechanic",
        "mechanics",
    ]),
    Entry::new("10x engineer", HERO).replace(&["highly effective engineer"]),
    Entry::new("10x developer", HERO).replace(&["highly effective developer"]),
    Entry::new("work hard play hard", SLOGAN),
    Entry::new("work hard and play hard", SLOGAN),
    Entry::new("work hard play harder", SLOGAN),
    Entry::new("work hard and play harder", SLOGAN),
    Entry::new("work hard and we play hard", SLOGAN),
    Entry::new("works hard plays hard", SLOGAN),
    Entry::new("works hard and plays hard", SLOGAN),
    Entry::new("we're a family", SLOGAN).unless_next(FAMILY_BUSINESS),
    Entry::new("we are a family", SLOGAN).unless_next(FAMILY_BUSINESS),
    // "Our team is a family and we look after each other": the slogan said of the team.
    Entry::new("team is a family", SLOGAN).unless_next(FAMILY_BUSINESS),
    Entry::new("team is family", SLOGAN),
    // "We're not just coworkers, we're family."
    // ("We are family owned and independent": the kind of business again.)
    Entry::new("we're family", SLOGAN).unless_next(FAMILY_BUSINESS),
    Entry::new("we are family", SLOGAN).unless_next(FAMILY_BUSINESS),
    // "Our travelers aren't numbers, they're family": the same slogan said of the staff.
    Entry::new("they're family", SLOGAN).unless_next(FAMILY_BUSINESS),
    Entry::new("they are family", SLOGAN).unless_next(FAMILY_BUSINESS),
    Entry::new("like a family", SLOGAN).unless_next(FAMILY_BUSINESS),
    // "We treat everyone like family", "treat each other like family": the slogan said of the
    // staff (not "like family leave", see `FAMILY_BUSINESS`).
    Entry::new("everyone like family", SLOGAN).unless_next(FAMILY_BUSINESS),
    Entry::new("each other like family", SLOGAN).unless_next(FAMILY_BUSINESS),
    Entry::new("you like family", SLOGAN).unless_next(FAMILY_BUSINESS),
    Entry::new("treated like family", SLOGAN).unless_next(FAMILY_BUSINESS),
    // "We treat our caregivers like family", "staff like family".
    Entry::new("caregivers like family", SLOGAN).unless_next(FAMILY_BUSINESS),
    Entry::new("staff like family", SLOGAN).unless_next(FAMILY_BUSINESS),
    Entry::new("employees like family", SLOGAN).unless_next(FAMILY_BUSINESS),
    Entry::new("people like family", SLOGAN).unless_next(FAMILY_BUSINESS),
    Entry::new("one big family", SLOGAN).unless_next(FAMILY_BUSINESS),
    Entry::new("a second family", SLOGAN).unless_next(FAMILY_BUSINESS),
    // Not a "side hustle" (a business of one's own, counted as experience).
    Entry::new("hustle", SLOGAN)
        .unless_next(NAMED)
        .unless_prev(&["side"]),
    Entry::new("hustler", SLOGAN),
    Entry::new("hustlers", SLOGAN),
    Entry::new("crushing it", SLOGAN),
    Entry::new("crush it", SLOGAN),
    // Targets to be crushed: the always-on sales vocabulary.
    Entry::new("crush", SLOGAN).if_next(&[
        "your", "the", "our", "their", "every", "quota", "quotas", "targets", "goals", "numbers",
    ]),
    Entry::new("crushing", SLOGAN).if_next(&[
        "your", "the", "quota", "quotas", "targets", "goals", "numbers",
    ]),
    // A "hungry" person (for success): said of the candidate, not of people who lack food.
    Entry::new("hungry", SLOGAN)
        .unless_prev(&[
            "go", "goes", "going", "feed", "feeding", "the", "children", "families", "people",
        ])
        .sense(Sense::TraitOfPerson),
    Entry::new("tireless", SLOGAN),
    Entry::new("tirelessly", SLOGAN),
    Entry::new("beast mode", SLOGAN),
    Entry::new("ping pong", PERK).only_in(BENEFITS),
    Entry::new("ping-pong", PERK).only_in(BENEFITS),
    Entry::new("foosball", PERK).only_in(BENEFITS),
    Entry::new("beer", PERK).only_in(BENEFITS),
    Entry::new("beers", PERK).only_in(BENEFITS),
    Entry::new("kegerator", PERK).only_in(BENEFITS),
    Entry::new("shift drink", PERK).only_in(BENEFITS),
    Entry::new("shift drinks", PERK).only_in(BENEFITS),
    // Australia's and New Zealand's name for it.
    Entry::new("knock-off drink", PERK).only_in(BENEFITS),
    Entry::new("knock-off drinks", PERK).only_in(BENEFITS),
    // ... and "Friday arvo drinks on the deck".
    Entry::new("arvo drinks", PERK).only_in(BENEFITS),
    Entry::new("friday drinks", PERK).only_in(BENEFITS),
    Entry::new("open bar", PERK).only_in(BENEFITS),
    Entry::new("free snacks", PERK).only_in(BENEFITS),
    Entry::new("snacks", PERK).only_in(BENEFITS),
    Entry::new("pizza", PERK).only_in(BENEFITS),
    Entry::new("happy hour", PERK).only_in(BENEFITS),
    Entry::new("happy hours", PERK).only_in(BENEFITS),
    Entry::new("game room", PERK).only_in(BENEFITS),
    Entry::new("pool table", PERK).only_in(BENEFITS),
    Entry::new("video games", PERK).only_in(BENEFITS),
    Entry::new("snack wall", PERK).only_in(BENEFITS),
    Entry::new("stocked kitchen", PERK).only_in(BENEFITS),
    Entry::new("free fruit", PERK).only_in(BENEFITS),
    Entry::new("fruit", PERK).only_in(BENEFITS),
    Entry::new("swag", PERK).only_in(BENEFITS),
    Entry::new("company swag", PERK).only_in(BENEFITS),
    Entry::new("beer fridge", PERK),
    Entry::new("heroic", HERO).replace(&["dedicated"]),
    Entry::new("brogrammer", HERO).replace(&["programmer"]),
    Entry::new("brogrammers", HERO).replace(&["programmers"]),
    Entry::new("bro down", SLOGAN),
    Entry::new("crush code", SLOGAN).replace(&["write code"]),
    Entry::new("drama-free", HARSH),
    Entry::new("drama free", HARSH),
    Entry::new("no drama", HARSH),
    Entry::new("dead weight", HARSH),
    Entry::new("dead-weight", HARSH),
    Entry::new("sexy", SEXUALISED).replace(&["polished"]),
    Entry::new("fuck", PROFANE),
    Entry::new("fucking", PROFANE),
    Entry::new("shit", PROFANE),
    Entry::new("damn", PROFANE),
    Entry::new("crap", PROFANE),
];

fn list() -> &'static WordList {
    static LIST: OnceLock<WordList> = OnceLock::new();
    // "The hustle and bustle of city life" is the city's, not a culture.
    LIST.get_or_init(|| WordList::with_exceptions(ENTRIES, &["hustle and bustle"]))
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let help = |entry: &Entry| {
        if entry.note == PERK {
            "List benefits people plan their lives around: pay, leave, pension, health cover, flexibility."
        } else {
            "Say what the person will do and what the workplace is really like."
        }
    };
    for field in context.texts_in(APPLICANT_FACING) {
        // "We're not looking for a rockstar or a 10x engineer": the hero turned down. (A
        // put-down stays one when denied: "no dead weight".)
        let kept = |found: &Match| found.entry.note != HERO || !is_negated(field, found);
        report_kept(&RULE, list(), field, &kept, &help, diagnostics);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{fixed, flagged, item, run, summary};
    use crate::model::{ListKind, Posting};

    #[test]
    fn reads_how_to_apply_too() {
        let mut posting = Posting::default();
        posting.how_to_apply.text =
            "Email your CV with \"Social Rockstar\" in the subject line.".into();
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["Rockstar"]);
    }

    #[test]
    fn jargon_turned_down_is_not_flagged() {
        let posting = summary("We're not looking for a rockstar or a 10x engineer.");
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary("We're looking for a rockstar, not a clock-watcher.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["rockstar"]);
    }

    #[test]
    fn the_next_unicorn_is_a_company() {
        let posting = summary("We are going to be the next unicorn.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_hero_nouns_and_slogans() {
        let posting = summary("A JavaScript ninja or Rock Star. We work hard, play hard.");
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found, ["ninja", "Rock Star", "work hard, play hard"]);
        let posting = summary("We are a crew that works hard and plays hard.");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["works hard and plays hard"]
        );
        let posting = summary("We work hard and we play hard.");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["work hard and we play hard"]
        );
    }

    #[test]
    fn flags_plurals_and_other_forms() {
        let posting = summary("Our wizards are hustlers, crushing it as one big family.");
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(
            found,
            ["wizards", "hustlers", "crushing it", "one big family"]
        );
    }

    #[test]
    fn flags_the_family_slogan_said_of_the_staff() {
        let posting = summary("We work hard and treat everyone like family.");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["everyone like family"]
        );
        let posting =
            summary("You'll be treated like family. Paid leave for everyone like family leave.");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["treated like family"]
        );
    }

    #[test]
    fn flags_profanity_put_downs_and_sexualised_words() {
        let posting =
            summary("Our damn sexy site needs no dead weight; let's crush code. No drama.");
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(
            found,
            ["damn", "sexy", "dead weight", "crush code", "No drama"]
        );
    }

    #[test]
    fn flags_perks_only_in_benefits() {
        let posting = item(ListKind::Benefits, "Beer on tap and a ping-pong table");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Beer", "ping-pong"]
        );
        let posting = item(ListKind::Benefits, "Friday beers and a BBQ at the yard");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["beers"]);
        let posting = item(ListKind::Benefits, "Free shift drink");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["shift drink"]);
        let posting = item(ListKind::Benefits, "Knock-off drink after your shift");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Knock-off drink"]
        );
        let posting = summary("We build tools for breweries that sell beer.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_names_and_the_bustle_of_a_city() {
        for text in [
            "Sell Guru-brand kitchenware in our flagship store.",
            "Our Ninja Van partners collect parcels every morning.",
            "Coordinate the Rockstar Games account.",
            "Support the Hustle Academy youth programme.",
            "Teach students about the hustle and bustle of city life.",
            "We are a family-friendly employer with flexible hours.",
            "Running your own side hustle counts as marketing experience.",
        ] {
            let posting = summary(text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
        let posting = summary("We treat our caregivers like family.");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["caregivers like family"]
        );
        let posting = item(ListKind::Benefits, "Friday arvo drinks on the deck");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["arvo drinks"]);
        let posting = summary("Our travelers aren't numbers, they're family.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["they're family"]);
        let posting = summary("Hustle is in our DNA. We're a family here. We're family.");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Hustle", "We're a family", "We're family"]
        );
        let posting = summary("Our team is a family and we look after each other!");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["team is a family"]
        );
        assert!(run(&RULE, &summary("Our team is a family business of four.")).is_empty());
    }

    #[test]
    fn ignores_a_family_business() {
        for text in [
            "We are a family-owned business with 34 people.",
            "We are a family business.",
            "We are family owned and independent, not part of a chain.",
            "We're family-run since 1962.",
        ] {
            assert!(run(&RULE, &summary(text)).is_empty(), "{text}");
        }
        assert_eq!(
            flagged(
                &summary("We are a family here."),
                &run(&RULE, &summary("We are a family here."))
            ),
            ["We are a family"]
        );
    }

    #[test]
    fn ignores_unicorn_companies_and_setup_wizards() {
        let posting = summary("A unicorn startup; improve the setup wizard.");
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary("The client is a leading fintech unicorn in Bengaluru.");
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary("Rebuild the onboarding wizard that shops use to import lists.");
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary("Speed up our CMake and Ninja builds.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_genius() {
        let posting = summary("We would hire an unproven genius.");
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found, ["genius"]);
    }

    #[test]
    fn flags_a_gun_closer_not_a_nail_gun() {
        let posting = summary("If you're a gun closer who loves the deal, apply.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["gun"]);
        let posting = summary("Calling all gun sparkies: apply today.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["gun"]);
        let posting = summary("Use a nail gun and a spray gun safely. Gun safety training.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_hungry_tireless_and_crushed_targets() {
        let posting =
            summary("Coachable, hungry and driven. A tireless executor. Crush your monthly quota.");
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found, ["hungry", "tireless", "Crush"]);
        let posting = summary("We're a young, hungry crew and we look out for each other.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["hungry"]);
        let posting = summary("If you're a hungry cook who wants more, talk to us.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["hungry"]);
        let posting = crate::lint::rules::testing::item(
            crate::model::ListKind::MustHave,
            "Hungry, coachable and motivated by uncapped earning potential",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["Hungry"]);
    }

    #[test]
    fn ignores_hunger_and_crushing_hazards() {
        let posting = summary(
            "No child goes hungry here. Nobody leaves our diner hungry. Guard against crush injuries.",
        );
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_snacks_games_and_swag_in_benefits() {
        let posting = item(
            ListKind::Benefits,
            "A fully stocked snack wall, video games, swag and free fruit on Fridays",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["snack wall", "video games", "swag", "free fruit"]
        );
        let posting = summary("We sell fruit and video games.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_genius_for_things() {
        let posting = summary("A genius idea from the Genius Bar; a small team with mighty tools.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn fixes_hero_nouns() {
        let posting = summary("Ninja wanted.");
        assert_eq!(fixed(&RULE, &posting).summary, "Expert wanted.");
    }

    #[test]
    fn fixes_the_article_with_the_word() {
        let posting = summary("We want a rockstar.");
        assert_eq!(fixed(&RULE, &posting).summary, "We want an expert.");
        let posting = summary("We would hire an unproven genius, or an genius.");
        let diagnostics = run(&RULE, &posting);
        let mut fixed = posting.clone();
        crate::lint::apply_fix(&mut fixed, &diagnostics[1].fixes[0]).expect("applies");
        assert_eq!(
            fixed.summary,
            "We would hire an unproven genius, or a talented person."
        );
    }
}
