//! Property tests with a small deterministic generator: random postings survive the JSON round
//! trip exactly, and the Markdown export of simple postings imports back into the same sections.

use postwright::export::{to_json, to_markdown, to_text};
use postwright::import::import_str;
use postwright::model::{
    Document, EmploymentType, ListKind, OnCallStatus, Pay, PayPeriod, Posting, WorkMode,
};

/// xorshift64*: deterministic, no crates.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const HOSTILE: &[&str] = &[
    "",
    " ",
    "<script>alert(1)</script>",
    "</script><!--",
    "\"quoted\" and 'single'",
    "tab\there\nnew line\r\nCRLF",
    "emoji 🚀 and CJK 日本語 and RTL \u{202e}",
    "line\u{2028}separator\u{2029}",
    "\\backslash\\ and \u{0} nul \u{7f}",
    "# not a heading",
    "- not a bullet",
    "**bold** _em_",
    "javascript:alert(1)",
    "&amp; &lt; &#x3c;",
    "Ünïcödé Ωmega",
];

fn any_text(rng: &mut Rng) -> String {
    let mut text = String::new();
    for _ in 0..rng.below(3) {
        let piece = *rng.pick(HOSTILE);
        text.push_str(piece);
        if rng.chance(30) {
            text.push(char::from_u32(rng.below(0x2FFFF) as u32).unwrap_or('x'));
        }
    }
    text
}

fn random_posting(rng: &mut Rng) -> Posting {
    let mut posting = Posting {
        title: any_text(rng),
        company: any_text(rng),
        summary: any_text(rng),
        about_company: any_text(rng),
        equal_opportunity: any_text(rng),
        unplaced: any_text(rng),
        date_posted: any_text(rng),
        valid_through: any_text(rng),
        ..Posting::default()
    };
    posting.employment_type = rng.chance(70).then(|| *rng.pick(&EmploymentType::ALL));
    posting.location.places = any_text(rng);
    posting.location.country = any_text(rng);
    posting.location.work_mode = rng.chance(70).then(|| *rng.pick(&WorkMode::ALL));
    posting.location.remote_eligibility = any_text(rng);
    posting.pay = Pay {
        // Amounts in cents. (serde_json without its `float_roundtrip` feature may misread the
        // last digit of figures with 17 significant digits, such as 1/3.)
        min: rng
            .chance(60)
            .then(|| rng.below(100_000_000) as f64 / 100.0),
        max: rng
            .chance(60)
            .then(|| rng.below(100_000_000) as f64 / 100.0),
        currency: any_text(rng),
        period: rng.chance(60).then(|| *rng.pick(&PayPeriod::ALL)),
        absent_reason: any_text(rng),
    };
    posting.on_call.status = *rng.pick(&OnCallStatus::ALL);
    posting.on_call.frequency = any_text(rng);
    posting.on_call.hours = any_text(rng);
    posting.on_call.compensation = any_text(rng);
    posting.on_call.details = any_text(rng);
    posting.how_to_apply.text = any_text(rng);
    posting.how_to_apply.url = any_text(rng);
    for kind in ListKind::ALL {
        for _ in 0..rng.below(4) {
            let text = any_text(rng);
            posting.push_item(kind, text);
        }
    }
    posting
}

#[test]
fn random_postings_survive_the_json_round_trip() {
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    for round in 0..300 {
        let document = Document::new(random_posting(&mut rng));
        let json = to_json(&document);
        let imported = import_str(&json).unwrap_or_else(|error| panic!("round {round}: {error}"));
        assert_eq!(imported.document, document, "round {round}");
    }
}

const ROLE_WORDS: &[&str] = &[
    "Senior",
    "Data",
    "Platform",
    "Backend",
    "Frontend",
    "Mobile",
    "Engineer",
    "Designer",
    "Analyst",
    "Nurse",
    "Accountant",
    "Driver",
    "Chef",
    "Teacher",
];
const WORDS: &[&str] = &[
    "build",
    "reliable",
    "systems",
    "with",
    "the",
    "team",
    "and",
    "customers",
    "ship",
    "weekly",
    "review",
    "code",
    "plan",
    "work",
    "care",
    "for",
    "patients",
    "cook",
    "meals",
    "teach",
    "classes",
    "drive",
    "routes",
    "safely",
    "across",
    "town",
    "three",
    "years",
    "Rust",
    "SQL",
    "Python",
    "Spanish",
    "French",
    "licence",
];

fn sentence(rng: &mut Rng) -> String {
    let count = 2 + rng.below(8);
    let words: Vec<&str> = (0..count).map(|_| *rng.pick(WORDS)).collect();
    let mut text = words.join(" ");
    if let Some(first) = text.get(..1) {
        text = first.to_uppercase() + &text[1..];
    }
    text
}

fn simple_posting(rng: &mut Rng) -> Posting {
    let title_words: Vec<&str> = (0..1 + rng.below(3))
        .map(|_| *rng.pick(ROLE_WORDS))
        .collect();
    let mut posting = Posting {
        title: title_words.join(" "),
        summary: format!("{}.", sentence(rng)),
        employment_type: rng.chance(50).then(|| *rng.pick(&EmploymentType::ALL)),
        ..Posting::default()
    };
    if rng.chance(60) {
        let min = (30 + rng.below(50)) as f64 * 1000.0;
        posting.pay = Pay {
            min: Some(min),
            max: Some(min + (1 + rng.below(20)) as f64 * 1000.0),
            currency: rng.pick(&["EUR", "USD", "GBP", "CAD"]).to_string(),
            period: Some(PayPeriod::Year),
            absent_reason: String::new(),
        };
    }
    for kind in ListKind::ALL {
        for _ in 0..rng.below(5) {
            let mut item = sentence(rng);
            if rng.chance(50) {
                item.push('.');
            }
            posting.push_item(kind, item);
        }
    }
    posting
}

fn list_texts(posting: &Posting, kind: ListKind) -> Vec<String> {
    posting
        .list(kind)
        .iter()
        .map(|item| item.text.clone())
        .collect()
}

#[test]
fn markdown_export_imports_back_into_the_same_sections() {
    let mut rng = Rng(0xC0FF_EE00_1234_5678);
    for round in 0..300 {
        let posting = simple_posting(&mut rng);
        let markdown = to_markdown(&posting);
        let back = import_str(&markdown).unwrap().document.posting;
        assert_eq!(back.title, posting.title, "round {round}\n{markdown}");
        assert_eq!(back.summary, posting.summary, "round {round}\n{markdown}");
        assert_eq!(
            back.employment_type, posting.employment_type,
            "round {round}\n{markdown}"
        );
        assert_eq!(back.pay, posting.pay, "round {round}\n{markdown}");
        for kind in ListKind::ALL {
            assert_eq!(
                list_texts(&back, kind),
                list_texts(&posting, kind),
                "round {round} {kind:?}\n{markdown}"
            );
        }
        assert_eq!(back.unplaced, "", "round {round}\n{markdown}");
    }
}

#[test]
fn plain_text_export_imports_back_into_the_same_lists() {
    let mut rng = Rng(0x0DDB_A115_EED0_0042);
    for round in 0..200 {
        let posting = simple_posting(&mut rng);
        let text = to_text(&posting);
        let back = import_str(&text).unwrap().document.posting;
        assert_eq!(back.title, posting.title, "round {round}\n{text}");
        for kind in ListKind::ALL {
            assert_eq!(
                list_texts(&back, kind),
                list_texts(&posting, kind),
                "round {round} {kind:?}\n{text}"
            );
        }
    }
}

#[test]
fn html_fragment_imports_back_into_the_same_sections() {
    let mut rng = Rng(0xF00D_CAFE_0000_0007);
    for round in 0..200 {
        let posting = simple_posting(&mut rng);
        let html = postwright::export::to_html_fragment(&posting);
        let back = import_str(&html).unwrap().document.posting;
        assert_eq!(back.title, posting.title, "round {round}\n{html}");
        assert_eq!(back.summary, posting.summary, "round {round}\n{html}");
        assert_eq!(back.pay, posting.pay, "round {round}\n{html}");
        for kind in ListKind::ALL {
            assert_eq!(
                list_texts(&back, kind),
                list_texts(&posting, kind),
                "round {round} {kind:?}\n{html}"
            );
        }
    }
}
