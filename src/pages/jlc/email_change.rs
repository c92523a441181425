//! A signed-in member's change of address (ASVS 3.7.1, 2.2.3): the password asked again (sent
//! only from a secure context, as at sign-in) and the new address, then the code sent there;
//! the old address is told by the server.

use jne_core::api::ErrorCode;
use jne_core::jlc::{ChallengeSent, Member};
use yew::prelude::*;

use super::one_time_code::{CodeForm, Confirm};
use crate::api::{self, ApiError};
use crate::components::email_field::{check_email, EmailField};
use crate::components::error_summary::ErrorEntry;
use crate::components::form_frame::FormFrame;
use crate::components::text_field::TextField;
use crate::hooks::use_locale::use_locale;
use crate::hooks::use_submit::{use_submit, Channel};

const PASSWORD_ID: &str = "change-password";
const EMAIL_ID: &str = "change-email";

#[derive(Properties, PartialEq)]
pub struct EmailChangeProps {
    /// The member with the new address, once it is confirmed.
    pub on_member: Callback<Member>,
}

#[derive(Clone, PartialEq)]
enum Step {
    Closed { notice: Option<&'static str> },
    Form,
    Code(ChallengeSent),
}

#[derive(Clone, PartialEq, Default)]
struct Problems {
    password: Option<String>,
    email: Option<String>,
    /// Not about one field: the channel.
    form: Option<String>,
}

#[function_component(EmailChange)]
pub fn email_change(props: &EmailChangeProps) -> Html {
    let locale = use_locale();
    let (t, lang) = (locale.texts(), locale.lang);
    let step = use_state(|| Step::Closed { notice: None });
    let password = use_state(String::new);
    let email = use_state(String::new);
    let problems = use_state(Problems::default);
    let submit = use_submit(Channel::SecureOnly);
    let open = |next: Step| {
        let step = step.clone();
        Callback::from(move |_| step.set(next.clone()))
    };

    let onsubmit = {
        let (step, password, email, problems, submit) = (
            step.clone(),
            password.clone(),
            email.clone(),
            problems.clone(),
            submit.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let found = Problems {
                password: password.is_empty().then(|| t.jlc.need_password.to_owned()),
                email: if email.trim().is_empty() {
                    Some(t.account.need_email.to_owned())
                } else {
                    check_email(&email).err().map(|e| e.message(lang))
                },
                form: submit.channel_problem(t),
            };
            let ready = found == Problems::default();
            problems.set(found);
            if !ready {
                return;
            }
            let (step, password, problems) = (step.clone(), password.clone(), problems.clone());
            let call = api::jlc::change_email((*password).clone(), email.trim().to_owned());
            submit.send(call, move |answer| {
                password.set(String::new());
                match answer {
                    Ok(sent) => step.set(Step::Code(sent)),
                    Err(ApiError::Throttled { .. }) => {}
                    Err(error) => problems.set(refusal(&error, lang)),
                }
            });
        })
    };

    let body = match &*step {
        Step::Closed { notice } => html! {
            <>
                if let Some(notice) = notice { <p class="notice" role="status">{ *notice }</p> }
                <button type="button" class="button button-secondary no-print" onclick={open(Step::Form)}>
                    { t.account.change_email_title }
                </button>
            </>
        },
        Step::Code(sent) => {
            let on_done = {
                let (step, on_member) = (step.clone(), props.on_member.clone());
                Callback::from(move |member: Option<Member>| {
                    step.set(Step::Closed {
                        notice: Some(t.account.email_changed),
                    });
                    if let Some(member) = member {
                        on_member.emit(member);
                    }
                })
            };
            let on_ended = {
                let step = step.clone();
                Callback::from(move |()| {
                    step.set(Step::Closed {
                        notice: Some(t.account.email_change_ended),
                    })
                })
            };
            html! {
                <CodeForm sent={sent.clone()} confirm={Confirm::EmailChange}
                    title={t.account.email_code_title} {on_done} {on_ended} />
            }
        }
        Step::Form => {
            let errors = ErrorEntry::of_fields(&[
                (PASSWORD_ID, &problems.password),
                (EMAIL_ID, &problems.email),
                (PASSWORD_ID, &problems.form),
            ]);
            let cancel = html! {
                <button type="button" class="button button-secondary"
                    onclick={open(Step::Closed { notice: None })}>
                    { t.account.cancel }
                </button>
            };
            let on_password = {
                let password = password.clone();
                Callback::from(move |text: String| password.set(text))
            };
            let on_email = {
                let email = email.clone();
                Callback::from(move |text: String| email.set(text))
            };
            html! {
                <FormFrame {onsubmit} {submit} {errors} action={t.account.change_email_button}
                    intro={t.account.change_email_intro} secondary={cancel}>
                    <TextField id={PASSWORD_ID} label={t.account.current_password_label}
                        value={(*password).clone()} input_type="password" on_input={on_password}
                        error={problems.password.clone()} autocomplete="current-password" />
                    <EmailField id={EMAIL_ID} label={t.account.new_email_label} value={(*email).clone()}
                        on_input={on_email} error={problems.email.clone()} />
                </FormFrame>
            }
        }
    };
    html! {
        <section aria-labelledby="change-email-title">
            <h2 id="change-email-title">{ t.account.change_email_title }</h2>
            { body }
        </section>
    }
}

/// The server's refusal, on the field it is about.
fn refusal(error: &ApiError, lang: jne_core::lang::Lang) -> Problems {
    let t = crate::i18n::texts(lang);
    let (password, email) = match error {
        error if error.is(ErrorCode::WrongPassword) => (Some(t.account.wrong_password), None),
        error if error.is(ErrorCode::EmailSame) => (None, Some(t.account.email_same)),
        ApiError::Offline => (Some(t.jlc.offline), None),
        _ => (Some(t.jlc.server_error), None),
    };
    Problems {
        password: password.map(str::to_owned),
        email: email.map(str::to_owned),
        form: None,
    }
}
