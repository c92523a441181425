//! Mounting the real app in the test page and waiting for what a visitor would see.

#![allow(dead_code)] // each test file uses its own part of this

use std::time::Duration;

use jne_web::app::App;
use jne_web::route::load;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};
use yew::BaseComponent;

pub struct Mounted {
    pub root: Element,
    /// Unmounts the component; run on drop.
    destroy: Option<Box<dyn FnOnce()>>,
}

pub fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// Opens `path` (as a visitor following a link would) and mounts the app in a fresh element.
pub async fn mount_at(path: &str) -> Mounted {
    let history = web_sys::window()
        .expect("window")
        .history()
        .expect("history");
    history
        .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .expect("push state");
    load(None, jne_web::bundles::every);
    let mounted = mount::<App>().await;
    mounted
        .wait_for("the page heading", |m| m.query("h1").is_some())
        .await;
    mounted
}

/// Mounts one component (with no properties) in a fresh element of the test page.
pub async fn mount<C: BaseComponent<Properties = ()>>() -> Mounted {
    let root = document().create_element("div").expect("div");
    document()
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    let handle = yew::Renderer::<C>::with_root(root.clone()).render();
    settle().await;
    Mounted {
        root,
        destroy: Some(Box::new(move || handle.destroy())),
    }
}

impl Mounted {
    pub fn query(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).ok().flatten()
    }

    pub fn text(&self, selector: &str) -> String {
        self.query(selector)
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    }

    pub fn click(&self, selector: &str) {
        self.query(selector)
            .unwrap_or_else(|| panic!("nothing matches {selector}"))
            .dyn_into::<HtmlElement>()
            .expect("an HTML element")
            .click();
    }

    /// Waits up to two seconds for `ready`; renders are asynchronous in Yew.
    pub async fn wait_for(&self, what: &str, ready: impl Fn(&Mounted) -> bool) {
        for _ in 0..200 {
            if ready(self) {
                return;
            }
            yew::platform::time::sleep(Duration::from_millis(10)).await;
        }
        panic!(
            "timed out waiting for {what}; page: {}",
            self.root.inner_html()
        );
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(destroy) = self.destroy.take() {
            destroy();
        }
        self.root.remove();
    }
}

impl Mounted {
    /// Types into a field as a person would: focus, the value changes, an `input` event bubbles.
    pub fn type_into(&self, selector: &str, text: &str) {
        let field = self
            .query(selector)
            .unwrap_or_else(|| panic!("nothing matches {selector}"));
        if let Some(element) = field.dyn_ref::<HtmlElement>() {
            let _ = element.focus();
        }
        if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            area.set_value(text);
        } else if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
            input.set_value(text);
        }
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        let event = web_sys::Event::new_with_event_init_dict("input", &init).expect("event");
        field.dispatch_event(&event).expect("dispatch");
    }

    /// Leaves the focused field, as tabbing on would, and lets the page react.
    pub async fn leave(&self, selector: &str) {
        if let Some(element) = self
            .query(selector)
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        {
            let _ = element.blur();
        }
        settle().await;
    }

    pub fn value(&self, selector: &str) -> String {
        let field = self.query(selector);
        field
            .as_ref()
            .and_then(|f| {
                f.dyn_ref::<web_sys::HtmlTextAreaElement>()
                    .map(|a| a.value())
            })
            .or_else(|| {
                field
                    .as_ref()
                    .and_then(|f| f.dyn_ref::<web_sys::HtmlInputElement>().map(|i| i.value()))
            })
            .unwrap_or_default()
    }
}

/// Lets Yew render what the last event changed, as happens between a person's keystrokes
/// and clicks.
pub async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}
