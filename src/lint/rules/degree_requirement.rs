//! `degree-requirement`: a degree required with no equivalent-experience route.

use crate::text::compile_pattern;
use std::sync::OnceLock;

use regex::Regex;

use crate::lint::rule::{declare_rule, Context, FieldText};
use crate::lint::word_list::TriggerWords;
use crate::lint::{Diagnostic, Edit, Fix};
use crate::model::{Field, Section};

declare_rule! {
    /// Flags a required degree that does not also accept equivalent experience.
    ///
    /// ## What it does
    /// In the must-have requirements (and unsorted text), finds sentences that ask for a
    /// degree ("Bachelor's degree in Computer Science", "BS/MS", "PhD", India's "B.E./B.Tech/MCA", nursing's "BSN", a "college diploma" or a "diploma from a
    /// recognized college", a
    /// "third-level qualification", a "tertiary qualification", "educated to degree level")
    /// or a high-school diploma (the requirement at issue in Griggs v. Duke Power; "Minimum
    /// Grade 12 education" in Ontario, "10th pass" in India) without "or equivalent"
    /// experience or years of work offered instead ("or four years of planning work instead of
    /// the degree"; for a diploma, "or GED" is the equivalent), and offers to add ", or equivalent practical experience". A degree listed as
    /// nice to have is fine.
    ///
    /// ## Why is this bad?
    /// Degree requirements exclude most of the workforce (about 62% of US adults have no
    /// four-year degree) and fall disproportionately on Black, Hispanic and rural workers.
    /// In Griggs v. Duke Power (1971) the US Supreme Court held that a diploma requirement not
    /// shown to predict job performance can be unlawful discrimination. Many employers and US
    /// states have dropped degree requirements for this reason.
    ///
    /// ## Example
    /// ```text
    /// Bachelor's degree in Computer Science.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Bachelor's degree in Computer Science, or equivalent practical experience.
    /// ```
    ///
    /// ## What it does not flag
    /// A degree listed as nice to have, a degree with another qualification in its place ("or
    /// A-levels in maths and two IFoA exams", "or a completed apprenticeship"), a degree that
    /// already accepts equivalent experience
    /// (in its sentence, or in the next sentence of the same requirement: "If you came through
    /// an NZDE and have designed buildings for several years, we'd like to hear from you too"),
    /// a degree the profession named in the title requires to practise (a JD for a counsel or
    /// attorney, a master's degree or doctorate for a lecturer or professor, or for a post the
    /// summary calls postdoctoral), the candidate's own degree named as a source ("a paper
    /// from your PhD"), a degree the
    /// posting says the law, the appointment or an accreditation requires ("Our Magnet
    /// designation requires every nurse leader to hold one"), a degree asked with the
    /// licence or registration of a profession that requires it ("Master's degree in Social
    /// Work and LCSW licensure" for a clinical social worker, "Bachelor's degree and a valid
    /// teaching certificate" for a teacher, "Degree in Adult Nursing and current NMC
    /// registration" for a staff nurse, Qualified Teacher Status, a structural engineer's PE
    /// licence; or the licence asked in another requirement of the posting; not a driving
    /// licence, and not for a cloud or software architect), a degree asked with a licence
    /// granted only with one, whatever the title (a CPA licence, a PE licence, admission to
    /// the bar), experience that may substitute for the education ("Additional qualifying
    /// experience may substitute for the required education on a year-for-year basis", in
    /// any requirement), current study in a subject "or a related field" (a student
    /// programme's rule), letters that are no degree (a
    /// British Standard, "BS 7671"; "JD Edwards"; "experience as a BA"), and degrees
    /// mentioned outside the requirements (the company story, the
    /// benefits):
    /// ```text
    /// A degree in statistics or equivalent experience. High school diploma or GED.
    /// ```
    id: "degree-requirement",
    category: Clarity,
    severity: Warning,
    has_fix: true,
    check: check,
}

/// The words a [`degree`] match starts with: a sentence without one is not searched.
const DEGREE_STARTS: &[&str] = &[
    "bachelor",
    "bachelors",
    "bachelor's",
    "master",
    "masters",
    "master's",
    "university",
    "college",
    "undergraduate",
    "graduate",
    "four",
    "4",
    "degree",
    "equivalent",
    "science",
    "engineering",
    "studies",
    "arts",
    "business",
    "economics",
    "mathematics",
    "maths",
    "finance",
    "accounting",
    "design",
    "nursing",
    "ph",
    "phd",
    "phds",
    "b",
    "bs",
    "bsc",
    "ba",
    "mba",
    "jd",
    // India's engineering and computing degrees: "B.E./B.Tech/MCA", "M.Tech", "BTech".
    "m",
    "btech",
    "mtech",
    "mca",
    "bca",
    // Nursing's "BSN", "MSN", Canada's "BScN".
    "bsn",
    "msn",
    "bscn",
    "high",
    "secondary",
    // A high-school diploma by other names: Ontario's "Grade 12" (OSSD), India's "10th pass".
    "grade",
    "minimum",
    "completed",
    "complete",
    "completion",
    "ossd",
    "10th",
    "12th",
    // Ireland's "third-level qualification", Australia's "tertiary qualification".
    "third",
    "tertiary",
    // The UK's "educated to degree level".
    "educated",
];

fn degree() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(r"(?i)(?-u:\b)(?:bachelor(?:'s|’s|s)?(?:\s+degree)?|master(?:'s|’s|s)?\s+degree|(?:university|college|undergraduate|graduate|four-year|4-year)\s+degree|degree\s+in|degree[\s-]educated|educated\s+to\s+(?:a\s+)?degree[\s-]level|equivalent\)\s+degree|(?:science|engineering|studies|arts|business|economics|mathematics|maths|finance|accounting|design|nursing)\s+degree|ph\.?d\.?|b\.?s\.?c?\.?/m\.?s\.?c?|(?-u:\b)BS(?-u:\b)|(?-u:\b)BA(?-u:\b)|(?-u:\b)MBA(?-u:\b)|(?-u:\b)JD(?-u:\b)|(?-u:\b)B\.E\.|(?-u:\b)[BM]\.?\s?Tech(?-u:\b)|(?-u:\b)(?:MCA|BCA)(?-u:\b)|(?-u:\b)(?:BSN|MSN|BScN)(?-u:\b)|(?:high[\s-]school|secondary[\s-]school)\s+(?:diploma|degree|education)|grade\s+12\s+(?:education|diploma|or\s+(?:higher|above))|(?:minimum|completed?|completion\s+of)\s+(?:of\s+)?grade\s+12|(?-u:\b)OSSD(?-u:\b)|(?:10th|12th)\s+(?:pass|standard)|college\s+diploma|diploma\s+(?:[\w-]+\s+){0,2}?from\s+(?:a|an)\s+(?:recogni[sz]ed|accredited)\s+(?:[\w-]+\s+){0,2}?(?:college|polytechnic|university)|(?:third[\s-]level|tertiary)\s+(?:qualification|degree|education))")
    })
}

/// Words an "(or equivalent)" right after them makes an alternative to the degree itself.
const DEGREE_WORDS: &[&str] = &[
    "degree",
    "degrees",
    "diploma",
    "qualification",
    "qualifications",
    "bachelor's",
    "bachelors",
    "bachelor",
    "master's",
    "masters",
    "phd",
    "bs",
    "ba",
    "bsc",
    "msc",
    "ms",
    "mba",
];

/// The sentence with every "(or equivalent)" that qualifies something other than the degree
/// removed: "A Computer Science (or equivalent) degree" allows another subject, and "2 years
/// of experience (or equivalent)" another kind of experience, but neither replaces the degree.
fn without_other_equivalents(lower: &str) -> String {
    const MARK: &str = "(or equivalent)";
    let mut kept = String::with_capacity(lower.len());
    let mut rest = lower;
    while let Some(at) = rest.find(MARK) {
        let before = &rest[..at];
        let previous = before
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .rfind(|word| !word.is_empty())
            .unwrap_or("")
            .replace('’', "'");
        kept.push_str(before);
        if DEGREE_WORDS.contains(&previous.as_str()) {
            kept.push_str(MARK);
        }
        rest = &rest[at + MARK.len()..];
    }
    kept.push_str(rest);
    kept
}

/// Phrases that say the degree is a condition set by law or by the appointment itself.
const CONDITIONS: &[&str] = &[
    "condition of appointment",
    "required by law",
    "legally required",
    "for licensure",
    "required for registration",
    // An accreditor's rule for who may teach a course ("HLC faculty qualification
    // guidelines"), or hold a post ("Our Magnet designation requires every nurse leader to
    // hold one").
    "faculty qualification",
    "accreditation requires",
    "designation requires",
];

/// True when the sentence is one route among several ("OR: Master's degree ...").
fn is_alternative_route(sentence: &str) -> bool {
    let lower = sentence.trim_start().to_lowercase();
    lower
        .strip_prefix("or")
        .is_some_and(|rest| rest.starts_with(|c: char| !c.is_alphanumeric()))
}

/// True when the sentence is about current study in any subject, the eligibility rule of a
/// student programme ("a student in a college level or graduate degree program"), not a
/// degree held. Study in a named subject ("currently pursuing a BS in Computer Science") still
/// narrows who may apply, so it is read as a requirement. `after` is the text after the match.
fn is_enrolment(lower: &str, after: &str) -> bool {
    let after = after.to_lowercase();
    let any_subject = [
        "in any field",
        "in any subject",
        "in any discipline",
        "in any major",
    ]
    .iter()
    .any(|words| lower.contains(words));
    // "... in computer science or a related field": any of several subjects, as broad as a
    // student programme's rule.
    let related = [
        "related field",
        "related discipline",
        "related subject",
        "related major",
    ]
    .iter()
    .any(|words| after.contains(words));
    if after.contains(" in ") && !any_subject && !related {
        return false;
    }
    [
        "student",
        "enrolled",
        "currently pursuing",
        "working towards",
        "working toward",
        "studying",
    ]
    .iter()
    .any(|word| lower.contains(word))
}

/// Years of work offered as another route to the degree: "or four years of planning work
/// (instead of the degree)", "or 6+ years of experience", a lesser credential with years of
/// work ("or an associate degree and two years of bookkeeping work").
fn experience_route() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(r"(?i)(?-u:\b)(?:or|alternatively)\s+(?:at\s+least\s+)?(?:\d+\+?|one|two|three|four|five|six|seven|eight|ten)\s+(?:\w+\s+)?years?(?-u:\b)|(?-u:\b)or\s+(?:an?\s+)?(?:associate(?:'s|’s)?|two-year|certificate|diploma)(?-u:\b)[^.;]{0,60}?(?-u:\b)(?:\d+\+?|one|two|three|four|five|six)\s+(?:\w+\s+)?years?(?-u:\b)|(?-u:\b)(?:instead\s+of|in\s+place\s+of|in\s+lieu\s+of)\s+(?:a|the)\s+degree")
    })
}

fn accepts_equivalent(sentence: &str) -> bool {
    if experience_route().is_match(sentence) {
        return true;
    }
    let lower = without_other_equivalents(&sentence.to_lowercase());
    // A preferred degree is no bar; "Bachelor's degree required, MBA preferred" still
    // requires the first.
    if lower.contains("preferred") && !lower.contains("required") {
        return true;
    }
    [
        "equivalent",
        "comparable",
        "or similar experience",
        "or relevant experience",
        "or experience",
        "not required",
        "or related experience",
        // The degree is one route among several a rule allows.
        "several routes",
        "other routes",
        "one of the following",
        "any of the following",
        // The high-school equivalency tests.
        // One more route after others ("A year of experience, or an A+ certification. An
        // associate degree in IT counts too.").
        // Another qualification in place of the degree ("A degree in chemistry, or a
        // completed training as a laboratory technician", "A degree in a numerate subject, or
        // A-levels in maths and two IFoA exams passed").
        "or a completed training",
        "or a completed apprenticeship",
        "or an apprenticeship",
        "or a-levels",
        "or a levels",
        "or a vocational",
        "or a professional qualification",
        "counts too",
        "also counts",
        "counts as well",
        "also accepted",
        "accepted too",
        "also qualifies",
        "or ged",
        "/ged",
        "or hiset",
        // Experience in place of the education, the US public-sector way ("Additional
        // qualifying experience may substitute for the required education on a year-for-year
        // basis"), or the degree in place of experience ("A master's degree may substitute
        // for one year of the required experience").
        "may substitute",
        "can substitute",
        "may be substituted",
        "can be substituted",
        "substitute for",
        "substituted for",
        "year-for-year",
        "year for year",
    ]
    .iter()
    .any(|phrase| lower.contains(phrase))
}

/// A requirement elsewhere in the posting that opens another route to every degree it asks:
/// experience that substitutes for the education ("Additional qualifying experience may
/// substitute for the required education on a year-for-year basis").
fn substitution_route() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(r"(?i)(?-u:\b)(?:experience|work)(?-u:\b)[^.;]{0,60}?(?-u:\b)(?:substitut\w*|in\s+(?:lieu|place)\s+of|instead\s+of)(?-u:\b)[^.;]{0,40}?(?-u:\b)(?:education|degree|college|schooling)(?-u:\b)|(?-u:\b)(?:education|degree)(?-u:\b)[^.;]{0,60}?(?-u:\b)(?:may|can)\s+be\s+substituted(?-u:\b)")
    })
}

/// Pieces of words one of which every [`substitution_route`] match holds ("substitute",
/// "in lieu of", "in place of", "instead of"), as ASCII: a requirement without any is not read
/// with the expression.
const SUBSTITUTION_PIECES: &[&str] = &["substitut", "lieu", "place", "instead"];

/// Words one of which every [`degree_licence`] match holds as a whole word ("CPA", "certified
/// public accountant", "(PE)", "professional engineer", "admitted to", "admission to the bar",
/// "bar admission", "member of the bar"): a requirement without any is not read with the
/// expression.
fn licence_words() -> &'static TriggerWords {
    static WORDS: OnceLock<TriggerWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        TriggerWords::new(&[
            "cpa",
            "certified",
            "pe",
            "professional",
            "admitted",
            "admission",
            "bar",
            "member",
        ])
    })
}

/// A licence that is granted only with a degree in its field, wherever the posting asks it or
/// names it in the title: a US CPA licence (150 credit hours in every state; "ACA, ACCA, CPA
/// or CIMA" names qualifications open without a degree, so the licence must be said), a professional
/// engineer's licence (an accredited engineering degree), admission to the bar (a law
/// degree). The degree asked with it is the licence's condition.
fn degree_licence() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(r"(?-u:\b)CPA\s+(?:[Ll]icen[cs]\w*|[Cc]ertificate|[Cc]ertification)|\(CPA\)|(?i:(?-u:\b)licensed\s+CPA|certified\s+public\s+accountant)(?-u:\b)|\(PE\)|(?-u:\b)PE\s+[Ll]icen[cs]\w*|(?i:(?-u:\b)(?:licensed|registered)\s+(?:as\s+an?\s+)?professional\s+engineer|professional\s+engineer(?:ing)?\s+(?:\(pe\)\s+)?licen[cs]\w*|admitted\s+to\s+(?:practi[cs]e\s+law|the\s+(?:\w+\s+){0,3}bar)|admission\s+to\s+the\s+(?:\w+\s+){0,3}bar|bar\s+admission|member\s+(?:in\s+good\s+standing\s+)?of\s+the\s+(?:\w+\s+){0,3}bar)(?-u:\b)")
    })
}

/// Words of a sentence that welcomes another route to the job, said after the degree in the
/// same requirement ("A degree in civil or structural engineering. If you came through an NZDE
/// and have designed buildings for several years, we'd like to hear from you too.").
const ANOTHER_ROUTE: &[&str] = &[
    "equivalent",
    "instead of",
    "in place of",
    "in lieu of",
    "hear from you too",
    "hear from you as well",
    "also consider",
    "also welcome",
    "also accept",
    "counts too",
    "also counts",
    "also qualifies",
];

/// True when the sentence after `end` in the same field (one requirement, or one paragraph)
/// offers another route: years of work in place of the degree, or words that welcome one.
fn next_sentence_opens_another_route(field: &FieldText, end: usize) -> bool {
    let Some(next) = field
        .sentences()
        .iter()
        .find(|sentence| sentence.start >= end)
    else {
        return false;
    };
    let text = &field.text[next.clone()];
    if field.text[end..next.start].contains('\n') {
        return false;
    }
    let lower = text.to_lowercase();
    experience_route().is_match(text) || ANOTHER_ROUTE.iter().any(|words| lower.contains(words))
}

const SECTIONS: &[Section] = &[Section::MustHave, Section::Unplaced];

/// Degrees a profession requires to practise, by words of the job title: a law degree for
/// counsel and attorneys, a dental hygiene degree (from an accredited programme, the licence's
/// condition in every US state) for hygienists, a pharmacy degree for pharmacists, and a
/// postgraduate degree for an academic post (the accreditors' and universities' condition for
/// teaching a degree programme or leading research).
const PROFESSION_DEGREES: &[(&[&str], &[&str])] = &[
    (
        &[
            "master's degree",
            "master’s degree",
            "masters degree",
            "phd",
            "ph.d.",
            "ph.d",
            "doctorate",
        ],
        &[
            "lecturer",
            "professor",
            "faculty",
            "postdoctoral",
            "postdoc",
            "research fellow",
        ],
    ),
    (
        &["jd", "j.d.", "juris doctor", "law degree"],
        &["counsel", "attorney", "lawyer", "solicitor"],
    ),
    (&["dental hygiene"], &["hygienist"]),
    (
        &[
            "doctor of pharmacy",
            "pharmd",
            "bs in pharmacy",
            "pharmacy degree",
            "bachelor of pharmacy",
            "master of pharmacy",
        ],
        &["pharmacist"],
    ),
];

/// True when `degree`, or the subject named in its `sentence`, is the one the profession in
/// `title` requires to practise.
fn required_by_profession(degree: &str, sentence: &str, title: &str) -> bool {
    let degree = degree.to_lowercase();
    let sentence = sentence.to_lowercase();
    let title = title.to_lowercase();
    PROFESSION_DEGREES.iter().any(|(degrees, titles)| {
        degrees
            .iter()
            .any(|name| degree == *name || (name.contains(' ') && sentence.contains(name)))
            && titles.iter().any(|word| title.contains(word))
    })
}

/// Words of job titles for professions licensed or registered only with a degree (social
/// work, teaching, dietetics, the therapies, psychology, counselling, architecture, the
/// clinical professions).
const LICENSED_PROFESSIONS: &[&str] = &[
    "social worker",
    "teacher",
    "dietitian",
    "dietician",
    "nurse practitioner",
    "physician assistant",
    "physical therapist",
    "physiotherapist",
    "occupational therapist",
    "speech-language pathologist",
    "speech and language therapist",
    "psychologist",
    "counselor",
    "counsellor",
    "architect",
    "veterinarian",
    "physician",
    "dentist",
    "optometrist",
    "audiologist",
    "midwife",
    // Registered nurses (a nursing degree for registration in the UK and Ireland, a BSN asked
    // with the RN licence), pharmacists, the licensed therapies and engineers of record.
    "nurse",
    "pharmacist",
    "therapist",
    "structural engineer",
    "civil engineer",
    "professional engineer",
    "engineer of record",
];

/// Words of a title that make an architect one of software, not of buildings.
const SYSTEMS_ARCHITECTS: &[&str] = &[
    "solution",
    "cloud",
    "software",
    "data",
    "enterprise",
    "security",
    "technical",
    "systems",
    "network",
    "platform",
    "integration",
    "salesforce",
];

/// True when the sentence asks for the degree together with the licence or registration of
/// the profession named in `title`, which the degree is a condition of ("Master's degree in
/// Social Work and LCSW licensure" for a Licensed Clinical Social Worker, "Bachelor's degree
/// and a valid teaching certificate" for a teacher). A driving licence is no such licence.
///
/// With `licence_elsewhere`, another requirement of the posting asks for that licence ("Master's
/// degree in Occupational Therapy", then "Current, unrestricted Arizona OT license"), so the
/// sentence need not name it.
fn with_the_professions_licence(
    sentence: &str,
    title: &str,
    licence_elsewhere: &dyn Fn() -> bool,
) -> bool {
    let title = title.to_lowercase();
    let sentence = sentence.to_lowercase();
    let software_architect =
        title.contains("architect") && SYSTEMS_ARCHITECTS.iter().any(|word| title.contains(word));
    LICENSED_PROFESSIONS
        .iter()
        .any(|name| title.contains(name) && !(*name == "architect" && software_architect))
        && (names_a_licence(&sentence) || licence_elsewhere())
        && !["driver", "driving"]
            .iter()
            .any(|word| sentence.contains(word))
}

/// True when lower-case `text` names a licence, registration or certificate that is not a
/// driving licence.
fn names_a_licence(text: &str) -> bool {
    [
        "licens",
        "licenc",
        "registration",
        "registered",
        "certificat",
        "credential",
        // A teacher's Qualified Teacher Status, a lawyer's admission to the bar.
        "qualified teacher status",
        "(qts)",
        "admission to the",
        "admitted to the",
    ]
    .iter()
    .any(|word| text.contains(word))
        && !["driver", "driving"].iter().any(|word| text.contains(word))
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    // A postdoctoral post the summary names under another title ("Research Associate": "We are
    // looking for a postdoctoral researcher") is a postdoctoral post.
    // (Most summaries name no postdoc: a search of the summary's lower-case copy before the
    // expression.)
    let postdoctoral = context.text_of(Field::Summary).is_some_and(|summary| {
        ["postdoc", "post-doc"]
            .iter()
            .any(|word| summary.contains_ignore_ascii_case(word))
            && postdoctoral_post().is_match(summary.text)
    });
    let title = if postdoctoral {
        format!("{} (postdoctoral)", context.posting.title)
    } else {
        context.posting.title.clone()
    };
    // Read only when a licensed profession's degree needs it, not on every lint.
    let licence_elsewhere = std::cell::OnceCell::new();
    let licence_elsewhere = || {
        *licence_elsewhere.get_or_init(|| {
            context
                .texts_in(SECTIONS)
                .any(|field| names_a_licence(&field.text.to_lowercase()))
        })
    };
    // Experience that substitutes for the education, or a licence that needs the degree,
    // asked in another requirement or named in the title.
    let route_elsewhere = std::cell::OnceCell::new();
    let route_elsewhere = || {
        *route_elsewhere.get_or_init(|| {
            degree_licence().is_match(&context.posting.title)
                || context.texts_in(SECTIONS).any(|field| {
                    (SUBSTITUTION_PIECES
                        .iter()
                        .any(|piece| field.contains_ignore_ascii_case(piece))
                        && substitution_route().is_match(field.text))
                        || (licence_words().any_in(field) && degree_licence().is_match(field.text))
                })
        })
    };
    let elsewhere = Elsewhere {
        licence: &licence_elsewhere,
        route: &route_elsewhere,
    };
    for field in context.texts_in(SECTIONS) {
        check_field(field, &title, &elsewhere, diagnostics);
    }
}

/// What other requirements of the posting say, read once and only when a degree needs it.
struct Elsewhere<'a> {
    /// Another requirement asks for a licence or registration.
    licence: &'a dyn Fn() -> bool,
    /// Another requirement (or the title) opens a route to the degree or asks for a licence
    /// that needs it.
    route: &'a dyn Fn() -> bool,
}

/// The summary saying the post is a postdoctoral one: "a postdoctoral researcher", "this
/// postdoc position", "a postdoctoral research associate".
fn postdoctoral_post() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        compile_pattern(r"(?i)(?-u:\b)(?:a|an|this|the)\s+(?:postdoctoral|post-doctoral|postdoc)\s+(?:researcher|research|fellow|fellowship|position|post|role|scholar|associate|appointment)(?-u:\b)")
    })
}

fn check_field(
    field: &FieldText,
    title: &str,
    elsewhere: &Elsewhere,
    diagnostics: &mut Vec<Diagnostic>,
) {
    static WORDS: OnceLock<TriggerWords> = OnceLock::new();
    let starts = WORDS
        .get_or_init(|| TriggerWords::new(DEGREE_STARTS))
        .starts_in(field);
    if starts.is_empty() {
        return;
    }
    // (The field's ASCII lower-case copy reads the phrases as `str::to_lowercase` would: of
    // the characters outside ASCII, only the Kelvin sign lower-cases to an ASCII letter ("k",
    // which no phrase holds) and the dotted capital I to one and a combining dot ("i" then the
    // dot, which only a phrase ending in "i" could match); a test keeps it so.)
    if CONDITIONS
        .iter()
        .any(|phrase| field.contains_ignore_ascii_case(phrase))
    {
        return;
    }
    for sentence in field.sentences().iter().cloned() {
        let first = starts.partition_point(|&start| start < sentence.start);
        if starts.get(first).is_none_or(|&start| start >= sentence.end) {
            continue;
        }
        let text = &field.text[sentence.clone()];
        let Some(found) = degree().find(text) else {
            continue;
        };
        // "Job reference: 412-BS-2607": letters inside a code, no degree.
        let inside_code =
            text[..found.start()].ends_with('-') || text[found.end()..].starts_with('-');
        if inside_code && found.as_str().len() <= 4 {
            continue;
        }
        // "BS 7671" and "BS EN ISO 9001" (British Standards), "JD Edwards" (a product),
        // "experience as a BA" (a business analyst), a lower-case "ba": no degree.
        if matches!(
            found.as_str().to_ascii_uppercase().as_str(),
            "BS" | "BA" | "JD" | "MBA"
        ) {
            let after = &text[found.end()..];
            let standard = after.starts_with(' ')
                && (after[1..].starts_with(|c: char| c.is_ascii_digit())
                    || after[1..].starts_with("EN ")
                    || after[1..].starts_with("ISO"));
            let product = after.starts_with(" Edwards");
            let before = &text.as_bytes()[..found.start()];
            let role =
                before.len() >= 5 && before[before.len() - 5..].eq_ignore_ascii_case(b"as a ");
            let lower_case = found.as_str().chars().any(|c| c.is_ascii_lowercase());
            if standard || product || role || lower_case {
                continue;
            }
        }
        // "A first-author paper from your PhD or later research": the candidate's own degree
        // named as a time or a source, not asked for.
        let before: Vec<String> = text[..found.start()]
            .split_whitespace()
            .rev()
            .take(2)
            .map(str::to_lowercase)
            .collect();
        if before.first().is_some_and(|word| word == "your")
            && before.get(1).is_some_and(|word| {
                ["from", "during", "since", "after", "in", "of"].contains(&word.as_str())
            })
        {
            continue;
        }
        // "Bachelor's degree preferred; 3 years of experience required": the degree's own
        // clause says it is preferred.
        let own_clause = text[found.end()..]
            .split([',', ';'])
            .next()
            .unwrap_or("")
            .to_lowercase();
        if accepts_equivalent(text)
            || next_sentence_opens_another_route(field, sentence.end)
            || own_clause.contains("preferred")
            || required_by_profession(found.as_str(), text, title)
            || with_the_professions_licence(text, title, elsewhere.licence)
            || is_alternative_route(text)
            || is_enrolment(&text.to_lowercase(), &text[found.end()..])
            || (elsewhere.route)()
        {
            continue;
        }
        let insert_at = sentence.start + text.trim_end_matches(['.', ';', ',', ' ', '!']).len();
        let span = sentence.start + found.start()..sentence.start + found.end();
        diagnostics.push(
            Diagnostic::spanned(
                &RULE,
                field.field,
                span,
                format!("'{}' is required with no equivalent-experience route", found.as_str()),
                "Accept equivalent practical experience, unless the law requires the degree for this job.",
            )
            .with_fix(Fix::single(
                "Add ', or equivalent practical experience'",
                Edit::in_text(field, insert_at..insert_at, ", or equivalent practical experience"),
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{fixed, flagged, item, run};
    use crate::model::ListKind;

    #[test]
    fn conditions_read_alike_in_ascii_and_unicode_lower_case() {
        for phrase in CONDITIONS {
            assert!(
                phrase.is_ascii() && !phrase.contains('k') && !phrase.ends_with('i'),
                "{phrase}"
            );
            assert_eq!(phrase.to_ascii_lowercase(), *phrase);
        }
    }

    #[test]
    fn route_tests_never_skip_a_match() {
        let field = |text| FieldText::new(crate::model::Field::Summary, text);
        for text in [
            "Experience may SUBSTITUTE for the required education.",
            "Work experience in lieu of a college degree is welcome.",
            "Relevant experience in place of education.",
            "Experience instead of a degree.",
            "Education may be substituted with experience.",
        ] {
            assert!(substitution_route().is_match(text), "{text}");
            assert!(
                SUBSTITUTION_PIECES
                    .iter()
                    .any(|piece| field(text).contains_ignore_ascii_case(piece)),
                "{text}"
            );
        }
        for text in [
            "CPA licence required.",
            "Licensed cpa preferred.",
            "A (CPA) designation.",
            "Certified Public Accountant's licence.",
            "A (PE) stamp.",
            "PE license in Ohio.",
            "Registered as a Professional Engineer.",
            "Professional engineering (PE) license.",
            "Admitted to practise law in New York.",
            "Admission to the New York bar.",
            "Bar admission in any state.",
            "Member in good standing of the State Bar.",
        ] {
            assert!(degree_licence().is_match(text), "{text}");
            assert!(licence_words().any_in(&field(text)), "{text}");
        }
        assert!(!licence_words().any_in(&field("A degree in accounting.")));
    }

    #[test]
    fn flags_degree_without_equivalent() {
        let posting = item(ListKind::MustHave, "Bachelor's degree in Computer Science.");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Bachelor's degree"]
        );
        for (text, words) in [
            ("B.E./B.Tech/MCA (full-time, regular) is mandatory", "B.E."),
            ("BSN required", "BSN"),
            ("M.Tech in Computer Science", "M.Tech"),
            ("BTech or MCA from a recognised university", "BTech"),
        ] {
            let posting = item(ListKind::MustHave, text);
            assert_eq!(flagged(&posting, &run(&RULE, &posting)), [words], "{text}");
        }
        // "Tech" after other letters is no degree.
        let posting = item(
            ListKind::MustHave,
            "Experience with ed tech and fintech products",
        );
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_equivalent_and_nice_to_have() {
        let posting = item(
            ListKind::MustHave,
            "Bachelor degree in computer science, or equivalent practical experience.",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(ListKind::NiceToHave, "A PhD in statistics");
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(ListKind::MustHave, "Basic knowledge of bash and SQL");
        assert!(run(&RULE, &posting).is_empty());
        // Another qualification in place of the degree.
        for text in [
            "A degree in a numerate subject, or A-levels in maths and two IFoA exams passed",
            "A degree in chemistry or a related field, or a completed training as a chemical \
             laboratory technician with four years of HPLC work",
            "A degree in engineering, or an apprenticeship in electrical installation",
        ] {
            let posting = item(ListKind::MustHave, text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
        let posting = item(
            ListKind::MustHave,
            "A degree in chemistry, and A-levels in maths",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["degree in"]);
    }

    #[test]
    fn flags_equivalent_subjects_and_degree_educated() {
        let posting = item(
            ListKind::MustHave,
            "A Computer Science (or equivalent) degree, and 2 years of development experience (or equivalent).",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["equivalent) degree"]
        );
        let posting = item(ListKind::MustHave, "Degree educated (2:1 or above).");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Degree educated"]
        );
        let posting = item(ListKind::MustHave, "Educated to degree level");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Educated to degree level"]
        );
        // Ireland's name for a degree or diploma.
        let posting = item(
            ListKind::MustHave,
            "Third-level qualification in Event Management, Marketing or a related discipline",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Third-level qualification"]
        );
        // Australia's and New Zealand's.
        let posting = item(
            ListKind::MustHave,
            "A tertiary qualification in nursing, science or a health-related discipline",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["tertiary qualification"]
        );
    }

    #[test]
    fn ignores_routes_enrolment_and_conditions_of_appointment() {
        let posting = item(
            ListKind::MustHave,
            "One year of specialized experience. OR: Master's degree in a related field.",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(
            ListKind::MustHave,
            "A student in a college level or graduate degree or certificate program.",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(
            ListKind::MustHave,
            "A PhD in epidemiology. (A doctorate is a condition of appointment at this level.)",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(
            ListKind::MustHave,
            "A bachelor's degree in nursing (BSN). Our Magnet designation requires every nurse leader to hold one.",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(
            ListKind::MustHave,
            "Currently pursuing a BS or MS in Computer Science (other majors will not be considered).",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["BS"]);
        let posting = item(ListKind::MustHave, "A bachelor's degree (or equivalent).");
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(
            ListKind::MustHave,
            "You are studying toward a degree in any field, or you are in a bootcamp.",
        );
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_years_of_work_offered_instead() {
        let posting = item(
            ListKind::MustHave,
            "A bachelor's degree in planning or a related field, or four years of planning or zoning work instead of the degree.",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(
            ListKind::MustHave,
            "BS in Computer Science or 6+ years of experience.",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(
            ListKind::MustHave,
            "BS in Computer Science and 6+ years of experience.",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["BS"]);
        // A lesser credential with years of work is another route; a related subject is not.
        let posting = item(
            ListKind::MustHave,
            "A bachelor's degree in finance, or an associate degree and three years of payroll work.",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(
            ListKind::MustHave,
            "A bachelor's degree in finance or a related field and 3 years of payroll work.",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["bachelor's degree"]
        );
        // The degree as one route among those a rule allows, and an accreditor's rule.
        let posting = item(
            ListKind::MustHave,
            "You meet the state's teacher rule; there are several routes, from a credential with supervised hours to a degree in child development.",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(
            ListKind::MustHave,
            "Master's degree in history (the accreditor's faculty qualification rules).",
        );
        assert!(run(&RULE, &posting).is_empty());
        // Another route welcomed in the requirement's next sentence.
        let posting = item(
            ListKind::MustHave,
            "A degree in civil or structural engineering. If you came through an NZDE and have \
             designed buildings for several years, we'd like to hear from you too.",
        );
        assert!(run(&RULE, &posting).is_empty());
        // A next sentence that only prefers something else leaves the degree required.
        let posting = item(
            ListKind::MustHave,
            "A degree in accounting. Big 4 experience preferred.",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["degree in"]);
    }

    #[test]
    fn flags_a_diploma_without_the_equivalency() {
        let posting = item(ListKind::MustHave, "High school diploma required.");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["High school diploma"]
        );
        for (text, words) in [
            ("Minimum Grade 12 education.", "Minimum Grade 12"),
            ("10th pass or above.", "10th pass"),
            (
                "A college diploma in construction engineering technology.",
                "college diploma",
            ),
            (
                "A law clerk diploma from a recognized Ontario college.",
                "diploma from a recognized Ontario college",
            ),
        ] {
            let posting = item(ListKind::MustHave, text);
            assert_eq!(flagged(&posting, &run(&RULE, &posting)), [words], "{text}");
        }
        for text in [
            "Completion of Grade 12 or equivalent.",
            "Experience teaching grade 12 chemistry.",
            "A diploma from an accredited college, or three years of equivalent experience.",
        ] {
            assert!(
                run(&RULE, &item(ListKind::MustHave, text)).is_empty(),
                "{text}"
            );
        }
        let posting = item(
            ListKind::MustHave,
            "Bachelor's degree required, MBA preferred",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Bachelor's degree"]
        );
        let posting = item(ListKind::MustHave, "Bachelor's degree preferred");
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(
            ListKind::MustHave,
            "Bachelor's degree preferred; 3 years of experience required",
        );
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(ListKind::MustHave, "High school diploma or GED.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_a_degree_that_experience_may_substitute_for() {
        // In the same requirement, or in another one (the US public-sector way).
        let posting = item(
            ListKind::MustHave,
            "A master's degree in planning may substitute for one year of the required experience.",
        );
        assert!(run(&RULE, &posting).is_empty());
        let mut posting = item(
            ListKind::MustHave,
            "A bachelor's degree in environmental science and four years of planning work.",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["bachelor's degree"]
        );
        posting.push_item(
            ListKind::MustHave,
            "Additional qualifying experience may substitute for the required education on a year-for-year basis.",
        );
        assert!(run(&RULE, &posting).is_empty());
        // Experience in education is no substitution for it.
        let mut posting = item(ListKind::MustHave, "A bachelor's degree in accounting.");
        posting.push_item(
            ListKind::MustHave,
            "Five years of experience in adult education, instead of the usual three.",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["bachelor's degree"]
        );
    }

    #[test]
    fn ignores_the_degree_a_cpa_pe_or_bar_licence_requires() {
        let mut posting = item(ListKind::MustHave, "Bachelor's degree in Accounting");
        posting.title = "Audit Senior".into();
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Bachelor's degree"]
        );
        posting.push_item(
            ListKind::MustHave,
            "Active CPA license in Connecticut or eligibility within 12 months",
        );
        assert!(run(&RULE, &posting).is_empty());
        let mut posting = item(
            ListKind::MustHave,
            "Bachelor of Science in Civil Engineering from an ABET-accredited program",
        );
        posting.title = "Project Engineer - Water and Wastewater (PE)".into();
        assert!(run(&RULE, &posting).is_empty());
        posting.title = "Project Engineer - Water and Wastewater".into();
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["Bachelor"]);
        posting.push_item(
            ListKind::MustHave,
            "Licensed as a Professional Engineer in Oregon",
        );
        assert!(run(&RULE, &posting).is_empty());
        // An accountancy qualification named among others ("ACA, ACCA, CPA or CIMA", open
        // without a degree), or a "PE" teacher, is no such licence.
        let mut posting = item(
            ListKind::MustHave,
            "Primary degree in Accounting or Finance",
        );
        posting.push_item(
            ListKind::MustHave,
            "Qualified accountant (ACA, ACCA, CPA or CIMA)",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["degree in"]);
        let mut posting = item(ListKind::MustHave, "Bachelor's degree in Kinesiology");
        posting.push_item(
            ListKind::MustHave,
            "Experience teaching PE to primary pupils",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Bachelor's degree"]
        );
    }

    #[test]
    fn ignores_enrolment_in_a_subject_or_a_related_one() {
        let posting = item(
            ListKind::MustHave,
            "Currently enrolled in a bachelor's or master's degree program in computer science, computer engineering or a related field",
        );
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_the_law_degree_of_a_counsel() {
        let mut posting = item(
            ListKind::MustHave,
            "JD from a law school in the United States required.",
        );
        posting.title = "Senior Commercial Counsel".into();
        assert!(run(&RULE, &posting).is_empty());
        posting.title = "Contracts Manager".into();
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["JD"]);
        // The licence of a hygienist requires a dental hygiene degree.
        let mut posting = item(
            ListKind::MustHave,
            "Associate degree in Dental Hygiene from an accredited program",
        );
        posting.title = "Registered Dental Hygienist".into();
        assert!(run(&RULE, &posting).is_empty());
        posting.title = "Dental Office Manager".into();
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["degree in"]);
        // A pharmacist's licence requires a pharmacy degree.
        let mut posting = item(
            ListKind::MustHave,
            "A Doctor of Pharmacy (PharmD) degree, or a BS in Pharmacy, from an accredited program.",
        );
        posting.title = "Staff Pharmacist".into();
        assert!(run(&RULE, &posting).is_empty());
        // A lecturer's post asks a postgraduate degree; an analyst's does not need one.
        let mut posting = item(
            ListKind::MustHave,
            "You have a master's degree in supply chain management, logistics or a related field",
        );
        posting.title = "Lecturer Supply Chain Management".into();
        assert!(run(&RULE, &posting).is_empty());
        posting.title = "Supply Chain Analyst".into();
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["master's degree"]
        );
        // A postdoctoral post the summary names under another title; the candidate's own PhD
        // named as a source is not asked for.
        let mut posting = item(
            ListKind::MustHave,
            "A PhD in soil science. Until the PhD is awarded, the appointment is at Grade 6.",
        );
        posting.push_item(
            ListKind::MustHave,
            "A first-author paper from your PhD or later research.",
        );
        posting.title = "Research Associate".into();
        posting.summary = "We are looking for a postdoctoral researcher.".into();
        assert!(run(&RULE, &posting).is_empty());
        posting.summary = "We are looking for a lab technician.".into();
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["PhD", "PhD"]);
        // A pharmacist's registration, with the degree named as its route; a job reference.
        let mut posting = item(
            ListKind::MustHave,
            "General registration as a pharmacist (a Bachelor or Master of Pharmacy is the usual route)",
        );
        posting.title = "Clinical Pharmacist".into();
        posting.unplaced = "- Job reference: 412-BS-2607".into();
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_a_degree_asked_with_the_licence_it_is_a_condition_of() {
        for (title, text) in [
            (
                "Licensed Clinical Social Worker",
                "Master's degree in Social Work (MSW) and LCSW licensure in Illinois.",
            ),
            (
                "Elementary School Teacher",
                "Bachelor's degree and a valid Washington teaching certificate.",
            ),
            (
                "Registered Dietitian",
                "Master's degree in nutrition and registration with the Commission on Dietetic Registration.",
            ),
        ] {
            let mut posting = item(ListKind::MustHave, text);
            posting.title = title.into();
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
        // A driving licence is no such licence, and another job's degree still counts.
        let mut posting = item(
            ListKind::MustHave,
            "Bachelor's degree and a valid driver's license.",
        );
        posting.title = "Elementary School Teacher".into();
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Bachelor's degree"]
        );
        let mut posting = item(
            ListKind::MustHave,
            "Bachelor's degree and a Series 7 license.",
        );
        posting.title = "Financial Advisor".into();
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Bachelor's degree"]
        );
        // The licence asked in another requirement; a driving licence there is not it.
        let mut posting = item(
            ListKind::MustHave,
            "Master's or doctoral degree in Occupational Therapy from an accredited program",
        );
        posting.title = "Home Health Occupational Therapist".into();
        posting.push_item(ListKind::MustHave, "Valid Arizona driver's license");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)).len(), 1);
        posting.push_item(
            ListKind::MustHave,
            "Current, unrestricted Arizona OT license",
        );
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn more_licensed_professions_and_no_software_architect() {
        for (title, text) in [
            (
                "Staff Nurse",
                "Degree in Adult Nursing and current NMC registration.",
            ),
            (
                "Structural Engineer",
                "Bachelor's degree in Civil or Structural Engineering and a PE license.",
            ),
            (
                "Teacher of Science",
                "A degree in Chemistry and Qualified Teacher Status (QTS).",
            ),
            (
                "Outpatient Therapist",
                "Master's degree in Social Work or Counseling and an Ohio LISW or LPCC license.",
            ),
        ] {
            let mut posting = item(ListKind::MustHave, text);
            posting.title = title.into();
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
        let mut posting = item(
            ListKind::MustHave,
            "Bachelor's degree in Computer Science and an AWS certification.",
        );
        posting.title = "Cloud Solutions Architect".into();
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Bachelor's degree"]
        );
    }

    #[test]
    fn ignores_standards_products_and_roles_written_like_degrees() {
        for text in [
            "18th Edition Wiring Regulations (BS 7671) and fire alarm systems to BS 5839-1.",
            "Quality systems to BS EN ISO 9001.",
            "Experience with JD Edwards EnterpriseOne payroll.",
            "Two years of experience as a BA or data analyst.",
        ] {
            let posting = item(ListKind::MustHave, text);
            assert!(run(&RULE, &posting).is_empty(), "{text}");
        }
        let posting = item(ListKind::MustHave, "A BA in History or English.");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["BA"]);
    }

    #[test]
    fn ignores_a_degree_that_is_one_more_route() {
        let posting = item(
            ListKind::MustHave,
            "A year of experience supporting computer users, or a CompTIA A+ certification. An associate degree in IT counts too.",
        );
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn fixes_by_appending_equivalent_experience() {
        let posting = item(ListKind::MustHave, "Bachelor's degree in Computer Science.");
        assert_eq!(
            fixed(&RULE, &posting).must_have[0].text,
            "Bachelor's degree in Computer Science, or equivalent practical experience."
        );
    }
}
