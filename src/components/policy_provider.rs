//! Loads the policy versions once and provides them, with the visitor's acknowledgement, to
//! the notices and the policy pages.
//!
//! The seam for JLC members (issue 6, after JLC sign-in): for a signed-in member,
//! `acknowledged` comes from their server-side record and `acknowledge` also sends
//! `POST /api/v1/jlc/policy-ack {version}`; the notices and pages need no change.

use yew::prelude::*;

use crate::api;
use crate::hooks::use_fetch::use_fetch;
use crate::hooks::use_policy::{read_acknowledged, store_acknowledged, PolicyContext};

#[derive(Properties, PartialEq)]
pub struct PolicyProviderProps {
    pub children: Html,
}

#[function_component(PolicyProvider)]
pub fn policy_provider(props: &PolicyProviderProps) -> Html {
    let (versions, retry) = use_fetch((), |()| api::policy::versions());
    let acknowledged = use_state(read_acknowledged);
    let acknowledge = {
        let acknowledged = acknowledged.clone();
        Callback::from(move |id: String| {
            store_acknowledged(&id);
            acknowledged.set(Some(id));
        })
    };
    let context = PolicyContext {
        versions,
        retry,
        acknowledged: (*acknowledged).clone(),
        acknowledge,
    };
    html! {
        <ContextProvider<PolicyContext> {context}>
            { props.children.clone() }
        </ContextProvider<PolicyContext>>
    }
}
