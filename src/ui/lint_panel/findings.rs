//! The findings list: the findings of the open draft grouped by section (in editor order) and
//! severity, each with its plain rule title, its message as a sentence, the words it flags,
//! fixes, "Silence" and a jump to the words.

use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::navigation::{count_label, PanelNav};
use super::severity_label;
use crate::lint::{apply_fix, rule, Diagnostic, Fix};
use crate::model::{Field, Section, Severity, Silenced};
use crate::ui::dom::{self, focus_later};
use crate::ui::editor::SectionReveal;
use crate::ui::highlight::current_span;
use crate::ui::offsets::utf16_range;
use crate::ui::state::EditorState;

/// Focuses the control of `field`, scrolls it into view and selects the bytes `span` of its
/// text (as linted; carried over to the current text). Falls back to the field's section.
pub fn select_words(state: EditorState, reveal: SectionReveal, field: Field, span: Range<usize>) {
    let Some((text, span)) = current_span(state, field, span) else {
        reveal.go_to(field.section());
        return;
    };
    let Some(control) = dom::element_by_id::<web_sys::HtmlElement>(&field.dom_id()) else {
        reveal.go_to(field.section());
        return;
    };
    let range = utf16_range(&text, span);
    let _ = control.focus();
    if let Some(input) = control.dyn_ref::<web_sys::HtmlInputElement>() {
        let _ = input.set_selection_range(range.start, range.end);
    } else if let Some(text_area) = control.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let _ = text_area.set_selection_range(range.start, range.end);
    }
    dom::scroll_into_view(&control, true);
}

/// Moves to what a finding is about: its words, else its section.
fn jump_to(state: EditorState, reveal: SectionReveal, diagnostic: &Diagnostic) {
    match (diagnostic.field, diagnostic.span.clone()) {
        (Some(field), Some(span)) => select_words(state, reveal, field, span),
        _ => reveal.go_to(diagnostic.section),
    }
}

/// Applies a fix as one undo step, if the text it was computed for is still there.
fn apply(state: EditorState, fix: &Fix) {
    let fresh = fix.edits.iter().all(|edit| {
        let linted = state
            .linted
            .with_untracked(|document| document.posting.text(edit.field).map(str::to_owned));
        let current = state
            .posting
            .with_untracked(|posting| posting.text(edit.field).map(str::to_owned));
        linted.is_some() && linted == current
    });
    if !fresh {
        state.show_toast(
            "The text changed since this finding was made; try the fix again in a moment."
                .to_owned(),
            None,
        );
        return;
    }
    let mut failure = None;
    state.edit(&fix.title, |posting| {
        if let Err(error) = apply_fix(posting, fix) {
            failure = Some(error);
        }
    });
    if let Some(error) = failure {
        state.show_toast(format!("The fix could not be applied: {error}."), None);
    }
    focus_later("findings-heading".to_owned());
}

/// Silences one finding (stored with the draft, undoable).
fn silence(state: EditorState, diagnostic: &Diagnostic, words: &str) {
    let silenced = Silenced {
        rule: diagnostic.rule.to_owned(),
        field: diagnostic.field,
        text: words.to_owned(),
    };
    state.edit_settings(move |settings| {
        if !settings.silenced.contains(&silenced) {
            settings.silenced.push(silenced);
        }
    });
    focus_later("findings-heading".to_owned());
}

/// One finding with the words it flags (read from the linted text).
#[derive(Clone, Debug, PartialEq)]
struct Finding {
    diagnostic: Diagnostic,
    words: String,
}

/// What identifies a finding's row from one lint run to the next: its rule and where it is
/// (field and span), with the words and message, so a row whose text changed is made anew;
/// `occurrence` tells apart findings that agree on all of these.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct FindingKey {
    rule: &'static str,
    field: Option<Field>,
    span: Option<Range<usize>>,
    words: String,
    message: String,
    occurrence: usize,
}

/// Findings grouped by section, each with its key.
type Groups = Vec<(Section, Vec<(FindingKey, Finding)>)>;

/// The findings grouped by section in editor order; inside a section, the most serious first,
/// then in reading order. Each finding comes with its key.
fn grouped(findings: Vec<Finding>) -> Groups {
    let mut groups: Groups = Section::ALL
        .into_iter()
        .map(|section| (section, Vec::new()))
        .collect();
    let mut seen: Vec<FindingKey> = Vec::new();
    for finding in findings {
        let mut key = FindingKey {
            rule: finding.diagnostic.rule,
            field: finding.diagnostic.field,
            span: finding.diagnostic.span.clone(),
            words: finding.words.clone(),
            message: finding.diagnostic.message.clone(),
            occurrence: 0,
        };
        while seen.contains(&key) {
            key.occurrence += 1;
        }
        seen.push(key.clone());
        if let Some((_, list)) = groups
            .iter_mut()
            .find(|(section, _)| *section == finding.diagnostic.section)
        {
            list.push((key, finding));
        }
    }
    groups.retain(|(_, list)| !list.is_empty());
    for (_, list) in &mut groups {
        crate::sort::sort_by_key(list, |(_, finding)| {
            std::cmp::Reverse(finding.diagnostic.severity)
        });
    }
    groups
}

/// The findings, with counts per severity.
#[component]
pub fn FindingsList() -> impl IntoView {
    let state = expect_context::<EditorState>();
    let findings = Memo::new(move |_| {
        state.linted.with(|document| {
            state.diagnostics.with(|diagnostics| {
                diagnostics
                    .iter()
                    .map(|diagnostic| Finding {
                        words: diagnostic.flagged_text(&document.posting).to_owned(),
                        diagnostic: diagnostic.clone(),
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let groups = Memo::new(move |_| grouped(findings.get()));
    let counts = move || {
        state.diagnostics.with(|diagnostics| {
            [Severity::Error, Severity::Warning, Severity::Suggestion]
                .into_iter()
                .map(|severity| {
                    let count = diagnostics
                        .iter()
                        .filter(|diagnostic| diagnostic.severity == severity)
                        .count();
                    let zero = if count == 0 { " zero" } else { "" };
                    view! {
                        <li class=format!("severity-count sev-{}{zero}", severity.id())>
                            {count_label(count, severity)}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="findings-view">
            <h2 class="findings-heading" id="findings-heading" tabindex="-1">"Findings"</h2>
            <ul class="severity-counts" aria-label="Findings by severity">{counts}</ul>
            <Show when=move || groups.with(Vec::is_empty)>
                <p class="no-findings">"No findings: nothing to fix."</p>
            </Show>
            <For
                each=move || groups.get().into_iter().map(|(section, _)| section)
                key=|section| *section
                children=move |section| view! { <FindingGroup section=section groups=groups /> }
            />
        </div>
    }
}

/// The findings of one section, under the section's name.
#[component]
fn FindingGroup(
    /// The section.
    section: Section,
    /// Every group (this one is read from it by section).
    groups: Memo<Groups>,
) -> impl IntoView {
    let rows = move || {
        groups.with(|groups| {
            groups
                .iter()
                .find(|(group, _)| *group == section)
                .map(|(_, list)| list.clone())
                .unwrap_or_default()
        })
    };
    // A heading, not a labelled region: the editor's section of the same name is the landmark.
    view! {
        <div class="finding-group">
            <h3 id=format!("findings-{}", section.id())>{section.label()}</h3>
            <ul class="finding-list">
                <For
                    each=rows
                    key=|(key, _)| key.clone()
                    children=move |(_, finding)| view! { <FindingRow finding=finding /> }
                />
            </ul>
        </div>
    }
}

/// Numbers the rows made, so each has its own DOM ids.
static ROWS_MADE: AtomicUsize = AtomicUsize::new(0);

/// One finding: a button that selects its words, its help, its rule, fixes and "Silence".
#[component]
fn FindingRow(
    /// The finding and its words.
    finding: Finding,
) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let nav = expect_context::<PanelNav>();
    let reveal = expect_context::<SectionReveal>();
    let Finding { diagnostic, words } = finding;
    let serial = ROWS_MADE.fetch_add(1, Ordering::Relaxed) + 1;
    let jump_id = format!("finding-{serial}");
    let message_id = format!("finding-{serial}-message");
    let rule_id = diagnostic.rule;
    let title = rule(rule_id).map_or_else(|| rule_id.to_owned(), |rule| rule.title());
    let severity = diagnostic.severity;
    let target = diagnostic.clone();
    let jump_label = if diagnostic.field.is_some() {
        "Show the words in the editor"
    } else {
        "Go to the section"
    };
    let fixes = diagnostic
        .fixes
        .iter()
        .cloned()
        .map(|fix| {
            let title = fix.title.clone();
            view! {
                <button
                    type="button"
                    class="button fix-button"
                    aria-describedby=message_id.clone()
                    on:click=move |_| apply(state, &fix)
                >
                    "Fix: "
                    {title}
                </button>
            }
        })
        .collect_view();
    let related = diagnostic
        .related
        .iter()
        .cloned()
        .map(|related| {
            let from = jump_id.clone();
            view! {
                <button
                    type="button"
                    class="link-button related-button"
                    on:click=move |_| {
                        let (field, span) = (related.field, related.span.clone());
                        nav.leave_for_editor(&from, move || select_words(state, reveal, field, span));
                    }
                >
                    {format!("Show {}", related.message)}
                </button>
            }
        })
        .collect_view();
    let silenced_words = words.clone();
    let silenced = diagnostic.clone();
    let jump_from = jump_id.clone();
    view! {
        <li class=format!("finding sev-{}", severity.id()) data-rule=rule_id>
            <button
                type="button"
                class="finding-jump"
                id=jump_id
                title=jump_label
                on:click={
                    let target = target.clone();
                    move |_| {
                        let target = target.clone();
                        nav.leave_for_editor(&jump_from, move || jump_to(state, reveal, &target));
                    }
                }
            >
                <span class=format!("severity-badge sev-{}", severity.id())>
                    {severity_label(severity)}
                </span>
                <span class="finding-title">{title.clone()}</span>
                <span class="finding-message" id=message_id.clone()>
                    {diagnostic.sentence()}
                </span>
                {(!words.is_empty())
                    .then(|| view! { <q class="finding-words">{words.clone()}</q> })}
            </button>
            <p class="finding-help">{diagnostic.help.clone()}</p>
            {(!diagnostic.related.is_empty()).then(|| view! { <p class="finding-related">{related}</p> })}
            <div class="finding-actions">
                <button
                    type="button"
                    class="link-button rule-link"
                    title="Open the rule's page"
                    on:click=move |_| nav.open_rule(rule_id)
                >
                    <code>{rule_id}</code>
                </button>
                {fixes}
                <button
                    type="button"
                    class="button quiet silence-button"
                    aria-describedby=message_id
                    on:click=move |_| silence(state, &silenced, &silenced_words)
                >
                    "Silence"
                </button>
            </div>
        </li>
    }
}
