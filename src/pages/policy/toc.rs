//! The table of contents of one version: sections, with their subsections nested.

use std::rc::Rc;

use jne_core::policy::{PolicyDocument, Section};
use yew::prelude::*;

use crate::hooks::use_locale::use_locale;

#[derive(Properties, PartialEq)]
pub struct TocProps {
    pub document: Rc<PolicyDocument>,
}

#[function_component(Toc)]
pub fn toc(props: &TocProps) -> Html {
    let t = &use_locale().texts().policy;
    // Top-level sections each with the subsections that follow them; the opening (0) has no entry.
    let mut groups: Vec<(&Section, Vec<&Section>)> = Vec::new();
    for section in props
        .document
        .sections
        .iter()
        .filter(|s| !s.heading.is_empty())
    {
        match groups.last_mut() {
            Some((_, subsections)) if section.is_subsection() => subsections.push(section),
            _ => groups.push((section, Vec::new())),
        }
    }
    let entry = |section: &Section| {
        html! {
            <a href={format!("#{}", section.anchor())}>
                { format!("{} {}", section.label(), section.heading) }
            </a>
        }
    };
    html! {
        <nav class="policy-toc no-print" aria-labelledby="policy-toc-title">
            <h2 id="policy-toc-title">{ t.toc }</h2>
            <ol>
                { for groups.iter().map(|(section, subsections)| html! {
                    <li>
                        { entry(section) }
                        if !subsections.is_empty() {
                            <ol>{ for subsections.iter().map(|s| html! { <li>{ entry(s) }</li> }) }</ol>
                        }
                    </li>
                }) }
            </ol>
        </nav>
    }
}
