//! `EditorState`: the one reactive store for the open draft, provided by [`crate::ui::App`]
//! through context (`expect_context::<EditorState>()`).
//!
//! Every change to the draft goes through [`EditorState::edit`], [`EditorState::edit_text`],
//! [`EditorState::edit_settings`] or [`EditorState::replace_document`], so undo covers typing,
//! list operations, lint fixes and imports alike, and every change schedules the autosave.
//!
//! Undo shortcuts: Ctrl/Cmd+Z undoes and Ctrl+Shift+Z / Cmd+Shift+Z / Ctrl+Y redoes everywhere,
//! including inside a focused text field. The browser's own text-field undo is turned off in
//! favour of this one: the fields are controlled by the store (their value is set from it), which
//! leaves the native stack unreliable, and one history that also covers fixes, moves and imports
//! is easier to reason about. Typing in one field is one undo step until a pause of 1.5 s.
//!
//! The draft-management half (open, new, delete, autosave, other tabs) is in `session.rs`.

use std::time::Duration;

use leptos::prelude::*;

use crate::lint::{Diagnostic, GenderMeter, HouseStyle, Report, Score};
use crate::model::History;
use crate::model::{Document, LintSettings, Posting};
use crate::storage::{display_name, DraftMeta, DraftStore, Envelope, Problem};

/// How long typing must pause before the autosave runs.
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(400);

/// What the top bar says about saving.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    /// Everything is in storage.
    Saved,
    /// Edits are waiting for the autosave.
    Unsaved,
    /// The last save failed; the message says why.
    Failed(String),
    /// Another tab saved this draft too; the user picks which version to keep.
    Conflict,
}

impl SaveStatus {
    /// The text shown in the top bar.
    pub fn label(&self) -> String {
        match self {
            Self::Saved => "Saved".to_owned(),
            Self::Unsaved => "Unsaved changes".to_owned(),
            Self::Failed(reason) => format!("Saving failed: {reason}"),
            Self::Conflict => "Not saved: changed in another tab".to_owned(),
        }
    }

    /// True when this tab holds edits that are not in storage.
    pub fn is_dirty(&self) -> bool {
        !matches!(self, Self::Saved)
    }
}

/// The draft open in this tab.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenDraft {
    pub id: String,
    /// The user's name for the draft; empty means "use the title".
    pub name: String,
    /// The stored revision this tab's copy is based on (0: never saved).
    pub revision: u64,
}

/// A short message at the bottom of the screen, optionally with an action button.
#[derive(Clone, Debug, PartialEq)]
pub struct Toast {
    /// Distinguishes toasts, so an old timer does not close a newer one.
    pub serial: u64,
    pub message: String,
    pub action: Option<ToastAction>,
}

/// What a toast's button does.
#[derive(Clone, Debug, PartialEq)]
pub enum ToastAction {
    /// Puts a deleted draft back; `reopen` when it was the open one.
    RestoreDeleted {
        deleted: crate::storage::Deleted,
        reopen: bool,
    },
}

/// The one reactive store for the open draft.
#[derive(Clone, Copy)]
pub struct EditorState {
    /// The open draft. Read it freely; change it only through the methods below.
    pub document: RwSignal<Document>,
    /// The posting of the open draft.
    pub posting: Memo<Posting>,
    /// The document as last linted: the draft itself, or, in a very long posting while the
    /// user types, the draft as it was at the last pause (see `lint_timing`).
    pub linted: ReadSignal<Document>,
    /// The lint report for `linted`: one run gives the findings, the score and the meter
    /// (derived, never stored). The next three are its parts.
    pub report: ReadSignal<Report>,
    /// The findings for `linted`.
    pub diagnostics: Memo<Vec<Diagnostic>>,
    /// The posting's score, from `diagnostics`.
    pub score: Memo<Score>,
    /// The posting's gender-coding meter.
    pub gender_meter: Memo<GenderMeter>,
    /// Saved / unsaved / failed, for the top bar.
    pub save_status: RwSignal<SaveStatus>,
    /// The draft open in this tab (`None` only while storage is unavailable).
    pub open_draft: RwSignal<Option<OpenDraft>>,
    /// Every stored draft, most recent first.
    pub drafts: RwSignal<Vec<DraftMeta>>,
    /// Stored values that could not be read (each gets a banner).
    pub problems: RwSignal<Vec<Problem>>,
    /// The other tab's version, while a save conflict waits for the user's choice.
    pub conflict: RwSignal<Option<Envelope>>,
    /// The current toast.
    pub toast: RwSignal<Option<Toast>>,
    /// Whether the drafts panel is shown on narrow screens.
    pub drafts_panel_open: RwSignal<bool>,
    /// The company's house style, for all drafts (stored under its own key; changed only by
    /// the rule settings' house-style editor, which stores it first).
    pub house_style: RwSignal<HouseStyle>,
    pub(super) history: RwSignal<History<Document>>,
    pub(super) store: StoredValue<DraftStore>,
    pub(super) save_timer: StoredValue<Option<TimeoutHandle>>,
}

impl EditorState {
    /// A store over `store`, holding an empty document until [`EditorState::boot`] runs.
    pub fn new(store: DraftStore) -> Self {
        let document = RwSignal::new(Document::new(Posting::default()));
        let (style, style_problem) = match store.load_house_style() {
            Ok(style) => (style, None),
            Err(crate::storage::StoreError::Unreadable(problem)) => {
                (HouseStyle::default(), Some(*problem))
            }
            Err(_) => (HouseStyle::default(), None),
        };
        let house_style = RwSignal::new(style);
        let lint = super::lint_timing::lint_signals(document, house_style);
        let state = Self {
            document,
            posting: Memo::new(move |_| document.with(|document| document.posting.clone())),
            linted: lint.linted,
            report: lint.report,
            diagnostics: lint.diagnostics,
            score: lint.score,
            gender_meter: lint.gender_meter,
            save_status: RwSignal::new(SaveStatus::Saved),
            open_draft: RwSignal::new(None),
            drafts: RwSignal::new(Vec::new()),
            problems: RwSignal::new(style_problem.into_iter().collect()),
            conflict: RwSignal::new(None),
            toast: RwSignal::new(None),
            drafts_panel_open: RwSignal::new(false),
            house_style,
            history: RwSignal::new(History::default()),
            store: StoredValue::new(store),
            save_timer: StoredValue::new(None),
        };
        // The app is only unmounted in tests (a closing page saves on `pagehide`); a timer must
        // not fire into a disposed store.
        on_cleanup(move || state.cancel_autosave());
        state
    }

    /// Changes the posting as one undo step (list operations, choices, lint fixes).
    pub fn edit(&self, label: &str, change: impl FnOnce(&mut Posting)) {
        self.apply(label, None, |document| change(&mut document.posting));
    }

    /// Changes the posting as typing in the control `group` (its DOM id): consecutive typing
    /// in the same control merges into one undo step.
    pub fn edit_text(&self, label: &str, group: &str, change: impl FnOnce(&mut Posting)) {
        self.apply(label, Some(group), |document| change(&mut document.posting));
    }

    /// Changes the draft's lint settings as one undo step.
    pub fn edit_settings(&self, change: impl FnOnce(&mut LintSettings)) {
        self.apply("Change lint settings", None, |document| {
            change(&mut document.lint)
        });
    }

    /// Replaces the whole document (an import) as one undo step.
    pub fn replace_document(&self, label: &str, document: Document) {
        self.apply(label, None, move |current| *current = document);
    }

    /// Undoes the last step.
    pub fn undo(&self) {
        let current = self.document.get_untracked();
        let Some(previous) = self
            .history
            .try_update(|history| history.undo(&current))
            .flatten()
        else {
            return;
        };
        self.document.set(previous);
        self.mark_dirty();
    }

    /// Redoes the last undone step.
    pub fn redo(&self) {
        let current = self.document.get_untracked();
        let Some(next) = self
            .history
            .try_update(|history| history.redo(&current))
            .flatten()
        else {
            return;
        };
        self.document.set(next);
        self.mark_dirty();
    }

    /// True when there is a step to undo (reactive).
    pub fn can_undo(&self) -> bool {
        self.history.with(History::can_undo)
    }

    /// True when there is a step to redo (reactive).
    pub fn can_redo(&self) -> bool {
        self.history.with(History::can_redo)
    }

    /// The label of the step undo would revert (reactive).
    pub fn undo_label(&self) -> Option<String> {
        self.history
            .with(|history| history.undo_label().map(str::to_owned))
    }

    /// The label of the step redo would repeat (reactive).
    pub fn redo_label(&self) -> Option<String> {
        self.history
            .with(|history| history.redo_label().map(str::to_owned))
    }

    /// The open draft's visible name: its name, else the posting's title (reactive).
    pub fn draft_name(&self) -> String {
        let name = self
            .open_draft
            .with(|open| open.as_ref().map(|open| open.name.clone()))
            .unwrap_or_default();
        self.posting
            .with(|posting| display_name(&name, &posting.title))
    }

    /// Runs a change, records the undo step when something changed, and schedules the save.
    fn apply(&self, label: &str, group: Option<&str>, change: impl FnOnce(&mut Document)) {
        let before = self.document.get_untracked();
        let mut after = before.clone();
        change(&mut after);
        if after == before {
            return;
        }
        let now = js_sys::Date::now();
        self.history
            .update(|history| history.record(&before, label, group, now));
        self.document.set(after);
        self.mark_dirty();
    }

    /// Marks the draft as changed and (re)starts the autosave timer.
    pub(super) fn mark_dirty(&self) {
        if self.save_status.get_untracked() != SaveStatus::Conflict {
            self.save_status.set(SaveStatus::Unsaved);
        }
        self.cancel_autosave();
        let state = *self;
        let handle = set_timeout_with_handle(move || state.save_now(), AUTOSAVE_DELAY).ok();
        self.save_timer.set_value(handle);
    }

    /// Stops a pending autosave.
    pub(super) fn cancel_autosave(&self) {
        if let Some(handle) = self.save_timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }
}
