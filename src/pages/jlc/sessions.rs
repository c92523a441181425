//! Where the member is signed in: each session's device family and times, this device
//! marked; end one, or all others. The list comes from the server on its own request, so the
//! rest of the member page never waits for it.

use jne_core::jlc::device::DeviceFamily;
use jne_core::jlc::{SessionInfo, SessionList};
use jne_core::lang::format_datetime;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::api::{self, ApiError};
use crate::components::focus::focus_by_id;
use crate::hooks::use_locale::use_locale;

const STATUS_ID: &str = "sessions-status";

#[function_component(Sessions)]
pub fn sessions() -> Html {
    let locale = use_locale();
    let (t, lang) = (locale.texts(), locale.lang);
    let list = use_state(|| None::<Vec<SessionInfo>>);
    let failed = use_state(|| false);
    let ended = use_state(|| false);
    {
        let (list, failed) = (list.clone(), failed.clone());
        use_effect_with((), move |_| {
            spawn_local(async move {
                match api::jlc::sessions().await {
                    Ok(answer) => list.set(Some(answer.sessions)),
                    Err(_) => failed.set(true),
                }
            });
        });
    }
    use_effect_with(*ended, |ended| {
        if *ended {
            focus_by_id(STATUS_ID);
        }
    });
    // Both ways of ending answer the list left; it replaces the one shown.
    let apply = {
        let (list, failed, ended) = (list.clone(), failed.clone(), ended.clone());
        move |answer: Result<SessionList, ApiError>| match answer {
            Ok(answer) => {
                list.set(Some(answer.sessions));
                ended.set(true);
            }
            Err(_) => failed.set(true),
        }
    };
    let end = |id: String| {
        let apply = apply.clone();
        Callback::from(move |_| {
            let (apply, id) = (apply.clone(), id.clone());
            spawn_local(async move { apply(api::jlc::end_session(id).await) });
        })
    };
    let end_others = {
        let apply = apply.clone();
        Callback::from(move |_| {
            let apply = apply.clone();
            spawn_local(async move { apply(api::jlc::end_other_sessions().await) });
        })
    };
    let row = |session: &SessionInfo| {
        let device = DeviceFamily::from_code(&session.device).describe(lang);
        let times = (t.sessions.times)(
            &format_datetime(&session.started, lang),
            &format_datetime(&session.last_used, lang),
        );
        html! {
            <li class="session">
                <p class="session-device">
                    <strong>{ device.clone() }</strong>
                    if session.current { <span class="badge">{ t.sessions.this_device }</span> }
                </p>
                <p class="session-times">{ times }</p>
                if !session.current {
                    <button type="button" class="button button-secondary"
                        aria-label={(t.sessions.end_label)(&device)} onclick={end(session.id.clone())}>
                        { t.sessions.end }
                    </button>
                }
            </li>
        }
    };
    let others = list
        .as_ref()
        .is_some_and(|sessions| sessions.iter().any(|s| !s.current));
    html! {
        <section aria-labelledby="sessions-title">
            <h2 id="sessions-title">{ t.sessions.title }</h2>
            <p class="hint">{ t.sessions.intro }</p>
            if *failed { <p class="notice notice-error" role="alert">{ t.jlc.server_error }</p> }
            if *ended {
                <p id={STATUS_ID} class="notice" role="status" tabindex="-1">{ t.sessions.ended }</p>
            }
            if let Some(sessions) = &*list {
                <ul class="sessions">{ for sessions.iter().map(row) }</ul>
                if others {
                    <p><button type="button" class="button button-secondary" onclick={end_others}>
                        { t.sessions.end_others }
                    </button></p>
                } else {
                    <p>{ t.sessions.only_this }</p>
                }
            }
        </section>
    }
}
