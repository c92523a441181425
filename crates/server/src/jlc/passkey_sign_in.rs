//! Signing in with a passkey, in place of both password and code: the browser offers the
//! member's discoverable passkeys for this site (conditional UI or a button), the signed
//! answer starts the same session the code does. A refused answer counts as a failure of the
//! client that sent it, and says nothing about any account.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Extension;
use jne_core::jlc::passkey::{CeremonyStarted, PasskeySignIn};
use webauthn_rs::prelude::{
    DiscoverableAuthentication, DiscoverableKey, Passkey, PublicKeyCredential,
};

use super::relying_party::{self, Ceremony};
use super::throttle::Attempt;
use super::{passkeys, secret, session, store};
use crate::error::{ApiError, ApiJson};
use crate::http::ClientAddr;
use crate::AppState;

/// `POST /api/v1/jlc/passkey-login/start`: the options for `navigator.credentials.get`.
pub async fn start(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<axum::Json<CeremonyStarted>, ApiError> {
    let webauthn = relying_party::relying_party(&state, &headers)?;
    let (options, authentication) = webauthn
        .start_discoverable_authentication()
        .map_err(|_| ApiError::Unavailable)?;
    let started =
        relying_party::open(&state, Ceremony::SignIn, None, &authentication, &options).await?;
    Ok(axum::Json(started))
}

/// `POST /api/v1/jlc/passkey-login/finish {ceremony, credential}`: a session, as after the code.
pub async fn finish(
    State(state): State<AppState>,
    client: Option<Extension<ClientAddr>>,
    headers: HeaderMap,
    ApiJson(request): ApiJson<PasskeySignIn>,
) -> Result<Response, ApiError> {
    let now = state.clock.now();
    let attempt = Attempt::begin(&state, &client_key(client), now).await?;
    // The one answer for every passkey refused, as for a wrong password: no account named.
    let refused = ApiError::InvalidCredentials {
        tries_left: attempt.tries_left(),
    };
    let webauthn = relying_party::relying_party(&state, &headers)?;
    let (_, authentication): (_, DiscoverableAuthentication) =
        relying_party::take(&state, Ceremony::SignIn, &request.ceremony).await?;
    let Ok(credential) = relying_party::credential::<PublicKeyCredential>(&request.credential)
    else {
        return Err(refused);
    };
    let Ok((user_handle, _)) = webauthn.identify_discoverable_authentication(&credential) else {
        return Err(refused);
    };
    let credential_key = passkeys::credential_key(&credential.raw_id);
    let row = store::passkey_by_credential(&state.db, &credential_key).await?;
    // The passkey must be the one registered under that id, for the member the
    // authenticator names.
    let found = row
        .filter(|row| row.user_handle == user_handle.to_string())
        .and_then(|row| Some((serde_json::from_str::<Passkey>(&row.passkey).ok()?, row)))
        .filter(|(passkey, _)| passkeys::credential_key(passkey.cred_id()) == credential_key);
    let Some((mut passkey, row)) = found else {
        return Err(refused);
    };
    let key = DiscoverableKey::from(&passkey);
    let result =
        match webauthn.finish_discoverable_authentication(&credential, authentication, &[key]) {
            Ok(result) => result,
            Err(error) => {
                tracing::info!("passkey sign-in refused: {error:?}");
                return Err(refused);
            }
        };
    let active = store::member_by_id(&state.db, row.member_id)
        .await?
        .is_some_and(|member| member.active && member.closed_at.is_none());
    if !active {
        return Err(refused);
    }
    attempt.succeeded(&state).await?;
    passkey.update_credential(&result);
    let stored = serde_json::to_string(&passkey).map_err(|_| ApiError::Unavailable)?;
    store::passkey_used(&state.db, row.id, &stored, now).await?;
    session::start(&state, row.member_id, now, &headers).await
}

/// The throttling key of a client's passkey answers: its address, hashed (a sign-in with a
/// passkey names no account before it succeeds).
fn client_key(client: Option<Extension<ClientAddr>>) -> String {
    let address = client.map_or_else(String::new, |Extension(ClientAddr(ip))| ip.to_string());
    format!("passkey-client:{}", secret::digest(&[&address]))
}
