//! Places named in a text: countries, regions (US states, Canadian provinces and territories,
//! Australian states, the UK nations, German Länder) and the larger cities, with their ISO
//! 3166 codes. The importer reads a posting's location with it and the lint rules ask it
//! whether a text says where the work happens.
//!
//! Names count with their capitals ("Denver", "NEW YORK", not "denver"). Names that are also
//! common words or person names ("Reading", "Nice", "Jordan") and short codes ("CO", "IN",
//! "DE") count only in a place-like context: right after a place and a comma ("Portland, OR",
//! "Berlin, DE"), right before the region or country that qualifies them ("Reading, England"),
//! or on a "Location:" line. The table is in `place_data.rs`.

use crate::text::compile_pattern;
use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

use regex::Regex;

use super::{hashes_of, tokenize, PrehashedMap, Token, WordFilter};
use crate::model::WorkMode;

#[path = "place_data.rs"]
mod place_data;

use place_data::PLACES;

/// What kind of place a match names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    City,
    /// A state, province, territory, UK nation or German Land.
    Region,
    Country,
}

/// A place named in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceMatch {
    /// Byte range of the name as written.
    pub span: Range<usize>,
    pub kind: PlaceKind,
    /// The canonical name ("New York City" for "NYC").
    pub name: &'static str,
    /// ISO 3166-2 code of the region ("US-CO") for regions and for cities whose region is
    /// known; `None` for countries and for cities listed by country only.
    pub region: Option<&'static str>,
    /// ISO 3166-1 alpha-2 code of the country ("US"); "EU" for the European Union.
    pub country: &'static str,
}

/// One row of the table, parsed.
struct Entry {
    kind: PlaceKind,
    /// The name alone is not enough: it needs a place-like context.
    needs_context: bool,
    names: Vec<&'static str>,
    code: &'static str,
}

impl Entry {
    fn region(&self) -> Option<&'static str> {
        (self.kind != PlaceKind::Country && self.code.contains('-')).then_some(self.code)
    }

    fn country(&self) -> &'static str {
        self.code.split('-').next().unwrap_or(self.code)
    }
}

/// One way a place can be written: a name or an abbreviation of an entry, as words.
struct Form {
    entry: usize,
    /// The words as written in the table.
    words: Vec<&'static str>,
    /// Lower-case words, compared first.
    lower: Vec<String>,
    /// An abbreviation: matches only exactly as written, and only in a place-like context.
    abbreviation: bool,
    /// An abbreviation written with a full stop ("Alta.", "Calif."): it counts only with its
    /// stop, since without one it is a word of some other name ("Mission Alta").
    stop: bool,
}

struct Index {
    entries: Vec<Entry>,
    forms: Vec<Form>,
    /// [`words_key`] of each form's words -> indexes into `forms`.
    by_key: PrehashedMap<Vec<usize>>,
    /// The first words of the forms: a word it rules out starts no name, which rules out most
    /// capitalised words before any key is built.
    first_words: WordFilter,
    max_words: usize,
}

fn words_key<'a>(hashes: impl Iterator<Item = &'a u64>) -> u64 {
    hashes.fold(0u64, |key, hash| {
        (key.rotate_left(5) ^ hash).wrapping_mul(0x517c_c1b7_2722_0a95)
    })
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(build_index)
}

fn build_index() -> Index {
    let mut index = Index {
        entries: Vec::with_capacity(PLACES.len()),
        forms: Vec::with_capacity(PLACES.len() * 2),
        by_key: PrehashedMap::default(),
        first_words: WordFilter::new(),
        max_words: 1,
    };
    for row in PLACES {
        let mut columns = row.split(':');
        let (Some(kind), Some(names), Some(code)) =
            (columns.next(), columns.next(), columns.next())
        else {
            continue;
        };
        let abbreviations = columns.next().unwrap_or_default();
        let (kind, needs_context) = match kind {
            "C" => (PlaceKind::City, false),
            "c" => (PlaceKind::City, true),
            "R" => (PlaceKind::Region, false),
            "r" => (PlaceKind::Region, true),
            "N" => (PlaceKind::Country, false),
            "n" => (PlaceKind::Country, true),
            _ => continue,
        };
        let entry = index.entries.len();
        let names: Vec<&'static str> = names.split('/').collect();
        let mut forms: Vec<(&'static str, bool)> =
            names.iter().map(|name| (*name, false)).collect();
        if kind == PlaceKind::Country && code.len() == 2 {
            forms.push((code, true));
        }
        forms.extend(
            abbreviations
                .split('/')
                .filter(|abbreviation| !abbreviation.is_empty())
                .map(|abbreviation| (abbreviation, true)),
        );
        index.entries.push(Entry {
            kind,
            needs_context,
            names,
            code,
        });
        for (written, abbreviation) in forms {
            let tokens = tokenize(written);
            if tokens.is_empty() {
                continue;
            }
            let key = words_key(tokens.iter().map(|token| &token.hash));
            index.first_words.insert(tokens[0].hash);
            index.max_words = index.max_words.max(tokens.len());
            let form = Form {
                entry,
                words: tokens.iter().map(|token| token.text(written)).collect(),
                lower: tokens
                    .iter()
                    .map(|token| String::from(token.lower.clone()))
                    .collect(),
                abbreviation,
                stop: abbreviation && written.ends_with('.'),
            };
            index.by_key.entry(key).or_default().push(index.forms.len());
            index.forms.push(form);
        }
    }
    index
}

/// True when the characters between two words of one name only join them (spaces, a full
/// stop, a hyphen): "St. Louis", "Baden-Württemberg", "D.C.".
fn joins_name(gap: &str) -> bool {
    !gap.is_empty()
        && gap.len() <= 3
        && gap
            .chars()
            .all(|c| matches!(c, ' ' | '.' | '-' | '\u{2010}' | '\u{2013}' | '\u{a0}'))
}

fn is_all_caps(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// Whether a word as written fits a word of a form: exactly, or in all capitals when the form
/// has lower-case letters ("NEW YORK"). Abbreviations and all-capital names only fit exactly.
fn word_fits(written: &str, form: &str, abbreviation: bool) -> bool {
    if written == form {
        return true;
    }
    !abbreviation && !is_all_caps(form) && is_all_caps(written) && written.chars().count() > 2
}

/// A stretch of words that names something in the table: every form it could be.
struct Candidate {
    span: Range<usize>,
    forms: Vec<usize>,
}

fn candidates(text: &str, tokens: &[Token], index: &Index) -> Vec<Candidate> {
    let mut found = Vec::new();
    let mut start = 0;
    while start < tokens.len() {
        let first = tokens[start].text(text);
        if !index.first_words.may_contain(tokens[start].hash)
            || !first.chars().next().is_some_and(char::is_uppercase)
        {
            start += 1;
            continue;
        }
        // How many words from here could belong to one name.
        let mut reach = 1;
        while reach < index.max_words && start + reach < tokens.len() {
            let gap = text
                .get(tokens[start + reach - 1].span.end..tokens[start + reach].span.start)
                .unwrap_or_default();
            if !joins_name(gap) {
                break;
            }
            reach += 1;
        }
        let mut matched = None;
        for length in (1..=reach).rev() {
            let words = &tokens[start..start + length];
            let key = words_key(words.iter().map(|token| &token.hash));
            let Some(form_indexes) = index.by_key.get(&key) else {
                continue;
            };
            let forms: Vec<usize> = form_indexes
                .iter()
                .copied()
                .filter(|form_index| {
                    let form = &index.forms[*form_index];
                    form.lower.len() == length
                        && words
                            .iter()
                            .zip(&form.lower)
                            .all(|(token, lower)| token.lower == *lower)
                        && words.iter().zip(&form.words).all(|(token, written)| {
                            word_fits(token.text(text), written, form.abbreviation)
                        })
                        && (!form.stop
                            || text
                                .get(words[length - 1].span.end..)
                                .is_some_and(|after| after.starts_with('.')))
                })
                .collect();
            if !forms.is_empty() {
                matched = Some((length, forms));
                break;
            }
        }
        match matched {
            Some((length, forms)) => {
                let span = tokens[start].span.start..tokens[start + length - 1].span.end;
                found.push(Candidate { span, forms });
                start += length;
            }
            None => start += 1,
        }
    }
    found
}

/// True when only a comma and spaces (on one line) separate two places: "Portland, OR",
/// "Washington DC".
fn attached(gap: &str) -> bool {
    let trimmed = gap.trim_matches(|c: char| c == ' ' || c == '\u{a0}' || c == '\t');
    !gap.contains('\n') && (trimmed.is_empty() || trimmed == ",") && gap.len() <= 4
}

/// The labels of a location line, lower-case ("Location:", "Where you'll work:", "Site -"):
/// the importer fills the location from such a line and `location-missing` reads its place as
/// the place of work. (A label with the word "location" in it counts as well.)
pub const LOCATION_LABELS: &[&str] = &[
    "location",
    "locations",
    "office",
    "based in",
    "based at",
    "based",
    // The UN's and NGOs' "Duty station: Nairobi, Kenya".
    "duty station",
    "work base",
    "work location",
    "duty location",
    "job location",
    "job locations",
    "city",
    "where",
    "where you'll work",
    "where you\u{2019}ll work",
    "where you will work",
    "where you'll be based",
    "where you will be based",
    "where we are",
    "place of work",
    "workplace",
    "work site",
    "worksite",
    "job site",
    "site",
];

/// True when the line holding byte `at` is a location field ("Location: ...", "Based in:").
pub fn in_location_line(text: &str, at: usize) -> bool {
    let at = at.min(text.len());
    let Some(before) = text.get(..at) else {
        return false;
    };
    // A facts line's part after a "·" or "|" counts as a line of its own ("Faculty of Civil
    // Engineering · Location: Boulevard Evertsen 12, Vlissingen, the Netherlands"), and so
    // does a label after a sentence of a paragraph ("Pay: £31,000 a year. Location: Oxford,
    // hybrid").
    let part = before.rfind(['\n', '·', '|']).map_or(0, |index| {
        index + before[index..].chars().next().map_or(1, char::len_utf8)
    });
    if is_location_label(&before[part..]) {
        return true;
    }
    [". ", "; ", "! ", "? "]
        .iter()
        .filter_map(|mark| before[part..].rfind(mark).map(|at| part + at + mark.len()))
        .max()
        .is_some_and(|sentence| is_location_label(&before[sentence..]))
}

/// True when `line` (a line's text up to a place) opens with a location label: "Location:",
/// "Based in", "Work location -".
fn is_location_label(line: &str) -> bool {
    let line = line.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '#' | '*' | '_' | '-' | '>' | '•')
    });
    let lower = line.to_lowercase();
    if lower.starts_with("based in") {
        return true;
    }
    // The label ends at a colon, or at a spaced dash ("Location - Brisbane").
    let end = [":", " - ", " \u{2013} ", " \u{2014} "]
        .iter()
        .filter_map(|mark| lower.find(mark))
        .min();
    let Some(label) = end.map(|end| &lower[..end]) else {
        return false;
    };
    let label = label.trim_matches(|c: char| !c.is_alphanumeric());
    label.split_whitespace().count() <= 4
        && (label
            .split_whitespace()
            .any(|word| word == "location" || word == "locations")
            || LOCATION_LABELS.contains(&label))
}

/// The all-capital short name "US" or "UK" in an all-capital line ("JOIN US") is a word.
fn shouted(text: &str, span: &Range<usize>, tokens: &[Token]) -> bool {
    let position = tokens
        .iter()
        .position(|token| token.span.start == span.start);
    let Some(position) = position else {
        return false;
    };
    if text
        .get(span.end..)
        .is_some_and(|rest| rest.starts_with('$'))
    {
        return true;
    }
    let neighbour_shouts = |token: Option<&Token>, gap: Option<&str>| {
        token.is_some_and(|token| {
            gap.is_some_and(|gap| !gap.contains('\n'))
                && token.lower.len() > 1
                && is_all_caps(token.text(text))
                && token.text(text).chars().all(char::is_alphabetic)
        })
    };
    let previous = position.checked_sub(1).and_then(|index| tokens.get(index));
    let next = tokens.get(position + 1);
    neighbour_shouts(
        previous,
        previous.and_then(|token| text.get(token.span.end..span.start)),
    ) || neighbour_shouts(
        next,
        next.and_then(|token| text.get(span.end..token.span.start)),
    )
}

/// Places named in `text`, in order.
pub fn find_places(text: &str) -> Vec<PlaceMatch> {
    find_places_in_tokens(text, &tokenize(text), false)
}

/// Places named in a location value ("Portland, OR", "DE", "Remote (US)"): the whole text is
/// place-like context, so codes and names that are also words count too.
pub fn find_places_in_location(text: &str) -> Vec<PlaceMatch> {
    find_places_in_tokens(text, &tokenize(text), true)
}

/// [`find_places`] over words already split by [`tokenize`] (the lint rules have them);
/// `location` as in [`find_places_in_location`].
pub fn find_places_in_tokens(text: &str, tokens: &[Token], location: bool) -> Vec<PlaceMatch> {
    let index = index();
    let found = candidates(text, tokens, index);
    let mut places: Vec<PlaceMatch> = Vec::new();
    for (position, candidate) in found.iter().enumerate() {
        // "3350 Brighton Blvd": a street named after a place is no place.
        if names_a_street(text, tokens, &candidate.span) {
            continue;
        }
        let previous = places.last().filter(|place| {
            text.get(place.span.end..candidate.span.start)
                .is_some_and(attached)
        });
        let next = found.get(position + 1).filter(|next| {
            text.get(candidate.span.end..next.span.start)
                .is_some_and(attached)
        });
        let context = location || in_location_line(text, candidate.span.start);
        let qualifier = text
            .get(..candidate.span.start)
            .is_some_and(|before| before.trim_end().ends_with(','));
        let chosen = choose(
            index, candidate, previous, next, context, qualifier, &places,
        );
        let Some(form_index) = chosen else {
            continue;
        };
        let form = &index.forms[form_index];
        let entry = &index.entries[form.entry];
        let short_caps = !form.abbreviation
            && form.words.len() == 1
            && form.words[0].len() <= 3
            && is_all_caps(form.words[0]);
        if short_caps && !context && previous.is_none() && shouted(text, &candidate.span, tokens) {
            continue;
        }
        places.push(PlaceMatch {
            span: candidate.span.clone(),
            kind: entry.kind,
            name: entry.names.first().copied().unwrap_or_default(),
            region: entry.region(),
            country: entry.country(),
        });
    }
    places
}

/// Words that make the name before them a street's ("Brighton Blvd", "Commercial Street"),
/// as addresses write them.
const STREET_WORDS: &[&str] = &[
    "Street",
    "St",
    "Avenue",
    "Ave",
    "Road",
    "Rd",
    "Boulevard",
    "Blvd",
    "Lane",
    "Ln",
    "Drive",
    "Way",
    "Court",
    "Ct",
    "Terrace",
    "Parkway",
    "Pkwy",
    "Highway",
    "Hwy",
    "Crescent",
    "Pike",
    "Turnpike",
    "Straße",
    "Strasse",
];

/// True when the words at `span` are followed, after one space, by a street word ("Brighton
/// Blvd", "Berlin Street"): the name of a street, not a place.
fn names_a_street(text: &str, tokens: &[Token], span: &Range<usize>) -> bool {
    let next = tokens.partition_point(|token| token.span.start < span.end);
    tokens.get(next).is_some_and(|token| {
        text.get(span.end..token.span.start) == Some(" ")
            && STREET_WORDS.contains(&token.text(text))
    })
}

/// Which of a candidate's forms the text means, or `None` when it is not a place here.
fn choose(
    index: &Index,
    candidate: &Candidate,
    previous: Option<&PlaceMatch>,
    next: Option<&Candidate>,
    context: bool,
    qualifier: bool,
    earlier: &[PlaceMatch],
) -> Option<usize> {
    let entry_of = |form: usize| &index.entries[index.forms[form].entry];
    let plain = |form: usize| !index.forms[form].abbreviation && !entry_of(form).needs_context;
    // A qualifier right after a place: "Portland, OR", "Munich, Germany", "Toronto, ON, CA".
    if let Some(previous) = previous.filter(|previous| previous.kind != PlaceKind::Country) {
        let qualifiers = || {
            candidate
                .forms
                .iter()
                .copied()
                .filter(|form| entry_of(*form).kind != PlaceKind::City)
        };
        let same_region = qualifiers().find(|form| {
            let entry = entry_of(*form);
            entry.kind == PlaceKind::Region && Some(entry.code) == previous.region
        });
        let same_country = || {
            qualifiers().find(|form| {
                let entry = entry_of(*form);
                entry.country() == previous.country
                    && (entry.kind == PlaceKind::Country || previous.kind == PlaceKind::City)
            })
        };
        if let Some(form) = same_region.or_else(same_country) {
            return Some(form);
        }
        // "Cambridge, MA" after the default reading of "Cambridge" in England.
        if let Some(form) = qualifiers().next() {
            return Some(form);
        }
    }
    // A name qualified by what follows: "Reading, England", "Portland, ME", "London, ON".
    if let Some(next) = next {
        for form in candidate.forms.iter().copied() {
            let entry = entry_of(form);
            if entry.kind == PlaceKind::Country || index.forms[form].abbreviation {
                continue;
            }
            let qualified = next.forms.iter().any(|next_form| {
                let next_entry = entry_of(*next_form);
                next_entry.kind != PlaceKind::City
                    && (Some(next_entry.code) == entry.region()
                        || (next_entry.kind == PlaceKind::Country
                            && next_entry.country() == entry.country()))
            });
            if qualified {
                return Some(form);
            }
        }
    }
    if let Some(form) = candidate.forms.iter().copied().find(|form| plain(*form)) {
        return Some(form);
    }
    if !context {
        return None;
    }
    // In a location field anything goes; prefer the country of the places before. A code
    // after a comma and a name this table does not know ("Mission Alta, CA", "Dover, DE") is
    // the state or province the name is in, as addresses write it, rather than a country.
    let near = earlier.last().map(|place| place.country);
    let region = || {
        qualifier
            .then(|| {
                candidate
                    .forms
                    .iter()
                    .copied()
                    .find(|form| entry_of(*form).kind == PlaceKind::Region)
            })
            .flatten()
    };
    candidate
        .forms
        .iter()
        .copied()
        .find(|form| Some(entry_of(*form).country()) == near)
        .or_else(region)
        .or_else(|| candidate.forms.first().copied())
}

/// Places written next to each other with only commas and spaces between them ("Springfield,
/// IL", "Toronto, ON, Canada"): each run as the byte range from its first to its last place
/// and the index range of its places in `places`.
pub fn place_runs(text: &str, places: &[PlaceMatch]) -> Vec<(Range<usize>, Range<usize>)> {
    let mut runs: Vec<(Range<usize>, Range<usize>)> = Vec::new();
    for (position, place) in places.iter().enumerate() {
        if let Some((span, members)) = runs.last_mut() {
            if text.get(span.end..place.span.start).is_some_and(attached) {
                span.end = place.span.end;
                members.end = position + 1;
                continue;
            }
        }
        runs.push((place.span.clone(), position..position + 1));
    }
    runs
}

/// Words right before a place that present it as where the work is ("based in", "relocate
/// to", "anywhere in"); compared with the lower-case text before the place, a trailing "the"
/// left out.
const LOCATED_CUES: &[&str] = &[
    "based in",
    "based out of",
    "located in",
    "located at",
    "office in",
    "offices in",
    "office at",
    "work from",
    "working from",
    "work in",
    "working in",
    "work out of",
    "relocate to",
    "relocation to",
    "on-site in",
    "onsite in",
    "on site in",
    "hybrid in",
    "remote in",
    "remote from",
    "remote within",
    "remotely from",
    "remotely within",
    "in-person in",
    "in person in",
    "role is in",
    "position is in",
    "job is in",
    "anywhere in",
    "live in",
    "living in",
    "reside in",
    "residing in",
    "hiring in",
    // A field role's patch: "a heating company covering North Yorkshire".
    "covering",
    "commutable distance of",
    "commuting distance of",
    "within",
    "based at",
    "based from",
    "team in",
    "join us in",
    "work at",
    "working at",
    "sits in",
    "home base",
];

/// Premises and teams that a place names before them as the place of work, after "our" or
/// "the": "at our Cardiff office", "join our Edinburgh team", "shifts at the Christchurch
/// site".
const PREMISES: &[&str] = &[
    "office",
    "offices",
    "depot",
    "store",
    "shop",
    "branch",
    "clinic",
    "site",
    "warehouse",
    "plant",
    "factory",
    "hospital",
    "campus",
    "studio",
    "team",
    "hub",
    "headquarters",
    "hq",
    "restaurant",
    "hotel",
    "kitchen",
    "practice",
    "surgery",
    "centre",
    "center",
    "facility",
    "yard",
    "base",
    "school",
    "lab",
    "laboratory",
    "location",
    "showroom",
    "workshop",
];

/// Characters that set a place apart at the end of a short line: "Barista - Portland, OR",
/// "Engineer | Berlin", "Cook (Lisbon)".
const LINE_SEPARATORS: &[char] = &['-', '–', '—', '|', '·', '•', '@', '(', '[', ',', '/', ':'];

/// Places that `text` presents as where something is, as opposed to places merely mentioned
/// ("a law degree from the United States"): on a "Location:" line; a city with its region or
/// country ("Springfield, IL 62701", "Munich, Germany"); after words such as "based in",
/// "relocate to", "remote within"; or ending a short line after a separator ("Barista -
/// Portland, OR") or making up a line of its own.
pub fn find_located_places(text: &str) -> Vec<PlaceMatch> {
    located_places_in_tokens(text, &tokenize(text))
}

/// [`find_located_places`] over words already split by [`tokenize`].
pub fn located_places_in_tokens(text: &str, tokens: &[Token]) -> Vec<PlaceMatch> {
    let places = find_places_in_tokens(text, tokens, false);
    let mut located = Vec::new();
    for (span, members) in place_runs(text, &places) {
        let run = &places[members];
        let qualified_city = run.len() > 1 && run.iter().any(|place| place.kind == PlaceKind::City);
        if qualified_city || in_location_line(text, span.start) || run_is_located(text, &span) {
            located.extend(run.iter().cloned());
        }
    }
    located
}

/// Whether the words around a run of places present it as a location (see
/// [`find_located_places`]).
fn run_is_located(text: &str, span: &Range<usize>) -> bool {
    let line_start = text[..span.start].rfind('\n').map_or(0, |index| index + 1);
    let line_end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |index| span.end + index);
    let before = text[line_start..span.start].to_lowercase();
    let before = before.trim_end();
    let cue_text = before
        .strip_suffix(" the")
        .or_else(|| before.strip_suffix(" our"))
        .unwrap_or(before);
    if LOCATED_CUES.iter().any(|cue| {
        cue_text
            .strip_suffix(cue)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric()))
    }) {
        return true;
    }
    // "Our office is in Leeds", "the depot and yard are in Leeds".
    if let Some(subject) = cue_text
        .strip_suffix(" is in")
        .or_else(|| cue_text.strip_suffix(" are in"))
        .and_then(|rest| rest.split_whitespace().next_back())
    {
        if is_premises_subject(subject) {
            return true;
        }
    }
    let after = &text[span.end..line_end];
    // (An address on a line with an e-mail address is a contact's, often an agency's.)
    if names_premises(before, after) || after_street_address(before) && !after.contains('@') {
        return true;
    }
    let after_is_bare = after
        .chars()
        .all(|c| !c.is_alphabetic() || c.is_uppercase() && after.trim().len() <= 8);
    let before_trimmed =
        before.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '#' | '*' | '>'));
    // (A line of at most twelve words: counting stops at the thirteenth.)
    after_is_bare
        && text[line_start..line_end]
            .split_whitespace()
            .nth(12)
            .is_none()
        && (before_trimmed.is_empty() || before.ends_with(LINE_SEPARATORS))
}

/// Words before "in", "near" or "outside" and a town's name that make the town the
/// employer's or the job's place: "a family-run bakery in Hebden Bridge", "our yard in
/// Thirsk", "hiring in Bozeman", "join us in Tenby", "based near Ludlow".
const TOWN_LEADS: &[&str] = &[
    "based",
    "located",
    "situated",
    "hiring",
    "us",
    "traded",
    "trading",
    "operating",
    "operate",
    "operates",
    "bakery",
    "farm",
    "practice",
    "practices",
    "shop",
    "shops",
    "store",
    "stores",
    "cafe",
    "café",
    "restaurant",
    "pub",
    "bar",
    "hotel",
    "clinic",
    "clinics",
    "office",
    "offices",
    "crew",
    "depot",
    "yard",
    "site",
    "sites",
    "warehouse",
    "salon",
    "studio",
    "garage",
    "nursery",
    "kennels",
    "vineyard",
    "winery",
    "business",
    "company",
    "firm",
    "agency",
    "branch",
    "branches",
    "surgery",
    "pharmacy",
    "dispensary",
    "dairy",
    "orchard",
    "brewery",
    "plant",
    "factory",
    "stables",
    "workshop",
    "showroom",
    "home",
    "homes",
    "hospital",
    "school",
    "campus",
    "mine",
    "camp",
    "lodge",
    "centre",
    "center",
];

/// Words before "of" and a town's name that place the work by the town: "in the heart of
/// Arrowtown", "40 km north of Merredin", "on the outskirts of Ennis".
const TOWN_OF_LEADS: &[&str] = &[
    "outskirts",
    "heart",
    "centre",
    "center",
    "edge",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "outside",
];

/// Words before "from" and a town's name that measure the way to it: "twenty minutes from
/// Queenstown", "5 km from Thirsk".
const TOWN_FROM_LEADS: &[&str] = &[
    "minutes",
    "minute",
    "mins",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "drive",
    "walk",
];

/// Of the [`PREMISES`], the ones a word the place data does not know names only as a town
/// leaves out: "our Platform team", "the Distribution Centre", "our Head Office's hub" are
/// departments and names, not towns ("our Tamworth clinic", "the Moree depot" are).
const DEPARTMENT_PREMISES: &[&str] = &[
    "offices",
    "team",
    "hub",
    "headquarters",
    "hq",
    "kitchen",
    "centre",
    "center",
    "facility",
    "base",
    "school",
    "lab",
    "laboratory",
    "location",
];

/// Capitalised words that are no town after such words: months and days ("join us in
/// March"), languages, departments and the words of premises' names ("our Head office", "the
/// Main site", "our Sales office").
const NOT_TOWNS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "the",
    "our",
    "their",
    "this",
    "that",
    "english",
    "spanish",
    "french",
    "german",
    "welsh",
    "irish",
    "head",
    "main",
    "central",
    "flagship",
    "new",
    "old",
    "regional",
    "national",
    "global",
    "local",
    "corporate",
    "group",
    "home",
    "sales",
    "marketing",
    "finance",
    "operations",
    "engineering",
    "product",
    "design",
    "support",
    "customer",
    "accounts",
    "admin",
    "people",
    "legal",
    "research",
    "development",
    "data",
    "retail",
    "distribution",
    "fulfilment",
    "fulfillment",
    "service",
    "services",
    "dental",
    "medical",
    "veterinary",
    "north",
    "south",
    "east",
    "west",
    "city",
    "town",
    "downtown",
    "uptown",
    "midtown",
    "apple",
    "google",
];

/// A word that reads as a town's name: a capital, then small letters ("Thirsk",
/// "Hebden"), and no month, department or other word of [`NOT_TOWNS`].
fn town_like(word: &str) -> bool {
    let word = word.trim_end_matches([',', '.', ';', ':', '!', '?']);
    let mut chars = word.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && word.len() >= 3
        && chars.all(|c| c.is_ascii_lowercase() || matches!(c, '-' | '\'' | '\u{2019}'))
        && !NOT_TOWNS
            .iter()
            .any(|other| other.eq_ignore_ascii_case(word))
}

/// A full British postcode or Irish Eircode ("HX7 8EX", "D02 X285") or Canadian postal code
/// ("V1Y 1A1"): an address, so a place, even of a town the place data does not know. The
/// forms are the importer's (`import::location`).
static POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    compile_pattern(&format!(
        r"(?-u:\b)(?:{UK_OUTWARD} \d[ABD-HJLNP-UW-Z]{{2}}|{EIRCODE_KEY} {EIRCODE_ID}|[A-Z]\d[A-Z] \d[A-Z]\d)(?-u:\b)"
    ))
});

/// A British postcode's outward code ("LL12", "SW1A"); the inward code ("8RT") follows.
pub(crate) const UK_OUTWARD: &str = r"[A-Z]{1,2}\d[A-Z\d]?";
/// An Irish Eircode's routing key ("T12", "D6W"); the four-character identifier follows.
pub(crate) const EIRCODE_KEY: &str = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)";
/// The characters of an Eircode's unique identifier.
pub(crate) const EIRCODE_ID: &str = r"[\dAC-FHKNPRTV-Y]{4}";

/// A word with the symbols around it trimmed ("(Thirsk)," is "Thirsk").
fn bare_word(word: &str) -> &str {
    // (Most words start and end with a letter: nothing to trim.)
    let bytes = word.as_bytes();
    if bytes.first().is_some_and(u8::is_ascii_alphanumeric)
        && bytes.last().is_some_and(u8::is_ascii_alphanumeric)
    {
        word
    } else {
        word.trim_matches(|c: char| !c.is_alphanumeric())
    }
}

/// Whether three words in a row name a town as the place of the job: a lead, a link and a
/// town ("bakery in Hebden", "just outside Methven", "relocate to Thirsk"), or the premises
/// ("our Tamworth clinic"). Each word is the text between white space, symbols and all.
fn town_named_by(lead: &str, link: &str, town: &str) -> bool {
    let is = |word: &str, list: &[&str]| list.iter().any(|other| other.eq_ignore_ascii_case(word));
    let (bare_lead, bare_link, bare_town) = (bare_word(lead), bare_word(link), bare_word(town));
    let premises = || {
        is(bare_lead, &["our", "the"])
            && lead.ends_with(|c: char| c.is_alphanumeric())
            && town_like(link)
            && link.ends_with(|c: char| c.is_alphanumeric())
            && is(bare_town, PREMISES)
            && !is(bare_town, DEPARTMENT_PREMISES)
    };
    // (No sentence or clause ends between the words: "our shop. In March" is no place.)
    let joined = || {
        !link.ends_with(|c: char| !c.is_alphanumeric())
            && !lead.ends_with(['.', ';', ':', '!', '?'])
    };
    let leads: &[&str] = match bare_link.len() {
        2 if is(bare_link, &["in"]) => TOWN_LEADS,
        2 if is(bare_link, &["to"]) => &["commute", "commutable", "relocate"],
        2 if is(bare_link, &["of"]) => TOWN_OF_LEADS,
        4 if is(bare_link, &["near"]) => TOWN_LEADS,
        4 if is(bare_link, &["from"]) => TOWN_FROM_LEADS,
        7 if is(bare_link, &["outside"]) => {
            if is(bare_lead, &["just"]) {
                return joined() && town_like(town);
            }
            TOWN_LEADS
        }
        _ => &[],
    };
    // (The cheap tests first: most words after "in" are no town.)
    (!leads.is_empty() && town_like(town) && joined() && is(bare_lead, leads)) || premises()
}

/// True when `word` (a word of the text, with its punctuation) names the job's premises or
/// the job itself as the subject of "is in" ("our office is in", "the role is in"), with
/// nothing ending between it and the verb.
fn is_premises_subject(word: &str) -> bool {
    let bare = bare_word(word);
    word.ends_with(|c: char| c.is_alphanumeric())
        && (PREMISES
            .iter()
            .any(|premises| premises.eq_ignore_ascii_case(bare))
            || ["role", "job", "position", "post"]
                .iter()
                .any(|job| job.eq_ignore_ascii_case(bare)))
}

/// The link words of [`town_named_by`].
const TOWN_LINKS: &[&str] = &["in", "to", "of", "near", "from", "outside"];

/// The hashes of the words a town search starts from: [`TOWN_LINKS`] and [`PREMISES`].
static CUE_HASHES: LazyLock<(WordFilter, Vec<u64>)> = LazyLock::new(|| {
    let words: Vec<&str> = TOWN_LINKS.iter().chain(PREMISES).copied().collect();
    hashes_of(&words)
});

/// The word (text between white space) that holds the bytes `at`, and the words before and
/// after it (`None` at either end of the text), as byte ranges of `text`.
fn words_around(
    text: &str,
    at: Range<usize>,
) -> (Option<Range<usize>>, Range<usize>, Option<Range<usize>>) {
    let bytes = text.as_bytes();
    // Most words are ASCII: read a byte at a time, and a character at a time only past a
    // byte outside ASCII (`char::is_whitespace` knows white space beyond ASCII).
    let word_start = |end: usize| {
        let mut index = end;
        while index > 0 {
            let byte = bytes[index - 1];
            if byte.is_ascii() {
                if byte.is_ascii_whitespace() || byte == 0x0b {
                    return index;
                }
                index -= 1;
                continue;
            }
            let Some((at, c)) = text[..index].char_indices().next_back() else {
                break;
            };
            if c.is_whitespace() {
                return index;
            }
            index = at;
        }
        0
    };
    let word_end = |start: usize| {
        let mut index = start;
        while let Some(&byte) = bytes.get(index) {
            if byte.is_ascii() {
                if byte.is_ascii_whitespace() || byte == 0x0b {
                    return index;
                }
                index += 1;
                continue;
            }
            let Some(c) = text[index..].chars().next() else {
                break;
            };
            if c.is_whitespace() {
                return index;
            }
            index += c.len_utf8();
        }
        text.len()
    };
    let start = word_start(at.start);
    let end = word_end(at.end);
    let before_end = text[..start].trim_end().len();
    let previous = (before_end > 0).then(|| word_start(before_end)..before_end);
    let next_start = text.len() - text[end..].trim_start().len();
    let next = (next_start < text.len()).then(|| next_start..word_end(next_start));
    (previous, start..end, next)
}

/// Whether `text` names a town the place data may not know as the place of the job or the
/// employer: after words such as "based in", "our yard in", "hiring in", "just outside",
/// "commute to" ("We're a family-run bakery in Hebden Bridge"); as the name of the premises
/// ("Shifts are at our Tamworth clinic"); or in an address with a postcode ("14 Bridge
/// Street, Hebden Bridge HX7 8EX").
pub fn names_unknown_town(text: &str) -> bool {
    names_unknown_town_in_tokens(text, &tokenize(text))
}

/// [`names_unknown_town`] with the words of `text` already tokenised: only the words that
/// may link a town ("in", "near") or name premises ("clinic") are read with their
/// neighbours, not every word of the text. Tokens past the end of `text` are ignored.
pub fn names_unknown_town_in_tokens(text: &str, tokens: &[Token]) -> bool {
    // The end of the word of the last cue read: a second cue inside the same word ("in-in")
    // makes that word no cue word, and skipping it keeps a long word read once.
    let mut last_word_end = 0;
    let named = tokens
        .iter()
        .take_while(|token| token.span.end <= text.len())
        .any(|token| {
            // (A token starts and ends with a letter or digit: its own bare word.)
            let (filter, hashes) = &*CUE_HASHES;
            if !filter.may_contain(token.hash) || !hashes.contains(&token.hash) {
                return false;
            }
            let link = TOWN_LINKS.contains(&token.lower.as_str());
            if !link && !PREMISES.contains(&token.lower.as_str())
                || token.span.start < last_word_end
            {
                return false;
            }
            let (before, this, after) = words_around(text, token.span.clone());
            last_word_end = this.end;
            // A link word is the middle of the three words; premises the last.
            let linked = || {
                before
                    .clone()
                    .zip(after.clone())
                    .is_some_and(|(before, after)| {
                        town_named_by(&text[before], &text[this.clone()], &text[after])
                    })
            };
            let premises = || {
                before.clone().is_some_and(|before| {
                    let (lead, _, _) = words_around(text, before.clone());
                    lead.is_some_and(|lead| {
                        town_named_by(&text[lead], &text[before], &text[this.clone()])
                    })
                })
            };
            // "The depot is in Doncaster": premises, then "is in" or "are in" and the town.
            let premises_are_in = || {
                token.lower == "in"
                    && before
                        .clone()
                        .zip(after.clone())
                        .is_some_and(|(before, after)| {
                            let verb = &text[before.clone()];
                            (verb.eq_ignore_ascii_case("is") || verb.eq_ignore_ascii_case("are"))
                                && town_like(&text[after])
                                && !text[this.clone()].ends_with(|c: char| !c.is_alphanumeric())
                                && words_around(text, before)
                                    .0
                                    .is_some_and(|subject| is_premises_subject(&text[subject]))
                        })
            };
            if link {
                linked() || premises_are_in()
            } else {
                premises()
            }
        });
    // "at 148 Cuba Street, Te Aro": a street address, numbered, and the district or town after
    // it.
    let addressed = || {
        tokens
            .iter()
            .take_while(|token| token.span.end <= text.len())
            .enumerate()
            .any(|(at, token)| {
                STREET_WORDS.contains(&token.text(text))
                    && text[token.span.end..]
                        .strip_prefix(", ")
                        .and_then(|after| after.split_whitespace().next())
                        .is_some_and(|word| {
                            word.starts_with(|c: char| c.is_uppercase())
                                && word.chars().all(char::is_alphabetic)
                        })
                    && tokens[at.saturating_sub(4)..at]
                        .iter()
                        .any(|number| number.lower.bytes().all(|byte| byte.is_ascii_digit()))
                    // (Not a signature's address beside an e-mail, as for a postcode below.)
                    && !line_around(text, token.span.clone()).contains('@')
            })
    };
    // "📍 Harrogate": the map pin marks a place.
    let pinned = text
        .match_indices(MAP_PIN)
        .any(|(at, _)| after_pin(&text[at..]).is_some_and(starts_with_town));
    // A postcode in a signature with an e-mail address ("Brightwater Search Ltd, 21 King
    // Street, Manchester M2 6AZ | jamie@...") is a recruiter's office, not the job's.
    let digits = text.bytes().any(|byte| byte.is_ascii_digit());
    named
        || pinned
        || digits && addressed()
        || digits
            && POSTCODE
                .find_iter(text)
                .any(|code| !line_around(text, code.range()).contains('@'))
}

/// The line of `text` that holds `span`.
fn line_around(text: &str, span: Range<usize>) -> &str {
    let start = text[..span.start].rfind('\n').map_or(0, |at| at + 1);
    let end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |at| span.end + at);
    &text[start..end]
}

/// The map pin that marks a place in a facts line ("📍 Derby").
const MAP_PIN: char = '\u{1f4cd}';

/// The text after a map pin that `text` starts with (and its variation selector).
fn after_pin(text: &str) -> Option<&str> {
    Some(
        text.strip_prefix(MAP_PIN)?
            .trim_start_matches(|c: char| c == '\u{fe0f}' || c.is_whitespace()),
    )
}

fn starts_with_town(text: &str) -> bool {
    text.split_whitespace().next().is_some_and(town_like)
}

/// The place a map pin marks on a line of its own: "📍 Derby" gives "Derby", "📍 Hebden
/// Bridge, West Yorkshire" the whole place (a few words that start with a town's name, no
/// sentence). The importer's location reader and [`names_unknown_town`] read the pin alike.
pub fn pinned_place(line: &str) -> Option<&str> {
    let rest = after_pin(line.trim_start())?.lines().next()?.trim_end();
    (starts_with_town(rest)
        && rest.split_whitespace().nth(6).is_none()
        && !rest.ends_with(['.', '!', '?']))
    .then_some(rest)
}

/// Whether the place follows a street address in the same part of its line ("14 Bompas Road,
/// Dunkeld West, Johannesburg, 2196", "Civic Centre, 71 York Street, George"): a number, then
/// one of the [`STREET_WORDS`] before a comma. `before` is the line's lower-case text before
/// the place.
fn after_street_address(before: &str) -> bool {
    let part = before.rsplit(['·', '|', '•']).next().unwrap_or(before);
    let mut numbered = false;
    part.split_whitespace().any(|word| {
        let word_alone = word.trim_end_matches([',', '.']);
        let street = numbered
            && word.ends_with(',')
            && STREET_WORDS
                .iter()
                .any(|street| street.eq_ignore_ascii_case(word_alone));
        numbered |= word.starts_with(|c: char| c.is_ascii_digit());
        street
    })
}

/// Whether a place stands for the premises or team of the job: "our Cardiff office", "the
/// Christchurch site", "our new Leeds depot", or "Vancouver office" as a line of its own.
/// `before` is the line's lower-case text before the place, `after` its text after it.
fn names_premises(before: &str, after: &str) -> bool {
    let noun = after
        .strip_prefix(' ')
        .map(|after| {
            let end = after
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(after.len());
            after[..end].to_lowercase()
        })
        .unwrap_or_default();
    if !PREMISES.contains(&noun.as_str()) {
        return false;
    }
    let mut words = before.split_whitespace().rev();
    let last = words.next();
    let owner = |word: Option<&str>| matches!(word, Some("our" | "the" | "your"));
    last.is_none()
        || owner(last)
        // "our new Leeds depot", "our busy Galway clinic".
        || last.is_some_and(|word| word.chars().all(|c| c.is_ascii_lowercase()))
            && owner(words.next())
}

/// A work arrangement stated as such: "fully remote", "remote-first", "Remote (US)", "this
/// role is remote", "work remotely", "telework", "hybrid role", "(on-site)", "3 days a week in
/// the office". Not "remote" or "office" as any word: "remote build caching", "Office of
/// Acquisition", "experience with remote teams".
static WORK_ARRANGEMENT: LazyLock<Regex> = LazyLock::new(|| {
    let edge_before = r"(?:^|[(\[|·•:][ \t]*|[ \t][-–—][ \t])";
    let edge_after = r"[ \t]*(?:$|[)\]|·•,;]|[ \t][-–—][ \t])";
    let modes = r"(?:remote|hybrid|on-?site|on site|in-office|in-person)";
    compile_pattern(&format!(
        r"(?im)(?-u:\b)(?:fully|full|all|100[ \t]?%|completely|entirely|primarily|mostly|partially|partly)[[ \t]-]+(?:remote|hybrid)(?-u:\b)|(?-u:\b)remote[[ \t]-]+(?:first|friendly|only|role|roles|position|positions|job|jobs|opportunity|opportunities|basis|contract|setup|arrangement|employees?|workers?|within|from|in|across|anywhere)(?-u:\b)|(?-u:\b){modes}[ \t]*\(|{edge_before}{modes}{edge_after}|(?-u:\b)(?:is|are|be|being)[ \t]+(?:(?:fully|entirely|also|currently|100%)[ \t]+)?{modes}(?:[ \t]*(?:[.!;)]|$)|[ \t]+(?:within|in|from|across|anywhere|for|with)(?-u:\b))|(?-u:\b)work(?:ing|s)?[ \t]+(?:remotely|from[ \t]+home|from[ \t]+anywhere|on-?site|on site|in-office|in[- ]person)(?-u:\b)|(?-u:\b)remotely[ \t]+(?:from|within|in|across)(?-u:\b)|(?-u:\b)tele(?:work|commut)[a-z]*|(?-u:\b)hybrid[ \t]+(?:role|position|job|schedule|working|work|model|setup|arrangement|basis)(?-u:\b)|(?-u:\b)on-?site[ \t]+(?:role|position|job|only|work|basis)(?-u:\b)|(?-u:\b)(?:[0-9]|one|two|three|four)[ \t]+days?[ \t]+(?:a|per|each)[ \t]+week[ \t]+(?:in|at)[ \t]+(?:the[ \t]+|our[ \t]+)?office(?-u:\b)"
    ))
});

/// The key words of [`WORK_ARRANGEMENT`]: one of them stands on every line it matches.
static ARRANGEMENT_KEY: LazyLock<Regex> = LazyLock::new(|| {
    compile_pattern(r"(?i)remote|hybrid|on-?site|on site|office|telework|telecommut|in-person")
});

/// False when [`ARRANGEMENT_KEY`] has no match in `text`, found in one pass over the bytes:
/// most texts name no arrangement, and in WebAssembly the expression's search for its words in
/// every case (an Aho-Corasick automaton, without the SIMD it has natively) cost the sample
/// posting's `location-missing` about a quarter of its time. Exact: ASCII letters are compared
/// without case as `(?i)` compares them, and a text holding one of the two characters outside
/// ASCII that `(?i)` folds onto a key's letters (the long s and the Kelvin sign) is left to the
/// expression.
fn may_hold_arrangement_key(text: &str) -> bool {
    let bytes = text.as_bytes();
    let key_at = |at: usize, key: &[u8]| super::ascii_word_at(bytes, at, key);
    // (`| 0x20` lower-cases an ASCII letter and makes no other byte equal to one.)
    let second = |at: usize| bytes.get(at + 1).map_or(0, |byte| byte | 0x20);
    let found = (0..bytes.len()).any(|at| match bytes[at] | 0x20 {
        b'r' => second(at) == b'e' && key_at(at, b"remote"),
        b'h' => second(at) == b'y' && key_at(at, b"hybrid"),
        b'o' => match second(at) {
            b'f' => key_at(at, b"office"),
            b'n' => {
                key_at(at + 2, b"site")
                    || (matches!(bytes.get(at + 2), Some(b'-' | b' ')) && key_at(at + 3, b"site"))
            }
            _ => false,
        },
        b't' => second(at) == b'e' && (key_at(at, b"telework") || key_at(at, b"telecommut")),
        b'i' => second(at) == b'n' && key_at(at, b"in-person"),
        _ => false,
    });
    found || (!text.is_ascii() && text.contains(['\u{17f}', '\u{212a}']))
}

/// Where `text` states a work arrangement (remote, hybrid, on-site) as such; see
/// [`WORK_ARRANGEMENT`].
pub fn find_work_arrangement(text: &str) -> Option<Range<usize>> {
    // The pattern runs only on the lines holding one of its key words: most lines have none,
    // and a regex this size is slow over a long text.
    if !may_hold_arrangement_key(text) {
        return None;
    }
    let mut searched_line = None;
    for key in ARRANGEMENT_KEY.find_iter(text) {
        let at = key.start();
        let line_start = text[..at].rfind('\n').map_or(0, |index| index + 1);
        if searched_line == Some(line_start) {
            continue;
        }
        searched_line = Some(line_start);
        let line_end = text[at..].find('\n').map_or(text.len(), |index| at + index);
        let line = text.get(line_start..line_end)?;
        if let Some(found) = WORK_ARRANGEMENT.find(line) {
            return Some(line_start + found.start()..line_start + found.end());
        }
    }
    None
}

/// The work arrangement some words state: hybrid when they say "hybrid", remote when they say
/// "remote", "remotely", "virtual", "telework", "telecommute", "(from) home" or "anywhere", on
/// site otherwise ("on-site", "in-office", "in person"). The importer reads a location's mode
/// note with it and `location-missing` a work arrangement found in the text, so the two agree
/// on what counts as remote.
pub fn arrangement_mode(words: &str) -> WorkMode {
    let lower = words.to_lowercase();
    let mut words = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty());
    let mut remote = false;
    for word in words.by_ref() {
        if word == "hybrid" {
            return WorkMode::Hybrid;
        }
        remote |= matches!(
            word,
            "remote" | "remotely" | "virtual" | "home" | "anywhere"
        ) || word.starts_with("telework")
            || word.starts_with("telecommut");
    }
    if remote {
        WorkMode::Remote
    } else {
        WorkMode::OnSite
    }
}

/// The ISO 3166-1 alpha-2 code of a country written as a name ("Germany", "the Netherlands",
/// "U.S.") or as an alpha-2 or alpha-3 code in capitals ("DE", "DEU").
pub fn country_code(name: &str) -> Option<&'static str> {
    let index = index();
    let name = name.trim();
    let name = name
        .strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
        .unwrap_or(name);
    let tokens = tokenize(name);
    if tokens.is_empty() {
        return None;
    }
    let key = words_key(tokens.iter().map(|token| &token.hash));
    let codes_allowed = is_all_caps(name);
    index.by_key.get(&key)?.iter().find_map(|form_index| {
        let form = &index.forms[*form_index];
        let entry = &index.entries[form.entry];
        let same_words = form.lower.len() == tokens.len()
            && tokens
                .iter()
                .zip(&form.lower)
                .all(|(token, lower)| token.lower == *lower);
        (entry.kind == PlaceKind::Country && same_words && (!form.abbreviation || codes_allowed))
            .then(|| entry.country())
    })
}

/// The English name of a country from its alpha-2 code ("DE" -> "Germany").
pub fn country_name(code: &str) -> Option<&'static str> {
    index()
        .entries
        .iter()
        .find(|entry| entry.kind == PlaceKind::Country && entry.code.eq_ignore_ascii_case(code))
        .and_then(|entry| entry.names.first().copied())
}

/// Size of the place table in bytes (the rows' text), for the size report.
pub fn table_bytes() -> usize {
    PLACES.iter().map(|row| row.len()).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_street_named_after_a_place_is_no_place() {
        let names = |text: &str| -> Vec<&'static str> {
            find_places_in_location(text)
                .into_iter()
                .map(|place| place.name)
                .collect()
        };
        assert_eq!(
            names("3350 Brighton Blvd, Suite 210, Denver, CO 80216"),
            ["Denver", "Colorado"]
        );
        assert_eq!(names("12 Oxford Street, London"), ["London"]);
        // The place itself, and a place before a street's own name, still count.
        assert_eq!(names("Brighton, England"), ["Brighton", "England"]);
        assert_eq!(names("Denver, St. Louis"), ["Denver", "St. Louis"]);
    }

    #[test]
    fn reads_the_arrangement_words_state() {
        for remote in [
            "Remote",
            "fully remote",
            "remote-first",
            "work from home",
            "Teleworking",
        ] {
            assert_eq!(arrangement_mode(remote), WorkMode::Remote, "{remote}");
        }
        for (words, mode) in [
            ("Hybrid", WorkMode::Hybrid),
            ("remote or hybrid", WorkMode::Hybrid),
            ("On-site", WorkMode::OnSite),
            ("in-office", WorkMode::OnSite),
            ("remoteness", WorkMode::OnSite),
        ] {
            assert_eq!(arrangement_mode(words), mode, "{words}");
        }
    }

    fn names(text: &str) -> Vec<(&str, &'static str, Option<&'static str>, &'static str)> {
        find_places(text)
            .into_iter()
            .map(|place| {
                (
                    &text[place.span.clone()],
                    place.name,
                    place.region,
                    place.country,
                )
            })
            .collect()
    }

    #[test]
    fn reads_city_and_state_codes() {
        assert_eq!(
            names("Barista - Portland, OR"),
            [
                ("Portland", "Portland", Some("US-OR"), "US"),
                ("OR", "Oregon", Some("US-OR"), "US")
            ]
        );
        assert_eq!(
            names("Visit us at 12 Harbor Rd, Portland, ME 04101."),
            [
                ("Portland", "Portland", Some("US-ME"), "US"),
                ("ME", "Maine", Some("US-ME"), "US")
            ]
        );
        assert_eq!(
            names("1200 Main St, Springfield, IL 62701"),
            [
                ("Springfield", "Springfield", Some("US-IL"), "US"),
                ("IL", "Illinois", Some("US-IL"), "US")
            ]
        );
        let dc = names("Washington, D.C.");
        assert_eq!(dc[1].1, "District of Columbia");
    }

    #[test]
    fn qualifiers_choose_between_same_names() {
        assert_eq!(names("Cambridge, MA")[0].2, Some("US-MA"));
        assert_eq!(names("Cambridge, England")[0].2, Some("GB-ENG"));
        assert_eq!(names("London, ON")[0].2, Some("CA-ON"));
        assert_eq!(names("London")[0].2, Some("GB-ENG"));
        assert_eq!(names("Halifax, NS")[0].2, Some("CA-NS"));
        assert_eq!(names("Halifax, West Yorkshire")[0].2, Some("GB-ENG"));
        assert_eq!(names("Vancouver, WA")[0].2, Some("US-WA"));
        assert_eq!(names("Seattle, Washington")[1].2, Some("US-WA"));
        assert_eq!(names("Berlin, DE")[1].1, "Germany");
        assert_eq!(names("Toronto, ON, CA")[2].1, "Canada");
        assert_eq!(names("Denver, CO")[1].1, "Colorado");
        // After a town the table does not know, a code is the state it is in.
        let town = find_places_in_location("Mission Alta, CA 93446");
        assert_eq!((town[0].name, town[0].country), ("California", "US"));
        assert_eq!(find_places_in_location("Dover, DE")[0].country, "US");
        assert_eq!(find_places_in_location("Remote, CA")[0].country, "US");
        assert_eq!(names("Edmonton, Alta.")[1].1, "Alberta");
        assert_eq!(names("Douglas, Isle of Man")[0].3, "IM");
    }

    #[test]
    fn words_need_a_place_like_context() {
        assert!(names("Reading the docs is Nice. Bath time. Split the work.").is_empty());
        assert!(names("Mobile engineers IN the team OR elsewhere; CO-founders; ME too").is_empty());
        assert!(names("we are in new york").is_empty());
        assert!(names("JOIN US TODAY").is_empty());
        assert!(names("Salary US$120,000").is_empty());
        assert_eq!(names("Reading, England")[0].1, "Reading");
        assert_eq!(names("Mobile, AL 36602")[0].2, Some("US-AL"));
        assert_eq!(names("Nice, France")[0].3, "FR");
        assert_eq!(names("Location: Split")[0].1, "Split");
        assert_eq!(names("Location: Denver, CO")[1].1, "Colorado");
    }

    #[test]
    fn finds_multi_word_names_and_aliases() {
        assert_eq!(names("Offices in NYC and São Paulo")[0].1, "New York City");
        assert_eq!(names("Offices in NYC and São Paulo")[1].1, "São Paulo");
        assert_eq!(names("from St. Louis")[0].1, "St. Louis");
        assert_eq!(names("in Baden-Württemberg")[0].2, Some("DE-BW"));
        assert_eq!(names("NEW YORK, NY")[0].1, "New York City");
        assert_eq!(names("Remote within the United States")[0].3, "US");
        assert_eq!(names("the Netherlands")[0].3, "NL");
        let place = &find_places("Munich, Germany")[1];
        assert_eq!((place.kind, place.country), (PlaceKind::Country, "DE"));
    }

    #[test]
    fn pay_transparency_places_are_known() {
        for (text, region) in [
            ("Denver", "US-CO"),
            ("Jersey City", "US-NJ"),
            ("Ithaca", "US-NY"),
            ("Westchester", "US-NY"),
            ("Cleveland", "US-OH"),
            ("Columbus", "US-OH"),
            ("Toledo", "US-OH"),
            ("Cincinnati", "US-OH"),
            ("Toronto", "CA-ON"),
            ("Charlottetown", "CA-PE"),
            ("Honolulu", "US-HI"),
            ("Las Vegas", "US-NV"),
            ("Burlington", "US-VT"),
            ("Baltimore", "US-MD"),
            ("Minneapolis", "US-MN"),
            ("Boston", "US-MA"),
            ("Seattle", "US-WA"),
            ("Chicago", "US-IL"),
            ("San Francisco", "US-CA"),
            ("Prince Edward Island", "CA-PE"),
            ("British Columbia", "CA-BC"),
        ] {
            assert_eq!(
                names(text).first().and_then(|place| place.2),
                Some(region),
                "{text}"
            );
        }
    }

    fn located(text: &str) -> Vec<&str> {
        find_located_places(text)
            .into_iter()
            .map(|place| &text[place.span])
            .collect()
    }

    #[test]
    fn finds_places_said_to_be_where_the_work_is() {
        assert_eq!(located("Barista - Portland, OR"), ["Portland", "OR"]);
        assert_eq!(
            located("Faculty of Engineering · Location: Boulevard Evertsen 12, Vlissingen, the Netherlands · 38 hours"),
            ["Netherlands"]
        );
        assert_eq!(
            located("Halifax, West Yorkshire HX1 2BS"),
            ["Halifax", "West Yorkshire"]
        );
        assert_eq!(
            located("Visit our store at 1200 Main St, Springfield, IL 62701."),
            ["Springfield", "IL"]
        );
        assert_eq!(located("The role is based in Denver."), ["Denver"]);
        assert_eq!(
            located("Open to people anywhere in the United States."),
            ["United States"]
        );
        assert_eq!(located("Line Cook (Lisbon)"), ["Lisbon"]);
        assert_eq!(located("Berlin"), ["Berlin"]);
        assert_eq!(located("Location: Denver"), ["Denver"]);
        assert_eq!(located("Munich, Germany"), ["Munich", "Germany"]);
        assert_eq!(
            located("a heating company covering North Yorkshire, and you"),
            ["North Yorkshire"]
        );
        assert_eq!(located("Location - Brisbane"), ["Brisbane"]);
        assert_eq!(located("Where you'll work: Auckland"), ["Auckland"]);
        assert_eq!(located("Shifts at our Cardiff office."), ["Cardiff"]);
        assert_eq!(located("Shifts at our new Cardiff depot."), ["Cardiff"]);
        assert_eq!(located("You'll join our Edinburgh team."), ["Edinburgh"]);
        assert_eq!(located("You'll be based at our Leeds store."), ["Leeds"]);
        assert_eq!(located("Vancouver office"), ["Vancouver"]);
        // After a street address in the same part of a facts line.
        assert_eq!(
            located("Kestrel IT · 14 Bompas Road, Dunkeld West, Johannesburg, 2196 · On-site with client visits · Permanent, full time"),
            ["Johannesburg"]
        );
        assert_eq!(
            located("Civic Centre, 71 York Street, George, 6530, Western Cape · Three permanent posts and more words here"),
            ["Western Cape"]
        );
        // A label after a sentence of a paragraph, with the work mode after the place.
        assert_eq!(
            located("Pay: £31,000 a year. Location: Oxford, hybrid (two days in the office)."),
            ["Oxford"]
        );
        assert_eq!(located("Location: St. Louis, hybrid"), ["St. Louis"]);
        // Not a label: the sentence before the place is about something else.
        assert!(
            located("Fluent German. A move to Stuttgart would, hybrid or not, follow.").is_empty()
        );
    }

    #[test]
    fn names_towns_the_table_does_not_know_by_their_cues() {
        assert!(names_unknown_town("a family-run bakery in Hebden Bridge"));
        assert!(names_unknown_town("Our kennels near Ludlow need a hand."));
        assert!(names_unknown_town("Relocate to Thirsk."));
        assert!(names_unknown_town(
            "Apply at 4 Market Place, Thirsk YO7 1HQ."
        ));
        assert!(names_unknown_town("Kelowna V1Y 1A1"));
        assert!(names_unknown_town(
            "Our dispensary in Kamloops packs 1,900 orders."
        ));
        assert!(names_unknown_town(
            "a store that has traded in Bacchus Marsh since 1998"
        ));
        assert!(names_unknown_town("a farm 40 km north of Merredin"));
        assert!(names_unknown_town(
            "in the heart of Arrowtown, twenty minutes from Queenstown"
        ));
        // A numbered street address and the district after it.
        assert!(names_unknown_town(
            "pouring coffee at 148 Cuba Street, Te Aro since 2016"
        ));
        assert!(!names_unknown_town(
            "We moved off Cuba Street, Te Aro is too busy."
        ));
        assert!(!names_unknown_town("148 staff on Cuba Street, and more."));
        assert!(!names_unknown_town(
            "Jo Hollis, 21 King Street, Manchester | jo@search.example"
        ));
        assert!(!names_unknown_town("a degree in Nursing; fluent in Welsh"));
        assert!(!names_unknown_town("Our office in March was busy."));
        assert!(!names_unknown_town("our Head office and the Main site"));
        assert!(!names_unknown_town(
            "Fluent in Spanish; experience in Python."
        ));
        assert!(!names_unknown_town("our shop. In Leeds"));
        assert!(!names_unknown_town("Ask jo@example.com, Manchester M2 6AZ"));
    }

    #[test]
    fn reads_towns_between_any_white_space_and_symbols() {
        // Words are the text between white space, non-ASCII white space included.
        assert!(names_unknown_town(
            "a family-run bakery\u{a0}in\u{a0}Hebden Bridge"
        ));
        assert!(names_unknown_town("Relocate to\u{2003}Thirsk."));
        assert!(names_unknown_town("Café staff at our\u{a0}Tamworth clinic"));
        assert!(names_unknown_town("our Tamworth clinic"));
        assert!(names_unknown_town("Hiring now - based in Ludlow"));
        // The town is the whole word: "in" inside "sign-in" or with a word glued on is no link.
        assert!(!names_unknown_town("a quick sign-in Ludlow"));
        assert!(!names_unknown_town("based in/out Ludlow"));
        assert!(!names_unknown_town(
            "based in-in Ludlow; our in-office clinic"
        ));
        assert!(names_unknown_town("in-in based in Ludlow"));
        assert!(!names_unknown_town("based in"));
        assert!(!names_unknown_town("in Ludlow"));
        assert!(!names_unknown_town("Tamworth clinic"));
        // A word is a link or premises, never both: the search reads each as one of them.
        assert!(TOWN_LINKS.iter().all(|link| !PREMISES.contains(link)));
        // Tokens past the text (a signature cut off) are not read.
        let text = "Your team: based in Ludlow";
        let tokens = tokenize(text);
        assert!(!names_unknown_town_in_tokens(&text[..16], &tokens));
        assert!(names_unknown_town_in_tokens(text, &tokens));
    }

    #[test]
    fn ignores_places_merely_mentioned() {
        assert!(located("A JD from a law school in the United States is required.").is_empty());
        assert!(located("We sell to our Leeds clients.").is_empty());
        assert!(located("The Berlin Wall fell in 1989.").is_empty());
        assert!(located("We sell to banks in London and Paris and grew 40% last year.").is_empty());
        assert!(located("Our Office of Acquisition works with Germany on standards.").is_empty());
    }

    #[test]
    fn the_key_word_scan_agrees_with_the_key_pattern() {
        let mut texts: Vec<String> = [
            "Fully remote.",
            "REMOTE-FIRST",
            "nonremote work",
            "Hybrid",
            "on-site, On Site, ONSITE",
            "Washington site visits",
            "on\tsite, on--site, on - site",
            "In-Person, within-personal, in person",
            "Officer of the day, postoffice",
            "teleworking, TELECOMMUTING, telecom",
            "tele\u{212a}ork, telewor\u{212a}ing",
            "on-\u{17f}ite",
            "caf\u{e9} \u{2014} no key here",
            "re, hy, on, of, te, in, o",
            "",
        ]
        .map(String::from)
        .to_vec();
        // Every string of three pieces from the keys' own bits, cut and cased.
        let pieces = [
            "re", "mote", "Hy", "brid", "on", "-", " ", "SITE", "of", "FICE", "tele", "work",
            "commut", "in", "person", "x",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    texts.push(format!("{a}{b}{c}"));
                }
            }
        }
        for text in &texts {
            assert_eq!(
                may_hold_arrangement_key(text),
                ARRANGEMENT_KEY.is_match(text) || text.contains(['\u{17f}', '\u{212a}']),
                "{text:?}"
            );
        }
    }

    fn arrangement(text: &str) -> Option<&str> {
        find_work_arrangement(text).map(|range| &text[range])
    }

    #[test]
    fn finds_work_arrangements() {
        for text in [
            "This position is 100% remote.",
            "We're a remote-first company.",
            "Remote (US)",
            "Senior Engineer (Remote)",
            "You can work remotely from anywhere in Europe.",
            "This role is remote.",
            "Hybrid role, Berlin office.",
            "Line cook (on-site)",
            "Full-time Telework",
            "We work 3 days a week in the office.",
            "Location: Remote",
        ] {
            assert!(arrangement(text).is_some(), "{text}");
        }
    }

    #[test]
    fn ignores_remote_and_office_as_words() {
        for text in [
            "Set up remote build caching.",
            "Our Office of Acquisition buys software.",
            "Experience working with a remote team.",
            "We run a hybrid cloud.",
            "Office hours are 9 to 5.",
            "Remote debugging of embedded devices.",
        ] {
            assert_eq!(arrangement(text), None, "{text}");
        }
    }

    #[test]
    fn country_codes_from_names() {
        assert_eq!(country_code("Germany"), Some("DE"));
        assert_eq!(country_code("the Netherlands"), Some("NL"));
        assert_eq!(country_code("U.S."), Some("US"));
        assert_eq!(country_code("DEU"), Some("DE"));
        assert_eq!(country_code("de"), None);
        assert_eq!(country_code("Denver"), None);
        assert_eq!(country_name("PT"), Some("Portugal"));
    }

    #[test]
    fn odd_text_does_not_panic() {
        for text in [
            "",
            ",",
            "São",
            "Ł",
            "A, B, C",
            "\u{a0}Paris\u{a0},\u{a0}FR",
            "Location:",
        ] {
            let _ = find_places(text);
            let _ = find_places_in_location(text);
        }
        assert!(table_bytes() < 20_000);
    }
}
