//! `DraftsPanel`: every stored draft with its last-edited time; new, open, rename, duplicate
//! and delete (with undo). On phones it is a collapsible panel opened from the top bar.

use leptos::prelude::*;

use super::dom;
use super::format::format_time_after_paint;
use super::state::EditorState;
use crate::storage::DraftMeta;

/// The drafts list and its actions.
#[component]
pub fn DraftsPanel() -> impl IntoView {
    let state = expect_context::<EditorState>();
    let renaming = RwSignal::new(None::<String>);
    view! {
        <nav
            id="drafts-panel"
            class="drafts-panel"
            class:open=move || state.drafts_panel_open.get()
            aria-label="Drafts"
        >
            <h2 class="panel-heading">"Drafts"</h2>
            <div class="panel-actions">
                <button type="button" class="button primary" on:click=move |_| state.new_blank()>
                    "New draft"
                </button>
                <button type="button" class="button" on:click=move |_| state.new_from_example()>
                    "New from example"
                </button>
            </div>
            <ul class="draft-list">
                <For
                    each=move || state.drafts.get()
                    key=|meta| (meta.id.clone(), meta.revision, meta.name.clone(), meta.title.clone())
                    children=move |meta| view! { <DraftRow meta=meta renaming=renaming /> }
                />
            </ul>
        </nav>
    }
}

/// One draft in the list.
#[component]
fn DraftRow(
    /// The draft's index row.
    meta: DraftMeta,
    /// The id of the draft being renamed, shared by all rows.
    renaming: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let id = meta.id.clone();
    let name = meta.display_name();
    let is_open = {
        let id = id.clone();
        move || {
            state
                .open_draft
                .with(|open| open.as_ref().is_some_and(|open| open.id == id))
        }
    };
    let is_renaming = {
        let id = id.clone();
        move || renaming.with(|current| current.as_deref() == Some(id.as_str()))
    };
    let time = format_time_after_paint(meta.updated_ms);
    let rename_input_id = format!("rename-{id}");

    let open = {
        let id = id.clone();
        move |_| state.open(&id)
    };
    let start_rename = {
        let (id, rename_input_id) = (id.clone(), rename_input_id.clone());
        move |_| {
            renaming.set(Some(id.clone()));
            let input_id = rename_input_id.clone();
            request_animation_frame(move || {
                if let Some(input) = dom::element_by_id::<web_sys::HtmlInputElement>(&input_id) {
                    let _ = input.focus();
                    input.select();
                }
            });
        }
    };
    let duplicate = {
        let id = id.clone();
        move |_| state.duplicate(&id)
    };
    let delete = {
        let id = id.clone();
        move |_| state.delete(&id)
    };
    let rename_value = RwSignal::new(meta.name.clone());
    let commit_rename = {
        let id = id.clone();
        move || {
            state.rename(&id, &rename_value.get_untracked());
            renaming.set(None);
        }
    };
    let on_submit = {
        let commit = commit_rename.clone();
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            commit();
        }
    };
    let name_for_labels = name.clone();

    view! {
        <li class="draft-row" class:current=is_open.clone()>
            <Show
                when=is_renaming
                fallback={
                    let name = name.clone();
                    let is_open = is_open.clone();
                    move || {
                        let is_open = is_open.clone();
                        view! {
                        <button
                            type="button"
                            class="draft-open"
                            aria-current=move || is_open().then_some("true")
                            on:click=open.clone()
                        >
                            <span class="draft-title">{name.clone()}</span>
                            <span class="draft-time">"Edited " {time}</span>
                        </button>
                        }
                    }
                }
            >
                <form class="rename-form" data-native-undo="" on:submit=on_submit.clone()>
                    <label for=rename_input_id.clone()>"Draft name"</label>
                    <input
                        id=rename_input_id.clone()
                        type="text"
                        placeholder="Leave empty to use the job title"
                        prop:value=move || rename_value.get()
                        on:input:target=move |event| rename_value.set(event.target().value())
                        on:keydown=move |event: web_sys::KeyboardEvent| {
                            if event.key() == "Escape" {
                                renaming.set(None);
                            }
                        }
                    />
                    <div class="rename-actions">
                        <button type="submit" class="button primary">"Save name"</button>
                        <button type="button" class="button quiet" on:click=move |_| renaming.set(None)>
                            "Cancel"
                        </button>
                    </div>
                </form>
            </Show>
            <div class="draft-actions">
                <button
                    type="button"
                    class="link-button"
                    aria-label=format!("Rename {name_for_labels}")
                    on:click=start_rename
                >
                    "Rename"
                </button>
                <button
                    type="button"
                    class="link-button"
                    aria-label=format!("Duplicate {name_for_labels}")
                    on:click=duplicate
                >
                    "Duplicate"
                </button>
                <button
                    type="button"
                    class="link-button danger"
                    aria-label=format!("Delete {name_for_labels}")
                    on:click=delete
                >
                    "Delete"
                </button>
            </div>
        </li>
    }
}
