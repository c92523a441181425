//! Seconds left until a deadline, re-rendering once a second while it runs: for code
//! lifetimes, resend cooldowns and "try again in" messages.

use gloo_timers::callback::Interval;
use yew::prelude::*;

/// A moment `seconds` from now, in the browser clock's milliseconds.
pub fn deadline_in(seconds: u64) -> f64 {
    js_sys::Date::now() + seconds as f64 * 1000.0
}

/// Whole seconds left until `deadline` (0 once passed, or without a deadline).
#[hook]
pub fn use_countdown(deadline: Option<f64>) -> u64 {
    let now = use_state(js_sys::Date::now);
    {
        let now = now.clone();
        use_effect_with(deadline.map(f64::to_bits), move |running| {
            now.set(js_sys::Date::now());
            let ticker = running.map(|_| Interval::new(1000, move || now.set(js_sys::Date::now())));
            move || drop(ticker)
        });
    }
    deadline
        .map(|deadline| ((deadline - *now) / 1000.0).ceil().max(0.0) as u64)
        .unwrap_or(0)
}
