//! Signing in, both layers: the password (`login`), then the code sent to the member's
//! address (`verify`, which also confirms a sign-up); either way the right code starts a
//! session.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::IntoResponse;
use axum::Json;
use jne_core::jlc::{ChallengeSent, Identifier, LoginRequest, VerifyRequest};

use super::challenge::{self, Recipient};
use super::purpose::Purpose;
use super::throttle::Attempt;
use super::{secret, session, store};
use crate::error::{ApiError, ApiJson};
use crate::AppState;

/// `POST /api/v1/jlc/login`: layer one; a code goes to the member's address.
pub async fn login(
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
        Some(member) => challenge::member_key(member.id),
        None => challenge::unknown_key(&lookup),
    };
    let now = state.clock.now();
    let attempt = Attempt::begin(&state, &key, now).await?;
    let Some(member) = member else {
        // Same work and the same answer as a wrong password (dummy hash).
        secret::verify_password(request.password, None).await;
        return Err(ApiError::InvalidCredentials {
            tries_left: attempt.tries_left(),
        });
    };
    if !secret::verify_password(request.password, Some(member.password_hash.clone())).await {
        return Err(ApiError::InvalidCredentials {
            tries_left: attempt.tries_left(),
        });
    }
    attempt.succeeded(&state).await?;
    if member.closed_at.is_some() {
        // The right password: its owner may hear that the account is closed.
        return Err(ApiError::AccountClosed);
    }
    let to = Recipient::member(&member);
    Ok(Json(
        challenge::open(&state, Purpose::SignIn, &to, now).await?,
    ))
}

/// `POST /api/v1/jlc/verify`: layer two of sign-in, or the confirmation of a sign-up; either
/// way the right code starts a session.
pub async fn verify(
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
