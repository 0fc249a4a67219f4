//! `unsafe-link`: an apply link that is not an http(s) or mailto address.

use crate::lint::rule::{declare_rule, Context};
use crate::lint::Diagnostic;
use crate::model::Field;
use crate::text::html::safe_url;

declare_rule! {
    /// Flags an apply link that is not an http(s) or mailto address.
    ///
    /// ## What it does
    /// Reads the posting's apply link (How to apply, "Link") and fires when it is not an
    /// `http://`, `https://` or `mailto:` address: a `javascript:`, `data:`, `vbscript:` or
    /// `file:` URL, a relative path ("/careers/apply"), a bare host without a scheme
    /// ("www.example.com"), or an address disguised with character references or control
    /// characters. It is the same test the exporters apply, so the rule flags exactly the links
    /// that the HTML, JSON-LD, Markdown and plain-text exports leave out (they keep the
    /// how-to-apply text itself).
    ///
    /// ## Why is this bad?
    /// Applicants cannot follow such a link: job boards strip it or show it as dead text, and a
    /// `javascript:` or `data:` link in a page is how scripts are smuggled into it, so
    /// Postwright never exports one. The posting then has no way to apply unless the text
    /// says so elsewhere.
    ///
    /// ## Example
    /// ```text
    /// Link: javascript:openApplyForm()
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// Link: https://example.com/careers/apply
    /// ```
    ///
    /// ## What it does not flag
    /// An empty link (say how to apply in the text instead), `https://` and `http://` addresses,
    /// `mailto:` addresses, and surrounding white space. Addresses in the how-to-apply text are
    /// prose and are not checked.
    /// ```text
    /// Apply link: https://jobs.example.com/apply/123
    /// Apply link: mailto:jobs@example.com
    /// ```
    id: "unsafe-link",
    category: Structure,
    severity: Warning,
    has_fix: false,
    check: check,
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let url = context.posting.how_to_apply.url.as_str();
    let trimmed = url.trim();
    if trimmed.is_empty() {
        return;
    }
    if safe_url(url).is_some() {
        return;
    }
    // The span covers the link without the white space around it; both ends are character
    // boundaries because `trim` only removes whole characters.
    let start = url.len() - url.trim_start().len();
    let span = start..start + trimmed.len();
    diagnostics.push(Diagnostic::spanned(
        &RULE,
        Field::ApplyUrl,
        span,
        "the apply link is not an http(s) or mailto address",
        "Use the full address, starting with https:// (or mailto: for an email address). \
         Exports leave this link out, so applicants would not see it.",
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{flagged, run};
    use crate::model::{HowToApply, Posting, Section};

    fn with_url(url: &str) -> Posting {
        Posting {
            how_to_apply: HowToApply {
                text: "Send your CV.".into(),
                url: url.into(),
            },
            ..Posting::default()
        }
    }

    #[test]
    fn flags_script_and_data_links() {
        for url in [
            "javascript:alert(1)",
            "JavaScript:void(0)",
            "data:text/html,<b>apply</b>",
            "vbscript:msgbox(1)",
            "file:///C:/jobs/apply.html",
            "java\tscript:alert(1)",
            "&#106;avascript:alert(1)",
        ] {
            let posting = with_url(url);
            let diagnostics = run(&RULE, &posting);
            assert_eq!(diagnostics.len(), 1, "{url}");
            assert_eq!(diagnostics[0].field, Some(Field::ApplyUrl));
            assert_eq!(diagnostics[0].section, Section::HowToApply);
            assert_eq!(
                diagnostics[0].message,
                "the apply link is not an http(s) or mailto address"
            );
            assert_eq!(flagged(&posting, &diagnostics), vec![url.to_owned()]);
        }
    }

    #[test]
    fn flags_relative_and_scheme_less_links() {
        for url in [
            "/careers/apply",
            "www.example.com/jobs",
            "apply here",
            "https://",
        ] {
            assert_eq!(run(&RULE, &with_url(url)).len(), 1, "{url}");
        }
    }

    #[test]
    fn flags_only_the_link_without_surrounding_space() {
        let posting = with_url("  javascript:alert(1) \n");
        let diagnostics = run(&RULE, &posting);
        assert_eq!(diagnostics[0].span, Some(2..21));
        assert_eq!(
            flagged(&posting, &diagnostics),
            vec!["javascript:alert(1)".to_owned()]
        );
    }

    #[test]
    fn ignores_web_and_mail_addresses() {
        for url in [
            "https://example.com/jobs/42",
            "http://example.com",
            "HTTPS://EXAMPLE.COM",
            "mailto:jobs@example.com",
            "  https://example.com/apply  ",
        ] {
            assert!(run(&RULE, &with_url(url)).is_empty(), "{url}");
        }
    }

    #[test]
    fn ignores_an_empty_link() {
        assert!(run(&RULE, &with_url("")).is_empty());
        assert!(run(&RULE, &with_url(" \n ")).is_empty());
    }

    #[test]
    fn flags_what_the_exports_leave_out() {
        let posting = with_url("javascript:alert(1)");
        assert_eq!(run(&RULE, &posting).len(), 1);
        let markdown = crate::export::to_markdown(&posting);
        assert!(!markdown.contains("javascript:"));
        assert!(markdown.contains("Send your CV."));
    }
}
