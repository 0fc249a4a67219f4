//! Browser tests of the lint experience: offsets, highlight segments, the Markdown renderer, and
//! the mounted app's findings panel, highlights, fixes, silencing and rule settings.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use leptos::prelude::*;
use postwright::model::{Document, Posting, Severity};
use postwright::ui::highlight::{rebase_span, segments, Mark, Segment};
use postwright::ui::lint_timing::{lint_signals, LintSignals, CHEAP_LINT_MS};
use postwright::ui::markdown_view::{parse, parse_inline, Block, Inline, MarkdownView};
use postwright::ui::offsets::utf16_range;
use postwright::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

// ---- Pure helpers -------------------------------------------------------------------------

#[wasm_bindgen_test]
fn utf16_range_counts_multi_byte_text() {
    let text = "Zürich — naïve 👍";
    let naive = text.find("naïve").unwrap();
    assert_eq!(naive, 12, "bytes: Zürich=7, space, dash=3, space");
    assert_eq!(utf16_range(text, naive..naive + "naïve".len()), 9..14);
    let thumb = text.find('👍').unwrap();
    assert_eq!(utf16_range(text, thumb..text.len()), 15..17);
    assert_eq!(utf16_range(text, 0..1), 0..1);
    assert_eq!(utf16_range(text, 1..3), 1..2, "ü is one UTF-16 unit");
    // Inside a character: back to its start. Past the end: the end. Reversed: empty.
    assert_eq!(utf16_range(text, 12..15), 9..11);
    assert_eq!(utf16_range(text, 20..999), 15..17);
    let reversed = std::ops::Range { start: 18, end: 12 };
    assert_eq!(utf16_range(text, reversed), 14..14);
    assert_eq!(utf16_range("", 0..4), 0..0);
}

fn segment(text: &str, severity: Option<Severity>) -> Segment {
    Segment {
        text: text.to_owned(),
        severity,
        related: false,
    }
}

fn mark(range: std::ops::Range<usize>, severity: Severity) -> Mark {
    Mark {
        range,
        severity,
        related: false,
    }
}

#[wasm_bindgen_test]
fn segments_mark_spans_and_join_back_to_the_text() {
    let text = "a rockstar ninja café";
    let found = segments(
        text,
        &[
            mark(2..10, Severity::Warning),
            mark(11..16, Severity::Suggestion),
            mark(8..13, Severity::Error),
            mark(21..22, Severity::Error), // inside "é": ignored
            mark(30..40, Severity::Error), // out of bounds: ignored
        ],
    );
    assert_eq!(
        found,
        vec![
            segment("a ", None),
            segment("rockst", Some(Severity::Warning)),
            segment("ar ni", Some(Severity::Error)),
            segment("nja", Some(Severity::Suggestion)),
            segment(" café", None),
        ]
    );
    let joined: String = found.iter().map(|segment| segment.text.as_str()).collect();
    assert_eq!(joined, text);
    assert_eq!(segments("", &[]), vec![]);
    // A related place (the other item of a pair) gives way to flagged words.
    let related = Mark {
        related: true,
        ..mark(0..6, Severity::Error)
    };
    let found = segments("ab cd ef", &[related, mark(3..5, Severity::Suggestion)]);
    assert_eq!(
        found,
        vec![
            Segment {
                related: true,
                ..segment("ab ", Some(Severity::Error))
            },
            segment("cd", Some(Severity::Suggestion)),
            Segment {
                related: true,
                ..segment(" ", Some(Severity::Error))
            },
            segment("ef", None),
        ]
    );
}

#[wasm_bindgen_test]
fn rebase_span_follows_edits_around_the_words() {
    let old = "We need a rockstar now";
    let span = 10..18;
    assert_eq!(rebase_span(old, old, span.clone()), Some(10..18));
    // Typing after the words keeps them; typing before moves them; touching them drops them.
    assert_eq!(
        rebase_span(old, "We need a rockstar right now", span.clone()),
        Some(10..18)
    );
    let moved = rebase_span(old, "Really, we need a rockstar now", span.clone()).unwrap();
    assert_eq!(&"Really, we need a rockstar now"[moved], "rockstar");
    assert_eq!(
        rebase_span(old, "We need a rock star now", span.clone()),
        None
    );
    // Multi-byte text before the words.
    let moved = rebase_span(old, "Zürich: we need a rockstar now", span.clone()).unwrap();
    assert_eq!(&"Zürich: we need a rockstar now"[moved], "rockstar");
    assert_eq!(rebase_span(old, "x", 40..50), None);
}

#[wasm_bindgen_test]
fn markdown_parses_headings_code_and_inline_code() {
    let doc = "Flags things.\n\n## What it does\nFinds `ninja` and\n<b>bold</b> text.\n\n```text\nWe need a ninja.\n  indented\n```\n- one\n- two `x`\n";
    assert_eq!(
        parse(doc),
        vec![
            Block::Paragraph(vec![Inline::Text("Flags things.".into())]),
            Block::Heading(2, vec![Inline::Text("What it does".into())]),
            Block::Paragraph(vec![
                Inline::Text("Finds ".into()),
                Inline::Code("ninja".into()),
                Inline::Text(" and <b>bold</b> text.".into()),
            ]),
            Block::Code("We need a ninja.\n  indented".into()),
            Block::List(vec![
                vec![Inline::Text("one".into())],
                vec![Inline::Text("two ".into()), Inline::Code("x".into())],
            ]),
        ]
    );
    assert_eq!(
        parse_inline("a `b"),
        vec![Inline::Text("a `b".into())],
        "an unmatched backtick stays text"
    );
}

// ---- Mounted components -------------------------------------------------------------------

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|window| window.document())
        .expect("a document")
}

/// A future that completes after `duration` (a browser timer).
struct Sleep {
    state: Rc<RefCell<(bool, Option<Waker>)>>,
}

fn sleep(duration: Duration) -> Sleep {
    let state = Rc::new(RefCell::new((false, None::<Waker>)));
    let timer_state = Rc::clone(&state);
    let wake = wasm_bindgen::closure::Closure::once_into_js(move || {
        let mut state = timer_state.borrow_mut();
        state.0 = true;
        if let Some(waker) = state.1.take() {
            waker.wake();
        }
    });
    web_sys::window()
        .unwrap()
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            wake.unchecked_ref(),
            duration.as_millis() as i32,
        )
        .unwrap();
    Sleep { state }
}

impl Future for Sleep {
    type Output = ();
    fn poll(self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<()> {
        let mut state = self.state.borrow_mut();
        if state.0 {
            return Poll::Ready(());
        }
        state.1 = Some(context.waker().clone());
        Poll::Pending
    }
}

/// Waits (up to about two seconds) until `condition` holds; panics naming `what` otherwise.
async fn until(what: &str, condition: impl Fn() -> bool) {
    for _ in 0..100 {
        leptos::task::tick().await;
        if condition() {
            return;
        }
        sleep(Duration::from_millis(20)).await;
    }
    panic!("timed out waiting until {what}");
}

fn clear_prefix(prefix: &str) {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let keys: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|index| storage.key(index).unwrap())
        .filter(|key| key.starts_with(prefix))
        .collect();
    for key in keys {
        storage.remove_item(&key).unwrap();
    }
}

async fn mount(prefix: &'static str) -> (web_sys::HtmlElement, impl Sized) {
    clear_prefix(prefix);
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <App storage_prefix=prefix /> }
    });
    leptos::task::tick().await;
    (host, handle)
}

/// Saves the way leaving the page does (so no autosave timer outlives the app), then removes it.
fn unmount(host: web_sys::HtmlElement, prefix: &str) {
    let hide = web_sys::Event::new("pagehide").unwrap();
    web_sys::window().unwrap().dispatch_event(&hide).unwrap();
    host.remove();
    clear_prefix(prefix);
}

fn query<T: JsCast>(host: &web_sys::HtmlElement, selector: &str) -> Option<T> {
    host.query_selector(selector)
        .unwrap()
        .map(|element| element.unchecked_into())
}

fn find<T: JsCast>(host: &web_sys::HtmlElement, selector: &str) -> T {
    query(host, selector).unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn type_into(input: &web_sys::HtmlInputElement, text: &str) {
    input.set_value(text);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

const JARGON: &str = ".finding[data-rule='culture-jargon']";

#[wasm_bindgen_test]
async fn a_typed_rockstar_is_found_highlighted_fixed_and_the_fix_undone() {
    let prefix = "test-lint-rockstar.";
    let (host, _handle) = mount(prefix).await;
    let title: web_sys::HtmlInputElement = find(&host, "#field-title");
    until("the example is loaded", || !title.value().is_empty()).await;
    assert!(query::<web_sys::Element>(&host, JARGON).is_none());

    type_into(&title, "rockstar");
    until("a culture-jargon finding appears", || {
        query::<web_sys::Element>(&host, JARGON).is_some()
    })
    .await;
    let mark: web_sys::Element = find(&host, ".hl-wrap:has(> #field-title) .hl-mirror mark");
    assert_eq!(mark.text_content().unwrap(), "rockstar");
    assert!(mark.class_name().contains("sev-"));
    let finding: web_sys::Element = find(&host, JARGON);
    assert!(finding.text_content().unwrap().contains("culture-jargon"));

    let fix: web_sys::HtmlElement = find(&host, &format!("{JARGON} .fix-button"));
    assert!(fix.text_content().unwrap().starts_with("Fix: "));
    fix.click();
    until("the fix changes the title", || title.value() != "rockstar").await;
    assert_eq!(title.value(), "expert");
    until("the finding goes away", || {
        query::<web_sys::Element>(&host, JARGON).is_none()
    })
    .await;
    assert!(query::<web_sys::Element>(&host, ".hl-wrap:has(> #field-title) mark").is_none());

    find::<web_sys::HtmlElement>(&host, ".history-buttons button:first-child").click();
    until("undo restores the title", || title.value() == "rockstar").await;
    until("the finding is back", || {
        query::<web_sys::Element>(&host, JARGON).is_some()
    })
    .await;
    unmount(host, prefix);
}

#[wasm_bindgen_test]
async fn clicking_a_finding_selects_its_words_in_utf16() {
    let prefix = "test-lint-select.";
    let (host, _handle) = mount(prefix).await;
    let title: web_sys::HtmlInputElement = find(&host, "#field-title");
    until("the example is loaded", || !title.value().is_empty()).await;
    type_into(&title, "Zürich 👍 rockstar");
    until("a culture-jargon finding appears", || {
        query::<web_sys::Element>(&host, JARGON).is_some()
    })
    .await;
    find::<web_sys::HtmlElement>(&host, &format!("{JARGON} .finding-jump")).click();
    leptos::task::tick().await;
    assert_eq!(
        document().active_element().map(|element| element.id()),
        Some("field-title".to_owned())
    );
    // "Zürich 👍 " is 10 UTF-16 units (the emoji is two), "rockstar" 8 more.
    assert_eq!(title.selection_start().unwrap(), Some(10));
    assert_eq!(title.selection_end().unwrap(), Some(18));
    unmount(host, prefix);
}

#[wasm_bindgen_test]
async fn list_items_get_highlights_and_silencing_is_stored_and_undoable() {
    let prefix = "test-lint-silence.";
    let (host, _handle) = mount(prefix).await;
    let vague = ".finding[data-rule='vague-requirement']";
    until("the example's vague requirements are listed", || {
        query::<web_sys::Element>(&host, vague).is_some()
    })
    .await;
    until("a must-have item shows a mark", || {
        query::<web_sys::Element>(&host, "#section-must-have .hl-wrap .hl-mirror mark").is_some()
    })
    .await;
    let count = || host.query_selector_all(vague).unwrap().length();
    let before = count();
    let first: web_sys::Element = find(&host, vague);
    let words = first
        .query_selector(".finding-words")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    find::<web_sys::HtmlElement>(&host, &format!("{vague} .silence-button")).click();
    until("the silenced finding disappears", || count() == before - 1).await;

    find::<web_sys::HtmlElement>(&host, "#lint-tab-rules").click();
    until("the rules view lists the silenced finding", || {
        host.query_selector(".silenced-row")
            .unwrap()
            .is_some_and(|row| row.text_content().unwrap().contains(&words))
    })
    .await;
    find::<web_sys::HtmlElement>(&host, ".silenced-row button").click();
    until("unsilencing empties the list", || {
        query::<web_sys::Element>(&host, ".silenced-row").is_none()
    })
    .await;
    find::<web_sys::HtmlElement>(&host, "#lint-tab-findings").click();
    until("the finding is back", || count() == before).await;
    unmount(host, prefix);
}

#[wasm_bindgen_test]
async fn a_rule_switched_off_in_settings_stops_reporting_and_its_page_shows_the_docs() {
    let prefix = "test-lint-settings.";
    let (host, _handle) = mount(prefix).await;
    let vague = ".finding[data-rule='vague-requirement']";
    until("the example's findings are listed", || {
        query::<web_sys::Element>(&host, vague).is_some()
    })
    .await;
    // Other rules still mark whole items (too-many-requirements points at the extra ones).
    let mark_texts = || {
        let marks = host.query_selector_all("#section-must-have mark").unwrap();
        (0..marks.length())
            .filter_map(|index| marks.get(index)?.text_content())
            .collect::<Vec<_>>()
    };
    until("the vague words are marked", || {
        mark_texts().iter().any(|text| text == "Familiarity")
    })
    .await;
    find::<web_sys::HtmlElement>(&host, "#lint-tab-rules").click();
    leptos::task::tick().await;
    let switch: web_sys::HtmlInputElement = find(&host, "#rule-on-vague-requirement");
    assert!(switch.checked());
    switch.click();
    until("the rule shows as off", || {
        query::<web_sys::Element>(&host, ".rule-row.off[data-rule='vague-requirement']").is_some()
    })
    .await;
    // The test runner serves no rule-docs.json: give the app the file's content directly.
    assert!(postwright::ui::rule_docs::preload(include_str!(
        "../public/rule-docs.json"
    )));
    find::<web_sys::HtmlElement>(&host, "button[aria-label='About vague-requirement']").click();
    until("the rule page opens", || {
        query::<web_sys::Element>(&host, ".rule-page").is_some()
    })
    .await;
    let page: web_sys::Element = find(&host, ".rule-page");
    let text = page.text_content().unwrap();
    assert!(text.contains("Why is this bad?"), "{text}");
    assert!(text.contains("Switched off for this draft."));
    assert!(page.query_selector("h3").unwrap().is_some());
    assert!(page.query_selector("pre code").unwrap().is_some());
    find::<web_sys::HtmlElement>(&host, ".back-button").click();
    find::<web_sys::HtmlElement>(&host, "#lint-tab-findings").click();
    until("its findings are gone", || {
        query::<web_sys::Element>(&host, vague).is_none()
    })
    .await;
    until("its marks are gone", || {
        !mark_texts()
            .iter()
            .any(|text| text == "Familiarity" || text == "Solid knowledge")
    })
    .await;
    unmount(host, prefix);
}

#[wasm_bindgen_test]
async fn markdown_view_never_turns_text_into_markup() {
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let text = "## Why <i>this</i>\nSay `<script>alert(1)</script>` & <img src=x onerror=alert(1)>\n```text\n<b>not bold</b>\n```\n".to_owned();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <MarkdownView text=text heading_offset=1 /> }
    });
    leptos::task::tick().await;
    assert!(host.query_selector("script, img, i, b").unwrap().is_none());
    let heading: web_sys::Element = find(&host, "h3");
    assert_eq!(heading.text_content().unwrap(), "Why <i>this</i>");
    let code: web_sys::Element = find(&host, "p code");
    assert_eq!(code.text_content().unwrap(), "<script>alert(1)</script>");
    let block: web_sys::Element = find(&host, "pre code");
    assert_eq!(block.text_content().unwrap(), "<b>not bold</b>");
    host.remove();
}

// ---- Lint timing --------------------------------------------------------------------------

/// True when the last lint run reported rule `rule`.
fn reports(lint: LintSignals, rule: &str) -> bool {
    lint.diagnostics
        .with_untracked(|diagnostics| diagnostics.iter().any(|d| d.rule == rule))
}

/// The title of the document as last linted.
fn linted_title(lint: LintSignals) -> String {
    lint.linted
        .with_untracked(|document| document.posting.title.clone())
}

#[wasm_bindgen_test]
async fn a_cheap_lint_follows_each_change_and_a_slow_one_waits_for_a_pause() {
    // Mounting sets up the reactive owner and the executor effects run on.
    let slot = Rc::new(RefCell::new(None));
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), {
        let slot = Rc::clone(&slot);
        move || {
            let document = RwSignal::new(Document::new(Posting::default()));
            *slot.borrow_mut() = Some((
                document,
                lint_signals(
                    document,
                    RwSignal::new(postwright::lint::HouseStyle::default()),
                ),
            ));
            view! { <p>"lint timing"</p> }
        }
    });
    let (document, lint) = slot.borrow_mut().take().expect("mounted");

    // A short posting: every change is linted as soon as the effect runs.
    document.update(|document| document.posting.title = "Rockstar wanted".to_owned());
    until("the cheap lint follows the change", || {
        reports(lint, "culture-jargon")
    })
    .await;

    // A posting of thousands of words makes a run slow.
    let long = "The team reviews designs and writes clear notes for each release. ".repeat(400);
    document.update(|document| document.posting.summary = long);
    until("the long posting is linted", || {
        lint.linted
            .with_untracked(|document| document.posting.summary.len() > 1000)
    })
    .await;
    assert!(
        lint.last_cost_ms.get_untracked() > CHEAP_LINT_MS,
        "a run over {} bytes took only {} ms; the slow path is not exercised",
        document.with_untracked(|document| document.posting.summary.len()),
        lint.last_cost_ms.get_untracked()
    );

    // Now changes wait for a pause of LINT_PAUSE (150 ms); each change restarts the wait.
    document.update(|document| document.posting.title = "Ninja wanted".to_owned());
    sleep(Duration::from_millis(100)).await;
    assert_eq!(
        linted_title(lint),
        "Rockstar wanted",
        "linted before the pause"
    );
    document.update(|document| document.posting.title = "Ninja wanted now".to_owned());
    sleep(Duration::from_millis(100)).await;
    assert_eq!(
        linted_title(lint),
        "Rockstar wanted",
        "the second change did not restart the wait"
    );
    assert!(
        reports(lint, "culture-jargon"),
        "the old findings stay meanwhile"
    );
    until("lint runs once the typing pauses", || {
        linted_title(lint) == "Ninja wanted now"
    })
    .await;
    assert!(
        reports(lint, "culture-jargon"),
        "'Ninja' is found after the pause"
    );
    drop(handle);
    host.remove();
}
