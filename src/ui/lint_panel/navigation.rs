//! Getting around the side column: [`PanelNav`] (its tabs, the rule page, the phone sheet and
//! the way back to the findings list), the skip links, the phone bar with the score and the
//! finding counts, and the section navigator with each section's finding count.

use leptos::prelude::*;

use crate::model::{Section, Severity};
use crate::ui::dom::{self, focus_later};
use crate::ui::editor::SectionReveal;
use crate::ui::state::EditorState;

/// The side column's tabs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PanelTab {
    /// The score and the findings list.
    Findings,
    /// The live preview.
    Preview,
    /// Every rule's switch and severity, and the silenced findings.
    Rules,
}

impl PanelTab {
    /// In tab order.
    pub const ALL: [PanelTab; 3] = [Self::Findings, Self::Preview, Self::Rules];

    /// The tab's visible name.
    pub fn label(self) -> &'static str {
        match self {
            Self::Findings => "Findings",
            Self::Preview => "Preview",
            Self::Rules => "Rules",
        }
    }

    /// The DOM id of the tab button.
    pub fn tab_id(self) -> &'static str {
        match self {
            Self::Findings => "lint-tab-findings",
            Self::Preview => "lint-tab-preview",
            Self::Rules => "lint-tab-rules",
        }
    }

    /// The DOM id of the tab's panel.
    pub fn panel_id(self) -> &'static str {
        match self {
            Self::Findings => "panel-findings",
            Self::Preview => "panel-preview",
            Self::Rules => "panel-rules",
        }
    }
}

/// The side column's navigation, provided by context by the app (the skip links and the phone
/// bar live outside the column).
#[derive(Clone, Copy)]
pub struct PanelNav {
    /// The selected tab.
    pub tab: RwSignal<PanelTab>,
    /// The rule whose page is shown in place of the tab's content, if any.
    pub rule: RwSignal<Option<&'static str>>,
    /// On phones: whether the side column is open as a sheet over the editor.
    pub sheet_open: RwSignal<bool>,
    /// On phones, after a jump from the sheet to the editor: the DOM id of the finding jumped
    /// from, so one tap brings the list back where it was.
    pub return_to: RwSignal<Option<String>>,
    /// The sheet's scroll position when it closed for a jump.
    sheet_scroll: StoredValue<i32>,
}

/// The DOM id of the side column (the phone sheet).
pub const SIDE_COLUMN_ID: &str = "side-column";

impl PanelNav {
    /// Creates the navigation and provides it by context.
    pub fn provide() -> Self {
        let nav = Self {
            tab: RwSignal::new(PanelTab::Findings),
            rule: RwSignal::new(None),
            sheet_open: RwSignal::new(false),
            return_to: RwSignal::new(None),
            sheet_scroll: StoredValue::new(0),
        };
        provide_context(nav);
        nav
    }

    /// Selects a tab (leaving any rule page).
    pub fn select(&self, tab: PanelTab) {
        self.rule.set(None);
        self.tab.set(tab);
    }

    /// Shows the page of rule `id` and moves the focus to its heading.
    pub fn open_rule(&self, id: &'static str) {
        if self.tab.get_untracked() == PanelTab::Preview {
            self.tab.set(PanelTab::Findings);
        }
        self.rule.set(Some(id));
        focus_later("rule-page-heading".to_owned());
    }

    /// Leaves a rule page for the tab it was opened in.
    pub fn back(&self) {
        self.rule.set(None);
        focus_later(self.tab.get_untracked().tab_id().to_owned());
    }

    /// Shows the findings list and puts the focus on its heading (the "Skip to the findings"
    /// link; on phones it opens the sheet).
    pub fn show_findings(&self) {
        self.select(PanelTab::Findings);
        if dom::is_phone_width() {
            self.sheet_open.set(true);
        }
        focus_later("findings-heading".to_owned());
    }

    /// Moves from a finding into the editor with `go`. On phones the sheet closes first,
    /// remembering the finding `finding_dom_id` and its scroll position for [`Self::reopen`],
    /// and `go` runs once the editor is back on screen and no longer inert.
    pub fn leave_for_editor(&self, finding_dom_id: &str, go: impl FnOnce() + 'static) {
        if !self.sheet_open.get_untracked() {
            go();
            return;
        }
        let scroll = dom::element_by_id::<web_sys::Element>(SIDE_COLUMN_ID)
            .map_or(0, |column| column.scroll_top());
        self.sheet_scroll.set_value(scroll);
        self.return_to.set(Some(finding_dom_id.to_owned()));
        self.sheet_open.set(false);
        request_animation_frame(go);
    }

    /// Opens the phone sheet; after a jump, where the list was, with the focus on the finding
    /// jumped from.
    pub fn reopen(&self) {
        let back_to = self.return_to.try_update(Option::take).flatten();
        self.sheet_open.set(true);
        let scroll = self.sheet_scroll.get_value();
        let tab = self.tab.get_untracked();
        request_animation_frame(move || {
            if let Some(column) = dom::element_by_id::<web_sys::Element>(SIDE_COLUMN_ID) {
                column.set_scroll_top(if back_to.is_some() { scroll } else { 0 });
            }
            let focused = back_to.as_deref().is_some_and(dom::focus);
            if !focused {
                dom::focus(tab.tab_id());
            }
        });
    }

    /// Closes the phone sheet and gives the focus back to the bar's button.
    pub fn close_sheet(&self) {
        self.sheet_open.set(false);
        focus_later("phone-bar-open".to_owned());
    }
}

/// "Skip to the editor" and "Skip to the findings": the first two stops of the Tab key.
#[component]
pub fn SkipLinks() -> impl IntoView {
    let nav = expect_context::<PanelNav>();
    view! {
        <a class="skip-link" href="#editor">"Skip to the editor"</a>
        <a
            class="skip-link"
            href="#findings"
            on:click=move |event| {
                event.prevent_default();
                nav.show_findings();
            }
        >
            "Skip to the findings"
        </a>
    }
}

/// How many findings of each severity, most serious first.
fn severity_counts(state: EditorState) -> [(Severity, usize); 3] {
    state.diagnostics.with(|diagnostics| {
        [Severity::Error, Severity::Warning, Severity::Suggestion].map(|severity| {
            let count = diagnostics
                .iter()
                .filter(|diagnostic| diagnostic.severity == severity)
                .count();
            (severity, count)
        })
    })
}

/// "3 warnings", "1 error".
pub fn count_label(count: usize, severity: Severity) -> String {
    let noun = super::severity_label(severity).to_lowercase();
    if count == 1 {
        format!("{count} {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// On phones: a bar fixed to the bottom of the screen with the score and the finding counts;
/// it opens the side column as a sheet, and after a jump to a finding brings the list back.
#[component]
pub fn PhoneBar() -> impl IntoView {
    let state = expect_context::<EditorState>();
    let nav = expect_context::<PanelNav>();
    let score = move || state.score.with(|score| score.value);
    let counts = move || {
        severity_counts(state)
            .into_iter()
            .filter(|(_, count)| *count > 0)
            .map(|(severity, count)| {
                view! {
                    <span class=format!("phone-count sev-{}", severity.id())>
                        {count_label(count, severity)}
                    </span>
                }
            })
            .collect_view()
    };
    let returning = move || nav.return_to.with(Option::is_some);
    // Turning a phone sideways can make the screen wide: the sheet is then a column again.
    let resize = window_event_listener(leptos::ev::resize, move |_| {
        if nav.sheet_open.get_untracked() && !dom::is_phone_width() {
            nav.sheet_open.set(false);
        }
    });
    on_cleanup(move || resize.remove());
    view! {
        <section class="phone-bar" aria-label="Score and finding counts">
            <button
                type="button"
                class="phone-bar-open"
                id="phone-bar-open"
                aria-controls=SIDE_COLUMN_ID
                aria-expanded=move || nav.sheet_open.get().to_string()
                on:click=move |_| {
                    if nav.sheet_open.get_untracked() {
                        nav.close_sheet();
                    } else {
                        nav.reopen();
                    }
                }
            >
                <span class="phone-score">
                    <span class="phone-score-number">{score}</span>
                    <span class="phone-score-out-of">"/100"</span>
                </span>
                <span class="phone-counts">{counts}</span>
                <span class="phone-bar-action">
                    {move || match (nav.sheet_open.get(), returning()) {
                        (true, _) => "Hide \u{2193}",
                        (false, true) => "\u{2191} Back to findings",
                        (false, false) => "Findings \u{2191}",
                    }}
                </span>
            </button>
        </section>
    }
}

/// The sections of the editor, each with its number of findings; a click goes to the section
/// (opening it if it is collapsed).
#[component]
pub fn SectionNav() -> impl IntoView {
    let state = expect_context::<EditorState>();
    let reveal = expect_context::<SectionReveal>();
    // Per section: how many findings, and the most serious one's severity.
    let counts = Memo::new(move |_| {
        state.diagnostics.with(|diagnostics| {
            Section::ALL.map(|section| {
                let in_section = || {
                    diagnostics
                        .iter()
                        .filter(move |diagnostic| diagnostic.section == section)
                };
                let worst = in_section().map(|diagnostic| diagnostic.severity).max();
                (in_section().count(), worst)
            })
        })
    });
    let has_unsorted = Memo::new(move |_| {
        state
            .posting
            .with(|posting| !posting.unplaced.trim().is_empty())
    });
    let links = Section::ALL
        .into_iter()
        .enumerate()
        .map(|(index, section)| {
            let count = move || counts.with(|counts| counts[index].0);
            let count_class = move || {
                counts.with(|counts| match counts[index].1 {
                    Some(severity) => format!("section-count sev-{}", severity.id()),
                    None => "section-count zero".to_owned(),
                })
            };
            let hidden = move || section == Section::Unplaced && !has_unsorted.get();
            let noun = move || {
                if count() == 1 {
                    " finding"
                } else {
                    " findings"
                }
            };
            view! {
                <li hidden=hidden>
                    <a
                        href=format!("#section-{}", section.id())
                        class="section-link"
                        on:click=move |event| {
                            event.prevent_default();
                            reveal.go_to(section);
                        }
                    >
                        <span class="section-link-name">{section.label()}</span>
                        " "
                        <span class=count_class>{count}</span>
                        <span class="visually-hidden">{noun}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="section-nav" aria-labelledby="section-nav-heading">
            <h2 class="panel-heading" id="section-nav-heading">"Sections"</h2>
            <ul class="section-links">{links}</ul>
        </nav>
    }
}
