//! Loads something from the API when its inputs change, with a retry, dropping late answers
//! to inputs that are no longer shown.

use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::api::ApiError;

#[derive(Debug, PartialEq)]
pub enum Load<T> {
    Loading,
    Ready(Rc<T>),
    Failed,
}

impl<T> Clone for Load<T> {
    fn clone(&self) -> Self {
        match self {
            Load::Loading => Load::Loading,
            Load::Ready(value) => Load::Ready(value.clone()),
            Load::Failed => Load::Failed,
        }
    }
}

/// `(what is loaded, retry)`: `fetch(deps)` runs again whenever `deps` change.
#[hook]
pub fn use_fetch<D, T, F, Fut>(deps: D, fetch: F) -> (Load<T>, Callback<()>)
where
    D: PartialEq + Clone + 'static,
    T: 'static,
    F: Fn(D) -> Fut + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let state = use_state(|| Load::Loading);
    let attempt = use_state(|| 0u32);
    {
        let state = state.clone();
        use_effect_with((deps, *attempt), move |(deps, _)| {
            // Already `Loading` on the first run: setting it again would render twice.
            if !matches!(*state, Load::Loading) {
                state.set(Load::Loading);
            }
            let current = Rc::new(Cell::new(true));
            let still_current = current.clone();
            let answer = fetch(deps.clone());
            // The request is built and sent in a task of its own, so the render that asked
            // for it reaches the screen first (issue 7: the first paint of `/` waits for no
            // policy request).
            let start = Timeout::new(0, move || {
                spawn_local(async move {
                    let result = answer.await;
                    if still_current.get() {
                        state.set(match result {
                            Ok(value) => Load::Ready(Rc::new(value)),
                            Err(_) => Load::Failed,
                        });
                    }
                })
            });
            move || {
                current.set(false);
                drop(start);
            }
        });
    }
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |()| attempt.set(attempt.wrapping_add(1)))
    };
    ((*state).clone(), retry)
}
