//! Plain text and Markdown: front matter, then the section splitter, then the source map and
//! the roles of a multi-role file.

use super::source_map::SourceMap;
use super::{finish, front_matter, pay_line, roles, splitter, Imported, InputKind};
use crate::model::Posting;

/// A posting read from text, with what was read as structure and what the user should know.
pub(crate) struct ReadPosting {
    pub posting: Posting,
    pub consumed: Vec<String>,
    pub warnings: Vec<String>,
}

/// Reads one posting: the front matter (if the text starts with one) fills its fields, then the
/// splitter reads the body. `title`, when given, is the title before anything is read (a role
/// of a multi-role file).
pub(crate) fn read_posting(text: &str, title: Option<&str>) -> ReadPosting {
    let mut posting = Posting::default();
    let mut consumed = Vec::new();
    let mut warnings = Vec::new();
    let body = match front_matter::split(text) {
        Some((block, body)) => {
            let applied = front_matter::apply(&block, &mut posting);
            consumed.extend(applied.consumed);
            warnings.extend(applied.warnings);
            body
        }
        None => text,
    };
    if let Some(title) = title {
        title.clone_into(&mut posting.title);
    }
    consumed.extend(splitter::split_into(body, &mut posting));
    pay_line::settle_local_dollar(&mut posting, text);
    ReadPosting {
        posting,
        consumed,
        warnings,
    }
}

/// Imports text or Markdown (not HTML, not JSON).
pub(crate) fn import_text(text: &str, kind: InputKind) -> Imported {
    let read = read_posting(text, None);
    let mut imported = finish(read.posting, kind, read.consumed, read.warnings);
    imported.source_map = SourceMap::build(
        text,
        text,
        &[(0, 0, text.len())],
        &imported.document.posting,
    );
    imported.roles = roles::split_roles(text);
    imported
}

#[cfg(test)]
mod tests {
    use super::read_posting;

    #[test]
    fn a_bare_dollar_is_the_dollar_of_the_place() {
        let read = read_posting(
            "# Veterinary Nurse\n\nLocation: Toowoomba QLD 4350\n\nPay: $31.20 to $35.80 per hour\n",
            None,
        );
        assert_eq!(read.posting.location.country, "AU");
        assert_eq!(read.posting.pay.currency, "AUD");
        // A posting that names the US dollar keeps it, and a US place keeps it too.
        let read = read_posting(
            "# Engineer\n\nLocation: Toronto, ON\n\nPay: $90,000 to $110,000 a year (USD)\n",
            None,
        );
        assert_eq!(read.posting.pay.currency, "USD");
        let read = read_posting(
            "# Cashier\n\nLocation: Denver, CO\n\nPay: $18 to $21 per hour\n",
            None,
        );
        assert_eq!(read.posting.pay.currency, "USD");
        // Words that only contain the letters are no US dollars: "USDA", "bonus dollars".
        let read = read_posting(
            "# Farm Hand\n\nLocation: Toowoomba QLD\n\nPay: $28 to $31 per hour, plus bonus dollars on USDA-grade exports\n",
            None,
        );
        assert_eq!(read.posting.pay.currency, "AUD");
        // No location read, but the header names the place.
        let read = read_posting(
            "Consultant\nKestrel Lane Advisory\nMelbourne VIC\nConsulting & Strategy (Management)\nFull time\n$115,000 - $135,000 + super\n\nAbout us\n\nWe advise hospitals.\n",
            None,
        );
        assert_eq!(read.posting.pay.currency, "AUD");
        // A place mentioned further down does not decide.
        let read = read_posting(
            "Consultant\nKestrel\nFull time\n$115,000 - $135,000\n\nAbout us\n\nA\nB\nC\nOur clients include a hospital in Melbourne VIC.\n",
            None,
        );
        assert_eq!(read.posting.pay.currency, "USD");
    }
}
