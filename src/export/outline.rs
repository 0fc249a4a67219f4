//! The outline: the one ordered reading of a posting that the preview and every export render.
//!
//! [`outline`] turns a [`Posting`] into the title, the facts (company, employment type,
//! location, pay, dates) and the sections in one fixed order, each with its heading and its
//! blocks: paragraphs, lists and the apply link. The live preview, the job-board HTML fragment,
//! the standalone page, the JSON-LD `description`, Markdown and plain text all render this and
//! nothing else, so they cannot disagree about what the posting says or in which order. The
//! renderers only decide how a block looks and how its text is escaped.
//!
//! Unsorted text (`Posting::unplaced`) is not left out: it comes last, under
//! [`UNSORTED_HEADING`], and the export menu says it is there.
//!
//! Every line of text in the outline is cleaned once, here: trimmed, control characters
//! removed (tabs become spaces) and every bidirectional embedding, override or isolate the line
//! opens closed again at its end, so right-to-left overrides in one field cannot reorder the
//! labels, markup or lines that follow it in any output.

use crate::model::{ListKind, OnCallStatus, Posting, Section};

pub use crate::model::UNSORTED_HEADING;

/// The on-call sentence when the posting says there is no on-call duty.
pub const ON_CALL_NONE: &str = "This role has no on-call duty.";

/// The on-call sentence when the role has on-call duty and the posting gives no details.
pub const ON_CALL_REQUIRED: &str = "This role includes on-call duty.";

/// Sections in outline order. The editor uses the same order ([`Section::ALL`]).
const ORDER: [Section; 10] = [
    Section::Summary,
    Section::AboutCompany,
    Section::Responsibilities,
    Section::MustHave,
    Section::NiceToHave,
    Section::Benefits,
    Section::OnCall,
    Section::HowToApply,
    Section::EqualOpportunity,
    Section::Unplaced,
];

/// A posting as the ordered blocks every output renders.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outline {
    /// The job title on one line; empty when there is none.
    pub title: String,
    /// Labelled facts under the title, only those present, in a fixed order.
    pub facts: Vec<Fact>,
    /// The sections that have something to say, in outline order.
    pub sections: Vec<OutlineSection>,
}

/// One fact under the title ("Pay", "EUR 70,000 – 85,000 per year").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    /// "Company", "Employment type", "Location", "Pay", "Posted" or "Apply by".
    pub label: &'static str,
    /// The value on one line.
    pub value: String,
}

/// One section with its heading and blocks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutlineSection {
    pub section: Section,
    /// The heading a job seeker reads ([`heading`]).
    pub heading: &'static str,
    /// Never empty.
    pub blocks: Vec<Block>,
}

/// A block of a section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A paragraph; its single line breaks are kept, so it is a list of non-empty lines.
    Paragraph(Vec<String>),
    /// A bulleted list; each item is its non-empty lines (the first may be a group label).
    List(Vec<Vec<String>>),
    /// The apply link: `url` is an `http`, `https` or `mailto` URL that passed
    /// [`super::safe_url`]; `text` is what the reader sees (the address or the URL).
    Link { text: String, url: String },
}

impl Outline {
    /// The section, when the outline has it.
    pub fn section(&self, section: Section) -> Option<&OutlineSection> {
        self.sections
            .iter()
            .find(|candidate| candidate.section == section)
    }

    /// Lines of unsorted text the outline includes (0 when there is none).
    pub fn unsorted_lines(&self) -> usize {
        self.section(Section::Unplaced).map_or(0, |section| {
            section
                .blocks
                .iter()
                .map(|block| match block {
                    Block::Paragraph(lines) => lines.len(),
                    Block::List(items) => items.iter().map(Vec::len).sum(),
                    Block::Link { .. } => 1,
                })
                .sum()
        })
    }
}

/// The heading a job seeker reads for a section. The importers read every one of them back
/// as the same section.
pub fn heading(section: Section) -> &'static str {
    match section {
        Section::Summary => "About the role",
        Section::AboutCompany => "About the company",
        Section::Responsibilities => "What you will do",
        Section::MustHave => "What you need",
        Section::NiceToHave => "Nice to have",
        Section::Benefits => "Benefits",
        Section::OnCall => "On-call",
        Section::HowToApply => "How to apply",
        Section::EqualOpportunity => "Equal opportunity",
        Section::Unplaced => UNSORTED_HEADING,
        other => other.label(),
    }
}

/// The posting as its outline.
pub fn outline(posting: &Posting) -> Outline {
    let sections = ORDER
        .into_iter()
        .filter_map(|section| {
            let blocks = section_blocks(posting, section);
            (!blocks.is_empty()).then(|| OutlineSection {
                section,
                heading: heading(section),
                blocks,
            })
        })
        .collect();
    Outline {
        title: one_line(&posting.title),
        facts: facts(posting),
        sections,
    }
}

/// The facts under the title, in the order company, employment type, location, pay, dates.
fn facts(posting: &Posting) -> Vec<Fact> {
    [
        ("Company", posting.company.clone()),
        (
            "Employment type",
            posting
                .employment_type
                .map(|kind| kind.label().to_owned())
                .unwrap_or_default(),
        ),
        ("Location", posting.location.describe()),
        ("Pay", posting.pay.describe()),
        ("Posted", posting.date_posted.clone()),
        ("Apply by", posting.valid_through.clone()),
    ]
    .into_iter()
    .map(|(label, value)| Fact {
        label,
        value: one_line(&value),
    })
    .filter(|fact| !fact.value.is_empty())
    .collect()
}

fn section_blocks(posting: &Posting, section: Section) -> Vec<Block> {
    match section {
        Section::Summary => text_blocks(&posting.summary),
        Section::AboutCompany => text_blocks(&posting.about_company),
        Section::Responsibilities => list_blocks(posting, ListKind::Responsibilities),
        Section::MustHave => list_blocks(posting, ListKind::MustHave),
        Section::NiceToHave => list_blocks(posting, ListKind::NiceToHave),
        Section::Benefits => list_blocks(posting, ListKind::Benefits),
        Section::OnCall => on_call_blocks(posting),
        Section::HowToApply => how_to_apply_blocks(posting),
        Section::EqualOpportunity => text_blocks(&posting.equal_opportunity),
        Section::Unplaced => text_blocks(&posting.unplaced),
        _ => Vec::new(),
    }
}

fn list_blocks(posting: &Posting, kind: ListKind) -> Vec<Block> {
    let items: Vec<Vec<String>> = posting
        .list(kind)
        .iter()
        .map(|item| clean_lines(&item.text))
        .filter(|lines| !lines.is_empty())
        .collect();
    if items.is_empty() {
        Vec::new()
    } else {
        vec![Block::List(items)]
    }
}

/// The on-call section: the sentence when it tells the reader something the rest does not
/// (always for "no on-call duty"; for on-call duty only when no details are given), then how
/// often, the hours and the compensation, then the details.
fn on_call_blocks(posting: &Posting) -> Vec<Block> {
    let on_call = &posting.on_call;
    let facts: Vec<String> = [
        ("How often", &on_call.frequency),
        ("Hours", &on_call.hours),
        ("Compensation", &on_call.compensation),
    ]
    .into_iter()
    .map(|(label, value)| (label, one_line(value)))
    .filter(|(_, value)| !value.is_empty())
    .map(|(label, value)| format!("{label}: {value}"))
    .collect();
    let details = text_blocks(&on_call.details);
    let sentence = match on_call.status {
        OnCallStatus::None => Some(ON_CALL_NONE),
        OnCallStatus::Required if facts.is_empty() && details.is_empty() => Some(ON_CALL_REQUIRED),
        _ => None,
    };
    let mut blocks = Vec::new();
    if let Some(sentence) = sentence {
        blocks.push(Block::Paragraph(vec![sentence.to_owned()]));
    }
    if !facts.is_empty() {
        blocks.push(Block::Paragraph(facts));
    }
    blocks.extend(details);
    blocks
}

/// How to apply: the text, then the link unless the text already gives it.
fn how_to_apply_blocks(posting: &Posting) -> Vec<Block> {
    let apply = &posting.how_to_apply;
    let mut blocks = text_blocks(&apply.text);
    if let Some(url) = super::safe_url(&apply.url) {
        let text = url_text(&url);
        let mentioned = apply.text.contains(&url) || apply.text.contains(&text);
        if !mentioned {
            blocks.push(Block::Link { text, url });
        }
    }
    blocks
}

/// What a reader sees for a link: the address of a `mailto:` link, otherwise the URL.
pub(crate) fn url_text(url: &str) -> String {
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("mailto:") {
        let address = &url["mailto:".len()..];
        let address = address.split('?').next().unwrap_or(address);
        if !address.is_empty() {
            return one_line(address);
        }
    }
    one_line(url)
}

/// A free-text field as blocks: blank lines separate paragraphs, single line breaks are kept,
/// and runs of "- " lines are lists.
fn text_blocks(text: &str) -> Vec<Block> {
    let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut blocks = Vec::new();
    let mut paragraph: Vec<String> = Vec::new();
    let mut items: Vec<Vec<String>> = Vec::new();
    let flush_paragraph = |paragraph: &mut Vec<String>, blocks: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            blocks.push(Block::Paragraph(std::mem::take(paragraph)));
        }
    };
    let flush_items = |items: &mut Vec<Vec<String>>, blocks: &mut Vec<Block>| {
        if !items.is_empty() {
            blocks.push(Block::List(std::mem::take(items)));
        }
    };
    for raw in normalized.split('\n') {
        let line = clean_line(raw);
        if line.is_empty() {
            flush_paragraph(&mut paragraph, &mut blocks);
            flush_items(&mut items, &mut blocks);
            continue;
        }
        match line.strip_prefix("- ").map(clean_line) {
            Some(item) if !item.is_empty() => {
                flush_paragraph(&mut paragraph, &mut blocks);
                items.push(vec![item]);
            }
            _ => {
                flush_items(&mut items, &mut blocks);
                paragraph.push(line);
            }
        }
    }
    flush_paragraph(&mut paragraph, &mut blocks);
    flush_items(&mut items, &mut blocks);
    blocks
}

/// The non-empty cleaned lines of a text.
fn clean_lines(text: &str) -> Vec<String> {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .split('\n')
        .map(clean_line)
        .filter(|line| !line.is_empty())
        .collect()
}

/// A text on one line: its cleaned lines joined by spaces.
fn one_line(text: &str) -> String {
    clean_lines(text).join(" ")
}

/// One line for output: control characters removed (a tab becomes a space), trimmed, and
/// every bidirectional embedding, override or isolate it opens closed at its end.
fn clean_line(line: &str) -> String {
    let visible: String = line
        .chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect();
    close_bidi(visible.trim())
}

/// Opens an embedding or override (closed by U+202C POP DIRECTIONAL FORMATTING).
const EMBEDDINGS: [char; 4] = ['\u{202a}', '\u{202b}', '\u{202d}', '\u{202e}'];
/// Opens an isolate (closed by U+2069 POP DIRECTIONAL ISOLATE).
const ISOLATES: [char; 3] = ['\u{2066}', '\u{2067}', '\u{2068}'];
const POP_EMBEDDING: char = '\u{202c}';
const POP_ISOLATE: char = '\u{2069}';

/// The bidirectional controls still open at the end of `text`, innermost last, following the
/// Unicode bidirectional algorithm's pairing: a PDF closes the innermost embedding unless an
/// isolate is open inside it; a PDI closes the innermost isolate and everything opened in it.
pub(crate) fn open_bidi(text: &str) -> Vec<char> {
    let mut stack: Vec<char> = Vec::new();
    for c in text.chars() {
        if EMBEDDINGS.contains(&c) || ISOLATES.contains(&c) {
            stack.push(c);
        } else if c == POP_EMBEDDING {
            if stack.last().is_some_and(|top| EMBEDDINGS.contains(top)) {
                stack.pop();
            }
        } else if c == POP_ISOLATE {
            if let Some(isolate) = stack.iter().rposition(|open| ISOLATES.contains(open)) {
                stack.truncate(isolate);
            }
        }
    }
    stack
}

fn close_bidi(text: &str) -> String {
    let open = open_bidi(text);
    if open.is_empty() {
        return text.to_owned();
    }
    let mut out = text.to_owned();
    for opener in open.iter().rev() {
        out.push(if ISOLATES.contains(opener) {
            POP_ISOLATE
        } else {
            POP_EMBEDDING
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EmploymentType, Pay, PayPeriod, WorkMode};

    fn example() -> Posting {
        let mut posting = Posting {
            title: " Data Engineer ".into(),
            company: "Example Freight".into(),
            employment_type: Some(EmploymentType::FullTime),
            summary: "We move freight data.\nFast.\n\n- first\n- second\nAfter the list.".into(),
            about_company: "A 60-person company.".into(),
            equal_opportunity: "We welcome everyone.".into(),
            unplaced: "stray line one\nstray line two\n\n- stray bullet".into(),
            date_posted: "2026-03-01".into(),
            ..Posting::default()
        };
        posting.location.places = "Berlin".into();
        posting.location.work_mode = Some(WorkMode::Hybrid);
        posting.pay = Pay {
            min: Some(70000.0),
            max: Some(85000.0),
            currency: "EUR".into(),
            period: Some(PayPeriod::Year),
            absent_reason: String::new(),
        };
        posting.push_item(ListKind::Benefits, "30 days of holiday");
        posting.push_item(ListKind::Responsibilities, "Pipelines:\nBuild them");
        posting.push_item(ListKind::Responsibilities, "   ");
        posting.on_call.status = OnCallStatus::Required;
        posting.how_to_apply.text = "Send your CV.".into();
        posting.how_to_apply.url = "https://example.com/apply".into();
        posting
    }

    #[test]
    fn orders_facts_and_sections() {
        let outline = outline(&example());
        assert_eq!(outline.title, "Data Engineer");
        let labels: Vec<&str> = outline.facts.iter().map(|fact| fact.label).collect();
        assert_eq!(
            labels,
            ["Company", "Employment type", "Location", "Pay", "Posted"]
        );
        assert_eq!(outline.facts[2].value, "Hybrid – Berlin");
        assert_eq!(outline.facts[3].value, "EUR 70,000 – 85,000 per year");
        let headings: Vec<&str> = outline.sections.iter().map(|s| s.heading).collect();
        assert_eq!(
            headings,
            [
                "About the role",
                "About the company",
                "What you will do",
                "Benefits",
                "On-call",
                "How to apply",
                "Equal opportunity",
                "Other information",
            ]
        );
    }

    #[test]
    fn splits_text_into_paragraphs_and_lists() {
        let outline = outline(&example());
        assert_eq!(
            outline.sections[0].blocks,
            [
                Block::Paragraph(vec!["We move freight data.".into(), "Fast.".into()]),
                Block::List(vec![vec!["first".into()], vec!["second".into()]]),
                Block::Paragraph(vec!["After the list.".into()]),
            ]
        );
        assert_eq!(
            outline.sections[2].blocks,
            [Block::List(vec![vec![
                "Pipelines:".into(),
                "Build them".into()
            ]])]
        );
    }

    #[test]
    fn keeps_unsorted_text_last_and_counts_its_lines() {
        let outline = outline(&example());
        let last = outline.sections.last().unwrap();
        assert_eq!(last.section, Section::Unplaced);
        assert_eq!(outline.unsorted_lines(), 3);
        assert_eq!(super::outline(&Posting::default()).unsorted_lines(), 0);
    }

    #[test]
    fn says_on_call_once() {
        let mut posting = example();
        let on_call = |posting: &Posting| {
            outline(posting)
                .section(Section::OnCall)
                .map(|section| section.blocks.clone())
        };
        assert_eq!(
            on_call(&posting),
            Some(vec![Block::Paragraph(vec![ON_CALL_REQUIRED.into()])])
        );
        posting.on_call.frequency = "One week in six".into();
        assert_eq!(
            on_call(&posting),
            Some(vec![Block::Paragraph(vec![
                "How often: One week in six".into()
            ])])
        );
        posting.on_call.status = OnCallStatus::None;
        posting.on_call.frequency.clear();
        assert_eq!(
            on_call(&posting),
            Some(vec![Block::Paragraph(vec![ON_CALL_NONE.into()])])
        );
        posting.on_call.status = OnCallStatus::NotStated;
        assert_eq!(on_call(&posting), None);
    }

    #[test]
    fn links_only_safe_urls_not_already_in_the_text() {
        let mut posting = example();
        let apply = |posting: &Posting| {
            outline(posting)
                .section(Section::HowToApply)
                .map(|section| section.blocks.clone())
        };
        assert_eq!(
            apply(&posting).unwrap().last(),
            Some(&Block::Link {
                text: "https://example.com/apply".into(),
                url: "https://example.com/apply".into()
            })
        );
        posting.how_to_apply.url = "javascript:alert(1)".into();
        assert_eq!(apply(&posting).unwrap().len(), 1);
        posting.how_to_apply.text = "Write to jobs@example.com.".into();
        posting.how_to_apply.url = "mailto:jobs@example.com".into();
        assert_eq!(apply(&posting).unwrap().len(), 1);
        posting.how_to_apply.text.clear();
        assert_eq!(
            apply(&posting),
            Some(vec![Block::Link {
                text: "jobs@example.com".into(),
                url: "mailto:jobs@example.com".into()
            }])
        );
    }

    #[test]
    fn cleans_controls_and_closes_bidi_overrides() {
        assert_eq!(clean_line("\ta\u{0}b\u{7f} "), "ab");
        assert_eq!(clean_line("x\u{202e}gnp.exe"), "x\u{202e}gnp.exe\u{202c}");
        assert_eq!(
            clean_line("\u{2067}a\u{202b}b"),
            "\u{2067}a\u{202b}b\u{202c}\u{2069}"
        );
        assert_eq!(clean_line("\u{202e}a\u{202c}"), "\u{202e}a\u{202c}");
        assert_eq!(
            clean_line("\u{2066}\u{202e}a\u{2069}"),
            "\u{2066}\u{202e}a\u{2069}"
        );
        assert!(open_bidi(&clean_line("\u{202d}\u{2068}\u{202c}")).is_empty());
        let posting = Posting {
            title: "a\r\nb\rc".into(),
            summary: "one\r\rtwo".into(),
            ..Posting::default()
        };
        let outline = outline(&posting);
        assert_eq!(outline.title, "a b c");
        assert_eq!(outline.sections[0].blocks.len(), 2);
    }
}
