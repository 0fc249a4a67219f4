//! `TopBar`: brand, the open draft's name, save status, import / export, and undo / redo.

use leptos::prelude::*;

use super::export_menu::ExportMenu;
use super::import_dialog::ImportDialogOpen;
use super::state::{EditorState, SaveStatus};

/// The bar across the top of the app.
#[component]
pub fn TopBar() -> impl IntoView {
    let state = expect_context::<EditorState>();
    let ImportDialogOpen(import_open) = expect_context::<ImportDialogOpen>();
    let status_class = move || match state.save_status.get() {
        SaveStatus::Saved => "save-status saved",
        SaveStatus::Unsaved => "save-status unsaved",
        SaveStatus::Failed(_) | SaveStatus::Conflict => "save-status failed",
    };
    let undo_title = move || {
        state.undo_label().map_or_else(
            || "Nothing to undo".to_owned(),
            |label| format!("Undo: {label} (Ctrl+Z)"),
        )
    };
    let redo_title = move || {
        state.redo_label().map_or_else(
            || "Nothing to redo".to_owned(),
            |label| format!("Redo: {label} (Ctrl+Shift+Z)"),
        )
    };
    view! {
        <header class="topbar">
            <button
                type="button"
                class="button drafts-toggle"
                aria-controls="drafts-panel"
                aria-expanded=move || state.drafts_panel_open.get().to_string()
                on:click=move |_| state.drafts_panel_open.update(|open| *open = !*open)
            >
                "Drafts"
            </button>
            <h1 class="brand">"Postwright"</h1>
            <span class="draft-name" title="Open draft">{move || state.draft_name()}</span>
            <span class=status_class role="status" aria-live="polite">
                {move || state.save_status.get().label()}
            </span>
            <div class="transfer-buttons">
                <button
                    type="button"
                    class="button"
                    aria-haspopup="dialog"
                    on:click=move |_| import_open.set(true)
                >
                    "Import"
                </button>
                <ExportMenu />
            </div>
            <div class="history-buttons">
                <button
                    type="button"
                    class="button"
                    title=undo_title
                    aria-keyshortcuts="Control+Z"
                    disabled=move || !state.can_undo()
                    on:click=move |_| state.undo()
                >
                    "Undo"
                </button>
                <button
                    type="button"
                    class="button"
                    title=redo_title
                    aria-keyshortcuts="Control+Shift+Z Control+Y"
                    disabled=move || !state.can_redo()
                    on:click=move |_| state.redo()
                >
                    "Redo"
                </button>
            </div>
        </header>
    }
}
