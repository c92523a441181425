//! The module other sites embed (`jne_core::site::EMBED`, served under `/embed/`). Its loader,
//! `static/embed/jne-embed.js`, defines the custom elements and, for each one on the page,
//! calls [`mount`], then [`Mounted::update`] when its attributes change and
//! [`Mounted::unmount`] when it leaves the page.

use jne_web::embed::{self, Kind, WidgetProps};
use jne_web::hooks::use_embedding::Embedding;
use wasm_bindgen::prelude::*;
use yew::AttrValue;

fn main() {
    // A host page may enforce Trusted Types, which refuse markup text.
    jne_web::components::markup::build_elements();
}

/// One element's app.
#[wasm_bindgen]
pub struct Mounted {
    app: Option<yew::AppHandle<embed::Widget>>,
    props: WidgetProps,
}

/// Renders `element` (a `<jne-lacak>` or `<jne-policy-notice>`) into `target`, a node of its
/// shadow root `root`, talking to the jne-server at `site`; `None` for any other element.
#[wasm_bindgen]
pub fn mount(
    element: web_sys::HtmlElement,
    root: web_sys::ShadowRoot,
    target: web_sys::Element,
    site: String,
) -> Option<Mounted> {
    let kind = Kind::from_tag(&element.tag_name())?;
    let embedding = Embedding {
        site: site.trim_end_matches('/').to_owned().into(),
        root,
        element,
    };
    let props = read(kind, embedding);
    let app = embed::mount(target, props.clone());
    Some(Mounted {
        app: Some(app),
        props,
    })
}

#[wasm_bindgen]
impl Mounted {
    /// The element's `lang` or `awb` changed: it shows them at once.
    pub fn update(&mut self) {
        let props = read(self.props.kind, self.props.embedding.clone());
        if props != self.props {
            self.props = props.clone();
            if let Some(app) = &mut self.app {
                app.update(props);
            }
        }
    }

    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// The element's attributes, as props.
fn read(kind: Kind, embedding: Embedding) -> WidgetProps {
    let attribute = |name| embedding.element.get_attribute(name);
    WidgetProps {
        kind,
        lang: embed::lang_of(attribute("lang").as_deref()),
        awb: attribute("awb").map(AttrValue::from),
        embedding,
    }
}
