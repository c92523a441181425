//! The sessions a member can see and end: each with its device family and times, never a
//! User-Agent or an address; and a notice to the member's address when a sign-in comes from a
//! device family the account has not used before.

use axum::extract::State;
use axum::http::header::{HeaderMap, USER_AGENT};
use axum::Json;
use jne_core::jlc::device::DeviceFamily;
use jne_core::jlc::{EndSessionRequest, SessionInfo, SessionList};
use jne_core::lang::Lang;
use sha2::{Digest, Sha256};

use super::member::jakarta_time;
use super::session::current;
use super::{mail, store};
use crate::error::{ApiError, ApiJson};
use crate::AppState;

/// The device family of a request, as stored (`chrome/android`).
pub fn family(headers: &HeaderMap) -> String {
    let agent = headers
        .get(USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    DeviceFamily::of(agent).code()
}

/// After a sign-in: a notice to the member when the device family was new to the account.
pub async fn notice_if_new(
    state: &AppState,
    member_id: i64,
    device: store::Device,
    family: &str,
    now: i64,
) -> Result<(), ApiError> {
    if device != store::Device::New {
        return Ok(());
    }
    if let Some(member) = store::member_by_id(&state.db, member_id).await? {
        let family = DeviceFamily::from_code(family);
        let message = mail::new_device(
            &member.email,
            &member.name,
            [family.describe(Lang::Id), family.describe(Lang::En)],
            &jakarta_time(now).replace('T', " "),
        );
        state.mailer.send_later(message);
    }
    Ok(())
}

/// `GET /api/v1/jlc/sessions`.
pub async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<SessionList>, ApiError> {
    let (member_id, token_hash) = current(&state, &headers).await?;
    answer(&state, member_id, &token_hash).await
}

/// `POST /api/v1/jlc/sessions/end {id}`: ends that session of the member's (one already gone
/// is no error); the answer is the list left.
pub async fn end(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<EndSessionRequest>,
) -> Result<Json<SessionList>, ApiError> {
    let (member_id, token_hash) = current(&state, &headers).await?;
    let sessions = store::sessions_of(&state.db, member_id).await?;
    if let Some(session) = sessions
        .iter()
        .find(|s| public_id(&s.token_hash) == request.id)
    {
        store::end_session(&state.db, &session.token_hash).await?;
    }
    answer(&state, member_id, &token_hash).await
}

/// `POST /api/v1/jlc/sessions/end-others`: every session but the one asking.
pub async fn end_others(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<SessionList>, ApiError> {
    let (member_id, token_hash) = current(&state, &headers).await?;
    store::end_other_sessions(&state.db, member_id, &token_hash).await?;
    answer(&state, member_id, &token_hash).await
}

async fn answer(
    state: &AppState,
    member_id: i64,
    token_hash: &str,
) -> Result<Json<SessionList>, ApiError> {
    let sessions = store::sessions_of(&state.db, member_id)
        .await?
        .into_iter()
        .map(|row| SessionInfo {
            id: public_id(&row.token_hash),
            current: row.token_hash == token_hash,
            device: row.device,
            started: jakarta_time(row.created_at),
            last_used: jakarta_time(row.last_seen),
        })
        .collect();
    Ok(Json(SessionList { sessions }))
}

/// What the member's page names a session by: derived from the stored hash, one way, so it
/// gives neither the token nor the hash that finds the session.
fn public_id(token_hash: &str) -> String {
    Sha256::digest(format!("session-id\0{token_hash}"))
        .iter()
        .take(12)
        .map(|b| format!("{b:02x}"))
        .collect()
}
