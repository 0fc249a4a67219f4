//! Hostile input in every field: the HTML fragment, the standalone page and the JSON-LD stay
//! inert (no scripts, no event handlers, no javascript: links, nothing that closes the script).

use postwright::export::{
    escape_html, safe_url, to_html_fragment, to_html_page, to_jsonld, ALLOWED_TAGS,
};
use postwright::model::{EmploymentType, ListKind, OnCallStatus, PayPeriod, Posting, WorkMode};
use regex::Regex;

const ATTACKS: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">click</a>",
    "</script><script>alert(1)</script>",
    "<!-- comment --> <!--",
    "\"'><svg onload=alert(1)>",
    "</SCRIPT >\u{2028}\u{2029}",
    "<style>body{display:none}</style>",
    "&lt;script&gt; &#60;script&#62;",
    "<p style=\"color:red\" onclick=\"x()\">styled</p>",
    "<![CDATA[ ]]>",
];

fn hostile_posting(attack: &str) -> Posting {
    let mut posting = Posting {
        title: attack.into(),
        company: attack.into(),
        employment_type: Some(EmploymentType::FullTime),
        summary: format!("{attack}\n\n{attack}"),
        about_company: attack.into(),
        equal_opportunity: attack.into(),
        unplaced: attack.into(),
        date_posted: attack.into(),
        valid_through: attack.into(),
        ..Posting::default()
    };
    posting.location.places = attack.into();
    posting.location.country = attack.into();
    posting.location.work_mode = Some(WorkMode::Remote);
    posting.location.remote_eligibility = attack.into();
    posting.pay.min = Some(1.0);
    posting.pay.max = Some(2.0);
    posting.pay.currency = attack.into();
    posting.pay.period = Some(PayPeriod::Hour);
    posting.pay.absent_reason = attack.into();
    posting.on_call.status = OnCallStatus::Required;
    posting.on_call.frequency = attack.into();
    posting.on_call.hours = attack.into();
    posting.on_call.compensation = attack.into();
    posting.on_call.details = attack.into();
    posting.how_to_apply.text = attack.into();
    posting.how_to_apply.url = "javascript:alert(1)".into();
    for kind in ListKind::ALL {
        posting.push_item(kind, attack);
        posting.push_item(kind, format!("- {attack}\n{attack}"));
    }
    posting
}

fn tags(html: &str) -> Vec<(String, String)> {
    let tag = Regex::new(r"<\s*(/?)\s*([A-Za-z][A-Za-z0-9]*)([^>]*)>").unwrap();
    tag.captures_iter(html)
        .map(|captures| (captures[2].to_lowercase(), captures[3].trim().to_owned()))
        .collect()
}

/// Every tag is an allowed one, without attributes; no comment opens.
fn assert_inert_fragment(html: &str, attack: &str) {
    for (name, attributes) in tags(html) {
        assert!(
            ALLOWED_TAGS.contains(&name.as_str()),
            "{attack}: tag <{name}> in\n{html}"
        );
        assert_eq!(attributes, "", "{attack}: attributes on <{name}>");
    }
    assert!(!html.contains("<!--"), "{attack}: comment in\n{html}");
    assert!(!html.contains("<!["), "{attack}: CDATA in\n{html}");
    // Every `<` starts one of those tags: user text never adds markup.
    assert_eq!(
        html.matches('<').count(),
        tags(html).len(),
        "{attack}: stray < in\n{html}"
    );
}

#[test]
fn fragment_contains_only_allowed_tags() {
    for attack in ATTACKS {
        let html = to_html_fragment(&hostile_posting(attack));
        assert_inert_fragment(&html, attack);
        // The user's words are still there, as text.
        assert!(html.contains(&escape_html(attack.trim())), "{attack}");
        assert!(
            !html.contains("javascript:alert(1)</p>"),
            "{attack}: unsafe apply URL shown"
        );
    }
}

#[test]
fn page_has_one_script_that_nothing_closes() {
    for attack in ATTACKS {
        let page = to_html_page(&hostile_posting(attack));
        let lower = page.to_lowercase();
        assert_eq!(lower.matches("<script").count(), 1, "{attack}:\n{page}");
        assert_eq!(lower.matches("</script").count(), 1, "{attack}:\n{page}");
        assert_eq!(lower.matches("<style").count(), 1, "{attack}");
        assert!(!page.contains("<!--"), "{attack}");
        let open = page.find("<script type=\"application/ld+json\">").unwrap();
        let body_start = open + "<script type=\"application/ld+json\">".len();
        let close = page.find("</script>").unwrap();
        let json: serde_json::Value = serde_json::from_str(&page[body_start..close]).unwrap();
        assert_eq!(json["title"], attack.trim());
        let main = &page[page.find("<main>").unwrap() + 6..page.find("</main>").unwrap()];
        assert_inert_fragment(main, attack);
        let head_tags: Vec<String> = tags(&page[..page.find("<main>").unwrap()])
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        for name in head_tags {
            assert!(
                ["html", "head", "meta", "title", "style", "script", "body"]
                    .contains(&name.as_str()),
                "{attack}: <{name}> in the head"
            );
        }
    }
}

#[test]
fn json_ld_escapes_everything_that_could_close_a_script() {
    for attack in ATTACKS {
        let posting = hostile_posting(attack);
        let json_ld = to_jsonld(&posting);
        for forbidden in ['<', '>', '&', '\u{2028}', '\u{2029}'] {
            assert!(
                !json_ld.json.contains(forbidden),
                "{attack}: {forbidden:?} in JSON-LD"
            );
        }
        let value: serde_json::Value = serde_json::from_str(&json_ld.json).unwrap();
        // Values are trimmed (U+2028 and U+2029 count as white space).
        assert_eq!(value["title"], attack.trim());
        assert_eq!(value["hiringOrganization"]["name"], attack.trim());
        assert_eq!(
            value["applicantLocationRequirements"]["name"],
            attack.trim()
        );
        let description = value["description"].as_str().unwrap();
        assert_inert_fragment(description, attack);
    }
}

#[test]
fn only_http_https_and_mailto_urls_pass() {
    for url in [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "  javascript:alert(1)",
        "java\nscript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "javascript&colon;alert(1)",
        "&#106;&#97;vascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        "\u{0}javascript:alert(1)",
        "//evil.example",
    ] {
        assert_eq!(safe_url(url), None, "{url:?}");
        let mut posting = Posting::default();
        posting.how_to_apply.url = url.into();
        assert!(
            !to_html_fragment(&posting)
                .to_lowercase()
                .contains("script:"),
            "{url:?}"
        );
    }
    assert!(safe_url("https://jobs.example.com/apply?id=1&x=2").is_some());
    assert!(safe_url("HTTP://example.com").is_some());
    assert!(safe_url("mailto:jobs@example.com").is_some());
}
