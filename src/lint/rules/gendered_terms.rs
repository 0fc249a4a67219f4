//! `gendered-terms`: generic pronouns and gendered job words.

use crate::text::compile_pattern;
use std::ops::Range;
use std::sync::OnceLock;

use super::APPLICANT_FACING;
use crate::lint::rule::{declare_rule, Context};
use regex::Regex;

use crate::lint::rule::FieldText;
use crate::lint::word_list::{finding, Entry, Match, WordList, DETERMINERS};
use crate::lint::Diagnostic;
use crate::model::Section;

declare_rule! {
    /// Flags generic he/she pronouns and gendered job words such as "chairman" or "guys".
    ///
    /// ## What it does
    /// Finds "his/her", "he or she", a lone "he" or "she" ("he'll", "she's") describing the
    /// candidate, and words
    /// that name a person by gender ("salesman", "chairman", "manpower", "guys", "lads", "girl
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
    /// Gender named where it has to be (the equal-opportunity statement), protective wear
    /// ("hairnets and beard snoods are worn on the floor"), a lone "he" or "she"
    /// in the about-the-company section (it is about a real person there, not the candidate)
    /// or after a named person introduced by their role in the same paragraph ("Our CEO,
    /// Martin Hale, spends half of his time travelling", "our sommelier, Dev Patel, ... he will
    /// teach you", "Our head barista Mere has been with us since 2019 and she'll train you")
    /// or by their role alone ("You will report to our CEO. She joined in 2019."),
    /// the speaker of a quotation ("'I love it here,' he says"), a credential's legal name ("the state's journeyman certificate", "the
    /// Journeyman Electrician license exam"), the words of a name or of a quotation ("Death of
    /// a Salesman", "Chairman of the Board Robert Ng", a surname as in "our dock supervisor,
    /// Ray Foreman,", a named person's office as in "Our chairman, Lars Halvorsen," and
    /// "meet our chairman" after it, an office a named person held ("Dr Samuel Okafor ...
    /// He was chairman of the Leeds Local Dental Committee"), a brand before what it makes
    /// ("Craftsman hand tools"), a staffing company called "Manpower",
    /// called "the best cameraman in New England" by a newspaper), and words that only
    /// contain a gendered part:
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
    Entry::new("he'll", PRONOUN)
        .replace(&["they'll"])
        .only_in(CANDIDATE_SECTIONS),
    Entry::new("she'll", PRONOUN)
        .replace(&["they'll"])
        .only_in(CANDIDATE_SECTIONS),
    Entry::new("he'd", PRONOUN)
        .replace(&["they'd"])
        .only_in(CANDIDATE_SECTIONS),
    Entry::new("she'd", PRONOUN)
        .replace(&["they'd"])
        .only_in(CANDIDATE_SECTIONS),
    // "He's" is "he is" or "he has": no one replacement.
    Entry::new("he's", PRONOUN).only_in(CANDIDATE_SECTIONS),
    Entry::new("she's", PRONOUN).only_in(CANDIDATE_SECTIONS),
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
    // "A great bunch of lads": the crew named as men.
    Entry::new("lads", GROUP).replace(&["people", "team"]),
    // Australia's "a great bunch of blokes".
    Entry::new("blokes", GROUP).replace(&["people", "team"]),
    // The hire as a man ("we will train the right guy"); not a guy wire.
    Entry::new("right guy", NOUN).replace(&["right person"]),
    Entry::new("you guys", GROUP).replace(&["all of you"]),
    Entry::new("dude", NOUN).replace(&["person"]),
    Entry::new("dudes", NOUN).replace(&["people"]),
    // ("Hairnets and beard snoods are worn on the floor": protective wear, not a trait.)
    Entry::new("beard", TRAIT)
        .only_in(CANDIDATE_SECTIONS)
        .unless_next(&[
            "snood", "snoods", "net", "nets", "cover", "covers", "mask", "masks",
        ]),
    Entry::new("beards", TRAIT).only_in(CANDIDATE_SECTIONS),
    Entry::new("ladies and gentlemen", GROUP).replace(&["everyone"]),
    Entry::new("manpower", NOUN).replace(&["staffing", "workforce"]),
    Entry::new("man-hours", NOUN).replace(&["person-hours"]),
    Entry::new("man-management", NOUN).replace(&["people management"]),
    Entry::new("man hours", NOUN).replace(&["person-hours"]),
    // Staffing a crew or a post ("manning levels", "manning the gate").
    Entry::new("manning", NOUN).replace(&["staffing"]),
    Entry::new("manned", NOUN).replace(&["staffed"]),
    Entry::new("chairman", NOUN).replace(&["chair"]),
    Entry::new("chairmen", NOUN).replace(&["chairs"]),
    Entry::new("salesman", NOUN).replace(&["salesperson"]),
    Entry::new("salesmen", NOUN).replace(&["salespeople"]),
    Entry::new("saleswoman", NOUN).replace(&["salesperson"]),
    Entry::new("saleswomen", NOUN).replace(&["salespeople"]),
    Entry::new("craftsman", NOUN).replace(&["craftsperson"]),
    Entry::new("craftsmen", NOUN).replace(&["craftspeople"]),
    Entry::new("foreman", NOUN).replace(&["supervisor"]),
    Entry::new("outdoorsman", NOUN).replace(&["outdoor enthusiast"]),
    Entry::new("outdoorsmen", NOUN).replace(&["outdoor enthusiasts"]),
    Entry::new("storeman", NOUN).replace(&["storeperson"]),
    Entry::new("storemen", NOUN).replace(&["storepeople", "warehouse staff"]),
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
    Entry::new("right-hand man", NOUN).replace(&["right hand", "closest partner"]),
    Entry::new("right hand man", NOUN).replace(&["right hand", "closest partner"]),
    Entry::new("right-hand men", NOUN).replace(&["right hands", "closest partners"]),
    Entry::new("right hand men", NOUN).replace(&["right hands", "closest partners"]),
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
    // "Her Minimum Safe Manning Document", the certificate a flag state issues a ship.
    "document",
    // The licence's holders by level, in a pay scale: "Journeyman, licensed 3 to 7 years".
    "licensed",
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

/// True when a gendered word is part of a name or of someone else's words rather than a word
/// for the role: inside a quotation of three or more words ("called \"the best cameraman in
/// New England\"", unless the word is the posting's own title's), or written with a capital
/// in mid-sentence as part of a name of four or more capitalised words not after an article
/// or a possessive ("Death of a Salesman", "Chairman of the Board Robert Ng", but not "a Site
/// Foreman for Ashgrove Commons"), of a street or an institution ("Foreman Road", "the
/// Handyman Fund"), of a company ("Manpower, our staffing agency": a word that names no
/// person, capitalised), or of a credential a few words on ("a Journeyman Electrician or
/// Master Electrician licensed by TDLR").
fn names_no_role(field: &FieldText, found: &Match, title: &str) -> bool {
    let text = field.text;
    let (before, after) = text.split_at(found.span.start);
    let before = &before[before.rfind('\n').map_or(0, |at| at + 1)..];
    let after = &after[..after.find('\n').unwrap_or(after.len())];
    // A quotation: an odd number of straight quotes before the words (or an opening curly
    // one not yet closed), and its closing quote after them.
    let open = before.rfind(['"', '“']);
    let opened = before.matches('"').count() % 2 == 1
        || open.is_some_and(|open| before[open..].starts_with('“'));
    // The posting's own title quoted ("put \"Site Foreman - Ashgrove\" in the subject line")
    // is the employer's word, not someone else's.
    let word = &text[found.span.clone()];
    let in_title = title.to_lowercase().contains(&word.to_lowercase());
    if let (true, Some(open), Some(close)) = (opened && !in_title, open, after.find(['"', '”'])) {
        let quoted =
            before[open..].split_whitespace().count() + after[..close].split_whitespace().count();
        if quoted >= 3 {
            return true;
        }
    }
    let tokens = &field.tokens;
    let capital =
        |index: usize| text[tokens[index].span.clone()].starts_with(|c: char| c.is_uppercase());
    // A sentence's first word has its capital for that reason.
    let opens_sentence = |index: usize| {
        index == 0
            || text[tokens[index - 1].span.end..tokens[index].span.start]
                .contains(['.', '!', '?', ':', '\n'])
    };
    let first = found.tokens.start;
    if !capital(first) {
        return false;
    }
    // At a sentence's start the word's own capital says nothing, but the words after it can:
    // "Chairman Emeritus Walter Harlan opened the shop" is a person's title and name.
    let at_sentence_start = opens_sentence(first);
    let joiner = |index: usize| {
        matches!(
            tokens[index].lower.as_str(),
            "of" | "a" | "an" | "the" | "and" | "for"
        )
    };
    // A comma, a dash or a bracket ends a name: "Site Foreman - Mid-Rise Residential" is a
    // title and its project, "Unit 7, Foreman Road" an address.
    let breaks = |index: usize| {
        opens_sentence(index)
            || text[tokens[index - 1].span.end..tokens[index].span.start]
                .contains([',', ';', '-', '–', '—', '|', '(', ')', '/'])
    };
    // The capitalised words (and the small words between them) around the match, in its
    // sentence, with no small word at either end.
    let mut start = first;
    while start > 0
        && !at_sentence_start
        && !breaks(start)
        && (joiner(start - 1) || capital(start - 1) && !opens_sentence(start - 1))
    {
        start -= 1;
    }
    while joiner(start) {
        start += 1;
    }
    let mut end = found.tokens.end;
    while end < tokens.len() && !breaks(end) && (capital(end) || joiner(end)) {
        end += 1;
    }
    while joiner(end - 1) {
        end -= 1;
    }
    // "a Site Foreman for Ashgrove Commons", "our Chairman": an article or a possessive
    // before the capitalised words makes them a role, however long.
    let determined = start > 0 && !breaks(start) && {
        let previous = tokens[start - 1].lower.as_str();
        DETERMINERS.contains(&previous) || previous == "new"
    };
    // "Foreman Road", "the Handyman Fund": a street's or an institution's name.
    let named_thing = tokens.get(found.tokens.end).is_some_and(|next| {
        capital(found.tokens.end) && NAME_ENDINGS.contains(&next.lower.as_str())
    });
    // "a Craftsman tool chest", "We carry Craftsman hand tools": a brand before what it makes.
    let brand = !at_sentence_start
        && tokens.get(found.tokens.end).is_some_and(|next| {
            !capital(found.tokens.end) && PRODUCT_WORDS.contains(&next.lower.as_str())
        });
    if brand {
        return true;
    }
    if at_sentence_start {
        // Three or more capitalised words after it, then the sentence goes on in lower case
        // (a line of capitalised words is a heading: "Foreman Wanted For New Site").
        let goes_on = end < tokens.len() && !breaks(end) && !capital(end);
        return named_thing || end - start >= 4 && goes_on;
    }
    named_thing
        || end - start >= 4 && !determined
        || ABSTRACT.contains(&tokens[first].lower.as_str())
        || tokens[found.tokens.end..].iter().take(5).any(|token| {
            matches!(token.lower.as_str(), "licensed" | "certified")
                || CREDENTIAL_WORDS.contains(&token.lower.as_str())
        })
}

/// A capital letter in Latin script, as a class (regex carries no Unicode general-category
/// tables: see ARCHITECTURE.md).
const UPPER_LATIN: &str = r"[A-Z\u{C0}-\u{D6}\u{D8}-\u{DE}\u{100}-\u{17F}]";

/// The ranges of a small letter in Latin script, to go inside a class.
const LOWER_LATIN: &str = r"a-z\u{DF}-\u{F6}\u{F8}-\u{FF}\u{100}-\u{17F}";

/// True when a person's name follows the word in apposition, so it is that person's office,
/// not the job's: "The firm's Chairman, Declan Whitty, founded the practice", "Our chairman,
/// Lars Halvorsen, reviews". The name is two or more capitalised words that name no role or
/// team, between commas (or before a full stop).
fn names_a_person_after(field: &FieldText, found: &Match) -> bool {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    let pattern = PATTERN.get_or_init(|| {
        // A surname may hold an apostrophe or a hyphen ("O'Neill", "Smith-Jones").
        let (upper, lower) = (UPPER_LATIN, format!(r"[{LOWER_LATIN}'\u{{2019}}-]"));
        compile_pattern(&format!(
            r"^,[ \t]+(?P<name>(?:{upper}{lower}+[ \t]+)+{upper}{lower}+)[,;.)]"
        ))
    });
    let after = &field.text[found.span.end..];
    pattern.captures(after).is_some_and(|captures| {
        captures["name"]
            .split_whitespace()
            .all(|word| !NOT_A_NAME.contains(&word.to_lowercase().as_str()))
    })
}

/// True when `span` of `text` is inside the name of a person the text introduces ("our dock
/// supervisor, Ray Foreman, loads the trailers").
fn in_a_name(text: &str, span: Range<usize>) -> bool {
    names_in(text).any(|(start, name)| start <= span.start && span.end <= start + name.len())
}

/// Lower-case words after a capitalised gendered word that make it a brand: what the brand
/// makes ("Craftsman hand tools", "a Craftsman tool chest").
const PRODUCT_WORDS: &[&str] = &[
    "tool", "tools", "hand", "power", "brand", "products", "wrench", "wrenches", "socket",
    "sockets", "drill", "drills", "mower", "mowers", "saw", "saws",
];

/// Capitalised words after a gendered word that make it the name of a street, a building or
/// an institution ("Foreman Road", "the Handyman Fund", "the Chairman's Award").
const NAME_ENDINGS: &[&str] = &[
    "road",
    "rd",
    "street",
    "st",
    "avenue",
    "ave",
    "lane",
    "drive",
    "way",
    "boulevard",
    "close",
    "court",
    "place",
    "square",
    "estate",
    "park",
    "walk",
    "hall",
    "building",
    "house",
    "fund",
    "trust",
    "foundation",
    "award",
    "awards",
    "prize",
    "scheme",
    "programme",
    "program",
    "society",
    "association",
    // A school ("Northwest Lineman College").
    "college",
    "academy",
    "institute",
    "university",
    "school",
    "club",
    "cup",
    "inc",
    "ltd",
    "llc",
];

/// Gendered words that name no person: written with a capital in mid-sentence they are a
/// name ("Manpower", a staffing company).
const ABSTRACT: &[&str] = &[
    "manpower",
    "workmanship",
    "craftsmanship",
    "sportsmanship",
    "mankind",
];

fn list() -> &'static WordList {
    static LIST: OnceLock<WordList> = OnceLock::new();
    LIST.get_or_init(|| WordList::new(ENTRIES))
}

/// A named person introduced by their role: before the name ("Our CEO, Martin Hale,", "founder
/// Ana Ruiz", "our VP of Product, Marisol Ortega", "our head of data, Naomi Fischer", "care
/// coordinator Leah Johnson") or after it ("Keisha Morgan, our Director of Customer Success",
/// "Hannah Kowalczyk, our aquatic biologist"), the person the role reports to
/// ("you will report to Keisha Morgan"), the one who leads the team ("the team led by Ana
/// Ruiz"), the one the job works under ("under Roadmaster Tom Reyes"), a name after a title
/// ("Dr. Funmilayo Adeyemi"; a name may hold lower-case particles: "Joost van der Meer") or two people who share a surname ("Teresa and Luis Ortega"), or any role in apposition after "our" or "the" ("our sommelier,
/// Dev Patel,", "our current room leader, Priya,"), or a name a relative clause describes ("Ray Collins, who built our
/// commercial book, retires in March"). A lone pronoun after it in the same paragraph is about that
/// person, not the candidate.
fn named_person() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        let role = r"(?i:ceo|cto|cfo|coo|founder|co-founder|president|chair|owner|director|manager|vp|head|lead|supervisor|mentor|developer|engineer|recruiter|partner|coordinator|controller|administrator|principal|superintendent|chef|editor|dean|coach|nurse|scientist|biologist|analyst|teacher|instructor|trainer|foreman|pharmacist|physician|accountant|architect|designer|producer|captain|sister|matron)";
        // Capitalised words in Latin script (regex carries no Unicode general-category
        // tables: see ARCHITECTURE.md), and a letter of any script (a word character that is
        // no digit or underscore).
        let (upper, lower, letter) = (UPPER_LATIN, format!("[{LOWER_LATIN}]"), r"[^\W\d_]");
        let word = format!("{upper}{lower}+");
        // Particles inside a name stay lower case: "Joost van der Meer", "Ana de la Cruz".
        let particles = r"(?:(?:van|von|der|den|de|da|di|du|del|della|la|le|al|bin|ter|ten)\s+)*";
        let name = |group: &str| format!(r"(?P<{group}>(?:{word}\s+{particles})+{word})");
        let (before, after, to, by) = (name("before"), name("after"), name("to"), name("by"));
        let under = name("under");
        let who = name("who");
        // "Our head barista Mere has been with us since 2019": a role in lower-case words after
        // "our" or "the", a name (a first name alone will do), and what that person does.
        let acts = format!(r"(?P<acts>(?:{word}\s+){{0,2}}{word})");
        // A first name alone will do in apposition ("Our current room leader, Priya, is
        // moving"): the commas around it mark it.
        let appos = format!(r"(?P<appos>(?:{word}\s+{particles})*{word})");
        compile_pattern(&format!(
            r"(?-u:\b){role}(?:\s+of(?:\s+{letter}+){{1,3}})?,?\s+{before}|{after},\s+(?i:our|the|your)\s+{letter}|(?-u:\b)(?i:report|reports|reporting)\s+to\s+{to}|(?-u:\b)(?i:led|managed|run|coached|supervised)\s+by\s+{by}|(?-u:\b)(?i:under)\s+{under}|(?-u:\b)(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+(?P<titled>(?:{word}\s+)*{word})|(?-u:\b)(?i:our|the)\s+(?:{letter}+\s+){{0,3}}{letter}+,\s+{appos}(?:[,;.]|\s+\()|(?-u:\b)(?P<pair>{word}\s+and\s+{word}\s+{word})(?-u:\b)|{who},\s+who(?-u:\b)|(?-u:\b)(?i:our|the)\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+\s+{acts}\s+(?:has|is|was|will|leads|runs|joined|started|takes|works|manages|heads|knows|trains|looks|keeps)(?-u:\b)"
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
/// words with its offset in `text`, roles and teams left out: "led by Tax Partner Niamh
/// Brennan" gives "Niamh Brennan".
fn names_in(text: &str) -> impl Iterator<Item = (usize, &str)> {
    named_person().captures_iter(text).filter_map(|found| {
        let name = [
            "before", "after", "to", "by", "under", "titled", "pair", "appos", "who", "acts",
        ]
        .iter()
        .find_map(|group| found.name(group))?;
        let is_role = |word: &str| NOT_A_NAME.contains(&word.to_lowercase().as_str());
        let written = name.as_str();
        // The words after the last role word ("Tax Partner" before "Niamh Brennan").
        let from = written
            .split_whitespace()
            .rfind(|word| is_role(word))
            .map_or(Some(0), |last| {
                let end = last.as_ptr() as usize - written.as_ptr() as usize + last.len();
                written[end..]
                    .find(|c: char| !c.is_whitespace())
                    .map(|offset| end + offset)
            })?;
        let rest = &written[from..];
        (!rest.is_empty()
            && rest
                .split_whitespace()
                .all(|word| word == "and" || !is_role(word))
            && rest
                .split_whitespace()
                .next()
                .is_some_and(|first| first != "and"))
        .then_some((name.start() + from, rest))
    })
}

/// True when a named person is introduced earlier in the paragraph holding `at`, or one of
/// the `known` names of people the posting introduces elsewhere is mentioned there ("Manage
/// Daniel's calendar and protect his focus time", after "our CEO, Daniel Okoye").
fn about_named_person(text: &str, at: usize, known: &[&str]) -> bool {
    let start = text[..at].rfind('\n').map_or(0, |newline| newline + 1);
    let paragraph = &text[start..at];
    let after = &text[at..];
    names_in(paragraph).next().is_some()
        || quoted_speaker(paragraph, after)
        || after_a_specific_role(paragraph)
        || paragraph
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .map(|word| {
                word.trim_end_matches("'s")
                    .trim_end_matches("’s")
                    .trim_end_matches(['\'', '’'])
            })
            .any(|word| known.contains(&word))
}

/// Verbs that attribute a quotation to its speaker ("'I love it here,' he says").
const SPEECH_VERBS: &[&str] = &[
    "says",
    "said",
    "explains",
    "explained",
    "adds",
    "added",
    "recalls",
    "notes",
    "tells",
    "told",
    "laughs",
    "jokes",
    "puts",
];

/// True when the pronoun at the end of `before` (with `from` starting at it) names the speaker
/// of a quotation: a speech verb follows it, or a quotation closes just before it.
fn quoted_speaker(before: &str, from: &str) -> bool {
    let pronoun_end = from
        .find(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .unwrap_or(from.len());
    let next = from[pronoun_end..]
        .split(|c: char| !c.is_alphanumeric())
        .find(|word| !word.is_empty())
        .unwrap_or("")
        .to_lowercase();
    let closes = before.trim_end().ends_with([',', '"', '”']) && before.contains(['"', '“', '”']);
    SPEECH_VERBS.contains(&next.as_str()) || closes
}

/// One person by their role, in the company's words ("our CEO", "your manager", "our head
/// chef"): a pronoun after it is about that person.
fn specific_role() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(r"(?i)(?-u:\b)(?:our|your)\s+(?:[a-z-]+\s+){0,2}?(?:ceo|cto|cfo|coo|founder|co-founder|president|owner|director|manager|supervisor|mentor|chef|principal|editor|dean|coach|boss|team\s+lead)(?-u:\b)")
    })
}

/// Words for the person sought: a pronoun after them is about that person again.
const SOUGHT: &[&str] = &[
    "candidate",
    "candidates",
    "applicant",
    "applicants",
    "hire",
    "person",
    "employee",
    "individual",
    "someone",
    "worker",
    "trainee",
];

/// True when the last thing `paragraph` introduces before a pronoun is one person by their
/// role ("You will report to our CEO. She joined in 2019."), and not the person sought.
fn after_a_specific_role(paragraph: &str) -> bool {
    specific_role()
        .find_iter(paragraph)
        .last()
        .is_some_and(|role| {
            !paragraph[role.end()..]
                .split(|c: char| !c.is_alphanumeric())
                .any(|word| SOUGHT.contains(&word.to_lowercase().as_str()))
        })
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let help = "Use a neutral word so every reader can picture themselves in the role.";
    // Every word of every name the posting introduces, found only when a lone pronoun needs it.
    let mut known: Option<Vec<&str>> = None;
    // The job's prose and how to apply ("tell us which start date he or she can make" is about
    // the applicant too).
    let is_checked = |field: &FieldText| APPLICANT_FACING.contains(&field.section());
    // The word list is searched once per field: for the offices below, and for the findings.
    let matches: Vec<(&FieldText, Vec<Match>)> = context
        .texts
        .iter()
        .map(|field| (field, list().find(field)))
        .collect();
    // The gendered words the posting uses as a named person's office ("Our chairman, Lars
    // Halvorsen,"): a later "meet our chairman" is about that person too.
    let offices: Vec<String> = matches
        .iter()
        .flat_map(|(field, found)| {
            found
                .iter()
                .filter(|found| found.entry.note == NOUN && names_a_person_after(field, found))
                .map(|found| field.text[found.span.clone()].to_lowercase())
        })
        .collect();
    for (field, found_in_field) in matches.into_iter().filter(|(field, _)| is_checked(field)) {
        for found in found_in_field {
            if found.entry.note == NOUN
                && (names_a_credential(field, &found)
                    || names_no_role(field, &found, &context.posting.title)
                    || in_a_name(field.text, found.span.clone())
                    || offices.contains(&field.text[found.span.clone()].to_lowercase()))
            {
                continue;
            }
            let lone_pronoun = found.entry.note == PRONOUN && !found.entry.sections.is_empty();
            // "He was chairman of the Leeds Local Dental Committee", after "Dr Samuel Okafor
            // founded it": the office a named person held, said of that person.
            let office_held = found.entry.note == NOUN
                && found.tokens.start > 0
                && matches!(
                    field.tokens[found.tokens.start - 1].lower.as_str(),
                    "was" | "is" | "as" | "became" | "remains"
                );
            // The letters of a Dutch postcode between its figures and its town ("1019 HE
            // Amsterdam"), not "Until 2019 HE will lead".
            if lone_pronoun
                && found.tokens.start > 0
                && field.text[found.span.clone()] == *"HE"
                && field.tokens[found.tokens.start - 1].lower.len() == 4
                && field.tokens[found.tokens.start - 1]
                    .lower
                    .bytes()
                    .all(|byte| byte.is_ascii_digit())
                && field.tokens.get(found.tokens.end).is_some_and(|next| {
                    field.text[next.span.clone()].starts_with(char::is_uppercase)
                })
            {
                continue;
            }
            // A person's stated pronouns ("Morag Lindsay (she/her)").
            if lone_pronoun
                && field.text[..found.span.start].ends_with('(')
                && field.text[found.span.end..].starts_with('/')
            {
                continue;
            }
            if lone_pronoun || office_held {
                let known = known.get_or_insert_with(|| {
                    // A word of the job's title is no name ("Tax" of "Tax Partner Niamh
                    // Brennan" when the job is "Tax Manager"): the role is not that person.
                    let title = context.posting.title.to_lowercase();
                    let in_title = |word: &str| {
                        title
                            .split(|c: char| !c.is_alphanumeric())
                            .any(|part| part == word.to_lowercase())
                    };
                    context
                        .texts
                        .iter()
                        .flat_map(|field| names_in(field.text))
                        .flat_map(|(_, name)| name.split_whitespace())
                        .filter(|word| *word != "and" && !in_title(word))
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
    fn a_postcode_s_letters_are_no_pronoun() {
        let posting = summary("Our office is at Veemkade 340, 1019 HE Amsterdam.");
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary("Until 2019 HE will lead the team.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["HE"]);
    }

    #[test]
    fn flags_paired_pronouns_and_job_words() {
        let posting = summary("The Salesman weighs his/her options with the chairman.");
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found, ["Salesman", "his/her", "chairman"]);
        let posting = summary("You're a keen outdoorsman who loves the river.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["outdoorsman"]);
        let posting = summary("You will be the CEO's right-hand man.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["right-hand man"]);
        let posting =
            summary("Plan crew manning for each swing. Manning the gate at shift change.");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["manning", "Manning"]
        );
        let posting =
            summary("We carry one more engineer than her Minimum Safe Manning Document asks for.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_dudes_and_beards_asked_of_candidates() {
        let posting =
            summary("We want a JavaScript dude. Candidates with beards get extra credit.");
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found, ["dude", "beards"]);
        // Protective wear.
        let posting = summary("Hairnets and beard snoods are worn on the production floor.");
        assert!(run(&RULE, &posting).is_empty());
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
        let posting = summary("Great bunch of lads to work with.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["lads"]);
        let posting = summary("A great bunch of blokes to work with.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["blokes"]);
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
            "Our current room leader, Priya, is moving to our new baby room. She will work alongside you for a month.",
            "Your supervisor is our Leading Hand, Bronwyn Teale; she has trained 14 apprentices.",
            "You work under Roadmaster Tom Reyes, who shows you every curve he has worried about.",
            "Our Sunshine Coast trade rep, Greg Tanner, retires in March, and we want his replacement to spend six weeks alongside him before he goes.",
            // Particles inside a name.
            "Our CEO and co-founder, Joost van der Meer, spends half his time with customers, and he needs someone to run his week.",
            "You report to our founder, Ana de la Cruz; she built the first product.",
            // Apposition before the person's stated pronouns.
            "You report to our Head Chef, Ailsa Grant (she/her). She opened the kitchen in 2019.",
            // A role in lower-case words, the name and what the person does; a nursing rank.
            "Our head barista Mere has been with us since 2019 and she'll train you.",
            "Night Sister Grace Mensah leads the team. She will be your preceptor.",
        ] {
            let posting = summary(text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
        // A role or a team is no named person.
        for text in [
            "Reports to Store Manager. He will lift boxes.",
            "Senior Engineer, Platform Team. He writes code.",
            "The team is led by Sales Manager. He sets targets.",
            "You work under Store Manager. He sets targets.",
            // Words after "the" that name no one acting.
            "The ideal Store Manager is calm. He sets targets.",
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
            "Ray Collins, who built our Guelph book, retires in March. You will take over half of his accounts, and he will introduce you.",
        ] {
            let posting = summary(text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
        // A name that only appears, introduced by nobody, does not excuse a pronoun.
        let posting = summary("Work with Daniel's team. He will own the roadmap.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["He"]);
        // A name after the roles that introduce it; a word of the job's title is no name.
        let mut posting = summary(
            "The tax team is led by Tax Partner Niamh Brennan, and she runs a friendly team.\nThe client wants a Tax Manager who can start fast. He'll manage 40 clients.",
        );
        posting.title = "Tax Manager".into();
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["He'll"]);
    }

    #[test]
    fn ignores_pronouns_for_a_quoted_speaker_or_a_person_known_by_role() {
        for text in [
            "\"I love it here,\" he says.",
            "It changed how I work, she explains.",
            "Your manager, Tom, will train you. He has twenty years in the trade.",
            "You will report to our CEO. She joined us in 2019.",
        ] {
            let posting = summary(text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
        // The person sought, named after the role, is the candidate again.
        let posting = summary("You will report to our CEO. The candidate must show he can travel.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["he"]);
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
        let posting = summary("Journeyman, licensed 3 to 7 years: $36 to $40 an hour.");
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary("Work beside a journeyman on every job.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["journeyman"]);
    }

    #[test]
    fn ignores_words_of_names_and_quotations() {
        for text in [
            "Our chief was called \"the best cameraman in New England\" by the Globe.",
            "You will work with Chairman of the Board Robert Ng on the agenda.",
            "We saluted the spring cast of Death of a Salesman at the high school.",
            "Order laborers from Manpower, our staffing agency, when the crew is short.",
            "Apprentices work under a Journeyman Electrician or Master Electrician licensed by TDLR.",
            "Our yard is at Unit 7, Foreman Road Trading Estate, Hunslet.",
            "Deliveries go to 415 Foreman Road.",
            "Lead on the Handyman Fund: about 120 small grants a year.",
            "A certificate from a program such as Northwest Lineman College.",
            "Our shop is old. Chairman Emeritus Walter Harlan opened it in 1968.",
            "Foreman Road is where the yard is.",
            "Our safety lead, Ruth Manning, trains every crew.",
            "We carry Craftsman hand tools and winter boots.",
            "- A company truck and a Craftsman tool chest",
            "Work closely with our dock supervisor, Ray Foreman, who loads the trailers.",
            "The firm's Chairman, Declan Whitty, founded the practice in 1994.",
            "Our chairman, Lars Halvorsen, reviews every proposal. You will meet our chairman.",
            "Dr Samuel Okafor founded it in 1994. He was chairman of the Leeds Local Dental Committee.",
        ] {
            let posting = summary(text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
        for (text, word) in [
            (
                "You will report to the Operations Foreman each morning.",
                "Foreman",
            ),
            (
                "Support the Department Chairman with scheduling.",
                "Chairman",
            ),
            ("Build the weekly manpower plan.", "manpower"),
            ("Strong man-management skills.", "man-management"),
            ("Allocate work to the storemen on each shift.", "storemen"),
            ("We need a \"salesman\" type.", "salesman"),
            ("Foreman duties include the site log.", "Foreman"),
            (
                "The successful candidate is foreman of the night crew.",
                "foreman",
            ),
            (
                "Support the Chairman, Board Services with the minutes.",
                "Chairman",
            ),
            ("Foreman Wanted For New Site Today", "Foreman"),
            (
                "Handyman Needed Now for a busy lettings office.",
                "Handyman",
            ),
            (
                "We need a Site Foreman for Ashgrove Commons on Upper James Street.",
                "Foreman",
            ),
        ] {
            let posting = summary(text);
            assert_eq!(flagged(&posting, &run(&RULE, &posting)), [word], "{text}");
        }
        // The posting's own title, quoted, is the employer's word.
        let mut posting = summary("Put \"Site Foreman - Ashgrove\" in the subject line.");
        posting.title = "Site Foreman".into();
        // (The title's word, then the quoted one.)
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Foreman", "Foreman"]
        );
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
    fn flags_the_right_guy_not_a_guy_wire() {
        let posting = summary("Experience a plus but we will train the right guy.");
        assert_eq!(
            fixed(&RULE, &posting).summary,
            "Experience a plus but we will train the right person."
        );
        assert!(run(&RULE, &summary("Install guy wires on towers.")).is_empty());
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
