//! Signing in with a passkey, offered first where the browser can: a button that opens the
//! browser's dialog, and, where the browser offers passkeys in a field's autofill, a request
//! waiting there (conditional UI) from the moment the page opens. Either way no code is asked.

use jne_core::api::ErrorCode;
use yew::prelude::*;

use crate::api::passkeys::{self, Outcome};
use crate::api::webauthn::{Autofill, Refusal};
use crate::api::ApiError;
use crate::components::focus::focus_by_id;
use crate::hooks::use_locale::use_locale;
use crate::hooks::use_submit::{use_submit, Channel};
use crate::i18n::passkeys::passkeys_texts;
use jne_core::jlc::MemberAnswer;

const PROBLEM_ID: &str = "passkey-sign-in-problem";

#[derive(Properties, PartialEq)]
pub struct PasskeySignInProps {
    pub on_done: Callback<()>,
}

#[function_component(PasskeySignIn)]
pub fn passkey_sign_in(props: &PasskeySignInProps) -> Html {
    let locale = use_locale();
    let (t, p) = (locale.texts(), passkeys_texts(locale.lang));
    let problem = use_state(|| None::<&'static str>);
    let autofill = use_mut_ref(|| None::<Autofill>);
    let submit = use_submit(Channel::SecureOnly);
    let outcome = {
        let (problem, on_done) = (problem.clone(), props.on_done.clone());
        move |answer: Outcome<MemberAnswer>, quiet: bool| {
            let message = match answer {
                Ok(Ok(_)) => return on_done.emit(()),
                // A request in the autofill ends when the page ends it: nothing to say.
                Ok(Err(Refusal::Cancelled)) if quiet => return,
                Ok(Err(Refusal::Cancelled)) => p.cancelled,
                Ok(Err(_)) => p.failed,
                Err(ApiError::Throttled { .. }) => return,
                Err(error) if error.is(ErrorCode::InvalidCredentials) => p.refused,
                Err(ApiError::Offline) => t.jlc.offline,
                Err(_) => t.jlc.server_error,
            };
            problem.set(Some(message));
            focus_by_id(PROBLEM_ID);
        }
    };
    {
        let (autofill, outcome) = (autofill.clone(), outcome.clone());
        use_effect_with((), move |_| {
            let waiting_slot = autofill.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if !crate::api::webauthn::autofill_available().await {
                    return;
                }
                let Some(waiting) = Autofill::new() else {
                    return;
                };
                *waiting_slot.borrow_mut() = Some(waiting.clone());
                outcome(passkeys::sign_in(Some(&waiting)).await, true);
            });
            // Leaving the page ends the request waiting in the autofill.
            move || {
                if let Some(waiting) = autofill.borrow_mut().take() {
                    waiting.end();
                }
            }
        });
    }
    let onclick = {
        let (autofill, submit, problem) = (autofill.clone(), submit.clone(), problem.clone());
        Callback::from(move |_| {
            // One request at a time: the one in the autofill gives way to the dialog.
            if let Some(waiting) = autofill.borrow_mut().take() {
                waiting.end();
            }
            problem.set(None);
            let outcome = outcome.clone();
            submit.send(passkeys::sign_in(None), move |answer| {
                outcome(answer, false)
            });
        })
    };
    html! {
        <div class="passkey-sign-in">
            if let Some(problem) = *problem {
                <p id={PROBLEM_ID} class="notice notice-error" role="alert" tabindex="-1">{ problem }</p>
            }
            if submit.wait > 0 {
                <p class="notice notice-error" role="status">{ (t.lockout.throttled)(submit.wait) }</p>
            }
            <p class="hint" id="passkey-sign-in-hint">{ p.sign_in_hint }</p>
            <p>
                <button type="button" class="button button-secondary" aria-describedby="passkey-sign-in-hint"
                    aria-disabled={submit.blocked().then_some("true")} {onclick}>
                    { p.sign_in }
                </button>
            </p>
            <p class="passkey-or">{ p.or_password }</p>
        </div>
    }
}
