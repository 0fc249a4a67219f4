//! Browser tests: the app mounts into a real document in headless Chromium, and the editor,
//! preview, undo and list controls work through real DOM events.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use postwright::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

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
    leptos::task::tick().await;
    (host, handle)
}

fn find<T: JsCast>(host: &web_sys::HtmlElement, selector: &str) -> T {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

fn type_into(input: &web_sys::HtmlInputElement, text: &str) {
    input.set_value(text);
    let event = web_sys::Event::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
}

fn click(host: &web_sys::HtmlElement, selector: &str) {
    find::<web_sys::HtmlElement>(host, selector).click();
}

#[wasm_bindgen_test]
async fn app_mounts_and_shows_the_footer_version() {
    let (host, _handle) = mount("test-app-footer.").await;
    let text = host.text_content().unwrap_or_default();
    assert!(
        text.contains(&format!("Postwright {}", postwright::VERSION)),
        "footer missing: {text}"
    );
    host.remove();
    clear_prefix("test-app-footer.");
}

#[wasm_bindgen_test]
async fn the_first_run_opens_the_example_with_nothing_hidden() {
    let (host, _handle) = mount("test-app-first.").await;
    let example = postwright::import::example();
    let title: web_sys::HtmlInputElement = find(&host, "#field-title");
    assert_eq!(title.value(), example.title);
    let unplaced: web_sys::HtmlTextAreaElement = find(&host, "#field-unplaced");
    assert_eq!(unplaced.value(), example.unplaced);
    let drafts = host.query_selector_all(".draft-row").unwrap();
    assert_eq!(drafts.length(), 1, "the first run stores one draft");
    host.remove();
    clear_prefix("test-app-first.");
}

#[wasm_bindgen_test]
async fn typing_a_title_updates_the_preview_heading_and_undo_reverts_it() {
    let (host, _handle) = mount("test-app-title.").await;
    let title: web_sys::HtmlInputElement = find(&host, "#field-title");
    let before = title.value();
    type_into(&title, "Staff Platform Engineer");
    leptos::task::tick().await;
    let heading: web_sys::HtmlElement = find(&host, ".preview-title");
    assert_eq!(heading.text_content().unwrap(), "Staff Platform Engineer");
    let status: web_sys::HtmlElement = find(&host, ".save-status");
    assert_eq!(status.text_content().unwrap(), "Unsaved changes");

    click(&host, ".history-buttons button:first-child");
    // The lint effect runs in the same round; the controls follow on the next tick.
    leptos::task::tick().await;
    leptos::task::tick().await;
    assert_eq!(title.value(), before);
    assert_eq!(heading.text_content().unwrap(), before.trim());
    click(&host, ".history-buttons button:last-child");
    leptos::task::tick().await;
    leptos::task::tick().await;
    assert_eq!(title.value(), "Staff Platform Engineer");
    host.remove();
    clear_prefix("test-app-title.");
}

#[wasm_bindgen_test]
async fn list_items_can_be_added_edited_moved_and_removed() {
    let (host, _handle) = mount("test-app-list.").await;
    click(&host, "#add-benefits");
    leptos::task::tick().await;
    click(&host, "#add-benefits");
    leptos::task::tick().await;
    let items = host
        .query_selector_all("#section-benefits textarea")
        .unwrap();
    assert_eq!(items.length(), 2);
    let first: web_sys::HtmlInputElement = items.get(0).unwrap().unchecked_into();
    let second: web_sys::HtmlInputElement = items.get(1).unwrap().unchecked_into();
    type_into(&first, "Pension");
    type_into(&second, "Four-day week");
    leptos::task::tick().await;
    let preview: web_sys::HtmlElement = find(&host, ".preview");
    let text = preview.text_content().unwrap();
    assert!(text.find("Pension").unwrap() < text.find("Four-day week").unwrap());

    let second_id = second.id();
    click(&host, &format!("#{second_id}-up"));
    leptos::task::tick().await;
    let text = preview.text_content().unwrap();
    assert!(text.find("Four-day week").unwrap() < text.find("Pension").unwrap());
    let button: web_sys::HtmlElement = find(&host, &format!("#{second_id}-up"));
    assert_eq!(
        button.get_attribute("aria-label").unwrap(),
        "Move Benefit 1 up"
    );

    let remove: web_sys::HtmlElement = find(&host, "button[aria-label='Remove Benefit 2']");
    remove.click();
    leptos::task::tick().await;
    assert_eq!(
        host.query_selector_all("#section-benefits textarea")
            .unwrap()
            .length(),
        1
    );
    assert!(!preview.text_content().unwrap().contains("Pension"));
    host.remove();
    clear_prefix("test-app-list.");
}

#[wasm_bindgen_test]
fn a_panic_shows_a_readable_error_instead_of_a_dead_page() {
    // The panic hook calls this; the page's index.html holds the hidden panel.
    let panel = document().create_element("div").unwrap();
    panel.set_id("fatal-error");
    panel.set_attribute("hidden", "").unwrap();
    let detail = document().create_element("pre").unwrap();
    detail.set_id("fatal-error-detail");
    panel.append_child(&detail).unwrap();
    document().body().unwrap().append_child(&panel).unwrap();

    postwright::ui::show_fatal_error("panicked at src/ui/app.rs: index out of bounds");

    assert!(
        !panel.has_attribute("hidden"),
        "the error panel is still hidden"
    );
    assert_eq!(
        detail.text_content().as_deref(),
        Some("panicked at src/ui/app.rs: index out of bounds")
    );
    panel.remove();
}
