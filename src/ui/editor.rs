//! `Editor`: the posting as forms, one card per section, in the order of [`Section::ALL`].
//! Each card is `<section id="section-<id>">`, so the lint panel can scroll to it.
//!
//! Optional sections that are empty (about the company, nice-to-haves, benefits, on-call,
//! equal opportunity, dates) are collapsed to one "Add ..." line; once opened or filled in
//! they stay open while the draft is open. Unsorted text only appears when there is some.

use leptos::prelude::*;

use super::dom;
use super::fields::{NumberField, SelectField, TextAreaField, TextField};
use super::list_editor::ListEditor;
use super::state::EditorState;
use crate::model::{
    EmploymentType, Field, ListKind, OnCallStatus, PayPeriod, Posting, Section, WorkMode,
};

/// What the collapsed line of an optional section offers ("Add benefits"); `None` for
/// sections that are always shown.
fn add_label(section: Section) -> Option<&'static str> {
    match section {
        Section::AboutCompany => Some("Add about the company"),
        Section::NiceToHave => Some("Add nice-to-have requirements"),
        Section::Benefits => Some("Add benefits"),
        Section::OnCall => Some("Add on-call duty"),
        Section::EqualOpportunity => Some("Add an equal opportunity statement"),
        Section::Dates => Some("Add dates"),
        Section::Unplaced => Some("Add unsorted text"),
        _ => None,
    }
}

/// True when the posting has nothing in `section`.
fn section_is_empty(posting: &Posting, section: Section) -> bool {
    let blank = |text: &str| text.trim().is_empty();
    match section {
        Section::AboutCompany => blank(&posting.about_company),
        Section::NiceToHave => posting.nice_to_have.is_empty(),
        Section::Benefits => posting.benefits.is_empty(),
        Section::OnCall => {
            posting.on_call.status == OnCallStatus::NotStated
                && [
                    &posting.on_call.frequency,
                    &posting.on_call.hours,
                    &posting.on_call.compensation,
                    &posting.on_call.details,
                ]
                .iter()
                .all(|text| blank(text))
        }
        Section::EqualOpportunity => blank(&posting.equal_opportunity),
        Section::Dates => blank(&posting.date_posted) && blank(&posting.valid_through),
        Section::Unplaced => blank(&posting.unplaced),
        _ => false,
    }
}

/// Opens and goes to editor sections from outside the editor (the findings, the section
/// navigator, the export menu). Provided by context by the app.
#[derive(Clone, Copy)]
pub struct SectionReveal(RwSignal<Option<Section>>);

impl SectionReveal {
    /// Creates it and provides it by context.
    pub fn provide() -> Self {
        let reveal = Self(RwSignal::new(None));
        provide_context(reveal);
        reveal
    }

    /// Opens `section` if it is collapsed, scrolls to it and puts the cursor in its first
    /// control.
    pub fn go_to(&self, section: Section) {
        self.0.set(Some(section));
        request_animation_frame(move || {
            let Some(card) =
                dom::element_by_id::<web_sys::Element>(&format!("section-{}", section.id()))
            else {
                return;
            };
            let body = card.query_selector(".card-body").ok().flatten();
            if let Some(control) = body.as_ref().and_then(dom::first_control) {
                let _ = control.focus();
            }
            dom::scroll_into_view(&card, false);
        });
    }
}

/// One section card with its heading.
#[component]
fn SectionCard(
    /// The section this card edits.
    section: Section,
    /// An optional help line under the heading.
    #[prop(optional)]
    intro: &'static str,
    /// True when the section is one control whose label says it all: the heading is then
    /// kept for screen-reader navigation but not shown twice.
    #[prop(optional)]
    single: bool,
    /// The form controls.
    children: Children,
) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let reveal = expect_context::<SectionReveal>();
    let heading_id = format!("section-{}-heading", section.id());
    let labelled_by = heading_id.clone();
    let empty = Memo::new(move |_| {
        state
            .posting
            .with(|posting| section_is_empty(posting, section))
    });
    let optional = add_label(section).is_some();
    let shown = RwSignal::new(!optional || !empty.get_untracked());
    // A section stays open once filled in or opened, until another draft is opened.
    Effect::new(move |previous: Option<Option<String>>| {
        let draft = state
            .open_draft
            .with(|open| open.as_ref().map(|open| open.id.clone()));
        let filled = !empty.get();
        let switched = previous.as_ref().is_some_and(|before| *before != draft);
        if !optional || filled {
            shown.set(true);
        } else if switched {
            shown.set(false);
        }
        draft
    });
    Effect::new(move |_| {
        if reveal.0.get() == Some(section) {
            shown.set(true);
        }
    });
    let collapsed = move || !shown.get();
    let list = ListKind::ALL
        .into_iter()
        .find(|kind| kind.section() == section);
    let open = move |_| {
        shown.set(true);
        // An empty list opens with its first item, ready for typing.
        if let Some(kind) = list {
            let mut new_id = 0;
            state.edit("Add item", |posting| new_id = posting.push_item(kind, ""));
            dom::focus_later(Field::Item(kind, new_id).dom_id());
            return;
        }
        request_animation_frame(move || {
            let body = dom::element_by_id::<web_sys::Element>(&format!("section-{}", section.id()))
                .and_then(|card| card.query_selector(".card-body").ok().flatten());
            if let Some(control) = body.as_ref().and_then(dom::first_control) {
                let _ = control.focus();
            }
        });
    };
    view! {
        <section
            class="card"
            class:single=single
            class:collapsed=collapsed
            id=format!("section-{}", section.id())
            aria-labelledby=labelled_by
        >
            <h2 id=heading_id>{section.label()}</h2>
            {add_label(section).map(|label| view! {
                <button type="button" class="add-section" hidden=move || !collapsed() on:click=open>
                    <span aria-hidden="true">"+ "</span>
                    {label}
                </button>
            })}
            <div class="card-body" hidden=collapsed>
                {(!intro.is_empty() && !single).then(|| view! { <p class="intro">{intro}</p> })}
                {children()}
                {(!intro.is_empty() && single).then(|| view! { <p class="intro">{intro}</p> })}
            </div>
        </section>
    }
}

/// Options of an optional enum select: "Not stated" first, then each variant.
fn options<T: Copy>(
    all: &[T],
    id: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<(&'static str, &'static str)> {
    std::iter::once(("", "Not stated"))
        .chain(all.iter().map(|value| (id(*value), label(*value))))
        .collect()
}

/// The structured editor: every section of the posting.
#[component]
pub fn Editor() -> impl IntoView {
    let state = expect_context::<EditorState>();
    let posting = state.posting;

    let employment = Signal::derive(move || {
        posting.with(|p| {
            p.employment_type
                .map(EmploymentType::id)
                .unwrap_or_default()
                .to_owned()
        })
    });
    let set_employment = Callback::new(move |value: String| {
        state.edit("Change employment type", |p| {
            p.employment_type = EmploymentType::from_id(&value);
        });
    });
    let work_mode = Signal::derive(move || {
        posting.with(|p| {
            p.location
                .work_mode
                .map(WorkMode::id)
                .unwrap_or_default()
                .to_owned()
        })
    });
    let set_work_mode = Callback::new(move |value: String| {
        state.edit("Change work mode", |p| {
            p.location.work_mode = WorkMode::from_id(&value)
        });
    });
    let period = Signal::derive(move || {
        posting.with(|p| {
            p.pay
                .period
                .map(PayPeriod::id)
                .unwrap_or_default()
                .to_owned()
        })
    });
    let set_period = Callback::new(move |value: String| {
        state.edit("Change pay period", |p| {
            p.pay.period = PayPeriod::from_id(&value)
        });
    });
    let pay_min = Memo::new(move |_| posting.with(|p| p.pay.min));
    let set_pay_min = Callback::new(move |value: Option<f64>| {
        state.edit_text("Edit minimum pay", "field-pay-min", |p| p.pay.min = value);
    });
    let pay_max = Memo::new(move |_| posting.with(|p| p.pay.max));
    let set_pay_max = Callback::new(move |value: Option<f64>| {
        state.edit_text("Edit maximum pay", "field-pay-max", |p| p.pay.max = value);
    });
    let on_call_status = Memo::new(move |_| posting.with(|p| p.on_call.status));
    let on_call_value = Signal::derive(move || on_call_status.get().id().to_owned());
    let set_on_call = Callback::new(move |value: String| {
        state.edit("Change on-call", |p| {
            p.on_call.status = OnCallStatus::from_id(&value).unwrap_or_default();
        });
    });
    let show_on_call_details = Memo::new(move |_| {
        posting.with(|p| {
            p.on_call.status == OnCallStatus::Required
                || [
                    &p.on_call.frequency,
                    &p.on_call.hours,
                    &p.on_call.compensation,
                    &p.on_call.details,
                ]
                .iter()
                .any(|text| !text.is_empty())
        })
    });
    let on_call_options = OnCallStatus::ALL
        .iter()
        .map(|status| (status.id(), status.label()))
        .collect::<Vec<_>>();

    view! {
        <div class="editor">
            <SectionCard section=Section::Title single=true>
                <TextField field=Field::Title label="Job title" hint="The job's plain name, as candidates search for it." />
            </SectionCard>
            <SectionCard section=Section::Company single=true>
                <TextField field=Field::Company label="Company name" autocomplete="organization" />
            </SectionCard>
            <SectionCard section=Section::EmploymentType single=true>
                <SelectField
                    id="field-employment-type"
                    label="Employment type"
                    options=options(&EmploymentType::ALL, EmploymentType::id, EmploymentType::label)
                    value=employment
                    on_change=set_employment
                />
            </SectionCard>
            <SectionCard section=Section::Location>
                <div class="field-grid">
                    <TextField field=Field::LocationPlaces label="Places" hint="One or more, e.g. \u{201c}Berlin; Lisbon\u{201d}." />
                    <TextField field=Field::LocationCountry label="Country" />
                    <SelectField
                        id="field-work-mode"
                        label="Work mode"
                        options=options(&WorkMode::ALL, WorkMode::id, WorkMode::label)
                        value=work_mode
                        on_change=set_work_mode
                    />
                    <TextField field=Field::RemoteEligibility label="Remote eligibility" hint="Who may work remotely, e.g. \u{201c}within the EU\u{201d}." />
                </div>
            </SectionCard>
            <SectionCard section=Section::Pay intro="Give a range, or say why there is none.">
                <div class="field-grid pay-grid">
                    <NumberField id="field-pay-min" label="Minimum" value=pay_min.into() on_change=set_pay_min />
                    <NumberField id="field-pay-max" label="Maximum" value=pay_max.into() on_change=set_pay_max />
                    <TextField field=Field::PayCurrency label="Currency" hint="ISO code, e.g. EUR." />
                    <SelectField
                        id="field-pay-period"
                        label="Period"
                        options=options(&PayPeriod::ALL, PayPeriod::id, PayPeriod::label)
                        value=period
                        on_change=set_period
                    />
                </div>
                <TextField field=Field::PayAbsentReason label="Reason no range is given" />
            </SectionCard>
            <SectionCard section=Section::Summary single=true>
                <TextAreaField field=Field::Summary label="About the role" rows=5 hint="Separate paragraphs with a blank line." />
            </SectionCard>
            <SectionCard section=Section::AboutCompany single=true>
                <TextAreaField field=Field::AboutCompany label="About the company" rows=4 />
            </SectionCard>
            {ListKind::ALL
                .into_iter()
                .map(|kind| {
                    view! {
                        <SectionCard section=kind.section()>
                            <ListEditor kind=kind />
                        </SectionCard>
                    }
                })
                .collect_view()}
            <SectionCard section=Section::OnCall>
                <SelectField
                    id="field-on-call-status"
                    label="On-call duty"
                    options=on_call_options
                    value=on_call_value
                    on_change=set_on_call
                />
                <Show when=move || show_on_call_details.get()>
                    <div class="field-grid">
                        <TextField field=Field::OnCallFrequency label="How often" hint="e.g. \u{201c}one week in six\u{201d}." />
                        <TextField field=Field::OnCallHours label="Which hours" />
                        <TextField field=Field::OnCallCompensation label="Compensation" />
                    </div>
                    <TextAreaField field=Field::OnCallDetails label="On-call details" rows=2 />
                </Show>
            </SectionCard>
            <SectionCard section=Section::HowToApply>
                <TextAreaField field=Field::HowToApply label="How to apply" rows=3 />
                <TextField field=Field::ApplyUrl label="Application link" input_type="url" hint="Optional, e.g. https://example.com/jobs/42." />
            </SectionCard>
            <SectionCard section=Section::EqualOpportunity single=true>
                <TextAreaField field=Field::EqualOpportunity label="Equal opportunity and accommodation statement" rows=3 />
            </SectionCard>
            <SectionCard section=Section::Dates>
                <div class="field-grid">
                    <TextField field=Field::DatePosted label="Date posted" input_type="date" />
                    <TextField field=Field::ValidThrough label="Apply by" input_type="date" />
                </div>
            </SectionCard>
            <SectionCard
                section=Section::Unplaced
                single=true
                intro="Text that was not placed in a section. Move it into the sections above; until then it appears at the end of the preview."
            >
                <TextAreaField field=Field::Unplaced label="Unsorted text" rows=4 />
            </SectionCard>
        </div>
    }
}
