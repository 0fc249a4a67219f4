//! `SharedDraftView`: what a share link opens. When the page's address holds a share fragment
//! (`#share=v1.…`, at start-up or later through `hashchange`), a dialog shows the shared draft
//! read-only: its preview, score and findings, with "Save as a new draft" (a new draft through
//! the session's usual creation path; no existing draft is touched) and "Close" (which clears
//! the fragment). A damaged link gets a message saying so; the drafts open as usual behind it.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::lint_panel::severity_label;
use super::preview::Preview;
use super::share_stream::read_share_link;
use super::state::EditorState;
use crate::export::share_link::is_share_fragment;
use crate::lint::{check, Report};
use crate::model::{display_name, Document};
use crate::storage::DraftStore;

/// Storage prefix of the preview's own store, which never reads or writes: the shared draft is
/// not stored until the user saves it.
const SHARED_VIEW_PREFIX: &str = "postwright.shared-view.";

/// What the dialog shows.
#[derive(Clone, Debug, PartialEq)]
enum Shared {
    /// No share link in the address.
    Closed,
    /// The link is being unpacked.
    Reading,
    /// The shared draft and its lint report.
    Draft(Box<Document>, Box<Report>),
    /// The link could not be read; the text says why.
    Damaged(String),
}

/// The page's `#…` fragment.
fn location_hash() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// Removes the fragment from the address without reloading or adding a history entry.
fn clear_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let url = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// "The link is damaged…." from "the link is damaged…".
fn sentence(reason: &str) -> String {
    let mut chars = reason.chars();
    let first: String = chars
        .next()
        .map(char::to_uppercase)
        .into_iter()
        .flatten()
        .collect();
    format!("{first}{}.", chars.as_str())
}

/// The shared draft's preview: the app's own [`Preview`], reading from a store of its own that
/// holds the shared draft (provided by context to this subtree only).
#[component]
fn SharedPreview(
    /// The shared draft.
    document: Document,
) -> impl IntoView {
    let shown = EditorState::new(DraftStore::new(SHARED_VIEW_PREFIX));
    // A fresh store that nothing else reads yet: setting it is not an edit to undo or save.
    shown.document.set(document);
    provide_context(shown);
    view! { <Preview /> }
}

/// The shared draft's score and findings, read-only.
fn findings_view(document: &Document, report: &Report) -> impl IntoView {
    let score = &report.score;
    let rows = report
        .diagnostics
        .iter()
        .map(|diagnostic| {
            let words = diagnostic.flagged_text(&document.posting).to_owned();
            view! {
                <li class=format!("shared-finding sev-{}", diagnostic.severity.id())>
                    <span class="shared-finding-severity">
                        {severity_label(diagnostic.severity)}
                    </span>
                    <span class="finding-message">{diagnostic.message.clone()}</span>
                    {(!words.is_empty()).then(|| view! { <q class="finding-words">{words}</q> })}
                    <span class="shared-finding-section">{diagnostic.section.label()}</span>
                </li>
            }
        })
        .collect_view();
    let count = report.diagnostics.len();
    view! {
        <section class="shared-findings" aria-labelledby="shared-findings-heading">
            <h3 id="shared-findings-heading">
                {match count {
                    0 => "No findings".to_owned(),
                    1 => "1 finding".to_owned(),
                    count => format!("{count} findings"),
                }}
            </h3>
            <p class="shared-score">
                <strong>{format!("Score {}/100", score.value)}</strong>
                {format!(" \u{00b7} {}. {}", score.grade.label(), score.explanation)}
            </p>
            <ul class="shared-finding-list">{rows}</ul>
        </section>
    }
}

/// The dialog a share link opens (mounted once by the app).
#[component]
pub fn SharedDraftView() -> impl IntoView {
    let state = expect_context::<EditorState>();
    let shared = RwSignal::new(Shared::Closed);
    // Each reading gets a number, so a slow one that a newer link overtook is ignored.
    let serial = StoredValue::new(0_u64);
    let dialog_ref = NodeRef::<html::Dialog>::new();

    let read = move || {
        let fragment = location_hash();
        if !is_share_fragment(&fragment) {
            if shared.get_untracked() != Shared::Closed {
                shared.set(Shared::Closed);
            }
            return;
        }
        serial.update_value(|serial| *serial += 1);
        let mine = serial.get_value();
        shared.set(Shared::Reading);
        read_share_link(&fragment, move |result| {
            if serial.get_value() != mine {
                return;
            }
            shared.set(match result {
                Ok(document) => {
                    let report = check(&document.posting, &document.lint);
                    Shared::Draft(Box::new(document), Box::new(report))
                }
                Err(reason) => Shared::Damaged(reason),
            });
        });
    };
    read();
    let hash_change = window_event_listener_untyped("hashchange", move |_| read());
    on_cleanup(move || hash_change.remove());

    Effect::new(move |_| {
        let Some(dialog) = dialog_ref.get() else {
            return;
        };
        let wanted = shared.with(|shared| *shared != Shared::Closed);
        if wanted && !dialog.open() {
            let _ = dialog.show_modal();
        } else if !wanted && dialog.open() {
            dialog.close();
        }
    });

    let close = move || {
        serial.update_value(|serial| *serial += 1);
        clear_fragment();
        shared.set(Shared::Closed);
    };
    // Escape closes the dialog natively; keep the state and the address in step.
    let on_close = move |_| {
        let still_open = dialog_ref
            .get_untracked()
            .is_some_and(|dialog| dialog.open());
        if !still_open && shared.get_untracked() != Shared::Closed {
            close();
        }
    };
    let save = move |_| {
        let Shared::Draft(document, _) = shared.get_untracked() else {
            return;
        };
        let name = display_name("", &document.posting.title);
        close();
        state.new_from_document(*document);
        state.show_toast(
            format!("Saved as a new draft \u{201c}{name}\u{201d}."),
            None,
        );
    };

    let body = move || {
        match shared.get() {
        Shared::Closed => ().into_any(),
        Shared::Reading => view! { <p class="intro">"Opening the shared draft\u{2026}"</p> }.into_any(),
        Shared::Damaged(reason) => view! {
            <div class="shared-damaged" role="alert">
                <p><strong>"This share link cannot be opened."</strong></p>
                <p>{sentence(&reason)}</p>
                <p>"Ask for the link again, or for the draft as a file. Your own drafts are unchanged."</p>
            </div>
        }
        .into_any(),
        Shared::Draft(document, report) => {
            let findings = findings_view(&document, &report);
            view! {
                <p class="intro">
                    "A draft shared with you as a link. Nothing is saved in this browser until you "
                    "save it as a new draft; your own drafts are unchanged."
                </p>
                <div class="shared-columns">
                    <SharedPreview document=*document />
                    {findings}
                </div>
            }
            .into_any()
        }
    }
    };
    let can_save = move || shared.with(|shared| matches!(shared, Shared::Draft(..)));

    view! {
        <dialog
            node_ref=dialog_ref
            class="shared-dialog"
            aria-labelledby="shared-dialog-title"
            on:close=on_close
        >
            <div class="shared-body">
                <header class="import-header">
                    <h2 id="shared-dialog-title">"Shared draft"</h2>
                </header>
                {body}
            </div>
            <div class="dialog-actions">
                <button type="button" class="button quiet" on:click=move |_| close()>
                    "Close"
                </button>
                {move || can_save().then(|| view! {
                    <button type="button" class="button primary" on:click=save>
                        "Save as a new draft"
                    </button>
                })}
            </div>
        </dialog>
    }
}
