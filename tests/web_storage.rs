//! Browser tests of draft storage against the real localStorage of headless Chromium.
#![cfg(target_arch = "wasm32")]

use postwright::model::{Document, ListKind, Posting};
use postwright::storage::{DraftStore, Envelope, StoreError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .expect("localStorage")
}

/// A store under a prefix no other test uses, emptied first.
fn fresh_store(name: &str) -> DraftStore {
    let prefix = format!("test-{name}.");
    remove_prefixed(&prefix);
    DraftStore::new(prefix)
}

fn remove_prefixed(prefix: &str) {
    let storage = local_storage();
    let keys: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|index| storage.key(index).unwrap())
        .filter(|key| key.starts_with(prefix))
        .collect();
    for key in keys {
        storage.remove_item(&key).unwrap();
    }
}

fn sample_document(title: &str) -> Document {
    let mut posting = Posting {
        title: title.to_owned(),
        company: "Acme".to_owned(),
        ..Posting::default()
    };
    posting.push_item(ListKind::MustHave, "Rust\nand some SQL");
    posting.push_item(ListKind::Benefits, "Pension");
    Document::new(posting)
}

#[wasm_bindgen_test]
fn save_and_load_round_trip() {
    let store = fresh_store("round-trip");
    let document = sample_document("Data Engineer");
    let created = store.create("", &document).unwrap();
    assert_eq!(created.revision, 1);
    let loaded = store.load(&created.id).unwrap();
    assert_eq!(loaded.document, document);

    let mut changed = document.clone();
    changed.posting.title = "Senior Data Engineer".to_owned();
    let saved = store.save(&created.id, "My draft", &changed, 1).unwrap();
    assert_eq!(saved.revision, 2);
    let loaded = store.load(&created.id).unwrap();
    assert_eq!(loaded.document, changed);
    assert_eq!(loaded.name, "My draft");

    let listing = store.list().unwrap();
    assert!(!listing.first_run);
    assert_eq!(listing.drafts.len(), 1);
    assert_eq!(listing.drafts[0].title, "Senior Data Engineer");
    assert_eq!(listing.drafts[0].display_name(), "My draft");
    remove_prefixed("test-round-trip.");
}

#[wasm_bindgen_test]
fn an_empty_store_is_a_first_run() {
    let store = fresh_store("first-run");
    let listing = store.list().unwrap();
    assert!(listing.first_run);
    assert!(listing.drafts.is_empty());
}

#[wasm_bindgen_test]
fn a_corrupt_value_is_backed_up_and_never_overwritten() {
    let store = fresh_store("corrupt");
    let key = store.draft_key("broken");
    let raw = "{\"schema_version\":1, this is not json";
    local_storage().set_item(&key, raw).unwrap();

    let Err(StoreError::Unreadable(problem)) = store.load("broken") else {
        panic!("a corrupt value must be reported as unreadable");
    };
    assert_eq!(problem.raw, raw);
    let backup_key = problem.backup_key.clone().expect("a backup key");
    assert_eq!(
        local_storage().get_item(&backup_key).unwrap().as_deref(),
        Some(raw)
    );

    let result = store.save("broken", "", &sample_document("Mine"), 0);
    assert!(
        matches!(result, Err(StoreError::Unreadable(_))),
        "{result:?}"
    );
    assert_eq!(
        local_storage().get_item(&key).unwrap().as_deref(),
        Some(raw)
    );

    let listing = store.list().unwrap();
    assert!(listing.problems.iter().any(|problem| problem.key == key));
    assert_eq!(
        local_storage().get_item(&key).unwrap().as_deref(),
        Some(raw)
    );
    remove_prefixed("test-corrupt.");
}

#[wasm_bindgen_test]
fn a_value_from_a_newer_version_is_backed_up_and_never_overwritten() {
    let store = fresh_store("future");
    let key = store.draft_key("later");
    let raw = r#"{"schema_version":1,"id":"later","revision":4,"updated_ms":1,"document":{"format":"postwright-draft","schema_version":99,"posting":{"title":"From the future"}}}"#;
    local_storage().set_item(&key, raw).unwrap();

    let Err(StoreError::Unreadable(problem)) = store.load("later") else {
        panic!("a newer value must be reported as unreadable");
    };
    assert!(problem.message.contains("newer"), "{}", problem.message);
    let backup_key = problem.backup_key.clone().expect("a backup key");
    assert_eq!(
        local_storage().get_item(&backup_key).unwrap().as_deref(),
        Some(raw)
    );
    assert!(store
        .save("later", "", &sample_document("Mine"), 4)
        .is_err());
    assert_eq!(
        local_storage().get_item(&key).unwrap().as_deref(),
        Some(raw)
    );

    // A newer envelope version is refused the same way.
    let envelope_key = store.draft_key("later-envelope");
    let newer_envelope =
        r#"{"schema_version":7,"id":"later-envelope","revision":1,"updated_ms":1,"document":{}}"#;
    local_storage()
        .set_item(&envelope_key, newer_envelope)
        .unwrap();
    assert!(matches!(
        store.load("later-envelope"),
        Err(StoreError::Unreadable(_))
    ));
    assert!(store
        .save("later-envelope", "", &sample_document("Mine"), 1)
        .is_err());
    assert_eq!(
        local_storage().get_item(&envelope_key).unwrap().as_deref(),
        Some(newer_envelope)
    );
    remove_prefixed("test-future.");
}

#[wasm_bindgen_test]
fn an_unreadable_index_is_kept_and_drafts_are_still_found() {
    let store = fresh_store("index");
    let created = store.create("", &sample_document("Found by key")).unwrap();
    let damaged = "not an index";
    local_storage()
        .set_item(&store.index_key(), damaged)
        .unwrap();

    let listing = store.list().unwrap();
    assert!(listing
        .problems
        .iter()
        .any(|problem| problem.key == store.index_key()));
    assert!(listing.drafts.iter().any(|meta| meta.id == created.id));
    store.create("", &sample_document("Another")).unwrap();
    assert_eq!(
        local_storage()
            .get_item(&store.index_key())
            .unwrap()
            .as_deref(),
        Some(damaged)
    );
    assert_eq!(store.list().unwrap().drafts.len(), 2);
    remove_prefixed("test-index.");
}

#[wasm_bindgen_test]
fn a_stale_revision_is_a_conflict_and_changes_nothing() {
    let store = fresh_store("conflict");
    let created = store.create("", &sample_document("Shared")).unwrap();
    // "Tab B" saves on top of revision 1.
    let mut theirs = created.document.clone();
    theirs.posting.title = "Theirs".to_owned();
    store.save(&created.id, "", &theirs, 1).unwrap();
    // "Tab A" still believes revision 1 is current.
    let mut mine = created.document.clone();
    mine.posting.title = "Mine".to_owned();
    let Err(StoreError::Conflict(stored)) = store.save(&created.id, "", &mine, 1) else {
        panic!("a stale save must be refused");
    };
    assert_eq!(stored.document.posting.title, "Theirs");
    assert_eq!(
        store.load(&created.id).unwrap().document.posting.title,
        "Theirs"
    );
    remove_prefixed("test-conflict.");
}

#[wasm_bindgen_test]
fn delete_and_restore_bring_the_draft_back_exactly() {
    let store = fresh_store("delete");
    let created = store
        .create("Named", &sample_document("To delete"))
        .unwrap();
    let key = store.draft_key(&created.id);
    let before = local_storage().get_item(&key).unwrap();
    let deleted = store.delete(&created.id).unwrap();
    assert_eq!(local_storage().get_item(&key).unwrap(), None);
    assert!(store.list().unwrap().drafts.is_empty());
    store.restore(&deleted).unwrap();
    assert_eq!(local_storage().get_item(&key).unwrap(), before);
    let listing = store.list().unwrap();
    assert_eq!(listing.drafts.len(), 1);
    assert_eq!(listing.drafts[0].display_name(), "Named");
    remove_prefixed("test-delete.");
}

#[wasm_bindgen_test]
fn duplicate_and_rename() {
    let store = fresh_store("duplicate");
    let created = store.create("", &sample_document("Original")).unwrap();
    let copy = store.duplicate(&created.id).unwrap();
    assert_ne!(copy.id, created.id);
    assert_eq!(copy.name, "Copy of Original");
    assert_eq!(copy.document, created.document);
    let renamed = store.rename(&created.id, "  Backend role  ").unwrap();
    assert_eq!(renamed.name, "Backend role");
    assert_eq!(renamed.revision, 2);
    remove_prefixed("test-duplicate.");
}

/// Fills localStorage for real, then checks that a save fails with a quota error and leaves
/// the last good save intact.
#[wasm_bindgen_test]
fn a_full_quota_reports_an_error_and_keeps_the_last_good_save() {
    let store = fresh_store("quota");
    let scratch = "test-quota-scratch.";
    remove_prefixed(scratch);
    let created = store
        .create("", &sample_document("Before the quota"))
        .unwrap();
    let key = store.draft_key(&created.id);
    let good = local_storage().get_item(&key).unwrap().expect("saved");

    // Fill: big chunks first, then smaller ones, until even 64 characters do not fit.
    let storage = local_storage();
    let mut chunk = 1 << 20;
    let mut serial = 0;
    let mut filled_to_the_brim = false;
    while chunk >= 64 {
        let value = "x".repeat(chunk);
        match storage.set_item(&format!("{scratch}{serial}"), &value) {
            Ok(()) => serial += 1,
            Err(error) => {
                assert!(postwright::storage::is_quota_error(&error), "{error:?}");
                filled_to_the_brim = true;
                chunk /= 2;
            }
        }
        assert!(serial < 10_000, "localStorage never filled up");
    }
    assert!(filled_to_the_brim);

    let mut bigger = created.document.clone();
    bigger.posting.summary = "A much longer summary. ".repeat(400);
    let result = store.save(&created.id, "", &bigger, created.revision);
    remove_prefixed(scratch);

    assert_eq!(result, Err(StoreError::Quota));
    assert!(StoreError::Quota.to_string().contains("full"));
    assert_eq!(
        local_storage().get_item(&key).unwrap().as_deref(),
        Some(good.as_str())
    );
    let loaded: Envelope = store.load(&created.id).unwrap();
    assert_eq!(loaded.document, created.document);
    // With room again, the same save goes through.
    assert!(store
        .save(&created.id, "", &bigger, created.revision)
        .is_ok());
    remove_prefixed("test-quota.");
}
