//! `ConflictBanner`: shown when another tab saved the open draft while this tab had edits.

use leptos::prelude::*;

use super::format::format_time;
use super::state::EditorState;

/// Offers "Load theirs" or "Keep mine as a copy"; nothing is overwritten until the user picks.
#[component]
pub fn ConflictBanner() -> impl IntoView {
    let state = expect_context::<EditorState>();
    view! {
        <Show when=move || state.conflict.with(Option::is_some)>
            <div class="banner banner-warning" role="alert">
                <p>
                    <strong>"This draft was changed in another tab"</strong>
                    {move || {
                        state.conflict.with(|theirs| {
                            theirs
                                .as_ref()
                                .map(|theirs| format!(" ({}).", format_time(theirs.updated_ms)))
                                .unwrap_or_default()
                        })
                    }}
                    " Your edits here are not saved yet. Keep both versions by saving yours as a copy, or load the other tab\u{2019}s version (your edits here are then discarded)."
                </p>
                <div class="banner-actions">
                    <button type="button" class="button primary" on:click=move |_| state.keep_mine_as_copy()>
                        "Keep mine as a copy"
                    </button>
                    <button type="button" class="button" on:click=move |_| state.load_theirs()>
                        "Load theirs"
                    </button>
                </div>
            </div>
        </Show>
    }
}
