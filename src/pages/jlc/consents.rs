//! Consents: JLC news and offers by email, opt-in. Giving and withdrawing are one click each,
//! recorded with the time and the policy version in force (the history is the proof). Account
//! mail is no consent and cannot be switched off.

use jne_core::jlc::rights::ConsentPurpose;
use jne_core::jlc::Member;
use jne_core::lang::format_datetime;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::api::{self, ApiError};
use crate::components::focus::focus_by_id;
use crate::hooks::use_locale::use_locale;
use crate::i18n::rights::rights_texts;

const STATUS_ID: &str = "consents-status";

/// What the last click did (said in the language shown, whichever it is by then).
#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    Recorded { given: bool },
    Offline,
    Failed,
}

#[derive(Properties, PartialEq)]
pub struct ConsentsProps {
    pub member: Box<Member>,
    pub on_member: Callback<Member>,
}

#[function_component(Consents)]
pub fn consents(props: &ConsentsProps) -> Html {
    let locale = use_locale();
    let (t, lang) = (locale.texts(), locale.lang);
    let r = rights_texts(lang);
    let status = use_state(|| None::<Outcome>);
    let busy = use_state(|| false);
    use_effect_with(*status, |status| {
        if status.is_some() {
            focus_by_id(STATUS_ID);
        }
    });
    let purpose = ConsentPurpose::NewsEmail;
    let given = props.member.consents_to(purpose);
    let in_force = props
        .member
        .consents
        .iter()
        .rev()
        .find(|c| c.purpose == purpose);
    let onclick = {
        let (status, busy, on_member) = (status.clone(), busy.clone(), props.on_member.clone());
        Callback::from(move |_: MouseEvent| {
            if *busy {
                return;
            }
            busy.set(true);
            let (status, busy, on_member) = (status.clone(), busy.clone(), on_member.clone());
            spawn_local(async move {
                let done = match api::jlc::set_consent(purpose, !given).await {
                    Ok(answer) => {
                        on_member.emit(answer.member);
                        Outcome::Recorded { given: !given }
                    }
                    Err(ApiError::Offline) => Outcome::Offline,
                    Err(_) => Outcome::Failed,
                };
                busy.set(false);
                status.set(Some(done));
            });
        })
    };
    let said = status.map(|outcome| match outcome {
        Outcome::Recorded { given } => (if given { r.given } else { r.withdrawn }, false),
        Outcome::Offline => (t.jlc.offline, true),
        Outcome::Failed => (t.jlc.server_error, true),
    });
    html! {
        <section aria-labelledby="consents-title">
            <h2 id="consents-title">{ r.consents_title }</h2>
            <h3>{ r.news_label }</h3>
            <p>
                { match in_force {
                    Some(record) if record.given => (r.news_on)(&format_datetime(&record.at, lang), &record.policy_version),
                    _ => r.news_off.to_owned(),
                } }
            </p>
            if let Some((message, failed)) = said {
                <p id={STATUS_ID} tabindex="-1" role={if failed { "alert" } else { "status" }}
                    class={classes!("notice", failed.then_some("notice-error"))}>{ message }</p>
            }
            <p class="no-print">
                <button type="button" class="button button-secondary" {onclick}
                    aria-disabled={busy.then_some("true")}>
                    { if given { r.withdraw } else { r.give } }
                </button>
            </p>
            <p class="hint">{ r.account_mail_note }</p>
            if !props.member.consents.is_empty() {
                <ul class="plain-list">
                    { for props.member.consents.iter().map(|c| html! {
                        <li>{ (r.record)(c.given, &format_datetime(&c.at, lang), &c.policy_version) }</li>
                    }) }
                </ul>
            }
        </section>
    }
}
