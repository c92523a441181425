//! Markup for the long lists that are drawn once and never change by themselves (forty
//! tracking results), written as text: the browser parses one string per card in far less
//! time than Yew takes to create each of its elements and text nodes from wasm (issue 15:
//! forty results on screen fast). What can be clicked stays Yew's.
//!
//! Tag and class names are `&'static str`, so only the program's own words can be markup;
//! every text and attribute value goes through [`escape_into`], so a place or description
//! from JNE (or anyone between) is shown as text and never becomes an element.
//!
//! Inside another site's page the same calls build the elements with the DOM instead
//! ([`build_elements`]): a host page may enforce Trusted Types, which refuse markup text.

use std::cell::Cell;

use web_sys::Element;
use yew::virtual_dom::{VList, VText};
use yew::{AttrValue, Html};

thread_local! {
    static ELEMENTS: Cell<bool> = const { Cell::new(false) };
}

/// From now on every [`Markup`] builds its elements with the DOM, not as text (the embedded
/// module).
pub fn build_elements() {
    ELEMENTS.with(|elements| elements.set(true));
}

/// A piece of markup under construction.
pub struct Markup(Out);

enum Out {
    Text(String),
    /// The elements still open, innermost last, and the finished top-level nodes.
    Elements {
        open: Vec<Element>,
        done: Vec<Html>,
    },
}

impl Default for Markup {
    fn default() -> Markup {
        Markup(match ELEMENTS.with(Cell::get) {
            false => Out::Text(String::new()),
            true => Out::Elements {
                open: Vec::new(),
                done: Vec::new(),
            },
        })
    }
}

impl Markup {
    pub fn new() -> Markup {
        Markup::default()
    }

    /// `<tag class="…">`; no class when `classes` is empty.
    pub fn open(&mut self, tag: &'static str, classes: &[&'static str]) -> &mut Markup {
        let classes: Vec<&str> = classes.iter().copied().filter(|c| !c.is_empty()).collect();
        match classes.is_empty() {
            true => self.open_with(tag, &[]),
            false => self.open_with(tag, &[("class", &classes.join(" "))]),
        }
    }

    /// `<tag name="value" …>`, each value escaped.
    pub fn open_with(
        &mut self,
        tag: &'static str,
        attributes: &[(&'static str, &str)],
    ) -> &mut Markup {
        match &mut self.0 {
            Out::Text(out) => {
                out.push('<');
                out.push_str(tag);
                for (name, value) in attributes {
                    out.push(' ');
                    out.push_str(name);
                    out.push_str("=\"");
                    escape_into(out, value);
                    out.push('"');
                }
                out.push('>');
            }
            Out::Elements { open, .. } => {
                let document = web_sys::window().and_then(|window| window.document());
                if let Some(element) = document.and_then(|d| d.create_element(tag).ok()) {
                    for (name, value) in attributes {
                        let _ = element.set_attribute(name, value);
                    }
                    open.push(element);
                }
            }
        }
        self
    }

    pub fn close(&mut self, tag: &'static str) -> &mut Markup {
        match &mut self.0 {
            Out::Text(out) => {
                out.push_str("</");
                out.push_str(tag);
                out.push('>');
            }
            Out::Elements { open, done } => {
                if let Some(element) = open.pop() {
                    match open.last() {
                        Some(parent) => drop(parent.append_child(&element)),
                        None => done.push(Html::VRef(element.into())),
                    }
                }
            }
        }
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Markup {
        match &mut self.0 {
            Out::Text(out) => escape_into(out, text),
            Out::Elements { open, done } => match open.last() {
                Some(parent) => drop(parent.append_with_str_1(text)),
                None => done.push(VText::new(text.to_string()).into()),
            },
        }
        self
    }

    /// `<tag class="…">text</tag>`.
    pub fn element(
        &mut self,
        tag: &'static str,
        classes: &[&'static str],
        text: &str,
    ) -> &mut Markup {
        self.open(tag, classes).text(text).close(tag)
    }

    /// The markup text (empty when building elements).
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Out::Text(out) => out,
            Out::Elements { .. } => "",
        }
    }

    pub fn into_html(self) -> Html {
        match self.0 {
            Out::Text(out) => Html::from_html_unchecked(AttrValue::from(out)),
            Out::Elements { done, .. } => VList::with_children(done, None).into(),
        }
    }
}

/// Appends `text` with the five characters that mean something in HTML (in text and in a
/// quoted attribute value) written as character references.
pub fn escape_into(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
        out.push_str(&rest[..at]);
        out.push_str(match rest.as_bytes()[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}
