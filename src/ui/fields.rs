//! Labelled form controls bound to the [`EditorState`]: text inputs, text areas, selects and
//! number inputs. Text controls take their DOM id from [`Field::dom_id`], so the lint UI can
//! find, highlight and focus them.

use leptos::prelude::*;

use super::highlight::HighlightedControl;
use super::state::EditorState;
use crate::model::Field;

/// The current text of one field, as a memo (only changes when that field does).
fn field_text(state: EditorState, field: Field) -> Memo<String> {
    Memo::new(move |_| {
        state
            .posting
            .with(|posting| posting.text(field).unwrap_or_default().to_owned())
    })
}

/// Writes typed text into a field as part of a typing run.
fn write_field(state: EditorState, field: Field, label: &str, text: String) {
    state.edit_text(&format!("Edit {label}"), &field.dom_id(), move |posting| {
        if let Some(slot) = posting.text_mut(field) {
            *slot = text;
        }
    });
}

/// A one-line text input for a posting field, with its visible label and optional hint.
#[component]
pub fn TextField(
    /// The posting field this input edits.
    field: Field,
    /// The visible label.
    label: &'static str,
    /// A short help line under the input.
    #[prop(optional)]
    hint: &'static str,
    /// The input type (`text`, `url`, `date`).
    #[prop(default = "text")]
    input_type: &'static str,
    /// Extra autocomplete hint for the browser.
    #[prop(default = "off")]
    autocomplete: &'static str,
) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let id = field.dom_id();
    let value = field_text(state, field);
    let hint_id = (!hint.is_empty()).then(|| format!("{id}-hint"));
    let described_by = hint_id.clone();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <HighlightedControl field=field>
                <input
                    id=id
                    type=input_type
                    autocomplete=autocomplete
                    aria-describedby=described_by
                    prop:value=move || value.get()
                    on:input:target=move |event| write_field(state, field, label, event.target().value())
                />
            </HighlightedControl>
            {hint_id.map(|hint_id| view! { <p class="hint" id=hint_id>{hint}</p> })}
        </div>
    }
}

/// A multi-line text area for a posting field; it grows with its text.
#[component]
pub fn TextAreaField(
    /// The posting field this text area edits.
    field: Field,
    /// The visible label.
    label: &'static str,
    /// A short help line under the text area.
    #[prop(optional)]
    hint: &'static str,
    /// Minimum visible rows.
    #[prop(default = 3)]
    rows: u32,
) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let id = field.dom_id();
    let value = field_text(state, field);
    let hint_id = (!hint.is_empty()).then(|| format!("{id}-hint"));
    let described_by = hint_id.clone();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <HighlightedControl field=field>
                <textarea
                    id=id
                    rows=rows
                    aria-describedby=described_by
                    prop:value=move || value.get()
                    on:input:target=move |event| write_field(state, field, label, event.target().value())
                ></textarea>
            </HighlightedControl>
            {hint_id.map(|hint_id| view! { <p class="hint" id=hint_id>{hint}</p> })}
        </div>
    }
}

/// A labelled select over fixed options; `""` is the "not chosen" option.
#[component]
pub fn SelectField(
    /// The select's DOM id.
    id: &'static str,
    /// The visible label.
    label: &'static str,
    /// The options as (value, text) pairs, in order.
    options: Vec<(&'static str, &'static str)>,
    /// The selected value.
    value: Signal<String>,
    /// Called with the newly selected value.
    on_change: Callback<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id on:change:target=move |event| on_change.run(event.target().value())>
                {options
                    .into_iter()
                    .map(|(option, text)| {
                        view! {
                            <option value=option prop:selected=move || value.get() == option>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// A labelled number input; empty means "not given".
#[component]
pub fn NumberField(
    /// The input's DOM id.
    id: &'static str,
    /// The visible label.
    label: &'static str,
    /// The current number.
    value: Signal<Option<f64>>,
    /// Called with the typed number (`None` when cleared).
    on_change: Callback<Option<f64>>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                type="number"
                inputmode="decimal"
                min="0"
                step="any"
                prop:value=move || value.get().map(|number| crate::text::decimal(number, 6, true)).unwrap_or_default()
                on:input:target=move |event| {
                    let text = event.target().value();
                    if text.trim().is_empty() {
                        on_change.run(None);
                    } else if let Ok(number) = text.trim().parse::<f64>() {
                        on_change.run(Some(number));
                    }
                }
            />
        </div>
    }
}
