//! Browser tests for the import dialog and the export menu: the app mounts into a real document
//! in headless Chromium and is driven through DOM events, the way a person would.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use postwright::model::Field;
use postwright::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A small Markdown posting with three duties and two requirements.
const MARKDOWN_POSTING: &str = "# Night Shift Nurse\n\n\
Join the night team on our surgical ward.\n\n\
## Responsibilities\n\n\
- Care for up to eight patients overnight\n\
- Hand over clearly to the day team\n\
- Keep patient records accurate and current\n\n\
## Requirements\n\n\
- A registered nursing licence\n\
- Two years of ward experience\n";

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|window| window.document())
        .expect("a document")
}

/// Removes every localStorage key of a test prefix.
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

/// Mounts the app with its own storage prefix into a fresh host element.
async fn mount(prefix: &'static str) -> (web_sys::HtmlElement, impl Sized) {
    clear_prefix(prefix);
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let host: web_sys::HtmlElement = host.unchecked_into();
    let handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <App storage_prefix=prefix /> }
    });
    settle().await;
    (host, handle)
}

/// Lets effects and rendering catch up.
async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

/// Saves and stops the autosave timer the way leaving the page does, so no timer outlives the
/// app, then removes it.
fn unmount(host: web_sys::HtmlElement, prefix: &str) {
    let hide = web_sys::Event::new("pagehide").unwrap();
    web_sys::window().unwrap().dispatch_event(&hide).unwrap();
    host.remove();
    clear_prefix(prefix);
}

fn find<T: JsCast>(host: &web_sys::HtmlElement, selector: &str) -> T {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

fn text_of(host: &web_sys::HtmlElement, selector: &str) -> String {
    find::<web_sys::HtmlElement>(host, selector)
        .text_content()
        .unwrap_or_default()
}

/// The first button whose text is exactly `label`.
fn button(host: &web_sys::HtmlElement, label: &str) -> web_sys::HtmlButtonElement {
    let buttons = host.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|index| buttons.get(index))
        .map(|node| node.unchecked_into::<web_sys::HtmlButtonElement>())
        .find(|button| button.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no button labelled {label}"))
}

fn type_into(element: &web_sys::HtmlElement, text: &str) {
    js_sys::Reflect::set(element, &"value".into(), &text.into()).unwrap();
    let event = web_sys::Event::new("input").unwrap();
    element.dispatch_event(&event).unwrap();
}

fn dialog(host: &web_sys::HtmlElement) -> web_sys::HtmlDialogElement {
    find(host, "dialog.import-dialog")
}

fn draft_count(host: &web_sys::HtmlElement) -> u32 {
    host.query_selector_all(".draft-row").unwrap().length()
}

fn title_value(host: &web_sys::HtmlElement) -> String {
    find::<web_sys::HtmlInputElement>(host, "#field-title").value()
}

/// Opens the dialog and pastes `text` into it.
async fn paste_into_import(host: &web_sys::HtmlElement, text: &str) {
    button(host, "Import").click();
    settle().await;
    assert!(dialog(host).open(), "the Import button opens the dialog");
    type_into(&find(host, "#import-text"), text);
    settle().await;
}

#[wasm_bindgen_test]
async fn a_pasted_posting_is_summarised_then_imported_as_a_new_draft() {
    let (host, _handle) = mount("test-transfer-new.").await;
    assert_eq!(draft_count(&host), 1, "the first run stores the example");

    paste_into_import(&host, MARKDOWN_POSTING).await;
    assert_eq!(
        text_of(&host, "[data-section=responsibilities] .placement-count"),
        "3 items"
    );
    assert_eq!(
        text_of(&host, "[data-section=must-have] .placement-count"),
        "2 items"
    );
    assert_eq!(
        text_of(&host, "[data-section=title] .placement-preview"),
        "Night Shift Nurse"
    );
    assert_eq!(text_of(&host, ".import-kind strong"), "Markdown");

    button(&host, "Import as new draft").click();
    settle().await;
    assert!(!dialog(&host).open(), "importing closes the dialog");
    assert_eq!(title_value(&host), "Night Shift Nurse");
    assert_eq!(draft_count(&host), 2, "the import is a new draft");

    // JSON cut off mid-way ("{" followed by text that is not JSON is read as text instead).
    paste_into_import(&host, r#"{"title": "Nurse", "summary": "#).await;
    let error = text_of(&host, ".import-error");
    assert!(
        error.contains("JSON does not parse"),
        "error shown: {error}"
    );
    assert!(button(&host, "Import as new draft").disabled());
    assert!(button(&host, "Replace current draft").disabled());
    assert_eq!(host.query_selector_all(".placement").unwrap().length(), 0);
    button(&host, "Cancel").click();
    settle().await;
    assert!(!dialog(&host).open(), "Cancel closes the dialog");
    assert_eq!(draft_count(&host), 2, "bad input adds no draft");
    assert_eq!(
        title_value(&host),
        "Night Shift Nurse",
        "bad input changes nothing"
    );

    button(&host, "Import").click();
    settle().await;
    let text: web_sys::HtmlTextAreaElement = find(&host, "#import-text");
    assert_eq!(text.value(), "", "the dialog opens empty again");
    assert!(host.query_selector(".import-error").unwrap().is_none());
    unmount(host, "test-transfer-new.");
}

#[wasm_bindgen_test]
async fn replacing_the_current_draft_is_one_undoable_step() {
    let (host, _handle) = mount("test-transfer-replace.").await;
    let before = title_value(&host);
    paste_into_import(&host, MARKDOWN_POSTING).await;
    button(&host, "Replace current draft").click();
    settle().await;
    assert!(!dialog(&host).open());
    assert_eq!(title_value(&host), "Night Shift Nurse");
    assert_eq!(draft_count(&host), 1, "replacing adds no draft");
    let responsibilities = host
        .query_selector_all("#section-responsibilities textarea")
        .unwrap();
    assert_eq!(responsibilities.length(), 3);

    button(&host, "Undo").click();
    settle().await;
    assert_eq!(title_value(&host), before, "undo brings the old draft back");
    unmount(host, "test-transfer-replace.");
}

#[wasm_bindgen_test]
async fn the_export_menu_lists_what_google_needs_until_it_is_filled_in() {
    let (host, _handle) = mount("test-transfer-export.").await;
    let panel: web_sys::HtmlElement = find(&host, "#export-panel");
    assert!(panel.hidden(), "the menu starts closed");
    find::<web_sys::HtmlElement>(&host, ".export-toggle").click();
    settle().await;
    assert!(!panel.hidden(), "the Export button opens the menu");
    for label in [
        "Copy for job board",
        "Download HTML page",
        "Download JSON (draft)",
        "Download JSON-LD",
        "Download Markdown",
        "Download plain text",
    ] {
        let entry = host
            .query_selector_all("#export-panel .export-label")
            .unwrap();
        let found = (0..entry.length())
            .filter_map(|index| entry.get(index))
            .any(|node| node.text_content().unwrap_or_default() == label);
        assert!(found, "menu entry {label} missing");
    }
    let expected = postwright::export::to_jsonld(&postwright::import::example()).missing;
    assert!(expected.iter().any(|property| property == "datePosted"));
    assert_eq!(text_of(&host, ".export-missing-list"), expected.join(", "));

    let date: web_sys::HtmlElement = find(&host, &format!("#{}", Field::DatePosted.dom_id()));
    type_into(&date, "2026-03-01");
    settle().await;
    let missing = text_of(&host, ".export-missing-list");
    assert!(!missing.contains("datePosted"), "still listed: {missing}");
    unmount(host, "test-transfer-export.");
}
