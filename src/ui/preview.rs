//! `Preview`: the posting as a job seeker sees it, updated as the user types.
//!
//! It renders the posting's [`Outline`], the same one every export renders, block for block as
//! the job-board HTML does (`<h3>` sections, `<p>` with `<br>`, `<ul>`), so the preview and the
//! exports show the same text in the same order. The only additions are editor notes with the
//! class `preview-note` (unsorted text, an apply link that is not published), which are not part
//! of the posting.

use leptos::prelude::*;

use super::state::EditorState;
use crate::export::{outline, Block, Outline};
use crate::model::Section;

/// Lines with a `<br>` between them.
fn lines_view(lines: &[String]) -> impl IntoView {
    let last = lines.len().saturating_sub(1);
    lines
        .iter()
        .enumerate()
        .map(|(index, line)| view! { {line.clone()} {(index < last).then(|| view! { <br /> })} })
        .collect_view()
}

/// One block of a section.
fn block_view(block: &Block) -> AnyView {
    match block {
        Block::Paragraph(lines) => view! { <p>{lines_view(lines)}</p> }.into_any(),
        Block::List(items) => view! {
            <ul>{items.iter().map(|item| view! { <li>{lines_view(item)}</li> }).collect_view()}</ul>
        }
        .into_any(),
        // The outline only holds http, https and mailto links.
        Block::Link { text, url } => view! {
            <p><a href=url.clone() rel="noopener noreferrer" target="_blank">{text.clone()}</a></p>
        }
        .into_any(),
    }
}

/// The outline: title, facts and sections.
fn outline_view(outline: &Outline) -> impl IntoView {
    let facts = (!outline.facts.is_empty()).then(|| {
        let last = outline.facts.len() - 1;
        let lines = outline
            .facts
            .iter()
            .enumerate()
            .map(|(index, fact)| {
                view! {
                    <strong>{format!("{}:", fact.label)}</strong>
                    {format!(" {}", fact.value)}
                    {(index < last).then(|| view! { <br /> })}
                }
            })
            .collect_view();
        view! { <p class="facts">{lines}</p> }
    });
    let sections = outline
        .sections
        .iter()
        .map(|section| {
            let unsorted = section.section == Section::Unplaced;
            view! {
                <section class="preview-section" class:unplaced=unsorted data-section=section.section.id()>
                    {unsorted.then(|| view! {
                        <p class="preview-note unplaced-note">
                            "Unsorted text: move it into a section or delete it"
                        </p>
                    })}
                    <h3>{section.heading}</h3>
                    {section.blocks.iter().map(block_view).collect_view()}
                </section>
            }
        })
        .collect_view();
    view! {
        <h2 class="preview-title">{outline.title.clone()}</h2>
        {facts}
        {sections}
    }
}

/// The live preview of the posting.
#[component]
pub fn Preview() -> impl IntoView {
    let state = expect_context::<EditorState>();
    let body = move || {
        state.posting.with(|posting| {
            let unpublished_link = !posting.how_to_apply.url.trim().is_empty()
                && crate::export::safe_url(&posting.how_to_apply.url).is_none();
            view! {
                {outline_view(&outline(posting))}
                {unpublished_link.then(|| view! {
                    <p class="preview-note">
                        "The apply link is not shown or exported: only web (http, https) and "
                        "email (mailto) links are."
                    </p>
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
