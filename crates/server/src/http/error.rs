//! The one error type of the API: each case maps to a status and a JSON `{error, message}`.

use axum::extract::rejection::JsonRejection;
use axum::http::header::{self, HeaderValue};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use jne_core::api::ErrorBody;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("no such API endpoint")]
    NotFound,
    #[error("no privacy policy version {0}")]
    NoSuchVersion(String),
    #[error("this endpoint does not take that method")]
    MethodNotAllowed,
    #[error("the body must be JSON sent with Content-Type: application/json")]
    NotJson,
    #[error("the body is not the JSON this endpoint takes: {0}")]
    BadJson(String),
    #[error("the body is too large")]
    TooLarge,
    /// Input that parses but breaks a rule of `jne_core`; `code` is the rule's own error code.
    #[error("{message}")]
    Invalid { code: &'static str, message: String },
    #[error("too many requests; try again in {retry_after} seconds")]
    Throttled { retry_after: u64 },
    #[error("the service is not available right now")]
    Unavailable,
    /// The one answer for an unknown member and a wrong password alike.
    #[error("unknown JLC number or email, or wrong password")]
    InvalidCredentials,
    #[error("wrong code; {tries_left} tries left")]
    InvalidCode { tries_left: u32 },
    #[error("this code no longer works: expired, used or too many wrong tries; sign in again")]
    ChallengeEnded,
    #[error("a new code can be sent in {retry_after} seconds")]
    ResendTooSoon { retry_after: u64 },
    #[error("no more codes can be sent for this sign-in; sign in again")]
    ResendLimit { retry_after: u64 },
    #[error("not signed in")]
    NotSignedIn,
    #[error("state changes must come from this site")]
    CrossOrigin,
    #[error("internal error")]
    Internal(#[from] sqlx::Error),
}

impl ApiError {
    fn status_and_code(&self) -> (StatusCode, &'static str) {
        match self {
            ApiError::NotFound => (StatusCode::NOT_FOUND, "not_found"),
            ApiError::NoSuchVersion(_) => (StatusCode::NOT_FOUND, "no_such_version"),
            ApiError::MethodNotAllowed => (StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed"),
            ApiError::NotJson => (StatusCode::UNSUPPORTED_MEDIA_TYPE, "not_json"),
            ApiError::BadJson(_) => (StatusCode::BAD_REQUEST, "bad_json"),
            ApiError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "too_large"),
            ApiError::Invalid { code, .. } => (StatusCode::UNPROCESSABLE_ENTITY, code),
            ApiError::Throttled { .. } => (StatusCode::TOO_MANY_REQUESTS, "throttled"),
            ApiError::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, "unavailable"),
            ApiError::InvalidCredentials => (StatusCode::UNAUTHORIZED, "invalid_credentials"),
            ApiError::InvalidCode { .. } => (StatusCode::UNAUTHORIZED, "invalid_code"),
            ApiError::ChallengeEnded => (StatusCode::GONE, "challenge_ended"),
            ApiError::ResendTooSoon { .. } => (StatusCode::TOO_MANY_REQUESTS, "resend_too_soon"),
            ApiError::ResendLimit { .. } => (StatusCode::TOO_MANY_REQUESTS, "resend_limit"),
            ApiError::NotSignedIn => (StatusCode::UNAUTHORIZED, "not_signed_in"),
            ApiError::CrossOrigin => (StatusCode::FORBIDDEN, "cross_origin"),
            ApiError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        }
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> ApiError {
        match rejection {
            JsonRejection::MissingJsonContentType(_) => ApiError::NotJson,
            JsonRejection::BytesRejection(_)
                if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE =>
            {
                ApiError::TooLarge
            }
            other => ApiError::BadJson(other.body_text()),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        if let ApiError::Internal(error) = &self {
            tracing::error!("internal error: {error}");
        }
        let tries_left = match self {
            ApiError::InvalidCode { tries_left } => Some(tries_left),
            _ => None,
        };
        let body = ErrorBody {
            error: code.to_owned(),
            message: self.to_string(),
            tries_left,
        };
        let mut response = (status, Json(body)).into_response();
        if let ApiError::Throttled { retry_after }
        | ApiError::ResendTooSoon { retry_after }
        | ApiError::ResendLimit { retry_after } = self
        {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(retry_after));
        }
        response
    }
}

/// `axum::Json`, but a body it cannot read answers as an [`ApiError`] in JSON.
#[derive(axum::extract::FromRequest)]
#[from_request(via(axum::Json), rejection(ApiError))]
pub struct ApiJson<T>(pub T);

pub async fn not_found() -> ApiError {
    ApiError::NotFound
}

pub async fn method_not_allowed() -> ApiError {
    ApiError::MethodNotAllowed
}
