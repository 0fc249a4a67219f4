//! `SharedDraftView`: what a share link opens. When the page's address holds a share fragment
//! (`#share=v1.…`, at start-up or later through `hashchange`), a dialog shows the shared draft
//! read-only: its preview, score and findings, with "Save as a new draft" (a new draft through
//! the session's usual creation path; no existing draft is touched) and "Close" (which clears
//! the fragment). A damaged link gets a message saying so; the drafts open as usual behind it.

use leptos::context::Provider;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::lint_panel::severity_label;
use super::preview::Preview;
use super::share_stream::read_share_link;
use super::state::EditorState;
use crate::export::share_link::is_share_fragment;
use crate::model::display_name;
use crate::storage::DraftStore;

/// Storage prefix of the preview's own store, which never reads or writes: the shared draft is
/// not stored until the user saves it.
const SHARED_VIEW_PREFIX: &str = "postwright.shared-view.";

/// What the dialog shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shown {
    /// No share link in the address.
    Closed,
    /// The link is being unpacked.
    Reading,
    /// The shared draft (in the dialog's own store).
    Draft,
    /// The link could not be read.
    Damaged,
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

/// "3 findings", "1 finding", "No findings".
fn findings_heading(count: usize) -> String {
    match count {
        0 => "No findings".to_owned(),
        1 => "1 finding".to_owned(),
        count => format!("{count} findings"),
    }
}

/// The dialog a share link opens (mounted once by the app).
///
/// The shared draft lives in a store of its own ([`EditorState`] over a storage prefix nothing
/// reads or writes), provided by a [`Provider`] to the dialog's preview only, so the app's own
/// [`Preview`] renders it and its lint memos give the findings; the open draft is not touched.
#[component]
pub fn SharedDraftView() -> impl IntoView {
    let state = expect_context::<EditorState>();
    let shown_draft = EditorState::new(DraftStore::new(SHARED_VIEW_PREFIX));
    let shown = RwSignal::new(Shown::Closed);
    let reason = RwSignal::new(String::new());
    // Each reading gets a number, so a slow one that a newer link overtook is ignored.
    let serial = StoredValue::new(0_u64);
    let dialog_ref = NodeRef::<html::Dialog>::new();

    let read = move || {
        let fragment = location_hash();
        if !is_share_fragment(&fragment) {
            if shown.get_untracked() != Shown::Closed {
                shown.set(Shown::Closed);
            }
            return;
        }
        serial.update_value(|serial| *serial += 1);
        let mine = serial.get_value();
        shown.set(Shown::Reading);
        read_share_link(&fragment, move |result| {
            if serial.get_value() != mine {
                return;
            }
            match result {
                Ok(document) => {
                    // The dialog's own store, which nothing saves: not an edit to undo.
                    shown_draft.document.set(document);
                    shown.set(Shown::Draft);
                }
                Err(text) => {
                    reason.set(crate::text::as_sentence(&text));
                    shown.set(Shown::Damaged);
                }
            }
        });
    };
    read();
    let hash_change = window_event_listener_untyped("hashchange", move |_| read());
    on_cleanup(move || hash_change.remove());

    Effect::new(move |_| {
        let Some(dialog) = dialog_ref.get() else {
            return;
        };
        let wanted = shown.get() != Shown::Closed;
        if wanted && !dialog.open() {
            let _ = dialog.show_modal();
        } else if !wanted && dialog.open() {
            dialog.close();
        }
    });

    let close = move || {
        serial.update_value(|serial| *serial += 1);
        clear_fragment();
        shown.set(Shown::Closed);
    };
    // Escape closes the dialog natively; keep the state and the address in step.
    let on_close = move |_| {
        let still_open = dialog_ref
            .get_untracked()
            .is_some_and(|dialog| dialog.open());
        if !still_open && shown.get_untracked() != Shown::Closed {
            close();
        }
    };
    let save = move |_| {
        if shown.get_untracked() != Shown::Draft {
            return;
        }
        let document = shown_draft.document.get_untracked();
        let name = display_name("", &document.posting.title);
        close();
        state.new_from_document(document);
        state.show_toast(
            format!("Saved as a new draft \u{201c}{name}\u{201d}."),
            None,
        );
    };

    let report = shown_draft.report;
    let score_line = move || {
        report.with(|report| {
            let score = &report.score;
            format!(
                "Score {}/100 \u{00b7} {}. {}",
                score.value,
                score.grade.label(),
                score.explanation
            )
        })
    };
    let rows = move || {
        shown_draft.linted.with(|document| {
            report.with(|report| {
                report
                    .diagnostics
                    .iter()
                    .map(|diagnostic| {
                        let words = diagnostic.flagged_text(&document.posting).to_owned();
                        let no_words = words.is_empty();
                        view! {
                            <li class=format!("shared-finding sev-{}", diagnostic.severity.id())>
                                <span class="shared-finding-severity">
                                    {severity_label(diagnostic.severity)}
                                    " \u{00b7} "
                                    {diagnostic.section.label()}
                                </span>
                                <span class="finding-message">{diagnostic.message.clone()}</span>
                                <q class="finding-words" hidden=no_words>{words}</q>
                            </li>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let is = move |which: Shown| shown.get() == which;

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
                <p class="intro" hidden=move || !is(Shown::Reading)>
                    "Opening the shared draft\u{2026}"
                </p>
                <div class="shared-damaged" role="alert" hidden=move || !is(Shown::Damaged)>
                    <p><strong>"This share link cannot be opened."</strong></p>
                    <p>{move || reason.get()}</p>
                    <p>"Ask for the link again, or for the draft as a file. Your own drafts are unchanged."</p>
                </div>
                <div class="shared-draft" hidden=move || !is(Shown::Draft)>
                    <p class="intro">
                        "A draft shared with you as a link. Nothing is saved in this browser until "
                        "you save it as a new draft; your own drafts are unchanged."
                    </p>
                    <div class="shared-columns">
                        <Provider value=shown_draft>
                            <Preview />
                        </Provider>
                        <section class="shared-findings" aria-labelledby="shared-findings-heading">
                            <h3 id="shared-findings-heading">
                                {move || report.with(|report| findings_heading(report.diagnostics.len()))}
                            </h3>
                            <p class="shared-score">{score_line}</p>
                            <ul class="shared-finding-list">{rows}</ul>
                        </section>
                    </div>
                </div>
            </div>
            <div class="dialog-actions">
                <button type="button" class="button quiet" on:click=move |_| close()>
                    "Close"
                </button>
                <button
                    type="button"
                    class="button primary"
                    hidden=move || !is(Shown::Draft)
                    on:click=save
                >
                    "Save as a new draft"
                </button>
            </div>
        </dialog>
    }
}
