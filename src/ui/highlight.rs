//! In-field highlights: the flagged words are marked inside the inputs and text areas
//! themselves.
//!
//! The technique: each control sits in a wrapper (`.hl-wrap`) above a mirror `<div>`
//! (`.hl-mirror`) with the same font, padding, border and wrapping. The control's background is
//! transparent; the mirror renders the same text in transparent ink with `<mark>` elements
//! around the flagged words, so only the marks show, exactly under the words. The mirror follows
//! the control's scroll position.
//!
//! Lint may run a little behind the typing (see `lint_timing`): while it does, the
//! findings' spans are carried over to the current text with [`rebase_span`], so the marks stay
//! on their words and never land on the wrong ones.

use std::ops::Range;

use leptos::either::Either;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::state::EditorState;
use crate::lint::Diagnostic;
use crate::model::{Field, Severity};

/// A run of a field's text, marked with the most serious severity of the findings covering it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub severity: Option<Severity>,
    /// True when only places a finding points at (its related places, such as the other item of
    /// a duplicate pair) cover this run, not the flagged words themselves.
    pub related: bool,
}

/// One marked byte range of a field: its severity, and whether it is a related place rather
/// than the flagged words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    pub range: Range<usize>,
    pub severity: Severity,
    pub related: bool,
}

/// Cuts `text` into runs at the edges of the `marks`. Ranges that are empty, out of bounds or
/// not on character boundaries are ignored; where marks overlap, flagged words win over related
/// places, then the more serious severity wins. Joined, the segments are `text` again.
pub fn segments(text: &str, marks: &[Mark]) -> Vec<Segment> {
    let valid: Vec<&Mark> = marks
        .iter()
        .filter(|mark| mark.range.start < mark.range.end && text.get(mark.range.clone()).is_some())
        .collect();
    let mut edges: Vec<usize> = vec![0, text.len()];
    for mark in &valid {
        edges.push(mark.range.start);
        edges.push(mark.range.end);
    }
    crate::sort::sort(&mut edges);
    edges.dedup();
    let mut result: Vec<Segment> = Vec::new();
    for pair in edges.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        let strongest = valid
            .iter()
            .filter(|mark| mark.range.start <= start && end <= mark.range.end)
            .max_by_key(|mark| (!mark.related, mark.severity));
        let severity = strongest.map(|mark| mark.severity);
        let related = strongest.is_some_and(|mark| mark.related);
        let piece = &text[start..end];
        match result.last_mut() {
            Some(last) if last.severity == severity && last.related == related => {
                last.text.push_str(piece)
            }
            _ => result.push(Segment {
                text: piece.to_owned(),
                severity,
                related,
            }),
        }
    }
    result
}

/// Carries the byte range `span` of `old` over to `new`, the same text after an edit.
///
/// The edit is taken to be the part between the longest common prefix and suffix: a span
/// before it keeps its place, a span after it moves by the change in length, and a span the
/// edit touched is gone (`None`).
pub fn rebase_span(old: &str, new: &str, span: Range<usize>) -> Option<Range<usize>> {
    old.get(span.clone())?;
    if old == new {
        return Some(span);
    }
    let prefix = old
        .char_indices()
        .zip(new.chars())
        .find(|((_, a), b)| a != b)
        .map_or(old.len().min(new.len()), |((index, _), _)| index);
    let longest_suffix = old.len().min(new.len()) - prefix;
    let mut suffix = old
        .bytes()
        .rev()
        .zip(new.bytes().rev())
        .take(longest_suffix)
        .take_while(|(a, b)| a == b)
        .count();
    while !old.is_char_boundary(old.len() - suffix) || !new.is_char_boundary(new.len() - suffix) {
        suffix -= 1;
    }
    let changed_end = old.len() - suffix;
    if span.end <= prefix {
        return Some(span);
    }
    if span.start >= changed_end {
        // `span.start >= old.len() - suffix` and `new.len() >= suffix`: no underflow.
        let start = span.start + new.len() - old.len();
        let end = span.end + new.len() - old.len();
        return Some(start..end);
    }
    None
}

/// What a set of findings marks in `field`: their flagged words, and the related places they
/// point at there, each with the finding's severity.
pub fn field_marks(diagnostics: &[Diagnostic], field: Field) -> Vec<Mark> {
    let mut marks = Vec::new();
    for diagnostic in diagnostics {
        if let (Some(own), Some(span)) = (diagnostic.field, &diagnostic.span) {
            if own == field {
                marks.push(Mark {
                    range: span.clone(),
                    severity: diagnostic.severity,
                    related: false,
                });
            }
        }
        for related in &diagnostic.related {
            if related.field == field {
                marks.push(Mark {
                    range: related.span.clone(),
                    severity: diagnostic.severity,
                    related: true,
                });
            }
        }
    }
    marks
}

/// The range `span` of `field` (as linted) in the field's current text, if the words are still
/// there.
pub(super) fn current_span(
    state: EditorState,
    field: Field,
    span: Range<usize>,
) -> Option<(String, Range<usize>)> {
    let current = state
        .posting
        .with_untracked(|posting| posting.text(field).map(str::to_owned))?;
    let linted = state
        .linted
        .with_untracked(|document| document.posting.text(field).map(str::to_owned))?;
    let span = rebase_span(&linted, &current, span)?;
    Some((current, span))
}

/// The highlight segments of one field, following both the typing and the findings.
fn field_segments(state: EditorState, field: Field) -> Memo<Vec<Segment>> {
    let current = Memo::new(move |_| {
        state
            .posting
            .with(|posting| posting.text(field).unwrap_or_default().to_owned())
    });
    let linted = Memo::new(move |_| {
        state
            .linted
            .with(|document| document.posting.text(field).unwrap_or_default().to_owned())
    });
    let marks = Memo::new(move |_| {
        state
            .diagnostics
            .with(|diagnostics| field_marks(diagnostics, field))
    });
    // A field without findings does not follow its text at all: typing there costs nothing.
    Memo::new(move |_| {
        marks.with(|marks| {
            if marks.is_empty() {
                return Vec::new();
            }
            current.with(|current| {
                linted.with(|linted| {
                    let moved: Vec<Mark> = marks
                        .iter()
                        .filter_map(|mark| {
                            let range = rebase_span(linted, current, mark.range.clone())?;
                            Some(Mark {
                                range,
                                ..mark.clone()
                            })
                        })
                        .collect();
                    segments(current, &moved)
                })
            })
        })
    })
}

/// Control events after which the mirror's scroll position is copied from the control. Until
/// the first of them the control has its initial scroll position (the top left), which the
/// mirror has too, so nothing is read at mount: reading a scroll position forces a layout.
const SYNC_EVENTS: [&str; 6] = ["scroll", "input", "keyup", "mouseup", "select", "focus"];

/// Copies the control's scroll position to the mirror.
fn sync_scroll(control: &web_sys::Element, mirror: &web_sys::Element) {
    mirror.set_scroll_top(control.scroll_top());
    mirror.set_scroll_left(control.scroll_left());
}

/// The mirror behind one control: the field's text with its flagged words in `<mark>`s. It must
/// be a child of the control's wrapper (it finds the control there).
#[component]
pub fn HighlightMirror(
    /// The editor store (passed in, because list-item mirrors are mounted outside the app's
    /// context).
    state: EditorState,
    /// The field whose control this mirrors.
    field: Field,
) -> impl IntoView {
    let segments = field_segments(state, field);
    let mirror_ref = NodeRef::<leptos::html::Div>::new();
    let listener = StoredValue::new_local(None::<(web_sys::Element, Closure<dyn FnMut()>)>);
    // Whether the control has had one of the `SYNC_EVENTS`: only then can it be scrolled.
    let interacted = StoredValue::new_local(false);
    Effect::new(move |_| {
        let Some(mirror) = mirror_ref.get() else {
            return;
        };
        if listener.with_value(Option::is_some) {
            return;
        }
        let mirror: web_sys::Element = mirror.into();
        let Some(control) = mirror
            .parent_element()
            .and_then(|wrapper| wrapper.query_selector("input, textarea").ok().flatten())
        else {
            return;
        };
        let sync = {
            let (control, mirror) = (control.clone(), mirror.clone());
            Closure::<dyn FnMut()>::new(move || {
                interacted.try_update_value(|interacted| *interacted = true);
                sync_scroll(&control, &mirror);
            })
        };
        for name in SYNC_EVENTS {
            let _ = control.add_event_listener_with_callback(name, sync.as_ref().unchecked_ref());
        }
        listener.set_value(Some((control, sync)));
    });
    // New marks: line them up with the control's scroll position once they are painted (a
    // control nobody has touched yet is at the top left, like its mirror).
    Effect::new(move |_| {
        segments.track();
        if !interacted.get_value() {
            return;
        }
        request_animation_frame(move || {
            listener.try_with_value(|listener| {
                if let (Some((control, _)), Some(mirror)) = (listener, mirror_ref.get_untracked()) {
                    sync_scroll(control, &mirror.into());
                }
            });
        });
    });
    on_cleanup(move || {
        let Some(Some((control, sync))) = listener.try_update_value(Option::take) else {
            return;
        };
        for name in SYNC_EVENTS {
            let _ =
                control.remove_event_listener_with_callback(name, sync.as_ref().unchecked_ref());
        }
    });
    let content = move || {
        let segments = segments.get();
        if segments.iter().all(|segment| segment.severity.is_none()) {
            return None;
        }
        let runs = segments
            .into_iter()
            .map(|segment| match segment.severity {
                Some(severity) => {
                    let class = if segment.related {
                        format!("sev-{} related", severity.id())
                    } else {
                        format!("sev-{}", severity.id())
                    };
                    Either::Left(view! { <mark class=class>{segment.text}</mark> })
                }
                None => Either::Right(segment.text),
            })
            .collect_view();
        // The zero-width space gives a trailing line break its own line, as in the control.
        Some(view! { {runs} "\u{200b}" })
    };
    view! {
        <div class="hl-mirror" aria-hidden="true" data-field=field.dom_id() node_ref=mirror_ref>
            {content}
        </div>
    }
}

/// Wraps one text control (input or text area) of `field` with its highlight mirror.
#[component]
pub fn HighlightedControl(
    /// The field the wrapped control edits.
    field: Field,
    /// The control itself.
    children: Children,
) -> impl IntoView {
    let state = expect_context::<EditorState>();
    view! {
        <div class="hl-wrap">
            <HighlightMirror state=state field=field />
            {children()}
        </div>
    }
}
