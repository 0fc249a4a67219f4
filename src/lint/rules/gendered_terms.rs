//! `gendered-terms`: generic pronouns and gendered job words.

use crate::text::compile_pattern;
use std::sync::OnceLock;

use super::JOB_PROSE;
use crate::lint::rule::{declare_rule, Context};
use regex::Regex;

use crate::lint::rule::FieldText;
use crate::lint::word_list::{finding, Entry, Match, WordList};
use crate::lint::Diagnostic;
use crate::model::Section;

declare_rule! {
    /// Flags generic he/she pronouns and gendered job words such as "chairman" or "guys".
    ///
    /// ## What it does
    /// Finds "his/her", "he or she", a lone "he" or "she" describing the candidate, and words
    /// that name a person by gender ("salesman", "chairman", "manpower", "guys", "girl
    /// Friday", "hostess", "handyman", "journeyman", "bellman", "chambermaid", "cleaning lady"), in the
    /// singular and the plural ("salesmen", "chairmen"), and offers a neutral word as a
    /// one-click fix. The equal-opportunity statement is not checked: it has
    /// to name genders.
    ///
    /// ## Why is this bad?
    /// Readers take a generic "he" or a "-man" job title literally. In Gaucher, Friesen and Kay's
    /// 2011 studies, wording that signals who usually holds a job made women find the job less
    /// appealing and feel they belonged less. "His/her" leaves out people who use neither.
    ///
    /// ## Example
    /// ```text
    /// The salesman reports to the chairman; he manages his/her own accounts.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// The salesperson reports to the chair; they manage their own accounts.
    /// ```
    ///
    /// ## What it does not flag
    /// Gender named where it has to be (the equal-opportunity statement), a lone "he" or "she"
    /// in the about-the-company section (it is about a real person there, not the candidate)
    /// or after a named person introduced by their role in the same paragraph ("Our CEO,
    /// Martin Hale, spends half of his time travelling", "our sommelier, Dev Patel, ... he will
    /// teach you"), a credential's legal name ("the state's journeyman certificate", "the
    /// Journeyman Electrician license exam"), and words that only contain a gendered part:
    /// ```text
    /// Manage the sales team, chair the weekly meeting and practise human-centred design.
    /// ```
    id: "gendered-terms",
    category: Bias,
    severity: Warning,
    has_fix: true,
    check: check,
}

/// Sections where a lone pronoun most likely means the candidate.
const CANDIDATE_SECTIONS: &[Section] = &[
    Section::Title,
    Section::Summary,
    Section::Responsibilities,
    Section::MustHave,
    Section::NiceToHave,
];

const PRONOUN: &str = "is a gendered pronoun for the candidate";
const GROUP: &str = "is a gendered way to address a group";
const NOUN: &str = "is a gendered word for a role";
const TRAIT: &str = "is a trait most women do not have, asked of candidates";

static ENTRIES: &[Entry] = &[
    Entry::new("he or she", PRONOUN).replace(&["they"]),
    Entry::new("he/she", PRONOUN).replace(&["they"]),
    Entry::new("she or he", PRONOUN).replace(&["they"]),
    Entry::new("s/he", PRONOUN).replace(&["they"]),
    Entry::new("his or her", PRONOUN).replace(&["their"]),
    Entry::new("his/her", PRONOUN).replace(&["their"]),
    Entry::new("her or his", PRONOUN).replace(&["their"]),
    Entry::new("him or her", PRONOUN).replace(&["them"]),
    Entry::new("him/her", PRONOUN).replace(&["them"]),
    Entry::new("himself or herself", PRONOUN).replace(&["themselves"]),
    Entry::new("himself/herself", PRONOUN).replace(&["themselves"]),
    Entry::new("he", PRONOUN)
        .replace(&["they"])
        .only_in(CANDIDATE_SECTIONS),
    Entry::new("she", PRONOUN)
        .replace(&["they"])
        .only_in(CANDIDATE_SECTIONS),
    Entry::new("his", PRONOUN)
        .replace(&["their"])
        .only_in(CANDIDATE_SECTIONS),
    Entry::new("him", PRONOUN)
        .replace(&["them"])
        .only_in(CANDIDATE_SECTIONS),
    Entry::new("himself", PRONOUN)
        .replace(&["themselves"])
        .only_in(CANDIDATE_SECTIONS),
    Entry::new("guys", GROUP).replace(&["everyone", "team"]),
    Entry::new("you guys", GROUP).replace(&["all of you"]),
    Entry::new("dude", NOUN).replace(&["person"]),
    Entry::new("dudes", NOUN).replace(&["people"]),
    Entry::new("beard", TRAIT).only_in(CANDIDATE_SECTIONS),
    Entry::new("beards", TRAIT).only_in(CANDIDATE_SECTIONS),
    Entry::new("ladies and gentlemen", GROUP).replace(&["everyone"]),
    Entry::new("manpower", NOUN).replace(&["staffing", "workforce"]),
    Entry::new("man-hours", NOUN).replace(&["person-hours"]),
    Entry::new("man hours", NOUN).replace(&["person-hours"]),
    Entry::new("chairman", NOUN).replace(&["chair"]),
    Entry::new("chairmen", NOUN).replace(&["chairs"]),
    Entry::new("salesman", NOUN).replace(&["salesperson"]),
    Entry::new("salesmen", NOUN).replace(&["salespeople"]),
    Entry::new("saleswoman", NOUN).replace(&["salesperson"]),
    Entry::new("saleswomen", NOUN).replace(&["salespeople"]),
    Entry::new("craftsman", NOUN).replace(&["craftsperson"]),
    Entry::new("craftsmen", NOUN).replace(&["craftspeople"]),
    Entry::new("foreman", NOUN).replace(&["supervisor"]),
    Entry::new("foremen", NOUN).replace(&["supervisors"]),
    Entry::new("businessman", NOUN).replace(&["businessperson"]),
    Entry::new("businessmen", NOUN).replace(&["businesspeople"]),
    Entry::new("spokesman", NOUN).replace(&["spokesperson"]),
    Entry::new("spokesmen", NOUN).replace(&["spokespeople"]),
    Entry::new("workman", NOUN).replace(&["worker"]),
    Entry::new("workmen", NOUN).replace(&["workers"]),
    Entry::new("repairman", NOUN).replace(&["repair technician"]),
    Entry::new("repairmen", NOUN).replace(&["repair technicians"]),
    Entry::new("cameraman", NOUN).replace(&["camera operator"]),
    Entry::new("cameramen", NOUN).replace(&["camera operators"]),
    Entry::new("middleman", NOUN).replace(&["intermediary"]),
    Entry::new("middlemen", NOUN).replace(&["intermediaries"]),
    Entry::new("guardsman", NOUN).replace(&["Guard member"]),
    Entry::new("guardsmen", NOUN).replace(&["Guard members"]),
    Entry::new("fireman", NOUN).replace(&["firefighter"]),
    Entry::new("firemen", NOUN).replace(&["firefighters"]),
    Entry::new("policeman", NOUN).replace(&["police officer"]),
    Entry::new("policemen", NOUN).replace(&["police officers"]),
    Entry::new("waitress", NOUN).replace(&["server"]),
    Entry::new("waitresses", NOUN).replace(&["servers"]),
    Entry::new("hostess", NOUN).replace(&["host"]),
    Entry::new("hostesses", NOUN).replace(&["hosts"]),
    Entry::new("barman", NOUN).replace(&["bartender"]),
    Entry::new("barmen", NOUN).replace(&["bartenders"]),
    Entry::new("doorman", NOUN).replace(&["door attendant"]),
    Entry::new("doormen", NOUN).replace(&["door attendants"]),
    Entry::new("handyman", NOUN).replace(&["maintenance worker"]),
    Entry::new("handymen", NOUN).replace(&["maintenance workers"]),
    Entry::new("deliveryman", NOUN).replace(&["delivery driver"]),
    Entry::new("deliverymen", NOUN).replace(&["delivery drivers"]),
    // "A journeyman license" is the credential's legal name, not a word for the worker.
    Entry::new("journeyman", NOUN).replace(&["journeyworker", "journey-level"]),
    Entry::new("journeymen", NOUN).replace(&["journeyworkers"]),
    Entry::new("bellman", NOUN).replace(&["bell attendant"]),
    Entry::new("bellmen", NOUN).replace(&["bell staff"]),
    Entry::new("busboy", NOUN).replace(&["busser"]),
    Entry::new("busboys", NOUN).replace(&["bussers"]),
    Entry::new("draftsman", NOUN).replace(&["drafter"]),
    Entry::new("draftsmen", NOUN).replace(&["drafters"]),
    Entry::new("tradesman", NOUN).replace(&["tradesperson"]),
    Entry::new("tradesmen", NOUN).replace(&["tradespeople"]),
    Entry::new("lineman", NOUN).replace(&["line worker"]),
    Entry::new("linemen", NOUN).replace(&["line workers"]),
    Entry::new("watchman", NOUN).replace(&["security guard"]),
    Entry::new("watchmen", NOUN).replace(&["security guards"]),
    Entry::new("chambermaid", NOUN).replace(&["room attendant"]),
    Entry::new("chambermaids", NOUN).replace(&["room attendants"]),
    Entry::new("cleaning lady", NOUN).replace(&["cleaner"]),
    Entry::new("cleaning ladies", NOUN).replace(&["cleaners"]),
    Entry::new("headmaster", NOUN).replace(&["head teacher"]),
    Entry::new("headmistress", NOUN).replace(&["head teacher"]),
    Entry::new("headmistresses", NOUN).replace(&["head teachers"]),
    Entry::new("stewardess", NOUN).replace(&["flight attendant"]),
    Entry::new("stewardesses", NOUN).replace(&["flight attendants"]),
    Entry::new("mankind", NOUN).replace(&["humanity"]),
    Entry::new("girl friday", NOUN).replace(&["all-round assistant"]),
    Entry::new("gal friday", NOUN).replace(&["all-round assistant"]),
    Entry::new("man friday", NOUN).replace(&["all-round assistant"]),
];

/// Words after a gendered trade word that make it the name of a credential ("the state's
/// journeyman certificate", "the Journeyman Electrician license exam"): one of the next two
/// words ([`names_a_credential`]).
const CREDENTIAL_WORDS: &[&str] = &[
    "certificate",
    "certification",
    "license",
    "licence",
    "card",
    "exam",
    "examination",
];

/// True when one of the two words after the match is a [`CREDENTIAL_WORDS`] word: the
/// gendered word is part of a credential's legal name, which the posting has to cite.
fn names_a_credential(field: &FieldText, found: &Match) -> bool {
    field
        .tokens
        .iter()
        .skip(found.tokens.end)
        .take(2)
        .any(|token| CREDENTIAL_WORDS.contains(&token.lower.as_str()))
}

fn list() -> &'static WordList {
    static LIST: OnceLock<WordList> = OnceLock::new();
    LIST.get_or_init(|| WordList::new(ENTRIES))
}

/// A named person introduced by their role: before the name ("Our CEO, Martin Hale,", "founder
/// Ana Ruiz", "our VP of Product, Marisol Ortega", "our head of data, Naomi Fischer", "care
/// coordinator Leah Johnson") or after it ("Keisha Morgan, our Director of Customer Success",
/// "Hannah Kowalczyk, our aquatic biologist"), the person the role reports to
/// ("you will report to Keisha Morgan"), the one who leads the team ("the team led by Ana
/// Ruiz"), a name after a title ("Dr. Funmilayo Adeyemi") or two people who share a surname
/// ("Teresa and Luis Ortega"), or any role in apposition after "our" or "the" ("our sommelier,
/// Dev Patel,"). A lone pronoun after it in the same paragraph is about that
/// person, not the candidate.
fn named_person() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        let role = r"(?i:ceo|cto|cfo|coo|founder|co-founder|president|chair|owner|director|manager|vp|head|lead|supervisor|mentor|developer|engineer|recruiter|partner|coordinator|controller|administrator|principal|superintendent|chef|editor|dean|coach|nurse|scientist|biologist|analyst|teacher|instructor|trainer|foreman|pharmacist|physician|accountant|architect|designer|producer|captain)";
        let name = |group: &str| format!(r"(?P<{group}>(?:\p{{Lu}}\p{{Ll}}+\s+)+\p{{Lu}}\p{{Ll}}+)");
        let (before, after, to, by) = (name("before"), name("after"), name("to"), name("by"));
        let appos = name("appos");
        compile_pattern(&format!(
            r"(?-u:\b){role}(?:\s+of(?:\s+\p{{L}}+){{1,3}})?,?\s+{before}|{after},\s+(?i:our|the|your)\s+\p{{L}}|(?-u:\b)(?i:report|reports|reporting)\s+to\s+{to}|(?-u:\b)(?i:led|managed|run|coached|supervised)\s+by\s+{by}|(?-u:\b)(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+(?P<titled>(?:\p{{Lu}}\p{{Ll}}+\s+)*\p{{Lu}}\p{{Ll}}+)|(?-u:\b)(?i:our|the)\s+(?:\p{{L}}+\s+){{0,2}}\p{{L}}+,\s+{appos},|(?-u:\b)(?P<pair>\p{{Lu}}\p{{Ll}}+\s+and\s+\p{{Lu}}\p{{Ll}}+\s+\p{{Lu}}\p{{Ll}}+)(?-u:\b)"
        ))
    })
}

/// Capitalised words that name a role, a team or a place of work, not a person: "Reports to
/// Store Manager", "Senior Engineer, Platform Team".
const NOT_A_NAME: &[&str] = &[
    "manager",
    "director",
    "team",
    "lead",
    "engineer",
    "engineering",
    "officer",
    "department",
    "group",
    "supervisor",
    "president",
    "partner",
    "services",
    "resources",
    "office",
    "support",
    "operations",
    "store",
    "platform",
    "product",
    "sales",
    "marketing",
    "success",
    "board",
    "head",
    "chief",
    "senior",
    "junior",
    "vice",
    "human",
    "customer",
    "company",
];

/// The names of the people `text` introduces (see [`named_person`]), each a few capitalised
/// words, with roles and teams left out.
fn names_in(text: &str) -> impl Iterator<Item = &str> {
    named_person().captures_iter(text).filter_map(|found| {
        let name = ["before", "after", "to", "by", "titled", "pair", "appos"]
            .iter()
            .find_map(|group| found.name(group))?
            .as_str();
        name.split_whitespace()
            .all(|word| word == "and" || !NOT_A_NAME.contains(&word.to_lowercase().as_str()))
            .then_some(name)
    })
}

/// True when a named person is introduced earlier in the paragraph holding `at`, or one of
/// the `known` names of people the posting introduces elsewhere is mentioned there ("Manage
/// Daniel's calendar and protect his focus time", after "our CEO, Daniel Okoye").
fn about_named_person(text: &str, at: usize, known: &[&str]) -> bool {
    let start = text[..at].rfind('\n').map_or(0, |newline| newline + 1);
    let paragraph = &text[start..at];
    names_in(paragraph).next().is_some()
        || paragraph
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .map(|word| {
                word.trim_end_matches("'s")
                    .trim_end_matches("’s")
                    .trim_end_matches(['\'', '’'])
            })
            .any(|word| known.contains(&word))
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let help = "Use a neutral word so every reader can picture themselves in the role.";
    // Every word of every name the posting introduces, found only when a lone pronoun needs it.
    let mut known: Option<Vec<&str>> = None;
    // The job's prose and how to apply ("tell us which start date he or she can make" is about
    // the applicant too).
    let checked = context.texts.iter().filter(|field| {
        let section = field.section();
        section == Section::HowToApply || JOB_PROSE.contains(&section)
    });
    for field in checked {
        for found in list().find(field) {
            if found.entry.note == NOUN && names_a_credential(field, &found) {
                continue;
            }
            let lone_pronoun = found.entry.note == PRONOUN && !found.entry.sections.is_empty();
            if lone_pronoun {
                let known = known.get_or_insert_with(|| {
                    context
                        .texts
                        .iter()
                        .flat_map(|field| names_in(field.text))
                        .flat_map(str::split_whitespace)
                        .filter(|word| *word != "and")
                        .collect()
                });
                if about_named_person(field.text, found.span.start, known) {
                    continue;
                }
            }
            let words = field.text.get(found.span.clone()).unwrap_or("");
            let message = format!("'{words}' {}", found.entry.note);
            diagnostics.push(finding(&RULE, field, &found, message, help));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{fixed, flagged, run, summary};
    use crate::model::Posting;

    #[test]
    fn flags_paired_pronouns_and_job_words() {
        let posting = summary("The Salesman weighs his/her options with the chairman.");
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found, ["Salesman", "his/her", "chairman"]);
    }

    #[test]
    fn flags_dudes_and_beards_asked_of_candidates() {
        let posting =
            summary("We want a JavaScript dude. Candidates with beards get extra credit.");
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found, ["dude", "beards"]);
    }

    #[test]
    fn ignores_equal_opportunity_statement_and_other_words() {
        let mut posting =
            summary("Manage the sales team and chair meetings; human-centred design.");
        posting.equal_opportunity = "We welcome men and women; he or she may ask.".into();
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_lone_pronouns_about_the_company() {
        let mut posting = summary("");
        posting.about_company = "Our founder started it; she still codes.".into();
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_plurals() {
        let posting = summary("Our salesmen and chairmen, you guys, and the businessmen.");
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found, ["salesmen", "chairmen", "you guys", "businessmen"]);
    }

    #[test]
    fn flags_hospitality_and_trade_words() {
        let posting =
            summary("We need waitresses and hostesses, a barman, a handyman and chambermaids.");
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(
            found,
            [
                "waitresses",
                "hostesses",
                "barman",
                "handyman",
                "chambermaids"
            ]
        );
    }

    #[test]
    fn every_gendered_noun_has_its_plural() {
        for entry in ENTRIES.iter().filter(|entry| entry.note == NOUN) {
            let plural = if let Some(stem) = entry.phrase.strip_suffix("man") {
                format!("{stem}men")
            } else if let Some(stem) = entry.phrase.strip_suffix("woman") {
                format!("{stem}women")
            } else if entry.phrase.ends_with("ess") {
                format!("{}es", entry.phrase)
            } else {
                continue;
            };
            assert!(
                ENTRIES.iter().any(|other| other.phrase == plural),
                "{} has no plural {plural}",
                entry.phrase
            );
        }
    }

    #[test]
    fn ignores_pronouns_for_a_named_person() {
        let posting = summary(
            "Our CEO, Martin Hale, travels half of his time, and he needs help. You will manage his calendar.",
        );
        assert!(run(&RULE, &posting).is_empty());
        for text in [
            "You report to our VP of Product, Marisol Ortega, who was a controller before she moved.",
            "You will work with a senior developer, Marcus Bell, as your mentor; he has been here for years.",
            "You'll report to Keisha Morgan, our Director of Customer Success; she ran support.",
            "You join the team led by Ana Ruiz, our Inside Sales Team Lead. She joined in 2020.",
            "Priya Nair, our Senior Sales Team Lead, hired us all. She coaches every week.",
            "You report to care coordinator Leah Johnson, RN. She assigns your clients.",
            "You join four engineers and our head of data, Naomi Fischer; she runs planning.",
            "This position reports to our Controller, Dana Whitfield. Dana joined in 2015; she will train you.",
            "Your supervisor is Hannah Kowalczyk, our aquatic biologist; she trains every student.",
            "Our sommelier, Dev Patel, leads a tasting every Thursday, and he will teach you the list.",
        ] {
            let posting = summary(text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
        // A role or a team is no named person.
        for text in [
            "Reports to Store Manager. He will lift boxes.",
            "Senior Engineer, Platform Team. He writes code.",
            "The team is led by Sales Manager. He sets targets.",
        ] {
            let posting = summary(text);
            assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["He"], "{text}");
        }
    }

    #[test]
    fn ignores_pronouns_for_a_person_named_elsewhere_or_by_title() {
        let mut posting = summary("Support our CEO and co-founder, Daniel Okoye, on every trip.");
        posting.responsibilities = vec![crate::model::ListItem::new(
            1,
            "Manage Daniel's complex calendar and protect his focus time.",
        )];
        assert!(run(&RULE, &posting).is_empty());
        for text in [
            "The lab's principal investigator is Dr. Funmilayo Adeyemi. She meets each of us weekly.",
            "Teresa and Luis Ortega started it in 1989. Teresa still answers the phones; she knows everyone.",
        ] {
            let posting = summary(text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
        // A name that only appears, introduced by nobody, does not excuse a pronoun.
        let posting = summary("Work with Daniel's team. He will own the roadmap.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["He"]);
    }

    #[test]
    fn flags_a_pronoun_for_the_candidate_after_a_named_person_paragraph() {
        let posting =
            summary("Our CEO, Martin Hale, travels.\nThe ideal candidate: she plans ahead.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["she"]);
    }

    #[test]
    fn ignores_a_credential_named_journeyman() {
        let posting = summary("You can then sit for the state's journeyman certificate.");
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary("You can sit for the Colorado Journeyman Electrician license exam.");
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary("Work beside a journeyman on every job.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["journeyman"]);
    }

    #[test]
    fn flags_paired_pronouns_in_how_to_apply() {
        let mut posting = Posting::default();
        posting.how_to_apply.text = "Tell us which start date he or she can make.".into();
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["he or she"]);
        // A lone pronoun there is about the recruiter as often as the applicant.
        posting.how_to_apply.text = "Write to Dana; she replies within a week.".into();
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_girl_friday() {
        let posting = summary("The ideal candidate is a true girl Friday.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["girl Friday"]);
    }

    #[test]
    fn ignores_friday_alone() {
        let posting = summary("The girls' football team meets on Friday.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn fixes_girl_friday() {
        let posting = summary("A true girl Friday.");
        assert_eq!(
            fixed(&RULE, &posting).summary,
            "A true all-round assistant."
        );
    }

    #[test]
    fn fixes_plurals() {
        let posting = summary("Salesmen wanted.");
        assert_eq!(fixed(&RULE, &posting).summary, "Salespeople wanted.");
    }

    #[test]
    fn fixes_keep_capitalisation() {
        let posting = summary("Guys, the Chairman will weigh his/her ideas.");
        assert_eq!(
            fixed(&RULE, &posting).summary,
            "Everyone, the Chairman will weigh his/her ideas."
        );
        let posting = summary("Report to the Chairman.");
        assert_eq!(fixed(&RULE, &posting).summary, "Report to the Chair.");
    }
}
