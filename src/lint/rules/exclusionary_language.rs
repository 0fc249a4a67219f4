//! `exclusionary-language`: "native speaker", "culture fit" and similar.

use std::sync::OnceLock;

use super::APPLICANT_FACING;
use crate::lint::rule::FieldText;
use crate::lint::rule::{declare_rule, Context};
use crate::lint::word_list::{
    finding, is_negated, report_kept, Entry, Match, Sense, TriggerWords, WordList,
};
use crate::lint::Diagnostic;

declare_rule! {
    /// Flags phrases that exclude by origin or sameness: "native speaker", "culture fit".
    ///
    /// ## What it does
    /// Finds "native speaker" (and "native English speaker", "native Mandarin speaker" and the
    /// same with other languages, "near-native", "native fluency",
    /// "mother tongue"), a demand for
    /// work experience in one country ("Canadian experience", "UK work history", "Irish home
    /// care experience"), "culture fit",
    /// and the technical terms "blacklist"/"whitelist", and offers replacements that say what is
    /// actually needed. The how-to-apply text is read too ("the last stage shows whether you're
    /// a good culture fit").
    ///
    /// ## Why is this bad?
    /// A language skill is about fluency, not birthplace: asking for a native speaker excludes
    /// fluent people by national origin, which the EEOC and the UK Equality Act treat as
    /// discrimination unless it is a genuine occupational requirement. A demand for local work
    /// experience screens out immigrants by origin; Ontario's Working for Workers Act bans
    /// "Canadian experience" requirements in job postings. "Culture fit" is the
    /// phrase most often used to justify hiring people like the existing team.
    ///
    /// ## Example
    /// ```text
    /// Native English speaker and a strong culture fit.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Fluent written and spoken English; shares our values of openness and care.
    /// ```
    ///
    /// ## What it does not flag
    /// "Native" in other senses ("native mobile apps", "cloud-native"), "fit" without
    /// "culture" ("a good fit for the role"), experience of a country's rules rather than work
    /// there ("knowledge of Canadian payroll law", "UK tax experience"), a name ("American
    /// Airlines experience"), a demand the posting rules out ("You do
    /// not need to be a native speaker", "Canadian experience is not required"), experience
    /// from one country weighed equal with any other ("Overseas experience counts the same as
    /// Australian experience"), and the equal-opportunity statement:
    /// ```text
    /// Build native mobile apps; fluent English required. You do not need Canadian work
    /// experience.
    /// ```
    id: "exclusionary-language",
    category: Bias,
    severity: Warning,
    has_fix: true,
    check: check,
}

const ORIGIN: &str = "asks for a birthplace rather than a skill";
const SAMENESS: &str = "invites hiring people like the current team";
const LOCAL: &str =
    "asks for experience in one country, which shuts out newcomers whatever their skills";
const TERM: &str = "is a term many people find exclusionary";
const HELP: &str =
    "Name the skill or value you need: fluency in a language, a shared way of working.";

static ENTRIES: &[Entry] = &[
    Entry::new("native speaker", ORIGIN).replace(&["fluent speaker"]),
    Entry::new("native speakers", ORIGIN).replace(&["fluent speakers"]),
    Entry::new("native english speaker", ORIGIN).replace(&["fluent English speaker"]),
    Entry::new("native english", ORIGIN).replace(&["fluent English"]),
    Entry::new("native spanish speaker", ORIGIN).replace(&["fluent Spanish speaker"]),
    Entry::new("native french speaker", ORIGIN).replace(&["fluent French speaker"]),
    Entry::new("native german speaker", ORIGIN).replace(&["fluent German speaker"]),
    Entry::new("native mandarin speaker", ORIGIN).replace(&["fluent Mandarin speaker"]),
    Entry::new("native chinese speaker", ORIGIN).replace(&["fluent Chinese speaker"]),
    Entry::new("native cantonese speaker", ORIGIN).replace(&["fluent Cantonese speaker"]),
    Entry::new("native japanese speaker", ORIGIN).replace(&["fluent Japanese speaker"]),
    Entry::new("native korean speaker", ORIGIN).replace(&["fluent Korean speaker"]),
    Entry::new("native hindi speaker", ORIGIN).replace(&["fluent Hindi speaker"]),
    Entry::new("native arabic speaker", ORIGIN).replace(&["fluent Arabic speaker"]),
    Entry::new("native portuguese speaker", ORIGIN).replace(&["fluent Portuguese speaker"]),
    Entry::new("native italian speaker", ORIGIN).replace(&["fluent Italian speaker"]),
    Entry::new("native dutch speaker", ORIGIN).replace(&["fluent Dutch speaker"]),
    Entry::new("native russian speaker", ORIGIN).replace(&["fluent Russian speaker"]),
    Entry::new("native polish speaker", ORIGIN).replace(&["fluent Polish speaker"]),
    Entry::new("native turkish speaker", ORIGIN).replace(&["fluent Turkish speaker"]),
    Entry::new("native vietnamese speaker", ORIGIN).replace(&["fluent Vietnamese speaker"]),
    Entry::new("native thai speaker", ORIGIN).replace(&["fluent Thai speaker"]),
    Entry::new("native malay speaker", ORIGIN).replace(&["fluent Malay speaker"]),
    Entry::new("native tagalog speaker", ORIGIN).replace(&["fluent Tagalog speaker"]),
    Entry::new("native swedish speaker", ORIGIN).replace(&["fluent Swedish speaker"]),
    Entry::new("native danish speaker", ORIGIN).replace(&["fluent Danish speaker"]),
    Entry::new("native norwegian speaker", ORIGIN).replace(&["fluent Norwegian speaker"]),
    Entry::new("native finnish speaker", ORIGIN).replace(&["fluent Finnish speaker"]),
    Entry::new("native hebrew speaker", ORIGIN).replace(&["fluent Hebrew speaker"]),
    Entry::new("native greek speaker", ORIGIN).replace(&["fluent Greek speaker"]),
    Entry::new("native spanish", ORIGIN).replace(&["fluent Spanish"]),
    Entry::new("native french", ORIGIN).replace(&["fluent French"]),
    Entry::new("native german", ORIGIN).replace(&["fluent German"]),
    Entry::new("native-level", ORIGIN).replace(&["fluent"]),
    Entry::new("native level", ORIGIN).replace(&["fluent"]),
    Entry::new("near-native", ORIGIN).replace(&["fluent"]),
    Entry::new("native-like", ORIGIN).replace(&["fluent"]),
    Entry::new("native proficiency", ORIGIN).replace(&["full professional proficiency"]),
    Entry::new("native fluency", ORIGIN).replace(&["full fluency"]),
    Entry::new("mother tongue", ORIGIN).replace(&["fluent"]),
    // Where a language was learned, not how well it is spoken.
    Entry::new("english as a first language", ORIGIN),
    Entry::new("english as your first language", ORIGIN),
    Entry::new("english must be your first language", ORIGIN),
    Entry::new("first language english", ORIGIN),
    Entry::new("u.s. work experience", LOCAL),
    Entry::new("experience in the uk", LOCAL).sense(Sense::EndsClause),
    Entry::new("experience in the us", LOCAL).sense(Sense::EndsClause),
    Entry::new("experience in the u.s.", LOCAL).sense(Sense::EndsClause),
    Entry::new("experience in canada", LOCAL).sense(Sense::EndsClause),
    Entry::new("experience in australia", LOCAL).sense(Sense::EndsClause),
    Entry::new("culture fit", SAMENESS).replace(&["values alignment"]),
    Entry::new("cultural fit", SAMENESS).replace(&["values alignment"]),
    Entry::new("good fit for our culture", SAMENESS),
    Entry::new("blacklist", TERM).replace(&["blocklist"]),
    Entry::new("blacklisted", TERM).replace(&["blocked"]),
    Entry::new("whitelist", TERM).replace(&["allowlist"]),
    Entry::new("whitelisted", TERM).replace(&["allowed"]),
    Entry::new("blacklists", TERM).replace(&["blocklists"]),
    Entry::new("whitelists", TERM).replace(&["allowlists"]),
    Entry::new("blacklisting", TERM).replace(&["blocking"]),
    Entry::new("whitelisting", TERM).replace(&["allowlisting"]),
];

/// Country words that, just before "experience" (with up to two words of a trade between:
/// "Irish home care experience", "Canadian sales experience"), ask for work in that country.
/// "US" is read in capitals only (not "give us experience").
const COUNTRIES: &[&str] = &[
    "canadian",
    "uk",
    "us",
    "usa",
    "american",
    "australian",
    "aussie",
    "british",
    "irish",
    "nz",
    "kiwi",
    "zealand",
    "singaporean",
    "singapore",
    "emirati",
    "uae",
];

/// Words between the country and "experience" that make it knowledge of the country's rules,
/// a language or a market, which a job may need ("UK tax experience", "US GAAP experience",
/// "American Sign Language experience"), not work done there.
const KNOWLEDGE: &[&str] = &[
    "law",
    "laws",
    "legal",
    "legislation",
    "legislative",
    "tax",
    "taxation",
    "payroll",
    "gaap",
    "ifrs",
    "regulatory",
    "regulation",
    "regulations",
    "compliance",
    "standards",
    "code",
    "codes",
    "market",
    "markets",
    "curriculum",
    "immigration",
    "accounting",
    "pension",
    "pensions",
    "sign",
    "language",
];

/// What a match of the scan below reports ([`local_experience`]).
static LOCAL_EXPERIENCE: Entry = Entry::new("local work experience", LOCAL);

/// "Canadian experience", "UK work experience", "Irish home care experience", "UK work
/// history": a country word, up to two lower-case words of a trade, and "experience" (or
/// "work history"). Words of a name ("American Airlines experience") or of the country's rules
/// ("UK tax experience") are no demand for local work.
fn local_experience(field: &FieldText) -> Vec<Match> {
    // Only the country words are visited, found through the filter keys, not every word.
    static COUNTRY_WORDS: OnceLock<TriggerWords> = OnceLock::new();
    let starts = COUNTRY_WORDS
        .get_or_init(|| TriggerWords::new(COUNTRIES))
        .starts_in(field);
    let tokens = &field.tokens;
    let original = |at: usize| field.text.get(tokens[at].span.clone()).unwrap_or("");
    let mut found = Vec::new();
    for start in starts {
        let at = tokens.partition_point(|token| token.span.start < start);
        let Some(token) = tokens.get(at) else {
            continue;
        };
        if token.lower == "us" && original(at) != "US"
            || token.lower == "zealand" && (at == 0 || tokens[at - 1].lower != "new")
        {
            continue;
        }
        let start = if token.lower == "zealand" { at - 1 } else { at };
        for middle in 0..=2 {
            let end = at + 1 + middle;
            let Some(last) = tokens.get(end) else {
                break;
            };
            let words = &tokens[at + 1..end];
            let plain = words.iter().enumerate().all(|(offset, word)| {
                let text = original(at + 1 + offset);
                text.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                    && !KNOWLEDGE.contains(&&*word.lower)
                    && !crate::text::is_stop_word(&word.lower)
            });
            // One phrase: nothing but a space between its words ("... in the UK. Experience
            // of ..." is two sentences).
            let joined = field
                .text
                .get(tokens[end - 1].span.end..last.span.start)
                .is_some_and(|gap| gap.chars().all(|c| c == ' ' || c == '\u{a0}'));
            if !plain || !joined {
                break;
            }
            let history = last.lower == "history"
                && words
                    .last()
                    .is_some_and(|word| matches!(&*word.lower, "work" | "employment"));
            if last.lower == "experience" || history {
                found.push(Match {
                    entry: &LOCAL_EXPERIENCE,
                    span: tokens[start].span.start..last.span.end,
                    tokens: start..end + 1,
                });
                break;
            }
        }
    }
    found
}

fn list() -> &'static WordList {
    static LIST: OnceLock<WordList> = OnceLock::new();
    LIST.get_or_init(|| WordList::new(ENTRIES))
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    for field in context.texts_in(APPLICANT_FACING) {
        // "You do not need to be a native speaker": the posting rules the demand out. A term
        // ("blacklist") is the same word whatever is said of it. "Overseas experience counts
        // the same as Australian experience": weighed equal with experience from elsewhere, it
        // is no demand either.
        let keep = |found: &Match| {
            found.entry.note == TERM
                || !(is_negated(field, found)
                    || found.entry.note == LOCAL && is_weighed_equal(field, found))
        };
        for found in local_experience(field).iter().filter(|found| keep(found)) {
            let words = field.text.get(found.span.clone()).unwrap_or("");
            diagnostics.push(finding(
                &RULE,
                field,
                found,
                format!("'{words}' {LOCAL}"),
                HELP,
            ));
        }
        report_kept(&RULE, list(), field, &keep, &|_| HELP, diagnostics);
    }
}

/// Whether the words just before a match weigh it equal with something else ("... counts the
/// same as Canadian experience", "equivalent to UK experience").
fn is_weighed_equal(field: &FieldText, found: &Match) -> bool {
    let before = &field.tokens[..found.tokens.start];
    let ends = |words: &[&str]| {
        before.len() >= words.len()
            && before[before.len() - words.len()..]
                .iter()
                .zip(words)
                .all(|(token, word)| token.lower == *word)
    };
    ends(&["same", "as"])
        || ends(&["as", "much", "as"])
        || ends(&["equivalent", "to"])
        || ends(&["equal", "to"])
        || ends(&["equally", "with"])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{fixed, flagged, item, run, summary};
    use crate::model::{ListKind, Posting};

    #[test]
    fn a_demand_the_posting_rules_out_is_not_made() {
        let posting = summary(
            "You do not need to be a native speaker of the target language. You do not need Canadian work experience. Canadian experience is not required.",
        );
        assert!(run(&RULE, &posting).is_empty());
        // A negation in another clause, or one after the words that denies something else,
        // leaves the demand standing.
        let posting = summary(
            "Do not apply unless you are a native English speaker. Native speaker - not negotiable. Must be a native speaker and not require sponsorship.",
        );
        assert_eq!(run(&RULE, &posting).len(), 3);
        // Weighed equal with experience from anywhere, it is no demand.
        let posting = summary(
            "Overseas experience counts the same as Australian experience. Experience abroad is treated as equivalent to UK experience. Australian experience preferred.",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Australian experience"]
        );
        // A term is the term whatever the sentence says of it.
        let posting = summary("We do not keep a blacklist. Native speaker wanted.");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["blacklist", "Native speaker"]
        );
    }

    #[test]
    fn flags_native_speaker_and_culture_fit() {
        let posting = item(
            ListKind::MustHave,
            "Native English speaker; a great culture fit",
        );
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(found, ["Native English speaker", "culture fit"]);
        let posting = item(
            ListKind::MustHave,
            "Native Mandarin speaker, to liaise with our clients in China",
        );
        let diagnostics = run(&RULE, &posting);
        assert_eq!(flagged(&posting, &diagnostics), ["Native Mandarin speaker"]);
        assert_eq!(
            fixed(&RULE, &posting).must_have[0].text,
            "Fluent Mandarin speaker, to liaise with our clients in China"
        );
    }

    #[test]
    fn reads_how_to_apply_too() {
        let mut posting = Posting::default();
        posting.how_to_apply.text =
            "Meet the team over lunch, so we can see whether you're a good culture fit.".into();
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["culture fit"]);
    }

    #[test]
    fn flags_a_native_level_asked_in_other_words() {
        let posting = item(
            ListKind::MustHave,
            "Native or near-native proficiency in oral and written French",
        );
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["near-native"]);
        let posting = item(ListKind::MustHave, "Native fluency in Dutch");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["Native fluency"]);
    }

    #[test]
    fn ignores_native_apps_and_culture_words() {
        let posting = summary("Build native mobile apps; help shape our culture; fit-out works.");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_local_work_experience() {
        let posting = item(ListKind::MustHave, "Minimum 5 years NZ experience");
        assert_eq!(flagged(&posting, &run(&RULE, &posting)), ["NZ experience"]);
        let posting = item(ListKind::MustHave, "Canadian work experience is required.");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Canadian work experience"]
        );
        let posting = item(ListKind::MustHave, "Irish or UK agency experience");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["UK agency experience"]
        );
        let posting = item(ListKind::MustHave, "A year of care experience in the UK.");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["experience in the UK"]
        );
        let posting = item(
            ListKind::MustHave,
            "Experience in the US market, and Native Spanish speaker",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Native Spanish speaker"]
        );
    }

    #[test]
    fn flags_local_experience_of_a_trade() {
        for (text, words) in [
            (
                "Previous Irish home care experience essential",
                "Irish home care experience",
            ),
            (
                "Canadian sales experience is a must",
                "Canadian sales experience",
            ),
            (
                "Must have Australian commercial experience",
                "Australian commercial experience",
            ),
            (
                "Full UK work history for the last five years",
                "UK work history",
            ),
            (
                "Two years of New Zealand retail experience",
                "New Zealand retail experience",
            ),
        ] {
            let posting = item(ListKind::MustHave, text);
            assert_eq!(flagged(&posting, &run(&RULE, &posting)), [words], "{text}");
        }
        // The country's rules, a name, a language, another sentence, or "us" the pronoun.
        let posting = summary(
            "UK tax experience. US GAAP experience. American Airlines experience. American Sign \
             Language experience. Based in the UK. Experience of kitchens helps. Give us \
             experience of your work. Canadian experience is not required.",
        );
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_plural_and_verb_forms_of_list_terms() {
        let posting = summary("Maintain the firewall whitelists and stop blacklisting vendors.");
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["whitelists", "blacklisting"]
        );
        assert_eq!(
            fixed(&RULE, &posting).summary,
            "Maintain the firewall allowlists and stop blacklisting vendors."
        );
    }

    #[test]
    fn ignores_knowledge_of_local_rules() {
        let posting = item(
            ListKind::MustHave,
            "Knowledge of Canadian payroll law and CRA remittances.",
        );
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn fixes_native_speaker() {
        let posting = item(ListKind::MustHave, "Native speaker of German");
        assert_eq!(
            fixed(&RULE, &posting).must_have[0].text,
            "Fluent speaker of German"
        );
    }
}
