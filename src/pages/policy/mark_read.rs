//! "Mark this version as read": the visitor's own way to be told of later changes. Storing the
//! version id is the only write to storage the site makes, and only on this click.

use yew::prelude::*;

use crate::hooks::use_locale::use_locale;
use crate::hooks::use_policy::use_policy;

#[derive(Properties, PartialEq)]
pub struct MarkReadProps {
    pub version: AttrValue,
}

#[function_component(MarkRead)]
pub fn mark_read(props: &MarkReadProps) -> Html {
    let t = &use_locale().texts().policy;
    let policy = use_policy();
    let marked = policy.acknowledged.as_deref() == Some(props.version.as_str());
    let onclick = {
        let (acknowledge, version) = (policy.acknowledge.clone(), props.version.to_string());
        Callback::from(move |_: MouseEvent| acknowledge.emit(version.clone()))
    };
    // The status line is always there, so screen readers announce it when it fills.
    html! {
        <div class="policy-mark no-print">
            <p class="policy-read" role="status">{ if marked { t.marked_read } else { "" } }</p>
            if !marked {
                <button type="button" class="button button-secondary" {onclick}
                    aria-describedby="policy-mark-hint">{ t.mark_read }</button>
                <p id="policy-mark-hint" class="hint">{ t.mark_read_hint }</p>
            }
        </div>
    }
}
