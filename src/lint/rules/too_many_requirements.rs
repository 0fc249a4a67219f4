//! `too-many-requirements`: more than eight must-haves.

use crate::text::compile_pattern;
use std::sync::OnceLock;

use regex::Regex;

use crate::lint::rule::{declare_rule, Context, FieldText};
use crate::lint::{Diagnostic, Related};
use crate::model::{Field, ListKind, Section};

use super::duplicate_duty::list_groups;

declare_rule! {
    /// Flags postings with more than eight must-have requirements.
    ///
    /// ## What it does
    /// Counts the items in the must-have list and fires when there are more than eight,
    /// pointing at the ones past the eighth. On a page that describes several levels or roles,
    /// each level's requirements are counted on their own (the importer keeps each block of
    /// the source together), and label lines inside the list ("Technical skills:") are not
    /// requirements.
    ///
    /// ## Why is this bad?
    /// Long must-have lists read as a wish list; qualified people, and women especially, tend
    /// not to apply unless they meet every item (the Hewlett-Packard finding popularised by
    /// Mohr, 2014, and LinkedIn's application data). Most "musts" past the first few are
    /// really nice-to-haves or things people learn on the job.
    ///
    /// ## Example
    /// ```text
    /// Must have: 14 bullet points.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Must have: the 5 things the person needs on day one. Nice to have: the rest.
    /// ```
    ///
    /// ## What it does not flag
    /// A job-family page with four levels of six requirements each has 24 must-have items in
    /// all but six per level, so it is not flagged. Nice-to-have items do not count, nor do
    /// lead-in lines that end with a colon ("For each job on your resume, provide:") or that
    /// name the list ("Essential"), and the
    /// legal conditions of employment a public employer must list (citizenship, a background
    /// investigation, a trial period, Selective Service registration, E-Verify, direct
    /// deposit, a financial disclosure, "a condition of employment") or any employer checks
    /// (the right to work, a drug test, a DBS, PVG, criminal-record, working-with-children or
    /// pre-employment check, a security clearance to obtain or hold, proof of immunisations, a
    /// TB test, a minimum age such as "21 or older"): they are not skills to weigh. Nor do instructions for the application that land in the
    /// list ("Provide as much detail as possible on your resume", and the items under a
    /// lead-in such as "For each job on your resume, provide:"), or the conditions of the job itself: travel ("ability to travel to job sites", "travel up to 25%",
    /// "happy to travel in the UK"), the
    /// hours to be available ("Must be able to work nights, weekends and holidays", "available
    /// to work any shift", "a flexible
    /// approach to working hours", "willing to work extended hours", "flexibility to work
    /// evenings and weekends", "full availability, including weekends"), getting
    /// to work and being there (reliable transportation, a smartphone, living within reach,
    /// relocating, a start date, days on site, the uniform) and
    /// physical demands ("Must be able to stand for 10+ hours", "physically fit", "lifting
    /// up to 50 lbs"; not a skill with a physical verb: "ability to carry out inspections",
    /// "reach consensus", "pull and interpret metrics" count), which
    /// `physical-demands`
    /// and `on-call-disclosure` look at. A posting should still state them; they are not
    /// what a candidate weighs their skills against. An item that says it is optional ("CDL
    /// a plus", "Bilingual (English/French) is an asset", "Master's degree preferred",
    /// "Ideally, ...", "a plus but not required") is a nice-to-have wherever it is listed,
    /// unless it also says it is required ("Bachelor's degree required; Master's degree
    /// preferred"). A person specification's essential criteria are one list although its
    /// headings (Qualifications, Experience, Skills) put desirable criteria between them.
    /// ```text
    /// Requirements: U.S. citizenship; a background investigation; a one-year trial period;
    /// Selective Service registration; direct deposit; plus six skills for the role.
    /// For each job on your resume, provide: the dates you held it; the hours per week.
    /// Must be able to work weekends. Must be able to lift 50 lb.
    /// Bilingual (English/French) is an asset.
    /// ```
    id: "too-many-requirements",
    category: Clarity,
    severity: Warning,
    has_fix: false,
    check: check,
}

/// More must-haves than this is a wish list.
pub const LIMIT: usize = 8;

/// Conditions of employment set by law or by a public employer's rules, and the checks any
/// employer runs, not skills: also a minimum age ("at least 18 years of age", "21 or older"),
/// a clearance to obtain or hold, proof of immunisations.
fn legal_condition() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(r"(?i)(?-u:\b)(?:citizens?(?:hip)?|background\s+(?:investigation|check)|trial\s+period|probationary\s+period|selective\s+service|e-?verify|direct\s+deposit|financial\s+disclosure|work\s+status\s+eligibility|(?:authori[sz]ed|entitled|eligib\w*|permitted)\s+to\s+work|(?:work|employment)\s+authori[sz]ation|right\s+to\s+work|drug\s+(?:screen|test)\w*|(?:dbs|criminal\s+record|police|vulnerable\s+sector|pre-?employment)\s+(?:check|screen|clearance|medical|disclosure|physical|assessment|exam)\w*|(?:enhanced|basic|standard)\s+dbs|pvg\s+(?:scheme|membership|check)|working\s+with\s+children\s+(?:check|clearance|card)|fingerprint\s+clearance|ndis\s+worker\s+screening|(?:obtain|maintain|hold|possess)\s+(?:and\s+(?:obtain|maintain|hold)\s+)?(?:an?\s+|the\s+)?(?:active\s+|current\s+)?(?:[a-z]+\s+){0,2}clearance|(?:active|current)\s+(?:[a-z]+\s+)?(?:security\s+)?clearance|(?:proof\s+of|up[-\s]to[-\s]date|current)\s+(?:[a-z]+\s+)?(?:immuni[sz]ations?|vaccinations?)|tb\s+(?:test|screening)|tuberculosis\s+(?:test|screening)|(?:flu|influenza|covid(?:-19)?)\s+(?:shot|jab|vaccin\w*)|(?:1[6-9]|2[01])\+?\s+(?:years\s+)?(?:of\s+age|old|or\s+older|or\s+over|and\s+(?:over|older|up))|minimum\s+age)(?-u:\b)")
    })
}

/// Instructions for the application ("on your resume", "Failure to provide ..."), and the
/// conditions of the job rather than of the candidate: travel, the hours to be available,
/// physical demands, getting to work (transport, a phone, where to live, the start date, days
/// on site) and the uniform.
fn job_condition() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(r"(?i)(?-u:\b)(?:conditions?\s+of\s+(?:continued\s+)?employment|(?:your|the)\s+r[eé]sum[eé]s?|r[eé]sum[eé]s\s+(?:do|does)|failure\s+to\s+provide|travel(?:ling|ing)?\s+(?:may\s+be\s+|is\s+)?required|(?:occasional|frequent|some|overnight)\s+travel|(?:able|ability|willing(?:ness)?|happy|prepared|available)\s+to\s+travel(?-u:\b)|travel\s+(?:up\s+to\s+)?\d+\s?%|able\s+to\s+work\s+(?:(?:on\s+)?(?:nights?|weekends?|evenings?|holidays?|overtime|shifts?|rotating|early|late)(?-u:\b))|availab(?:le|ility)\s+(?:to\s+work\s+)?(?:on\s+)?(?:any\s+|all\s+)?(?:nights?|weekends?|evenings?|holidays?|overtime|shifts?|early|late)(?-u:\b)|(?:open|full)\s+availability|flexib(?:le|ility)\s+(?:to\s+work\s+)?(?:on\s+)?(?:any\s+|all\s+)?(?:nights?|weekends?|evenings?|holidays?|overtime|shifts?|early|late)(?-u:\b)|(?:able|ability)\s+to\s+(?:stand|sit|lift|walk|bend|kneel|climb)(?-u:\b)|(?:able|ability)\s+to\s+(?:carry|pull|push)\s+(?:up\s+to\s+)?(?:\d|heavy|loads?|items|boxes|pallets|carts|equipment|patients)|(?:able|ability)\s+to\s+reach\s+(?:overhead|above|high|up)(?-u:\b)|lift(?:ing)?\s+(?:up\s+to\s+)?\d+\s?(?:lbs?|pounds|kg)(?-u:\b)|able\s+to\s+work\s+(?:a\s+|an\s+)?\d+[-\s]hour\s+shifts?|available\s+to\s+work\s+(?:a\s+|any\s+)?(?:flexible|varied|variable|rotating|split)\s+(?:schedule|hours|shifts?|rota)|(?:flexib\w+|availab\w+)\s+(?:[a-z]+\s+){0,3}(?:working\s+hours|shifts|shift\s+patterns?|rotas?|schedules?)(?-u:\b)|physically\s+fit|(?:able|ability)\s+to\s+work\s+(?:the\s+)?shifts\s+on\s+the\s+rota|willing(?:ness)?\s+to\s+work\s+(?:extended|long|additional|extra)\s+hours|(?:available|able)\s+to\s+start|reliable\s+(?:transportation|transport|vehicle|car)|(?:own|have|has)\s+(?:a\s+|an\s+)?(?:reliable\s+)?(?:smartphone|smart\s+phone|mobile\s+phone|cell\s+phone|vehicle|car|transportation)|live\s+within|reside\s+within|commut\w*\s+distance|willing(?:ness)?\s+to\s+relocate|(?:work|be)\s+(?:on-?site|in\s+(?:the|our)\s+office)\s+(?:[a-z]+\s+){0,2}days?|(?:wear|follow|comply\s+with|adhere\s+to)\s+(?:the\s+|our\s+)?(?:company\s+)?(?:uniform|dress\s+code))")
    })
}

/// Words by which an item in the must-have list says it is not a must ("TrackTik an asset",
/// "Bilingual (English/French) is an asset", "CDL a plus", "Master's degree preferred").
fn optional_item() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(r"(?i)^\s*(?:ideally|preferably|optional|nice\s+to\s+have)(?-u:\b)|(?-u:\b)(?:(?:an?\s+)?(?:asset|plus|bonus|advantage|preferred|desirable)(?-u:\b)[.!)]*\s*$|(?:is|are|would\s+be|will\s+be)\s+(?:both\s+|each\s+|also\s+)?(?:an?\s+)?(?:asset|plus|bonus|advantage|preferred|desirable|nice[\s-]to[\s-]have)(?-u:\b))|\((?:strongly\s+)?(?:preferred|desirable|optional)\)")
    })
}

/// Words that make an item a must after all ("Bachelor's degree required; Master's
/// preferred").
fn required_item() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(r"(?i)(?-u:\b)(?:required|must|essential|mandatory)(?-u:\b)")
    })
}

/// "Not required", "isn't essential": the item says it is optional.
fn not_required() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(r"(?i)(?-u:\b)(?:not|n[’']t)\s+(?:strictly\s+|absolutely\s+)?(?:required|essential|mandatory)(?-u:\b)")
    })
}

/// True when a must-have item says it is optional, and nothing in it that it is required
/// ("a plus but NOT required" says it twice).
fn says_it_is_optional(item: &FieldText) -> bool {
    let negated = not_required().find_iter(item.text).count();
    (optional_item().is_match(item.text) || negated > 0)
        && required_item().find_iter(item.text).count() <= negated
}

/// True when a lead-in line asks for details of the application ("For each job on your
/// resume, provide:"): the items under it are instructions too.
fn is_application_lead_in(item: &FieldText) -> bool {
    item.text.trim_end().ends_with(':') && job_condition().is_match(item.text)
}

/// A line that names the list it stands in ("Essential", a bold label the importer kept as
/// the list's first item).
fn list_label() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(r"(?i)^\s*(?:essential|required|requirements|must[\s-]haves?|minimum\s+(?:requirements|qualifications)|(?:essential\s+)?(?:criteria|requirements|skills|qualifications))\s*:?\s*$")
    })
}

/// True when a must-have item asks for a skill, experience or quality to weigh: not a lead-in
/// line ending with a colon, a legal condition of employment, an application instruction, a
/// condition of the job, or an item that says it is optional.
fn is_requirement(item: &FieldText) -> bool {
    !item.text.trim_end().ends_with(':')
        && !list_label().is_match(item.text)
        && !legal_condition().is_match(item.text)
        && !job_condition().is_match(item.text)
        && !says_it_is_optional(item)
}

/// Words of an item that asks something of the candidate ("Experience with payroll"): such an
/// item ends the details an application lead-in asks for.
fn names_a_qualification() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(r"(?i)(?-u:\b)(?:experience[ds]?|ability|able|skills?|knowledge|degree|certifi\w*|licen[cs]\w*|proficien\w*|fluen\w*)(?-u:\b)")
    })
}

/// The must-have items that follow an application lead-in ("For each job on your resume,
/// provide:"), up to the next lead-in or the first item that names a qualification: details to
/// put in the application, not requirements.
fn under_application_lead_ins(context: &Context) -> Vec<Field> {
    let mut under = false;
    let mut fields = Vec::new();
    for item in &context.texts {
        if !matches!(item.field, Field::Item(ListKind::MustHave, _)) {
            continue;
        }
        if item.text.trim_end().ends_with(':') {
            under = is_application_lead_in(item);
        } else if under && !names_a_qualification().is_match(item.text) {
            fields.push(item.field);
        } else {
            under = false;
        }
    }
    fields
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let mut groups = list_groups(context, ListKind::MustHave, false);
    // Leaving items out only shrinks a group: a posting with no group past the limit is done
    // before any item is read (most are; the readings below run five patterns per item).
    if groups.iter().all(|group| group.len() <= LIMIT) {
        return;
    }
    let instructions = under_application_lead_ins(context);
    for group in &mut groups {
        group.retain(|item| is_requirement(item) && !instructions.contains(&item.field));
    }
    let Some(largest) = groups.iter().max_by_key(|group| group.len()) else {
        return;
    };
    if largest.len() <= LIMIT {
        return;
    }
    let message = if groups.len() > 1 {
        format!(
            "{} must-have requirements in a row; more than {LIMIT} reads as a wish list",
            largest.len()
        )
    } else {
        format!(
            "{} must-have requirements; more than {LIMIT} reads as a wish list",
            largest.len()
        )
    };
    let mut diagnostic = Diagnostic::posting_level(
        &RULE,
        Section::MustHave,
        message,
        "Keep the few things needed on day one as must-haves and move the rest to nice-to-have.",
    );
    for item in &largest[LIMIT..] {
        diagnostic = diagnostic.with_related(Related {
            field: item.field,
            span: 0..item.text.len(),
            message: "past the eighth must-have".to_owned(),
        });
    }
    diagnostics.push(diagnostic);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::run;
    use crate::model::Posting;

    fn with_must_haves(count: usize) -> Posting {
        let mut posting = Posting::default();
        for index in 0..count {
            posting.push_item(ListKind::MustHave, format!("Skill {index}"));
        }
        posting
    }

    #[test]
    fn flags_more_than_eight() {
        let diagnostics = run(&RULE, &with_must_haves(10));
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].related.len(), 2);
    }

    #[test]
    fn items_that_say_they_are_optional_are_not_counted() {
        let mut posting = with_must_haves(7);
        for text in [
            "Bilingual (English/French) is an asset",
            "Proficient in incident reporting software (TrackTik an asset)",
            "CDL a plus.",
            "Master's degree strongly preferred.",
            "Previous retail, hospitality or sales experience is a plus but NOT required",
            "Red Seal Carpenter and Gold Seal Certification are both an asset",
            "Degree educated preferred but not essential",
            "Experience with Kubernetes is nice to have",
        ] {
            posting.push_item(ListKind::MustHave, text);
        }
        assert!(run(&RULE, &posting).is_empty());
        let mut posting = with_must_haves(7);
        for text in [
            "Ideally, time at an early-stage startup",
            "Spanish (preferred) or Portuguese",
        ] {
            posting.push_item(ListKind::MustHave, text);
        }
        assert!(run(&RULE, &posting).is_empty());
        // Required after all, or a plus that is the item's subject.
        let mut posting = with_must_haves(7);
        for text in [
            "Bachelor's degree required; Master's degree preferred.",
            "Experience with asset management systems",
            "4+ years as an engineer, ideally including time at a startup",
            "Fluent in your preferred programming language",
        ] {
            posting.push_item(ListKind::MustHave, text);
        }
        assert_eq!(run(&RULE, &posting).len(), 1);
        assert_eq!(run(&RULE, &posting)[0].related.len(), 3);
    }

    #[test]
    fn ignores_eight() {
        assert!(run(&RULE, &with_must_haves(8)).is_empty());
    }

    #[test]
    fn ignores_lead_ins_and_legal_conditions() {
        let mut posting = with_must_haves(7);
        for text in [
            "For each job on your resume, provide:",
            "You must be a U.S. Citizen or National",
            "Suitable for federal employment, determined by a background investigation.",
            "Serve a one year trial period, if required.",
            "Register with Selective Service, if you are required.",
            "Be at least 18 years of age at the time of indenture.",
        ] {
            posting.push_item(ListKind::MustHave, text);
        }
        assert!(run(&RULE, &posting).is_empty());
        posting.push_item(ListKind::MustHave, "Experience with payroll");
        posting.push_item(ListKind::MustHave, "Experience with audits");
        assert_eq!(run(&RULE, &posting).len(), 1);
    }

    #[test]
    fn ignores_the_checks_of_any_employer() {
        let mut posting = with_must_haves(6);
        for text in [
            "The right to work in Australia.",
            "Legally entitled to work in Canada.",
            "Pass a pre-employment medical and drug and alcohol test.",
            "An enhanced DBS check (we pay for it).",
        ] {
            posting.push_item(ListKind::MustHave, text);
        }
        assert!(run(&RULE, &posting).is_empty());
    }

    /// Whether each item counts as a requirement, by the items' own words.
    fn counted(texts: &[&str]) -> Vec<(String, bool)> {
        let mut posting = Posting::default();
        for text in texts {
            posting.push_item(ListKind::MustHave, *text);
        }
        let context = Context::new(&posting);
        context
            .texts
            .iter()
            .map(|item| (item.text.to_owned(), is_requirement(item)))
            .collect()
    }

    #[test]
    fn screenings_clearances_and_getting_to_work_are_conditions_not_skills() {
        let conditions = [
            "Must be able to obtain and maintain a Secret security clearance",
            "Ability to pass a TB test and provide proof of immunizations",
            "Up-to-date immunisations, including the annual flu vaccine",
            "Enhanced DBS disclosure (we will apply for this)",
            "PVG Scheme membership, or willingness to join",
            "A current Working with Children Check",
            "A valid fingerprint clearance card",
            "Must pass a pre-employment physical",
            "Must be 21 or older to serve alcohol",
            "Reliable transportation to and from work",
            "Must own a smartphone with a data plan",
            "Must live within 30 miles of the office",
            "Must be available to start in January",
            "Willing to work on-site five days a week",
            "Must wear the company uniform and follow the dress code",
        ];
        let wrong: Vec<_> = counted(&conditions)
            .into_iter()
            .filter(|(_, counts)| *counts)
            .collect();
        assert!(wrong.is_empty(), "{wrong:?}");
        let requirements = [
            "A valid driver's licence and a clean driving record",
            "CPR and First Aid certification",
            "Food handler card",
            "3+ years of experience in a clinical setting",
            "Experience with vaccine storage and cold-chain logistics",
            "Comfortable presenting on-site to clients",
            "Knowledge of security clearance processes for contractors",
        ];
        let wrong: Vec<_> = counted(&requirements)
            .into_iter()
            .filter(|(_, counts)| !*counts)
            .collect();
        assert!(wrong.is_empty(), "{wrong:?}");
    }

    #[test]
    fn counts_skills_that_use_a_physical_verb_figuratively() {
        let mut posting = with_must_haves(7);
        for text in [
            "Ability to pull and interpret production metrics from Grafana",
            "Ability to reach consensus across teams",
            "Ability to carry out inspection and testing of installations",
        ] {
            posting.push_item(ListKind::MustHave, text);
        }
        assert_eq!(run(&RULE, &posting).len(), 1);
        assert!(run(&RULE, &posting)[0].message.starts_with("10 must-have"));
    }

    #[test]
    fn ignores_application_instructions_and_conditions_of_the_job() {
        // Eight skills: one more item counted would make a finding.
        let mut posting = with_must_haves(8);
        for text in [
            "Provide as much detail as possible on your resume.",
            "Failure to provide required information may result in disqualification.",
            "For each job on your resume, provide:",
            "The exact dates you held each job",
            "Number of hours per week you worked (if part time)",
            "Any discrepancies must be resolved as a condition of continued employment.",
            "Occasional travel may be required up to 10% per year",
            "Must be able to work nights, weekends and holidays.",
            "Must be available evenings and weekends for events as needed.",
            "Must be available to work any shift between 7am and 11pm, Monday to Sunday",
            "Must be able to stand for 10+ hours.",
            "Must be available to work a flexible schedule, including some holidays",
            "Ability to stand and walk the lot for long periods, in all weather",
            "Flexible approach to working hours, including nights and bank holidays",
            "Physically fit and able to undertake frequent manual handling tasks",
            "Essential",
            "Ability to work shifts on the rota above, including nights and weekends",
            "Willing to work extended hours and weekends as required to meet schedule",
            "Ability to travel to job sites in the Puget Sound region",
            "Willingness to travel up to 25%",
            "Must be able to work a 10-hour shift, including weekends",
            "Lifting up to 50 lbs and standing for most of the shift",
            "Flexible schedule, including nights, weekends and holidays, especially from November to January",
            "Availability to work nights and weekends",
            "Flexibility to work evenings and weekends as required",
            "Happy to travel in the UK and occasionally abroad",
            "Full availability, including late-night trading, weekends and public holidays",
        ] {
            posting.push_item(ListKind::MustHave, text);
        }
        let found = run(&RULE, &posting);
        assert!(found.is_empty(), "{found:?}");
        // A lead-in that is not about the application ends the instructions.
        posting.push_item(ListKind::MustHave, "Specialized experience:");
        posting.push_item(ListKind::MustHave, "Experience with payroll");
        posting.push_item(ListKind::MustHave, "Experience with audits");
        assert_eq!(run(&RULE, &posting).len(), 1);
    }

    #[test]
    fn ignores_levels_counted_together() {
        // Two levels of six requirements, each level's duties between them.
        let mut posting = Posting::default();
        for level in 0..2 {
            posting.push_item(ListKind::Responsibilities, format!("Duty of level {level}"));
            posting.push_item(ListKind::Responsibilities, "Another duty");
            for index in 0..6 {
                posting.push_item(ListKind::MustHave, format!("Skill {index}"));
            }
        }
        assert!(run(&RULE, &posting).is_empty());
        for index in 6..10 {
            posting.push_item(ListKind::MustHave, format!("Skill {index}"));
        }
        let diagnostics = run(&RULE, &posting);
        assert_eq!(diagnostics.len(), 1);
        assert!(diagnostics[0]
            .message
            .starts_with("10 must-have requirements in a row"));
    }

    #[test]
    fn counts_a_person_specifications_essential_criteria_together() {
        // Essential and desirable criteria alternate under each heading of the specification.
        let mut posting = Posting::default();
        for group in 0..3 {
            for index in 0..3 {
                posting.push_item(ListKind::MustHave, format!("Essential {group}.{index}"));
            }
            posting.push_item(ListKind::NiceToHave, format!("Desirable {group}"));
            posting.push_item(ListKind::NiceToHave, "Another desirable");
        }
        let diagnostics = run(&RULE, &posting);
        assert_eq!(diagnostics.len(), 1);
        assert!(
            diagnostics[0]
                .message
                .starts_with("9 must-have requirements"),
            "{}",
            diagnostics[0].message
        );
    }
}
