//! The tracking page's address: the fragment of a shared link (`jne_core::share`), read when
//! the page opens and kept up to date without a request or a new history entry.

use jne_core::share::Shared;

use crate::hooks::use_embedding::Embedding;

/// What the address's fragment holds (browsers never send it anywhere).
pub fn shared() -> Shared {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Shared::read(&hash)
}

/// Puts `fragment` in the address bar in place of the query and fragment it had: the
/// language now rides in the fragment, so a `?lang=en` left over from another page cannot
/// undo a later choice on reload.
pub fn keep_in_address(fragment: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    let url = if fragment.is_empty() {
        path
    } else {
        format!("{path}#{fragment}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The address that tracks the same numbers in the same language: on this site, or on the
/// jne-server when embedded in another site's page.
pub fn share_link(fragment: &str, embedding: Option<&Embedding>) -> String {
    let path = format!("{}#{fragment}", jne_core::site::TRACK);
    match embedding {
        Some(embedding) => embedding.link(&path),
        None => {
            let origin = web_sys::window()
                .and_then(|w| w.location().origin().ok())
                .unwrap_or_default();
            format!("{origin}{path}")
        }
    }
}
