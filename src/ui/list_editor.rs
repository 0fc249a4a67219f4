//! `ListEditor`: one list section (responsibilities, requirements, benefits) with add, remove
//! and reorder. Items are keyed by their `ItemId`, so editing and moving keep their identity.
//!
//! Reordering: the Move up / Move down buttons, Alt+Up / Alt+Down in an item, or dragging an
//! item by its handle with a mouse, pen or finger (pointer events). While a drag is under way
//! only the list on screen changes; dropping makes the move one undo step, and Escape (or the
//! browser cancelling the pointer) puts the item back.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::focus_later;
use super::highlight::HighlightedControl;
use super::state::EditorState;
use crate::model::{Field, ItemId, ListKind};

/// A drag under way: the item and the place it would drop at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Drag {
    id: ItemId,
    to: usize,
}

/// `ids` with `id` moved to index `to` (clamped to the list).
fn moved(ids: &[ItemId], id: ItemId, to: usize) -> Vec<ItemId> {
    let mut ids = ids.to_vec();
    if let Some(from) = ids.iter().position(|other| *other == id) {
        let item = ids.remove(from);
        ids.insert(to.min(ids.len()), item);
    }
    ids
}

/// Where a dragged item drops when the pointer is at `pointer_y`: after every other item
/// whose middle is above the pointer.
fn drop_index(list: &web_sys::Element, dragged: ItemId, pointer_y: f64) -> usize {
    let items = list.children();
    let dragged = dragged.to_string();
    (0..items.length())
        .filter_map(|index| items.item(index))
        .filter(|item| item.get_attribute("data-item").as_deref() != Some(dragged.as_str()))
        .filter(|item| {
            let rect = item.get_bounding_client_rect();
            rect.top() + rect.height() / 2.0 < pointer_y
        })
        .count()
}

/// Moves an item to index `to` as one undo step.
fn move_item_to(state: EditorState, kind: ListKind, id: ItemId, to: usize) {
    state.edit("Move item", |posting| {
        let list = posting.list_mut(kind);
        let Some(from) = list.iter().position(|item| item.id == id) else {
            return;
        };
        let item = list.remove(from);
        let to = to.min(list.len());
        list.insert(to, item);
    });
}

/// What one item of the list is called ("Responsibility 2").
fn item_noun(kind: ListKind) -> &'static str {
    match kind {
        ListKind::Responsibilities => "Responsibility",
        ListKind::MustHave => "Must-have",
        ListKind::NiceToHave => "Nice-to-have",
        ListKind::Benefits => "Benefit",
    }
}

/// Moves an item one place up (`-1`) or down (`1`) and keeps the focus on `focus_id`.
fn move_item(state: EditorState, kind: ListKind, id: ItemId, step: isize, focus_id: String) {
    state.edit("Move item", |posting| {
        let list = posting.list_mut(kind);
        let Some(from) = list.iter().position(|item| item.id == id) else {
            return;
        };
        let Some(to) = from.checked_add_signed(step).filter(|to| *to < list.len()) else {
            return;
        };
        list.swap(from, to);
    });
    focus_later(focus_id);
}

/// The editor for one list section: its items and an "Add item" button.
#[component]
pub fn ListEditor(
    /// Which list this edits.
    kind: ListKind,
) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let ids = Memo::new(move |_| {
        state.posting.with(|posting| {
            posting
                .list(kind)
                .iter()
                .map(|item| item.id)
                .collect::<Vec<_>>()
        })
    });
    let drag = RwSignal::new(None::<Drag>);
    let shown = Memo::new(move |_| {
        let ids = ids.get();
        match drag.get() {
            Some(Drag { id, to }) => moved(&ids, id, to),
            None => ids,
        }
    });
    let list_ref = NodeRef::<html::Ol>::new();
    let pointer_move = window_event_listener(leptos::ev::pointermove, move |event| {
        let Some(Drag { id, to }) = drag.get_untracked() else {
            return;
        };
        event.prevent_default();
        let Some(list) = list_ref.get_untracked() else {
            return;
        };
        let target = drop_index(&list, id, f64::from(event.client_y()));
        if target != to {
            drag.set(Some(Drag { id, to: target }));
        }
    });
    let pointer_up = window_event_listener(leptos::ev::pointerup, move |_| {
        let Some(Drag { id, to }) = drag.get_untracked() else {
            return;
        };
        drag.set(None);
        move_item_to(state, kind, id, to);
    });
    let pointer_cancel = window_event_listener(leptos::ev::pointercancel, move |_| {
        if drag.get_untracked().is_some() {
            drag.set(None);
        }
    });
    let escape = window_event_listener(leptos::ev::keydown, move |event| {
        if event.key() == "Escape" && drag.get_untracked().is_some() {
            event.prevent_default();
            drag.set(None);
        }
    });
    on_cleanup(move || {
        pointer_move.remove();
        pointer_up.remove();
        pointer_cancel.remove();
        escape.remove();
    });
    let add_id = format!("add-{}", kind.section().id());
    let add = move |_| {
        let mut new_id = 0;
        state.edit("Add item", |posting| {
            new_id = posting.push_item(kind, "");
        });
        focus_later(Field::Item(kind, new_id).dom_id());
    };
    view! {
        <ol class="list-items" class:dragging=move || drag.with(Option::is_some) node_ref=list_ref>
            <For
                each=move || shown.get()
                key=|id| *id
                children=move |id| view! { <ListItemRow kind=kind id=id ids=shown drag=drag /> }
            />
        </ol>
        <button type="button" class="button add-item" id=add_id on:click=add>
            {format!("Add {}", item_noun(kind).to_lowercase())}
        </button>
    }
}

/// One item: a growing text area with Move up, Move down and Remove buttons.
#[component]
fn ListItemRow(
    /// The list the item is in.
    kind: ListKind,
    /// The item's stable id.
    id: ItemId,
    /// The ids of the whole list, in order (for the item's number and its neighbours).
    ids: Memo<Vec<ItemId>>,
    /// The list's drag, shared by its items.
    drag: RwSignal<Option<Drag>>,
) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let field = Field::Item(kind, id);
    let dom_id = field.dom_id();
    let position = Memo::new(move |_| ids.with(|ids| ids.iter().position(|other| *other == id)));
    let count = Memo::new(move |_| ids.with(Vec::len));
    let name = move || {
        format!(
            "{} {}",
            item_noun(kind),
            position.get().map_or(0, |p| p + 1)
        )
    };
    let text = Memo::new(move |_| {
        state
            .posting
            .with(|posting| posting.text(field).unwrap_or_default().to_owned())
    });
    let up_id = format!("{dom_id}-up");
    let down_id = format!("{dom_id}-down");
    let is_first = move || position.get() == Some(0);
    let is_last = move || position.get().map(|p| p + 1) == Some(count.get());

    let on_input = {
        let group = dom_id.clone();
        move |event: leptos::ev::Targeted<web_sys::Event, web_sys::HtmlTextAreaElement>| {
            let value = event.target().value();
            state.edit_text(&format!("Edit {}", name()), &group, move |posting| {
                if let Some(slot) = posting.text_mut(field) {
                    *slot = value;
                }
            });
        }
    };
    let on_keydown = {
        let dom_id = dom_id.clone();
        move |event: web_sys::KeyboardEvent| {
            if !event.alt_key() || event.ctrl_key() || event.meta_key() {
                return;
            }
            let step = match event.key().as_str() {
                "ArrowUp" => -1,
                "ArrowDown" => 1,
                _ => return,
            };
            event.prevent_default();
            move_item(state, kind, id, step, dom_id.clone());
        }
    };
    let move_up = {
        let (up_id, dom_id) = (up_id.clone(), dom_id.clone());
        move |_| {
            let focus = if position.get_untracked() == Some(1) {
                dom_id.clone()
            } else {
                up_id.clone()
            };
            move_item(state, kind, id, -1, focus);
        }
    };
    let move_down = {
        let (down_id, dom_id) = (down_id.clone(), dom_id.clone());
        move |_| {
            let last = count.get_untracked().saturating_sub(2);
            let focus = if position.get_untracked() == Some(last) {
                dom_id.clone()
            } else {
                down_id.clone()
            };
            move_item(state, kind, id, 1, focus);
        }
    };
    let start_drag = move |event: web_sys::PointerEvent| {
        if !event.is_primary() || event.button() != 0 {
            return;
        }
        let Some(from) = position.get_untracked() else {
            return;
        };
        // No text selection, no focus change, no scrolling while dragging.
        event.prevent_default();
        if let Some(handle) = event
            .current_target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        {
            let _ = handle.release_pointer_capture(event.pointer_id());
        }
        drag.set(Some(Drag { id, to: from }));
    };
    let dragged = move || drag.with(|drag| drag.is_some_and(|drag| drag.id == id));
    let remove = move |_| {
        let neighbour = ids.with_untracked(|ids| {
            let at = ids.iter().position(|other| *other == id)?;
            ids.get(at + 1)
                .or_else(|| at.checked_sub(1).and_then(|before| ids.get(before)))
                .copied()
        });
        state.edit("Remove item", |posting| {
            posting.list_mut(kind).retain(|item| item.id != id);
        });
        let focus = neighbour.map_or_else(
            || format!("add-{}", kind.section().id()),
            |other| Field::Item(kind, other).dom_id(),
        );
        focus_later(focus);
    };

    view! {
        <li class="list-item" class:dragged=dragged data-item=id.to_string()>
            <label class="item-label" for=dom_id.clone()>{name}</label>
            <div class="item-row">
                <span
                    class="drag-handle"
                    aria-hidden="true"
                    title="Drag to move (or Alt+Up, Alt+Down)"
                    on:pointerdown=start_drag
                >
                    "\u{2807}\u{2807}"
                </span>
                <HighlightedControl field=field>
                    <textarea
                        id=dom_id.clone()
                        rows="1"
                        class="item-text"
                        aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                        prop:value=move || text.get()
                        on:input:target=on_input
                        on:keydown=on_keydown
                    ></textarea>
                </HighlightedControl>
                <div class="item-actions">
                    <button
                        type="button"
                        class="icon-button"
                        id=up_id
                        aria-label=move || format!("Move {} up", name())
                        title="Move up (Alt+Up)"
                        disabled=is_first
                        on:click=move_up
                    >
                        <span aria-hidden="true">"\u{2191}"</span>
                    </button>
                    <button
                        type="button"
                        class="icon-button"
                        id=down_id
                        aria-label=move || format!("Move {} down", name())
                        title="Move down (Alt+Down)"
                        disabled=is_last
                        on:click=move_down
                    >
                        <span aria-hidden="true">"\u{2193}"</span>
                    </button>
                    <button
                        type="button"
                        class="icon-button danger"
                        aria-label=move || format!("Remove {}", name())
                        title="Remove"
                        on:click=remove
                    >
                        <span aria-hidden="true">"\u{00d7}"</span>
                    </button>
                </div>
            </div>
        </li>
    }
}
