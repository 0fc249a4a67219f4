//! The checks the fuzz targets run, shared with `tests/fuzz_regressions.rs` so that every input
//! the fuzzer saved is replayed by the normal tests, natively, with the same assertions.
//!
//! Each check takes raw bytes, builds its input from them (a posting, an HTML page, a stored
//! envelope, ...), calls the core and panics when an invariant breaks. The core itself must
//! never panic on any of these inputs; an `assert!` here failing is a bug as well.
//!
//! Native only and hidden from the docs: it is test support, not an API.

use crate::export;
use crate::import::{self, InputKind};
use crate::lint::{self, apply_fix, Edit, Fix, LintSettings};
use crate::model::{
    Document, EmploymentType, Envelope, Field, Index, ListKind, OnCallStatus, PayPeriod, Posting,
    WorkMode,
};

/// A fuzz target's check: the target's name (its folder under `fuzz/regressions/`) and the
/// function run on each input.
#[derive(Clone, Copy, Debug)]
pub struct Target {
    pub name: &'static str,
    pub check: fn(&[u8]),
}

/// Every target whose inputs the regression test replays (the planted-panic self-test is not
/// one of them: its panic is on purpose).
pub const TARGETS: &[Target] = &[
    Target {
        name: "import_raw",
        check: import_raw,
    },
    Target {
        name: "import_structured",
        check: import_structured,
    },
    Target {
        name: "lint_fixes",
        check: lint_fixes,
    },
    Target {
        name: "export_roundtrip",
        check: export_roundtrip,
    },
    Target {
        name: "envelope",
        check: envelope,
    },
];

/// The self-test target's check: panics on purpose for inputs starting with `PWFZ`.
///
/// The four bytes are compared as one `u32`, so blind random inputs hit it once in 2^32 tries;
/// a fuzzer finds it within seconds only when it is guided by the comparison's operands
/// (libFuzzer's CMP tracing), which is what the self-test proves.
pub fn planted_panic(data: &[u8]) {
    let Some(head) = data.get(..4) else {
        return;
    };
    let mut word = [0u8; 4];
    word.copy_from_slice(head);
    if std::hint::black_box(u32::from_le_bytes(word)) == u32::from_le_bytes(*b"PWFZ") {
        panic!("planted panic found: the fuzzer is coverage-guided");
    }
}

/// Raw input to the importers: `import_bytes` on the bytes and `import_str` on their lossy
/// UTF-8 reading. Whatever imports must survive a draft-JSON round trip.
pub fn import_raw(data: &[u8]) {
    let _ = import::import_bytes(data);
    let text = String::from_utf8_lossy(data);
    let _ = import::detect(&text);
    if let Ok(imported) = import::import_str(&text) {
        check_imported(&text, &imported);
    }
}

/// Importer input built from the bytes: the first byte picks a form (HTML page, JSON-LD in a
/// page, bare JSON-LD, draft JSON, Markdown with front matter, Markdown, plain text) and the
/// rest is the text poured into it, split into parts at `\x1f` (title, company, body, ...). The
/// fuzz run seeds this target with the corpus postings behind each form byte.
pub fn import_structured(data: &[u8]) {
    let Some((&form, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let input = structured_input(form, &text);
    if let Ok(imported) = import::import_str(&input) {
        check_imported(&input, &imported);
    }
}

/// What every successful import must satisfy: list item ids are unique and non-zero, and the
/// draft JSON of the result imports back to the same document.
fn check_imported(input: &str, imported: &import::Imported) {
    let posting = &imported.document.posting;
    let mut ids: Vec<_> = ListKind::ALL
        .iter()
        .flat_map(|kind| posting.list(*kind).iter().map(|item| item.id))
        .collect();
    assert!(ids.iter().all(|id| *id != 0), "an item id is 0: {input:?}");
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "item ids repeat after import");
    let _ = import::placements(posting);
    let json = export::to_json(&imported.document);
    let again = import::import_str(&json)
        .unwrap_or_else(|error| panic!("the draft JSON of an import does not import: {error}"));
    assert_eq!(again.kind, InputKind::DraftJson);
    assert_eq!(
        again.document, imported.document,
        "draft JSON round trip changed the import"
    );
}

/// The text of one structured importer input.
fn structured_input(form: u8, text: &str) -> String {
    let parts: Vec<&str> = text.split('\x1f').collect();
    let part = |index: usize| parts.get(index).copied().unwrap_or("");
    let (title, company, body) = (part(0), part(1), part(2));
    let rest = parts.get(3..).unwrap_or(&[]);
    let json = |value: &str| serde_json::Value::from(value).to_string();
    match form % 7 {
        0 => {
            let mut page = format!(
                "<!doctype html><html><head><title>{title}</title></head><body><h1>{title}</h1>\
                 <p>{company}</p><div>{body}</div>"
            );
            for item in rest {
                page.push_str(&format!("<h2>{item}</h2><ul><li>{item}</li></ul>"));
            }
            page.push_str("</body></html>");
            page
        }
        1 | 2 => {
            let mut object = format!(
                "{{\"@context\":\"https://schema.org/\",\"@type\":\"JobPosting\",\"title\":{},\
                 \"hiringOrganization\":{{\"@type\":\"Organization\",\"name\":{}}},\
                 \"description\":{}",
                json(title),
                json(company),
                json(body)
            );
            let keys = [
                "employmentType",
                "datePosted",
                "validThrough",
                "responsibilities",
                "qualifications",
                "jobBenefits",
                "jobLocationType",
                "applicantLocationRequirements",
            ];
            for (key, value) in keys.iter().zip(rest) {
                object.push_str(&format!(",{}:{}", json(key), json(value)));
            }
            object.push('}');
            if form % 7 == 1 {
                format!(
                    "<html><head><script type=\"application/ld+json\">{object}</script></head>\
                     <body><p>{body}</p></body></html>"
                )
            } else {
                object
            }
        }
        3 => format!(
            "{{\"format\":\"postwright-draft\",\"schema_version\":1,\"posting\":{{\"title\":{},\
             \"company\":{},\"summary\":{},\"responsibilities\":[{}]}}}}",
            json(title),
            json(company),
            json(body),
            rest.iter()
                .enumerate()
                .map(|(index, item)| format!("{{\"id\":{index},\"text\":{}}}", json(item)))
                .collect::<Vec<_>>()
                .join(",")
        ),
        4 => {
            let mut markdown = format!("---\ntitle: {title}\ncompany: {company}\n");
            for item in rest {
                markdown.push_str(item);
                markdown.push('\n');
            }
            markdown.push_str("---\n\n");
            markdown.push_str(body);
            markdown
        }
        5 => {
            let mut markdown = format!("# {title}\n\n**{company}**\n\n{body}\n");
            for item in rest {
                markdown.push_str(&format!("\n## {item}\n\n- {item}\n"));
            }
            markdown
        }
        _ => parts.join("\n"),
    }
}

/// A posting built from arbitrary bytes, for the lint and export targets.
///
/// The first four bytes choose the employment type, work mode, pay period and on-call status.
/// The rest is read as text, line by line: a line starting with a control byte `\x01`..`\x19`
/// (not the line feed) goes to the field that byte names (see [`FIELD_SLOTS`]), any other line to a field chosen
/// by its length and first byte, so plain text (the corpus postings the fuzz run seeds with)
/// spreads over the whole posting and every mutation moves text between fields. Lines that land
/// in a list become items; lines in the pay slots are read as figures. Everything after the
/// first NUL byte is an edit script (see [`edits_from_bytes`]).
pub fn posting_from_bytes(data: &[u8]) -> Posting {
    let header = |index: usize| data.get(index).copied().unwrap_or(0);
    let mut posting = Posting {
        employment_type: pick(&EmploymentType::ALL, header(0)),
        ..Posting::default()
    };
    posting.location.work_mode = pick(&WorkMode::ALL, header(1));
    posting.pay.period = pick(&PayPeriod::ALL, header(2));
    posting.on_call.status = OnCallStatus::ALL[usize::from(header(3)) % OnCallStatus::ALL.len()];
    let (body, _) = body_and_script(data);
    let text = String::from_utf8_lossy(body);
    for line in text.split('\n') {
        let first = line.bytes().next().unwrap_or(0);
        let (slot, line) = if let Some(slot) = selected_slot(first) {
            (slot, &line[1..])
        } else {
            ((line.len() + usize::from(first)) % FIELD_SLOTS.len(), line)
        };
        match FIELD_SLOTS[slot] {
            Slot::Text(field) => {
                if let Some(target) = posting.text_mut(field) {
                    if !target.is_empty() {
                        target.push('\n');
                    }
                    target.push_str(line);
                }
            }
            Slot::List(kind) => {
                posting.push_item(kind, line);
            }
            Slot::PayMin => posting.pay.min = figure(line),
            Slot::PayMax => posting.pay.max = figure(line),
        }
    }
    posting
}

/// The bytes after the four header bytes, split at the first NUL into the posting's text and
/// the edit script.
fn body_and_script(data: &[u8]) -> (&[u8], &[u8]) {
    let body = data.get(4..).unwrap_or(&[]);
    match body.iter().position(|byte| *byte == 0) {
        Some(position) => (&body[..position], &body[position + 1..]),
        None => (body, &[]),
    }
}

/// The slot a line's leading control byte names: `\x01`..`\x19`, skipping the line feed `\x0a`.
fn selected_slot(first: u8) -> Option<usize> {
    let index = match first {
        1..=9 => first - 1,
        11..=25 => first - 2,
        _ => return None,
    };
    Some(usize::from(index)).filter(|index| *index < FIELD_SLOTS.len())
}

/// `None` for a zero byte, else one of `values`.
fn pick<T: Copy>(values: &[T], byte: u8) -> Option<T> {
    match usize::from(byte) % (values.len() + 1) {
        0 => None,
        index => values.get(index - 1).copied(),
    }
}

/// A pay figure: finite numbers only. (A NaN or infinite figure cannot survive draft JSON,
/// which has no spelling for it, and the editor's number inputs never produce one.)
fn figure(line: &str) -> Option<f64> {
    line.trim()
        .parse::<f64>()
        .ok()
        .filter(|value| value.is_finite())
}

/// Where a line of [`posting_from_bytes`] input goes.
#[derive(Clone, Copy)]
enum Slot {
    Text(Field),
    List(ListKind),
    PayMin,
    PayMax,
}

/// The slots a line can be sent to; a leading byte `\x01` picks the first.
const FIELD_SLOTS: [Slot; 24] = [
    Slot::Text(Field::Title),
    Slot::Text(Field::Company),
    Slot::Text(Field::LocationPlaces),
    Slot::Text(Field::LocationCountry),
    Slot::Text(Field::RemoteEligibility),
    Slot::Text(Field::PayCurrency),
    Slot::Text(Field::PayAbsentReason),
    Slot::Text(Field::Summary),
    Slot::Text(Field::AboutCompany),
    Slot::List(ListKind::Responsibilities),
    Slot::List(ListKind::MustHave),
    Slot::List(ListKind::NiceToHave),
    Slot::List(ListKind::Benefits),
    Slot::Text(Field::OnCallFrequency),
    Slot::Text(Field::OnCallHours),
    Slot::Text(Field::OnCallCompensation),
    Slot::Text(Field::OnCallDetails),
    Slot::Text(Field::HowToApply),
    Slot::Text(Field::ApplyUrl),
    Slot::Text(Field::EqualOpportunity),
    Slot::Text(Field::DatePosted),
    Slot::Text(Field::Unplaced),
    Slot::PayMin,
    Slot::PayMax,
];

/// Replacement texts the edit script can insert: empty, ASCII, multi-byte characters, line
/// breaks and words the rules look for.
const REPLACEMENTS: [&str; 8] = [
    "",
    "x",
    "é",
    "🙂",
    "\n",
    " rockstar ",
    "salesperson",
    " 10+ years ",
];

/// The edit script after the first NUL byte past the header: each four bytes are one [`Edit`] (field, start,
/// end, replacement). Ranges are raw numbers, not clamped, so they may be reversed, past the
/// end or inside a character: `apply_fix` must refuse those, not panic. Each two edits make
/// one fix.
pub fn edits_from_bytes(data: &[u8], posting: &Posting) -> Vec<Fix> {
    let (_, script) = body_and_script(data);
    let fields = posting_fields(posting);
    let edits: Vec<Edit> = script
        .chunks_exact(4)
        .map(|chunk| {
            let field = fields[usize::from(chunk[0]) % fields.len()];
            let length = posting.text(field).map_or(0, str::len);
            // Positions scale to the field's length (plus a little past its end).
            let scale = |byte: u8| usize::from(byte) * (length + 2) / 255;
            let range = scale(chunk[1])..scale(chunk[2]);
            // The text the edit expects: the field's own (a live edit) for even bytes, other
            // text (a stale edit, which the core must refuse) for odd ones.
            let expected = match posting.text(field).and_then(|text| text.get(range.clone())) {
                Some(current) if chunk[3] % 2 == 0 => current.to_owned(),
                _ => "stale".to_owned(),
            };
            Edit::new(
                field,
                range,
                expected,
                REPLACEMENTS[usize::from(chunk[3]) % REPLACEMENTS.len()],
            )
        })
        .collect();
    edits
        .chunks(2)
        .map(|edits| Fix {
            title: "Fuzz edit".to_owned(),
            edits: edits.to_vec(),
        })
        .collect()
}

/// Every text field of the posting, list items included, plus one that does not exist.
fn posting_fields(posting: &Posting) -> Vec<Field> {
    let mut fields: Vec<Field> = FIELD_SLOTS
        .iter()
        .filter_map(|slot| match slot {
            Slot::Text(field) => Some(*field),
            _ => None,
        })
        .collect();
    for kind in ListKind::ALL {
        fields.extend(
            posting
                .list(kind)
                .iter()
                .map(|item| Field::Item(kind, item.id)),
        );
    }
    fields.push(Field::Item(ListKind::Benefits, u32::MAX));
    fields
}

/// The linter on an arbitrary posting after random edits, then every fix of every finding.
///
/// Checks: no panic; random edits are applied whole or refused; every finding's span is a
/// range of whole characters inside its field; every fix of a fresh finding applies and leaves
/// every field valid UTF-8; and applying all fixes one after another (their ranges going
/// stale) refuses or applies each, never panics, and the result lints. (Linting after each
/// single fix as well would multiply the cost per input by the number of fixes.)
pub fn lint_fixes(data: &[u8]) {
    let mut posting = posting_from_bytes(data);
    for fix in edits_from_bytes(data, &posting) {
        let before = posting.clone();
        if apply_fix(&mut posting, &fix).is_err() {
            assert_eq!(posting, before, "a refused fix changed the posting");
        }
    }
    let settings = LintSettings::default();
    let report = lint::check(&posting, &settings);
    let diagnostics = report.diagnostics;
    for diagnostic in &diagnostics {
        if let (Some(field), Some(span)) = (diagnostic.field, &diagnostic.span) {
            let text = posting
                .text(field)
                .unwrap_or_else(|| panic!("{} names a missing field", diagnostic.rule));
            assert!(
                text.get(span.clone()).is_some(),
                "{} flags {span:?}, not a character range of {} bytes",
                diagnostic.rule,
                text.len()
            );
        }
        for fix in &diagnostic.fixes {
            let mut fixed = posting.clone();
            if let Err(error) = apply_fix(&mut fixed, fix) {
                panic!(
                    "a fix of a fresh {} finding does not apply: {error}",
                    diagnostic.rule
                );
            }
            assert_valid_text(&fixed);
        }
    }
    let mut all_fixed = posting.clone();
    for fix in diagnostics.iter().flat_map(|diagnostic| &diagnostic.fixes) {
        let _ = apply_fix(&mut all_fixed, fix);
    }
    assert_valid_text(&all_fixed);
    let _ = lint::lint(&all_fixed, &settings);
}

/// Every field's text is valid UTF-8 (a `String` guarantees it by type; this re-checks the
/// bytes, so a future `unsafe` shortcut in the edit code could not hide a break).
fn assert_valid_text(posting: &Posting) {
    for field in posting_fields(posting) {
        if let Some(text) = posting.text(field) {
            assert!(std::str::from_utf8(text.as_bytes()).is_ok());
        }
    }
}

/// Every exporter on an arbitrary posting, then the draft JSON imported back.
///
/// Checks: no panic; the draft JSON imports as draft JSON to the same document; the HTML
/// fragment holds only [`export::ALLOWED_TAGS`] and no attributes; the JSON-LD parses; the
/// page's scripts cannot be closed early by user text; an apply link that is not http(s) or
/// mailto appears in no export.
pub fn export_roundtrip(data: &[u8]) {
    let posting = posting_from_bytes(data);
    let document = Document::new(posting.clone());
    let json = export::to_json(&document);
    let imported = import::import_str(&json)
        .unwrap_or_else(|error| panic!("exported draft JSON does not import: {error}"));
    assert_eq!(imported.kind, InputKind::DraftJson);
    assert_eq!(
        imported.document, document,
        "draft JSON round trip changed the document"
    );

    let fragment = export::to_html_fragment(&posting);
    assert_only_allowed_tags(&fragment);
    let jsonld = export::to_jsonld(&posting);
    assert!(
        serde_json::from_str::<serde_json::Value>(&jsonld.json).is_ok(),
        "the JSON-LD does not parse"
    );
    let page = export::to_html_page(&posting);
    let lower = page.to_lowercase();
    assert_eq!(
        lower.matches("<script").count(),
        lower.matches("</script").count(),
        "user text opened or closed a script element"
    );
    let markdown = export::to_markdown(&posting);
    let text = export::to_text(&posting);
    let _ = export::file_name(&posting, "json", &posting.date_posted);

    // An unsafe apply link must add nothing to an export: the same posting without the link
    // holds its text as often (in other fields' prose, or as the exporter's own words such as
    // a section heading "Nice to have").
    let url = posting.how_to_apply.url.trim();
    if export::safe_url(url).is_none() && url.len() >= 8 {
        let mut without_link = posting.clone();
        without_link.how_to_apply.url.clear();
        for (name, output, baseline) in [
            ("markdown", &markdown, export::to_markdown(&without_link)),
            ("text", &text, export::to_text(&without_link)),
            (
                "fragment",
                &fragment,
                export::to_html_fragment(&without_link),
            ),
        ] {
            assert!(
                output.matches(url).count() <= baseline.matches(url).count(),
                "the unsafe apply link {url:?} is in the {name} export"
            );
        }
    }
}

/// Panics when the HTML fragment has a tag outside [`export::ALLOWED_TAGS`] or any attribute.
fn assert_only_allowed_tags(fragment: &str) {
    for (start, _) in fragment.match_indices('<') {
        let rest = &fragment[start + 1..];
        let end = rest
            .find('>')
            .unwrap_or_else(|| panic!("an unclosed '<' in the fragment: {fragment:?}"));
        let name = rest[..end].strip_prefix('/').unwrap_or(&rest[..end]);
        assert!(
            export::ALLOWED_TAGS.contains(&name),
            "the fragment has the tag <{}>",
            &rest[..end]
        );
    }
}

/// The stored-draft parsers on arbitrary text.
///
/// Checks: no panic; an envelope that reads writes back to JSON that reads to the same
/// envelope; the same for the drafts index.
pub fn envelope(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(envelope) = Envelope::from_json(&text) {
        let again = Envelope::from_json(&envelope.to_json())
            .unwrap_or_else(|error| panic!("a written envelope does not read: {error}"));
        assert_eq!(again, envelope, "envelope round trip changed it");
        let _ = envelope.meta().display_name();
    }
    if let Ok(index) = Index::from_json(&text) {
        let again = Index::from_json(&index.to_json())
            .unwrap_or_else(|error| panic!("a written index does not read: {error}"));
        assert_eq!(again.drafts, index.drafts, "index round trip changed it");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_bytes_pick_fields_and_plain_lines_spread() {
        let posting = posting_from_bytes(b"\x01\x02\x03\x02\x01Engineer\n\x0bBuild APIs\n\x18120");
        assert_eq!(posting.employment_type, Some(EmploymentType::FullTime));
        assert_eq!(posting.location.work_mode, Some(WorkMode::Hybrid));
        assert_eq!(posting.pay.period, Some(PayPeriod::Week));
        assert_eq!(posting.on_call.status, OnCallStatus::Required);
        assert_eq!(posting.title, "Engineer");
        assert_eq!(posting.responsibilities[0].text, "Build APIs");
        assert_eq!(posting.pay.min, Some(120.0));
    }

    #[test]
    fn edit_scripts_follow_the_first_nul() {
        let data = b"\0\0\0\0\x01Engineer\0\x00\x00\xff\x01";
        let posting = posting_from_bytes(data);
        let fixes = edits_from_bytes(data, &posting);
        assert_eq!(fixes.len(), 1);
        assert_eq!(fixes[0].edits[0].field, Field::Title);
        assert_eq!(fixes[0].edits[0].range, 0..10);
    }

    #[test]
    fn planted_panic_fires_only_on_its_marker() {
        planted_panic(b"PWF");
        planted_panic(b"PWFy and more");
        assert!(std::panic::catch_unwind(|| planted_panic(b"PWFZ!")).is_err());
    }

    #[test]
    fn every_form_of_structured_input_imports() {
        for form in 0..7 {
            let input =
                structured_input(form, "Nurse\x1fClinic\x1fCare for patients.\x1fFull-time");
            assert!(import::import_str(&input).is_ok(), "form {form}: {input}");
        }
    }
}
