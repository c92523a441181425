//! The module other sites embed: `<jne-lacak>` (the tracking form and results of `/lacak`) and
//! `<jne-policy-notice>` (the policy's change notices), each the site's own components rendered
//! into the element's shadow root. The custom elements themselves are defined by the loader,
//! `static/embed/jne-embed.js` (wasm-bindgen cannot extend `HTMLElement`), which calls
//! [`mount`] through the embed binary (`src/bin/embed.rs`).
//!
//! JLC sign-in is not offered here on purpose: a password field in a page whose scripts we do
//! not control can be read by those scripts.

mod results_event;

use jne_core::lang::Lang;
use yew::prelude::*;

use crate::components::{policy_notices::PolicyNotices, policy_provider::PolicyProvider};
use crate::hooks::use_embedding::Embedding;
use crate::hooks::use_locale::Locale;
use crate::pages::track::TrackPage;

pub use results_event::announce;

/// Which element is being mounted.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Tracking,
    PolicyNotice,
}

impl Kind {
    /// The element's tag name, as the loader defines it.
    pub fn from_tag(tag: &str) -> Option<Kind> {
        match tag.to_ascii_lowercase().as_str() {
            "jne-lacak" => Some(Kind::Tracking),
            "jne-policy-notice" => Some(Kind::PolicyNotice),
            _ => None,
        }
    }
}

/// What the host page sets on an element (its attributes).
#[derive(Properties, Clone, PartialEq)]
pub struct WidgetProps {
    pub kind: Kind,
    pub lang: Lang,
    /// `awb`: numbers to fill in and track at once.
    pub awb: Option<AttrValue>,
    pub embedding: Embedding,
}

/// The `lang` attribute: English for `en` (and `en-…`), else Bahasa Indonesia.
pub fn lang_of(attribute: Option<&str>) -> Lang {
    match attribute.map(str::to_ascii_lowercase) {
        Some(tag) if tag == "en" || tag.starts_with("en-") => Lang::En,
        _ => Lang::Id,
    }
}

/// One embedded element: the site's contexts around its component.
#[function_component(Widget)]
pub fn widget(props: &WidgetProps) -> Html {
    let locale = Locale {
        lang: props.lang,
        // The host page chooses the language, through the attribute.
        set_lang: Callback::noop(),
    };
    let body = match props.kind {
        Kind::Tracking => html! { <TrackPage awb={props.awb.clone()} /> },
        Kind::PolicyNotice => html! { <PolicyProvider><PolicyNotices /></PolicyProvider> },
    };
    html! {
        <ContextProvider<Locale> context={locale}>
            <ContextProvider<Embedding> context={props.embedding.clone()}>
                { body }
            </ContextProvider<Embedding>>
        </ContextProvider<Locale>>
    }
}

/// Renders `kind` into `mount` (a `<div>` the loader put in the element's shadow root).
pub fn mount(mount: web_sys::Element, props: WidgetProps) -> yew::AppHandle<Widget> {
    crate::api::set_server(&props.embedding.site);
    yew::Renderer::<Widget>::with_root_and_props(mount, props).render()
}
