//! Layer two: the one-time code from the member's email, with its lifetime and a resend
//! button that waits out its cooldown.

use jne_core::jlc::ChallengeSent;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::api::{self, ApiError};
use crate::components::error_summary::{ErrorEntry, ErrorSummary};
use crate::components::text_field::TextField;
use crate::hooks::use_countdown::{deadline_in, use_countdown};
use crate::hooks::use_locale::use_locale;
use crate::i18n::Texts;

const CODE_ID: &str = "jlc-code";

#[derive(Properties, PartialEq)]
pub struct CodeFormProps {
    pub sent: ChallengeSent,
    pub on_signed_in: Callback<()>,
    /// The challenge is over (expired, used, too many tries): back to layer one with this notice.
    pub on_ended: Callback<&'static str>,
}

#[function_component(CodeForm)]
pub fn code_form(props: &CodeFormProps) -> Html {
    let t = use_locale().texts();
    let sent = use_state(|| props.sent.clone());
    let expires = use_state(|| Some(deadline_in(props.sent.expires_in)));
    let resend_at = use_state(|| Some(deadline_in(props.sent.resend_in)));
    let code = use_state(String::new);
    let error = use_state(|| None::<String>);
    let status = use_state(|| None::<&'static str>);
    let busy = use_state(|| false);
    let valid_for = use_countdown(*expires);
    let resend_wait = use_countdown(*resend_at);

    let onsubmit = {
        let (sent, code, error, busy) = (sent.clone(), code.clone(), error.clone(), busy.clone());
        let (on_signed_in, on_ended) = (props.on_signed_in.clone(), props.on_ended.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let typed: String = code.chars().filter(|c| !c.is_whitespace()).collect();
            if valid_for == 0 {
                on_ended.emit(t.jlc.code_expired);
                return;
            }
            let problem = if typed.is_empty() {
                Some(t.jlc.need_code)
            } else if typed.len() != 6 || !typed.bytes().all(|b| b.is_ascii_digit()) {
                Some(t.jlc.code_format)
            } else {
                None
            };
            error.set(problem.map(str::to_owned));
            if problem.is_some() || *busy {
                return;
            }
            busy.set(true);
            let (challenge, error, busy, on_signed_in, on_ended) = (
                sent.challenge.clone(),
                error.clone(),
                busy.clone(),
                on_signed_in.clone(),
                on_ended.clone(),
            );
            spawn_local(async move {
                let answer = api::jlc::verify(challenge, typed).await;
                busy.set(false);
                match answer {
                    Ok(_) => on_signed_in.emit(()),
                    Err(ApiError::Rejected { status: 410, .. }) => {
                        on_ended.emit(t.jlc.challenge_ended)
                    }
                    Err(other) => error.set(Some(message(&other, t))),
                }
            });
        })
    };
    let on_resend = {
        let (sent, expires, resend_at, error, status) = (
            sent.clone(),
            expires.clone(),
            resend_at.clone(),
            error.clone(),
            status.clone(),
        );
        let on_ended = props.on_ended.clone();
        Callback::from(move |_| {
            if resend_wait > 0 {
                return;
            }
            let (sent, expires, resend_at, error, status, on_ended) = (
                sent.clone(),
                expires.clone(),
                resend_at.clone(),
                error.clone(),
                status.clone(),
                on_ended.clone(),
            );
            spawn_local(async move {
                match api::jlc::resend(sent.challenge.clone()).await {
                    Ok(next) => {
                        expires.set(Some(deadline_in(next.expires_in)));
                        resend_at.set(Some(deadline_in(next.resend_in)));
                        sent.set(next);
                        error.set(None);
                        status.set(Some(t.jlc.resent));
                    }
                    Err(ApiError::Throttled { retry_after, .. }) => {
                        resend_at.set(Some(deadline_in(retry_after.unwrap_or(60).into())));
                    }
                    Err(ApiError::Rejected { status: 410, .. }) => {
                        on_ended.emit(t.jlc.challenge_ended)
                    }
                    Err(other) => error.set(Some(message(&other, t))),
                }
            });
        })
    };
    let on_code = {
        let code = code.clone();
        Callback::from(move |text: String| code.set(text))
    };
    let errors: Vec<ErrorEntry> = error
        .iter()
        .map(|message| ErrorEntry {
            field_id: CODE_ID,
            message: message.clone(),
        })
        .collect();
    html! {
        <form class="stack-form" {onsubmit} novalidate=true>
            <h2>{ t.jlc.code_title }</h2>
            <ErrorSummary title={t.track.error_summary_title} {errors} />
            <p>{ (t.jlc.code_sent)(&sent.email_hint) }</p>
            if let Some(message) = *status { <p class="notice" role="status">{ message }</p> }
            <TextField id={CODE_ID} label={t.jlc.code_label} hint={t.jlc.code_hint}
                value={(*code).clone()} on_input={on_code} error={(*error).clone()}
                inputmode="numeric" autocomplete="one-time-code" maxlength="6" spellcheck="false" />
            <p class="countdown" aria-live="off">
                { if valid_for > 0 { (t.jlc.code_valid_for)(valid_for) } else { t.jlc.code_expired.to_owned() } }
            </p>
            <div class="actions">
                <button type="submit" class="button" aria-disabled={busy.then_some("true")}>{ t.jlc.verify }</button>
                <button type="button" class="button button-secondary" onclick={on_resend}
                    aria-disabled={(resend_wait > 0).then_some("true")}>
                    { if resend_wait > 0 { (t.jlc.resend_in)(resend_wait) } else { t.jlc.resend.to_owned() } }
                </button>
            </div>
        </form>
    }
}

fn message(error: &ApiError, t: &Texts) -> String {
    match error {
        ApiError::Offline => t.jlc.offline.to_owned(),
        ApiError::Rejected {
            status: 401,
            tries_left,
            ..
        } => (t.jlc.invalid_code)(*tries_left),
        ApiError::Throttled { retry_after, .. } => {
            (t.jlc.throttled)(retry_after.unwrap_or(60).into())
        }
        _ => t.jlc.server_error.to_owned(),
    }
}
