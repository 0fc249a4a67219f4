//! `App`: the top-level component. Creates the [`EditorState`], provides it by context, boots
//! the drafts and lays out the screen.

use leptos::prelude::*;

use super::conflict_banner::ConflictBanner;
use super::drafts_panel::DraftsPanel;
use super::editor::Editor;
use super::editor::SectionReveal;
use super::first_run::{FirstRun, FirstRunBanner};
use super::import_dialog::{ImportDialog, ImportDialogOpen};
use super::lint_panel::{LintPanel, PanelNav, PhoneBar, SectionNav, SkipLinks};
use super::problem_banner::ProblemBanners;
use super::shared_view::SharedDraftView;
use super::state::EditorState;
use super::toast_bar::ToastBar;
use super::top_bar::TopBar;
use crate::storage::{DraftStore, APP_PREFIX};

/// The whole application.
#[component]
pub fn App(
    /// Key prefix for localStorage; tests pass their own so they do not touch the app's drafts.
    #[prop(optional, into)]
    storage_prefix: Option<String>,
) -> impl IntoView {
    let prefix = storage_prefix.unwrap_or_else(|| APP_PREFIX.to_owned());
    let state = EditorState::new(DraftStore::new(prefix));
    provide_context(state);
    ImportDialogOpen::provide();
    let nav = PanelNav::provide();
    SectionReveal::provide();
    let first_run = state.boot();
    FirstRun::provide(state, first_run);
    state.install_listeners();
    view! {
        <div class="app" class:sheet-open=move || nav.sheet_open.get()>
            <SkipLinks />
            <div class="chrome" inert=move || nav.sheet_open.get()>
                <TopBar />
                <div class="notices">
                    <FirstRunBanner />
                    <ProblemBanners />
                    <ConflictBanner />
                </div>
            </div>
            <div class="workspace" class:drafts-open=move || state.drafts_panel_open.get()>
                <div class="left-column" inert=move || nav.sheet_open.get()>
                    <DraftsPanel />
                    <SectionNav />
                </div>
                <main
                    class="editor-column"
                    id="editor"
                    tabindex="-1"
                    aria-label="Editor"
                    inert=move || nav.sheet_open.get()
                >
                    <Editor />
                </main>
                <LintPanel />
            </div>
            <PhoneBar />
            <ImportDialog />
            <SharedDraftView />
            <ToastBar />
            <footer class="footer">
                <span>"Postwright " {crate::VERSION}</span>
                " \u{00b7} works offline \u{00b7} drafts stay in this browser"
            </footer>
        </div>
    }
}
