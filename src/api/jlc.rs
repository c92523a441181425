//! The JLC member API. The session lives in an HttpOnly cookie the app never sees: these
//! calls only carry it, because the browser sends it to the same origin by itself.

use jne_core::jlc::{ChallengeSent, LoginRequest, MemberAnswer, ResendRequest, VerifyRequest};

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

/// The signed-in member, or `Rejected { status: 401, .. }`.
pub async fn me() -> Result<MemberAnswer, ApiError> {
    get_json("/api/v1/jlc/me").await
}

pub async fn logout() -> Result<(), ApiError> {
    post("/api/v1/jlc/logout", &Empty {}).await.map(|_| ())
}

pub async fn logout_all() -> Result<(), ApiError> {
    post("/api/v1/jlc/logout-all", &Empty {}).await.map(|_| ())
}

/// `{}`: state changes always carry a JSON body (part of the CSRF defence).
struct Empty {}

impl super::json::ToJs for Empty {
    fn to_js(&self) -> wasm_bindgen::JsValue {
        super::json::object(&[])
    }
}

/// Records on the server that the member acknowledged this policy version (proof of notice).
pub async fn policy_ack(version: String) -> Result<MemberAnswer, ApiError> {
    post_json(
        "/api/v1/jlc/policy-ack",
        &jne_core::jlc::PolicyAckRequest { version },
    )
    .await
}
