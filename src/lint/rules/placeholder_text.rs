//! `placeholder-text`: template leftovers ("ENTER ...", "TBD", "[Company]", "Lorem ipsum").

use std::sync::OnceLock;

use regex::Regex;

use crate::lint::rule::{declare_rule, Context};
use crate::lint::Diagnostic;

declare_rule! {
    /// Flags template leftovers: "ENTER ...", "TBD", "[Company]", "{{name}}", "Lorem ipsum", "XXX".
    ///
    /// ## What it does
    /// Finds text that was meant to be replaced before publishing: instructions in capitals
    /// ("ENTER POSITION SUMMARY", "INSERT ..."), "TBD"/"TBA", bracketed fields ("[Company]",
    /// "[Job Title]", "<insert salary>"), template variables ("{{ location }}"), "Lorem ipsum",
    /// and runs of X used as a stand-in ("XXX", "$XX,XXX"). Markdown links in brackets are
    /// not mistaken for placeholders.
    ///
    /// ## Why is this bad?
    /// A published placeholder tells applicants nobody read the posting, and it usually sits
    /// where a fact should be (the summary, the dates, the pay). It is the one mistake every
    /// reader notices.
    ///
    /// ## Example
    /// ```text
    /// ENTER POSITION SUMMARY. Applications close tbd.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// You will run recruiting for design roles. Applications close on 30 June.
    /// ```
    id: "placeholder-text",
    category: Clarity,
    severity: Error,
    has_fix: false,
    check: check,
}

fn placeholder() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| {
        Regex::new(concat!(
            r"(?-u:\b)(?:ENTER|INSERT|ADD|PASTE) (?:[A-Z0-9/&'’]+ ?){1,}[A-Z0-9](?-u:\b)",
            r"|(?i:(?-u:\b)(?:tbd|tba|tbc)(?-u:\b))",
            r"|(?i:\[\s*(?:company(?: name)?|job title|title|position|role|name|location|city|salary|pay|date|team|department|manager|insert[^\]]*|your [^\]]*|x+)\s*\])",
            r"|(?i:<\s*(?:insert|company|job title|salary|name|location)[^>]*>)",
            r"|\{\{[^}\n]*\}\}",
            r"|(?i:(?-u:\b)lorem ipsum(?-u:\b))",
            r"|(?-u:\b)X{3,}(?-u:\b)|\$X{1,3}(?:,X{3})+",
        ))
        .expect("valid pattern")
    })
}

/// True when `bytes`, after any ASCII white space (as `\s` reads it, vertical tab included),
/// start with a non-ASCII byte (which may be white space or fold to a letter) or with one of
/// `letters` in either case.
fn after_space_starts_with(bytes: &[u8], letters: &[u8]) -> bool {
    let first = bytes
        .iter()
        .find(|byte| !byte.is_ascii_whitespace() && **byte != 0x0b);
    first.is_some_and(|byte| !byte.is_ascii() || letters.contains(&byte.to_ascii_lowercase()))
}

/// False only when [`placeholder`] cannot match: every match starts with `[` or `<` and a
/// word's first letter, `{{`, `$X`, `XXX`, one of the capitalised verbs, or (in any case) "tb"
/// or "lorem"; non-ASCII text is always searched.
fn may_hold_placeholder(text: &str) -> bool {
    let bytes = text.as_bytes();
    (0..bytes.len()).any(|index| {
        let rest = &bytes[index..];
        match bytes[index] {
            b'[' => after_space_starts_with(&rest[1..], b"cjtprnlsdmiyx"),
            b'<' => after_space_starts_with(&rest[1..], b"icjsnl"),
            b'{' => rest.starts_with(b"{{"),
            b'$' => rest.starts_with(b"$X"),
            b'X' => rest.starts_with(b"XXX"),
            b'E' => rest.starts_with(b"ENTER"),
            b'I' => rest.starts_with(b"INSERT"),
            b'A' => rest.starts_with(b"ADD"),
            b'P' => rest.starts_with(b"PASTE"),
            b't' | b'T' => rest
                .get(1)
                .is_some_and(|next| next.eq_ignore_ascii_case(&b'b')),
            b'l' | b'L' => rest.len() >= 5 && rest[..5].eq_ignore_ascii_case(b"lorem"),
            byte => !byte.is_ascii(),
        }
    })
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    for field in &context.texts {
        if !may_hold_placeholder(field.text) {
            continue;
        }
        for found in placeholder().find_iter(field.text) {
            let is_link =
                found.as_str().starts_with('[') && field.text[found.end()..].starts_with('(');
            if is_link {
                continue;
            }
            diagnostics.push(Diagnostic::spanned(
                &RULE,
                field.field,
                found.range(),
                format!(
                    "'{}' looks like a template placeholder left in",
                    found.as_str()
                ),
                "Replace it with the real text, or delete it, before publishing.",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{flagged, run, summary};

    #[test]
    fn quick_test_never_skips_a_placeholder() {
        for text in [
            "ENTER COMPANY NAME",
            "Salary: TBD",
            "start tBc",
            "[ Company Name ]",
            "<insert salary>",
            "{{ team }}",
            "Lorem Ipsum dolor",
            "ref XXXX here",
            "$XX,XXX",
            "INSERT JOB TITLE",
            "ADD BENEFITS",
            "PASTE TEXT",
            "café TBD",
            "[\u{b} title ]",
            "< \tcompany>",
        ] {
            assert!(placeholder().is_match(text), "{text}");
            assert!(may_hold_placeholder(text), "{text}");
        }
        for text in [
            "Build APIs with the team.",
            "Enter the market",
            "Address: 1 Main St",
            "See [our blog](https://example.com) or <a href=x>",
            "",
        ] {
            assert!(!placeholder().is_match(text), "{text}");
            assert!(!may_hold_placeholder(text), "{text}");
        }
    }

    #[test]
    fn flags_template_leftovers() {
        let posting = summary(
            "ENTER POSITION SUMMARY FROM PROFILE\nOpen tbd to tbd at [Company] in {{ city }}; pay $XX,XXX. Lorem ipsum.",
        );
        let found = flagged(&posting, &run(&RULE, &posting));
        assert_eq!(
            found,
            [
                "ENTER POSITION SUMMARY FROM PROFILE",
                "tbd",
                "tbd",
                "[Company]",
                "{{ city }}",
                "$XX,XXX",
                "Lorem ipsum"
            ]
        );
    }

    #[test]
    fn ignores_links_and_ordinary_words() {
        let posting = summary(
            "Read [our hiring process](/hiring/), [team](/team) and enter the building. Add tests. ENTER. Xbox, XL, 10x.",
        );
        assert!(run(&RULE, &posting).is_empty());
    }
}
