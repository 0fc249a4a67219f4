//! `ImportDialog`: paste a posting or choose / drop a file, see what went where, then import it
//! as a new draft or in place of the open one. The importers do the work
//! ([`crate::import::import_str`], [`crate::import::import_bytes`]); this is their face.
//!
//! A real `<dialog>` opened with `showModal()`: the page behind it is inert, focus stays inside,
//! Escape closes it, and focus returns to the Import button. Nothing changes until the user
//! accepts; a failed import leaves every draft as it was.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::EditorState;
use super::transfer_promise::{error_text, when_settled};
use crate::import::{
    import_as, import_bytes, import_clipboard, import_str, placements, ImportError, Imported,
    InputKind, Placement, MAX_INPUT_BYTES,
};
use crate::model::{Document, ListKind, Section};

/// Whether the import dialog is open. [`crate::ui::App`] provides it; the top bar's Import
/// button sets it.
#[derive(Clone, Copy)]
pub struct ImportDialogOpen(pub RwSignal<bool>);

impl ImportDialogOpen {
    /// Provides the switch (closed) to the components below the current owner.
    pub fn provide() {
        provide_context(Self(RwSignal::new(false)));
    }
}

/// What the user has given the dialog so far.
#[derive(Clone, Debug, Default, PartialEq)]
enum Source {
    #[default]
    Nothing,
    /// Typed text, or a paste without a formatted (HTML) version.
    Text(String),
    /// A paste from Word, Google Docs or a web page: the formatted version (its headings,
    /// lists and bold lines are the structure) and the plain text shown in the box.
    Pasted { plain: String, html: String },
    /// A file being read; `serial` tells this read from a later one.
    Reading { file_name: String, serial: u64 },
    /// A file, read (or refused) and imported.
    File {
        file_name: String,
        result: Box<Result<Imported, String>>,
    },
}

/// How the user asked the input to be read: `None` is "as detected".
pub(crate) type Reading = Option<InputKind>;

/// The readings offered in the dialog's "Read as" choice: (id, label, kind).
const READINGS: [(&str, &str, Reading); 5] = [
    ("auto", "As detected", None),
    ("text", "Plain text", Some(InputKind::PlainText)),
    ("markdown", "Markdown", Some(InputKind::Markdown)),
    ("html", "HTML", Some(InputKind::Html)),
    ("json", "JSON", Some(InputKind::JsonLd)),
];

/// The outcome shown in the dialog: nothing yet, a summary, or the reason it cannot be imported.
/// A paste with a formatted version is read from it ([`import_clipboard`]) unless the user
/// chose another reading, which then applies to the plain text.
fn outcome(
    source: &Source,
    reading: Reading,
    file_text: Option<&str>,
) -> Option<Result<Imported, String>> {
    let read = |text: &str| match reading {
        Some(kind) => import_as(text, kind),
        None => import_str(text),
    };
    let result = match source {
        Source::Nothing | Source::Reading { .. } => return None,
        Source::Text(text) if text.trim().is_empty() => return None,
        Source::Text(text) => read(text),
        Source::Pasted { plain, html } if reading.is_none() => import_clipboard(Some(html), plain),
        Source::Pasted { plain, .. } => read(plain),
        Source::File { result, .. } => match (reading, file_text) {
            (Some(_), Some(text)) => read(text),
            _ => return Some((**result).clone()),
        },
    };
    Some(result.map_err(|error| sentence(&error)))
}

/// An importer message as a sentence: "The JSON does not parse: ...".
fn sentence(error: &ImportError) -> String {
    let text = error.to_string();
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return text;
    };
    let mut out: String = first.to_uppercase().chain(chars).collect();
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}

/// The detected kind, for people.
fn kind_label(kind: InputKind) -> &'static str {
    match kind {
        InputKind::DraftJson => "Postwright draft (JSON)",
        InputKind::JsonLd => "schema.org JobPosting (JSON-LD)",
        InputKind::Html => "HTML",
        InputKind::Markdown => "Markdown",
        InputKind::PlainText => "Plain text",
    }
}

/// "14 items" for a list section; nothing for a text section.
fn count_label(section: Section, count: usize) -> Option<String> {
    let is_list = ListKind::ALL.iter().any(|kind| kind.section() == section);
    if !is_list {
        return None;
    }
    Some(if count == 1 {
        "1 item".to_owned()
    } else {
        format!("{count} items")
    })
}

/// The document that replaces the open one. Text, HTML and JSON-LD carry no lint settings, so
/// the open draft's (rule switches, silenced findings) are kept; a draft file brings its own.
fn replacement(current: &Document, imported: Imported) -> Document {
    if imported.kind == InputKind::DraftJson {
        return imported.document;
    }
    Document {
        lint: current.lint.clone(),
        ..imported.document
    }
}

/// The import dialog. Mounted once by the app; opened through [`ImportDialogOpen`].
#[component]
pub fn ImportDialog() -> impl IntoView {
    let state = expect_context::<EditorState>();
    let ImportDialogOpen(open) = expect_context::<ImportDialogOpen>();
    let source = RwSignal::new(Source::Nothing);
    let dragging = RwSignal::new(false);
    let next_serial = StoredValue::new(0_u64);
    let dialog_ref = NodeRef::<html::Dialog>::new();
    let file_ref = NodeRef::<html::Input>::new();
    let reading = RwSignal::new(Reading::None);
    // For a file holding several roles: one draft per role (the default) or all as one.
    let each_role = RwSignal::new(true);
    // A file's text (when it is UTF-8), so it can be read another way without reading it again.
    let file_text = RwSignal::new(Option::<String>::None);
    let result = Memo::new(move |_| {
        let reading = reading.get();
        file_text
            .with(|file_text| source.with(|source| outcome(source, reading, file_text.as_deref())))
    });

    Effect::new(move |_| {
        let Some(dialog) = dialog_ref.get() else {
            return;
        };
        let wanted = open.get();
        if wanted && !dialog.open() {
            let _ = dialog.show_modal();
        } else if !wanted && dialog.open() {
            dialog.close();
        }
    });

    let reset = move || {
        source.set(Source::Nothing);
        reading.set(None);
        file_text.set(None);
        each_role.set(true);
        dragging.set(false);
        if let Some(input) = file_ref.get_untracked() {
            input.set_value("");
        }
    };
    let close = move || {
        open.set(false);
        reset();
    };
    // Escape closes the dialog natively; the `close` event then arrives as a separate task, so
    // one from a dialog that was reopened meanwhile is ignored.
    let on_close = move |_| {
        let reopened = dialog_ref
            .get_untracked()
            .is_some_and(|dialog| dialog.open());
        if open.get_untracked() && !reopened {
            close();
        }
    };

    let read_file = move |file: web_sys::File| {
        let file_name = file.name();
        let size = file.size();
        // Checked before reading: a huge file is refused without loading it.
        if size > MAX_INPUT_BYTES as f64 {
            let error = ImportError::TooLarge {
                bytes: size as usize,
            };
            source.set(Source::File {
                file_name,
                result: Box::new(Err(sentence(&error))),
            });
            return;
        }
        file_text.set(None);
        let serial = next_serial.get_value() + 1;
        next_serial.set_value(serial);
        source.set(Source::Reading {
            file_name: file_name.clone(),
            serial,
        });
        let still_wanted = move || {
            source.try_with_untracked(|current| {
                matches!(current, Source::Reading { serial: wanted, .. } if *wanted == serial)
            }) == Some(true)
        };
        let read_name = file_name.clone();
        when_settled(
            &file.array_buffer(),
            move |buffer| {
                if !still_wanted() {
                    return;
                }
                let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                let result = import_bytes(&bytes).map_err(|error| sentence(&error));
                file_text.set(String::from_utf8(bytes).ok());
                source.try_set(Source::File {
                    file_name: read_name,
                    result: Box::new(result),
                });
            },
            move |error| {
                if !still_wanted() {
                    return;
                }
                source.try_set(Source::File {
                    file_name,
                    result: Box::new(Err(format!(
                        "The file could not be read: {}.",
                        error_text(&error)
                    ))),
                });
            },
        );
    };

    // A paste that carries a formatted version (Word, Google Docs, a web page) into an empty or
    // fully selected box is kept whole, so its headings and lists can be read; any other paste
    // is ordinary typing.
    let on_paste = move |event: web_sys::ClipboardEvent| {
        let Some(data) = event.clipboard_data() else {
            return;
        };
        let html = data.get_data("text/html").unwrap_or_default();
        if html.trim().is_empty() {
            return;
        }
        let area = event_target::<web_sys::HtmlTextAreaElement>(&event);
        let length = area.value().encode_utf16().count() as u32;
        let replaces_all = length == 0
            || (area.selection_start().ok().flatten() == Some(0)
                && area.selection_end().ok().flatten() == Some(length));
        if !replaces_all {
            return;
        }
        event.prevent_default();
        let plain = data.get_data("text/plain").unwrap_or_default();
        source.set(Source::Pasted { plain, html });
    };

    let on_file_chosen = move |event: web_sys::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&event);
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            read_file(file);
        }
    };
    let on_drag_over = move |event: web_sys::DragEvent| {
        event.prevent_default();
        if let Some(transfer) = event.data_transfer() {
            transfer.set_drop_effect("copy");
        }
        dragging.set(true);
    };
    let on_drag_leave = move |event: web_sys::DragEvent| {
        // Leaving for a child element is not leaving the dialog.
        let inside = event
            .related_target()
            .and_then(|target| target.dyn_into::<web_sys::Node>().ok())
            .zip(dialog_ref.get_untracked())
            .is_some_and(|(node, dialog)| dialog.contains(Some(&node)));
        if !inside {
            dragging.set(false);
        }
    };
    let on_drop = move |event: web_sys::DragEvent| {
        event.prevent_default();
        dragging.set(false);
        let file = event
            .data_transfer()
            .and_then(|transfer| transfer.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            read_file(file);
        }
    };

    let accepted = move || result.with_untracked(|result| result.clone()?.ok());
    let per_role = move || {
        each_role.get()
            && result
                .with(|result| matches!(result, Some(Ok(imported)) if imported.roles.len() > 1))
    };
    let import_as_new = move |_| {
        let Some(imported) = accepted() else {
            return;
        };
        if each_role.get_untracked() && imported.roles.len() > 1 {
            let count = imported.roles.len();
            // The last draft created is the one left open: create the first role last.
            for role in imported.roles.into_iter().rev() {
                state.new_from_document(role.document);
            }
            close();
            state.show_toast(format!("Imported {count} roles as {count} drafts."), None);
            return;
        }
        state.new_from_document(imported.document);
        close();
        state.show_toast("Imported as a new draft.".to_owned(), None);
    };
    let replace_current = move |_| {
        let Some(imported) = accepted() else {
            return;
        };
        let document = state
            .document
            .with_untracked(|current| replacement(current, imported));
        state.replace_document("Replace with import", document);
        close();
        state.show_toast(
            "Draft replaced by the import. Undo brings the previous version back.".to_owned(),
            None,
        );
    };
    let can_accept = move || result.with(|result| matches!(result, Some(Ok(_))));

    view! {
        <dialog
            node_ref=dialog_ref
            class="import-dialog"
            class:dragging=move || dragging.get()
            aria-labelledby="import-dialog-title"
            aria-describedby="import-dialog-intro"
            data-native-undo=""
            on:close=on_close
            on:dragover=on_drag_over
            on:dragleave=on_drag_leave
            on:drop=on_drop
        >
            <div class="import-body">
                <header class="import-header">
                    <h2 id="import-dialog-title">"Import a posting"</h2>
                    <button
                        type="button"
                        class="icon-button"
                        aria-label="Close"
                        on:click=move |_| close()
                    >
                        <span aria-hidden="true">"\u{00d7}"</span>
                    </button>
                </header>
                <p id="import-dialog-intro" class="intro">
                    "Paste a posting, or choose or drop a file: plain text, Markdown, an HTML page, "
                    "schema.org JSON-LD or a Postwright draft. You see what goes where before anything changes."
                </p>
                <div class="field">
                    <label for="import-text">"Posting text"</label>
                    <textarea
                        id="import-text"
                        class="import-text"
                        rows="8"
                        autofocus
                        spellcheck="false"
                        placeholder="Paste the posting here"
                        prop:value=move || {
                            source.with(|source| match source {
                                Source::Text(text) | Source::Pasted { plain: text, .. } => text.clone(),
                                _ => String::new(),
                            })
                        }
                        on:input=move |event| source.set(Source::Text(event_target_value(&event)))
                        on:paste=on_paste
                    ></textarea>
                </div>
                <div class="import-file-row">
                    <label for="import-file">"Or choose a file"</label>
                    <input
                        id="import-file"
                        type="file"
                        node_ref=file_ref
                        accept=".txt,.md,.markdown,.json,.jsonld,.html,.htm,text/plain,text/markdown,text/html,application/json,application/ld+json"
                        on:change=on_file_chosen
                    />
                    <span class="import-drop-hint">"or drop one anywhere on this dialog"</span>
                </div>
                <div class="import-reading-row" hidden=move || source.with(|source| matches!(source, Source::Nothing))>
                    <label for="import-reading">"Read as"</label>
                    <select
                        id="import-reading"
                        prop:value=move || {
                            let chosen = reading.get();
                            READINGS
                                .iter()
                                .find(|(_, _, kind)| *kind == chosen)
                                .map_or("auto", |(id, _, _)| *id)
                        }
                        on:change=move |event| {
                            let id = event_target_value(&event);
                            reading.set(
                                READINGS
                                    .iter()
                                    .find(|(candidate, _, _)| *candidate == id)
                                    .and_then(|(_, _, kind)| *kind),
                            );
                        }
                    >
                        {READINGS
                            .iter()
                            .map(|(id, label, _)| view! { <option value=*id>{*label}</option> })
                            .collect_view()}
                    </select>
                    <span class="hint">"If the sections look wrong, read it another way."</span>
                </div>
                <div class="import-result" aria-live="polite">
                    {move || source.with(|source| match source {
                        Source::Reading { file_name, .. } => Some(view! {
                            <p class="import-reading">"Reading " {file_name.clone()} "\u{2026}"</p>
                        }.into_any()),
                        Source::File { file_name, .. } => Some(view! {
                            <p class="import-from">"From the file " <strong>{file_name.clone()}</strong></p>
                        }.into_any()),
                        _ => None,
                    })}
                    {move || result.get().map(|result| match result {
                        Ok(imported) => view! {
                            <RoleChoice imported=imported.clone() each_role=each_role />
                            <ImportSummary imported=imported each_role=each_role />
                        }.into_any(),
                        Err(message) => view! {
                            <p class="import-error" role="alert">
                                <strong>"Cannot import this. "</strong>
                                {message}
                                " Your drafts are unchanged."
                            </p>
                        }.into_any(),
                    })}
                </div>
            </div>
            <footer class="dialog-actions">
                <button
                    type="button"
                    class="button primary"
                    disabled=move || !can_accept()
                    on:click=import_as_new
                >
                    {move || {
                        if per_role() {
                            let count = result.with(|result| match result {
                                Some(Ok(imported)) => imported.roles.len(),
                                _ => 0,
                            });
                            format!("Import as {count} new drafts")
                        } else {
                            "Import as new draft".to_owned()
                        }
                    }}
                </button>
                <button
                    type="button"
                    class="button"
                    disabled=move || !can_accept() || per_role()
                    title=move || {
                        if per_role() {
                            "To replace the open draft, choose \u{201c}All as one draft\u{201d}"
                        } else {
                            "Replaces the open draft; Undo brings it back"
                        }
                    }
                    on:click=replace_current
                >
                    "Replace current draft"
                </button>
                <button type="button" class="button quiet" on:click=move |_| close()>
                    "Cancel"
                </button>
            </footer>
        </dialog>
    }
}

/// What went where: the detected kind, one row per section, and the importer's warnings. For a
/// file holding several roles imported one draft per role, the rows are given role by role, as
/// each draft will hold them.
#[component]
fn ImportSummary(
    /// The import to describe.
    imported: Imported,
    /// True: a file with several roles becomes one draft per role.
    each_role: RwSignal<bool>,
) -> impl IntoView {
    let whole = imported.placements.clone();
    let per_role = imported
        .roles
        .iter()
        .map(|role| {
            let title = if role.title.trim().is_empty() {
                "Untitled role".to_owned()
            } else {
                role.title.clone()
            };
            (title, placements(&role.document.posting))
        })
        .collect::<Vec<_>>();
    let several = per_role.len() > 1;
    let rows = move || {
        if several && each_role.get() {
            per_role
                .iter()
                .map(|(title, placements)| {
                    view! {
                        <li class="placement-role">
                            <h4>{title.clone()}</h4>
                            <ul class="placement-list">{placement_rows(placements)}</ul>
                        </li>
                    }
                })
                .collect_view()
                .into_any()
        } else {
            placement_rows(&whole).into_any()
        }
    };
    let empty = imported.placements.is_empty();
    let warnings = (!imported.warnings.is_empty()).then(|| {
        view! {
            <div class="import-warnings">
                <h4>"Worth knowing"</h4>
                <ul>
                    {imported
                        .warnings
                        .iter()
                        .map(|warning| view! { <li>{warning.clone()}</li> })
                        .collect_view()}
                </ul>
            </div>
        }
    });
    view! {
        <section class="import-summary" aria-labelledby="import-summary-title">
            <h3 id="import-summary-title">"What goes where"</h3>
            <p class="import-kind">"Read as " <strong>{kind_label(imported.kind)}</strong></p>
            {empty.then(|| view! { <p class="hint">"Nothing to place: this holds no posting text."</p> })}
            <ul class="placement-list">{rows}</ul>
            {warnings}
        </section>
    }
}

/// One row per section: its name, how many items, a preview, and a flag for unsorted text.
fn placement_rows(placements: &[Placement]) -> Vec<AnyView> {
    placements
        .iter()
        .map(|placement| {
            let unplaced = placement.section == Section::Unplaced;
            view! {
                <li class="placement" class:unplaced=unplaced data-section=placement.section.id()>
                    <span class="placement-section">{placement.section.label()}</span>
                    {count_label(placement.section, placement.count)
                        .map(|count| view! { <span class="placement-count">{count}</span> })}
                    {unplaced.then(|| view! {
                        <span class="placement-flag">"Not recognised: kept in Unsorted text"</span>
                    })}
                    <span class="placement-preview">{placement.preview.clone()}</span>
                </li>
            }
            .into_any()
        })
        .collect()
}

/// For a file that holds several roles (a job-family page, several openings in one post): the
/// roles found, and whether to import each as its own draft (the default) or all as one.
#[component]
fn RoleChoice(
    /// The import, whose `roles` are listed.
    imported: Imported,
    /// True: one draft per role.
    each_role: RwSignal<bool>,
) -> impl IntoView {
    (imported.roles.len() > 1).then(|| {
        let count = imported.roles.len();
        let titles = imported
            .roles
            .iter()
            .map(|role| {
                let title = if role.title.trim().is_empty() {
                    "Untitled role".to_owned()
                } else {
                    role.title.clone()
                };
                view! { <li>{title}</li> }
            })
            .collect_view();
        view! {
            <fieldset class="import-roles">
                <legend>{format!("This holds {count} roles")}</legend>
                <ul class="import-role-list">{titles}</ul>
                <label class="choice">
                    <input
                        type="radio"
                        name="import-roles"
                        value="each"
                        prop:checked=move || each_role.get()
                        on:change=move |_| each_role.set(true)
                    />
                    " Import each role as its own draft"
                </label>
                <label class="choice">
                    <input
                        type="radio"
                        name="import-roles"
                        value="one"
                        prop:checked=move || !each_role.get()
                        on:change=move |_| each_role.set(false)
                    />
                    " All as one draft"
                </label>
            </fieldset>
        }
    })
}
