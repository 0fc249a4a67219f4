//! `ToastBar`: the short message at the bottom of the screen, with its optional action.

use leptos::prelude::*;

use super::state::{EditorState, ToastAction};

/// The current toast, if any.
#[component]
pub fn ToastBar() -> impl IntoView {
    let state = expect_context::<EditorState>();
    view! {
        <div class="toast-region" role="status" aria-live="polite">
            {move || {
                state
                    .toast
                    .get()
                    .map(|toast| {
                        let action = toast.action.clone().map(|action| match action {
                            ToastAction::RestoreDeleted { deleted, reopen } => {
                                view! {
                                    <button
                                        type="button"
                                        class="button toast-action"
                                        on:click=move |_| state.restore(&deleted, reopen)
                                    >
                                        "Undo"
                                    </button>
                                }
                            }
                        });
                        view! {
                            <div class="toast">
                                <span>{toast.message.clone()}</span>
                                {action}
                                <button
                                    type="button"
                                    class="icon-button toast-close"
                                    aria-label="Close message"
                                    on:click=move |_| state.toast.set(None)
                                >
                                    <span aria-hidden="true">"\u{00d7}"</span>
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
