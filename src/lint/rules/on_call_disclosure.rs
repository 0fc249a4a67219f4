//! `on-call-disclosure`: out-of-hours work implied or mentioned but not described.

use std::sync::OnceLock;

use crate::lint::rule::{declare_rule, Context};
use crate::lint::word_list::{Entry, WordList};
use crate::lint::{Diagnostic, Related};
use crate::model::{OnCallStatus, Section};

declare_rule! {
    /// Flags duties that imply on-call or out-of-hours work when the posting does not say how often, when, or how it is paid.
    ///
    /// ## What it does
    /// Reads the duties and the rest of the job text for signs of out-of-hours work: "on-call",
    /// "pager", "24/7", "production incidents", "incident response", "out of hours", "weekend
    /// work". If the on-call section is not filled in, it points at the first sign (and lists
    /// the others). If on-call duty is declared, it checks that the frequency, the hours and the
    /// compensation are all given, and names the missing ones. If the posting says there is no
    /// on-call duty but the duties mention it, that contradiction is flagged too.
    ///
    /// ## Why is this bad?
    /// On-call duty changes what a job costs a person: sleep, evenings, childcare. Candidates
    /// with caring responsibilities need to know before applying, and an undisclosed rota is a
    /// common reason new hires leave. Several jurisdictions regulate on-call time and its pay
    /// (the EU Working Time Directive as read in the Matzak ruling, C-518/15; US FLSA rules on
    /// "engaged to wait"), so stating it also avoids disputes.
    ///
    /// ## Example
    /// ```text
    /// Participate in on-call rotation and resolve production incidents.
    /// ```
    ///
    /// ## Use instead
    /// ```text
    /// On-call: one week in six, 18:00-08:00 and weekends, paid EUR 300 per week plus time off
    /// after any night call-out.
    /// ```
    id: "on-call-disclosure",
    category: Disclosure,
    severity: Warning,
    has_fix: false,
    check: check,
}

const CUE: &str = "out-of-hours work";

static CUES: &[Entry] = &[
    Entry::new("on-call", CUE),
    Entry::new("on call", CUE).unless_prev(&["depend", "rely", "can", "count"]),
    Entry::new("pager", CUE),
    Entry::new("pagerduty", CUE),
    Entry::new("paging", CUE),
    Entry::new("24/7", CUE),
    Entry::new("24x7", CUE),
    Entry::new("production incidents", CUE),
    Entry::new("production incident", CUE),
    Entry::new("incident response", CUE),
    Entry::new("out of hours", CUE),
    Entry::new("out-of-hours", CUE),
    Entry::new("after hours", CUE),
    Entry::new("after-hours", CUE),
    Entry::new("weekend work", CUE),
    Entry::new("work weekends", CUE),
    Entry::new("working weekends", CUE),
    Entry::new("evenings and weekends", CUE),
    Entry::new("nights and weekends", CUE),
    Entry::new("night shifts", CUE),
    Entry::new("call-out", CUE),
    Entry::new("call-outs", CUE),
];

/// Where duties are described; benefits ("24/7 gym") and the company blurb are not duties.
const DUTY_SECTIONS: &[Section] = &[
    Section::Summary,
    Section::Responsibilities,
    Section::MustHave,
    Section::NiceToHave,
    Section::Unplaced,
];

fn cues() -> &'static WordList {
    static LIST: OnceLock<WordList> = OnceLock::new();
    LIST.get_or_init(|| WordList::new(CUES))
}

fn check(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let on_call = &context.posting.on_call;
    if on_call.status == OnCallStatus::Required {
        check_declared(context, diagnostics);
        return;
    }
    let mut found = context
        .texts_in(DUTY_SECTIONS)
        .flat_map(|field| cues().find(field).into_iter().map(move |m| (field, m)));
    let Some((field, first)) = found.next() else {
        return;
    };
    let words = &field.text[first.span.clone()];
    let (message, help) = if on_call.status == OnCallStatus::None {
        (
            format!("'{words}' suggests on-call work, but the posting says there is no on-call duty"),
            "Either describe the on-call duty or reword the duty so it is clearly within working hours.",
        )
    } else {
        (
            format!("'{words}' implies on-call or out-of-hours work, but the posting does not say how often, which hours or how it is paid"),
            "Fill in the On-call section: frequency (\"one week in six\"), hours (\"18:00-08:00 and weekends\") and compensation.",
        )
    };
    let mut diagnostic = Diagnostic::spanned(&RULE, field.field, first.span, message, help);
    for (other_field, other) in found.take(10) {
        diagnostic = diagnostic.with_related(Related {
            field: other_field.field,
            message: format!("also '{}'", &other_field.text[other.span.clone()]),
            span: other.span,
        });
    }
    diagnostics.push(diagnostic);
}

fn check_declared(context: &Context, diagnostics: &mut Vec<Diagnostic>) {
    let on_call = &context.posting.on_call;
    let missing: Vec<&str> = [
        (on_call.frequency.trim().is_empty(), "how often"),
        (on_call.hours.trim().is_empty(), "which hours"),
        (on_call.compensation.trim().is_empty(), "how it is paid"),
    ]
    .into_iter()
    .filter_map(|(absent, what)| absent.then_some(what))
    .collect();
    if missing.is_empty() {
        return;
    }
    diagnostics.push(Diagnostic::posting_level(
        &RULE,
        Section::OnCall,
        format!("the role includes on-call duty but does not say {}", missing.join(", ")),
        "Candidates plan their lives around on-call duty; give its frequency, hours and compensation.",
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::rules::testing::{flagged, item, run};
    use crate::model::{ListKind, OnCall};

    #[test]
    fn flags_duties_implying_on_call() {
        let mut posting = item(ListKind::Responsibilities, "Resolve production incidents");
        posting.push_item(
            ListKind::Responsibilities,
            "Participate in on-call rotation",
        );
        let diagnostics = run(&RULE, &posting);
        assert_eq!(flagged(&posting, &diagnostics), ["production incidents"]);
        assert_eq!(diagnostics[0].related.len(), 1);
    }

    #[test]
    fn flags_declared_on_call_without_details() {
        let mut posting = item(ListKind::Responsibilities, "Join the on-call rota");
        posting.on_call = OnCall {
            status: OnCallStatus::Required,
            frequency: "one week in six".into(),
            ..OnCall::default()
        };
        let diagnostics = run(&RULE, &posting);
        assert_eq!(diagnostics.len(), 1);
        assert!(diagnostics[0].field.is_none());
        assert!(diagnostics[0]
            .message
            .contains("which hours, how it is paid"));
    }

    #[test]
    fn ignores_disclosed_on_call_and_benefits() {
        let mut posting = item(ListKind::Responsibilities, "Join the on-call rota");
        posting.on_call = OnCall {
            status: OnCallStatus::Required,
            frequency: "one week in six".into(),
            hours: "18:00-08:00".into(),
            compensation: "EUR 300 per week".into(),
            details: String::new(),
        };
        posting.push_item(ListKind::Benefits, "24/7 gym access");
        assert!(run(&RULE, &posting).is_empty());
        let posting = item(ListKind::Benefits, "24/7 gym access");
        assert!(run(&RULE, &posting).is_empty());
    }

    #[test]
    fn flags_the_built_in_example() {
        let posting = crate::model::Posting {
            unplaced: crate::import::EXAMPLE_TEXT.to_owned(),
            ..Default::default()
        };
        assert_eq!(run(&RULE, &posting).len(), 1);
        let example = crate::import::example();
        assert_eq!(run(&RULE, &example).len(), 1);
    }
}
