//! JLC members, both layers: the password (Argon2id) over the encrypted channel, then a
//! one-time code sent to the member's email; then a session in an HttpOnly cookie. Around it:
//! sign-up, a forgotten password and a change of address, each confirmed by a code; and
//! passkeys, added once signed in, that then sign in on their own.

mod account;
mod challenge;
pub mod cleanup;
mod devices;
mod mail;
mod member;
mod passkey_sign_in;
mod passkeys;
mod password;
mod purpose;
mod relying_party;
pub mod retention;
mod rights;
mod secret;
mod session;
mod sign_in;
mod store;
mod throttle;

pub use secret::hash_password;

use axum::routing::{get, post};
use axum::Router;

use crate::AppState;

/// The JLC endpoints (`http` puts the same-origin check and the per-client limit around them).
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/v1/jlc/login", post(sign_in::login))
        .route("/v1/jlc/verify", post(sign_in::verify))
        .route("/v1/jlc/resend", post(challenge::resend))
        .route("/v1/jlc/signup", post(account::sign_up))
        .route("/v1/jlc/reset", post(account::reset))
        .route("/v1/jlc/reset/complete", post(account::reset_complete))
        .route("/v1/jlc/email", post(account::change_email))
        .route("/v1/jlc/email/verify", post(account::confirm_email))
        .route("/v1/jlc/session", get(session::probe))
        .route("/v1/jlc/me", get(session::me))
        .route("/v1/jlc/logout", post(session::logout))
        .route("/v1/jlc/logout-all", post(session::logout_all))
        .route("/v1/jlc/policy-ack", post(session::policy_ack))
        .route("/v1/jlc/sessions", get(devices::list))
        .route("/v1/jlc/sessions/end", post(devices::end))
        .route("/v1/jlc/sessions/end-others", post(devices::end_others))
        .route("/v1/jlc/me/export", get(rights::export))
        .route("/v1/jlc/me/profile", post(rights::correct))
        .route("/v1/jlc/me/consents", post(rights::consent))
        .route("/v1/jlc/me/close", post(rights::close))
        .route("/v1/jlc/me/close/confirm", post(rights::confirm_close))
        .route("/v1/jlc/passkeys", get(passkeys::list))
        .route("/v1/jlc/passkeys/start", post(passkeys::start))
        .route("/v1/jlc/passkeys/finish", post(passkeys::finish))
        .route("/v1/jlc/passkeys/rename", post(passkeys::rename))
        .route("/v1/jlc/passkeys/remove", post(passkeys::remove))
        .route("/v1/jlc/passkey-login/start", post(passkey_sign_in::start))
        .route(
            "/v1/jlc/passkey-login/finish",
            post(passkey_sign_in::finish),
        )
}
