//! Whether the app runs inside another site's page, as the embedded module (`crate::embed`):
//! then links and the share link go to the jne-server, and the page's own title, address and
//! focus are the host's, never touched.

use yew::prelude::*;

/// Where an embedded element lives.
#[derive(Clone, PartialEq)]
pub struct Embedding {
    /// The jne-server's origin (`https://jne.example`), without a trailing slash.
    pub site: AttrValue,
    /// The element's shadow root: its ids are looked up here, not in the host's document.
    pub root: web_sys::ShadowRoot,
    /// The custom element itself, which dispatches the module's events.
    pub element: web_sys::HtmlElement,
}

impl Embedding {
    /// `path` (with its query) on the jne-server.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.site)
    }
}

/// `None` on the site's own pages.
#[hook]
pub fn use_embedding() -> Option<Embedding> {
    use_context::<Embedding>()
}
