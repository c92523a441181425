//! Adding a passkey: a button opens the form (one red action per page), then its name and the
//! password asked again, then the browser's own dialog.
//! A refused name or password, or a dialog closed, keeps the name typed (never the password).

use jne_core::api::ErrorCode;
use jne_core::jlc::passkey::{check_passkey_name, PasskeyList, PasskeyNameError};
use yew::prelude::*;

use crate::api::webauthn::Refusal;
use crate::api::{passkeys, ApiError, Code};
use crate::components::error_summary::ErrorEntry;
use crate::components::focus::focus_by_id;
use crate::components::form_frame::FormFrame;
use crate::components::text_field::TextField;
use crate::hooks::use_locale::use_locale;
use crate::hooks::use_submit::{use_submit, Channel};
use crate::i18n::passkeys::passkeys_texts;

const NAME_ID: &str = "passkey-name";
const PASSWORD_ID: &str = "passkey-password";

#[derive(Properties, PartialEq)]
pub struct PasskeyAddProps {
    /// The list with the new passkey in it.
    pub on_added: Callback<PasskeyList>,
}

#[derive(Clone, PartialEq, Default)]
struct Problems {
    name: Option<String>,
    password: Option<String>,
    /// The browser's dialog or the server, not one field.
    form: Option<String>,
}

#[function_component(PasskeyAdd)]
pub fn passkey_add(props: &PasskeyAddProps) -> Html {
    let locale = use_locale();
    let (t, lang) = (locale.texts(), locale.lang);
    let p = passkeys_texts(lang);
    let open = use_state(|| false);
    let name = use_state(String::new);
    let password = use_state(String::new);
    let problems = use_state(Problems::default);
    let submit = use_submit(Channel::SecureOnly);
    let onsubmit = {
        let (name, password, problems, submit) = (
            name.clone(),
            password.clone(),
            problems.clone(),
            submit.clone(),
        );
        let (on_added, open) = (props.on_added.clone(), open.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let checked = check_passkey_name(&name);
            let found = Problems {
                name: checked.as_ref().err().map(|e| e.message(lang)),
                password: password.is_empty().then(|| t.jlc.need_password.to_owned()),
                form: submit.channel_problem(t),
            };
            let (Ok(checked), true) = (checked, found == Problems::default()) else {
                problems.set(found);
                return;
            };
            problems.set(Problems::default());
            let (name, password, problems, on_added, open) = (
                name.clone(),
                password.clone(),
                problems.clone(),
                on_added.clone(),
                open.clone(),
            );
            submit.send(passkeys::add((*password).clone(), checked), move |answer| {
                password.set(String::new());
                let found = match answer {
                    Ok(Ok(list)) => {
                        name.set(String::new());
                        open.set(false);
                        return on_added.emit(list);
                    }
                    Err(ApiError::Throttled { .. }) => return,
                    Ok(Err(refusal)) => Problems {
                        form: Some(browser_refusal(refusal, lang).to_owned()),
                        ..Problems::default()
                    },
                    Err(error) if error.is(ErrorCode::WrongPassword) => Problems {
                        password: Some(t.account.wrong_password.to_owned()),
                        ..Problems::default()
                    },
                    Err(ApiError::Rejected {
                        code: Code::Rule(code),
                        ..
                    }) if PasskeyNameError::parse(&code).is_some() => Problems {
                        name: PasskeyNameError::parse(&code).map(|e| e.message(lang)),
                        ..Problems::default()
                    },
                    Err(ApiError::Offline) => Problems {
                        form: Some(t.jlc.offline.to_owned()),
                        ..Problems::default()
                    },
                    Err(_) => Problems {
                        form: Some(p.failed.to_owned()),
                        ..Problems::default()
                    },
                };
                problems.set(found);
            });
        })
    };
    let errors = ErrorEntry::of_fields(&[
        (NAME_ID, &problems.name),
        (PASSWORD_ID, &problems.password),
        (NAME_ID, &problems.form),
    ]);
    let on_name = {
        let name = name.clone();
        Callback::from(move |text: String| name.set(text))
    };
    let on_password = {
        let password = password.clone();
        Callback::from(move |text: String| password.set(text))
    };
    let set_open = |to: bool| {
        let open = open.clone();
        Callback::from(move |_| {
            open.set(to);
            if to {
                gloo_timers::callback::Timeout::new(0, || focus_by_id(NAME_ID)).forget();
            }
        })
    };
    if !*open {
        return html! {
            <p><button type="button" class="button button-secondary" onclick={set_open(true)}>
                { p.add_title }
            </button></p>
        };
    }
    let cancel = html! {
        <button type="button" class="button button-secondary" onclick={set_open(false)}>
            { t.account.cancel }
        </button>
    };
    html! {
        <>
        <h3 id="passkey-add-title">{ p.add_title }</h3>
        <FormFrame {onsubmit} {submit} {errors} action={p.add} intro={p.add_intro} secondary={cancel}>
            <TextField id={NAME_ID} label={p.name_label} hint={p.name_hint} value={(*name).clone()}
                on_input={on_name} error={problems.name.clone()} autocomplete="off" />
            <TextField id={PASSWORD_ID} label={p.password_label}
                value={(*password).clone()} input_type="password" on_input={on_password}
                error={problems.password.clone()} autocomplete="current-password" />
        </FormFrame>
        </>
    }
}

/// What to say when the browser made no passkey.
fn browser_refusal(refusal: Refusal, lang: jne_core::lang::Lang) -> &'static str {
    let p = passkeys_texts(lang);
    match refusal {
        Refusal::Cancelled => p.add_cancelled,
        Refusal::AlreadyThere => p.already_there,
        Refusal::Failed => p.failed,
    }
}
