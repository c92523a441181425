//! A forgotten password (`/jlc/lupa-sandi`): the account's email, then the code sent there
//! with a new password; every session of the member ends. The page says the same whether or
//! not the address is a member's.

use jne_core::jlc::ChallengeSent;
use yew::prelude::*;

use super::one_time_code::{CodeForm, Confirm};
use crate::api::{self, ApiError};
use crate::components::email_field::{check_email, EmailField};
use crate::components::error_summary::ErrorEntry;
use crate::components::form_frame::FormFrame;
use crate::hooks::use_submit::{use_submit, Channel};
use crate::hooks::{use_locale::use_locale, use_title::use_title};
use crate::route::Route;
use crate::router::*;

const EMAIL_ID: &str = "reset-email";

#[derive(Clone, PartialEq)]
enum Step {
    Email { notice: Option<&'static str> },
    Code(ChallengeSent),
    Done,
}

#[function_component(ResetPage)]
pub fn reset_page() -> Html {
    let locale = use_locale();
    let (t, lang) = (locale.texts(), locale.lang);
    use_title(t.account.reset_title);
    let step = use_state(|| Step::Email { notice: None });
    let email = use_state(String::new);
    let problem = use_state(|| None::<String>);
    // The next step sends a new password: refused outside a secure context from the start.
    let submit = use_submit(Channel::SecureOnly);

    let onsubmit = {
        let (step, email, problem, submit) =
            (step.clone(), email.clone(), problem.clone(), submit.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let found = if email.trim().is_empty() {
                Some(t.account.need_email.to_owned())
            } else if let Err(error) = check_email(&email) {
                Some(error.message(lang))
            } else {
                submit.channel_problem(t)
            };
            let ready = found.is_none();
            problem.set(found);
            if !ready {
                return;
            }
            let (step, problem) = (step.clone(), problem.clone());
            submit.send(
                api::jlc::reset(email.trim().to_owned()),
                move |answer| match answer {
                    Ok(sent) => step.set(Step::Code(sent)),
                    Err(ApiError::Throttled { .. }) => {}
                    Err(ApiError::Offline) => problem.set(Some(t.jlc.offline.to_owned())),
                    Err(_) => problem.set(Some(t.jlc.server_error.to_owned())),
                },
            );
        })
    };

    let body = match &*step {
        Step::Done => html! {
            <>
                <p class="notice" role="status">{ t.account.reset_done }</p>
                <p><Link<Route> to={Route::Jlc} classes="button">{ t.jlc.sign_in }</Link<Route>></p>
            </>
        },
        Step::Code(sent) => {
            let on_done = {
                let step = step.clone();
                Callback::from(move |_| step.set(Step::Done))
            };
            let on_ended = {
                let step = step.clone();
                Callback::from(move |()| {
                    step.set(Step::Email {
                        notice: Some(t.account.reset_ended),
                    })
                })
            };
            html! {
                <CodeForm sent={sent.clone()} confirm={Confirm::Reset}
                    title={t.account.reset_code_title} {on_done} {on_ended} />
            }
        }
        Step::Email { notice } => {
            let errors = ErrorEntry::of_fields(&[(EMAIL_ID, &problem)]);
            let on_input = {
                let email = email.clone();
                Callback::from(move |text: String| email.set(text))
            };
            html! {
                <FormFrame {onsubmit} {submit} {errors} action={t.account.send_code}
                    notice={notice.map(AttrValue::Static)}>
                    <EmailField id={EMAIL_ID} label={t.account.email_label} value={(*email).clone()}
                        {on_input} error={(*problem).clone()} />
                </FormFrame>
            }
        }
    };
    html! {
        <section aria-labelledby="page-title" class="narrow">
            <h1 id="page-title">{ t.account.reset_title }</h1>
            if matches!(*step, Step::Email { .. }) { <p class="lead">{ t.account.reset_intro }</p> }
            { body }
            <p class="account-links">
                <Link<Route> to={Route::Jlc}>{ t.account.have_account }</Link<Route>>
            </p>
        </section>
    }
}
