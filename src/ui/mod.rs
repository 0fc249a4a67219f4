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
mod first_run;
pub mod format;
pub mod highlight;
mod house_style_editor;
mod import_dialog;
mod lint_panel;
pub mod lint_timing;
mod list_editor;
pub mod markdown_view;
pub mod offsets;
mod preview;
mod problem_banner;
pub mod rule_docs;
mod session;
mod share_stream;
mod shared_view;
pub mod state;
mod toast_bar;
mod top_bar;
mod transfer_promise;

pub use app::App;
pub use download::download_text;
pub use state::{EditorState, SaveStatus};

use leptos::prelude::*;

/// Installs the panic hook, mounts the app into `<body>` and removes the static shell that
/// index.html paints while the WebAssembly loads (in the same task, so no frame shows both).
/// The performance marks `postwright:start` and `postwright:mounted` time the mount (the
/// first lint of the open draft included).
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal_error(&info.to_string());
    }));
    mark("postwright:start");
    leptos::mount::mount_to_body(|| view! { <App /> });
    if let Some(shell) = dom::element_by_id::<web_sys::Element>("app-shell") {
        shell.remove();
    }
    mark("postwright:mounted");
}

/// A `performance.mark` (the cold-start benchmark, `e2e/cold-start.mjs`, reports them).
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark(name);
    }
}

/// Replaces the page with a readable error: what happened, that saved drafts are safe, and how
/// to recover. Runs from the panic hook, so it uses plain DOM calls and no reactive state.
pub fn show_fatal_error(detail: &str) {
    let Some(panel) = dom::element_by_id::<web_sys::Element>("fatal-error") else {
        return;
    };
    if let Some(slot) = dom::element_by_id::<web_sys::Element>("fatal-error-detail") {
        slot.set_text_content(Some(detail));
    }
    let _ = panel.remove_attribute("hidden");
}
