//! First run in the browser: the example is marked, "Start blank" empties it, a later start
//! opens it unmarked. (Apart from web_app.rs so each page runs few app mounts.)
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

fn click(host: &web_sys::HtmlElement, selector: &str) {
    find::<web_sys::HtmlElement>(host, selector).click();
}

#[wasm_bindgen_test]
async fn the_first_run_marks_the_example_and_start_blank_empties_it() {
    let (host, _handle) = mount("test-app-first-banner.").await;
    let banner: web_sys::Element = find(&host, ".banner-example");
    let buttons = banner.query_selector_all("button").unwrap();
    let labels: Vec<String> = (0..buttons.length())
        .filter_map(|index| buttons.item(index)?.text_content())
        .collect();
    assert_eq!(labels, ["Import your posting", "Start blank"]);
    click(&host, ".banner-example button:last-child");
    // Lint runs in an effect of its own, so the controls follow one executor tick later.
    leptos::task::tick().await;
    leptos::task::tick().await;
    let title: web_sys::HtmlInputElement = find(&host, "#field-title");
    assert_eq!(title.value(), "");
    assert!(host.query_selector(".banner-example").unwrap().is_none());
    // Undo brings the example back, and the banner with it.
    click(&host, ".history-buttons button:first-child");
    leptos::task::tick().await;
    leptos::task::tick().await;
    assert_eq!(title.value(), postwright::import::example().title);
    assert!(host.query_selector(".banner-example").unwrap().is_some());
    host.remove();
    clear_prefix("test-app-first-banner.");
}

#[wasm_bindgen_test]
async fn a_later_start_shows_no_example_banner() {
    let prefix = "test-app-second-start.";
    let (host, handle) = mount(prefix).await;
    assert!(host.query_selector(".banner-example").unwrap().is_some());
    drop(handle);
    host.remove();
    // The same storage again: not a first run, so the stored example opens unmarked.
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let host: web_sys::HtmlElement = host.unchecked_into();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <App storage_prefix=prefix /> }
    });
    leptos::task::tick().await;
    let title: web_sys::HtmlInputElement = find(&host, "#field-title");
    assert_eq!(title.value(), postwright::import::example().title);
    assert!(host.query_selector(".banner-example").unwrap().is_none());
    host.remove();
    clear_prefix(prefix);
}
