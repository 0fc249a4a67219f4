//! `physical-demands`: physical requirements not stated as essential functions with
//! reasonable accommodation.

use crate::text::compile_pattern;
use std::sync::OnceLock;

use regex::Regex;

use super::JOB_PROSE;
use crate::lint::rule::{declare_rule, Context, FieldText};
use crate::lint::word_list::{find_from_words, TriggerWords};
use crate::lint::{Diagnostic, Edit, Fix};
use crate::model::Section;

declare_rule! {
    /// Flags physical requirements ("lift 50 lbs", "stand all day") when the posting does not say they are essential functions and that reasonable accommodation is available.
    ///
    /// ## What it does
    /// Finds physical demands in the posting's own wording: lifting, carrying, pushing or
    /// pulling a stated weight ("lift 25 kg", "carry up to 50 lbs"), standing, walking or
    /// sitting for hours or all day ("stand for 8 hours", "on your feet all day", "walk the
    /// mill floor for hours at a time", "sitting for
    /// long periods", "stand at a test bench for long periods", "stands and walks for the
    /// entire 10-hour shift"), "full use of both hands", climbing ladders or
    /// stairs, kneeling, crouching, stooping, squatting or crawling, bending and twisting in a
    /// list of postures ("bend, twist and squat"), reaching overhead, and "must be able to lift
    /// / stand / walk / see / hear / drive" or "ability to lift / bend / ...". Verb forms count
    /// alike ("lifts and carries packages weighing up to 70 pounds", "transfer patients of up
    /// to 200 lbs", "handle 50+ lbs"), and so does fitness asked in general terms
    /// ("physically fit", "in good physical condition", "a strong back"). Each is flagged unless the
    /// posting says both that the physical duties are essential functions of the job ("essential
    /// functions", "essential duties", "essential parts", Australia's "inherent requirements") and that reasonable accommodation is available. An
    /// equal-opportunity statement or any sentence about accommodation ("reasonable
    /// accommodation", "reasonable adjustments") anywhere in the posting satisfies the
    /// accommodation part. The fix adds what is missing to the end of the sentence.
    ///
    /// A driving licence (or a car of one's own) asked of a role whose posting gives no
    /// reason to drive (no driving, visits, travel, routes, deliveries or sites to reach, no
    /// company van or fuel card, and no driving trade in the title) is flagged too: "Full UK driving licence and own car
    /// essential" for an office accounts job.
    ///
    /// ## Why is this bad?
    /// Under the Americans with Disabilities Act, only essential functions can screen people
    /// out, and an employer must consider reasonable accommodation for them (the UK Equality Act
    /// 2010 asks for reasonable adjustments). A bare "must lift 50 lbs" tells disabled
    /// applicants not to apply even when the task is marginal or could be done another way, and
    /// it says nothing about how often the task comes up.
    ///
    /// ## Example
    /// ```text
    /// Must be able to stand all day and lift 50 lbs.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Stock the shelves, which means standing for most of a shift and lifting boxes of up to
    /// 50 lbs (essential functions of this job), with or without reasonable accommodation.
    /// ```
    ///
    /// ## What it does not flag
    /// Demands in a posting that names them as essential functions and offers accommodation
    /// (an equal-opportunity statement counts for the second), weights that are not lifted
    /// ("a 50 lb weight limit for checked bags" in the benefits), numbers that are not a
    /// weight ("move 50 customers onto the new plan"), and the same verbs in other
    /// senses ("stand out", "stand up for users", "stand firm with contractors", "sit in on customer calls", "walk customers
    /// through the product", "ability to walk new hires through the tools", "bend over
    /// backwards", "bend and install conduit": a material bent, not a posture; "a pub crawl";
    /// "able to pull a proper pint", "pull espresso shots": drinks drawn), and a licence
    /// the work needs ("a valid driver's license for site visits", a delivery driver's
    /// licence).
    /// ```text
    /// Lifting up to 25 kg is an essential function of this job. We provide reasonable
    /// accommodation to qualified applicants with disabilities.
    /// ```
    id: "physical-demands",
    category: Bias,
    severity: Warning,
    has_fix: true,
    check: check,
}

/// The words every physical demand starts with.
const TRIGGER_WORDS: &[&str] = &[
    "lift",
    "lifts",
    "lifting",
    "carry",
    "carries",
    "carrying",
    "push",
    "pushes",
    "pushing",
    "pull",
    "pulls",
    "pulling",
    "stand",
    "stands",
    "standing",
    "walk",
    "walks",
    "walking",
    "sit",
    "sits",
    "sitting",
    "be",
    "on",
    "climb",
    "climbs",
    "climbing",
    "kneel",
    "kneeling",
    "crouch",
    "crouching",
    "stoop",
    "stooping",
    "crawl",
    "crawling",
    "squat",
    "squatting",
    "bend",
    "bending",
    "twist",
    "twisting",
    "reach",
    "reaching",
    "must",
    "ability",
    "able",
    "transfer",
    "transfers",
    "strong",
    "transferring",
    "move",
    "moves",
    "moving",
    "handle",
    "handles",
    "handling",
    // Britain's "handball" for moving goods by hand.
    "handball",
    "handballing",
    "physically",
    "physical",
    "good",
    "excellent",
    "full",
];

fn triggers() -> &'static TriggerWords {
    static WORDS: OnceLock<TriggerWords> = OnceLock::new();
    WORDS.get_or_init(|| TriggerWords::new(TRIGGER_WORDS))
}

/// A physical demand, anchored at one of the [`TRIGGER_WORDS`].
fn physical_demand() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(concat!(
            r"(?i)^(?:",
            // A weight moved by hand, with up to six words between the verb and the weight
            // ("lifts and carries packages weighing up to 70 pounds").
            r"(?:lift|lifts|lifting|carry|carries|carrying|push|pushes|pushing|pull|pulls|pulling|",
            r"transfer|transfers|transferring|move|moves|moving|handle|handles|handling|handball|handballing)\s+",
            r"(?:[a-z,'()-]+\s+){0,8}?",
            r"\d+(?:[.,]\d+)?\+?(?:\s*|-)(?:lbs?|pounds?|kg|kgs|kilos?|kilograms?)(?-u:\b)",
            // Long stretches on one's feet or in a chair, one posture or two ("stands and walks").
            r"|(?:stand|stands|standing|walk|walks|walking|sit|sits|sitting|(?:be\s+)?on\s+(?:your|their|one's)\s+feet)\s+",
            r"(?:(?:and|or)\s+(?:stand|stands|standing|walk|walks|walking|sit|sits|sitting)\s+)?",
            // Where, between the posture and how long ("stand at a test bench for long periods").
            // Not "in" or "on": "sit in on a meeting", "stand in for the supervisor".
            r"(?:(?:at|behind)\s+(?:[a-z-]+\s+){0,3}?)?",
            r"(?:for\s+)?(?:up\s+to\s+)?(?:\d+\+?\s*(?:-\s*\d+\s*)?(?:hours?|hrs?)|all\s+day|(?:long|extended|prolonged)\s+periods|hours\s+(?:at\s+a\s+time|on\s+end)",
            r"|(?:(?:the|an?)\s+)?(?:entire|whole|full)\s+(?:\d+[-\s]hours?\s+)?(?:day|shift|workday)|all\s+shift|most\s+of\s+(?:the|a|each|your)\s+(?:day|shift)",
            // "stand for a 10-hour shift", "sit through 12-hour days".
            r"|(?:an?\s+)?\d+[-\s]hours?\s+(?:days?|shifts?|workdays?))",
            // Walking over ground, not through a product: "walk on ballast all day", "walk the
            // mill floor for hours at a time".
            r"|(?:walk|walks|walking)\s+(?:on|across|around|the)\s+(?:[a-z-]+\s+){0,3}?(?:for\s+)?(?:all\s+day|hours(?:\s+at\s+a\s+time|\s+on\s+end)?|(?:long|extended|prolonged)\s+periods)",
            // Climbing, low postures and reaching.
            // ("climb a step ladder", "climbing the stairs").
            r"|(?:climb|climbs|climbing)\s+(?:(?:a|the)\s+)?(?:step[\s-]?)?(?:ladders?|stairs|scaffold(?:s|ing)?|poles?)",
            r"|(?:kneel|kneeling|crouch|crouching|stoop|stooping|crawl|crawling|squat|squatting)(?-u:\b)",
            r"|(?:bend|bending|twist|twisting)(?-u:\b)",
            r"|(?:reach|reaching)\s+(?:overhead|above\s+(?:the|your|their)\s+(?:shoulders?|head))",
            // Fitness asked in general terms.
            r"|physically\s+(?:fit|able|capable)|physical\s+fitness|strong\s+back(?-u:\b)",
            r"|full\s+use\s+of\s+(?:both\s+)?(?:hands|arms|legs|limbs)",
            r"|(?:good|excellent)\s+physical\s+(?:condition|health|shape|fitness)",
            // A bare ability.
            r"|must\s+be\s+able\s+to\s+(?:lift|stand|walk|climb|kneel|see|hear|drive|carry)(?-u:\b)",
            r"|(?:ability|able)\s+to\s+(?:lift|stand|walk|climb|kneel|bend|stoop|squat|crouch|crawl|carry|push|pull)(?-u:\b)",
            r")",
        ))
    })
}

/// Postures and movements that make "bend" or "twist" one of a list of them.
const POSTURES: &[&str] = &[
    "bend",
    "bending",
    "twist",
    "twisting",
    "squat",
    "squatting",
    "stoop",
    "stooping",
    "kneel",
    "kneeling",
    "crouch",
    "crouching",
    "crawl",
    "crawling",
    "reach",
    "reaching",
    "lift",
    "lifting",
    "climb",
    "climbing",
    "stand",
    "standing",
    "turn",
    "turning",
];

/// True when a demand that ends on a bare verb is that verb in another sense, by the words
/// after it: "walk customers through the product", "stand out", "stand up for", "sit in on a
/// call".
fn other_sense(demand: &str, after: &str) -> bool {
    let verb = demand
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let mut next = after.split_whitespace().take(4).map(|word| {
        word.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    match verb.as_str() {
        // ("Stand firm with contractors", "stand your ground", "stand behind the work": a
        // stance, not a posture.)
        "stand" | "sit" => {
            matches!(
                next.next().unwrap_or_default().as_str(),
                "out" | "up" | "in" | "by"
            ) || (verb == "stand"
                && matches!(
                    after
                        .split_whitespace()
                        .next()
                        .unwrap_or_default()
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                        .as_str(),
                    "firm" | "your" | "behind" | "against" | "tall"
                ))
        }
        "walk" => next.any(|word| word == "through"),
        // Drawing drinks at the bar: "pull a proper pint", "pull espresso shots".
        "pull" => {
            let drinks = [
                "pint",
                "pints",
                "beer",
                "beers",
                "shot",
                "shots",
                "espresso",
                "espressos",
            ];
            next.take(3).any(|word| drinks.contains(&word.as_str()))
        }
        // Bending and twisting are postures only in a list of them ("bend, twist and squat"),
        // not with an object ("bend and install conduit", "bend pipe").
        "bend" | "bending" | "twist" | "twisting" => {
            let listed = after.trim_start().starts_with(',')
                || matches!(next.next().unwrap_or_default().as_str(), "and" | "or");
            let with_posture =
                |word: Option<String>| word.is_some_and(|word| POSTURES.contains(&word.as_str()));
            let after_comma = after.trim_start().trim_start_matches(',');
            let mut listed_words = after_comma.split_whitespace().map(|word| {
                word.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            });
            let first = listed_words.next();
            let second = listed_words.next();
            !listed
                || !(with_posture(first.clone())
                    || (matches!(first.as_deref(), Some("and" | "or")) && with_posture(second)))
        }
        _ => false,
    }
}

/// The demands in one field, without the verbs used in another sense.
fn demands_in(field: &FieldText) -> Vec<std::ops::Range<usize>> {
    find_from_words(field, triggers(), physical_demand())
        .into_iter()
        .filter(|span| {
            !other_sense(
                field.text.get(span.clone()).unwrap_or(""),
                field.text.get(span.end..).unwrap_or(""),
            ) && !an_outing(field, span)
        })
        .collect()
}

/// Outings named "... crawl" ("the Thursday taco crawl", "a pub crawl"): a social event, not
/// a posture.
const CRAWL_OUTINGS: &[&str] = &[
    "pub", "bar", "taco", "food", "pizza", "brewery", "beer", "wine", "art", "gallery", "cafe",
    "coffee", "dessert", "donut", "doughnut",
];

/// True when the demand at `span` is the "crawl" of an outing (see [`CRAWL_OUTINGS`]).
fn an_outing(field: &FieldText, span: &std::ops::Range<usize>) -> bool {
    let at = field
        .tokens
        .partition_point(|token| token.span.start < span.start);
    let is_crawl = field
        .tokens
        .get(at)
        .is_some_and(|token| matches!(token.lower.as_str(), "crawl" | "crawls"));
    is_crawl && at > 0 && CRAWL_OUTINGS.contains(&field.tokens[at - 1].lower.as_str())
}

/// True when any field has `first` followed by one of `next` (lower-case words).
fn mentions(context: &Context, first: &[&str], next: &[&str]) -> bool {
    context.texts.iter().any(|field| {
        field.tokens.windows(2).any(|pair| {
            first.contains(&pair[0].lower.as_str())
                && (next.is_empty() || next.contains(&pair[1].lower.as_str()))
        }) || (next.is_empty()
            && field
                .tokens
                .last()
                .is_some_and(|token| first.contains(&token.lower.as_str())))
    })
}

/// What the posting says about its physical demands.
struct Statements {
    essential: bool,
    accommodation: bool,
}

fn statements(context: &Context) -> Statements {
    // Australia's Disability Discrimination Act says "inherent requirements".
    let essential = mentions(
        context,
        &["essential"],
        // ("These are essential parts of the field seasons.")
        &[
            "function",
            "functions",
            "duties",
            "duty",
            "job",
            "tasks",
            "part",
            "parts",
        ],
    ) || mentions(context, &["inherent"], &["requirement", "requirements"]);
    let accommodation = !context.posting.equal_opportunity.trim().is_empty()
        || mentions(context, &["accommodation", "accommodations"], &[])
        || mentions(context, &["reasonable"], &["adjustment", "adjustments"])
        || mentions(context, &["equal"], &["opportunity", "employment"]);
    Statements {
        essential,
        accommodation,
    }
}

/// Where to add the clause: the end of the sentence holding the demand, before its full stop.
fn clause_insertion(field: &FieldText, demand_end: usize) -> usize {
    let rest = &field.text[demand_end..];
    let sentence_end = rest
        .find(['.', '!', '?', '\n', ';'])
        .map_or(field.text.len(), |offset| demand_end + offset);
    field.text[..sentence_end].trim_end().len()
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    needless_licence(context, diagnostics);
    let demands: Vec<(&FieldText, Vec<std::ops::Range<usize>>)> = context
        .texts_in(JOB_PROSE)
        .filter(|field| field.section() != Section::Benefits)
        .map(|field| (field, demands_in(field)))
        .filter(|(_, found)| !found.is_empty())
        .collect();
    if demands.is_empty() {
        return;
    }
    let said = statements(context);
    if said.essential && said.accommodation {
        return;
    }
    let (missing, clause) = match (said.essential, said.accommodation) {
        (false, false) => (
            "does not say it is an essential function or that reasonable accommodation is available",
            " (an essential function of this job), with or without reasonable accommodation",
        ),
        (false, true) => (
            "does not say it is an essential function of the job",
            " (an essential function of this job)",
        ),
        _ => (
            "does not say reasonable accommodation is available",
            ", with or without reasonable accommodation",
        ),
    };
    for (field, found) in demands {
        for demand in found {
            let at = clause_insertion(field, demand.end);
            let words = &field.text[demand.clone()];
            diagnostics.push(
                Diagnostic::spanned(
                    &RULE,
                    field.field,
                    demand,
                    format!("'{words}' is a physical requirement, and the posting {missing}"),
                    "Say what the task is for and how often it comes up, state that it is an essential function, and offer reasonable accommodation, so disabled applicants can judge the work.",
                )
                .with_fix(Fix::single(
                    format!("Add '{}'", clause.trim_start_matches([',', ' '])),
                    Edit::in_text(field, at..at, clause),
                )),
            );
        }
    }
}

/// A driving licence or a car asked of the applicant.
fn licence() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(r"(?i)(?:full\s+(?:uk\s+|clean\s+)?|valid\s+(?:[a-z]+\s+)?)?driv(?:er'?s|er’s|ing)\s+licen[cs]e")
    })
}

/// Words that give a role a reason to drive: driving itself, visits, travel, routes,
/// deliveries, sites to reach, a company van or car and its fuel card.
fn reason_to_drive() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(r"(?i)(?-u:\b)(?:drive|drives|driving|visit|visits|visiting|travel|travels|travelling|traveling|route|routes|deliveries|mileage|vehicle|vehicles|(?:company|work|service)\s+(?:vans?|cars?|utes?|trucks?)|fuel\s+card|commercial\s+license|cdl|(?:job|work|client|customer|construction|between|other)\s+sites|on\s+the\s+road|in\s+the\s+field|field-based|transport|transports|transportation)(?-u:\b)")
    })
}

/// Job titles whose work is on the road.
const DRIVING_TITLES: &[&str] = &[
    "driver",
    "courier",
    "delivery",
    "chauffeur",
    "technician",
    "electrician",
    "plumber",
    "installer",
    "representative",
    "rep",
    "sales",
    "aide",
    "nurse",
    "inspector",
    "surveyor",
    "caregiver",
];

/// A driving licence asked of a role that gives no reason to drive.
fn needless_licence(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let asked: Vec<(&FieldText, std::ops::Range<usize>)> = context
        .texts_in(&[Section::MustHave, Section::Unplaced])
        .filter(|field| field.contains_ignore_ascii_case("licen"))
        .filter_map(|field| {
            licence()
                .find(field.text)
                .map(|found| (field, found.range()))
        })
        .collect();
    if asked.is_empty() {
        return;
    }
    let title = crate::text::tokenize(&context.posting.title);
    if title
        .iter()
        .any(|word| DRIVING_TITLES.contains(&word.lower.as_str()))
    {
        return;
    }
    // The reason may stand in the licence's own item ("for site visits"), or anywhere else.
    let reason = context.texts.iter().any(|field| {
        reason_to_drive().find_iter(field.text).any(|found| {
            // Records about vehicles are desk work ("run vehicle registration checks").
            let next = field.text[found.end()..]
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_end_matches([',', '.', ';'])
                .to_ascii_lowercase();
            let records = matches!(
                next.as_str(),
                "registration" | "registrations" | "records" | "plates" | "checks" | "history"
            );
            // A career's route is no road ("a clear route into AAT study", "a route to
            // promotion").
            let career = found.as_str().to_ascii_lowercase().starts_with("route")
                && matches!(next.as_str(), "into" | "to" | "for");
            !records
                && !career
                && !asked.iter().any(|(licensed, span)| {
                    licensed.field == field.field && span.contains(&found.start())
                })
        })
    });
    if reason {
        return;
    }
    for (field, span) in asked {
        let words = &field.text[span.clone()];
        diagnostics.push(Diagnostic::spanned(
            &RULE,
            field.field,
            span,
            format!("'{words}' is asked, but nothing in the posting needs driving"),
            "Ask for a licence only when the job involves driving, and say what for; otherwise it shuts out disabled people who cannot drive and people who cannot afford a car.",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{fixed, flagged, item, run, summary};
    use crate::model::ListKind;

    #[test]
    fn flags_a_licence_no_duty_needs() {
        let mut posting = item(
            ListKind::MustHave,
            "Full UK driving licence and own car essential.",
        );
        posting.title = "Accounts Assistant".into();
        posting.push_item(
            ListKind::Responsibilities,
            "Process purchase invoices in Sage.",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Full UK driving licence"]
        );
        // A career's route is no road.
        posting.summary = "A clear route into AAT study, and a route to promotion.".into();
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Full UK driving licence"]
        );
        // A reason to drive in the item itself, elsewhere, or in the title.
        let mut posting = item(
            ListKind::MustHave,
            "A valid driver's license for site visits.",
        );
        posting.title = "Planner".into();
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(
            ListKind::MustHave,
            "Valid Illinois driver's license for detainee transports",
        );
        assert!(run(&RULE, &posting).is_empty());
        let mut posting = item(ListKind::MustHave, "A valid driver's license.");
        posting.title = "Planner".into();
        posting.push_item(
            ListKind::Responsibilities,
            "Visit clients across the county.",
        );
        assert!(run(&RULE, &posting).is_empty());
        posting.title = "Delivery Driver".into();
        assert!(run(&RULE, &posting).is_empty());
        // The job comes with a van to drive.
        let mut posting = item(ListKind::MustHave, "Full clean driving licence");
        posting.title = "Site Foreman".into();
        posting.push_item(ListKind::Benefits, "Company van and fuel card");
        assert!(run(&RULE, &posting).is_empty());
        // Checking vehicle records from a desk is no driving.
        let mut posting = item(ListKind::MustHave, "A valid driver's license.");
        posting.title = "Records Clerk".into();
        posting.push_item(
            ListKind::Responsibilities,
            "Run vehicle registration and warrant checks for officers.",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["valid driver's license"]
        );
    }

    #[test]
    fn inherent_requirements_are_essential_functions() {
        let posting = summary(
            "The work includes climbing ladders and lifting up to 20 kg. These are inherent requirements of the job, and we make reasonable adjustments wherever we can.",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary(
            "The work includes climbing ladders and lifting up to 20 kg. We make reasonable adjustments wherever we can.",
        );
        assert!(!run(&RULE, &posting).is_empty());
    }

    #[test]
    fn bending_a_material_is_no_posture() {
        let posting = item(ListKind::Responsibilities, "Bend and install EMT conduit.");
        assert!(run(&RULE, &posting).is_empty());
        for duty in [
            "Sit in on a 2 hour planning session each week.",
            "Stand in for the supervisor for the whole shift when needed.",
        ] {
            let posting = item(ListKind::Responsibilities, duty);
            assert!(run(&RULE, &posting).is_empty(), "{duty}");
        }
        let posting = item(ListKind::MustHave, "Bend, twist and squat all day.");
        assert!(flagged(&posting, &run(&RULE, &posting)).contains(&"Bend".to_owned()));
    }

    #[test]
    fn every_demand_starts_at_a_trigger_word() {
        for text in [
            "Lifting up to 50 lbs",
            "lift 20 kg",
            "carry boxes of up to 25 kg",
            "Handball roll cages where required (up to 25kg",
            "Standing for long periods",
            "stand all day",
            "on your feet for 8 hours",
            "climb ladders",
            "kneeling",
            "MUST BE ABLE TO DRIVE",
            "lifts and carries packages weighing up to 70 pounds",
            "walk on ballast all day",
            "walk the mill floor for hours at a time",
            "stand for hours on end",
            "carrying 20-pound",
            "Stands and walks for the entire 10-hour shift",
            "stand for a 10-hour shift",
            "walking for most of the shift",
            "Ability to bend",
            "bending",
            "reaching above the shoulders",
            "transfer patients of up to 200 lbs",
            "Push a loaded housekeeping cart weighing up to 150 pounds",
            "on your feet all shift",
            "handle 50+ lbs",
            "physically fit",
            "strong back",
            "good physical condition",
            "climb a step ladder",
            "climbing the stairs",
        ] {
            let posting = summary(text);
            let context = Context::new(&posting);
            let found = find_from_words(&context.texts[0], triggers(), physical_demand());
            assert_eq!(found, vec![0..text.len()], "{text}");
        }
    }

    #[test]
    fn flags_physical_demands_without_statements() {
        let posting = item(
            ListKind::MustHave,
            "Must be able to stand all day, lift 50 lbs and climb ladders; kneeling often.",
        );
        let diagnostics = run(&RULE, &posting);
        let found = flagged(&posting, &diagnostics);
        assert_eq!(
            found,
            [
                "Must be able to stand",
                "lift 50 lbs",
                "climb ladders",
                "kneeling"
            ]
        );
        assert!(diagnostics[0].message.contains("essential function"));
        assert!(diagnostics[0].message.contains("accommodation"));
    }

    #[test]
    fn flags_demands_in_other_forms() {
        let mut posting = item(
            ListKind::MustHave,
            "Regularly lifts and carries packages weighing up to 70 pounds.",
        );
        posting.push_item(
            ListKind::MustHave,
            "Stands and walks for the entire 10-hour shift.",
        );
        posting.push_item(
            ListKind::MustHave,
            "Ability to bend, twist, squat and reach overhead.",
        );
        let diagnostics = run(&RULE, &posting);
        assert_eq!(
            flagged(&posting, &diagnostics),
            [
                "lifts and carries packages weighing up to 70 pounds",
                "Stands and walks for the entire 10-hour shift",
                "Ability to bend",
                "twist",
                "squat",
                "reach overhead",
            ]
        );
        let posting = item(
            ListKind::MustHave,
            "Stand at a test bench for long periods. Full use of both hands.",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            [
                "Stand at a test bench for long periods",
                "Full use of both hands"
            ]
        );
    }

    #[test]
    fn flags_demands_when_only_accommodation_is_offered() {
        let mut posting = item(ListKind::Responsibilities, "Lift 25 kg parcels.");
        posting.equal_opportunity = "We are an equal opportunity employer.".into();
        let diagnostics = run(&RULE, &posting);
        assert_eq!(diagnostics.len(), 1);
        assert!(diagnostics[0]
            .message
            .contains("essential function of the job"));
        assert!(!diagnostics[0].message.contains("accommodation"));
    }

    #[test]
    fn ignores_demands_stated_as_essential_with_accommodation() {
        let mut posting = item(ListKind::MustHave, "Able to lift 50 lbs");
        posting.summary = "Lifting is an essential function of this job.".into();
        posting.equal_opportunity =
            "We provide reasonable accommodation to qualified applicants.".into();
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary(
            "Sampling means kneeling to take soil cores and carrying sample boxes of up to 10 kg. \
             These are essential parts of the field seasons, and we will make reasonable \
             adjustments.",
        );
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_other_senses_and_benefits() {
        let mut posting = summary(
            "Help your work stand out; sit in on customer calls; walk customers through the product. Ability to walk new hires through the tools; able to stand up for users; able to stand firm with contractors; bend over backwards. Move 50 customers a day onto the new plan; handle 20 tickets. Ask us about the Thursday taco crawl. Must be able to pull a proper pint; able to pull espresso shots.",
        );
        posting.push_item(
            ListKind::Benefits,
            "Gym with weights up to 40 kg; lift 40 kg!",
        );
        assert!(run(&RULE, &posting).is_empty());
        // Crawling as a posture still is one.
        let posting = summary("Crawl under decks to run cable.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["Crawl"]);
    }

    #[test]
    fn fixes_by_adding_what_is_missing() {
        let posting = item(ListKind::MustHave, "Lifting 25 kg boxes daily.");
        assert_eq!(
            fixed(&RULE, &posting).must_have[0].text,
            "Lifting 25 kg boxes daily (an essential function of this job), with or without reasonable accommodation."
        );
        let mut posting = item(ListKind::MustHave, "Stand for 8 hours per shift");
        posting.summary = "These are the essential functions of the job.".into();
        assert_eq!(
            fixed(&RULE, &posting).must_have[0].text,
            "Stand for 8 hours per shift, with or without reasonable accommodation"
        );
    }
}
