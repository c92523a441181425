//! Sessions: a 256-bit random token in an HttpOnly, Secure, SameSite=Strict cookie that no
//! script can read; the database keeps only its hash. Idle 30 minutes, at most 12 hours.

use axum::extract::State;
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use jne_core::jlc::{MemberAnswer, PolicyAckRequest, SessionAnswer};

use super::{challenge, devices, member, secret, store, throttle};
use crate::error::{ApiError, ApiJson};
use crate::AppState;

/// `__Host-`: the browser only takes it from a secure origin, for the whole site, with no Domain.
/// Chromium counts http://127.0.0.1 and http://localhost as secure origins and keeps such a
/// cookie there too (checked with Debian's Chromium 156), so one name serves http on loopback
/// (development, e2e) and https everywhere else.
pub const COOKIE: &str = "__Host-jne_session";
pub const IDLE: i64 = 30 * 60;
pub const ABSOLUTE: i64 = 12 * 60 * 60;

/// A new session for `member_id` (a new token at every sign-in), answered with the member.
/// A session cookie the browser still presents is ended: it is replaced, never adopted, so a
/// token planted before sign-in (session fixation) is worth nothing after it.
pub async fn start(
    state: &AppState,
    member_id: i64,
    now: i64,
    presented: &HeaderMap,
) -> Result<Response, ApiError> {
    if let Some(old) = token(presented) {
        store::end_session(&state.db, &secret::digest(&[old])).await?;
    }
    let token = secret::token().map_err(|_| ApiError::Unavailable)?;
    let family = devices::family(presented);
    let device = store::start_session(
        &state.db,
        &secret::digest(&[&token]),
        member_id,
        &family,
        now,
    )
    .await?;
    devices::notice_if_new(state, member_id, device, &family, now).await?;
    let answer = member::answer(state, member_id).await?;
    let cookie = format!("{COOKIE}={token}; Path=/; HttpOnly; Secure; SameSite=Strict");
    Ok(with_cookie(Json(answer).into_response(), &cookie))
}

pub async fn me(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<MemberAnswer>, ApiError> {
    let (member_id, _) = current(&state, &headers).await?;
    Ok(Json(member::answer(&state, member_id).await?))
}

/// `GET /api/v1/jlc/session`: like `me`, but 200 with `member: null` for a visitor who is not
/// signed in, so pages can ask without an error for everyone else.
pub async fn probe(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<SessionAnswer>, ApiError> {
    let member = match current(&state, &headers).await {
        Ok((member_id, _)) => Some(member::answer(&state, member_id).await?.member),
        Err(ApiError::NotSignedIn) => None,
        Err(error) => return Err(error),
    };
    Ok(Json(SessionAnswer { member }))
}

/// `POST /api/v1/jlc/policy-ack {version}`: the signed-in member acknowledged this version;
/// the answer is the member with the acknowledgement listed.
pub async fn policy_ack(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<PolicyAckRequest>,
) -> Result<Json<MemberAnswer>, ApiError> {
    let (member_id, _) = current(&state, &headers).await?;
    if state
        .policy
        .info(&request.version, &state.today.date())
        .is_none()
    {
        return Err(ApiError::NoSuchVersion(request.version));
    }
    store::acknowledge(&state.db, member_id, &request.version, state.clock.now()).await?;
    Ok(Json(member::answer(&state, member_id).await?))
}

pub async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    if let Some(token) = token(&headers) {
        store::end_session(&state.db, &secret::digest(&[token])).await?;
    }
    Ok(cleared(Json(serde_json::json!({}))))
}

pub async fn logout_all(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let (member_id, _) = current(&state, &headers).await?;
    store::end_all_sessions(&state.db, member_id).await?;
    Ok(cleared(Json(serde_json::json!({}))))
}

/// The member, once `password` is theirs: asked again before a change that matters (a new
/// address, a passkey); a wrong one counts as a failure of the account.
pub async fn password_again(
    state: &AppState,
    member_id: i64,
    password: String,
) -> Result<store::MemberRow, ApiError> {
    let member = store::member_by_id(&state.db, member_id)
        .await?
        .ok_or(ApiError::NotSignedIn)?;
    let now = state.clock.now();
    let attempt = throttle::Attempt::begin(state, &challenge::member_key(member_id), now).await?;
    if !secret::verify_password(password, Some(member.password_hash.clone())).await {
        return Err(ApiError::WrongPassword);
    }
    attempt.succeeded(state).await?;
    Ok(member)
}

/// The signed-in member and the session's token hash; an expired session is deleted.
pub async fn current(state: &AppState, headers: &HeaderMap) -> Result<(i64, String), ApiError> {
    let token = token(headers).ok_or(ApiError::NotSignedIn)?;
    let token_hash = secret::digest(&[token]);
    let now = state.clock.now();
    let (member_id, created_at, last_seen) = store::session(&state.db, &token_hash)
        .await?
        .ok_or(ApiError::NotSignedIn)?;
    if now - last_seen > IDLE || now - created_at > ABSOLUTE {
        store::end_session(&state.db, &token_hash).await?;
        return Err(ApiError::NotSignedIn);
    }
    store::touch_session(&state.db, &token_hash, now).await?;
    Ok((member_id, token_hash))
}

fn token(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(COOKIE)?.strip_prefix('='))
        .filter(|token| !token.is_empty())
}

/// `body`, with the session cookie cleared.
pub fn cleared(body: impl IntoResponse) -> Response {
    let cookie = format!("{COOKIE}=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0");
    with_cookie(body.into_response(), &cookie)
}

fn with_cookie(mut response: Response, cookie: &str) -> Response {
    if let Ok(value) = HeaderValue::from_str(cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}
