//! Browser tests of the app's boot with damaged storage: a draft whose stored value cannot be
//! read (damaged, or written by a newer Postwright) gets the same banner as a damaged drafts
//! list, naming its backup key and the draft that opened instead; nothing is opened silently.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use postwright::model::{Document, Posting};
use postwright::storage::DraftStore;
use postwright::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .expect("localStorage")
}

fn clear_prefix(prefix: &str) {
    let storage = local_storage();
    let keys: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|index| storage.key(index).unwrap())
        .filter(|key| key.starts_with(prefix))
        .collect();
    for key in keys {
        storage.remove_item(&key).unwrap();
    }
}

/// Adds a row for `id` to the stored index, edited after everything else, and `raw` under its key.
fn seed_unreadable(store: &DraftStore, id: &str, raw: &str) {
    let storage = local_storage();
    let index = storage.get_item(&store.index_key()).unwrap();
    let mut index: serde_json::Value = index
        .as_deref()
        .map(|text| serde_json::from_str(text).unwrap())
        .unwrap_or_else(|| serde_json::json!({"schema_version": 1, "drafts": []}));
    index["drafts"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "id": id, "name": "", "title": "Seeded", "updated_ms": 4.0e12, "revision": 2
        }));
    storage
        .set_item(&store.index_key(), &index.to_string())
        .unwrap();
    storage.set_item(&store.draft_key(id), raw).unwrap();
}

/// Mounts the app on `prefix` and returns the text of its problem banners.
async fn boot_banners(prefix: &'static str) -> (String, impl Sized) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <App storage_prefix=prefix /> }
    });
    leptos::task::tick().await;
    let banners = host.query_selector_all(".banner-error").unwrap();
    let text = (0..banners.length())
        .filter_map(|index| banners.item(index))
        .filter_map(|node| node.text_content())
        .collect::<Vec<_>>()
        .join("\n");
    host.remove();
    (text, handle)
}

#[wasm_bindgen_test]
async fn a_damaged_draft_gets_a_banner_naming_the_draft_opened_instead() {
    let prefix = "test-boot-damaged.";
    clear_prefix(prefix);
    let store = DraftStore::new(prefix);
    let posting = Posting {
        title: "Kept and readable".to_owned(),
        ..Posting::default()
    };
    store.create("", &Document::new(posting)).unwrap();
    let raw = "{\"schema_version\":1, damaged";
    seed_unreadable(&store, "broken", raw);

    let (text, _handle) = boot_banners(prefix).await;
    assert!(text.contains("A saved value could not be read."), "{text}");
    assert!(text.contains("test-boot-damaged.draft.broken"), "{text}");
    assert!(
        text.contains(
            "A copy is kept under \u{201c}test-boot-damaged.backup.draft.broken\u{201d}."
        ),
        "{text}"
    );
    assert!(
        text.contains("\u{201c}Kept and readable\u{201d} was opened instead."),
        "{text}"
    );
    assert!(text.contains("Download the raw value"), "{text}");
    assert_eq!(
        local_storage()
            .get_item("test-boot-damaged.draft.broken")
            .unwrap()
            .as_deref(),
        Some(raw)
    );
    clear_prefix(prefix);
}

#[wasm_bindgen_test]
async fn a_draft_from_a_newer_version_gets_a_banner_and_an_empty_draft_opens() {
    let prefix = "test-boot-newer.";
    clear_prefix(prefix);
    let store = DraftStore::new(prefix);
    let raw = r#"{"schema_version":1,"id":"later","name":"","revision":2,"updated_ms":1,"document":{"format":"postwright-draft","schema_version":99,"posting":{}}}"#;
    seed_unreadable(&store, "later", raw);

    let (text, _handle) = boot_banners(prefix).await;
    assert!(text.contains("newer"), "{text}");
    assert!(
        text.contains("A copy is kept under \u{201c}test-boot-newer.backup.draft.later\u{201d}."),
        "{text}"
    );
    assert!(
        text.contains("\u{201c}Untitled draft\u{201d} was opened instead."),
        "{text}"
    );
    clear_prefix(prefix);
}
