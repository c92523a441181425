//! One version's text: sections with linkable anchors (`#s-3a`), and each place the source
//! lost kept as an editor's note in the UI's language, explained once above the text.

use std::rc::Rc;

use jne_core::policy::{Block, PolicyDocument};
use yew::prelude::*;

use crate::hooks::use_locale::use_locale;

#[derive(Properties, PartialEq)]
pub struct DocumentProps {
    pub document: Rc<PolicyDocument>,
    /// The language of the text itself (the original is English even on Indonesian pages).
    pub lang: AttrValue,
}

#[function_component(DocumentView)]
pub fn document_view(props: &DocumentProps) -> Html {
    let locale = use_locale();
    let (t, ui_lang) = (&locale.texts().policy, locale.lang.tag());
    // The page loads after the address: scroll to a linked section once it exists.
    use_effect_with(props.document.clone(), |_| scroll_to_fragment());
    let has_gaps = props.document.sections.iter().any(|section| {
        section
            .paragraphs
            .iter()
            .any(|block| matches!(block, Block::Missing(_)))
    });
    html! {
        <div class="policy-text" lang={props.lang.clone()}>
            if has_gaps {
                <p class="policy-editor-note" lang={ui_lang}>
                    <strong>{ t.editor_note }</strong>{ " " }{ t.gaps_explained }
                </p>
            }
            { for props.document.sections.iter().map(|section| {
                let heading = if section.heading.is_empty() {
                    html! {}
                } else if section.is_subsection() {
                    html! { <h3>{ format!("{} {}", section.label(), section.heading) }</h3> }
                } else {
                    html! { <h2>{ format!("{} {}", section.label(), section.heading) }</h2> }
                };
                html! {
                    <section id={section.anchor()} class="policy-section">
                        { heading }
                        { for section.paragraphs.iter().map(|block| match block {
                            Block::Text(text) => html! { <p>{ text }</p> },
                            Block::Missing(gap) => html! {
                                <p class="policy-missing" lang={ui_lang}>
                                    <strong>{ t.editor_note }</strong>{ " " }{ (t.gap)(*gap) }
                                </p>
                            },
                        }) }
                    </section>
                }
            }) }
        </div>
    }
}

fn scroll_to_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let hash = window.location().hash().unwrap_or_default();
    let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else {
        return;
    };
    if let Some(target) = window.document().and_then(|d| d.get_element_by_id(id)) {
        target.scroll_into_view();
    }
}
