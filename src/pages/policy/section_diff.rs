//! One section of a comparison: whether it was added, removed or changed, in words, and its
//! text with the changes marked (a paragraph rewritten whole as its old and new text, one
//! after the other). Unchanged sections stay folded.

use std::rc::Rc;

use jne_core::policy::{standalone_label, Op, ParagraphDiff, SectionChange, SectionDiff};
use yew::prelude::*;

use super::chunks::{changed, chunks};
use crate::hooks::use_locale::use_locale;

#[derive(Properties, PartialEq)]
pub struct SectionDiffProps {
    pub section: Rc<SectionDiff>,
    /// The language of the texts compared.
    pub lang: AttrValue,
}

#[function_component(SectionDiffView)]
pub fn section_diff_view(props: &SectionDiffProps) -> Html {
    let locale = use_locale();
    let (t, ui_lang) = (&locale.texts().policy, locale.lang.tag());
    let section = &props.section;
    let title = if section.heading.is_empty() {
        html! { { t.opening } }
    } else {
        html! {
            <span lang={props.lang.clone()}>{ format!("{} ", standalone_label(&section.id)) }{ chunks(&section.heading, t) }</span>
        }
    };
    let paragraphs = html! {
        <div lang={props.lang.clone()}>
            { for section.paragraphs.iter().map(|paragraph| match (paragraph, paragraph.rewritten()) {
                (_, Some((old, new))) => html! {
                    <div class="diff-pair">
                        <p class="diff-old"><span class="diff-side" lang={ui_lang}>{ t.from_label }</span>
                            { changed(Op::Delete, html! { { old } }, t) }</p>
                        <p class="diff-new"><span class="diff-side" lang={ui_lang}>{ t.to_label }</span>
                            { changed(Op::Insert, html! { { new } }, t) }</p>
                    </div>
                },
                (ParagraphDiff::Text(text), None) => html! { <p>{ chunks(text, t) }</p> },
                (ParagraphDiff::Missing { op, gap }, None) => html! {
                    <p class="policy-missing" lang={ui_lang}>
                        { changed(*op, html! { <><strong>{ t.editor_note }</strong>{ " " }{ (t.gap)(*gap) }</> }, t) }
                    </p>
                },
            }) }
        </div>
    };
    let class = match section.change {
        SectionChange::Added => "diff-added",
        SectionChange::Removed => "diff-removed",
        SectionChange::Changed => "diff-changed",
        SectionChange::Unchanged => "diff-unchanged",
    };
    let badge = html! { <span class="badge diff-badge">{ (t.change)(section.change) }</span> };
    if section.change == SectionChange::Unchanged {
        return html! {
            <details class={classes!("diff-section", class)}>
                <summary>{ badge }{ " " }{ title }</summary>
                { paragraphs }
            </details>
        };
    }
    let heading_id = format!("d-{}", section.id);
    html! {
        <section class={classes!("diff-section", class)} aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id}>{ badge }{ " " }{ title }</h2>
            { paragraphs }
        </section>
    }
}
