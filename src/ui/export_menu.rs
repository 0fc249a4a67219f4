//! `ExportMenu`: the top bar's Export button and its panel: copy for a job board (rich text with
//! a plain-text fallback), downloads in every export format, and the schema.org properties
//! Google needs that the posting still lacks, and "Copy link" (a share link holding the whole
//! draft, shown in a field to copy by hand too). The exporters do the work ([`crate::export`]).

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::clipboard::{copy_plain_text, copy_rich_text, CopyOutcome};
use super::download::download_text;
use super::editor::SectionReveal;
use super::share_stream::make_share_link;
use super::state::EditorState;
use crate::export::{
    file_name, outline, to_html_fragment, to_html_page, to_json, to_jsonld, to_markdown, to_text,
};
use crate::model::{Document, Section};

/// One downloadable format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Download {
    HtmlPage,
    DraftJson,
    JsonLd,
    Markdown,
    PlainText,
}

impl Download {
    /// In menu order.
    const ALL: [Download; 5] = [
        Self::HtmlPage,
        Self::DraftJson,
        Self::JsonLd,
        Self::Markdown,
        Self::PlainText,
    ];

    /// The menu entry.
    fn label(self) -> &'static str {
        match self {
            Self::HtmlPage => "Download HTML page",
            Self::DraftJson => "Download JSON (draft)",
            Self::JsonLd => "Download JSON-LD",
            Self::Markdown => "Download Markdown",
            Self::PlainText => "Download plain text",
        }
    }

    /// What the entry is for, shown under it.
    fn note(self) -> &'static str {
        match self {
            Self::HtmlPage => "A page to publish, with the JSON-LD embedded",
            Self::DraftJson => "Everything, to open again in Postwright",
            Self::JsonLd => "schema.org JobPosting for search engines",
            Self::Markdown => "For email and Markdown fields",
            Self::PlainText => "For ATS forms that take plain text",
        }
    }

    /// The file extension, without the dot.
    fn extension(self) -> &'static str {
        match self {
            Self::HtmlPage => "html",
            Self::DraftJson => "json",
            Self::JsonLd => "jsonld",
            Self::Markdown => "md",
            Self::PlainText => "txt",
        }
    }

    /// The file's media type.
    fn mime(self) -> &'static str {
        match self {
            Self::HtmlPage => "text/html;charset=utf-8",
            Self::DraftJson => "application/json",
            Self::JsonLd => "application/ld+json",
            Self::Markdown => "text/markdown;charset=utf-8",
            Self::PlainText => "text/plain;charset=utf-8",
        }
    }

    /// The file's content.
    fn content(self, document: &Document) -> String {
        match self {
            Self::HtmlPage => to_html_page(&document.posting),
            Self::DraftJson => to_json(document),
            Self::JsonLd => to_jsonld(&document.posting).json,
            Self::Markdown => to_markdown(&document.posting),
            Self::PlainText => to_text(&document.posting),
        }
    }
}

/// What the export menu says when the exports include unsorted text; `None` when they do not.
fn unsorted_notice(lines: usize) -> Option<String> {
    match lines {
        0 => None,
        1 => Some(
            "Includes 1 line of unsorted text: move it into a section or delete it before \
             publishing."
                .to_owned(),
        ),
        lines => Some(format!(
            "Includes {lines} lines of unsorted text: move them into a section or delete them \
             before publishing."
        )),
    }
}

/// Where "Copy link" stands.
#[derive(Clone, Debug, PartialEq)]
enum ShareState {
    /// Not asked for since the menu opened.
    Idle,
    /// The link is being made.
    Making,
    /// The link, and what happened when it was put on the clipboard.
    Made { link: String, note: String },
    /// No link: the text says why (too long: export a file instead).
    Refused(String),
}

/// Today's local date as YYYY-MM-DD, for file names.
fn today() -> String {
    let date = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}

/// The editor section where a missing schema.org property is filled in.
fn section_for(property: &str) -> Section {
    let top = property.split('.').next().unwrap_or(property);
    match top {
        "title" => Section::Title,
        "hiringOrganization" => Section::Company,
        "employmentType" => Section::EmploymentType,
        "jobLocation" | "applicantLocationRequirements" | "jobLocationType" => Section::Location,
        "baseSalary" => Section::Pay,
        "datePosted" | "validThrough" => Section::Dates,
        _ => Section::Summary,
    }
}

/// The sections to visit for a list of missing properties, each once, in editor order.
fn sections_for(missing: &[String]) -> Vec<Section> {
    Section::ALL
        .into_iter()
        .filter(|section| {
            missing
                .iter()
                .any(|property| section_for(property) == *section)
        })
        .collect()
}

/// The Export button and its panel.
#[component]
pub fn ExportMenu() -> impl IntoView {
    let state = expect_context::<EditorState>();
    let reveal = expect_context::<SectionReveal>();
    let open = RwSignal::new(false);
    let menu_ref = NodeRef::<html::Div>::new();
    let toggle_ref = NodeRef::<html::Button>::new();

    // A click anywhere outside the menu closes it.
    let outside = window_event_listener(leptos::ev::click, move |event| {
        if !open.get_untracked() {
            return;
        }
        let inside = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Node>().ok())
            .zip(menu_ref.get_untracked())
            .is_some_and(|(node, menu)| menu.contains(Some(&node)));
        if !inside {
            open.set(false);
        }
    });
    on_cleanup(move || outside.remove());

    let close_and_refocus = move || {
        open.set(false);
        if let Some(toggle) = toggle_ref.get_untracked() {
            let _ = toggle.focus();
        }
    };
    // Focus moving out of the menu (Tab past its last entry, a click elsewhere) closes it.
    let on_focusout = move |event: web_sys::FocusEvent| {
        let into_menu = event
            .related_target()
            .and_then(|target| target.dyn_into::<web_sys::Node>().ok())
            .zip(menu_ref.get_untracked())
            .is_some_and(|(node, menu)| menu.contains(Some(&node)));
        if !into_menu && event.related_target().is_some() {
            open.set(false);
        }
    };
    let on_keydown = move |event: web_sys::KeyboardEvent| {
        if event.key() == "Escape" && open.get_untracked() {
            event.prevent_default();
            close_and_refocus();
        }
    };

    let copy = move |_| {
        let (html, plain) = state
            .posting
            .with_untracked(|posting| (to_html_fragment(posting), to_text(posting)));
        close_and_refocus();
        copy_rich_text(&html, &plain, move |outcome| {
            let message = match outcome {
                CopyOutcome::Rich => "Copied".to_owned(),
                CopyOutcome::PlainOnly => {
                    "Copied as plain text (this browser did not take formatted text)".to_owned()
                }
                CopyOutcome::Failed(reason) => format!("Could not copy: {reason}"),
            };
            state.show_toast(message, None);
        });
    };
    let share = RwSignal::new(ShareState::Idle);
    let copy_link = move |_| {
        share.set(ShareState::Making);
        let document = state.document.get_untracked();
        make_share_link(&document, move |made| {
            let link = match made {
                Ok(link) => link,
                Err(reason) => {
                    share.set(ShareState::Refused(reason));
                    return;
                }
            };
            share.set(ShareState::Made {
                link: link.clone(),
                note: "Copying\u{2026}".to_owned(),
            });
            copy_plain_text(&link, move |outcome| {
                let note = match outcome {
                    CopyOutcome::Failed(reason) => {
                        format!("Could not copy ({reason}): select the link and copy it.")
                    }
                    _ => "Link copied. Anyone who opens it sees this draft; nothing is uploaded."
                        .to_owned(),
                };
                share.update(|share| {
                    if let ShareState::Made { note: current, .. } = share {
                        *current = note;
                    }
                });
            });
        });
    };
    // Opening the menu again starts with no old link in it.
    Effect::new(move |_| {
        if open.get() {
            share.set(ShareState::Idle);
        }
    });
    // One fixed piece of markup for every state (shown and hidden, texts filled in), which
    // costs the wasm less than a view per state.
    let made = move || share.with(|share| matches!(share, ShareState::Made { .. }));
    let refused = move || share.with(|share| matches!(share, ShareState::Refused(_)));
    let link_text = move || {
        share.with(|share| match share {
            ShareState::Made { link, .. } => link.clone(),
            _ => String::new(),
        })
    };
    let note = move || {
        share.with(|share| match share {
            ShareState::Idle => String::new(),
            ShareState::Making => "Making the link\u{2026}".to_owned(),
            ShareState::Made { note, .. } => note.clone(),
            ShareState::Refused(reason) => crate::text::as_sentence(reason),
        })
    };
    let download = move |format: Download| {
        let (name, content) = state.document.with_untracked(|document| {
            (
                file_name(&document.posting, format.extension(), &today()),
                format.content(document),
            )
        });
        close_and_refocus();
        if !download_text(&name, &content, format.mime()) {
            state.show_toast(format!("The browser did not save {name}."), None);
        }
    };

    let unsorted = move || {
        open.get()
            .then(|| {
                state
                    .posting
                    .with(|posting| outline(posting).unsorted_lines())
            })
            .and_then(unsorted_notice)
    };
    let missing = move || {
        open.get()
            .then(|| state.posting.with(|posting| to_jsonld(posting).missing))
            .filter(|missing| !missing.is_empty())
    };

    view! {
        <div class="export-menu" node_ref=menu_ref on:keydown=on_keydown on:focusout=on_focusout>
            <button
                type="button"
                class="button export-toggle"
                node_ref=toggle_ref
                aria-expanded=move || open.get().to_string()
                aria-controls="export-panel"
                on:click=move |_| open.update(|open| *open = !*open)
            >
                "Export"
                <span class="export-caret" aria-hidden="true">"\u{25be}"</span>
            </button>
            <div
                id="export-panel"
                class="export-panel"
                role="group"
                aria-label="Export"
                hidden=move || !open.get()
            >
                {move || {
                    unsorted()
                        .map(|notice| {
                            view! {
                                <div class="export-unsorted" role="note">
                                    <p>{notice}</p>
                                    <button
                                        type="button"
                                        class="link-button"
                                        on:click=move |_| {
                                            open.set(false);
                                            reveal.go_to(Section::Unplaced);
                                        }
                                    >
                                        "Go to Unsorted text"
                                    </button>
                                </div>
                            }
                        })
                }}
                <button type="button" class="export-item" on:click=copy>
                    <span class="export-label">"Copy for job board"</span>
                    <span class="export-note" aria-hidden="true">
                        "Formatted text to paste into a job board's editor"
                    </span>
                </button>
                <button type="button" class="export-item" on:click=copy_link>
                    <span class="export-label">"Copy link"</span>
                    <span class="export-note" aria-hidden="true">
                        "A link that opens this draft; the draft travels in the link itself"
                    </span>
                </button>
                <div class="share-result" hidden=move || !made()>
                    <label class="share-label" for="share-link-field">"Share link"</label>
                    <input
                        id="share-link-field"
                        class="share-field"
                        type="text"
                        readonly
                        prop:value=link_text
                        on:focus=move |event| {
                            if let Some(input) = event
                                .target()
                                .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
                            {
                                input.select();
                            }
                        }
                    />
                </div>
                <p
                    class="share-note"
                    class:share-refused=refused
                    role="status"
                    hidden=move || share.with(|share| *share == ShareState::Idle)
                >
                    {note}
                </p>
                <p class="export-group">"Download"</p>
                {Download::ALL
                    .into_iter()
                    .map(|format| {
                        view! {
                            <button
                                type="button"
                                class="export-item"
                                on:click=move |_| download(format)
                            >
                                <span class="export-label">{format.label()}</span>
                                <span class="export-note" aria-hidden="true">{format.note()}</span>
                            </button>
                        }
                    })
                    .collect_view()}
                {move || {
                    missing()
                        .map(|missing| {
                            let links = sections_for(&missing)
                                .into_iter()
                                .map(|section| {
                                    view! {
                                        <li>
                                            <button
                                                type="button"
                                                class="link-button"
                                                on:click=move |_| {
                                                    open.set(false);
                                                    reveal.go_to(section);
                                                }
                                            >
                                                {section.label()}
                                            </button>
                                        </li>
                                    }
                                })
                                .collect_view();
                            view! {
                                <div class="export-missing">
                                    <p>
                                        <strong>"Google needs: "</strong>
                                        <span class="export-missing-list">{missing.join(", ")}</span>
                                    </p>
                                    <p class="export-missing-help">
                                        "Google's job search asks for these. Postwright does not "
                                        "make them up; fill them in:"
                                    </p>
                                    <ul class="export-missing-sections">{links}</ul>
                                </div>
                            }
                        })
                }}
            </div>
        </div>
    }
}
