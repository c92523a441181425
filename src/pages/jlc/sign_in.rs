//! Layer one: JLC number or email, and password. The password is sent only over a secure
//! context (HTTPS, or this machine); elsewhere the form refuses and says why.

use jne_core::api::ErrorCode;
use jne_core::jlc::{lockout, ChallengeSent, Identifier};
use yew::prelude::*;

use crate::api::{self, ApiError, Code};
use crate::components::email_field::{check_email, EmailSuggestion};
use crate::components::error_summary::ErrorEntry;
use crate::components::form_frame::FormFrame;
use crate::components::text_field::TextField;
use crate::hooks::use_locale::use_locale;
use crate::hooks::use_submit::{use_submit, Channel};

const IDENTIFIER_ID: &str = "jlc-identifier";
const PASSWORD_ID: &str = "jlc-password";

#[derive(Properties, PartialEq)]
pub struct SignInFormProps {
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

#[function_component(SignInForm)]
pub fn sign_in_form(props: &SignInFormProps) -> Html {
    let locale = use_locale();
    let (t, lang) = (locale.texts(), locale.lang);
    let password = use_state(String::new);
    // Set when the identifier field was left: an address is checked then, not while typing.
    let left_identifier = use_state(|| false);
    let visible = use_state(|| false);
    let problems = use_state(Problems::default);
    let submit = use_submit(Channel::SecureOnly);

    let onsubmit = {
        let (password, problems, submit) = (password.clone(), problems.clone(), submit.clone());
        let (identifier, on_challenge) = (props.identifier.to_string(), props.on_challenge.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let found = Problems {
                identifier: identifier_problem(&identifier, lang),
                password: password.is_empty().then(|| t.jlc.need_password.to_owned()),
                form: submit.channel_problem(t),
            };
            let ready = found == Problems::default();
            problems.set(found);
            if !ready {
                return;
            }
            let (password, problems, on_challenge) =
                (password.clone(), problems.clone(), on_challenge.clone());
            let call = api::jlc::login(identifier.trim().to_owned(), (*password).clone());
            submit.send(call, move |answer| {
                // The password is never kept after an attempt, whatever its outcome.
                password.set(String::new());
                match answer {
                    Ok(sent) => on_challenge.emit(sent),
                    Err(ApiError::Throttled { .. }) => {}
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
    // Where the browser can, the field's suggestions offer passkeys too (conditional UI).
    let autocomplete = if crate::api::webauthn::supported() {
        "username webauthn"
    } else {
        "username"
    };
    let is_email = matches!(Identifier::parse(&props.identifier), Identifier::Email(_));
    html! {
        <FormFrame {onsubmit} {submit} {errors} action={t.jlc.sign_in}
            notice={props.notice.map(AttrValue::Static)}>
            <TextField id={IDENTIFIER_ID} label={t.jlc.identifier_label} hint={t.jlc.identifier_hint}
                value={props.identifier.clone()} on_input={props.on_identifier.clone()} {on_blur}
                error={problems.identifier.clone()} autocomplete={autocomplete} spellcheck="false"
                autocapitalize="none">
                if *left_identifier && is_email {
                    <EmailSuggestion value={props.identifier.clone()} on_accept={on_accept}
                        field={IDENTIFIER_ID} />
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
        </FormFrame>
    }
}

/// A JLC number is checked by the server; an address is checked here first, by the same
/// rule the server applies.
fn identifier_problem(identifier: &str, lang: jne_core::lang::Lang) -> Option<String> {
    let t = crate::i18n::texts(lang);
    match Identifier::parse(identifier) {
        Identifier::Blank => Some(t.jlc.need_identifier.to_owned()),
        Identifier::Email(address) => check_email(address).err().map(|e| e.message(lang)),
        Identifier::JlcNumber(_) => None,
    }
}

fn message(error: &ApiError, t: &crate::i18n::Texts) -> String {
    match error {
        ApiError::Offline => t.jlc.offline.to_owned(),
        ApiError::Rejected {
            code: Code::Api(ErrorCode::InvalidCredentials),
            tries_left,
            ..
        } => match tries_left.filter(|left| lockout::warn(*left)) {
            // Before the lock, what comes next: "2 kali lagi salah, akun dikunci 15 menit".
            Some(left) => format!(
                "{} {}",
                t.jlc.invalid_credentials,
                (t.lockout.warning)(left)
            ),
            None => t.jlc.invalid_credentials.to_owned(),
        },
        error if error.is(ErrorCode::AccountClosed) => t.jlc.account_closed.to_owned(),
        _ => t.jlc.server_error.to_owned(),
    }
}
