//! Closing the account: what is kept, why and until when, said before anything is asked; then
//! the password again (from a secure context only) and a code sent to the registered address.
//! At once every session ends; the member page says so, and a mail says it again.

use jne_core::api::ErrorCode;
use jne_core::jlc::{ChallengeSent, Member};
use jne_core::lang::format_datetime;
use yew::prelude::*;

use super::one_time_code::{CodeForm, Confirm};
use crate::api::{self, ApiError};
use crate::components::error_summary::ErrorEntry;
use crate::components::form_frame::FormFrame;
use crate::components::text_field::TextField;
use crate::hooks::use_locale::use_locale;
use crate::hooks::use_submit::{use_submit, Channel};
use crate::i18n::rights::rights_texts;

const PASSWORD_ID: &str = "close-password";

#[derive(Properties, PartialEq)]
pub struct CloseAccountProps {
    pub member: Box<Member>,
    /// The account is closed and signed out everywhere.
    pub on_closed: Callback<()>,
}

#[derive(Clone, PartialEq)]
enum Step {
    Explained { notice: Option<&'static str> },
    Password,
    Code(ChallengeSent),
}

#[function_component(CloseAccount)]
pub fn close_account(props: &CloseAccountProps) -> Html {
    let locale = use_locale();
    let (t, lang) = (locale.texts(), locale.lang);
    let r = rights_texts(lang);
    let step = use_state(|| Step::Explained { notice: None });
    let password = use_state(String::new);
    let problem = use_state(|| None::<String>);
    let submit = use_submit(Channel::SecureOnly);
    let go = |next: Step| {
        let step = step.clone();
        Callback::from(move |_| step.set(next.clone()))
    };

    let body = match &*step {
        Step::Explained { notice } => html! {
            <>
                if let Some(notice) = notice { <p class="notice" role="status">{ *notice }</p> }
                <button type="button" class="button button-secondary no-print" onclick={go(Step::Password)}>
                    { r.close_open }
                </button>
            </>
        },
        Step::Password => {
            let onsubmit = {
                let (step, password, problem, submit) = (
                    step.clone(),
                    password.clone(),
                    problem.clone(),
                    submit.clone(),
                );
                Callback::from(move |event: SubmitEvent| {
                    event.prevent_default();
                    let found = if password.is_empty() {
                        Some(t.jlc.need_password.to_owned())
                    } else {
                        submit.channel_problem(t)
                    };
                    problem.set(found.clone());
                    if found.is_some() {
                        return;
                    }
                    let (step, password, problem) =
                        (step.clone(), password.clone(), problem.clone());
                    submit.send(
                        api::jlc::close_account((*password).clone()),
                        move |answer| {
                            password.set(String::new());
                            match answer {
                                Ok(sent) => step.set(Step::Code(sent)),
                                Err(ApiError::Throttled { .. }) => {}
                                Err(error) if error.is(ErrorCode::WrongPassword) => {
                                    problem.set(Some(t.account.wrong_password.to_owned()))
                                }
                                Err(ApiError::Offline) => {
                                    problem.set(Some(t.jlc.offline.to_owned()))
                                }
                                Err(_) => problem.set(Some(t.jlc.server_error.to_owned())),
                            }
                        },
                    );
                })
            };
            let on_password = {
                let password = password.clone();
                Callback::from(move |text: String| password.set(text))
            };
            let cancel = html! {
                <button type="button" class="button button-secondary"
                    onclick={go(Step::Explained { notice: None })}>{ t.account.cancel }</button>
            };
            let errors = ErrorEntry::of_fields(&[(PASSWORD_ID, &problem)]);
            html! {
                <FormFrame {onsubmit} {submit} {errors} action={r.close_button} secondary={cancel}>
                    <TextField id={PASSWORD_ID} label={t.account.current_password_label}
                        value={(*password).clone()} input_type="password" on_input={on_password}
                        error={(*problem).clone()} autocomplete="current-password" />
                </FormFrame>
            }
        }
        Step::Code(sent) => {
            let on_closed = props.on_closed.clone();
            let on_done = Callback::from(move |_| on_closed.emit(()));
            let on_ended = {
                let step = step.clone();
                Callback::from(move |()| {
                    step.set(Step::Explained {
                        notice: Some(r.close_ended),
                    })
                })
            };
            html! {
                <CodeForm sent={sent.clone()} confirm={Confirm::Close}
                    title={r.close_code_title} {on_done} {on_ended} />
            }
        }
    };
    let date = format_datetime(&props.member.anonymised_if_closed_on, lang);
    html! {
        <section aria-labelledby="close-title" class="close-account">
            <h2 id="close-title">{ r.close_title }</h2>
            <p>{ (r.close_intro)(&date) }</p>
            { body }
        </section>
    }
}
