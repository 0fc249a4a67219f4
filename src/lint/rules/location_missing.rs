//! `location-missing`: no place and no remote policy.

use crate::lint::rule::{declare_rule, Context};
use crate::lint::Diagnostic;
use crate::model::{Section, WorkMode};
use crate::text::place::{
    arrangement_mode, find_places, find_places_in_tokens, find_work_arrangement,
    located_places_in_tokens, names_unknown_town_in_tokens, PlaceKind,
};
use crate::text::signature_start;

declare_rule! {
    /// Flags postings that do not say where the work happens or whether it can be remote.
    ///
    /// ## What it does
    /// Fires when the location section has no place, no country, no work mode (on-site,
    /// hybrid, remote) and no word on who may apply, and the text does not say where the
    /// work is either. The text says so when it names a place as the place of work: on a
    /// "Location:" or "Location -" line (or after a sentence of a paragraph: "Pay: £31,000 a
    /// year. Location: Oxford, hybrid"), as a city with its state or country ("Springfield, IL 62701",
    /// "Munich, Germany", or a town the place table does not know before its state: "Yakima,
    /// WA", "Wendouree VIC 3355"), after "based in", "relocate to" or "anywhere in", as the
    /// name of the premises ("at our Cardiff office", "the Moree depot"), as what premises or
    /// the job "is in" ("Our office is in Leeds", "The depot is in Doncaster"), after the employer's
    /// own words for a town it does not know ("a family-run bakery in Hebden Bridge", "just
    /// outside Methven", "join us in Tenby"), as the town whose best the employer is
    /// ("Halifax's busiest copier dealer"), in an address with a postcode (not in a
    /// recruiter's signature with an e-mail address; no place in a recruitment agency's
    /// signature counts), or at the end of a short line such as the
    /// title "Barista - Portland, OR"; or when it states a work
    /// arrangement: "fully remote", "remote-first", "Remote (US)", "work remotely", "hybrid
    /// role", "3 days a week in the office" (but not as the candidate's past: "experience in a
    /// remote-first environment"). On-site and hybrid work happen somewhere: when the posting
    /// says the work is on-site or hybrid and names no place ("On-site at our downtown
    /// office"), the finding says that the place is missing.
    ///
    /// ## Why is this bad?
    /// Where a person must work decides whether they can take the job at all; applicants who
    /// cannot relocate or commute waste their time and yours. For remote roles, tax, employment
    /// law and time zones usually limit who can be hired, and not saying so leads to rejected
    /// applications after interviews.
    ///
    /// ## Example
    /// ```text
    /// Our Office of Acquisition is moving to remote build caching; you will sell to banks
    /// in London and Paris.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Hybrid, Berlin (two office days a week); or remote within the EU.
    /// ```
    ///
    /// ## What it does not flag
    /// A location stated only in the text counts, even with the location section empty: the
    /// rule asks for the facts, not for a particular field (the importer fills the fields
    /// from such lines). It does not judge whether a place is precise enough ("United States"
    /// is a place) or check that a city exists. A stated work mode is enough: a fully remote
    /// role ("We're all remote") is not asked which countries or time zones it hires in.
    ///
    /// ```text
    /// Barista - Portland, OR
    /// Our store: 1200 Main St, Springfield, IL 62701
    /// ```
    id: "location-missing",
    category: Disclosure,
    severity: Warning,
    has_fix: false,
    check: check,
}

/// True when some text of the posting names a place as the place of work.
fn text_names_place(context: &Context) -> bool {
    context.texts.iter().any(|field| {
        let places = located_places_in_tokens(field.text, &field.tokens);
        !places.is_empty() && {
            let signature = signature_cut(field.text);
            places.iter().any(|place| place.span.start < signature)
        }
    })
}

/// True when a text names the employer by its town's name in the possessive: "Halifax's
/// busiest copier dealer", "Austin's favorite taqueria", "Leeds's leading law firm".
fn names_the_employer_by_town(context: &Context) -> bool {
    context.texts.iter().any(|field| {
        field.tokens.windows(2).any(|pair| {
            let Some(base) = pair[0].lower.strip_suffix("'s") else {
                return false;
            };
            let next = pair[1].lower.as_str();
            let praise = (next.len() > 4 && next.ends_with("est") && next != "west")
                || matches!(
                    next,
                    "leading" | "favourite" | "favorite" | "premier" | "top" | "only" | "own"
                );
            let written = &field.text[pair[0].span.clone()];
            praise
                && written.starts_with(char::is_uppercase)
                && find_places(&written[..base.len()])
                    .iter()
                    .any(|place| place.kind == PlaceKind::City)
        })
    })
}

/// Where a text's recruiter signature starts, or its end when it has none: the places of an
/// agency's signature are not the job's. Asked only of a text where a search found
/// something, as most find nothing.
fn signature_cut(text: &str) -> usize {
    signature_start(text).unwrap_or(text.len())
}

/// True when some text names a town the place table does not know by its region, the way
/// addresses do: a capitalised word, a comma, then a state or province ("Yakima, WA",
/// "Eugene, OR").
fn text_names_town_and_region(context: &Context) -> bool {
    context.texts.iter().any(|field| {
        // Read as a location line: a state written in capitals ("WA") counts.
        let places = find_places_in_tokens(field.text, &field.tokens, true);
        if !places.iter().any(|place| place.kind == PlaceKind::Region) {
            return false;
        }
        let signature = signature_cut(field.text);
        places
            .iter()
            .filter(|place| place.kind == PlaceKind::Region && place.span.start < signature)
            .any(|region| {
                let before = &field.text[..region.span.start];
                // "Wendouree VIC 3355": an Australian address puts the state and the postcode
                // after the town, with no comma.
                let postcode =
                    field.text[region.span.end..]
                        .strip_prefix(' ')
                        .is_some_and(|after| {
                            after.len() >= 4
                                && after.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                                && !after.as_bytes().get(4).is_some_and(u8::is_ascii_digit)
                        });
                let Some(town) = before
                    .strip_suffix(", ")
                    .or_else(|| before.strip_suffix(' ').filter(|_| postcode))
                else {
                    return false;
                };
                let word = town
                    .rsplit(|c: char| !c.is_alphabetic() && c != '-' && c != '.')
                    .next()
                    .unwrap_or("");
                word.len() >= 3 && word.starts_with(|c: char| c.is_uppercase())
            })
    })
}

/// True when some text of the posting states a work arrangement (remote, hybrid, on-site)
/// of this job: not one the candidate should have experience of ("Previous experience in a
/// remote first environment").
fn text_states_arrangement(context: &Context) -> bool {
    context.texts.iter().any(|field| {
        let mut from = 0;
        while let Some(found) = field.text.get(from..).and_then(find_work_arrangement) {
            let (start, end) = (from + found.start, from + found.end);
            let line_start = field.text[..start].rfind('\n').map_or(0, |index| index + 1);
            let before = field.text[line_start..start].to_lowercase();
            // On-site and hybrid work happen somewhere: only a remote arrangement answers
            // the question without a place.
            let remote = arrangement_mode(&field.text[start..end]) == WorkMode::Remote;
            if !before.contains("experience") && remote {
                return true;
            }
            from = end.max(start + 1);
        }
        false
    })
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let location = &context.posting.location;
    let eligibility_given = !location.remote_eligibility.trim().is_empty();
    // "At our downtown office" in the places field names no place: a name (a capital, or a
    // script without case: "東京都") or an address (a figure) does.
    let place_given = location
        .places
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| word.starts_with(|c: char| c.is_alphanumeric() && !c.is_lowercase()))
        || !location.country.trim().is_empty();
    if place_given || eligibility_given || location.work_mode == Some(WorkMode::Remote) {
        return;
    }
    if text_names_place(context)
        || text_names_town_and_region(context)
        || names_the_employer_by_town(context)
    {
        return;
    }
    // A remote arrangement answers without a place (read before the towns, the slower search).
    if location.work_mode.is_none() && text_states_arrangement(context) {
        return;
    }
    // (The text before its signature names a town only if the whole text does.)
    let names_unknown_town = context.texts.iter().any(|field| {
        names_unknown_town_in_tokens(field.text, &field.tokens)
            && names_unknown_town_in_tokens(&field.text[..signature_cut(field.text)], &field.tokens)
    });
    if names_unknown_town {
        return;
    }
    // On-site or hybrid work with no place says how, not where.
    if let Some(mode) = location.work_mode {
        diagnostics.push(Diagnostic::posting_level(
            &RULE,
            Section::Location,
            format!(
                "the posting says the work is {} but not where",
                mode.label().to_lowercase()
            ),
            "Add the place: the town or city, and the region or country.",
        ));
        return;
    }
    // (A remote arrangement in the text was looked for above: the work mode is not given.)
    diagnostics.push(Diagnostic::posting_level(
        &RULE,
        Section::Location,
        "the posting does not say where the work happens or whether it can be remote",
        "Add the place (or places) and the work mode: on-site, hybrid or remote.",
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{run, summary};
    use crate::model::{Location, Posting, WorkMode};

    #[test]
    fn flags_on_site_work_with_no_place() {
        let mut posting = summary("Draft pleadings for the partners.");
        posting.location.work_mode = Some(WorkMode::OnSite);
        posting.location.places = "at our downtown office".into();
        let diagnostics = run(&RULE, &posting);
        assert_eq!(diagnostics.len(), 1);
        assert!(diagnostics[0].message.contains("on-site but not where"));
        posting.location.places = "Downtown Tulsa".into();
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn the_town_whose_best_the_employer_is_says_where() {
        for text in [
            "We are Halifax's busiest copier dealer.",
            "Join Leeds\u{2019}s leading law firm.",
        ] {
            assert!(run(&RULE, &summary(text)).is_empty(), "{text}");
        }
        // Not a town, not praise, or in lower case: no place.
        for text in [
            "We are the region's busiest copier dealer.",
            "Halifax's copiers are ours.",
            "We sell halifax's best.",
        ] {
            assert_eq!(run(&RULE, &summary(text)).len(), 1, "{text}");
        }
    }

    #[test]
    fn flags_no_location() {
        let diagnostics = run(&RULE, &summary("Build APIs."));
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(diagnostics[0].section, Section::Location);
    }

    #[test]
    fn ignores_a_remote_role_that_names_no_country() {
        let posting = Posting {
            location: Location {
                work_mode: Some(WorkMode::Remote),
                ..Location::default()
            },
            ..Posting::default()
        };
        assert!(run(&RULE, &posting).is_empty());
        assert!(run(&RULE, &summary("We're all remote.")).is_empty());
    }

    #[test]
    fn ignores_remote_with_eligibility_in_the_text() {
        let mut posting = summary("Open to applicants anywhere in the United States.");
        posting.location.work_mode = Some(WorkMode::Remote);
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_office_and_remote_as_mere_words() {
        for text in [
            "Our Office of Acquisition buys software.",
            "Set up remote build caching for the monorepo.",
            "Experience working with a remote team. A JD from a school in the United States.",
            "Previous experience in a remote first environment preferred.",
            "We sell to banks in London and Paris.",
        ] {
            assert_eq!(run(&RULE, &summary(text)).len(), 1, "{text}");
        }
    }

    #[test]
    fn ignores_given_places_and_text_mentions() {
        let posting = Posting {
            location: Location {
                places: "Lisbon".into(),
                ..Location::default()
            },
            ..Posting::default()
        };
        assert!(run(&RULE, &posting).is_empty());
        for text in [
            "Fully remote within the EU.",
            "This role is remote-first.",
            "Remote (US)",
            "You will work remotely.",
            "Ability to thrive in a fully remote organization.",
            "Experience with Go.\nThis role is fully remote.",
            "Visit our store at 1200 Main St, Springfield, IL 62701.",
            "The team is based in Denver.",
        ] {
            assert!(run(&RULE, &summary(text)).is_empty(), "{text}");
        }
    }

    #[test]
    fn ignores_a_small_town_with_its_state() {
        let posting = summary("Valle Family Clinic · Yakima, WA · Full-time");
        assert!(run(&RULE, &posting).is_empty());
        let posting =
            summary("Lakeside Veterinary Hospital, 214 Gillies Street North, Wendouree VIC 3355");
        assert!(run(&RULE, &posting).is_empty());
        let posting = summary("Our team of 12 VIC members.");
        assert_eq!(run(&RULE, &posting).len(), 1);
        let posting = summary("Build APIs in Rust, Go and Python.");
        assert_eq!(run(&RULE, &posting).len(), 1);
    }

    #[test]
    fn ignores_a_town_the_place_data_does_not_know_named_as_the_place() {
        for text in [
            "We're a family-run bakery in Hebden Bridge.",
            "Our farm is just outside Methven.",
            "Shifts are at our Tamworth clinic.",
            "Position is based at the Moree depot.",
            "Come and work with us in Tenby this summer.",
            "Must be able to commute to Nantwich.",
            "The shop is at 14 Bridge Street, Hebden Bridge HX7 8EX.",
            "You will join our Edinburgh team.",
            "You'll be based at our Cardiff office.",
        ] {
            assert!(run(&RULE, &summary(text)).is_empty(), "{text}");
        }
        for text in [
            // A recruiter's signature: the agency's office, not the job's.
            "Thanks,\nJamie Hollis, Brightwater Search, 21 King Street, Manchester M2 6AZ | jamie@brightwater.example",
            "Call me this week.\n\nCheers,\nShane Doolan\nRecruitment Consultant, Harvest Labour, 122 Langtree Avenue, Mildura VIC 3500\nM: 0412 555 086",
            "Join us in March for the launch. Our Sales office answers the phones.",
            "Experience working in Python. Our Platform team owns the build.",
            "Our shop. In Leeds we sold out.",
        ] {
            assert_eq!(run(&RULE, &summary(text)).len(), 1, "{text}");
        }
    }

    #[test]
    fn ignores_a_title_naming_its_city() {
        let posting = Posting {
            title: "Barista - Portland, OR".into(),
            ..Posting::default()
        };
        assert!(run(&RULE, &posting).is_empty());
    }
}
