//! The relying party of passkeys (webauthn-rs): this site, its origin as requests name it
//! (`--public-origin`, or the loopback host in development), its host name as the RP id; and
//! the ceremonies, whose state waits in the database (any instance finishes what another
//! began) for 5 minutes, and is taken out, once, by the token the page holds.

use axum::http::HeaderMap;
use jne_core::jlc::passkey::CeremonyStarted;
use serde::de::DeserializeOwned;
use serde::Serialize;
use webauthn_rs::prelude::{Url, Webauthn, WebauthnBuilder};

use super::{secret, store};
use crate::error::ApiError;
use crate::AppState;

const CEREMONY_LIFETIME: i64 = 300;
/// What browsers show as the site a passkey is for.
const RP_NAME: &str = "JNE JLC";

/// Which ceremony a token opened.
#[derive(Clone, Copy)]
pub enum Ceremony {
    Register,
    SignIn,
}

impl Ceremony {
    fn as_str(self) -> &'static str {
        match self {
            Ceremony::Register => "register",
            Ceremony::SignIn => "sign_in",
        }
    }
}

/// The relying party for this request. A site reached by an IP address has none (browsers
/// take no IP address as an RP id): 503 there.
pub fn relying_party(state: &AppState, headers: &HeaderMap) -> Result<Webauthn, ApiError> {
    let origin = state
        .origin
        .of_request(headers)
        .and_then(|origin| Url::parse(&origin).ok())
        .ok_or(ApiError::Unavailable)?;
    let rp_id = origin.domain().ok_or(ApiError::Unavailable)?.to_owned();
    WebauthnBuilder::new(&rp_id, &origin)
        .and_then(|builder| builder.rp_name(RP_NAME).build())
        .map_err(|_| ApiError::Unavailable)
}

/// Keeps `state` for the ceremony and answers the page with its token and `options`.
pub async fn open<S: Serialize, O: Serialize>(
    app: &AppState,
    kind: Ceremony,
    member_id: Option<i64>,
    state: &S,
    options: &O,
) -> Result<CeremonyStarted, ApiError> {
    let token = secret::token().map_err(|_| ApiError::Unavailable)?;
    let state = serde_json::to_string(state).map_err(|_| ApiError::Unavailable)?;
    let options = serde_json::to_string(options).map_err(|_| ApiError::Unavailable)?;
    let expires_at = app.clock.now() + CEREMONY_LIFETIME;
    let token_hash = secret::digest(&[&token]);
    store::put_ceremony(
        &app.db,
        &token_hash,
        kind.as_str(),
        member_id,
        &state,
        expires_at,
    )
    .await?;
    Ok(CeremonyStarted {
        ceremony: token,
        options,
    })
}

/// The ceremony `token` of `kind`, taken out (it never works again): its member and state.
/// One already used, expired or of another kind has ended (410).
pub async fn take<S: DeserializeOwned>(
    app: &AppState,
    kind: Ceremony,
    token: &str,
) -> Result<(Option<i64>, S), ApiError> {
    let token_hash = secret::digest(&[token]);
    let (member_id, state) =
        store::take_ceremony(&app.db, &token_hash, kind.as_str(), app.clock.now())
            .await?
            .ok_or(ApiError::ChallengeEnded)?;
    let state = serde_json::from_str(&state).map_err(|_| ApiError::ChallengeEnded)?;
    Ok((member_id, state))
}

/// The browser's WebAuthn JSON, as webauthn-rs reads it; anything else is a bad request.
pub fn credential<T: DeserializeOwned>(text: &str) -> Result<T, ApiError> {
    serde_json::from_str(text).map_err(|_| ApiError::BadRequest)
}
