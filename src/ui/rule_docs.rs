//! `RuleDocs`: a rule's documentation on its page. The text is not in the wasm (see
//! `lint::rule::docs_text!`): it is loaded once from `rule-docs.json`, which the build copies
//! beside the app and the service worker keeps for offline use.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::markdown_view::MarkdownView;

/// Where the documentation file is, relative to the page.
const RULE_DOCS_URL: &str = "rule-docs.json";

thread_local! {
    /// The parsed file (an object: rule id to Markdown), once loaded.
    static LOADED: RefCell<Option<js_sys::Object>> = const { RefCell::new(None) };
}

/// Uses `json` (the content of `rule-docs.json`) as the documentation, without loading the
/// file; for tests, which have no server. Returns false if it is not a JSON object.
pub fn preload(json: &str) -> bool {
    let Ok(parsed) = js_sys::JSON::parse(json) else {
        return false;
    };
    let Ok(object) = parsed.dyn_into::<js_sys::Object>() else {
        return false;
    };
    LOADED.with(|loaded| *loaded.borrow_mut() = Some(object));
    true
}

/// The documentation of rule `id` from the loaded file, if loaded and there.
fn loaded_docs(id: &str) -> Option<String> {
    LOADED.with(|loaded| {
        let object = loaded.borrow();
        js_sys::Reflect::get(object.as_ref()?, &JsValue::from_str(id))
            .ok()?
            .as_string()
    })
}

/// Fetches and parses the documentation file; an error says what went wrong.
async fn load() -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let describe = |error: JsValue| {
        error
            .as_string()
            .or_else(|| {
                error
                    .dyn_ref::<js_sys::Error>()
                    .map(|error| String::from(error.message()))
            })
            .unwrap_or_else(|| "the request failed".to_owned())
    };
    let response = JsFuture::from(window.fetch_with_str(RULE_DOCS_URL))
        .await
        .map_err(describe)?;
    let get = |name: &str| js_sys::Reflect::get(&response, &JsValue::from_str(name));
    if get("ok").ok().and_then(|ok| ok.as_bool()) != Some(true) {
        let status = get("status").ok().and_then(|status| status.as_f64());
        // An HTTP status is a whole number; written as one (no float printing in the wasm).
        let status = status.map_or(0, |status| status as u32);
        return Err(format!("the server answered {status}"));
    }
    let text_method: js_sys::Function = get("text")
        .map_err(describe)?
        .dyn_into()
        .map_err(|_| "not a response".to_owned())?;
    let promise: js_sys::Promise = text_method
        .call0(&response)
        .map_err(describe)?
        .dyn_into()
        .map_err(|_| "not a response".to_owned())?;
    let text = JsFuture::from(promise).await.map_err(describe)?;
    let text = text.as_string().unwrap_or_default();
    if preload(&text) {
        Ok(())
    } else {
        Err("the file is not a JSON object".to_owned())
    }
}

/// What the page shows for the documentation.
#[derive(Clone, Debug, PartialEq)]
enum Shown {
    Loading,
    Docs(String),
    Failed(String),
}

/// The documentation of rule `id`, rendered as Markdown; loads the file on first use.
#[component]
pub fn RuleDocs(
    /// The rule's id.
    id: &'static str,
) -> impl IntoView {
    let shown = RwSignal::new(match loaded_docs(id) {
        Some(docs) => Shown::Docs(docs),
        None => Shown::Loading,
    });
    if shown.get_untracked() == Shown::Loading {
        leptos::task::spawn_local(async move {
            let next = match load().await {
                Ok(()) => loaded_docs(id).map_or_else(
                    || Shown::Failed("it has no entry for this rule".to_owned()),
                    Shown::Docs,
                ),
                Err(reason) => Shown::Failed(reason),
            };
            shown.try_set(next);
        });
    }
    move || {
        match shown.get() {
        Shown::Loading => view! { <p class="rule-docs-status">"Loading the documentation\u{2026}"</p> }.into_any(),
        Shown::Docs(text) => view! { <MarkdownView text=text heading_offset=1 /> }.into_any(),
        Shown::Failed(reason) => view! {
            <p class="rule-docs-status">
                {format!(
                    "The documentation could not be loaded ({reason}). The command-line tool shows it: postwright rules {id}"
                )}
            </p>
        }
        .into_any(),
    }
    }
}
