//! Word-level changes as `<ins>`/`<del>`, readable without colour: struck through or
//! underlined, and each change announced ("dihapus:", "ditambah:") by hidden text.

use jne_core::policy::{Chunk, Op};
use yew::prelude::*;

use crate::i18n::PolicyTexts;

pub fn chunks(chunks: &[Chunk], t: &PolicyTexts) -> Html {
    html! {
        { for chunks.iter().map(|chunk| changed(chunk.op, html! { { chunk.text.clone() } }, t)) }
    }
}

/// `content` marked as it is on both sides, only the new one, or only the old one.
pub fn changed(op: Op, content: Html, t: &PolicyTexts) -> Html {
    match op {
        Op::Equal => content,
        Op::Insert => html! {
            <ins><span class="visually-hidden">{ t.inserted }</span>{ content }</ins>
        },
        Op::Delete => html! {
            <del><span class="visually-hidden">{ t.deleted }</span>{ content }</del>
        },
    }
}
