//! Sets the document title, so each page is announced by name and tabs are told apart.

use yew::prelude::*;

use crate::hooks::use_embedding::use_embedding;
use crate::hooks::use_locale::use_locale;

/// Embedded in another site's page (`crate::embed`), the title is the host's and stays so.
#[hook]
pub fn use_title(page: &'static str) {
    let site = use_locale().texts().site_name;
    let embedded = use_embedding().is_some();
    use_effect_with((page, site, embedded), |(page, site, embedded)| {
        if *embedded {
            return;
        }
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&format!("{page} · {site}"));
        }
    });
}
