//! A signed-in member's passkeys: added with the password asked again (and a ceremony with
//! the browser), listed, renamed, removed; removing the last one needs the password too.
//! Every addition and removal is told to the member's address.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::Json;
use jne_core::jlc::passkey::{
    check_passkey_name, CeremonyStarted, PasskeyAddFinish, PasskeyAddStart, PasskeyInfo,
    PasskeyList, PasskeyRemove, PasskeyRename,
};
use serde::{Deserialize, Serialize};
use webauthn_rs::prelude::{Passkey, PasskeyRegistration, RegisterPublicKeyCredential, Uuid};

use super::member::jakarta_time;
use super::relying_party::{self, Ceremony};
use super::session::{current, password_again};
use super::{mail, secret, store};
use crate::error::{ApiError, ApiJson};
use crate::AppState;

/// What waits in the database while the browser makes the passkey.
#[derive(Serialize, Deserialize)]
struct Adding {
    user_handle: Uuid,
    registration: PasskeyRegistration,
}

/// `POST /api/v1/jlc/passkeys/start {password}`: the options for `navigator.credentials.create`.
pub async fn start(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<PasskeyAddStart>,
) -> Result<Json<CeremonyStarted>, ApiError> {
    let (member_id, _) = current(&state, &headers).await?;
    let member = password_again(&state, member_id, request.password).await?;
    let webauthn = relying_party::relying_party(&state, &headers)?;
    let existing = store::passkeys_of(&state.db, member_id).await?;
    // One user handle for all of a member's passkeys: an authenticator keeps one per account.
    let user_handle = match existing.first() {
        Some(row) => Uuid::parse_str(&row.user_handle).map_err(|_| ApiError::Unavailable)?,
        None => {
            let bytes = secret::random::<16>().map_err(|_| ApiError::Unavailable)?;
            Uuid::from_bytes(bytes)
        }
    };
    let exclude = existing
        .iter()
        .filter_map(|row| serde_json::from_str::<Passkey>(&row.passkey).ok())
        .map(|passkey| passkey.cred_id().clone())
        .collect();
    let (options, registration) = webauthn
        .start_passkey_registration(user_handle, &member.jlc_number, &member.name, Some(exclude))
        .map_err(|_| ApiError::Unavailable)?;
    // A discoverable credential, so that it alone signs in (no identifier typed first);
    // webauthn-rs asks for none, and says so only in JSON.
    let mut options = serde_json::to_value(options).map_err(|_| ApiError::Unavailable)?;
    if let Some(selection) = options.pointer_mut("/publicKey/authenticatorSelection") {
        selection["residentKey"] = "required".into();
        selection["requireResidentKey"] = true.into();
    }
    let adding = Adding {
        user_handle,
        registration,
    };
    let started = relying_party::open(
        &state,
        Ceremony::Register,
        Some(member_id),
        &adding,
        &options,
    )
    .await?;
    Ok(Json(started))
}

/// `POST /api/v1/jlc/passkeys/finish {ceremony, credential, name}`: the new passkey kept; a
/// refused name leaves the ceremony as it was, to try another.
pub async fn finish(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<PasskeyAddFinish>,
) -> Result<Json<PasskeyList>, ApiError> {
    let (member_id, _) = current(&state, &headers).await?;
    let name = check_passkey_name(&request.name).map_err(ApiError::passkey_name)?;
    let webauthn = relying_party::relying_party(&state, &headers)?;
    let (owner, adding): (_, Adding) =
        relying_party::take(&state, Ceremony::Register, &request.ceremony).await?;
    if owner != Some(member_id) {
        return Err(ApiError::ChallengeEnded);
    }
    let credential: RegisterPublicKeyCredential = relying_party::credential(&request.credential)?;
    let passkey = webauthn
        .finish_passkey_registration(&credential, &adding.registration)
        .map_err(|error| {
            tracing::info!("passkey not added: {error:?}");
            ApiError::BadRequest
        })?;
    let now = state.clock.now();
    let row = store::PasskeyRow {
        id: 0,
        member_id,
        user_handle: adding.user_handle.to_string(),
        passkey: serde_json::to_string(&passkey).map_err(|_| ApiError::Unavailable)?,
        name: name.clone(),
        created_at: now,
        last_used: None,
    };
    if !store::add_passkey(&state.db, &row, &credential_key(passkey.cred_id())).await? {
        // Already registered, to this account or another.
        return Err(ApiError::BadRequest);
    }
    notice(&state, member_id, true, &name, now).await?;
    answer(&state, member_id).await
}

/// `GET /api/v1/jlc/passkeys`.
pub async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<PasskeyList>, ApiError> {
    let (member_id, _) = current(&state, &headers).await?;
    answer(&state, member_id).await
}

/// `POST /api/v1/jlc/passkeys/rename {id, name}` (one already gone is no error).
pub async fn rename(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<PasskeyRename>,
) -> Result<Json<PasskeyList>, ApiError> {
    let (member_id, _) = current(&state, &headers).await?;
    let name = check_passkey_name(&request.name).map_err(ApiError::passkey_name)?;
    if let Ok(id) = request.id.parse() {
        store::rename_passkey(&state.db, member_id, id, &name).await?;
    }
    answer(&state, member_id).await
}

/// `POST /api/v1/jlc/passkeys/remove {id, password?}`: the last passkey only with the password.
pub async fn remove(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<PasskeyRemove>,
) -> Result<Json<PasskeyList>, ApiError> {
    let (member_id, _) = current(&state, &headers).await?;
    let passkeys = store::passkeys_of(&state.db, member_id).await?;
    let id = request.id.parse::<i64>().ok();
    let Some(removed) = passkeys.iter().find(|row| Some(row.id) == id) else {
        return answer(&state, member_id).await;
    };
    if passkeys.len() == 1 {
        if request.password.is_empty() {
            return Err(ApiError::WrongPassword);
        }
        password_again(&state, member_id, request.password).await?;
    }
    if store::remove_passkey(&state.db, member_id, removed.id).await? {
        notice(&state, member_id, false, &removed.name, state.clock.now()).await?;
    }
    answer(&state, member_id).await
}

/// A credential id as the table keys it: base64url, as the browser names it.
pub fn credential_key(id: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(id)
}

async fn notice(
    state: &AppState,
    member_id: i64,
    added: bool,
    passkey: &str,
    now: i64,
) -> Result<(), ApiError> {
    if let Some(member) = store::member_by_id(&state.db, member_id).await? {
        let when = jakarta_time(now).replace('T', " ");
        let message = mail::passkey_changed(&member.email, &member.name, added, passkey, &when);
        state.mailer.send_later(message);
    }
    Ok(())
}

async fn answer(state: &AppState, member_id: i64) -> Result<Json<PasskeyList>, ApiError> {
    let passkeys = store::passkeys_of(&state.db, member_id)
        .await?
        .into_iter()
        .map(|row| PasskeyInfo {
            id: row.id.to_string(),
            name: row.name,
            created: jakarta_time(row.created_at),
            last_used: row.last_used.map(jakarta_time),
        })
        .collect();
    Ok(Json(PasskeyList { passkeys }))
}
