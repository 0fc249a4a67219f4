//! `Preview`: the posting as a job seeker sees it, updated as the user types.

use leptos::prelude::*;

use super::format::{format_pay, paragraphs};
use super::state::EditorState;
use crate::model::{ListItem, OnCallStatus, Posting, WorkMode};

/// Paragraphs of free text, single line breaks kept.
fn prose(text: &str) -> impl IntoView {
    paragraphs(text)
        .into_iter()
        .map(|lines| {
            let last = lines.len().saturating_sub(1);
            let parts = lines
                .into_iter()
                .enumerate()
                .map(|(index, line)| view! { {line} {(index < last).then(|| view! { <br /> })} })
                .collect_view();
            view! { <p>{parts}</p> }
        })
        .collect_view()
}

/// A bulleted list of items, skipping empty ones; nothing when all are empty.
fn bullets(heading: &'static str, items: &[ListItem]) -> Option<impl IntoView> {
    let items: Vec<String> = items
        .iter()
        .map(|item| item.text.trim().to_owned())
        .filter(|text| !text.is_empty())
        .collect();
    if items.is_empty() {
        return None;
    }
    Some(view! {
        <h3>{heading}</h3>
        <ul>{items.into_iter().map(|text| view! { <li>{prose(&text)}</li> }).collect_view()}</ul>
    })
}

/// A heading and prose, or nothing when the text is empty.
fn text_section(heading: &'static str, text: &str) -> Option<impl IntoView> {
    (!text.trim().is_empty()).then(|| view! { <h3>{heading}</h3> {prose(text)} })
}

/// The facts line under the title: company, employment type, place, work mode.
fn facts(posting: &Posting) -> Vec<String> {
    let location = &posting.location;
    let place = [location.places.trim(), location.country.trim()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let mode = location.work_mode.map(|mode| {
        let eligibility = location.remote_eligibility.trim();
        if mode != WorkMode::OnSite && !eligibility.is_empty() {
            format!("{} ({eligibility})", mode.label())
        } else {
            mode.label().to_owned()
        }
    });
    [
        Some(posting.company.trim().to_owned()),
        posting.employment_type.map(|kind| kind.label().to_owned()),
        Some(place),
        mode,
    ]
    .into_iter()
    .flatten()
    .filter(|fact| !fact.is_empty())
    .collect()
}

/// The on-call section: status and the details given.
fn on_call(posting: &Posting) -> Option<impl IntoView> {
    let on_call = &posting.on_call;
    let rows: Vec<(&'static str, String)> = [
        ("How often", &on_call.frequency),
        ("Hours", &on_call.hours),
        ("Compensation", &on_call.compensation),
    ]
    .into_iter()
    .filter(|(_, text)| !text.trim().is_empty())
    .map(|(name, text)| (name, text.trim().to_owned()))
    .collect();
    let status = match on_call.status {
        OnCallStatus::NotStated if rows.is_empty() && on_call.details.trim().is_empty() => {
            return None
        }
        OnCallStatus::None => "This role has no on-call duty.",
        _ => "This role includes on-call duty.",
    };
    Some(view! {
        <h3>"On-call"</h3>
        <p>{status}</p>
        {(!rows.is_empty()).then(|| view! {
            <dl class="on-call-facts">
                {rows.into_iter().map(|(name, text)| view! { <dt>{name}</dt> <dd>{text}</dd> }).collect_view()}
            </dl>
        })}
        {prose(&on_call.details)}
    })
}

/// How to apply, with the link when there is one.
fn how_to_apply(posting: &Posting) -> Option<impl IntoView> {
    let apply = &posting.how_to_apply;
    let url = apply.url.trim().to_owned();
    if apply.text.trim().is_empty() && url.is_empty() {
        return None;
    }
    // Only web links become clickable; anything else is shown as text.
    let safe = url.starts_with("https://") || url.starts_with("http://");
    Some(view! {
        <h3>"How to apply"</h3>
        {prose(&apply.text)}
        {(!url.is_empty()).then(|| if safe {
            view! { <p><a href=url.clone() rel="noopener noreferrer" target="_blank">{url.clone()}</a></p> }.into_any()
        } else {
            view! { <p>{url.clone()}</p> }.into_any()
        })}
    })
}

/// The dates line.
fn dates(posting: &Posting) -> Option<String> {
    let parts: Vec<String> = [
        ("Posted", posting.date_posted.trim()),
        ("Apply by", posting.valid_through.trim()),
    ]
    .into_iter()
    .filter(|(_, date)| !date.is_empty())
    .map(|(name, date)| format!("{name} {date}"))
    .collect();
    (!parts.is_empty()).then(|| parts.join(" \u{00b7} "))
}

/// The live preview of the posting.
#[component]
pub fn Preview() -> impl IntoView {
    let state = expect_context::<EditorState>();
    let body = move || {
        state.posting.with(|posting| {
            let facts = facts(posting);
            let pay = format_pay(&posting.pay);
            view! {
                <h2 class="preview-title">{posting.title.trim().to_owned()}</h2>
                {(!facts.is_empty()).then(|| view! { <p class="facts">{facts.join(" \u{00b7} ")}</p> })}
                {pay.map(|pay| view! { <p class="pay"><span class="visually-hidden">"Pay: "</span>{pay}</p> })}
                {text_section("About the role", &posting.summary)}
                {bullets("What you will do", &posting.responsibilities)}
                {bullets("What you need", &posting.must_have)}
                {bullets("Nice to have", &posting.nice_to_have)}
                {bullets("Benefits", &posting.benefits)}
                {on_call(posting)}
                {text_section("About the company", &posting.about_company)}
                {how_to_apply(posting)}
                {text_section("Equal opportunity", &posting.equal_opportunity)}
                {dates(posting).map(|line| view! { <p class="dates">{line}</p> })}
                {(!posting.unplaced.trim().is_empty()).then(|| view! {
                    <div class="unplaced">
                        <p class="unplaced-note">"Unsorted text (not yet in a section)"</p>
                        {prose(&posting.unplaced)}
                    </div>
                })}
            }
        })
    };
    view! {
        <article class="preview" aria-label="Preview">
            <p class="preview-label" aria-hidden="true">"Preview"</p>
            {body}
        </article>
    }
}
