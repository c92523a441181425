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

#[function_component(StatusBadge)]
pub fn status_badge(props: &StatusBadgeProps) -> Html {
    let mut markup = Markup::new();
    write_badge(&mut markup, props.status, &use_locale().texts().track);
    markup.into_html()
}

/// The badge as markup, so forty tracking results cost no component or element each.
pub fn write_badge(markup: &mut Markup, status: NormalizedStatus, t: &TrackTexts) {
    let attention = if status.needs_attention() {
        " attention"
    } else {
        ""
    };
    let class = format!("badge status-{}{attention}", status.code());
    markup
        .open_with("span", &[("class", &class)])
        .text((t.status)(status))
        .close("span");
}
