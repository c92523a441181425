//! JLC members, both layers: the password (Argon2id) over the encrypted channel, then a
//! one-time code sent to the member's email; then a session in an HttpOnly cookie. Around it:
//! sign-up, a forgotten password and a change of address, each confirmed by a code.

mod account;
mod challenge;
pub mod cleanup;
mod csrf;
mod mail;
mod member;
mod password;
mod secret;
mod session;
mod store;

pub use csrf::OwnOrigin;
pub use secret::hash_password;

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{middleware, Json, Router};
use jne_core::jlc::{ChallengeSent, Identifier, LoginRequest, VerifyRequest};

use challenge::{Purpose, Recipient};

use crate::http::{ApiError, ApiJson, ClientLimit};
use crate::AppState;

/// Past 5 failed passwords or codes in 15 minutes, an account waits out the window.
const FAILURE_WINDOW: i64 = 900;
const FAILURE_LIMIT: i64 = 5;

/// The JLC endpoints; every state change must come from `origin`.
pub fn routes(limit: Option<ClientLimit>, origin: OwnOrigin) -> Router<AppState> {
    let routes = Router::new()
        .route("/v1/jlc/login", post(login))
        .route("/v1/jlc/verify", post(verify))
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
        .layer(middleware::from_fn_with_state(origin, csrf::same_origin));
    crate::http::per_client(routes, limit)
}

/// `POST /api/v1/jlc/login`: layer one; a code goes to the member's address.
async fn login(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<LoginRequest>,
) -> Result<Json<ChallengeSent>, ApiError> {
    let lookup = match Identifier::parse(&request.identifier) {
        // The same rule the app applied; an address it would refuse is refused here too.
        Identifier::Email(address) => jne_core::email::validate(address)
            .map_err(ApiError::email)?
            .ascii(),
        // Not a well-formed number finds no member, and gets the one answer for that.
        Identifier::JlcNumber(number) => number,
        Identifier::Blank => String::new(),
    };
    let member = store::member_by_identifier(&state.db, &lookup).await?;
    let key = match &member {
        Some(member) => format!("member:{}", member.id),
        None => challenge::unknown_key(&lookup),
    };
    let now = state.clock.now();
    let attempt = Attempt::begin(&state, &key, now).await?;
    let Some(member) = member else {
        // Same work and the same answer as a wrong password (dummy hash).
        secret::verify_password(request.password, None).await;
        return Err(ApiError::InvalidCredentials);
    };
    if !secret::verify_password(request.password, Some(member.password_hash.clone())).await {
        return Err(ApiError::InvalidCredentials);
    }
    attempt.succeeded(&state).await?;
    let to = Recipient {
        member_id: Some(member.id),
        sign_up: None,
        name: &member.name,
        send_to: &member.email,
        deliver: true,
    };
    Ok(Json(
        challenge::open(&state, Purpose::SignIn, &to, now).await?,
    ))
}

/// `POST /api/v1/jlc/verify`: layer two of sign-in, or the confirmation of a sign-up; either
/// way the right code starts a session.
async fn verify(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<VerifyRequest>,
) -> Result<impl IntoResponse, ApiError> {
    let purposes = [Purpose::SignIn, Purpose::SignUp];
    let done = challenge::answer(&state, &request.challenge, &request.code, &purposes).await?;
    let member_id = match done.purpose() {
        Some(Purpose::SignUp) => {
            let token_hash = secret::digest(&[&request.challenge]);
            store::admit_sign_up(&state.db, &token_hash, state.clock.now()).await?
        }
        _ => done.member_id,
    }
    .ok_or(ApiError::ChallengeEnded)?;
    session::start(&state, member_id, state.clock.now(), &headers).await
}

/// One try at a password or a code, counted as a failure until it succeeds. Recorded before
/// it is checked, so tries sent at the same moment cannot all pass the limit together.
struct Attempt(i64);

impl Attempt {
    /// 429 when `key` has failed too often lately (this try included); the same for unknown
    /// and known accounts.
    async fn begin(state: &AppState, key: &str, now: i64) -> Result<Attempt, ApiError> {
        let id = store::record_attempt(&state.db, key, now).await?;
        let (count, oldest) =
            store::failures_up_to(&state.db, key, now - FAILURE_WINDOW, id).await?;
        if count > FAILURE_LIMIT {
            store::forget_attempt(&state.db, id).await?;
            return Err(wait_out(oldest, now));
        }
        Ok(Attempt(id))
    }

    async fn succeeded(self, state: &AppState) -> Result<(), ApiError> {
        Ok(store::forget_attempt(&state.db, self.0).await?)
    }
}

/// 429 while `key` has failed too often lately; the same for unknown and known accounts.
async fn check_throttle(state: &AppState, key: &str, now: i64) -> Result<(), ApiError> {
    let (count, oldest) = store::failures_since(&state.db, key, now - FAILURE_WINDOW).await?;
    if count >= FAILURE_LIMIT {
        return Err(wait_out(oldest, now));
    }
    Ok(())
}

/// 429 until the oldest failure in the window leaves it.
fn wait_out(oldest: Option<i64>, now: i64) -> ApiError {
    let free_at = oldest.unwrap_or(now) + FAILURE_WINDOW;
    ApiError::Throttled {
        retry_after: (free_at - now).max(1) as u64,
    }
}
