//! `LintPanel`: the findings of the open draft, grouped by section (in editor order) and
//! severity, with fixes, silencing and a jump to the flagged words; above them the score card
//! and gender-coding meter; beside them the rule settings and each rule's page.
//!
//! Also here: [`lint_memos`], which derives the findings from the draft for [`EditorState`].

use std::ops::Range;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

mod rule_page;
mod rule_settings;
mod score_card;

use crate::lint::{apply_fix, check_with, Diagnostic, Fix, GenderMeter, HouseStyle, Report, Score};
use crate::model::{Document, Field, Section, Severity, Silenced};
use crate::ui::highlight::current_span;
use crate::ui::offsets::utf16_range;
use crate::ui::state::EditorState;
use rule_page::RulePage;
use rule_settings::RuleSettings;
use score_card::ScoreCard;

/// While one lint run takes at most this long, every change is linted at once.
pub const CHEAP_LINT_MS: f64 = 4.0;

/// When lint runs take longer (a long posting), lint waits for the typing to pause this long.
pub const LINT_PAUSE: Duration = Duration::from_millis(150);

/// The lint results of the open draft, all derived from its document and never stored.
#[derive(Clone, Copy)]
pub struct LintMemos {
    /// The document as last linted.
    pub linted: Memo<Document>,
    /// The one lint report for `linted`; the three memos below are its parts.
    pub report: Memo<Report>,
    /// The findings for `linted`.
    pub diagnostics: Memo<Vec<Diagnostic>>,
    /// The score for `linted`.
    pub score: Memo<Score>,
    /// The gender-coding meter for `linted`.
    pub gender_meter: Memo<GenderMeter>,
}

/// Milliseconds since the page loaded (fine-grained, for timing lint runs).
fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or_else(js_sys::Date::now, |performance| performance.now())
}

/// Derives the lint results from `document`.
///
/// The choice of timing: while a lint run is cheap, as it is for ordinary postings (about
/// 0.5 ms for the sample), the findings follow the draft synchronously, like any other memo.
/// When a run has taken longer than [`CHEAP_LINT_MS`] (a posting of thousands of words), lint
/// stops following each change and runs once changes pause for [`LINT_PAUSE`], so keystrokes
/// never wait on it; meanwhile the highlights follow the typing by moving the previous
/// findings' spans (see `highlight.rs`).
pub fn lint_memos(document: RwSignal<Document>, house_style: RwSignal<HouseStyle>) -> LintMemos {
    let generation = RwSignal::new(0_u64);
    let seen_generation = StoredValue::new(0_u64);
    let last_cost = StoredValue::new(0.0_f64);
    let following = StoredValue::new(true);
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let restart_timer = move || {
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        let bump = move || generation.update(|count| *count += 1);
        timer.set_value(set_timeout_with_handle(bump, LINT_PAUSE).ok());
    };
    let linted = Memo::new(move |previous: Option<&Document>| {
        let bumped = generation.get() != seen_generation.get_value();
        seen_generation.set_value(generation.get_untracked());
        let cheap = last_cost.get_value() <= CHEAP_LINT_MS;
        following.set_value(cheap);
        if cheap {
            return document.get();
        }
        match previous {
            // A change arrived while this memo still followed the draft, but the last run was
            // slow: keep the findings of the previous text and lint after the pause.
            Some(previous) if !bumped => {
                restart_timer();
                previous.clone()
            }
            _ => document.get_untracked(),
        }
    });
    // While lint does not follow the draft, each change restarts the pause timer.
    Effect::new(move |_| {
        document.track();
        if !following.get_value() {
            restart_timer();
        }
    });
    let report = Memo::new(move |_| {
        linted.with(|document| {
            let start = now_ms();
            let report = house_style
                .with(|style| check_with(&document.posting, &document.lint, Some(style)));
            last_cost.set_value(now_ms() - start);
            report
        })
    });
    // The parts are memos over the report, so a part that did not change (the meter while
    // the findings change) does not wake its readers.
    let diagnostics = Memo::new(move |_| report.with(|report| report.diagnostics.clone()));
    let score = Memo::new(move |_| report.with(|report| report.score.clone()));
    let gender_meter = Memo::new(move |_| report.with(|report| report.gender_meter.clone()));
    LintMemos {
        linted,
        report,
        diagnostics,
        score,
        gender_meter,
    }
}

/// What the panel shows below the score card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PanelView {
    /// The findings list.
    Findings,
    /// Every rule's switch and severity, and the silenced findings.
    Rules,
    /// One rule's page.
    Rule(&'static str),
}

/// The panel's navigation, provided by context to the panel's parts.
#[derive(Clone, Copy)]
pub struct PanelNav {
    /// The current view.
    pub view: RwSignal<PanelView>,
    /// Where "Back" on a rule page returns to.
    back_to: StoredValue<PanelView>,
}

impl PanelNav {
    /// Shows the page of rule `id` and moves the focus to its heading.
    pub fn open_rule(&self, id: &'static str) {
        let current = self.view.get_untracked();
        if !matches!(current, PanelView::Rule(_)) {
            self.back_to.set_value(current);
        }
        self.view.set(PanelView::Rule(id));
        focus_later("rule-page-heading".to_owned());
    }

    /// Leaves a rule page for the view it was opened from.
    pub fn back(&self) {
        let view = self.back_to.get_value();
        self.view.set(view);
        focus_later(tab_id(view).to_owned());
    }
}

/// The DOM id of the tab button of a view.
fn tab_id(view: PanelView) -> &'static str {
    match view {
        PanelView::Rules => "lint-tab-rules",
        _ => "lint-tab-findings",
    }
}

/// Puts the keyboard focus on an element once the DOM has caught up with the state.
pub fn focus_later(dom_id: String) {
    request_animation_frame(move || {
        if let Some(element) = element_by_id::<web_sys::HtmlElement>(&dom_id) {
            let _ = element.focus();
        }
    });
}

/// The element with this DOM id, as `T`.
fn element_by_id<T: JsCast>(dom_id: &str) -> Option<T> {
    web_sys::window()?
        .document()?
        .get_element_by_id(dom_id)?
        .dyn_into()
        .ok()
}

/// Scrolls an element to the middle of the view.
fn scroll_to_center(element: &web_sys::Element) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Scrolls to a section of the editor and focuses its first control.
fn go_to_section(section: Section) {
    let Some(card) = element_by_id::<web_sys::HtmlElement>(&format!("section-{}", section.id()))
    else {
        return;
    };
    let control = card
        .query_selector("input, textarea, select, button")
        .ok()
        .flatten()
        .and_then(|control| control.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(control) = control {
        let _ = control.focus();
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    card.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Focuses the control of `field`, scrolls it into view and selects the bytes `span` of its
/// text (as linted; carried over to the current text). Falls back to the field's section.
pub fn select_words(state: EditorState, field: Field, span: Range<usize>) {
    let Some((text, span)) = current_span(state, field, span) else {
        go_to_section(field.section());
        return;
    };
    let Some(control) = element_by_id::<web_sys::HtmlElement>(&field.dom_id()) else {
        go_to_section(field.section());
        return;
    };
    let range = utf16_range(&text, span);
    let _ = control.focus();
    if let Some(input) = control.dyn_ref::<web_sys::HtmlInputElement>() {
        let _ = input.set_selection_range(range.start, range.end);
    } else if let Some(text_area) = control.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let _ = text_area.set_selection_range(range.start, range.end);
    }
    scroll_to_center(&control);
}

/// Moves to what a finding is about: its words, else its section.
fn jump_to(state: EditorState, diagnostic: &Diagnostic) {
    match (diagnostic.field, diagnostic.span.clone()) {
        (Some(field), Some(span)) => select_words(state, field, span),
        _ => go_to_section(diagnostic.section),
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

/// Human label of a severity.
pub fn severity_label(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "Error",
        Severity::Warning => "Warning",
        Severity::Suggestion => "Suggestion",
    }
}

/// "3 warnings", "1 error".
fn count_label(count: usize, severity: Severity) -> String {
    let noun = severity_label(severity).to_lowercase();
    if count == 1 {
        format!("{count} {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// One finding with the words it flags (read from the linted text).
#[derive(Clone, Debug, PartialEq)]
struct Finding {
    diagnostic: Diagnostic,
    words: String,
}

/// The findings grouped by section in editor order; inside a section, the most serious first,
/// then in reading order.
fn grouped(findings: Vec<Finding>) -> Vec<(Section, Vec<Finding>)> {
    let mut groups: Vec<(Section, Vec<Finding>)> = Section::ALL
        .into_iter()
        .map(|section| (section, Vec::new()))
        .collect();
    for finding in findings {
        if let Some((_, list)) = groups
            .iter_mut()
            .find(|(section, _)| *section == finding.diagnostic.section)
        {
            list.push(finding);
        }
    }
    groups.retain(|(_, list)| !list.is_empty());
    for (_, list) in &mut groups {
        list.sort_by_key(|finding| std::cmp::Reverse(finding.diagnostic.severity));
    }
    groups
}

/// The lint panel (mounted in the app's `<aside class="findings">`).
#[component]
pub fn LintPanel() -> impl IntoView {
    let state = expect_context::<EditorState>();
    let nav = PanelNav {
        view: RwSignal::new(PanelView::Findings),
        back_to: StoredValue::new(PanelView::Findings),
    };
    provide_context(nav);
    let total = Memo::new(move |_| state.diagnostics.with(Vec::len));
    let tab = move |view: PanelView, label: &'static str| {
        let selected = move || {
            let current = nav.view.get();
            current == view
                || (view == PanelView::Findings && matches!(current, PanelView::Rule(_)))
        };
        view! {
            <button
                type="button"
                class="lint-tab"
                id=tab_id(view)
                aria-pressed=move || selected().to_string()
                on:click=move |_| nav.view.set(view)
            >
                {label}
                {(view == PanelView::Findings)
                    .then(|| view! { <span class="lint-tab-count">{move || total.get()}</span> })}
            </button>
        }
    };
    view! {
        <div class="lint-panel">
            <ScoreCard />
            <div class="lint-tabs" role="group" aria-label="Lint panel views">
                {tab(PanelView::Findings, "Findings")}
                {tab(PanelView::Rules, "Rules")}
            </div>
            {move || match nav.view.get() {
                PanelView::Findings => view! { <FindingsList /> }.into_any(),
                PanelView::Rules => view! { <RuleSettings /> }.into_any(),
                PanelView::Rule(id) => view! { <RulePage id=id /> }.into_any(),
            }}
        </div>
    }
}

/// The findings, with counts per severity.
#[component]
fn FindingsList() -> impl IntoView {
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
    let groups = move || {
        let groups = grouped(findings.get());
        if groups.is_empty() {
            return view! { <p class="no-findings">"No findings: nothing to fix."</p> }.into_any();
        }
        let mut serial = 0_usize;
        groups
            .into_iter()
            .map(|(section, list)| {
                let heading_id = format!("findings-{}", section.id());
                let labelled_by = heading_id.clone();
                let rows = list
                    .into_iter()
                    .map(|finding| {
                        serial += 1;
                        view! { <FindingRow finding=finding serial=serial /> }
                    })
                    .collect_view();
                view! {
                    <section class="finding-group" aria-labelledby=labelled_by>
                        <h3 id=heading_id>{section.label()}</h3>
                        <ul class="finding-list">{rows}</ul>
                    </section>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <div class="findings-view">
            <h2 class="findings-heading" id="findings-heading" tabindex="-1">"Findings"</h2>
            <ul class="severity-counts" aria-label="Findings by severity">{counts}</ul>
            {groups}
        </div>
    }
}

/// One finding: a button that selects its words, its help, its rule, fixes and "Silence".
#[component]
fn FindingRow(
    /// The finding and its words.
    finding: Finding,
    /// Its number in the list (for unique DOM ids).
    serial: usize,
) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let nav = expect_context::<PanelNav>();
    let Finding { diagnostic, words } = finding;
    let message_id = format!("finding-{serial}-message");
    let rule = diagnostic.rule;
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
            view! {
                <button
                    type="button"
                    class="link-button related-button"
                    on:click=move |_| select_words(state, related.field, related.span.clone())
                >
                    {format!("Show {}", related.message)}
                </button>
            }
        })
        .collect_view();
    let silenced_words = words.clone();
    let silenced = diagnostic.clone();
    view! {
        <li class=format!("finding sev-{}", severity.id()) data-rule=rule>
            <button
                type="button"
                class="finding-jump"
                title=jump_label
                on:click=move |_| jump_to(state, &target)
            >
                <span class=format!("severity-badge sev-{}", severity.id())>
                    {severity_label(severity)}
                </span>
                <span class="finding-message" id=message_id.clone()>
                    {diagnostic.message.clone()}
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
                    on:click=move |_| nav.open_rule(rule)
                >
                    {rule}
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
