//! `ProblemBanners`: one banner per stored value that could not be read.

use leptos::prelude::*;

use super::download::download_text;
use super::state::EditorState;

/// Banners naming unreadable stored values, with "Download the raw value" and "Dismiss".
#[component]
pub fn ProblemBanners() -> impl IntoView {
    let state = expect_context::<EditorState>();
    view! {
        <For
            each=move || state.problems.get()
            key=|problem| problem.key.clone()
            children=move |problem| {
                let key = problem.key.clone();
                let raw = problem.raw.clone();
                let file_name = format!("{}.json", problem.key.replace(['.', '/', ' '], "-"));
                let kept = match &problem.backup_key {
                    Some(backup) => format!("A copy is kept under \u{201c}{backup}\u{201d}."),
                    None => "The value stays untouched where it is.".to_owned(),
                };
                view! {
                    <div class="banner banner-error" role="alert">
                        <p>
                            <strong>"A saved value could not be read. "</strong>
                            {problem.message.clone()}
                            " "
                            {kept}
                        </p>
                        <div class="banner-actions">
                            <button
                                type="button"
                                class="button"
                                on:click=move |_| {
                                    download_text(&file_name, &raw, "application/json");
                                }
                            >
                                "Download the raw value"
                            </button>
                            <button
                                type="button"
                                class="button quiet"
                                on:click=move |_| state.dismiss_problem(&key)
                            >
                                "Dismiss"
                            </button>
                        </div>
                    </div>
                }
            }
        />
    }
}
