//! The JLC member API. The session lives in an HttpOnly cookie the app never sees: these
//! calls only carry it, because the browser sends it to the same origin by itself.

use jne_core::jlc::account::{
    EmailChangeRequest, ResetCompleteRequest, ResetRequest, SignUpRequest,
};
use jne_core::jlc::rights::{
    CloseRequest, Closed, ConsentChange, ConsentPurpose, ProfileCorrection,
};
use jne_core::jlc::{
    ChallengeSent, EndSessionRequest, LoginRequest, MemberAnswer, ResendRequest, SessionAnswer,
    SessionList, VerifyRequest,
};

use super::{get_json, post, post_json, ApiError};

/// Layer one of two: the password. The answer says where the code (layer two) went.
pub async fn login(identifier: String, password: String) -> Result<ChallengeSent, ApiError> {
    post_json(
        "/api/v1/jlc/login",
        &LoginRequest {
            identifier,
            password,
        },
    )
    .await
}

/// Layer two: the code from the email. On success the server sets the session cookie.
pub async fn verify(challenge: String, code: String) -> Result<MemberAnswer, ApiError> {
    post_json("/api/v1/jlc/verify", &VerifyRequest { challenge, code }).await
}

pub async fn resend(challenge: String) -> Result<ChallengeSent, ApiError> {
    post_json("/api/v1/jlc/resend", &ResendRequest { challenge }).await
}

pub async fn logout() -> Result<(), ApiError> {
    post("/api/v1/jlc/logout", &Empty {}).await.map(|_| ())
}

pub async fn logout_all() -> Result<(), ApiError> {
    post("/api/v1/jlc/logout-all", &Empty {}).await.map(|_| ())
}

/// `{}`: state changes always carry a JSON body (part of the CSRF defence).
pub(super) struct Empty {}

impl super::json::ToJs for Empty {
    fn to_js(&self) -> wasm_bindgen::JsValue {
        super::json::object(&[])
    }
}

/// Where the member is signed in.
pub async fn sessions() -> Result<SessionList, ApiError> {
    get_json("/api/v1/jlc/sessions").await
}

/// Ends session `id` of the member's; the answer is the list left.
pub async fn end_session(id: String) -> Result<SessionList, ApiError> {
    post_json("/api/v1/jlc/sessions/end", &EndSessionRequest { id }).await
}

/// Ends every session but this one.
pub async fn end_other_sessions() -> Result<SessionList, ApiError> {
    post_json("/api/v1/jlc/sessions/end-others", &Empty {}).await
}

/// Records on the server that the member acknowledged this policy version (proof of notice).
pub async fn policy_ack(version: String) -> Result<MemberAnswer, ApiError> {
    post_json(
        "/api/v1/jlc/policy-ack",
        &jne_core::jlc::PolicyAckRequest { version },
    )
    .await
}

/// A new account, inactive until the code sent to its address comes back through `verify`.
pub async fn sign_up(request: SignUpRequest) -> Result<ChallengeSent, ApiError> {
    post_json("/api/v1/jlc/signup", &request).await
}

/// A code to set a new password, sent if `email` is a member's (the answer is the same if not).
pub async fn reset(email: String) -> Result<ChallengeSent, ApiError> {
    post_json("/api/v1/jlc/reset", &ResetRequest { email }).await
}

/// The code and the new password; every session of the member ends.
pub async fn reset_complete(request: ResetCompleteRequest) -> Result<(), ApiError> {
    post("/api/v1/jlc/reset/complete", &request)
        .await
        .map(|_| ())
}

/// A code to the signed-in member's new address; the password is asked again.
pub async fn change_email(password: String, email: String) -> Result<ChallengeSent, ApiError> {
    post_json("/api/v1/jlc/email", &EmailChangeRequest { password, email }).await
}

/// The code from the new address; the answer is the member with it.
pub async fn confirm_email(challenge: String, code: String) -> Result<MemberAnswer, ApiError> {
    post_json(
        "/api/v1/jlc/email/verify",
        &VerifyRequest { challenge, code },
    )
    .await
}

/// The signed-in member, or `None`: 200 either way, so asking logs no error.
pub async fn session() -> Result<SessionAnswer, ApiError> {
    get_json("/api/v1/jlc/session").await
}

/// Where the copy of everything held is downloaded from (JSON, with the session cookie).
pub const EXPORT: &str = "/api/v1/jlc/me/export";

/// The corrected name and mobile; the password is asked again.
pub async fn correct_profile(request: ProfileCorrection) -> Result<MemberAnswer, ApiError> {
    post_json("/api/v1/jlc/me/profile", &request).await
}

/// Gives (`true`) or withdraws a consent; the answer is the member with it recorded.
pub async fn set_consent(purpose: ConsentPurpose, given: bool) -> Result<MemberAnswer, ApiError> {
    post_json("/api/v1/jlc/me/consents", &ConsentChange { purpose, given }).await
}

/// A code to the member's address to close the account; the password is asked again.
pub async fn close_account(password: String) -> Result<ChallengeSent, ApiError> {
    post_json("/api/v1/jlc/me/close", &CloseRequest { password }).await
}

/// The code: the account closes and every session ends.
pub async fn confirm_close(challenge: String, code: String) -> Result<Closed, ApiError> {
    post_json(
        "/api/v1/jlc/me/close/confirm",
        &VerifyRequest { challenge, code },
    )
    .await
}
