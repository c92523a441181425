//! What the visitor did in the page's frame (static/frame.html) before the wasm started: what
//! they typed in a field of its skeleton, where the caret was and whether the field had the
//! focus. Read once before the app replaces the frame, in the same task as the first render,
//! so nothing typed can fall in between; the page with a field of the same id takes it over.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;

/// One field of the skeleton as the visitor left it.
#[derive(Clone, Debug, Default, PartialEq)]
struct Field {
    id: String,
    value: String,
    /// The selection (start = end: the caret), in UTF-16 units as the DOM counts them.
    selection: (u32, u32),
    focused: bool,
}

thread_local! {
    static FIELDS: RefCell<Vec<Field>> = const { RefCell::new(Vec::new()) };
}

/// Reads the skeleton's fields; call before the app first renders (it empties `<body>`).
pub fn capture() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(found) = document.query_selector_all("main textarea[id]") else {
        return;
    };
    let active = document.active_element();
    let fields = (0..found.length())
        .filter_map(|index| found.item(index)?.dyn_into::<HtmlTextAreaElement>().ok())
        .map(|field| Field {
            id: field.id(),
            value: field.value(),
            selection: (
                field.selection_start().ok().flatten().unwrap_or(0),
                field.selection_end().ok().flatten().unwrap_or(0),
            ),
            focused: active.as_ref().is_some_and(|a| a == field.unchecked_ref()),
        })
        .collect();
    FIELDS.with(|cell| *cell.borrow_mut() = fields);
}

/// What was typed in the skeleton's field `id` before the app started (empty: nothing).
pub fn typed(id: &str) -> String {
    FIELDS.with(|cell| {
        cell.borrow()
            .iter()
            .find(|field| field.id == id)
            .map(|field| field.value.clone())
            .unwrap_or_default()
    })
}

/// Gives the app's field `id` the focus and the caret the skeleton's had, once the page that
/// took its value over has rendered it; only once.
pub fn restore_focus(id: &str) {
    let field = FIELDS.with(|cell| {
        let mut fields = cell.borrow_mut();
        let index = fields.iter().position(|field| field.id == id)?;
        Some(fields.remove(index))
    });
    let Some(field) = field.filter(|field| field.focused) else {
        return;
    };
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
        let _ = element.set_selection_range(field.selection.0, field.selection.1);
    }
}
