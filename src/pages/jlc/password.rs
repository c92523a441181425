//! Layer one: JLC number or email, and password. The password is sent only over a secure
//! context (HTTPS, or this machine); elsewhere the form refuses and says why.

use jne_core::jlc::ChallengeSent;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::api::{self, ApiError};
use crate::components::email_field::{check_email, EmailSuggestion};
use crate::components::error_summary::{ErrorEntry, ErrorSummary};
use crate::components::text_field::TextField;
use crate::hooks::use_countdown::{deadline_in, use_countdown};
use crate::hooks::use_locale::use_locale;

const IDENTIFIER_ID: &str = "jlc-identifier";
const PASSWORD_ID: &str = "jlc-password";

#[derive(Properties, PartialEq)]
pub struct PasswordFormProps {
    /// Kept by the page, so it survives a trip to the code step and back.
    pub identifier: AttrValue,
    pub on_identifier: Callback<String>,
    pub notice: Option<&'static str>,
    pub on_challenge: Callback<ChallengeSent>,
}

#[derive(Clone, PartialEq, Default)]
struct Problems {
    identifier: Option<String>,
    password: Option<String>,
    /// Not about one field: wrong credentials, the server, the channel.
    form: Option<String>,
}

#[function_component(PasswordForm)]
pub fn password_form(props: &PasswordFormProps) -> Html {
    let locale = use_locale();
    let (t, lang) = (locale.texts(), locale.lang);
    let password = use_state(String::new);
    // Set when the identifier field was left: an address is checked then, not while typing.
    let left_identifier = use_state(|| false);
    let visible = use_state(|| false);
    let problems = use_state(Problems::default);
    let busy = use_state(|| false);
    let throttled_until = use_state(|| None::<f64>);
    let wait = use_countdown(*throttled_until);
    let secure = web_sys::window().is_some_and(|w| w.is_secure_context());

    let onsubmit = {
        let (password, problems, busy, throttled_until) = (
            password.clone(),
            problems.clone(),
            busy.clone(),
            throttled_until.clone(),
        );
        let (identifier, on_challenge) = (props.identifier.to_string(), props.on_challenge.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let mut found = Problems {
                identifier: identifier_problem(&identifier, lang),
                ..Problems::default()
            };
            if password.is_empty() {
                found.password = Some(t.jlc.need_password.to_owned());
            }
            if !secure {
                found.form = Some(t.jlc.insecure.to_owned());
            }
            let ready = found == Problems::default();
            problems.set(found);
            if !ready || *busy || wait > 0 {
                return;
            }
            busy.set(true);
            let (password, problems, busy, throttled_until, on_challenge) = (
                password.clone(),
                problems.clone(),
                busy.clone(),
                throttled_until.clone(),
                on_challenge.clone(),
            );
            let identifier = identifier.trim().to_owned();
            spawn_local(async move {
                let answer = api::jlc::login(identifier, (*password).clone()).await;
                busy.set(false);
                // The password is never kept after an attempt, whatever its outcome.
                password.set(String::new());
                match answer {
                    Ok(sent) => on_challenge.emit(sent),
                    Err(ApiError::Throttled { retry_after, .. }) => {
                        throttled_until.set(Some(deadline_in(retry_after.unwrap_or(60).into())));
                    }
                    Err(error) => problems.set(Problems {
                        form: Some(message(&error, t)),
                        ..Problems::default()
                    }),
                }
            });
        })
    };

    let errors = ErrorEntry::of_fields(&[
        (IDENTIFIER_ID, &problems.identifier),
        (PASSWORD_ID, &problems.password),
        (IDENTIFIER_ID, &problems.form),
    ]);
    let on_blur = {
        let (problems, left_identifier, identifier) = (
            problems.clone(),
            left_identifier.clone(),
            props.identifier.to_string(),
        );
        Callback::from(move |()| {
            left_identifier.set(true);
            if !identifier.trim().is_empty() {
                problems.set(Problems {
                    identifier: identifier_problem(&identifier, lang),
                    ..(*problems).clone()
                });
            }
        })
    };
    let on_accept = {
        let (problems, on_identifier) = (problems.clone(), props.on_identifier.clone());
        Callback::from(move |corrected: String| {
            problems.set(Problems {
                identifier: None,
                ..(*problems).clone()
            });
            on_identifier.emit(corrected);
        })
    };
    let toggle = {
        let visible = visible.clone();
        Callback::from(move |_| visible.set(!*visible))
    };
    let on_password = {
        let password = password.clone();
        Callback::from(move |text: String| password.set(text))
    };
    html! {
        <form class="stack-form" {onsubmit} novalidate=true>
            if let Some(notice) = props.notice { <p class="notice" role="status">{ notice }</p> }
            if !secure { <p class="notice notice-error" role="alert">{ t.jlc.insecure }</p> }
            <ErrorSummary title={t.track.error_summary_title} {errors} />
            if wait > 0 {
                <p class="notice notice-error" role="status">{ (t.jlc.throttled)(wait) }</p>
            }
            <TextField id={IDENTIFIER_ID} label={t.jlc.identifier_label} hint={t.jlc.identifier_hint}
                value={props.identifier.clone()} on_input={props.on_identifier.clone()} {on_blur}
                error={problems.identifier.clone()} autocomplete="username" spellcheck="false"
                autocapitalize="none">
                if *left_identifier && props.identifier.contains('@') {
                    <EmailSuggestion value={props.identifier.clone()} on_accept={on_accept} />
                }
            </TextField>
            <TextField id={PASSWORD_ID} label={t.jlc.password_label} value={(*password).clone()}
                input_type={if *visible { "text" } else { "password" }} on_input={on_password}
                error={problems.password.clone()} autocomplete="current-password" spellcheck="false"
                autocapitalize="none">
                <button type="button" class="button-link" aria-controls={PASSWORD_ID} onclick={toggle}>
                    { if *visible { t.jlc.hide_password } else { t.jlc.show_password } }
                </button>
            </TextField>
            <button type="submit" class="button" aria-disabled={(*busy || wait > 0).then_some("true")}>
                { t.jlc.sign_in }
            </button>
        </form>
    }
}

/// A JLC number is checked by the server; an address (anything with an @) is checked here
/// first, by the same rule the server applies.
fn identifier_problem(identifier: &str, lang: jne_core::lang::Lang) -> Option<String> {
    let t = crate::i18n::texts(lang);
    if identifier.trim().is_empty() {
        return Some(t.jlc.need_identifier.to_owned());
    }
    if identifier.contains('@') {
        return check_email(identifier)
            .err()
            .map(|error| error.message(lang));
    }
    None
}

fn message(error: &ApiError, t: &crate::i18n::Texts) -> String {
    match error {
        ApiError::Offline => t.jlc.offline.to_owned(),
        ApiError::Rejected { status: 401, .. } => t.jlc.invalid_credentials.to_owned(),
        _ => t.jlc.server_error.to_owned(),
    }
}
