//! A shipment's status in words, in the colour of what it means: problems, returns and
//! unknown statuses in the problem colour (the colour only repeats what the words say). Used
//! by tracking's cards and summary and by the JLC member's recent shipments.

use jne_core::tracking::NormalizedStatus;
use yew::prelude::*;

use crate::hooks::use_locale::use_locale;
use crate::i18n::TrackTexts;

#[derive(Properties, PartialEq)]
pub struct StatusBadgeProps {
    pub status: NormalizedStatus,
}

#[function_component(StatusBadge)]
pub fn status_badge(props: &StatusBadgeProps) -> Html {
    badge(props.status, &use_locale().texts().track)
}

/// The badge itself: a plain function, so forty tracking results cost no component each.
pub fn badge(status: NormalizedStatus, t: &TrackTexts) -> Html {
    html! {
        <span class={classes!("badge", format!("status-{}", status.code()),
            status.needs_attention().then_some("attention"))}>
            { (t.status)(status) }
        </span>
    }
}
