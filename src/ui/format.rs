//! Small text formatting for the drafts list.

/// A last-edited time for the drafts list, in the browser's locale ("3 Mar 2026, 14:05").
pub fn format_time(epoch_ms: f64) -> String {
    if epoch_ms <= 0.0 {
        return "unknown time".to_owned();
    }
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(epoch_ms));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    let locale = web_sys::window()
        .and_then(|window| window.navigator().language())
        .unwrap_or_else(|| "en".to_owned());
    date.to_locale_string(&locale, &options).into()
}
