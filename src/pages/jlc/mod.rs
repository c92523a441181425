//! JLC sign-in (`/jlc`): layer one is the password over an encrypted channel, layer two a
//! one-time code sent to the member's email. A signed-in visitor goes to the member page.
//! Around it: sign-up (`/jlc/daftar`), a forgotten password (`/jlc/lupa-sandi`) and, on the
//! member page, a change of address.

mod close_account;
mod consents;
mod correction;
pub mod data_page;
mod email_change;
mod held_data;
pub mod member;
mod my_data;
mod one_time_code;
mod passkey_add;
mod passkey_sign_in;
mod passkeys;
mod policy_acks;
pub mod reset;
mod sessions;
mod sign_in;
pub mod sign_up;
mod signed_in;

use crate::router::*;
use jne_core::jlc::ChallengeSent;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use self::one_time_code::{CodeForm, Confirm};
use self::passkey_sign_in::PasskeySignIn;
use self::sign_in::SignInForm;
use crate::hooks::{use_locale::use_locale, use_title::use_title};
use crate::route::Route;

/// Where the visitor is in signing in.
#[derive(Clone, PartialEq)]
enum Step {
    /// Layer one; `notice` says why they are back here, if they are.
    Password { notice: Option<&'static str> },
    /// Layer two: the code went to `email_hint`.
    Code(ChallengeSent),
}

#[function_component(JlcPage)]
pub fn jlc_page() -> Html {
    let t = use_locale().texts();
    use_title(t.jlc_title);
    let step = use_state(|| Step::Password { notice: None });
    let identifier = use_state(String::new);
    let navigator = use_navigator();
    use_signed_in_goes_to_account(navigator.clone());

    let on_challenge = {
        let step = step.clone();
        Callback::from(move |sent: ChallengeSent| step.set(Step::Code(sent)))
    };
    let on_ended = {
        let step = step.clone();
        Callback::from(move |()| {
            step.set(Step::Password {
                notice: Some(t.jlc.challenge_ended),
            })
        })
    };
    let on_back = {
        let step = step.clone();
        Callback::from(move |()| step.set(Step::Password { notice: None }))
    };
    let on_done = Callback::from(move |_| {
        if let Some(navigator) = &navigator {
            navigator.push(&Route::JlcAccount);
        }
    });
    let on_identifier = {
        let identifier = identifier.clone();
        Callback::from(move |text: String| identifier.set(text))
    };
    html! {
        <section aria-labelledby="page-title" class="narrow">
            <h1 id="page-title">{ t.jlc_title }</h1>
            <p class="lead">{ t.jlc_intro }</p>
            <p class="note">{ t.jlc.layers_note }</p>
            {
                match &*step {
                    Step::Password { notice } => html! {
                        <>
                            if crate::api::webauthn::supported() {
                                <PasskeySignIn on_done={on_done.reform(|()| None)} />
                            }
                            <SignInForm identifier={(*identifier).clone()} {on_identifier}
                                notice={*notice} {on_challenge} />
                            <p class="account-links">
                                <Link<Route> to={Route::JlcReset}>{ t.account.forgot_link }</Link<Route>>
                                <span>
                                    { t.account.no_account }{ " " }
                                    <Link<Route> to={Route::JlcSignUp}>{ t.account.sign_up_link }</Link<Route>>
                                </span>
                            </p>
                        </>
                    },
                    Step::Code(sent) => html! {
                        <CodeForm sent={sent.clone()} confirm={Confirm::Session}
                            title={t.jlc.code_title} {on_done} {on_ended} on_back={Some(on_back.clone())} />
                    },
                }
            }
        </section>
    }
}

/// A visitor who is already signed in has nothing to do on the sign-in pages: they go to the
/// member page. The probe answers 200 either way, so nobody else sees an error for it.
#[hook]
fn use_signed_in_goes_to_account(navigator: Option<Navigator>) {
    use_effect_with((), move |_| {
        spawn_local(async move {
            if let Ok(answer) = crate::api::jlc::session().await {
                if let (Some(_), Some(navigator)) = (answer.member, navigator) {
                    navigator.replace(&Route::JlcAccount);
                }
            }
        });
    });
}
