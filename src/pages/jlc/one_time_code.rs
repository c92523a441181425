//! A one-time code from an email, with its lifetime and a resend button that waits out its
//! cooldown: layer two of sign-in, and the confirmation of a sign-up, a password reset (with
//! the new password beside it), a new address and the closing of an account.

use jne_core::api::ErrorCode;
use jne_core::jlc::account::{AccountError, ResetCompleteRequest};
use jne_core::jlc::{is_code_well_formed, lockout, ChallengeSent, Member, CODE_LENGTH};
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::api::{self, ApiError, Code};
use crate::components::error_summary::ErrorEntry;
use crate::components::focus::focus_by_id;
use crate::components::form_frame::FormFrame;
use crate::components::new_password::NewPasswordField;
use crate::components::text_field::TextField;
use crate::hooks::use_countdown::{deadline_in, use_countdown};
use crate::hooks::use_locale::use_locale;
use crate::hooks::use_submit::{use_submit, Channel};
use crate::i18n::Texts;

const CODE_ID: &str = "jlc-code";
const NEW_PASSWORD_ID: &str = "jlc-new-password";

/// What the right code does.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Confirm {
    /// Starts a session: sign-in's layer two, or a sign-up's confirmation.
    Session,
    /// Sets the new password typed beside the code.
    Reset,
    /// Moves the signed-in member to the new address.
    EmailChange,
    /// Closes the signed-in member's account.
    Close,
}

#[derive(Properties, PartialEq)]
pub struct CodeFormProps {
    pub sent: ChallengeSent,
    pub confirm: Confirm,
    pub title: AttrValue,
    /// The code was right: the member as they are now (`None` after a reset).
    pub on_done: Callback<Option<Member>>,
    /// The challenge is over (expired, used, too many tries): the page starts again.
    pub on_ended: Callback<()>,
    /// Back to the form before, to change the account (offered under a lock); `on_ended` if
    /// not given.
    #[prop_or_default]
    pub on_back: Option<Callback<()>>,
}

/// The challenge as it stands: where the code went, and when it expires and may be sent again
/// (moments of the browser clock).
#[derive(Clone, PartialEq)]
struct Live {
    sent: ChallengeSent,
    expires: f64,
    resend_at: f64,
}

impl Live {
    fn new(sent: ChallengeSent) -> Live {
        Live {
            expires: deadline_in(sent.expires_in),
            resend_at: deadline_in(sent.resend_in),
            sent,
        }
    }
}

#[function_component(CodeForm)]
pub fn code_form(props: &CodeFormProps) -> Html {
    let locale = use_locale();
    let (t, lang) = (locale.texts(), locale.lang);
    let live = use_state(|| Live::new(props.sent.clone()));
    let new_password = use_state(String::new);
    let password_error = use_state(|| None::<String>);
    let code = use_state(String::new);
    let error = use_state(|| None::<String>);
    let status = use_state(|| None::<&'static str>);
    let submit = use_submit(Channel::Any);
    let valid_for = use_countdown(Some(live.expires));
    let resend_wait = use_countdown(Some(live.resend_at));
    // The account waits out a lock: no code lifetime or resend as if all were well.
    let locked = submit.wait > 0;
    // The step replaces the form before it: focus goes to its field, not to the page body.
    use_effect_with((), |_| focus_by_id(CODE_ID));

    let confirm = props.confirm;
    let onsubmit = {
        let (live, code, error, submit) =
            (live.clone(), code.clone(), error.clone(), submit.clone());
        let (new_password, password_error) = (new_password.clone(), password_error.clone());
        let (on_done, on_ended) = (props.on_done.clone(), props.on_ended.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let typed: String = code.chars().filter(|c| !c.is_whitespace()).collect();
            if valid_for == 0 {
                on_ended.emit(());
                return;
            }
            let password_problem = (confirm == Confirm::Reset)
                .then(|| jne_core::jlc::account::check_password_length(&new_password).err())
                .flatten()
                .map(|rule| rule.message(lang));
            password_error.set(password_problem.clone());
            let problem = if typed.is_empty() {
                Some(t.jlc.need_code)
            } else if !is_code_well_formed(&typed) {
                Some(t.jlc.code_format)
            } else {
                None
            };
            error.set(problem.map(str::to_owned));
            if problem.is_some() || password_problem.is_some() {
                return;
            }
            let call = confirmation(
                confirm,
                live.sent.challenge.clone(),
                typed,
                (*new_password).clone(),
            );
            let (error, password_error) = (error.clone(), password_error.clone());
            let (on_done, on_ended) = (on_done.clone(), on_ended.clone());
            submit.send(call, move |answer| match answer {
                Ok(member) => on_done.emit(member),
                Err(ended) if ended.is(ErrorCode::ChallengeEnded) => on_ended.emit(()),
                // A new password the server refused (reset only).
                Err(ApiError::Rejected {
                    code: Code::Rule(rule),
                    ..
                }) => password_error.set(Some(
                    AccountError::from_code(&rule)
                        .map_or_else(|| t.jlc.server_error.to_owned(), |rule| rule.message(lang)),
                )),
                Err(ApiError::Throttled { .. }) => {}
                Err(other) => error.set(Some(message(&other, t))),
            });
        })
    };
    let on_resend = {
        let (live, error, status) = (live.clone(), error.clone(), status.clone());
        let on_ended = props.on_ended.clone();
        Callback::from(move |_| {
            if resend_wait > 0 {
                return;
            }
            let (live, error, status) = (live.clone(), error.clone(), status.clone());
            let on_ended = on_ended.clone();
            spawn_local(async move {
                match api::jlc::resend(live.sent.challenge.clone()).await {
                    Ok(next) => {
                        live.set(Live::new(next));
                        error.set(None);
                        status.set(Some(t.jlc.resent));
                    }
                    Err(ended) if ended.is(ErrorCode::ChallengeEnded) => on_ended.emit(()),
                    Err(other) => match other.wait() {
                        Some(wait) => live.set(Live {
                            resend_at: deadline_in(wait),
                            ..(*live).clone()
                        }),
                        None => error.set(Some(message(&other, t))),
                    },
                }
            });
        })
    };
    let on_new_password = {
        let new_password = new_password.clone();
        Callback::from(move |text: String| new_password.set(text))
    };
    let on_code = {
        let code = code.clone();
        Callback::from(move |text: String| code.set(text))
    };
    let errors = ErrorEntry::of_fields(&[(CODE_ID, &error), (NEW_PASSWORD_ID, &password_error)]);
    let action = if confirm == Confirm::Reset {
        t.account.set_password
    } else {
        t.jlc.verify
    };
    let resend = if locked {
        let back = props
            .on_back
            .clone()
            .unwrap_or_else(|| props.on_ended.clone());
        html! {
            <button type="button" class="button button-secondary" onclick={move |_| back.emit(())}>
                { t.lockout.change_account }
            </button>
        }
    } else {
        html! {
            <button type="button" class="button button-secondary" onclick={on_resend}
                aria-disabled={(resend_wait > 0).then_some("true")}>
                { if resend_wait > 0 { (t.jlc.resend_in)(resend_wait) } else { t.jlc.resend.to_owned() } }
            </button>
        }
    };
    html! {
        <FormFrame {onsubmit} {submit} {errors} {action} title={props.title.clone()}
            secondary={resend}>
            <p>{ (t.jlc.code_sent)(&live.sent.email_hint) }</p>
            if let Some(message) = *status { <p class="notice" role="status">{ message }</p> }
            <TextField id={CODE_ID} label={t.jlc.code_label} hint={t.jlc.code_hint}
                value={(*code).clone()} on_input={on_code} error={(*error).clone()}
                inputmode="numeric" autocomplete="one-time-code" maxlength={CODE_LENGTH.to_string()}
                spellcheck="false" />
            if confirm == Confirm::Reset {
                <NewPasswordField id={NEW_PASSWORD_ID} value={(*new_password).clone()}
                    on_input={on_new_password} error={(*password_error).clone()} />
            }
            if !locked {
                <p class="countdown" aria-live="off">
                    { if valid_for > 0 { (t.jlc.code_valid_for)(valid_for) } else { t.jlc.code_expired.to_owned() } }
                </p>
            }
        </FormFrame>
    }
}

/// The request the right code makes; its answer is the member as they are now, if any.
async fn confirmation(
    confirm: Confirm,
    challenge: String,
    code: String,
    new_password: String,
) -> Result<Option<Member>, ApiError> {
    match confirm {
        Confirm::Session => api::jlc::verify(challenge, code)
            .await
            .map(|a| Some(a.member)),
        Confirm::EmailChange => api::jlc::confirm_email(challenge, code)
            .await
            .map(|a| Some(a.member)),
        Confirm::Close => api::jlc::confirm_close(challenge, code).await.map(|_| None),
        Confirm::Reset => api::jlc::reset_complete(ResetCompleteRequest {
            challenge,
            code,
            password: new_password,
        })
        .await
        .map(|()| None),
    }
}

fn message(error: &ApiError, t: &Texts) -> String {
    match error {
        ApiError::Offline => t.jlc.offline.to_owned(),
        ApiError::Rejected {
            code: Code::Api(ErrorCode::InvalidCode),
            tries_left,
            ..
        } => match tries_left {
            Some(left) if lockout::warn(*left) => {
                format!("{} {}", t.jlc.invalid_code, (t.lockout.warning)(*left))
            }
            Some(left) => format!("{} {}", t.jlc.invalid_code, (t.lockout.tries_left)(*left)),
            None => t.jlc.invalid_code.to_owned(),
        },
        _ => t.jlc.server_error.to_owned(),
    }
}
