//! The member's passkeys: each with its name and times, renamed or removed (the last one only
//! with the password), and a new one added. The list comes from the server on its own request,
//! so the rest of the member page never waits for it.

use jne_core::api::ErrorCode;
use jne_core::jlc::passkey::{check_passkey_name, PasskeyInfo, PasskeyList, PasskeyNameError};
use jne_core::lang::format_datetime;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use super::passkey_add::PasskeyAdd;
use crate::api::{passkeys, webauthn, ApiError, Code};
use crate::components::focus::focus_by_id;
use crate::components::text_field::TextField;
use crate::hooks::use_locale::use_locale;
use crate::i18n::passkeys::passkeys_texts;

const STATUS_ID: &str = "passkeys-status";
const RENAME_ID: &str = "passkey-new-name";
const LAST_PASSWORD_ID: &str = "passkey-last-password";

/// What one passkey's row shows besides its name and times.
#[derive(Clone, PartialEq)]
enum Editing {
    None,
    /// The rename form of this passkey, with what was typed and the problem with it.
    Rename {
        id: String,
        name: String,
        problem: Option<String>,
    },
    /// The password asked before the last passkey goes.
    RemoveLast {
        id: String,
        password: String,
        problem: Option<String>,
    },
}

#[function_component(Passkeys)]
pub fn passkeys_section() -> Html {
    let locale = use_locale();
    let (t, lang) = (locale.texts(), locale.lang);
    let p = passkeys_texts(lang);
    let list = use_state(|| None::<Vec<PasskeyInfo>>);
    let failed = use_state(|| false);
    let status = use_state(|| None::<&'static str>);
    let editing = use_state(|| Editing::None);
    {
        let (list, failed) = (list.clone(), failed.clone());
        use_effect_with((), move |_| {
            spawn_local(async move {
                match passkeys::list().await {
                    Ok(answer) => list.set(Some(answer.passkeys)),
                    Err(_) => failed.set(true),
                }
            });
        });
    }
    use_effect_with(*status, |status| {
        if status.is_some() {
            focus_by_id(STATUS_ID);
        }
    });
    // Every change answers the list as it now is; it replaces the one shown.
    let applied = {
        let (list, status, editing) = (list.clone(), status.clone(), editing.clone());
        move |answer: PasskeyList, said: &'static str| {
            list.set(Some(answer.passkeys));
            editing.set(Editing::None);
            status.set(Some(said));
        }
    };
    let on_added = {
        let applied = applied.clone();
        Callback::from(move |answer: PasskeyList| applied(answer, p.added))
    };
    let set_editing = |next: Editing| {
        let (editing, status) = (editing.clone(), status.clone());
        Callback::from(move |_| {
            status.set(None);
            editing.set(next.clone());
        })
    };
    let remove = |id: String| {
        let (applied, failed) = (applied.clone(), failed.clone());
        Callback::from(move |_| {
            let (applied, failed, id) = (applied.clone(), failed.clone(), id.clone());
            spawn_local(async move {
                match passkeys::remove(id, String::new()).await {
                    Ok(answer) => applied(answer, p.removed),
                    Err(_) => failed.set(true),
                }
            });
        })
    };
    let onsubmit = {
        let (editing, applied) = (editing.clone(), applied.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (editing, applied) = (editing.clone(), applied.clone());
            let current = (*editing).clone();
            spawn_local(async move {
                let answer = match &current {
                    Editing::Rename { id, name, .. } => match check_passkey_name(name) {
                        Ok(name) => passkeys::rename(id.clone(), name).await,
                        Err(error) => {
                            return editing.set(with_problem(&current, error.message(lang)))
                        }
                    },
                    Editing::RemoveLast { password, .. } if password.is_empty() => {
                        return editing.set(with_problem(&current, t.jlc.need_password.to_owned()))
                    }
                    Editing::RemoveLast { id, password, .. } => {
                        passkeys::remove(id.clone(), password.clone()).await
                    }
                    Editing::None => return,
                };
                match answer {
                    Ok(list) if matches!(current, Editing::Rename { .. }) => {
                        applied(list, p.renamed)
                    }
                    Ok(list) => applied(list, p.removed),
                    Err(error) => editing.set(with_problem(&current, refusal(&error, lang))),
                }
            });
        })
    };
    let on_text = {
        let editing = editing.clone();
        Callback::from(move |text: String| {
            editing.set(match (*editing).clone() {
                Editing::Rename { id, problem, .. } => Editing::Rename {
                    id,
                    name: text,
                    problem,
                },
                Editing::RemoveLast { id, problem, .. } => Editing::RemoveLast {
                    id,
                    password: text,
                    problem,
                },
                Editing::None => Editing::None,
            })
        })
    };
    let count = list.as_ref().map_or(0, Vec::len);
    let row = |passkey: &PasskeyInfo| {
        let times = (p.times)(
            &format_datetime(&passkey.created, lang),
            passkey
                .last_used
                .as_deref()
                .map(|used| format_datetime(used, lang))
                .as_deref(),
        );
        let cancel = html! {
            <button type="button" class="button button-secondary" onclick={set_editing(Editing::None)}>
                { t.account.cancel }
            </button>
        };
        let form = match &*editing {
            Editing::Rename { id, name, problem } if *id == passkey.id => html! {
                <form class="stack-form" onsubmit={onsubmit.clone()} novalidate=true>
                    <TextField id={RENAME_ID} label={p.new_name_label} value={name.clone()}
                        on_input={on_text.clone()} error={problem.clone()} autocomplete="off" />
                    <div class="actions"><button type="submit" class="button">{ p.save }</button>{ cancel }</div>
                </form>
            },
            Editing::RemoveLast {
                id,
                password,
                problem,
            } if *id == passkey.id => html! {
                <form class="stack-form" onsubmit={onsubmit.clone()} novalidate=true>
                    <p>{ p.remove_last }</p>
                    <TextField id={LAST_PASSWORD_ID} label={p.password_label}
                        value={password.clone()} input_type="password" on_input={on_text.clone()}
                        error={problem.clone()} autocomplete="current-password" />
                    <div class="actions"><button type="submit" class="button">{ p.remove }</button>{ cancel }</div>
                </form>
            },
            _ => {
                let rename = Editing::Rename {
                    id: passkey.id.clone(),
                    name: passkey.name.clone(),
                    problem: None,
                };
                let on_remove = if count == 1 {
                    set_editing(Editing::RemoveLast {
                        id: passkey.id.clone(),
                        password: String::new(),
                        problem: None,
                    })
                } else {
                    remove(passkey.id.clone())
                };
                html! {
                    <div class="actions">
                        <button type="button" class="button button-secondary"
                            aria-label={(p.rename_label)(&passkey.name)} onclick={set_editing(rename)}>
                            { p.rename }
                        </button>
                        <button type="button" class="button button-secondary"
                            aria-label={(p.remove_label)(&passkey.name)} onclick={on_remove}>
                            { p.remove }
                        </button>
                    </div>
                }
            }
        };
        html! {
            <li class="session">
                <p class="session-device"><strong>{ passkey.name.clone() }</strong></p>
                <p class="session-times">{ times }</p>
                { form }
            </li>
        }
    };
    html! {
        <section aria-labelledby="passkeys-title">
            <h2 id="passkeys-title">{ p.title }</h2>
            <p class="hint">{ p.intro }</p>
            if *failed { <p class="notice notice-error" role="alert">{ t.jlc.server_error }</p> }
            if let Some(said) = *status {
                <p id={STATUS_ID} class="notice" role="status" tabindex="-1">{ said }</p>
            }
            if let Some(passkeys) = &*list {
                if passkeys.is_empty() {
                    <p>{ p.none }</p>
                } else {
                    <ul class="sessions">{ for passkeys.iter().map(row) }</ul>
                }
            }
            if webauthn::supported() {
                <PasskeyAdd {on_added} />
            } else {
                <p class="notice">{ p.unsupported }</p>
            }
        </section>
    }
}

/// The same form with `problem` shown on its field (and focused there).
fn with_problem(editing: &Editing, problem: String) -> Editing {
    let field = match editing {
        Editing::RemoveLast { .. } => LAST_PASSWORD_ID,
        _ => RENAME_ID,
    };
    gloo_timers::callback::Timeout::new(0, move || focus_by_id(field)).forget();
    match editing.clone() {
        Editing::Rename { id, name, .. } => Editing::Rename {
            id,
            name,
            problem: Some(problem),
        },
        Editing::RemoveLast { id, .. } => Editing::RemoveLast {
            id,
            password: String::new(),
            problem: Some(problem),
        },
        Editing::None => Editing::None,
    }
}

/// The server's refusal of a rename or the last removal, as a sentence.
fn refusal(error: &ApiError, lang: jne_core::lang::Lang) -> String {
    let t = crate::i18n::texts(lang);
    match error {
        error if error.is(ErrorCode::WrongPassword) => t.account.wrong_password.to_owned(),
        ApiError::Throttled { .. } => (t.lockout.throttled)(error.wait().unwrap_or(60)),
        ApiError::Rejected {
            code: Code::Rule(code),
            ..
        } => PasskeyNameError::parse(code)
            .map_or_else(|| t.jlc.server_error.to_owned(), |e| e.message(lang)),
        ApiError::Offline => t.jlc.offline.to_owned(),
        _ => t.jlc.server_error.to_owned(),
    }
}
