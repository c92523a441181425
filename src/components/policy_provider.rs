//! Loads the policy versions once and provides them, with the visitor's acknowledgement, to
//! the notices and the policy pages.
//!
//! The seam for JLC members (issue 6, after JLC sign-in): for a signed-in member,
//! `acknowledged` comes from their server-side record and `acknowledge` also sends
//! `POST /api/v1/jlc/policy-ack {version}`; the notices and pages need no change.

use yew::prelude::*;

use crate::api;
use crate::hooks::use_fetch::{use_fetch, Load};
use crate::hooks::use_policy::{read_acknowledged, store_acknowledged, PolicyContext};

#[derive(Properties, PartialEq)]
pub struct PolicyProviderProps {
    pub children: Html,
}

#[function_component(PolicyProvider)]
pub fn policy_provider(props: &PolicyProviderProps) -> Html {
    let (versions, retry) = use_fetch((), |()| api::policy::versions());
    // Storage is read once the versions are in, which is when the notices need it, and not
    // during the first render of every page (issue 7).
    let loaded = matches!(versions, Load::Ready(_));
    let stored = use_memo(loaded, |loaded| loaded.then(read_acknowledged).flatten());
    let chosen = use_state(|| None::<String>);
    let acknowledge = {
        let chosen = chosen.clone();
        Callback::from(move |id: String| {
            store_acknowledged(&id);
            chosen.set(Some(id));
        })
    };
    let context = PolicyContext {
        versions,
        retry,
        acknowledged: (*chosen).clone().or_else(|| (*stored).clone()),
        acknowledge,
    };
    html! {
        <ContextProvider<PolicyContext> {context}>
            { props.children.clone() }
        </ContextProvider<PolicyContext>>
    }
}
