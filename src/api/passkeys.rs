//! The passkey API (`/api/v1/jlc/passkeys…`, `/api/v1/jlc/passkey-login/…`), each call with
//! the browser's dialog between its start and its finish: what the server said, or why the
//! browser gave nothing.

use jne_core::jlc::passkey::{
    CeremonyStarted, PasskeyAddFinish, PasskeyAddStart, PasskeyList, PasskeyRemove, PasskeyRename,
    PasskeySignIn,
};
use jne_core::jlc::MemberAnswer;

use super::jlc::Empty;
use super::webauthn::{self, Autofill, Refusal};
use super::{get_json, post_json, ApiError};

/// The server's answer, or the browser's refusal in between.
pub type Outcome<T> = Result<Result<T, Refusal>, ApiError>;

pub async fn list() -> Result<PasskeyList, ApiError> {
    get_json("/api/v1/jlc/passkeys").await
}

/// Adds a passkey named `name`: the password asked again, the browser's dialog, the passkey kept.
pub async fn add(password: String, name: String) -> Outcome<PasskeyList> {
    let started: CeremonyStarted =
        post_json("/api/v1/jlc/passkeys/start", &PasskeyAddStart { password }).await?;
    let credential = match webauthn::create(&started.options).await {
        Ok(credential) => credential,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let finish = PasskeyAddFinish {
        ceremony: started.ceremony,
        credential,
        name,
    };
    post_json("/api/v1/jlc/passkeys/finish", &finish)
        .await
        .map(Ok)
}

pub async fn rename(id: String, name: String) -> Result<PasskeyList, ApiError> {
    post_json("/api/v1/jlc/passkeys/rename", &PasskeyRename { id, name }).await
}

/// Removes passkey `id`; `password` is needed (and may be empty otherwise) for the last one.
pub async fn remove(id: String, password: String) -> Result<PasskeyList, ApiError> {
    post_json(
        "/api/v1/jlc/passkeys/remove",
        &PasskeyRemove { id, password },
    )
    .await
}

/// Signs in with a passkey: the browser's dialog, or with `autofill` the field's suggestions.
/// On success the server has set the session cookie.
pub async fn sign_in(autofill: Option<&Autofill>) -> Outcome<MemberAnswer> {
    let started: CeremonyStarted = post_json("/api/v1/jlc/passkey-login/start", &Empty {}).await?;
    let credential = match webauthn::sign(&started.options, autofill).await {
        Ok(credential) => credential,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let body = PasskeySignIn {
        ceremony: started.ceremony,
        credential,
    };
    post_json("/api/v1/jlc/passkey-login/finish", &body)
        .await
        .map(Ok)
}
