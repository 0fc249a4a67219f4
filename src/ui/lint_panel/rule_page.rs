//! `RulePage`: one rule's documentation (the text written beside the rule, once; loaded by
//! [`RuleDocs`]), with its metadata and the draft's setting for it.

use leptos::prelude::*;

use super::{severity_label, PanelNav};
use crate::lint::rule;
use crate::model::RuleSetting;
use crate::ui::rule_docs::RuleDocs;
use crate::ui::state::EditorState;

/// The page of rule `id`, shown in the lint panel.
#[component]
pub fn RulePage(
    /// The rule's id.
    id: &'static str,
) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let nav = expect_context::<PanelNav>();
    let back = move |_| nav.back();
    let Some(rule) = rule(id) else {
        return view! {
            <article class="rule-page">
                <button type="button" class="link-button back-button" on:click=back>
                    "\u{2190} Back"
                </button>
                <h2 id="rule-page-heading" tabindex="-1">"Unknown rule"</h2>
                <p>{format!("No rule has the id \u{201c}{id}\u{201d}.")}</p>
            </article>
        }
        .into_any();
    };
    let setting = move || {
        state
            .document
            .with(|document| match document.lint.rules.get(id) {
                Some(RuleSetting::Off) => "Switched off for this draft.".to_owned(),
                Some(RuleSetting::Severity(severity)) => format!(
                    "Reports as {} in this draft.",
                    severity_label(*severity).to_lowercase()
                ),
                None => "On, with its default severity.".to_owned(),
            })
    };
    let meta = format!(
        "{} \u{00b7} default severity: {} \u{00b7} {}",
        rule.category.label(),
        severity_label(rule.default_severity).to_lowercase(),
        if rule.has_fix {
            "offers fixes"
        } else {
            "no automatic fix"
        }
    );
    view! {
        <article class="rule-page" aria-labelledby="rule-page-heading">
            <button type="button" class="link-button back-button" on:click=back>
                "\u{2190} Back"
            </button>
            <h2 id="rule-page-heading" tabindex="-1">
                <span class="rule-title">{rule.title()}</span>
                " "
                <code class="rule-id">{id}</code>
            </h2>
            <p class="rule-meta">{meta}</p>
            <p class="rule-setting">{setting}</p>
            <RuleDocs id=id />
        </article>
    }
    .into_any()
}
