//! The few direct DOM calls the components need, in one place: finding an element by id,
//! moving the keyboard focus once the DOM has caught up with the state, scrolling, and the
//! viewport width.

use leptos::prelude::request_animation_frame;
use wasm_bindgen::JsCast;

/// The page's document, if there is one.
pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The element with this DOM id, as `T`.
pub fn element_by_id<T: JsCast>(dom_id: &str) -> Option<T> {
    document()?.get_element_by_id(dom_id)?.dyn_into().ok()
}

/// Puts the keyboard focus on the element with this DOM id now, if it exists.
pub fn focus(dom_id: &str) -> bool {
    element_by_id::<web_sys::HtmlElement>(dom_id).is_some_and(|element| element.focus().is_ok())
}

/// Puts the keyboard focus on an element once the DOM has caught up with the state.
pub fn focus_later(dom_id: String) {
    request_animation_frame(move || {
        focus(&dom_id);
    });
}

/// The first form control inside `container`.
pub fn first_control(container: &web_sys::Element) -> Option<web_sys::HtmlElement> {
    container
        .query_selector("input, textarea, select, button")
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// Scrolls an element into view, to the middle (`center`) or the top of the view.
pub fn scroll_into_view(element: &web_sys::Element, center: bool) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(if center {
        web_sys::ScrollLogicalPosition::Center
    } else {
        web_sys::ScrollLogicalPosition::Start
    });
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// The width below which the layout is the phone layout (one column, findings in a sheet).
/// Keep in step with the `max-width: 760px` media queries in `style/*.css`.
pub const PHONE_MAX_WIDTH: f64 = 760.0;

/// True when the viewport is phone-sized (see [`PHONE_MAX_WIDTH`]).
pub fn is_phone_width() -> bool {
    web_sys::window()
        .and_then(|window| window.inner_width().ok())
        .and_then(|width| width.as_f64())
        .is_some_and(|width| width <= PHONE_MAX_WIDTH)
}
