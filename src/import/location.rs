//! The structured location of an imported posting: places, country, work mode and who may
//! apply for a remote role, read from what the splitter placed ("Location: Munich, Germany",
//! "Berlin (hybrid)", "Anywhere in the U.S. (remote)"), from a title naming its city
//! ("Barista - Portland, OR"), a store address ("1200 Main St, Springfield, IL 62701") or a
//! line of places of its own ("Denver, Colorado, United States"). Prose stays where it is;
//! only the location fields are filled.

use crate::text::compile_pattern;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Location, Posting, WorkMode};
use crate::text::place::{
    arrangement_mode, country_code, find_places, find_places_in_location, pinned_place, place_runs,
    PlaceKind, PlaceMatch, EIRCODE_ID, EIRCODE_KEY, UK_OUTWARD,
};
use crate::text::{lines, signature_start};

/// A work-mode note in brackets after a place: "Berlin (hybrid)", "(on-site)", "(100%
/// Remote)".
static MODE_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    compile_pattern(
        r"(?i)\s*\((?:fully\s+|100\s?%\s*|partly\s+|mostly\s+)?(remote|hybrid|on-?site|on site|in[- ]office|in[- ]person)\)",
    )
});

/// A remote place entry naming who may apply: "Remote (EU)", "Remote - US", "Remote within
/// Canada".
static REMOTE_ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    compile_pattern(
        r"(?i)^(?:fully\s+|100\s?%\s*)?remote\s*(?:\(\s*([^)]+?)\s*\)|[-–—:]\s*(.+)|\s+(?:within|in|from)\s+(.+))$",
    )
});

/// A work-mode note in a title: "Line Cook (on-site)", "Engineer (Remote, US)", "Analyst
/// [Hybrid - Berlin]".
static TITLE_MODE: LazyLock<Regex> = LazyLock::new(|| {
    compile_pattern(
        r"(?i)[(\[]\s*(?:fully\s+|100\s?%\s*)?(remote|hybrid|on-?site|on site|in-office)\s*(?:[-–—,:/]\s*([^)\]]+?))?\s*[)\]]",
    )
});

/// Words of a place entry that only name a work arrangement ("Virtual (100% Remote)",
/// "Full-time Telework").
const MODE_WORDS: &[&str] = &[
    "virtual",
    "remote",
    "remotely",
    "fully",
    "100",
    "hybrid",
    "on",
    "site",
    "onsite",
    "in",
    "office",
    "person",
    "telework",
    "telecommute",
    "full",
    "time",
    "work",
    "from",
    "home",
];

/// A street address before a city: "1200 Main St, Springfield" (the street's name is
/// capitalised: see [`street_before`]).
static STREET: LazyLock<Regex> =
    LazyLock::new(|| compile_pattern(r"\b\d{1,6}[A-Za-z]?\s+(\w)[\w.'-]*"));

/// True when `text` has a street number and a capitalised street name ("1200 Main St").
fn street_before(text: &str) -> bool {
    STREET.captures_iter(text).any(|captures| {
        captures
            .get(1)
            .is_some_and(|first| first.as_str().starts_with(char::is_uppercase))
    })
}

/// A postal code right after a place: US ZIP, Canadian, UK and Irish codes, European codes.
static POSTAL_CODE: LazyLock<Regex> = LazyLock::new(|| {
    compile_pattern(&format!(
        r"^,?\s+(?:\d{{5}}(?:-\d{{4}})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d|{UK_OUTWARD}\s?\d[A-Z]{{2}}|{EIRCODE_KEY}\s?{EIRCODE_ID}|\d{{4,6}})\b",
    ))
});

/// A title ends with its place after a separator: "Barista - Portland, OR", "Engineer |
/// Berlin", "Line Cook (Lisbon)".
static TITLE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    compile_pattern(
        r"(?:\s[-–—|·@]\s|,\s+|\s+in\s+|\s+at\s+|\s*[(\[])\s*([^-–—|·@(\[]+?)[)\]]?\s*$",
    )
});

/// Words that name a part of a place before it ("North Cork", "Greater Manchester").
const COMPASS: &[&str] = &[
    "North", "South", "East", "West", "Mid", "Central", "Greater", "Upper", "Lower", "Inner",
    "Outer", "Northern", "Southern", "Eastern", "Western",
];

/// True when `text` names places and nothing else: places, commas, a postal code, and the
/// part of a place ([`COMPASS`]).
fn only_places(text: &str, places: &[PlaceMatch]) -> bool {
    if places.is_empty() {
        return false;
    }
    let mut rest = String::new();
    let mut cursor = 0;
    for place in places {
        rest.push_str(text.get(cursor..place.span.start).unwrap_or_default());
        rest.push(' ');
        cursor = place.span.end;
    }
    rest.push_str(text.get(cursor..).unwrap_or_default());
    // "North Cork", "Greater Manchester": a part of a place is a place.
    let rest = rest
        .split_whitespace()
        .filter(|word| !COMPASS.contains(word))
        .collect::<Vec<_>>()
        .join(" ");
    rest.chars()
        .all(|c| !c.is_alphabetic() || c.is_ascii_uppercase())
        && rest.split_whitespace().all(|word| {
            let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
            letters.len() <= 2
        })
}

fn mode_words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_owned)
        .collect()
}

/// True when a place entry only names a work arrangement ("Virtual", "Full-time Telework").
fn is_mode_only(entry: &str) -> bool {
    let words = mode_words(entry);
    !words.is_empty() && words.iter().all(|word| MODE_WORDS.contains(&word.as_str()))
}

/// Sets the work mode, when none is set, from a work-mode-only entry.
fn set_mode_from_words(location: &mut Location, entry: &str) {
    location.work_mode.get_or_insert(arrangement_mode(entry));
}

/// Takes bracketed work-mode notes and work-mode-only entries out of `places` (the words go
/// to `consumed`, the mode to the work mode), and moves "Anywhere in the U.S." of a remote
/// role to who may apply.
fn tidy_places(location: &mut Location, consumed: &mut Vec<String>) {
    if location.places.trim().is_empty() {
        return;
    }
    let mut kept: Vec<String> = Vec::new();
    let places = std::mem::take(&mut location.places);
    for entry in places.split(';') {
        let mut entry = entry.trim().to_owned();
        while let Some(captures) = MODE_NOTE.captures(&entry) {
            let (Some(whole), Some(mode)) = (captures.get(0), captures.get(1)) else {
                break;
            };
            location
                .work_mode
                .get_or_insert(arrangement_mode(mode.as_str()));
            consumed.push(whole.as_str().trim().to_owned());
            entry.replace_range(whole.range(), "");
        }
        // "Virtual, Washington, DC": a leading part that only names the arrangement.
        let mut parts: Vec<&str> = entry.split(',').map(str::trim).collect();
        while parts.len() > 1 && is_mode_only(parts[0]) {
            set_mode_from_words(location, parts[0]);
            consumed.push(parts.remove(0).to_owned());
        }
        let entry = parts
            .join(", ")
            .trim()
            .trim_end_matches(',')
            .trim()
            .to_owned();
        if entry.is_empty() {
            continue;
        }
        // The same place twice ("Location:" repeated further down): keep one.
        if kept.iter().any(|other| other.eq_ignore_ascii_case(&entry)) {
            consumed.push(entry);
            continue;
        }
        if is_mode_only(&entry) {
            set_mode_from_words(location, &entry);
            consumed.push(entry);
            continue;
        }
        if let Some(captures) = REMOTE_ENTRY.captures(&entry) {
            let who = (1..=3).find_map(|group| captures.get(group));
            if let Some(who) = who.filter(|_| location.remote_eligibility.trim().is_empty()) {
                location.work_mode.get_or_insert(WorkMode::Remote);
                location.remote_eligibility = who.as_str().trim().to_owned();
                let label = entry[..who.start()].trim_end_matches(['(', ' ', '-', '–', '—', ':']);
                consumed.push(label.trim().to_owned());
                continue;
            }
        }
        let anywhere = entry.to_lowercase().starts_with("anywhere");
        if anywhere
            && location.work_mode == Some(WorkMode::Remote)
            && location.remote_eligibility.trim().is_empty()
        {
            location.remote_eligibility = entry;
            continue;
        }
        kept.push(entry);
    }
    location.places = kept.join("; ");
}

/// The work mode of a title's note ("Engineer (Remote, US)"), with who may apply for a
/// remote role or the place of another; the title keeps its words.
fn mode_from_title(posting: &mut Posting) {
    if posting.location.work_mode.is_some() {
        return;
    }
    let Some(captures) = TITLE_MODE.captures(&posting.title) else {
        return;
    };
    let Some(mode) = captures.get(1) else {
        return;
    };
    let mode = arrangement_mode(mode.as_str());
    let location = &mut posting.location;
    location.work_mode = Some(mode);
    let Some(rest) = captures.get(2).map(|rest| rest.as_str().trim().to_owned()) else {
        return;
    };
    if mode == WorkMode::Remote && location.remote_eligibility.trim().is_empty() {
        location.remote_eligibility = rest;
    } else if mode != WorkMode::Remote && location.places.trim().is_empty() {
        location.places = rest;
    }
}

/// A place named by the title: "Barista - Portland, OR" gives "Portland, OR".
fn place_in_title(title: &str) -> Option<String> {
    let captures = TITLE_TAIL.captures(title.trim())?;
    let tail = captures.get(1)?.as_str().trim();
    let places = find_places_in_location(tail);
    only_places(tail, &places).then(|| tail.to_owned())
}

/// True when `line` is a street address that names its place ([`place_in_address`]).
pub(crate) fn is_address_line(line: &str) -> bool {
    place_in_address(line).is_some()
}

/// A city with its region or country in a street address: "1200 Main St, Springfield, IL
/// 62701" gives "Springfield, IL"; a city alone before a postcode of letters and digits
/// (British, Canadian): "Unit 7, Foreman Road, Hunslet, Leeds LS10 1QJ" gives "Leeds".
fn place_in_address(line: &str) -> Option<String> {
    // A street number or a postal code has a digit: most lines are done without a search.
    if !line.bytes().any(|byte| byte.is_ascii_digit()) {
        return None;
    }
    let places = find_places(line);
    for (span, members) in place_runs(line, &places) {
        let run = &places[members];
        // A known town or a city-state alone, with a postcode of figures, ending a street
        // address: "48 Constable Street, Newtown, Wellington 6021", "10 Anson Road, #22-05
        // International Plaza, Singapore 079903".
        let numbered_end = run.len() == 1
            && matches!(run[0].kind, PlaceKind::City | PlaceKind::Country)
            && POSTAL_CODE
                .find(&line[span.end..])
                .is_some_and(|code| line[span.end + code.end()..].trim().is_empty())
            && street_before(&line[..span.start]);
        if numbered_end {
            return Some(line[span].to_owned());
        }
        if run[0].kind != PlaceKind::City {
            // A town the place data does not know, between the street and its region or
            // country: "2380 Departure Bay Road, Nanaimo, BC V9S 3V7", "48 Seymour Street,
            // Blenheim 7201, New Zealand".
            let before = line[..span.start].trim_end().trim_end_matches(',');
            let (street, town) = before.rsplit_once(',').unwrap_or(("", before));
            let postal_after = POSTAL_CODE.is_match(&line[span.end..]);
            // Before a country, the town carries its postcode ("Blenheim 7201, New Zealand"):
            // a country's name is also a town's ("Lebanon, TN").
            let coded = town
                .split_whitespace()
                .last()
                .is_some_and(|word| word.bytes().all(|byte| byte.is_ascii_digit()));
            let town_kind = run[0].kind == PlaceKind::Region || coded;
            if let Some(town) = town_name(town).filter(|_| town_kind) {
                if street_before(street) || postal_after {
                    return Some(format!("{town}, {}", &line[span]));
                }
            }
            continue;
        }
        let postal_after = POSTAL_CODE.find(&line[span.end..]);
        if run.len() == 1 {
            let lettered = postal_after
                .is_some_and(|code| code.as_str().chars().any(|c| c.is_ascii_alphabetic()));
            if lettered {
                return Some(line[span].to_owned());
            }
            continue;
        }
        if run[1].kind == PlaceKind::City {
            continue;
        }
        let street_before = street_before(&line[..span.start]);
        if street_before || postal_after.is_some() {
            return Some(line[span].to_owned());
        }
    }
    town_region_code(line).or_else(|| town_before_postcode(line))
}

/// A town the place data does not know, ending an address line with a British postcode or an
/// Irish Eircode, which say the country: "Ffordd Rhuthun, Gresford, Wrexham LL12 8RT" gives
/// "Wrexham, United Kingdom"; "Main Street, Oranmore, Co. Galway H91 X2Y3" is left to the
/// place data.
fn town_before_postcode(line: &str) -> Option<String> {
    static PATTERN: LazyLock<Regex> = LazyLock::new(|| {
        compile_pattern(&format!(
            r"(?:^|,)\s*([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){{0,2}})\s+(?:({UK_OUTWARD}\s\d[ABD-HJLNP-UW-Z]{{2}})|({EIRCODE_KEY}\s{EIRCODE_ID}))\s*$",
        ))
    });
    let captures = PATTERN.captures(line.trim_end())?;
    let town = town_name(captures.get(1)?.as_str())?;
    let country = if captures.get(2).is_some() {
        "United Kingdom"
    } else {
        "Ireland"
    };
    Some(format!("{town}, {country}"))
}

/// A town the place data does not know with a region's code and a postcode after a street:
/// "2380 Departure Bay Road, Nanaimo, BC V9S 3V7" gives "Nanaimo, BC". (A code such as "BC"
/// counts as a place only where the text is about places, as here between a street and its
/// postcode.)
fn town_region_code(line: &str) -> Option<String> {
    static PATTERN: LazyLock<Regex> = LazyLock::new(|| {
        compile_pattern(
            r"(?:^|,)\s*([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}),\s*([A-Z]{2,3})\s+(?:\d{4,5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b",
        )
    });
    PATTERN.captures_iter(line).find_map(|captures| {
        let (town, code) = (captures.get(1)?, captures.get(2)?);
        let region = find_places_in_location(code.as_str())
            .first()
            .is_some_and(|place| place.kind == PlaceKind::Region);
        (region && town_name(town.as_str()).is_some() && street_before(&line[..town.start()]))
            .then(|| format!("{}, {}", town.as_str(), code.as_str()))
    })
}

/// A short line that is nothing but places: "Denver, Colorado, United States".
fn place_line(line: &str) -> Option<String> {
    let line = line
        .trim()
        .trim_start_matches(['-', '*', '•'])
        .trim()
        .trim_end_matches('.');
    // (Stops at the ninth word: a paragraph line can be long.)
    if line.split_whitespace().nth(8).is_some() {
        return None;
    }
    let places = find_places(line);
    let known =
        only_places(line, &places) && places.iter().any(|place| place.kind == PlaceKind::City);
    (known || town_before_place(line, &places)).then(|| line.to_owned())
}

/// Words that make the capitalised words before a place something other than a town: a
/// role, a team or a heading ("Sales Manager, Texas", "About Us, Ireland").
const NOT_A_TOWN: &[&str] = &[
    "manager",
    "engineer",
    "sales",
    "team",
    "teams",
    "role",
    "office",
    "offices",
    "department",
    "remote",
    "hybrid",
    "about",
    "our",
    "the",
    "location",
    "locations",
    "based",
    "head",
    "lead",
    "director",
    "officer",
    "assistant",
    "worker",
    "nurse",
    "driver",
    "jobs",
    "careers",
    // Parts of an address: "Suite B, Lebanon".
    "suite",
    "unit",
    "floor",
    "level",
    "building",
    "room",
    "box",
    "po",
];

/// The town `text` (before a place) names, when it names one the place data does not know:
/// one to three capitalised words, perhaps with a postcode after them ("Blenheim 7201" gives
/// "Blenheim").
fn town_name(text: &str) -> Option<&str> {
    let text = text.trim().trim_end_matches(',').trim_end();
    // A note on where the town is: "Clunton (nr Bishop's Castle)" gives "Clunton".
    let text = match text
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once(" ("))
    {
        Some((town, note)) if !note.contains(['(', ')']) => town.trim_end(),
        _ => text,
    };
    // A postcode after the town: "Blenheim 7201".
    let name = text
        .rsplit_once(' ')
        .filter(|(_, code)| code.len() <= 5 && code.bytes().all(|byte| byte.is_ascii_digit()))
        .map_or(text, |(name, _)| name.trim_end());
    let words = name.split_whitespace().count();
    ((1..=3).contains(&words)
        && name.split_whitespace().all(|word| {
            let mut chars = word.chars();
            chars.next().is_some_and(|first| first.is_uppercase())
                && chars.all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
                && !NOT_A_TOWN.contains(&word.to_lowercase().as_str())
        }))
    .then_some(name)
}

/// A short line naming a town the place data does not know before a region or country it
/// knows, with nothing else but a postcode: "Lehi, Utah", "Blenheim 7201, New Zealand".
fn town_before_place(line: &str, places: &[PlaceMatch]) -> bool {
    let Some(first) = places.first() else {
        return false;
    };
    let before = &line[..first.span.start];
    let region = places
        .iter()
        .any(|place| matches!(place.kind, PlaceKind::Region | PlaceKind::Country));
    // After the first place: more places, postcodes and commas only.
    let mut cursor = first.span.end;
    let mut rest = String::new();
    for place in &places[1..] {
        rest.push_str(line.get(cursor..place.span.start).unwrap_or_default());
        rest.push(' ');
        cursor = place.span.end;
    }
    rest.push_str(line.get(cursor..).unwrap_or_default());
    let only_codes = rest
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|word| !word.is_empty())
        .all(|word| {
            word.len() <= 8
                && word.bytes().any(|byte| byte.is_ascii_digit())
                && word
                    .bytes()
                    .all(|byte| byte.is_ascii_uppercase() || byte.is_ascii_digit())
        });
    region && only_codes && town_name(before).is_some()
}

/// The country all the places of `places` are in, when they agree on one.
fn common_country(places: &str) -> Option<&'static str> {
    let found = find_places_in_location(places);
    let first = found.first()?.country;
    (first != "EU" && found.iter().all(|place| place.country == first)).then_some(first)
}

/// The first place named in the text: a street address ("1200 Main St, Springfield, IL
/// 62701"), which stays in its text, or a line of nothing but places ("Denver, CO" under the
/// title), which moves to the location: left in the summary too, the preview and the exports
/// would say it twice. Its words go to `consumed`.
fn place_from_text(posting: &mut Posting, consumed: &mut Vec<String>) -> Option<String> {
    let (place, mode) = place_and_mode_from_text(posting, consumed)?;
    if posting.location.work_mode.is_none() {
        posting.location.work_mode = mode;
    }
    Some(place)
}

/// [`place_from_text`]'s search: the place, and the work mode of a note after a line of
/// places ("Leeds (hybrid)").
fn place_and_mode_from_text(
    posting: &mut Posting,
    consumed: &mut Vec<String>,
) -> Option<(String, Option<WorkMode>)> {
    let texts = [
        &mut posting.summary,
        &mut posting.unplaced,
        &mut posting.how_to_apply.text,
        &mut posting.about_company,
    ];
    for text in texts {
        // (A signature's address is the sender's office: "Brightwire Recruitment Ltd, 14 King
        // Street, Manchester M2 6AZ".)
        let signature = signature_start(text).unwrap_or(text.len());
        for range in lines(text) {
            if range.start >= signature {
                break;
            }
            let line = &text[range.clone()];
            if let Some(place) = place_in_address(line) {
                return Some((place, None));
            }
            // "📍 Derby", "📍 Leeds (hybrid)": a place the map pin marks, taken out of the text
            // like a line of places (a town the place data does not know too).
            let pinned = pinned_place(line);
            let places = pinned.unwrap_or(line);
            let (place, mode) = match place_line(places) {
                Some(place) => (place, None),
                None => match (place_line_with_mode(places), pinned) {
                    (Some((place, mode)), _) => (place, Some(mode)),
                    (None, Some(place)) => (place.to_owned(), None),
                    (None, None) => continue,
                },
            };
            consumed.push(line.to_owned());
            remove_line(text, range);
            return Some((place, mode));
        }
    }
    None
}

/// A line of places with a work-mode note in brackets: "Leeds (hybrid)" gives "Leeds" and
/// hybrid work.
fn place_line_with_mode(line: &str) -> Option<(String, WorkMode)> {
    let captures = TITLE_MODE.captures(line)?;
    let note = captures.get(0)?;
    // The note ends the line and says nothing more ("(hybrid, 2 days in the office)" is
    // left alone).
    if !line[note.end()..].trim().is_empty() || captures.get(2).is_some() {
        return None;
    }
    let place = place_line(&line[..note.start()])?;
    Some((place, arrangement_mode(captures.get(1)?.as_str())))
}

/// Removes the line at `range` from `text`, with its line break, and the blank line it leaves
/// at the start or between two paragraphs.
fn remove_line(text: &mut String, range: Range<usize>) {
    let end = text[range.end..]
        .find('\n')
        .map_or(text.len(), |offset| range.end + offset + 1);
    text.replace_range(range.start..end, "");
    let start = range.start;
    if text[start..].starts_with('\n') && (start == 0 || text[..start].ends_with("\n\n")) {
        text.remove(start);
    }
    let trimmed = text.trim().len();
    if trimmed != text.len() {
        *text = text.trim().to_owned();
    }
}

/// Fills the location fields once the splitter has placed every line: tidies the places
/// (work-mode notes out, "Anywhere in ..." of a remote role to who may apply), finds a place
/// in the title, a street address or a line of places when no "Location:" gave one, and sets
/// the country (ISO 3166-1 alpha-2 code, as the JSON-LD import does) when every place is in
/// the same one. Words taken out of the places go to `consumed`.
pub(crate) fn complete(posting: &mut Posting, consumed: &mut Vec<String>) {
    tidy_places(&mut posting.location, consumed);
    mode_from_title(posting);
    let location_given =
        !posting.location.places.trim().is_empty() || !posting.location.country.trim().is_empty();
    if !location_given {
        let from_title = place_in_title(&posting.title);
        let found = if from_title.is_some() {
            from_title
        } else {
            place_from_text(posting, consumed)
        };
        if let Some(place) = found {
            match country_code(&place) {
                Some(code) => posting.location.country = code.to_owned(),
                None => posting.location.places = place,
            }
        }
    }
    if posting.location.country.trim().is_empty() {
        if let Some(code) = common_country(&posting.location.places) {
            posting.location.country = code.to_owned();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Asserts the places and the country that completing a posting with this summary finds.
    fn assert_place_and_country(summary: &str, places: &str, country: &str) {
        let posting = Posting {
            summary: summary.into(),
            ..Posting::default()
        };
        let (location, _) = completed(posting);
        assert_eq!(
            (location.places.as_str(), location.country.as_str()),
            (places, country),
            "{summary}"
        );
    }

    fn completed(posting: Posting) -> (Location, Vec<String>) {
        let mut posting = posting;
        let mut consumed = Vec::new();
        complete(&mut posting, &mut consumed);
        (posting.location, consumed)
    }

    fn completed_posting(mut posting: Posting) -> (Location, Posting) {
        complete(&mut posting, &mut Vec::new());
        (posting.location.clone(), posting)
    }

    fn with_places(places: &str, work_mode: Option<WorkMode>) -> Posting {
        Posting {
            location: Location {
                places: places.into(),
                work_mode,
                ..Location::default()
            },
            ..Posting::default()
        }
    }

    #[test]
    fn sets_the_country_of_the_places() {
        let (location, _) = completed(with_places("Munich, Germany", None));
        assert_eq!(
            (location.places.as_str(), location.country.as_str()),
            ("Munich, Germany", "DE")
        );
        let (location, _) = completed(with_places(
            "Washington, DC; San Francisco, CA; Chicago, IL; New York, NY",
            None,
        ));
        assert_eq!(location.country, "US");
        let (location, _) = completed(with_places("Berlin; Lisbon", None));
        assert_eq!(location.country, "");
        // A street named after a place elsewhere ("Brighton Blvd") leaves the city and its
        // state to say the country.
        let (location, _) = completed(with_places(
            "3350 Brighton Blvd, Suite 210, Denver, CO 80216",
            None,
        ));
        assert_eq!(location.country, "US");
    }

    #[test]
    fn takes_work_mode_notes_out_of_places() {
        let (location, consumed) = completed(with_places("Berlin (hybrid)", None));
        assert_eq!(location.places, "Berlin");
        assert_eq!(location.work_mode, Some(WorkMode::Hybrid));
        assert_eq!(consumed, ["(hybrid)"]);
        let (location, consumed) = completed(with_places(
            "Virtual (100% Remote); Washington, DC; Boston, MA",
            Some(WorkMode::Remote),
        ));
        assert_eq!(location.places, "Washington, DC; Boston, MA");
        assert_eq!(location.country, "US");
        assert_eq!(consumed, ["(100% Remote)", "Virtual"]);
        let (location, consumed) = completed(with_places(
            "Virtual (100% Remote), Washington, DC; Denver, CO; Washington, DC",
            None,
        ));
        assert_eq!(location.places, "Washington, DC; Denver, CO");
        assert_eq!(location.work_mode, Some(WorkMode::Remote));
        assert_eq!(consumed, ["(100% Remote)", "Virtual", "Washington, DC"]);
        let (location, _) = completed(with_places(
            "Anywhere in the U.S. (remote)",
            Some(WorkMode::Remote),
        ));
        assert_eq!(location.places, "");
        assert_eq!(location.remote_eligibility, "Anywhere in the U.S.");
    }

    #[test]
    fn reads_remote_entries_and_title_notes() {
        let (location, consumed) = completed(with_places("Berlin; Remote (EU)", None));
        assert_eq!(location.places, "Berlin");
        assert_eq!(location.remote_eligibility, "EU");
        assert_eq!(location.work_mode, Some(WorkMode::Remote));
        assert_eq!(location.country, "DE");
        assert_eq!(consumed, ["Remote"]);
        let posting = Posting {
            title: "Support Engineer (Remote, US)".into(),
            ..Posting::default()
        };
        let (location, _) = completed(posting);
        assert_eq!(location.work_mode, Some(WorkMode::Remote));
        assert_eq!(location.remote_eligibility, "US");
        let posting = Posting {
            title: "Line Cook (on-site)".into(),
            ..Posting::default()
        };
        assert_eq!(completed(posting).0.work_mode, Some(WorkMode::OnSite));
    }

    #[test]
    fn finds_a_place_in_the_title() {
        let posting = Posting {
            title: "Barista - Portland, OR".into(),
            ..Posting::default()
        };
        let (location, _) = completed(posting);
        assert_eq!(
            (location.places.as_str(), location.country.as_str()),
            ("Portland, OR", "US")
        );
        let posting = Posting {
            title: "Senior Engineer - Platform".into(),
            ..Posting::default()
        };
        assert_eq!(completed(posting).0, Location::default());
        let posting = Posting {
            title: "Line Cook (Lisbon)".into(),
            ..Posting::default()
        };
        assert_eq!(completed(posting).0.country, "PT");
    }

    #[test]
    fn moves_a_line_of_places_out_of_the_text() {
        let posting = Posting {
            summary: "Moncton, NB\n\nWe answer calls.\nBrightLine".into(),
            ..Posting::default()
        };
        let (location, posting) = completed_posting(posting);
        assert_eq!(location.places, "Moncton, NB");
        assert_eq!(posting.summary, "We answer calls.\nBrightLine");
        // Between two paragraphs: one blank line stays.
        let posting = Posting {
            summary: "BrightLine Contact\n\nDublin\n\nWe answer calls.".into(),
            ..Posting::default()
        };
        let (location, posting) = completed_posting(posting);
        assert_eq!(
            (location.places.as_str(), location.country.as_str()),
            ("Dublin", "IE")
        );
        assert_eq!(posting.summary, "BrightLine Contact\n\nWe answer calls.");
        // A work-mode note after the places.
        let posting = Posting {
            summary: "Leeds (hybrid)\n\nWe answer calls.".into(),
            ..Posting::default()
        };
        let (location, posting) = completed_posting(posting);
        assert_eq!(location.places, "Leeds");
        assert_eq!(location.work_mode, Some(WorkMode::Hybrid));
        assert_eq!(posting.summary, "We answer calls.");
        // An address stays where it is written.
        let posting = Posting {
            summary: "Our store: 1200 Main St, Springfield, IL 62701".into(),
            ..Posting::default()
        };
        let (_, posting) = completed_posting(posting);
        assert_eq!(
            posting.summary,
            "Our store: 1200 Main St, Springfield, IL 62701"
        );
    }

    #[test]
    fn finds_a_store_address_and_a_place_line() {
        let posting = Posting {
            summary: "Join our team!\n\nOur store: 1200 Main St, Springfield, IL 62701".into(),
            ..Posting::default()
        };
        let (location, _) = completed(posting);
        assert_eq!(location.places, "Springfield, IL");
        assert_eq!(location.country, "US");
        let posting = Posting {
            unplaced: "Denver, Colorado, United States".into(),
            ..Posting::default()
        };
        assert_eq!(
            completed(posting).0.places,
            "Denver, Colorado, United States"
        );
        // A British address: the city alone before its postcode.
        let posting = Posting {
            summary: "Unit 7, Foreman Road Trading Estate, Hunslet, Leeds LS10 1QJ".into(),
            ..Posting::default()
        };
        let (location, _) = completed(posting);
        assert_eq!(
            (location.places.as_str(), location.country.as_str()),
            ("Leeds", "GB")
        );
        // An Irish address: the city before its Eircode.
        let posting = Posting {
            summary: "Oliver Plunkett Street, Cork City, T12 X2F8\nFull-time".into(),
            ..Posting::default()
        };
        let (location, _) = completed(posting);
        assert_eq!(
            (location.places.as_str(), location.country.as_str()),
            ("Cork City", "IE")
        );
        // A code of letters and digits that is no postcode, or one inside a sentence.
        for summary in [
            "Our part numbers end in AB12 3CD",
            "Send it to Wrexham LL12 8RT by Friday, please.",
        ] {
            let posting = Posting {
                summary: summary.into(),
                ..Posting::default()
            };
            assert_eq!(completed(posting).0.places, "", "{summary}");
        }
        // A city and a year is no address.
        let posting = Posting {
            summary: "We moved to Leeds 2019 and grew.".into(),
            ..Posting::default()
        };
        assert_eq!(completed(posting).0.places, "");
        // A place the map pin marks, with or without a work-mode note.
        for (summary, places, mode) in [
            ("📍 Derby\n\nWe are hiring pickers.", "Derby", None),
            ("📍 Hebden Bridge\nWe bake bread.", "Hebden Bridge", None),
            (
                "📍 Leeds (hybrid)\nWe sell paint.",
                "Leeds",
                Some(WorkMode::Hybrid),
            ),
        ] {
            let posting = Posting {
                summary: summary.into(),
                ..Posting::default()
            };
            let (location, consumed) = completed(posting);
            assert_eq!(location.places, places, "{summary}");
            assert_eq!(location.work_mode, mode, "{summary}");
            assert_eq!(consumed.len(), 1, "{summary}");
        }
        // A pin before a sentence marks no place line.
        let posting = Posting {
            summary: "📍 Come and see us at the fair on Friday.".into(),
            ..Posting::default()
        };
        assert_eq!(completed(posting).0.places, "");
        // A known town or a city-state with a postcode of figures, ending a street address.
        for (summary, places, country) in [
            (
                "48 Constable Street, Newtown, Wellington 6021",
                "Wellington",
                "NZ",
            ),
            (
                "10 Anson Road, #22-05 International Plaza, Singapore 079903",
                "",
                "SG",
            ),
        ] {
            assert_place_and_country(summary, places, country);
        }
        // Not after a street, or not at the end of the line.
        for summary in [
            "We have 12 sites across Wellington 6021 households",
            "Wellington 6021 is our office.",
            "Projects: 400 in Singapore 2019",
        ] {
            let posting = Posting {
                summary: summary.into(),
                ..Posting::default()
            };
            assert_eq!(completed(posting).0.country, "", "{summary}");
        }
    }

    #[test]
    fn reads_a_town_the_place_data_does_not_know_before_a_place_it_does() {
        for (summary, places, country) in [
            (
                "Nepean Valley Motor Group\nPenrith NSW 2750\nFull time",
                "Penrith, NSW",
                "AU",
            ),
            ("Lehi, Utah\n\nWe sell software.", "Lehi, Utah", "US"),
            (
                "Wairau Museum, 48 Seymour Street, Blenheim 7201, New Zealand",
                "Blenheim, New Zealand",
                "NZ",
            ),
            (
                "Departure Bay Dental · 2380 Departure Bay Road, Nanaimo, BC V9S 3V7 · Permanent",
                "Nanaimo, BC",
                "CA",
            ),
            // A town the place data does not know, before a postcode that says the country.
            (
                "Bryn Derw Care Home\nFfordd Rhuthun, Gresford, Wrexham LL12 8RT\n\nWe care.",
                "Wrexham, United Kingdom",
                "GB",
            ),
            (
                "Civic Centre, Vicar Street, Kidderminster DY10 1DB",
                "Kidderminster, United Kingdom",
                "GB",
            ),
            (
                "Unit 4, Ballybrit, Oranmore H91 X2Y3",
                "Oranmore, Ireland",
                "IE",
            ),
            // A note on where the village is, in brackets after its name.
            (
                "The Drovers Arms, Clunton (nr Bishop's Castle), Shropshire SY7 0HT",
                "Clunton, Shropshire",
                "GB",
            ),
        ] {
            assert_place_and_country(summary, places, country);
        }
        // A part of an address is no town: the town is the word a country's name shares.
        let posting = Posting {
            summary: "Our branch, 1420 W Main St, Suite B, Lebanon, TN 37087.".into(),
            ..Posting::default()
        };
        assert_eq!(completed(posting).0.places, "Lebanon, TN");
        // A role or a heading before a place is no town.
        for summary in [
            "Sales Manager, Texas",
            "About Us, Ireland",
            "We are hiring in Texas",
        ] {
            let posting = Posting {
                summary: summary.into(),
                ..Posting::default()
            };
            assert_eq!(completed(posting).0.places, "", "{summary}");
        }
    }

    #[test]
    fn ignores_places_merely_mentioned() {
        let posting = Posting {
            summary: "We sell to shops in London, Paris and Berlin.\n\nA JD from a school in the United States.".into(),
            ..Posting::default()
        };
        assert_eq!(completed(posting).0, Location::default());
    }
}
