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

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    for field in &context.texts {
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
