//! The right to correct: the member's name and mobile number, with the password asked again
//! (sent only from a secure context); the rules of sign-up, here and on the server; the
//! registered address is told by the server. Nothing typed is lost on a refusal.

use jne_core::api::ErrorCode;
use jne_core::jlc::account::{check_name, normalize_mobile, AccountError};
use jne_core::jlc::rights::ProfileCorrection;
use jne_core::jlc::Member;
use yew::prelude::*;

use crate::api::{self, ApiError, Code};
use crate::components::error_summary::ErrorEntry;
use crate::components::focus::focus_by_id;
use crate::components::form_frame::FormFrame;
use crate::components::text_field::TextField;
use crate::hooks::use_locale::use_locale;
use crate::hooks::use_submit::{use_submit, Channel};
use crate::i18n::rights::rights_texts;

const NAME_ID: &str = "correct-name";
const MOBILE_ID: &str = "correct-mobile";
const PASSWORD_ID: &str = "correct-password";
const DONE_ID: &str = "correct-done";

#[derive(Properties, PartialEq)]
pub struct CorrectionProps {
    pub member: Box<Member>,
    pub on_member: Callback<Member>,
}

#[derive(Clone, PartialEq, Default)]
struct Problems {
    name: Option<String>,
    mobile: Option<String>,
    password: Option<String>,
}

#[function_component(Correction)]
pub fn correction(props: &CorrectionProps) -> Html {
    let locale = use_locale();
    let (t, lang) = (locale.texts(), locale.lang);
    let r = rights_texts(lang);
    let open = use_state(|| false);
    let done = use_state(|| false);
    let name = use_state(|| props.member.name.clone());
    let mobile = use_state(String::new);
    let password = use_state(String::new);
    let problems = use_state(Problems::default);
    let submit = use_submit(Channel::SecureOnly);
    use_effect_with((*open, *done), |(open, done)| match (open, done) {
        (true, _) => focus_by_id(NAME_ID),
        (false, true) => focus_by_id(DONE_ID),
        _ => {}
    });

    let onsubmit = {
        let (name, mobile, password, problems, submit) = (
            name.clone(),
            mobile.clone(),
            password.clone(),
            problems.clone(),
            submit.clone(),
        );
        let (open, done, on_member) = (open.clone(), done.clone(), props.on_member.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let found = Problems {
                name: check_name(&name).err().map(|e| e.message(lang)),
                mobile: normalize_mobile(&mobile).err().map(|e| e.message(lang)),
                password: if password.is_empty() {
                    Some(t.jlc.need_password.to_owned())
                } else {
                    submit.channel_problem(t)
                },
            };
            let ready = found == Problems::default();
            problems.set(found);
            if !ready {
                return;
            }
            let request = ProfileCorrection {
                password: (*password).clone(),
                name: (*name).clone(),
                mobile: (*mobile).clone(),
            };
            let (password, problems) = (password.clone(), problems.clone());
            let (open, done, on_member) = (open.clone(), done.clone(), on_member.clone());
            submit.send(api::jlc::correct_profile(request), move |answer| {
                password.set(String::new());
                match answer {
                    Ok(answer) => {
                        on_member.emit(answer.member);
                        open.set(false);
                        done.set(true);
                    }
                    Err(ApiError::Throttled { .. }) => {}
                    Err(error) => problems.set(refusal(&error, lang)),
                }
            });
        })
    };

    let body = if *open {
        let errors = ErrorEntry::of_fields(&[
            (NAME_ID, &problems.name),
            (MOBILE_ID, &problems.mobile),
            (PASSWORD_ID, &problems.password),
        ]);
        let input = |state: &UseStateHandle<String>| {
            let state = state.clone();
            Callback::from(move |text: String| state.set(text))
        };
        let cancel = {
            let open = open.clone();
            html! {
                <button type="button" class="button button-secondary" onclick={move |_| open.set(false)}>
                    { t.account.cancel }
                </button>
            }
        };
        html! {
            <FormFrame {onsubmit} {submit} {errors} action={r.correct_button}
                intro={r.correct_intro} secondary={cancel}>
                <TextField id={NAME_ID} label={t.account.name_label} value={(*name).clone()}
                    on_input={input(&name)} error={problems.name.clone()} autocomplete="name" />
                <TextField id={MOBILE_ID} label={t.account.mobile_label} hint={t.account.mobile_hint}
                    value={(*mobile).clone()} on_input={input(&mobile)} error={problems.mobile.clone()}
                    input_type="tel" autocomplete="tel" inputmode="tel" />
                <TextField id={PASSWORD_ID} label={t.account.current_password_label}
                    value={(*password).clone()} input_type="password" on_input={input(&password)}
                    error={problems.password.clone()} autocomplete="current-password" />
            </FormFrame>
        }
    } else {
        let onclick = {
            let (open, done) = (open.clone(), done.clone());
            Callback::from(move |_: MouseEvent| {
                done.set(false);
                open.set(true);
            })
        };
        html! {
            <>
                if *done { <p id={DONE_ID} tabindex="-1" class="notice" role="status">{ r.corrected }</p> }
                <button type="button" class="button button-secondary no-print" {onclick}>{ r.correct_open }</button>
            </>
        }
    };
    html! {
        <section aria-labelledby="correct-title">
            <h2 id="correct-title">{ r.correct_title }</h2>
            { body }
        </section>
    }
}

/// The server's refusal, on the field it is about.
fn refusal(error: &ApiError, lang: jne_core::lang::Lang) -> Problems {
    let t = crate::i18n::texts(lang);
    let mut problems = Problems::default();
    match error {
        ApiError::Rejected {
            code: Code::Rule(rule),
            ..
        } => match AccountError::from_code(rule) {
            Some(rule) if rule.field() == "name" => problems.name = Some(rule.message(lang)),
            Some(rule) if rule.field() == "mobile" => problems.mobile = Some(rule.message(lang)),
            _ => problems.password = Some(t.jlc.server_error.to_owned()),
        },
        error if error.is(ErrorCode::WrongPassword) => {
            problems.password = Some(t.account.wrong_password.to_owned())
        }
        ApiError::Offline => problems.password = Some(t.jlc.offline.to_owned()),
        _ => problems.password = Some(t.jlc.server_error.to_owned()),
    }
    problems
}
