//! `FirstRunBanner`: on the first run the built-in example opens as a draft; this banner says
//! that it is an example and offers the two ways to start on one's own posting.

use leptos::prelude::*;

use super::import_dialog::ImportDialogOpen;
use super::state::EditorState;
use crate::model::{Document, Posting};

/// The draft the first run opened from the example, and the example's posting: the banner
/// shows while that draft is open and still holds the example unchanged. Provided by context
/// (`None` on every later start).
#[derive(Clone, Copy)]
pub struct FirstRun(StoredValue<Option<(String, Posting)>>);

impl FirstRun {
    /// Provides the first-run marker for the draft open now, if this start was the first run
    /// (`first_run`, from [`EditorState::boot`]).
    pub fn provide(state: EditorState, first_run: bool) {
        let example = if first_run {
            let id = state
                .open_draft
                .with_untracked(|open| open.as_ref().map(|open| open.id.clone()));
            id.map(|id| (id, state.posting.get_untracked()))
        } else {
            None
        };
        provide_context(Self(StoredValue::new(example)));
    }
}

/// "Example posting": shown above the editor while the first run's example is open and
/// untouched, with "Import your posting" (opens the import dialog) and "Start blank" (empties
/// the draft, one undo step) as the first choices.
#[component]
pub fn FirstRunBanner() -> impl IntoView {
    let state = expect_context::<EditorState>();
    let FirstRun(example) = expect_context::<FirstRun>();
    let ImportDialogOpen(import_open) = expect_context::<ImportDialogOpen>();
    let showing = Memo::new(move |_| {
        example.with_value(|example| {
            let Some((example_id, example_posting)) = example else {
                return false;
            };
            let same_draft = state
                .open_draft
                .with(|open| open.as_ref().is_some_and(|open| open.id == *example_id));
            same_draft && state.posting.with(|posting| posting == example_posting)
        })
    });
    move || {
        showing.get().then(|| {
            view! {
                <section class="banner banner-example" aria-labelledby="first-run-title">
                    <p>
                        <strong id="first-run-title">"Example posting"</strong>
                        ". This is a sample job posting with the kind of problems Postwright finds. \
                         Bring in your own posting, start from a blank one, or edit the example \
                         to try it out."
                    </p>
                    <div class="banner-actions">
                        <button
                            type="button"
                            class="button primary"
                            on:click=move |_| import_open.set(true)
                        >
                            "Import your posting"
                        </button>
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| {
                                state.replace_document("Start blank", Document::new(Posting::default()));
                            }
                        >
                            "Start blank"
                        </button>
                    </div>
                </section>
            }
        })
    }
}
