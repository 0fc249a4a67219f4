//! `HouseStyleEditor`: the company's house style in the rule settings. Import a style file
//! (the `.postwright.json` the CLI reads), export it, and see and edit its words. The style is
//! kept in localStorage for all drafts (`DraftStore::save_house_style`), not in the draft, so
//! its changes are not undo steps of the draft. A file that cannot be read changes nothing and
//! the message names the line and the problem.

use leptos::prelude::*;

use super::download::download_text;
use super::state::EditorState;
use super::transfer_promise::{error_text, when_settled};
use crate::lint::{HouseStyle, HouseWord};

/// The name an exported style file gets (browsers refuse names that start with a dot; save it
/// as `.postwright.json` in a repository for the CLI).
const EXPORT_NAME: &str = "postwright-style.json";

/// Style files larger than this are refused unread.
const MAX_STYLE_BYTES: f64 = 1024.0 * 1024.0;

/// What the last action said: a confirmation or a refusal.
#[derive(Clone, Debug, PartialEq)]
enum Note {
    Done(String),
    Refused(String),
}

/// Stores `style` for all drafts, then uses it. Nothing changes when storing fails.
fn store_style(state: EditorState, style: HouseStyle) -> Result<(), String> {
    state
        .store
        .get_value()
        .save_house_style(&style)
        .map_err(|error| format!("The house style was not saved: {error}."))?;
    state.house_style.set(style);
    Ok(())
}

/// "1 word", "3 words".
fn count(number: usize, noun: &str) -> String {
    if number == 1 {
        format!("1 {noun}")
    } else {
        format!("{number} {noun}s")
    }
}

/// Splits the "prefer" box: wordings separated by commas.
fn split_prefer(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(str::to_owned)
        .collect()
}

/// One row of the word table, as being edited.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    /// Stable key for the row's DOM (rows move when one above is removed).
    key: u64,
    word: HouseWord,
}

/// Which part of a word a box edits.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Part {
    Avoid,
    Prefer,
    Reason,
}

/// The house style: import, export, and its words.
#[component]
pub fn HouseStyleEditor() -> impl IntoView {
    let state = expect_context::<EditorState>();
    let note = RwSignal::new(None::<Note>);
    let next_key = StoredValue::new(0_u64);
    let rows_of = move |style: &HouseStyle| -> Vec<Row> {
        style
            .words()
            .iter()
            .map(|word| {
                let key = next_key.get_value() + 1;
                next_key.set_value(key);
                Row {
                    key,
                    word: word.clone(),
                }
            })
            .collect()
    };
    let rows = RwSignal::new(state.house_style.with_untracked(rows_of));
    // A style changed elsewhere (another tab) replaces the rows; the rows' own edits, once
    // applied, read the same and leave them (and the focus) alone.
    Effect::new(move |_| {
        state.house_style.with(|style| {
            let same = rows.with_untracked(|rows| {
                let words = rows.iter().map(|row| row.word.clone()).collect();
                HouseStyle::new(words, Default::default()).words() == style.words()
            });
            if !same {
                rows.set(rows_of(style));
            }
        });
    });

    // Applies the rows being edited: rows with no word yet are left out; a row that cannot be
    // used (a word listed twice) is refused with its number and nothing changes.
    let apply_rows = move || {
        let words: Vec<HouseWord> = rows.with_untracked(|rows| {
            rows.iter()
                .map(|row| row.word.clone())
                .filter(|word| !word.avoid.trim().is_empty())
                .collect()
        });
        let result = state
            .house_style
            .with_untracked(|style| style.with_words(words))
            .map_err(|(row, problem)| format!("Word {row} was not saved: {problem}."))
            .and_then(|style| store_style(state, style));
        note.set(match result {
            Ok(()) => None,
            Err(message) => Some(Note::Refused(message)),
        });
    };

    let edit = move |key: u64, part: Part, value: String| {
        rows.update(|rows| {
            if let Some(row) = rows.iter_mut().find(|row| row.key == key) {
                match part {
                    Part::Avoid => row.word.avoid = value,
                    Part::Prefer => row.word.prefer = split_prefer(&value),
                    Part::Reason => row.word.reason = value,
                }
            }
        });
        apply_rows();
    };

    let import_file = move |file: web_sys::File| {
        let name = file.name();
        if file.size() > MAX_STYLE_BYTES {
            note.set(Some(Note::Refused(format!(
                "{name} was not imported: a style file is at most 1 MB."
            ))));
            return;
        }
        let failed_name = name.clone();
        when_settled(
            &file.text(),
            move |text| {
                let text = text.as_string().unwrap_or_default();
                let outcome = HouseStyle::from_json(&text)
                    .map_err(|error| format!("{name} was not imported: {error}."))
                    .and_then(|style| {
                        let summary = format!(
                            "Imported {} and {} from {name}.",
                            count(style.words().len(), "word"),
                            count(style.rules().len(), "rule setting")
                        );
                        let new_rows = rows_of(&style);
                        store_style(state, style)?;
                        rows.set(new_rows);
                        Ok(summary)
                    });
                note.try_set(Some(match outcome {
                    Ok(message) => Note::Done(message),
                    Err(message) => Note::Refused(message),
                }));
            },
            move |error| {
                note.try_set(Some(Note::Refused(format!(
                    "{failed_name} could not be read: {}.",
                    error_text(&error)
                ))));
            },
        );
    };

    let export = move |_| {
        let text = state.house_style.with_untracked(HouseStyle::to_json);
        if !download_text(EXPORT_NAME, &text, "application/json") {
            note.set(Some(Note::Refused(
                "The browser did not allow the download.".to_owned(),
            )));
        }
    };

    let clear = move |_| {
        let result = store_style(state, HouseStyle::default());
        rows.set(Vec::new());
        note.set(Some(match result {
            Ok(()) => Note::Done("The house style was removed.".to_owned()),
            Err(message) => Note::Refused(message),
        }));
    };

    let add = move |_| {
        let key = next_key.get_value() + 1;
        next_key.set_value(key);
        rows.update(|rows| {
            rows.push(Row {
                key,
                word: HouseWord::default(),
            })
        });
        super::lint_panel::focus_later(format!("house-avoid-{key}"));
    };

    let remove = move |key: u64| {
        rows.update(|rows| rows.retain(|row| row.key != key));
        apply_rows();
    };

    let value_of = move |key: u64, part: Part| {
        move || {
            rows.with(|rows| {
                rows.iter()
                    .find(|row| row.key == key)
                    .map(|row| match part {
                        Part::Avoid => row.word.avoid.clone(),
                        Part::Prefer => row.word.prefer.join(", "),
                        Part::Reason => row.word.reason.clone(),
                    })
                    .unwrap_or_default()
            })
        }
    };

    let row_view = move |row: Row| {
        let key = row.key;
        let number =
            move || rows.with(|rows| rows.iter().position(|row| row.key == key).unwrap_or(0) + 1);
        view! {
            <li class="house-word">
                <label>
                    "Avoid"
                    <input
                        type="text"
                        id=format!("house-avoid-{key}")
                        aria-label=move || format!("Avoid (word {})", number())
                        prop:value=value_of(key, Part::Avoid)
                        on:change:target=move |event| edit(key, Part::Avoid, event.target().value())
                    />
                </label>
                <label>
                    "Prefer"
                    <input
                        type="text"
                        aria-label=move || format!("Prefer (word {}), separated by commas", number())
                        prop:value=value_of(key, Part::Prefer)
                        on:change:target=move |event| edit(key, Part::Prefer, event.target().value())
                    />
                </label>
                <label>
                    "Reason"
                    <input
                        type="text"
                        aria-label=move || format!("Reason (word {})", number())
                        prop:value=value_of(key, Part::Reason)
                        on:change:target=move |event| edit(key, Part::Reason, event.target().value())
                    />
                </label>
                <button
                    type="button"
                    class="button quiet"
                    aria-label=move || format!("Remove word {}", number())
                    on:click=move |_| remove(key)
                >
                    "Remove"
                </button>
            </li>
        }
    };

    let rule_summary = move || {
        state.house_style.with(|style| {
            let rules = style.rules();
            if rules.is_empty() {
                return "No rule settings.".to_owned();
            }
            let parts: Vec<String> = rules
                .iter()
                .map(|(id, setting)| {
                    let value = match setting {
                        crate::model::RuleSetting::Off => "off",
                        crate::model::RuleSetting::Severity(severity) => severity.id(),
                    };
                    format!("{id}: {value}")
                })
                .collect();
            format!("Rule settings: {}.", parts.join(", "))
        })
    };

    view! {
        <section class="house-style" aria-labelledby="house-style-heading">
            <h3 id="house-style-heading">"House style"</h3>
            <p class="muted">
                "Your company's words to avoid, and rule settings, for all drafts. The same file ("
                <code>".postwright.json"</code>
                ") works with the command-line tool."
            </p>
            <div class="house-style-actions">
                <label class="button" for="house-style-file">
                    "Import style file"
                </label>
                <input
                    type="file"
                    id="house-style-file"
                    class="visually-hidden"
                    accept=".json,application/json"
                    on:change:target=move |event| {
                        let input = event.target();
                        if let Some(file) = input.files().and_then(|files| files.get(0)) {
                            import_file(file);
                        }
                        input.set_value("");
                    }
                />
                <button type="button" class="button" on:click=export>
                    "Export style file"
                </button>
                <button
                    type="button"
                    class="button quiet"
                    disabled=move || state.house_style.with(HouseStyle::is_empty)
                    on:click=clear
                >
                    "Remove house style"
                </button>
            </div>
            {move || {
                note.get()
                    .map(|note| match note {
                        Note::Done(message) => {
                            view! { <p class="house-style-note" role="status">{message}</p> }
                                .into_any()
                        }
                        Note::Refused(message) => {
                            view! { <p class="house-style-error" role="alert">{message}</p> }
                                .into_any()
                        }
                    })
            }}
            <p class="muted house-style-rules">{rule_summary}</p>
            <ul class="house-words" aria-label="House style words">
                <For each=move || rows.get() key=|row| row.key children=row_view />
            </ul>
            <button type="button" class="button" on:click=add>
                "Add word"
            </button>
        </section>
    }
}
