//! A shipment's status in words, in the colour of what it means: problems, returns and
//! unknown statuses in the problem colour (the colour only repeats what the words say). Used
//! by tracking's cards and summary and by the JLC member's recent shipments.

use jne_core::tracking::NormalizedStatus;
use yew::prelude::*;

use super::markup::Markup;
use crate::hooks::use_locale::use_locale;
use crate::i18n::TrackTexts;

#[derive(Properties, PartialEq)]
pub struct StatusBadgeProps {
    pub status: NormalizedStatus,
}

/// The badge as an element (the member's few shipments: that bundle carries no markup code).
#[function_component(StatusBadge)]
pub fn status_badge(props: &StatusBadgeProps) -> Html {
    let locale = use_locale();
    let status = props.status;
    html! {
        <span class={class(status)}>{ (locale.texts().track.status)(status) }</span>
    }
}

/// The badge as markup, so forty tracking results cost no component or element each.
pub fn write_badge(markup: &mut Markup, status: NormalizedStatus, t: &TrackTexts) {
    markup
        .open_with("span", &[("class", &class(status))])
        .text((t.status)(status))
        .close("span");
}

/// The one rule for a badge's classes: its status, and `attention` for what needs it.
fn class(status: NormalizedStatus) -> String {
    let attention = if status.needs_attention() {
        " attention"
    } else {
        ""
    };
    format!("badge status-{}{attention}", status.code())
}
