//! The browser UI: Leptos components over the pure core. Thin by design: components call model,
//! lint, import and export functions and hold no business logic of their own.

mod app;
mod clipboard;
mod conflict_banner;
pub mod dom;
mod download;
mod drafts_panel;
mod editor;
mod export_menu;
mod fields;
pub mod format;
pub mod highlight;
mod import_dialog;
mod lint_panel;
pub mod lint_timing;
mod list_editor;
pub mod markdown_view;
pub mod offsets;
mod preview;
mod problem_banner;
mod session;
pub mod state;
mod toast_bar;
mod top_bar;
mod transfer_promise;

pub use app::App;
pub use download::download_text;
pub use state::{EditorState, SaveStatus};

use leptos::prelude::*;

/// Installs the panic hook and mounts the app into `<body>`.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal_error(&info.to_string());
    }));
    leptos::mount::mount_to_body(|| view! { <App /> });
}

/// Replaces the page with a readable error: what happened, that saved drafts are safe, and how
/// to recover. Runs from the panic hook, so it uses plain DOM calls and no reactive state.
pub fn show_fatal_error(detail: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Some(panel) = document.get_element_by_id("fatal-error") else {
        return;
    };
    if let Some(slot) = document.get_element_by_id("fatal-error-detail") {
        slot.set_text_content(Some(detail));
    }
    let _ = panel.remove_attribute("hidden");
}
