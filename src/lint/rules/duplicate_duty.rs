//! `duplicate-duty`: two duties or requirements of one role that say the same thing.

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use crate::lint::rule::{declare_rule, Context, FieldText};
use crate::lint::word_list::WordMap;
use crate::lint::{Diagnostic, Related};
use crate::model::{Field, ItemId, ListKind, Section};
use crate::text::{
    filter_key, hashes_of, is_stop_token, lines, stem, tokenize, word_hash, PrehashedMap, Token,
    Word, WordFilter,
};

declare_rule! {
    /// Flags two duties, or two requirements, of one role that say the same thing, and a benefit listed twice; points at both.
    ///
    /// ## What it does
    /// Compares the items of one list with each other: the responsibilities, the must-haves
    /// and the nice-to-haves each on their own (bullet lines of unsorted text count as a list
    /// too). Two items are duplicates when they are the same after ignoring case and
    /// punctuation, or when they share nearly all their content words after trimming word
    /// endings and reading common synonyms as one word ("build" and "develop", "lead" and
    /// "manage", "ensure" and "make sure", "review" and "check"): at least 80% of the shorter
    /// item's content words and 70% of both items' words together. A rewording that keeps the
    /// particulars counts too: two items that share at least three words no other item of the
    /// list holds ("bathing, dressing and grooming", "Flutter, Swift and Kotlin"), half the
    /// shorter item's content words and 30% of both together, when one names what the other
    /// does (the first word of one, its verb, or one of the verbs it opens with, "Plan and
    /// schedule posts", is among the other's words) or when the shorter item's words are
    /// nearly all in the other. A noun made of a verb or an adjective counts as that word
    /// ("supervision" and "supervise", "safety" and "safe", "reconciliations" and
    /// "reconcile", "negotiation" and "negotiate"), and "perform", "conduct", "carry out",
    /// "complete" and "undertake" a task are one act. Words that only point ("all", "each",
    /// "them") are not counted.
    /// Two items that share their words with a third one are three items
    /// written on one pattern ("plans for the investigation of fraud", "plans for the redress
    /// of fraud"), not duplicates. The finding sits on the later item and points at the
    /// earlier one. In the benefits list, where items are a few words long, only a benefit
    /// repeated word for word is flagged ("Training and development" twice); so is a line
    /// repeated word for word in one run of bullet lines in the summary or the company text,
    /// where a benefits list lands when it is read as prose.
    ///
    /// Items are compared within one group: a label line inside the list ("Senior Paralegal",
    /// "Requirements:", a short line in title case or ending in a colon) starts a new group,
    /// so does an item headed by a label ("Contact Center: help agencies ...") that the next
    /// items follow, and so does a block of items written elsewhere in the source, such as the duties of the
    /// next level on a page that describes several levels (the importer keeps each block's
    /// items in order, between the other lists' blocks).
    ///
    /// ## Why is this bad?
    /// Repetition makes a list longer without saying more, hides the duties that matter, and
    /// tells careful readers the posting was pasted together. A long list also discourages
    /// people who tick every box but the length (see `too-many-requirements`).
    ///
    /// ## Example
    /// ```text
    /// - Complete a week-long onboarding course on our tools and customers.
    /// - Complete an intensive onboarding course on our tools and customers.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// - Complete a week-long onboarding course on our tools and customers.
    /// ```
    ///
    /// ## What it does not flag
    /// Items that differ in a number state different things, so "3+ years of accounting
    /// experience" and "5+ years of accounting experience" are not duplicates. Lines repeated
    /// across the levels or roles of one page (the "Associate" and the "Senior" duties both
    /// saying "Prepare monthly reconciliations") are each level's own list. Link addresses
    /// do not count as words, and a duty that shares a few words with another ("Design and
    /// build APIs", "Design and run database migrations") is a different duty, as are two
    /// requirements that share the "Experience" they open with ("Experience conducting policy
    /// research", "Experience providing policy advice to senior management"). Two benefits
    /// that share words ("Dental insurance", "Vision insurance") are different benefits.
    /// ```text
    /// - 3+ years of accounting experience
    /// - 5+ years of accounting experience
    /// - Design and build APIs
    /// - Design and run database migrations
    /// ```
    id: "duplicate-duty",
    category: Structure,
    severity: Warning,
    has_fix: false,
    check: check,
}

/// Items with fewer content words than this are too short to compare reliably.
const MIN_WORDS: usize = 3;
/// Percentage of the shorter item's content words the longer one must also have.
const CONTAINED: usize = 80;
/// Percentage of all the content words of both items (Jaccard) they must have in common.
const SIMILARITY: usize = 70;
/// A rewording that keeps the particulars: two items sharing at least this many words that
/// no other item of the group holds ("Instagram, TikTok and Pinterest", "pulse, temperature
/// and blood pressure") ...
const REWORDED_DISTINCTIVE: usize = 3;
/// ... at least this percentage of the shorter item's content words ...
const REWORDED_CONTAINED: usize = 50;
/// ... and this percentage of both items' words together.
const REWORDED_SIMILARITY: usize = 30;
/// Words held by more earlier items of a group than this are not used to find candidates.
const MAX_HOLDERS: usize = 40;
/// A heading that starts an item ("Data & Analytics: lead ...") has at most this many words.
const MAX_PREFIX_WORDS: usize = 6;
/// A label line has at most this many words.
const MAX_LABEL_WORDS: usize = 8;

/// Words that frame an item rather than say what it is about: a subject and its auxiliary
/// ("You've been a founding engineer before"), and the "demonstrated"/"proven" that opens
/// requirements. Two items sharing only these say different things ("Demonstrated success in
/// recruiting student-athletes" / "Demonstrated commitment to the academic success of
/// student-athletes"), nor do two that open with "Experience".
const FRAME_WORDS: &[&str] = &[
    "you've",
    "you're",
    "you'll",
    "you'd",
    "we've",
    "we're",
    "we'll",
    "i've",
    "i'm",
    "been",
    "have",
    "has",
    "had",
    "will",
    "before",
    "demonstrated",
    "demonstrable",
    "proven",
    // Pronouns and quantifiers that point at the words that matter ("convert them into
    // orders", "all balance sheet accounts", "each trip").
    "them",
    "they",
    "all",
    "each",
    "every",
    "any",
    // The word a list of requirements opens most items with ("Experience preparing briefing
    // notes", "Experience providing advice"): it tells the items apart no more than "you've".
    "experience",
];

/// True for one of the [`FRAME_WORDS`], by the token's precomputed hash.
fn is_frame_word(token: &Token) -> bool {
    static HASHES: OnceLock<(WordFilter, Vec<u64>)> = OnceLock::new();
    let (filter, hashes) = HASHES.get_or_init(|| hashes_of(FRAME_WORDS));
    filter.may_contain(token.hash)
        && hashes
            .iter()
            .position(|hash| *hash == token.hash)
            .is_some_and(|at| token.lower == FRAME_WORDS[at])
}

/// Small words a title-case label may write in lower case ("Head of Sales", "Terms and
/// Conditions").
const LABEL_SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with",
];

/// First words of a requirement written in title case ("Experience with AWS (ECS, RDS)",
/// "Proficient in Microsoft Excel and Outlook", "Fluent in English and Spanish"): with a
/// preposition after them they ask for something, so the line is an item, never a label.
const REQUIREMENT_OPENERS: &[&str] = &[
    "experience",
    "experienced",
    "proficient",
    "proficiency",
    "fluent",
    "fluency",
    "knowledge",
    "knowledgeable",
    "familiarity",
    "familiar",
    "skilled",
    "skills",
    "expertise",
    "expert",
    "understanding",
    "competence",
    "competent",
    "background",
];

/// Common duty verbs and requirement words that postings use interchangeably, by the stems
/// (`text::stem`) they are written with: the first word of each group stands for all of them.
const SYNONYMS: &[&[&str]] = &[
    &[
        "build",
        "built",
        "develop",
        "create",
        "creat",
        "craft",
        "establish",
        // "Write training programs" and "design training programs" (not "written", which
        // describes: "written communication skills").
        "design",
        "write",
    ],
    &["maintain", "keep", "kept"],
    &["lead", "led", "manage", "manag", "oversee", "oversaw"],
    &["help", "assist", "support"],
    &["collaborate", "collaborat", "partner"],
    &[
        "improve", "improv", "enhance", "enhanc", "optimize", "optimiz", "optimise", "optimis",
    ],
    &["strong", "excellent", "exceptional", "solid", "outstand"],
    &["ability", "able", "capable"],
    &["knowledge", "understand", "familiarity", "familiar"],
    &["customer", "client"],
    // Taking calls: "answer inbound calls" / "handle incoming calls".
    &["answer", "handle", "field"],
    &["inbound", "incoming"],
    &["outbound", "outgoing"],
    &["calendar", "diary", "diar"],
    &["review", "check"],
    // Light verbs that say a task is done: "perform", "conduct", "carry out", "complete"
    // and "undertake" inspections are one act.
    &[
        "perform",
        "provide",
        "conduct",
        "complete",
        "carry",
        "carri",
        "undertake",
    ],
    // "Ensure" and "make sure" (the "make" of which is dropped).
    &["ensure", "ensur", "sure"],
];

/// The stem a word is compared by, with its [`word_hash`]: for the words of one [`SYNONYMS`]
/// group, the group's first word; otherwise the word's stem (`text::stem`). One lookup by hash,
/// not a comparison with every synonym.
fn canonical(word: &str) -> (u64, &str) {
    // (hash of the root, the root, its group's word and that word's hash): a scan of 40 entries.
    // A filter of their hashes turns most words away before the scan.
    type ByStem = (WordFilter, Vec<(u64, &'static str, &'static str, u64)>);
    static BY_STEM: OnceLock<ByStem> = OnceLock::new();
    let (filter, by_stem) = BY_STEM.get_or_init(|| {
        let by_stem: Vec<_> = SYNONYMS
            .iter()
            .flat_map(|group| {
                group.iter().map(move |stem| {
                    (
                        word_hash(root(stem)),
                        root(stem),
                        group[0],
                        word_hash(group[0]),
                    )
                })
            })
            .collect();
        let mut filter = WordFilter::new();
        for (hash, _, _, _) in &by_stem {
            filter.insert(*hash);
        }
        (filter, by_stem)
    });
    let stemmed = root(stem(word));
    let hash = word_hash(stemmed);
    if !filter.may_contain(hash) {
        return (hash, stemmed);
    }
    by_stem
        .iter()
        .find(|(other, written, _, _)| *other == hash && *written == stemmed)
        .map_or((hash, stemmed), |(_, _, canonical, canonical_hash)| {
            (*canonical_hash, canonical)
        })
}

/// A stem without the endings that make a noun of a verb or an adjective, so the two
/// compare as one word: "supervision" and "supervise" ("supervis"), "safety" and "safe",
/// "management" and "manage".
fn root(stem: &str) -> &str {
    // Matched on the last bytes: this runs for every new word of a posting, and a loop of
    // `ends_with` over an array of endings cost a call per ending.
    let len = stem.len();
    let cut = match stem.as_bytes() {
        [.., b'm', b'e', b'n', b't'] if len >= 4 + 4 => 4,
        [.., b'i', b'o', b'n'] if len >= 3 + 5 => 3,
        // ("safety" keeps its "e": "safe".)
        [.., b'e', b't', b'y'] if len >= 3 + 3 => 2,
        _ => 0,
    };
    let root = &stem[..len - cut];
    let root = match root.strip_suffix('e') {
        // A verb in "-ate" is its noun in "-ation" without the ending ("negotiate" and
        // "negotiation", "validate" and "validation").
        Some(without) if without.len() >= 6 && without.ends_with("at") => {
            &without[..without.len() - 2]
        }
        Some(without) if root.len() > 4 => without,
        _ => root,
    };
    // An "i" left by "-iation" or "-ied" goes too, so "reconciliation" reads as "reconcile"
    // and "supplied" as "supplies".
    match root.strip_suffix('i') {
        Some(without) if without.len() >= 5 => without,
        _ => root,
    }
}

/// One comparable item: where it is, its group and its words.
struct Item {
    field: Field,
    span: Range<usize>,
    /// Items are only compared within one group.
    group: usize,
    /// Hash of all its read words in order, for word-for-word repeats.
    exact: u64,
    /// Sorted, distinct ids of its content words.
    words: Vec<u32>,
    /// The ids of the words that say what is done: the first content word (in a duty, its
    /// verb), or each of the verbs a duty opens with joined by "and" or "or" ("Plan and
    /// schedule posts", "Recruit, hire and train associates").
    heads: Heads,
    /// Hashes of its numbers ("5", "10k"), sorted: items stating other numbers differ.
    numbers: Vec<u64>,
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    // Every list's grouping reads the ids of all items: collected once for the four lists.
    let ids = ids_by_list(context);
    let mut words = Words::with_capacity(context.word_count());
    let mut items = Vec::new();
    let mut group = 0;
    for kind in [
        ListKind::Responsibilities,
        ListKind::MustHave,
        ListKind::NiceToHave,
    ] {
        for items_of_group in groups_of(context, kind, true, &ids) {
            group += 1;
            for text in items_of_group {
                let trimmed = text.text.trim();
                let start = text.text.len() - text.text.trim_start().len();
                items.push(words.item(text, start..start + trimmed.len(), &text.tokens, group));
            }
        }
    }
    if let Some(unplaced) = context.text_of(Field::Unplaced) {
        group += 1;
        for line in lines(unplaced.text) {
            let trimmed = unplaced.text[line.clone()].trim_start();
            let Some(rest) = ["- ", "* ", "• ", "+ "]
                .iter()
                .find_map(|bullet| trimmed.strip_prefix(bullet))
            else {
                if is_group_label(trimmed) {
                    group += 1;
                }
                continue;
            };
            let start = line.end - rest.len();
            let first = unplaced.tokens.partition_point(|t| t.span.start < start);
            let last = unplaced.tokens.partition_point(|t| t.span.start < line.end);
            let tokens = &unplaced.tokens[first..last];
            items.push(words.item(unplaced, start..line.end, tokens, group));
        }
    }
    repeated_benefits(context, &ids, diagnostics);
    for (later, earlier) in duplicate_pairs(&items, words.ids as usize) {
        let (first, second) = (&items[earlier], &items[later]);
        let message = if first.exact == second.exact {
            "this item repeats an earlier one word for word"
        } else {
            "this item says the same as an earlier one in other words"
        };
        diagnostics.push(
            Diagnostic::spanned(
                &RULE,
                second.field,
                second.span.clone(),
                message,
                "Merge the two items or make each say something the other does not.",
            )
            .with_related(Related {
                field: first.field,
                span: first.span.clone(),
                message: "the earlier item".to_owned(),
            }),
        );
    }
}

/// The letters and digits of `text`, lower-cased: the words of an item without case,
/// punctuation or spacing.
fn normalised(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The trimmed span of one item or line of `text` starting at `range`.
fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let piece = &text[range.clone()];
    let start = range.start + (piece.len() - piece.trim_start().len());
    start..start + piece.trim().len()
}

/// Reports every item of `items` that repeats an earlier one word for word.
fn report_repeats(items: &[(Field, Range<usize>, String)], diagnostics: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<&str, (Field, &Range<usize>)> = HashMap::new();
    for (field, span, key) in items {
        if key.is_empty() {
            continue;
        }
        let Some((first_field, first_span)) = seen.get(key.as_str()) else {
            seen.insert(key, (*field, span));
            continue;
        };
        diagnostics.push(
            Diagnostic::spanned(
                &RULE,
                *field,
                span.clone(),
                "this item repeats an earlier one word for word",
                "Delete the repeat, or say what each line offers.",
            )
            .with_related(Related {
                field: *first_field,
                span: (*first_span).clone(),
                message: "the earlier item".to_owned(),
            }),
        );
    }
}

/// Benefits listed twice word for word: within one group of the benefits list, and within
/// one run of bullet lines in the summary or the company text, where a benefits list lands
/// when the importer reads it as prose. Benefits are short ("Training and development"), so
/// only exact repeats count: two different benefits often share most of their few words
/// ("Dental insurance", "Vision insurance").
fn repeated_benefits(
    context: &Context,
    ids: &[(ItemId, ListKind)],
    diagnostics: &mut Vec<Diagnostic>,
) {
    for group in groups_of(context, ListKind::Benefits, true, ids) {
        let items: Vec<(Field, Range<usize>, String)> = group
            .iter()
            .map(|text| {
                let span = trimmed(text.text, 0..text.text.len());
                (text.field, span, normalised(text.text))
            })
            .collect();
        report_repeats(&items, diagnostics);
    }
    for field in [Field::Summary, Field::AboutCompany] {
        let Some(text) = context.text_of(field) else {
            continue;
        };
        let mut run: Vec<(Field, Range<usize>, String)> = Vec::new();
        for line in lines(text.text) {
            let content = text.text[line.clone()].trim_start();
            if content.is_empty() {
                continue;
            }
            let Some(rest) = ["- ", "* ", "• ", "+ "]
                .iter()
                .find_map(|bullet| content.strip_prefix(bullet))
            else {
                report_repeats(&run, diagnostics);
                run.clear();
                continue;
            };
            let span = trimmed(text.text, line.end - rest.len()..line.end);
            run.push((field, span, normalised(rest)));
        }
        report_repeats(&run, diagnostics);
    }
}

/// How a line reads as a label inside a list rather than as an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Label {
    /// A short line ending in a colon ("What you will do:").
    Colon,
    /// A short title-case line with no sentence end ("Senior Paralegal", "Manager, Accounts
    /// Payable"): a name, where a duty would have a verb.
    Name,
    /// A short line ending in an ellipsis ("In the first 90 days you will..."): it leads into
    /// the items after it, so it is no duty itself; it starts no group, since the lists of one
    /// role's periods ("first 90 days", "first year") are the one role's duties, compared with
    /// each other.
    Lead,
}

/// Whether `text` reads as a label line, and how.
fn label_of(text: &str) -> Option<Label> {
    let text = text.trim();
    // Most items are sentences: rule them out before reading their words.
    if text.is_empty() || text.len() > 200 {
        return None;
    }
    if let Some(lead) = text
        .strip_suffix('\u{2026}')
        .or_else(|| text.strip_suffix("..."))
    {
        // A lead-in ends on the words that lead into the list ("you will...", "such as..."),
        // not on "etc..." after a duty.
        let last = lead
            .rsplit(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
            .find(|word| !word.is_empty())
            .unwrap_or_default()
            .to_lowercase();
        let leads = matches!(
            last.as_str(),
            "will"
                | "you'll"
                | "you\u{2019}ll"
                | "to"
                | "include"
                | "including"
                | "as"
                | "be"
                | "can"
        );
        return (leads && text.split_whitespace().count() <= MAX_LABEL_WORDS)
            .then_some(Label::Lead);
    }
    let colon = text.ends_with([':', '\u{ff1a}']);
    if !colon && text.ends_with(['.', '!', '?', ';', ',', '\u{2026}']) {
        return None;
    }
    let words = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .filter(|word| !word.is_empty());
    let mut count = 0;
    let mut first = "";
    for word in words {
        count += 1;
        if count > MAX_LABEL_WORDS {
            return None;
        }
        if count == 1 {
            first = word;
        } else if count == 2
            && !colon
            && ["in", "with", "of", "using"].contains(&word)
            // Looked up only here: most lines never get this far.
            && REQUIREMENT_OPENERS
                .iter()
                .any(|known| known.eq_ignore_ascii_case(first))
        {
            return None;
        }
        let named = word.starts_with(|c: char| c.is_uppercase() || c.is_numeric())
            || (count > 1 && LABEL_SMALL_WORDS.contains(&word));
        if !colon && !named {
            return None;
        }
    }
    match (count, colon) {
        (0, _) => None,
        (_, true) => Some(Label::Colon),
        (_, false) => Some(Label::Name),
    }
}

/// True for a label line that starts a group of items (see [`Label`]; a lead-in line does not).
pub(crate) fn is_group_label(text: &str) -> bool {
    matches!(label_of(text), Some(Label::Colon | Label::Name))
}

/// True when `text` starts with a heading ended by a colon ("Contact Center: help agencies
/// ...", "GS-15 LEVEL REQUIREMENTS: in addition ..."): a few words in title case or capitals.
fn has_heading_prefix(text: &str) -> bool {
    let text = text.trim_start_matches(['*', '_', ' ']);
    // A heading of a few words ends within the first 80 bytes.
    let Some(colon) = text.bytes().take(80).position(|byte| byte == b':') else {
        return false;
    };
    let (prefix, rest) = (&text[..colon], &text[colon + 1..]);
    if rest.trim().is_empty() {
        return false;
    }
    let words = tokenize(prefix);
    !words.is_empty()
        && words.len() <= MAX_PREFIX_WORDS
        && words.iter().enumerate().all(|(index, word)| {
            word.text(prefix)
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
                || (index > 0 && LABEL_SMALL_WORDS.contains(&word.lower.as_str()))
        })
}

/// Where an item of a list stands in its grouping.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    /// An ordinary item.
    Item,
    /// A label line: starts a group and is not an item itself.
    Label,
    /// An item headed by a label that the next items follow: starts a group and belongs to it.
    Heading,
    /// A lead-in line ([`Label::Lead`]): not an item, and no start of a group.
    Lead,
}

/// Where each item of `list` stands. A run of short title-case items is a list of names
/// ("HTML", "CSS", "Git"), not labels, so a name counts as a label only on its own; likewise a
/// run of items that each start with a heading ("Ownership: ...", "Craft: ...") is one list.
fn places(list: &[&FieldText]) -> Vec<Place> {
    let kinds: Vec<Option<Label>> = list.iter().map(|text| label_of(text.text)).collect();
    let headed: Vec<bool> = list
        .iter()
        .map(|text| has_heading_prefix(text.text))
        .collect();
    let is_name = |index: Option<usize>| {
        index.and_then(|i| kinds.get(i)).copied().flatten() == Some(Label::Name)
    };
    (0..kinds.len())
        .map(|index| match kinds[index] {
            Some(Label::Colon) => Place::Label,
            Some(Label::Lead) => Place::Lead,
            Some(Label::Name) if !is_name(index.checked_sub(1)) && !is_name(Some(index + 1)) => {
                Place::Label
            }
            _ if headed[index] && headed.get(index + 1) == Some(&false) => Place::Heading,
            _ => Place::Item,
        })
        .collect()
}

/// The non-empty items of list `kind`, in groups: a new group starts where a block of the
/// source starts ([`starts_block`]: the next level's duties on a page describing several), and,
/// with `split_on_labels`, at each label line ([`is_group_label`]). Labels are left out.
pub(crate) fn list_groups<'c, 'a>(
    context: &'c Context<'a>,
    kind: ListKind,
    split_on_labels: bool,
) -> Vec<Vec<&'c FieldText<'a>>> {
    groups_of(context, kind, split_on_labels, &ids_by_list(context))
}

/// [`list_groups`] given [`ids_by_list`].
fn groups_of<'c, 'a>(
    context: &'c Context<'a>,
    kind: ListKind,
    split_on_labels: bool,
    ids: &[(ItemId, ListKind)],
) -> Vec<Vec<&'c FieldText<'a>>> {
    let list: Vec<&FieldText> = context
        .texts
        .iter()
        .filter(|text| matches!(text.field, Field::Item(k, _) if k == kind))
        .collect();
    if list.is_empty() {
        return Vec::new();
    }
    let places = places(&list);
    let mut groups: Vec<Vec<&FieldText>> = vec![Vec::new()];
    for (index, text) in list.iter().enumerate() {
        let label = matches!(places[index], Place::Label | Place::Lead);
        let new_group = (matches!(places[index], Place::Label | Place::Heading) && split_on_labels)
            || (index > 0 && starts_block(kind, &list, index, ids));
        if new_group && groups.last().is_some_and(|group| !group.is_empty()) {
            groups.push(Vec::new());
        }
        if !label {
            if let Some(group) = groups.last_mut() {
                group.push(text);
            }
        }
    }
    groups.retain(|group| !group.is_empty());
    groups
}

/// The ids of every list item with its list, sorted by id.
fn ids_by_list(context: &Context) -> Vec<(ItemId, ListKind)> {
    let mut ids: Vec<(ItemId, ListKind)> = ListKind::ALL
        .iter()
        .flat_map(|&kind| context.posting.list(kind).iter().map(move |i| (i.id, kind)))
        .collect();
    crate::sort::sort(&mut ids);
    ids
}

/// True when some item of another list has an id between `low` and `high`: the importer
/// numbers items in reading order, so such an item was read between the two. The other half of
/// the requirements does not count: a person specification alternates essential and desirable
/// criteria under each of its headings (Qualifications, Experience, Skills), and its essential
/// criteria are one list, where a page of several levels puts each level's duties between.
fn other_list_between(
    kind: ListKind,
    low: ItemId,
    high: ItemId,
    ids: &[(ItemId, ListKind)],
) -> bool {
    let counterpart = match kind {
        ListKind::MustHave => Some(ListKind::NiceToHave),
        ListKind::NiceToHave => Some(ListKind::MustHave),
        _ => None,
    };
    let from = ids.partition_point(|(id, _)| *id <= low);
    ids[from..]
        .iter()
        .take_while(|(id, _)| *id < high)
        .any(|(_, other)| *other != kind && Some(*other) != counterpart)
}

/// True when item `index` of `list` starts another block of the source: another list's items
/// were read between it and the previous item, and it is followed by at least one more item
/// of its block (a single item added at the end of the list in the editor is not a block).
fn starts_block(
    kind: ListKind,
    list: &[&FieldText],
    index: usize,
    ids: &[(ItemId, ListKind)],
) -> bool {
    let id_at = |at: usize| match list.get(at).map(|text| text.field) {
        Some(Field::Item(_, id)) => Some(id),
        _ => None,
    };
    let (Some(previous), Some(current)) = (id_at(index - 1), id_at(index)) else {
        return false;
    };
    if current <= previous || !other_list_between(kind, previous, current, ids) {
        return false;
    }
    id_at(index + 1)
        .is_some_and(|next| next > current && !other_list_between(kind, current, next, ids))
}

/// Numbers the canonical content words of the items, remembering each distinct written word,
/// so a word that comes back (most do) costs one lookup by its precomputed hash.
struct Words<'t> {
    /// [`word_hash`] of a canonical stem -> (the stem, its id): keyed by the hash
    /// [`canonical`] has already computed, so the stem is not hashed a second time.
    vocabulary: PrehashedMap<(&'t str, u32)>,
    /// The stems whose hash an other stem of `vocabulary` already has, by the stem (a 64-bit
    /// hash makes this all but impossible, but a collision must not merge two words).
    collided: WordMap<&'t str, u32>,
    /// Number of ids given: ids are dense, from 0.
    ids: u32,
    /// Token hash -> (the word, its stem's id or `None` for a stop word or a number).
    seen: PrehashedMap<(&'t Word, Option<u32>)>,
    /// The last word seen of each [`filter_key`], with its hash and id: most words come back
    /// soon ("and", "the", "customers"), and this answers them without a map lookup.
    recent: Vec<Option<(u64, &'t Word, Option<u32>)>>,
    /// [`word_hash`] of "make" and of "sure" ("make sure" is "ensure").
    make_sure: (u64, u64),
}

impl<'t> Words<'t> {
    /// Room for the distinct words of a text of this many words (capped: most words repeat).
    fn with_capacity(words: usize) -> Self {
        let distinct = words.min(4096);
        Self {
            vocabulary: PrehashedMap::with_capacity_and_hasher(distinct, Default::default()),
            collided: WordMap::default(),
            ids: 0,
            seen: PrehashedMap::with_capacity_and_hasher(distinct, Default::default()),
            // A slot per distinct word at most: clearing 4,096 slots for a short posting
            // cost more than the comparison itself.
            recent: vec![None; distinct.next_power_of_two().clamp(64, 1 << 12)],
            make_sure: (word_hash("make"), word_hash("sure")),
        }
    }

    /// The content-word id of a word, or `None` for a stop word or a number.
    fn id(&mut self, token: &'t Token) -> Option<u32> {
        let slot = usize::from(filter_key(token.hash)) & (self.recent.len() - 1);
        if let Some((hash, word, id)) = self.recent[slot] {
            if hash == token.hash && *word == token.lower {
                return id;
            }
        }
        let id = self.id_of_new(token);
        self.recent[slot] = Some((token.hash, &token.lower, id));
        id
    }

    /// [`Self::id`] for a word not in `recent`: one probe of `seen`, which a new word fills.
    fn id_of_new(&mut self, token: &'t Token) -> Option<u32> {
        let vacant = match self.seen.entry(token.hash) {
            Entry::Occupied(entry) => {
                let (word, id) = *entry.get();
                if *word == token.lower {
                    return id;
                }
                // Another word with the same hash: answered, not remembered.
                None
            }
            Entry::Vacant(entry) => Some(entry),
        };
        let content = !is_stop_token(token) && !is_number(token) && !is_frame_word(token);
        let id = content.then(|| {
            let (hash, stem) = canonical(&token.lower);
            let next = self.ids;
            let id = match self.vocabulary.entry(hash) {
                Entry::Vacant(entry) => *entry.insert((stem, next)),
                Entry::Occupied(entry) if entry.get().0 == stem => *entry.get(),
                Entry::Occupied(_) => (stem, *self.collided.entry(stem).or_insert(next)),
            }
            .1;
            self.ids += u32::from(id == next);
            id
        });
        if let Some(entry) = vacant {
            entry.insert((&token.lower, id));
        }
        id
    }

    fn item(
        &mut self,
        text: &FieldText,
        span: Range<usize>,
        tokens: &'t [Token],
        group: usize,
    ) -> Item {
        let mut exact: u64 = 0;
        let mut words = Vec::with_capacity(tokens.len());
        let mut numbers = Vec::new();
        let all_read = text.unread.is_empty();
        // The first read words: (is it "and" or "or", its content-word id), for the verbs
        // an item opens with ("Recruit, hire and train ...").
        let mut opening = [(false, None); OPENING_WORDS];
        let mut opened = 0;
        let mut read = tokens
            .iter()
            .filter(|token| all_read || text.is_read(token))
            .peekable();
        while let Some(token) = read.next() {
            exact = (exact.rotate_left(5) ^ token.hash).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
            // "Make sure" is "ensure": the "sure" stands for both words.
            let (make, sure) = self.make_sure;
            let make_sure = token.hash == make
                && token.lower == "make"
                && read
                    .peek()
                    .is_some_and(|next| next.hash == sure && next.lower == "sure");
            if make_sure {
                continue;
            }
            let mut id = None;
            if is_number(token) {
                numbers.push(token.hash);
            } else if let Some(content) = self.id(token) {
                words.push(content);
                id = Some(content);
            }
            if opened < OPENING_WORDS {
                opening[opened] = (matches!(token.lower.as_bytes(), b"and" | b"or"), id);
                opened += 1;
            }
        }
        let heads = opening_acts(&opening[..opened], words.first().copied());
        crate::sort::sort(&mut words);
        words.dedup();
        crate::sort::sort(&mut numbers);
        numbers.dedup();
        Item {
            field: text.field,
            span,
            group,
            exact,
            words,
            heads,
            numbers,
        }
    }
}

/// How many of an item's first words are read for the verbs it opens with.
const OPENING_WORDS: usize = 5;

/// The words that say what an item does, from its first read words (whether each is "and" or
/// "or", and its content-word id): content words joined by "and" or "or" within the first
/// words ("Plan and schedule", "Recruit, hire and train"), else the first content word.
fn opening_acts(opening: &[(bool, Option<u32>)], first: Option<u32>) -> Heads {
    let mut heads = Heads::default();
    let joined = opening.iter().position(|(and_or, _)| *and_or);
    if let Some(at) = joined.filter(|at| (1..=3).contains(at)) {
        let before = &opening[..at];
        if let (true, Some((_, Some(after)))) = (
            before.iter().all(|(_, id)| id.is_some()),
            opening.get(at + 1),
        ) {
            for id in before.iter().filter_map(|(_, id)| *id).chain([*after]) {
                heads.push(id);
            }
            return heads;
        }
    }
    if let Some(first) = first {
        heads.push(first);
    }
    heads
}

/// An item's [`Item::heads`]: at most four words, kept inline (one allocation fewer per item).
#[derive(Clone, Copy, Default)]
struct Heads {
    ids: [u32; 4],
    len: u8,
}

impl Heads {
    fn push(&mut self, id: u32) {
        if let Some(slot) = self.ids.get_mut(usize::from(self.len)) {
            *slot = id;
            self.len += 1;
        }
    }

    fn ids(&self) -> &[u32] {
        &self.ids[..usize::from(self.len)]
    }
}

/// True for a word that starts with a digit ("10", "5k", "2nd") or names a number ("one
/// year trial period").
#[inline(always)]
fn is_number(token: &Token) -> bool {
    let word = token.lower.as_bytes();
    match word.first() {
        Some(b'0'..=b'9') => true,
        // Most words are ruled out by their first letter and length before any comparison.
        Some(b'e' | b'f' | b'n' | b'o' | b's' | b't') if word.len() <= 5 => matches!(
            word,
            b"one"
                | b"two"
                | b"three"
                | b"four"
                | b"five"
                | b"six"
                | b"seven"
                | b"eight"
                | b"nine"
                | b"ten"
        ),
        _ => false,
    }
}

/// Pairs (later, earlier) of duplicate items of one group; each later item reported once,
/// against the first earlier item it repeats. Candidate pairs come from an index of shared
/// words, so the work grows with the number of similar items, not with the square of all
/// items.
fn duplicate_pairs(items: &[Item], vocabulary: usize) -> Vec<(usize, usize)> {
    let comparable = |item: &Item| item.words.len() >= MIN_WORDS;
    // The items holding each word, in item order, as one flat list: the holders of word `w`
    // are `holders[starts[w]..starts[w + 1]]`. Items of a group are consecutive, so the
    // earlier items of the same group holding a word are one stretch of its holders.
    let mut starts = vec![0usize; vocabulary + 1];
    for item in items.iter().filter(|item| comparable(item)) {
        for &word in &item.words {
            starts[word as usize + 1] += 1;
        }
    }
    for index in 0..vocabulary {
        starts[index + 1] += starts[index];
    }
    let mut filled = starts.clone();
    let mut holders = vec![0usize; starts[vocabulary]];
    for (position, item) in items.iter().enumerate() {
        if !comparable(item) {
            continue;
        }
        for &word in &item.words {
            let at = &mut filled[word as usize];
            holders[*at] = position;
            *at += 1;
        }
    }
    let mut pairs = Vec::new();
    let mut shared = vec![0u32; items.len()];
    let mut touched: Vec<usize> = Vec::new();
    let mut group_start = 0;
    let mut group_end = 0;
    for (later, item) in items.iter().enumerate() {
        if later > 0 && items[later - 1].group != item.group {
            group_start = later;
        }
        if group_end <= later {
            group_end = later
                + items[later..]
                    .iter()
                    .take_while(|other| other.group == item.group)
                    .count();
        }
        // The words two items share that no other item of the group holds.
        let distinctive = |earlier: usize| {
            let mut count = 0;
            for word in items[earlier]
                .words
                .iter()
                .filter(|word| item.words.binary_search(word).is_ok())
            {
                let all = &holders[starts[*word as usize]..starts[*word as usize + 1]];
                let held = all.partition_point(|&position| position < group_end)
                    - all.partition_point(|&position| position < group_start);
                count += usize::from(held == 2);
            }
            count
        };
        if !comparable(item) {
            continue;
        }
        // Words held by very many items of the group ("experience") find no candidates of
        // their own; they still count when a candidate is compared in full.
        let mut skipped = 0usize;
        for &word in &item.words {
            let all = &holders[starts[word as usize]..starts[word as usize + 1]];
            let from = all.partition_point(|&position| position < group_start);
            let to = all.partition_point(|&position| position < later);
            let earlier_items = &all[from..to];
            if earlier_items.len() > MAX_HOLDERS {
                skipped += 1;
                continue;
            }
            for &earlier in earlier_items {
                if shared[earlier] == 0 {
                    touched.push(earlier);
                }
                shared[earlier] += 1;
            }
        }
        let duplicate_of = touched
            .iter()
            .copied()
            .filter(|&earlier| {
                let other = &items[earlier];
                let smaller = other.words.len().min(item.words.len());
                let possible = shared[earlier] as usize + skipped;
                if possible * 100 < REWORDED_CONTAINED * smaller {
                    return false;
                }
                let common = common_words(&other.words, &item.words);
                let union = other.words.len() + item.words.len() - common;
                // One says what the other does: the head word of one is among the other's
                // words ("Check plans ..." after "Review consultant plan submittals ...").
                let same_act = |a: &Item, b: &Item| {
                    a.heads
                        .ids()
                        .iter()
                        .any(|head| b.words.binary_search(head).is_ok())
                };
                let reworded = numbers_agree(other, item)
                    && (same_act(other, item)
                        || same_act(item, other)
                        || common * 100 >= CONTAINED * smaller)
                    && common * 100 >= REWORDED_CONTAINED * smaller
                    && common * 100 >= REWORDED_SIMILARITY * union
                    && distinctive(earlier) >= REWORDED_DISTINCTIVE;
                (is_duplicate(other, item, common) || reworded)
                    && (other.exact == item.exact || !on_one_pattern(items, earlier, later))
            })
            .min();
        if let Some(earlier) = duplicate_of {
            pairs.push((later, earlier));
        }
        for earlier in touched.drain(..) {
            shared[earlier] = 0;
        }
    }
    pairs
}

/// Number of words two sorted, distinct lists have in common.
fn common_words(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common
}

/// True when a third item of the group of items `a` and `b` has at least [`CONTAINED`] percent
/// of the words they share: the three are written on one pattern, each with its own point.
fn on_one_pattern(items: &[Item], a: usize, b: usize) -> bool {
    let group = items[a].group;
    let common: Vec<u32> = items[a]
        .words
        .iter()
        .copied()
        .filter(|word| items[b].words.binary_search(word).is_ok())
        .collect();
    let start = items[..a]
        .iter()
        .rposition(|item| item.group != group)
        .map_or(0, |i| i + 1);
    items[start..]
        .iter()
        .enumerate()
        .take_while(|(_, item)| item.group == group)
        .filter(|(offset, _)| start + offset != a && start + offset != b)
        .any(|(_, third)| {
            let shared = common
                .iter()
                .filter(|word| third.words.binary_search(word).is_ok())
                .count();
            shared * 100 >= CONTAINED * common.len()
        })
}

/// True when the two items state the same numbers, or none: items that differ in a number ("3+
/// years" and "5+ years") say different things. (An item with a number and one without are
/// not compared either: "Serve a one year trial period" and "You may be required to serve a
/// trial period" are each their list's own boilerplate on federal pages.)
fn numbers_agree(a: &Item, b: &Item) -> bool {
    a.numbers == b.numbers
}

/// True when `later` repeats `earlier`, given the number of content words they share.
fn is_duplicate(earlier: &Item, later: &Item, common: usize) -> bool {
    if !numbers_agree(earlier, later) {
        return false;
    }
    if earlier.exact == later.exact {
        return true;
    }
    let smaller = earlier.words.len().min(later.words.len());
    let union = earlier.words.len() + later.words.len() - common;
    common * 100 >= CONTAINED * smaller && common * 100 >= SIMILARITY * union
}
/// Sections this rule reports in (for documentation and the panel).
pub const SECTIONS: &[Section] = &[
    Section::Responsibilities,
    Section::MustHave,
    Section::NiceToHave,
    Section::Benefits,
    Section::Unplaced,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{flagged, run, summary};
    use crate::model::Posting;

    fn duties(lines: &[&str]) -> Posting {
        let mut posting = Posting::default();
        for line in lines {
            posting.push_item(ListKind::Responsibilities, *line);
        }
        posting
    }

    #[test]
    fn reads_a_noun_made_of_a_verb_or_an_adjective_as_that_word() {
        let posting = duties(&[
            "Supervise residents at all times and ensure their safety on outings",
            "Cook meals with the residents",
            "Provide constant supervision of residents to make sure they are safe at all times",
        ]);
        assert_eq!(run(&RULE, &posting).len(), 1);
        let posting = duties(&[
            "Supervise residents at all times and ensure they are safe on outings",
            "Cook meals with the residents",
            "Provide constant supervision of residents to make sure they are safe at all times",
        ]);
        assert_eq!(run(&RULE, &posting).len(), 1);
    }

    #[test]
    fn catches_rewordings_with_establish_or_keep() {
        let posting = duties(&[
            "Establish a safe, inclusive and respectful classroom environment",
            "Plan lessons from the Ontario curriculum",
            "Create a positive, safe and inclusive learning environment for all students",
            "Keep accurate compounding logs and controlled substance counts.",
            "Maintain accurate records of all compounding and controlled substance counts.",
        ]);
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            [
                "Create a positive, safe and inclusive learning environment for all students",
                "Maintain accurate records of all compounding and controlled substance counts."
            ]
        );
    }

    #[test]
    fn reads_verbs_in_ate_light_verbs_and_opening_verbs_as_the_same_act() {
        for (first, later) in [
            // "-ation" and "-ate", "-iation" and "-ile"; "all" and "each" point, they say
            // nothing of their own.
            (
                "Reconcile balance sheet accounts monthly",
                "Complete all balance sheet account reconciliations each month",
            ),
            // "Perform", "conduct", "complete" and "carry out" an inspection are one act.
            (
                "Perform pre-trip and post-trip inspections on your tractor and trailer",
                "Complete pre-trip and post-trip inspection reports every day",
            ),
            (
                "Book and conduct viewings with prospective tenants",
                "Carry out accompanied viewings of properties for prospective tenants",
            ),
            // The second verb an item opens with is what the other does.
            (
                "Plan and schedule posts for Instagram, TikTok and Pinterest, and report monthly on reach and engagement.",
                "Manage our social media calendar and schedule posts for Instagram, TikTok and Pinterest.",
            ),
            // Nearly all the words of the shorter one, whatever the verb.
            (
                "Conduct the volleyball program in compliance with all NCAA Division II, Great Lakes Valley Conference and university rules and regulations.",
                "Ensure compliance with all NCAA, conference and university rules and regulations.",
            ),
        ] {
            let posting = duties(&[first, "Mentor junior staff through regular feedback", later]);
            let diagnostics = run(&RULE, &posting);
            assert_eq!(flagged(&posting, &diagnostics), [later], "{first} / {later}");
        }
        // Two different acts on the same things are two duties.
        let posting = duties(&[
            "Design and build APIs for the billing service",
            "Mentor junior staff through regular feedback",
            "Document and support APIs for the billing service",
        ]);
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn items_sharing_only_their_framing_are_no_repeats() {
        let mut posting = Posting::default();
        for line in [
            "Demonstrated success in recruiting student-athletes.",
            "Knowledge of NCAA Division II rules and regulations.",
            "Demonstrated commitment to the academic success of student-athletes.",
            "Ability to work effectively with students, faculty and donors.",
            "Experience conducting research and analysis on economic or social policy issues.",
            "Experience preparing briefing notes for senior management.",
            "Experience providing advice or recommendations to senior management on policy or program issues.",
        ] {
            posting.push_item(ListKind::MustHave, line);
        }
        for line in [
            "You've founded a company before",
            "Open-source work you're proud of",
            "You've been a founding engineer before",
        ] {
            posting.push_item(ListKind::NiceToHave, line);
        }
        let diagnostics = run(&RULE, &posting);
        assert!(
            diagnostics.is_empty(),
            "{:?}",
            flagged(&posting, &diagnostics)
        );
    }

    #[test]
    fn lead_in_lines_are_no_duties_and_split_no_group() {
        let posting = duties(&[
            "In your first 90 days you will...",
            "Ship your first pull request.",
            "After your first 90 days you will\u{2026}",
            "Build custom WordPress themes for clients.",
            "Ship your first pull request.",
        ]);
        let diagnostics = run(&RULE, &posting);
        let twice = duties(&[
            "Greet customers, answer phones, file, etc...",
            "Greet customers, answer phones, file, etc...",
        ]);
        assert_eq!(
            run(&RULE, &twice).len(),
            1,
            "a duty ending in etc... is still a duty"
        );
        assert_eq!(
            flagged(&posting, &diagnostics),
            ["Ship your first pull request."],
            "the repeated duty across the two periods, not the two lead-ins"
        );
    }

    #[test]
    fn flags_reworded_duplicates_and_points_at_both() {
        let mut posting = Posting::default();
        let first = posting.push_item(
            ListKind::Responsibilities,
            "Design and build scalable APIs.",
        );
        posting.push_item(
            ListKind::Responsibilities,
            "Write documentation for the team",
        );
        posting.push_item(
            ListKind::Responsibilities,
            "Build and design the scalable API",
        );
        let diagnostics = run(&RULE, &posting);
        assert_eq!(
            flagged(&posting, &diagnostics),
            ["Build and design the scalable API"]
        );
        assert_eq!(
            diagnostics[0].related[0].field,
            Field::Item(ListKind::Responsibilities, first)
        );
    }

    #[test]
    fn flags_reworded_duties() {
        let posting = duties(&[
            "Complete a week-long onboarding course on our product, our tools, our customers and our processes.",
            "Meet the support and product teams.",
            "Complete an intensive onboarding course on our product, our tools, our customers and our processes.",
            "Develop dashboards for the finance team",
            "Build finance dashboards for the team",
            "Answer inbound calls from customers about billing, plans and service",
            "Handle incoming customer calls about their bills, plans and service issues",
            "Ensure all associates follow safety procedures, wear required PPE and operate equipment safely.",
            "Make sure associates follow all safety procedures and wear their required PPE.",
            "Write a weekly meal plan for each resident from their allergies, likes and preferences",
            "Design meal plans for every resident based on their allergies and preferences in our menu app",
            // "Written" describes ("written and verbal communication"), it does not write.
            "Strong written and verbal communication skills",
            "Excellent report writing skills",
        ]);
        let diagnostics = run(&RULE, &posting);
        assert_eq!(
            flagged(&posting, &diagnostics),
            [
                "Complete an intensive onboarding course on our product, our tools, our customers and our processes.",
                "Build finance dashboards for the team",
                "Handle incoming customer calls about their bills, plans and service issues",
                "Make sure associates follow all safety procedures and wear their required PPE.",
                "Design meal plans for every resident based on their allergies and preferences in our menu app",
            ]
        );
        assert!(diagnostics[0].message.contains("in other words"));
    }

    #[test]
    fn reads_support_as_help() {
        let posting = duties(&[
            "Assist residents with bathing, dressing and meals",
            "Plan the activity calendar",
            "Support residents with bathing and dressing every morning",
        ]);
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Support residents with bathing and dressing every morning"]
        );
    }

    #[test]
    fn flags_rewordings_that_keep_the_particulars() {
        let posting = duties(&[
            "Assist patients with bathing, dressing, grooming, toileting and oral care according to the care plan.",
            "Keep a record of every visit in the agency's app.",
            "Help patients with personal care such as dressing, bathing and grooming, as the care plan directs.",
            "Building beautiful, performant apps in Flutter, Swift and Kotlin for our clients",
            "Developing high-quality apps for our clients in Flutter, Swift and Kotlin",
        ]);
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            [
                "Help patients with personal care such as dressing, bathing and grooming, as the care plan directs.",
                "Developing high-quality apps for our clients in Flutter, Swift and Kotlin"
            ]
        );
        // A clause two duties share, with different work in each, is no rewording.
        let posting = duties(&[
            "Administer the legal issue tracker for the subject matter to which the role is assigned.",
            "Prepare standard agreements for subject matter to which the role is assigned.",
        ]);
        assert!(run(&RULE, &posting).is_empty());
        // Nor are two items of which one states a number the other does not.
        let posting = duties(&[
            "You may be required to serve a trial period.",
            "Serve a one year trial period, if required.",
        ]);
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_word_for_word_repeats_under_two_topics_of_one_role() {
        let posting = duties(&[
            "1. Grow the team",
            "Set the vision for the chapter, with goals.",
            "Hire and coach engineers.",
            "2. Shape the practice",
            "Set the vision for the chapter, with goals.",
        ]);
        let diagnostics = run(&RULE, &posting);
        assert_eq!(diagnostics.len(), 1);
        assert!(diagnostics[0].message.contains("word for word"));
    }

    #[test]
    fn flags_repeated_bullets_in_unsorted_text() {
        let posting = Posting {
            unplaced: "Grow the team\n- Set the vision for the chapter, with goals.\nShape the practice\n- Set the vision for the chapter, with goals.".into(),
            ..Posting::default()
        };
        let diagnostics = run(&RULE, &posting);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(
            diagnostics[0].flagged_text(&posting),
            "Set the vision for the chapter, with goals."
        );
        assert_eq!(diagnostics[0].span.as_ref().unwrap().start, 81);
    }

    #[test]
    fn ignores_number_only_changes() {
        let posting = duties(&[
            "3+ years of related accounts payable experience",
            "5+ years of related accounts payable experience",
            "Review 10 supplier contracts a month",
            "Review 20 supplier contracts every month",
        ]);
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_lines_repeated_across_levels() {
        // A page describing two levels: each level's duties and requirements, in turn.
        let mut posting = Posting::default();
        for level in ["Associate", "Senior"] {
            posting.push_item(ListKind::Responsibilities, format!("{level} Analyst"));
            posting.push_item(
                ListKind::Responsibilities,
                "Prepare monthly reconciliations of supplier accounts",
            );
            posting.push_item(
                ListKind::Responsibilities,
                "Assist with audit requests from the finance team",
            );
        }
        assert!(run(&RULE, &posting).is_empty());
        // The same page as the importer reads it when the level names go elsewhere: each
        // level's items form their own block, between the other lists' blocks.
        let mut posting = Posting::default();
        for years in ["2", "5"] {
            posting.push_item(
                ListKind::Responsibilities,
                "Prepare monthly reconciliations of supplier accounts",
            );
            posting.push_item(
                ListKind::Responsibilities,
                "Assist with audit requests from the finance team",
            );
            posting.push_item(
                ListKind::MustHave,
                format!("{years}+ years of accounts payable work"),
            );
            posting.push_item(
                ListKind::MustHave,
                "Knowledge of basic accounting principles",
            );
        }
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_a_duplicate_added_later_in_the_editor() {
        // Items added one at a time, after other lists, belong to the list they were added to.
        let mut posting = duties(&[
            "Prepare monthly reconciliations of supplier accounts",
            "Assist with audit requests from the finance team",
        ]);
        posting.push_item(
            ListKind::MustHave,
            "Knowledge of basic accounting principles",
        );
        posting.push_item(
            ListKind::Responsibilities,
            "Prepare the monthly reconciliations of supplier accounts",
        );
        assert_eq!(run(&RULE, &posting).len(), 1);
    }

    #[test]
    fn ignores_related_but_different_items_and_link_addresses() {
        let mut posting = summary("");
        posting.push_item(ListKind::Responsibilities, "Design and build scalable APIs");
        posting.push_item(
            ListKind::Responsibilities,
            "Design and run database migrations",
        );
        posting.push_item(ListKind::MustHave, "Design and build scalable APIs");
        assert!(run(&RULE, &posting).is_empty());
        let mut posting = Posting::default();
        posting.push_item(
            ListKind::MustHave,
            "Enthusiasm for building a new team from scratch",
        );
        posting.push_item(
            ListKind::MustHave,
            "Enthusiasm for building a new team from scratch, [within our values](https://example.com/company/handbook/values)",
        );
        assert_eq!(run(&RULE, &posting).len(), 1);
    }

    #[test]
    fn ignores_items_written_on_one_pattern() {
        let posting = duties(&[
            "Write plans and procedures for the detection of payment fraud.",
            "Write plans and procedures for the investigation of payment fraud.",
            "Write plans and procedures for the redress of payment fraud.",
        ]);
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_the_same_duty_under_two_headed_specialities() {
        let posting = duties(&[
            "Data & Analytics: run the data strategy service for partner agencies.",
            "Lead pilots and prototypes to demonstrate analytics products for customers.",
            "Artificial Intelligence: bring machine learning to partner agencies.",
            "Lead pilots and prototypes to demonstrate AI products for customers.",
        ]);
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn ignores_nothing_in_a_list_of_names() {
        let mut posting = Posting::default();
        for name in [
            "HTML",
            "CSS",
            "Writing Clear Technical Documents",
            "Git",
            "Writing clear technical documents",
        ] {
            posting.push_item(ListKind::MustHave, name);
        }
        assert_eq!(run(&RULE, &posting).len(), 1);
    }

    #[test]
    fn flags_a_benefit_listed_twice() {
        let mut posting = summary("A role.");
        for benefit in [
            "Training and development",
            "Dental insurance",
            "Vision insurance",
            "Training and development.",
        ] {
            posting.push_item(ListKind::Benefits, benefit);
        }
        let diagnostics = run(&RULE, &posting);
        assert_eq!(
            flagged(&posting, &diagnostics),
            ["Training and development."]
        );
        assert_eq!(diagnostics[0].related.len(), 1);
        let posting = summary(
            "You get:\n\n- Training and development\n- Dental insurance\n    - Training and development\n\nMore text.\n- Dental insurance",
        );
        assert_eq!(
            flagged(&posting, &run(&RULE, &posting)),
            ["Training and development"]
        );
    }

    #[test]
    fn roots_drop_the_noun_endings_of_long_enough_stems() {
        for (stem, expected) in [
            ("supervision", "supervis"),
            ("supervise", "supervis"),
            ("management", "manag"),
            ("safety", "safe"),
            ("safe", "safe"),
            ("ment", "ment"),
            ("comment", "comment"),
            ("lion", "lion"),
            ("nation", "nation"),
            ("variety", "vari"),
            ("piety", "piety"),
            ("create", "creat"),
            ("code", "code"),
        ] {
            assert_eq!(root(stem), expected, "{stem}");
        }
    }

    #[test]
    fn labels_are_short_names_or_end_in_a_colon() {
        for label in [
            "Senior Paralegal",
            "Manager, Accounts Payable",
            "Head of Sales",
            "What you will do:",
            "Experience:",
            "Knowledge and Skills",
        ] {
            assert!(is_group_label(label), "{label}");
        }
        for item in [
            "Develop and enable your team",
            "Grow the team",
            "Set the vision.",
            "In the first year you will\u{2026}",
            "",
            // Title-case requirements.
            "Experience with AWS (ECS, RDS, Lambda, IAM)",
            "Proficient in Microsoft Excel and Outlook",
            "Fluent in English and Spanish",
        ] {
            assert!(!is_group_label(item), "{item}");
        }
    }
}
