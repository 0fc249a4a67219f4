//! `RuleSettings`: every rule with its on/off switch and severity, the silenced findings with
//! "Unsilence", and the house style (`HouseStyleEditor`). Switches and silences are stored in
//! the draft's `LintSettings` (undoable); the house style's own rule switches apply under them,
//! to every draft.

use leptos::prelude::*;

use super::{focus_later, severity_label, PanelNav};
use crate::lint::{rule, rules, Category, Rule};
use crate::model::{RuleSetting, Severity, Silenced};
use crate::ui::house_style_editor::HouseStyleEditor;
use crate::ui::state::EditorState;

/// The categories, in the order the settings list them.
const CATEGORIES: [Category; 4] = [
    Category::Bias,
    Category::Disclosure,
    Category::Clarity,
    Category::Structure,
];

/// Switches a rule on (with its default severity) or off for this draft. Switching on a rule
/// the house style switches off takes a setting of the draft's own.
fn set_on(state: EditorState, rule: &'static Rule, on: bool) {
    let house_off = state
        .house_style
        .with_untracked(|style| style.rules().get(rule.id) == Some(&RuleSetting::Off));
    state.edit_settings(move |settings| {
        if !on {
            settings.rules.insert(rule.id.to_owned(), RuleSetting::Off);
        } else if house_off {
            settings.rules.insert(
                rule.id.to_owned(),
                RuleSetting::Severity(rule.default_severity),
            );
        } else {
            settings.rules.remove(rule.id);
        }
    });
}

/// Sets a rule's severity for this draft; the default (the house style's severity, else the
/// rule's own; or `""`) removes the draft's choice.
fn set_severity(state: EditorState, rule: &'static Rule, value: &str) {
    let default = state
        .house_style
        .with_untracked(|style| match style.rules().get(rule.id) {
            Some(RuleSetting::Severity(severity)) => *severity,
            _ => rule.default_severity,
        });
    let chosen = Severity::from_id(value).filter(|severity| *severity != default);
    state.edit_settings(move |settings| match chosen {
        Some(severity) => {
            settings
                .rules
                .insert(rule.id.to_owned(), RuleSetting::Severity(severity));
        }
        None => {
            settings.rules.remove(rule.id);
        }
    });
}

/// Where a silenced finding was, in words.
fn place(silenced: &Silenced) -> String {
    silenced.field.map_or_else(
        || "the whole posting".to_owned(),
        |field| field.section().label().to_owned(),
    )
}

/// One rule's row: switch, summary, severity and a link to its page.
#[component]
fn RuleRow(
    /// The rule.
    rule: &'static Rule,
) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let nav = expect_context::<PanelNav>();
    let id = rule.id;
    let own = Memo::new(move |_| {
        state
            .document
            .with(|document| document.lint.rules.get(id).copied())
    });
    let house = Memo::new(move |_| {
        state
            .house_style
            .with(|style| style.rules().get(id).copied())
    });
    // The draft's own choice, else the house style's.
    let is_off = move || own.get().or(house.get()) == Some(RuleSetting::Off);
    let severity = move || match own.get() {
        Some(RuleSetting::Severity(severity)) => severity.id(),
        _ => "",
    };
    let switch_id = format!("rule-on-{id}");
    let severity_id = format!("rule-severity-{id}");
    let default_text = move || match house.get() {
        Some(RuleSetting::Severity(severity)) => {
            format!("House style ({})", severity_label(severity).to_lowercase())
        }
        _ => format!(
            "Default ({})",
            severity_label(rule.default_severity).to_lowercase()
        ),
    };
    view! {
        <li class="rule-row" class:off=is_off data-rule=id>
            <div class="rule-row-head">
                <input
                    type="checkbox"
                    id=switch_id.clone()
                    prop:checked=move || !is_off()
                    on:change:target=move |event| set_on(state, rule, event.target().checked())
                />
                <label for=switch_id class="rule-name">
                    {id}
                </label>
                <button
                    type="button"
                    class="link-button"
                    aria-label=format!("About {id}")
                    on:click=move |_| nav.open_rule(id)
                >
                    "About"
                </button>
            </div>
            <p class="rule-summary">{rule.summary}</p>
            <div class="rule-severity">
                <label for=severity_id.clone()>"Severity"</label>
                <select
                    id=severity_id
                    aria-label=format!("Severity of {id}")
                    disabled=is_off
                    on:change:target=move |event| set_severity(state, rule, &event.target().value())
                >
                    <option value="" prop:selected=move || severity().is_empty()>
                        {default_text}
                    </option>
                    {Severity::ALL
                        .into_iter()
                        .rev()
                        .map(|option| {
                            view! {
                                <option value=option.id() prop:selected=move || severity() == option.id()>
                                    {severity_label(option)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        </li>
    }
}

/// The rules view of the lint panel.
#[component]
pub fn RuleSettings() -> impl IntoView {
    let state = expect_context::<EditorState>();
    let groups = CATEGORIES
        .into_iter()
        .map(|category| {
            let rows = rules()
                .iter()
                .filter(|rule| rule.category == category)
                .map(|rule| view! { <RuleRow rule=rule /> })
                .collect_view();
            view! {
                <section class="rule-group">
                    <h3>{category.label()}</h3>
                    <ul class="rule-list">{rows}</ul>
                </section>
            }
        })
        .collect_view();
    let silenced = move || {
        let list = state
            .document
            .with(|document| document.lint.silenced.clone());
        if list.is_empty() {
            return view! { <p class="muted">"No silenced findings."</p> }.into_any();
        }
        let rows = list
            .into_iter()
            .map(|entry| {
                let known = rule(&entry.rule).is_some();
                let words = (!entry.text.is_empty())
                    .then(|| view! { <q class="finding-words">{entry.text.clone()}</q> });
                let label = format!("Unsilence {} in {}", entry.rule, place(&entry));
                let description = format!(" in {}", place(&entry));
                let rule_id = entry.rule.clone();
                view! {
                    <li class="silenced-row" class:unknown=!known>
                        <span>
                            <code>{rule_id}</code>
                            {description}
                            " "
                            {words}
                        </span>
                        <button
                            type="button"
                            class="button quiet"
                            aria-label=label
                            on:click=move |_| {
                                state.edit_settings(|settings| {
                                    settings.silenced.retain(|other| *other != entry);
                                });
                                focus_later("silenced-heading".to_owned());
                            }
                        >
                            "Unsilence"
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="silenced-list">{rows}</ul> }.into_any()
    };
    view! {
        <div class="rules-view">
            <h2 id="rules-heading" tabindex="-1">"Rules"</h2>
            <p class="muted">
                "Switch rules off or change their severity for this draft; the settings are saved with it. The house style's settings apply to every draft that does not choose its own."
            </p>
            <HouseStyleEditor />
            {groups}
            <h3 id="silenced-heading" tabindex="-1">"Silenced findings"</h3>
            {silenced}
        </div>
    }
}
