//! `LintPanel`: the side column beside the editor, with three tabs: Findings (the score card,
//! the gender-coding meter and the findings of the open draft), Preview (the live preview,
//! always mounted so it is always in sync) and Rules (rule switches and silenced findings). A
//! rule's page opens in place of the tab's content. On phones the column is a sheet opened
//! from the bar at the bottom of the screen ([`PhoneBar`]).
//!
//! The parts: `findings.rs` (the list), `navigation.rs` (tabs, skip links, phone bar, section
//! navigator), `rule_page.rs`, `rule_settings.rs`, `score_card.rs`.

mod findings;
mod navigation;
mod rule_page;
mod rule_settings;
mod score_card;

use leptos::prelude::*;

use crate::model::Severity;
pub use crate::ui::dom::focus_later;
use crate::ui::preview::Preview;
use crate::ui::state::EditorState;
use findings::FindingsList;
pub use navigation::{PanelNav, PanelTab, PhoneBar, SectionNav, SkipLinks, SIDE_COLUMN_ID};
use rule_page::RulePage;
use rule_settings::RuleSettings;
use score_card::ScoreCard;

/// Human label of a severity.
pub fn severity_label(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "Error",
        Severity::Warning => "Warning",
        Severity::Suggestion => "Suggestion",
    }
}

/// The next tab for an arrow, Home or End key, if it is one of those.
fn tab_for_key(key: &str, current: PanelTab) -> Option<PanelTab> {
    let index = PanelTab::ALL.iter().position(|tab| *tab == current)?;
    let last = PanelTab::ALL.len() - 1;
    let next = match key {
        "ArrowRight" => (index + 1) % PanelTab::ALL.len(),
        "ArrowLeft" => (index + last) % PanelTab::ALL.len(),
        "Home" => 0,
        "End" => last,
        _ => return None,
    };
    PanelTab::ALL.get(next).copied()
}

/// The side column (mounted by the app beside the editor).
#[component]
pub fn LintPanel() -> impl IntoView {
    let state = expect_context::<EditorState>();
    let nav = expect_context::<PanelNav>();
    let total = Memo::new(move |_| state.diagnostics.with(Vec::len));
    let on_tab_key = move |event: web_sys::KeyboardEvent| {
        if let Some(tab) = tab_for_key(&event.key(), nav.tab.get_untracked()) {
            event.prevent_default();
            nav.select(tab);
            focus_later(tab.tab_id().to_owned());
        }
    };
    let tabs = PanelTab::ALL
        .into_iter()
        .map(|tab| {
            let selected = move || nav.tab.get() == tab;
            view! {
                <button
                    type="button"
                    role="tab"
                    class="lint-tab"
                    id=tab.tab_id()
                    aria-controls=tab.panel_id()
                    aria-selected=move || selected().to_string()
                    tabindex=move || if selected() { "0" } else { "-1" }
                    on:click=move |_| nav.select(tab)
                >
                    {tab.label()}
                    {(tab == PanelTab::Findings)
                        .then(|| view! { <span class="lint-tab-count">{move || total.get()}</span> })}
                </button>
            }
        })
        .collect_view();
    // The rule page, when one is open in `tab`; else `content`.
    let page_or = move |tab: PanelTab, content: fn() -> AnyView| {
        move || match (nav.tab.get() == tab, nav.rule.get()) {
            (true, Some(id)) => view! { <RulePage id=id /> }.into_any(),
            _ => content(),
        }
    };
    let on_sheet_key = move |event: web_sys::KeyboardEvent| {
        if event.key() == "Escape" && nav.sheet_open.get_untracked() {
            event.prevent_default();
            nav.close_sheet();
        }
    };
    view! {
        <aside
            class="side-column"
            class:sheet-open=move || nav.sheet_open.get()
            id=SIDE_COLUMN_ID
            aria-label="Review"
            on:keydown=on_sheet_key
        >
            <div class="panel-head">
                <div class="lint-tabs" role="tablist" aria-label="Review" on:keydown=on_tab_key>
                    {tabs}
                </div>
                <button type="button" class="button sheet-close" on:click=move |_| nav.close_sheet()>
                    "Close"
                </button>
            </div>
            <div
                role="tabpanel"
                id=PanelTab::Findings.panel_id()
                aria-labelledby=PanelTab::Findings.tab_id()
                hidden=move || nav.tab.get() != PanelTab::Findings
            >
                <section class="findings lint-panel" id="findings" aria-label="Findings">
                    <ScoreCard />
                    {page_or(PanelTab::Findings, || view! { <FindingsList /> }.into_any())}
                </section>
            </div>
            <div
                role="tabpanel"
                id=PanelTab::Preview.panel_id()
                aria-labelledby=PanelTab::Preview.tab_id()
                hidden=move || nav.tab.get() != PanelTab::Preview
            >
                <Preview />
            </div>
            <div
                role="tabpanel"
                id=PanelTab::Rules.panel_id()
                aria-labelledby=PanelTab::Rules.tab_id()
                hidden=move || nav.tab.get() != PanelTab::Rules
            >
                <section class="lint-panel" aria-label="Rules">
                    {page_or(PanelTab::Rules, || view! { <RuleSettings /> }.into_any())}
                </section>
            </div>
        </aside>
    }
}
