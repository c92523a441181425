//! Moving focus to what a step put in place of what was focused, so it never falls to the
//! page body (WCAG 2.4.3): a new step's field, a field filled by a suggestion, a confirmation.

use wasm_bindgen::JsCast;

/// Focuses the element `id`, if it is on the page and can take focus.
pub fn focus_by_id(id: &str) {
    focus_in(None, id);
}

/// Focuses the element `id` of `root` (an embedded element's shadow root, whose ids the
/// host's document does not see), or of the page when `None`.
pub fn focus_in(root: Option<&web_sys::ShadowRoot>, id: &str) {
    if let Some(element) = by_id(root, id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// The element `id` of `root` (an embedded element's shadow root), or of the page.
pub fn by_id(root: Option<&web_sys::ShadowRoot>, id: &str) -> Option<web_sys::Element> {
    match root {
        Some(root) => root.get_element_by_id(id),
        None => web_sys::window()?.document()?.get_element_by_id(id),
    }
}
