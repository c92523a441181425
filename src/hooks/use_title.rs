//! Sets the document title, so each page is announced by name and tabs are told apart.

use yew::prelude::*;

use crate::hooks::use_locale::use_locale;

#[hook]
pub fn use_title(page: &'static str) {
    let site = use_locale().texts().site_name;
    use_effect_with((page, site), |(page, site)| {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&format!("{page} · {site}"));
        }
    });
}
