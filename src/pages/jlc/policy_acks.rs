//! The member's privacy policy acknowledgements, recorded on the server with the time (proof
//! of notice), and the notice when the version in force is not among them.

use jne_core::jlc::Member;
use jne_core::lang::format_datetime;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::api;
use crate::hooks::use_fetch::Load;
use crate::hooks::use_locale::use_locale;
use crate::hooks::use_policy::use_policy;

#[derive(Properties, PartialEq)]
pub struct PolicyAcksProps {
    pub member: Box<Member>,
    /// The member as the server answers after recording an acknowledgement.
    pub on_member: Callback<Member>,
}

#[function_component(PolicyAcks)]
pub fn policy_acks(props: &PolicyAcksProps) -> Html {
    let locale = use_locale();
    let (t, lang) = (locale.texts(), locale.lang);
    let policy = use_policy();
    let failed = use_state(|| false);
    let current = match &policy.versions {
        Load::Ready(list) => list.current.clone(),
        _ => None,
    };
    let acknowledged = |version: &str| {
        props
            .member
            .policy_acks
            .iter()
            .any(|a| a.version == version)
    };
    let needed = current.filter(|version| !acknowledged(version));
    let onclick = needed.clone().map(|version| {
        let (on_member, failed, acknowledge) = (
            props.on_member.clone(),
            failed.clone(),
            policy.acknowledge.clone(),
        );
        Callback::from(move |_| {
            let (version, on_member, failed, acknowledge) = (
                version.clone(),
                on_member.clone(),
                failed.clone(),
                acknowledge.clone(),
            );
            spawn_local(async move {
                match api::jlc::policy_ack(version.clone()).await {
                    Ok(answer) => {
                        // The banner on every page follows what the member acknowledged here.
                        acknowledge.emit(version);
                        on_member.emit(answer.member);
                    }
                    Err(_) => failed.set(true),
                }
            });
        })
    });
    html! {
        <section aria-labelledby="acks-title">
            <h2 id="acks-title">{ t.jlc.acks_title }</h2>
            if let (Some(version), Some(onclick)) = (&needed, onclick) {
                <div class="notice policy-ack-needed" role="status">
                    <p>{ (t.jlc.ack_needed)(&format_datetime(version, lang)) }</p>
                    <p class="actions">
                        <a href={format!("/privasi?versi={version}")}>{ t.jlc.read_policy }</a>
                        <button type="button" class="button" {onclick}>{ t.jlc.ack_button }</button>
                    </p>
                    if *failed { <p class="notice-error">{ t.jlc.server_error }</p> }
                </div>
            }
            if props.member.policy_acks.is_empty() {
                <p>{ t.jlc.no_acks }</p>
            } else {
                <ul class="acks">
                    { for props.member.policy_acks.iter().map(|ack| html! {
                        <li>{ (t.jlc.ack_line)(&format_datetime(&ack.version, lang), &format_datetime(&ack.at, lang)) }</li>
                    }) }
                </ul>
            }
        </section>
    }
}
