//! What every JLC form does around its request: one request at a time (the button says so
//! while it runs), a 429 waited out with a countdown, and, for a form that sends a password,
//! the refusal to send it outside a secure context (layer one of sign-in: the browser only
//! calls a context secure over HTTPS or on this machine).

use std::future::Future;

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::api::ApiError;
use crate::hooks::use_countdown::{deadline_in, use_countdown};
use crate::i18n::Texts;

/// Whether a form's request may leave the browser over any channel.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Channel {
    /// It carries a password, or leads to one: only from a secure context.
    SecureOnly,
    Any,
}

/// The state of one form's submission; see [`use_submit`].
#[derive(Clone, PartialEq)]
pub struct Submit {
    busy: UseStateHandle<bool>,
    throttled_until: UseStateHandle<Option<f64>>,
    /// Seconds left of a 429's wait (0 when none).
    pub wait: u64,
    /// The form needs a secure context and this is not one: nothing will be sent.
    pub insecure: bool,
}

impl Submit {
    /// A request is under way or the wait is not over: the submit button says it is disabled.
    pub fn blocked(&self) -> bool {
        *self.busy || self.wait > 0
    }

    /// The problem to show for the whole form when the channel is refused.
    pub fn channel_problem(&self, t: &Texts) -> Option<String> {
        self.insecure.then(|| t.jlc.insecure.to_owned())
    }

    /// Sends `call` unless blocked or refused; a 429 starts the countdown, and then `done`
    /// gets the answer, whatever it is (the countdown shows a 429 by itself).
    pub fn send<T, F, D>(&self, call: F, done: D)
    where
        T: 'static,
        F: Future<Output = Result<T, ApiError>> + 'static,
        D: FnOnce(Result<T, ApiError>) + 'static,
    {
        if self.blocked() || self.insecure {
            return;
        }
        self.busy.set(true);
        let (busy, throttled_until) = (self.busy.clone(), self.throttled_until.clone());
        spawn_local(async move {
            let answer = call.await;
            busy.set(false);
            if let Some(wait) = answer.as_ref().err().and_then(ApiError::wait) {
                throttled_until.set(Some(deadline_in(wait)));
            }
            done(answer);
        });
    }
}

#[hook]
pub fn use_submit(channel: Channel) -> Submit {
    let busy = use_state(|| false);
    let throttled_until = use_state(|| None::<f64>);
    let wait = use_countdown(*throttled_until);
    let secure = web_sys::window().is_some_and(|w| w.is_secure_context());
    Submit {
        busy,
        throttled_until,
        wait,
        insecure: channel == Channel::SecureOnly && !secure,
    }
}
