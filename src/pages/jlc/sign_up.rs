//! Sign-up (`/jlc/daftar`): name, email, mobile number and a password (ASVS 2.1: 12 characters
//! or more, checked against common passwords by the server, strength shown); the account is
//! active once the code sent to the address comes back. Nothing typed is lost on an error.

use jne_core::jlc::account::{
    check_name, check_password_length, normalize_mobile, AccountError, SignUpRequest,
};
use jne_core::jlc::ChallengeSent;
use yew::prelude::*;

use super::one_time_code::{CodeForm, Confirm};
use crate::api::{self, ApiError, Code};
use crate::components::email_field::{check_email, EmailField};
use crate::components::error_summary::ErrorEntry;
use crate::components::form_frame::FormFrame;
use crate::components::new_password::NewPasswordField;
use crate::components::text_field::TextField;
use crate::hooks::use_submit::{use_submit, Channel};
use crate::hooks::{use_locale::use_locale, use_title::use_title};
use crate::route::Route;
use crate::router::*;

const NAME_ID: &str = "signup-name";
const EMAIL_ID: &str = "signup-email";
const MOBILE_ID: &str = "signup-mobile";
const PASSWORD_ID: &str = "signup-password";

#[derive(Clone, PartialEq, Default)]
struct Problems {
    name: Option<String>,
    email: Option<String>,
    mobile: Option<String>,
    password: Option<String>,
    form: Option<String>,
}

#[function_component(SignUpPage)]
pub fn sign_up_page() -> Html {
    let locale = use_locale();
    let (t, lang) = (locale.texts(), locale.lang);
    use_title(t.account.sign_up_title);
    let fields = use_state(|| SignUpRequest {
        name: String::new(),
        email: String::new(),
        mobile: String::new(),
        password: String::new(),
    });
    let problems = use_state(Problems::default);
    let sent = use_state(|| None::<ChallengeSent>);
    let notice = use_state(|| None::<&'static str>);
    let submit = use_submit(Channel::SecureOnly);
    let navigator = use_navigator();

    let onsubmit = {
        let (fields, problems, sent, submit) = (
            fields.clone(),
            problems.clone(),
            sent.clone(),
            submit.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let rule = |result: Result<(), AccountError>| result.err().map(|e| e.message(lang));
            let found = Problems {
                name: rule(check_name(&fields.name).map(|_| ())),
                email: if fields.email.trim().is_empty() {
                    Some(t.account.need_email.to_owned())
                } else {
                    check_email(&fields.email).err().map(|e| e.message(lang))
                },
                mobile: rule(normalize_mobile(&fields.mobile).map(|_| ())),
                password: rule(check_password_length(&fields.password)),
                form: submit.channel_problem(t),
            };
            let ready = found == Problems::default();
            problems.set(found);
            if !ready {
                return;
            }
            let (problems, sent) = (problems.clone(), sent.clone());
            submit.send(
                api::jlc::sign_up((*fields).clone()),
                move |answer| match answer {
                    Ok(challenge) => sent.set(Some(challenge)),
                    Err(ApiError::Throttled { .. }) => {}
                    Err(error) => problems.set(server_problem(&error, lang)),
                },
            );
        })
    };

    if let Some(challenge) = &*sent {
        let on_done = Callback::from(move |_| {
            if let Some(navigator) = &navigator {
                navigator.push(&Route::JlcAccount);
            }
        });
        let on_ended = {
            let (sent, notice) = (sent.clone(), notice.clone());
            Callback::from(move |()| {
                notice.set(Some(t.account.sign_up_ended));
                sent.set(None);
            })
        };
        return html! {
            <section aria-labelledby="page-title" class="narrow">
                <h1 id="page-title">{ t.account.sign_up_title }</h1>
                <CodeForm sent={challenge.clone()} confirm={Confirm::Session}
                    title={t.jlc.code_title} {on_done} {on_ended} />
            </section>
        };
    }

    let set = |change: fn(&mut SignUpRequest, String)| {
        let fields = fields.clone();
        Callback::from(move |text: String| {
            let mut next = (*fields).clone();
            change(&mut next, text);
            fields.set(next);
        })
    };
    let errors = ErrorEntry::of_fields(&[
        (NAME_ID, &problems.name),
        (EMAIL_ID, &problems.email),
        (MOBILE_ID, &problems.mobile),
        (PASSWORD_ID, &problems.password),
        (NAME_ID, &problems.form),
    ]);
    html! {
        <section aria-labelledby="page-title" class="narrow">
            <h1 id="page-title">{ t.account.sign_up_title }</h1>
            <p class="lead">{ t.account.sign_up_intro }</p>
            <FormFrame {onsubmit} {submit} {errors} action={t.account.create_account}
                notice={notice.map(AttrValue::Static)}>
                <TextField id={NAME_ID} label={t.account.name_label} value={fields.name.clone()}
                    on_input={set(|f, v| f.name = v)} error={problems.name.clone()}
                    autocomplete="name" />
                <EmailField id={EMAIL_ID} label={t.account.email_label} hint={t.account.email_hint}
                    value={fields.email.clone()} on_input={set(|f, v| f.email = v)}
                    error={problems.email.clone()} />
                <TextField id={MOBILE_ID} label={t.account.mobile_label} hint={t.account.mobile_hint}
                    value={fields.mobile.clone()} on_input={set(|f, v| f.mobile = v)}
                    error={problems.mobile.clone()} input_type="tel" autocomplete="tel"
                    inputmode="tel" />
                <NewPasswordField id={PASSWORD_ID} value={fields.password.clone()}
                    on_input={set(|f, v| f.password = v)} error={problems.password.clone()} />
            </FormFrame>
            <p class="account-links">
                <Link<Route> to={Route::Jlc}>{ t.account.have_account }</Link<Route>>
            </p>
        </section>
    }
}

/// The server's refusal, on the field it is about.
fn server_problem(error: &ApiError, lang: jne_core::lang::Lang) -> Problems {
    let t = crate::i18n::texts(lang);
    let ApiError::Rejected {
        code: Code::Rule(code),
        ..
    } = error
    else {
        let form = match error {
            ApiError::Offline => t.jlc.offline,
            _ => t.jlc.server_error,
        };
        return Problems {
            form: Some(form.to_owned()),
            ..Problems::default()
        };
    };
    match AccountError::from_code(code) {
        Some(rule) => {
            let message = Some(rule.message(lang));
            match rule.field() {
                "name" => Problems {
                    name: message,
                    ..Problems::default()
                },
                "mobile" => Problems {
                    mobile: message,
                    ..Problems::default()
                },
                _ => Problems {
                    password: message,
                    ..Problems::default()
                },
            }
        }
        // Not an account rule: the address broke the email rule on the server.
        None => Problems {
            email: Some(t.account.need_email.to_owned()),
            ..Problems::default()
        },
    }
}
