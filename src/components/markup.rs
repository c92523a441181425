//! Markup written as text, for the long lists that are drawn once and never change by
//! themselves (forty tracking results): the browser parses one string per card in far less
//! time than Yew takes to create each of its elements and text nodes from wasm (issue 15:
//! forty results on screen fast). What can be clicked stays Yew's.
//!
//! Tag and class names are `&'static str`, so only the program's own words can be markup;
//! every text and attribute value goes through [`escape_into`], so a place or description
//! from JNE (or anyone between) is shown as text and never becomes an element.

use yew::{AttrValue, Html};

/// A piece of markup under construction.
#[derive(Default)]
pub struct Markup(String);

impl Markup {
    pub fn new() -> Markup {
        Markup::default()
    }

    /// `<tag class="…">`; no class when `classes` is empty.
    pub fn open(&mut self, tag: &'static str, classes: &[&'static str]) -> &mut Markup {
        self.0.push('<');
        self.0.push_str(tag);
        let mut classes = classes.iter().filter(|class| !class.is_empty());
        if let Some(first) = classes.next() {
            self.0.push_str(" class=\"");
            self.0.push_str(first);
            for class in classes {
                self.0.push(' ');
                self.0.push_str(class);
            }
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    /// `<tag name="value" …>`, each value escaped.
    pub fn open_with(
        &mut self,
        tag: &'static str,
        attributes: &[(&'static str, &str)],
    ) -> &mut Markup {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attributes {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            escape_into(&mut self.0, value);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    pub fn close(&mut self, tag: &'static str) -> &mut Markup {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Markup {
        escape_into(&mut self.0, text);
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

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.0))
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
