//! JLC sign-in, both layers: the password (Argon2id) over the encrypted channel, then a
//! one-time code sent to the member's email. Then a session in an HttpOnly cookie.

mod csrf;
mod mail;
mod member;
mod secret;
mod session;
mod store;

pub use secret::hash_password;

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{middleware, Json, Router};
use jne_core::jlc::{
    mask_email, normalize_jlc_number, ChallengeSent, LoginRequest, ResendRequest, VerifyRequest,
};
use jne_core::lang::Lang;

use crate::http::{ApiError, ApiJson, ClientLimit};
use crate::AppState;

/// A code lives 10 minutes; a new one may be asked after 60 s, 3 times; 5 wrong tries end it.
const CODE_LIFETIME: i64 = 600;
const RESEND_AFTER: i64 = 60;
const RESENDS: i64 = 3;
const TRIES: i64 = 5;
/// Past 5 failed passwords or codes in 15 minutes, an account waits out the window.
const FAILURE_WINDOW: i64 = 900;
const FAILURE_LIMIT: i64 = 5;

/// The JLC endpoints; `tls` says which scheme our own origin has (for the Origin check).
pub fn routes(limit: Option<ClientLimit>, tls: bool) -> Router<AppState> {
    let routes = Router::new()
        .route("/v1/jlc/login", post(login))
        .route("/v1/jlc/verify", post(verify))
        .route("/v1/jlc/resend", post(resend))
        .route("/v1/jlc/me", get(session::me))
        .route("/v1/jlc/logout", post(session::logout))
        .route("/v1/jlc/logout-all", post(session::logout_all))
        .route("/v1/jlc/policy-ack", post(session::policy_ack))
        .layer(middleware::from_fn_with_state(
            csrf::OwnScheme::new(tls),
            csrf::same_origin,
        ));
    crate::http::per_client(routes, limit)
}

async fn login(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<LoginRequest>,
) -> Result<Json<ChallengeSent>, ApiError> {
    let identifier = request.identifier.trim();
    let lookup = if identifier.contains('@') {
        // The same rule the app applied; an address it would refuse is refused here too.
        let address = jne_core::email::validate(identifier).map_err(|error| ApiError::Invalid {
            code: error.code(),
            message: error.message(Lang::En),
        })?;
        address.ascii()
    } else {
        // Not a well-formed number finds no member, and gets the one answer for that.
        normalize_jlc_number(identifier).unwrap_or_else(|| identifier.to_owned())
    };
    let member = store::member_by_identifier(&state.db, &lookup).await?;
    let key = match &member {
        Some(member) => format!("member:{}", member.id),
        None => format!("unknown:{}", secret::digest(&[&lookup.to_lowercase()])),
    };
    let now = state.clock.now();
    check_throttle(&state, &key, now).await?;
    let Some(member) = member else {
        // Same work and the same answer as a wrong password (dummy hash).
        secret::verify_password(request.password, None).await;
        store::record_failure(&state.db, &key, now).await?;
        return Err(ApiError::InvalidCredentials);
    };
    if !secret::verify_password(request.password, Some(member.password_hash.clone())).await {
        store::record_failure(&state.db, &key, now).await?;
        return Err(ApiError::InvalidCredentials);
    }
    let token = secret::token().map_err(|_| ApiError::Unavailable)?;
    let sent = new_code(&state, &token, &member, RESENDS, now).await?;
    Ok(Json(sent))
}

/// Makes a fresh code for challenge `token`, stores its hash and mails it.
async fn new_code(
    state: &AppState,
    token: &str,
    member: &store::MemberRow,
    resends_left: i64,
    now: i64,
) -> Result<ChallengeSent, ApiError> {
    let code = secret::code().map_err(|_| ApiError::Unavailable)?;
    let row = store::ChallengeRow {
        member_id: member.id,
        code_hash: secret::digest(&[token, &code]),
        expires_at: now + CODE_LIFETIME,
        resend_at: now + RESEND_AFTER,
        resends_left,
        tries_left: TRIES,
        ended: false,
    };
    store::put_challenge(&state.db, &secret::digest(&[token]), &row).await?;
    let message = mail::sign_in_code(&member.email, &member.name, &code, CODE_LIFETIME / 60);
    state.mailer.send(message).await.map_err(|error| {
        tracing::error!("sign-in code not sent: {error}");
        ApiError::Unavailable
    })?;
    Ok(ChallengeSent {
        challenge: token.to_owned(),
        email_hint: mask_email(&member.email),
        expires_in: CODE_LIFETIME as u64,
        resend_in: RESEND_AFTER as u64,
        resends_left: resends_left as u32,
    })
}

async fn verify(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<VerifyRequest>,
) -> Result<impl IntoResponse, ApiError> {
    let now = state.clock.now();
    let token_hash = secret::digest(&[&request.challenge]);
    let mut challenge = live_challenge(&state, &token_hash, now).await?;
    let key = format!("member:{}", challenge.member_id);
    check_throttle(&state, &key, now).await?;
    if secret::digest(&[&request.challenge, request.code.trim()]) != challenge.code_hash {
        store::record_failure(&state.db, &key, now).await?;
        challenge.tries_left -= 1;
        challenge.ended = challenge.tries_left <= 0;
        store::put_challenge(&state.db, &token_hash, &challenge).await?;
        if challenge.ended {
            return Err(ApiError::ChallengeEnded);
        }
        return Err(ApiError::InvalidCode {
            tries_left: challenge.tries_left as u32,
        });
    }
    // A used code never works again.
    challenge.ended = true;
    store::put_challenge(&state.db, &token_hash, &challenge).await?;
    session::start(&state, challenge.member_id, now, &headers).await
}

async fn resend(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<ResendRequest>,
) -> Result<Json<ChallengeSent>, ApiError> {
    let now = state.clock.now();
    let token_hash = secret::digest(&[&request.challenge]);
    let challenge = live_challenge(&state, &token_hash, now).await?;
    if now < challenge.resend_at {
        return Err(ApiError::ResendTooSoon {
            retry_after: (challenge.resend_at - now) as u64,
        });
    }
    if challenge.resends_left <= 0 {
        return Err(ApiError::ResendLimit {
            retry_after: (challenge.expires_at - now).max(1) as u64,
        });
    }
    let member = store::member_by_id(&state.db, challenge.member_id)
        .await?
        .ok_or(ApiError::ChallengeEnded)?;
    let sent = new_code(
        &state,
        &request.challenge,
        &member,
        challenge.resends_left - 1,
        now,
    )
    .await?;
    Ok(Json(sent))
}

/// The challenge, if it can still be answered.
async fn live_challenge(
    state: &AppState,
    token_hash: &str,
    now: i64,
) -> Result<store::ChallengeRow, ApiError> {
    match store::challenge(&state.db, token_hash).await? {
        Some(challenge) if !challenge.ended && now < challenge.expires_at => Ok(challenge),
        _ => Err(ApiError::ChallengeEnded),
    }
}

/// 429 while `key` has failed too often lately; the same for unknown and known accounts.
async fn check_throttle(state: &AppState, key: &str, now: i64) -> Result<(), ApiError> {
    let (count, oldest) = store::failures_since(&state.db, key, now - FAILURE_WINDOW).await?;
    if count >= FAILURE_LIMIT {
        let free_at = oldest.unwrap_or(now) + FAILURE_WINDOW;
        return Err(ApiError::Throttled {
            retry_after: (free_at - now).max(1) as u64,
        });
    }
    Ok(())
}
