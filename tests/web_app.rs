//! Browser tests: the app mounts into a real document in headless Chromium.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|window| window.document())
        .expect("a document")
}

#[wasm_bindgen_test]
async fn app_mounts_and_shows_the_footer_version() {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let host: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(host);
    let _handle = leptos::mount::mount_to(host.clone(), postwright::ui::App);
    leptos::task::tick().await;
    let text = host.text_content().unwrap_or_default();
    assert!(
        text.contains(&format!("Postwright {}", postwright::VERSION)),
        "footer missing: {text}"
    );
}
