//! The one error type of the API: each case maps to a status and a JSON `{error, message}`.

use axum::extract::rejection::JsonRejection;
use axum::http::header::{self, HeaderValue};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use jne_core::api::{ErrorBody, ErrorCode};

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("no such API endpoint")]
    NotFound,
    /// The id is named only when it could be one: whatever else was asked is not echoed.
    #[error("no privacy policy version {}", shown_version_id(.0))]
    NoSuchVersion(String),
    #[error("this endpoint does not take that method")]
    MethodNotAllowed,
    #[error("the body must be JSON sent with Content-Type: application/json")]
    NotJson,
    #[error("the body is not the JSON this endpoint takes: {0}")]
    BadJson(String),
    #[error("the body is too large")]
    TooLarge,
    #[error("the query string is not one this endpoint takes")]
    BadQuery,
    /// Any other request the API cannot read (see [`typed_errors`]).
    #[error("the request cannot be read")]
    BadRequest,
    /// Input that parses but breaks a rule of `jne_core`; `code` is the rule's own error code.
    #[error("{message}")]
    Invalid { code: &'static str, message: String },
    #[error("too many requests; try again in {retry_after} seconds")]
    Throttled { retry_after: u64 },
    #[error("the service is not available right now")]
    Unavailable,
    /// The one answer for an unknown member and a wrong password alike, with the tries the
    /// account (known or not) has left before it must wait.
    #[error("unknown JLC number or email, or wrong password; {tries_left} tries left")]
    InvalidCredentials { tries_left: u32 },
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
    /// The password asked again before a change of address (the member is signed in).
    #[error("wrong password")]
    WrongPassword,
    #[error("this account was closed by its member and signs in no more")]
    AccountClosed,
    #[error("state changes must come from this site")]
    CrossOrigin,
    #[error("internal error")]
    Internal(#[from] sqlx::Error),
}

impl ApiError {
    /// A field of an account that breaks its rule (422, the rule's code).
    pub fn account(error: jne_core::jlc::account::AccountError) -> ApiError {
        ApiError::Invalid {
            code: error.code(),
            message: error.message(jne_core::lang::Lang::En),
        }
    }

    /// A passkey name that breaks its rule (422, the rule's code).
    pub fn passkey_name(error: jne_core::jlc::passkey::PasskeyNameError) -> ApiError {
        ApiError::Invalid {
            code: error.code(),
            message: error.message(jne_core::lang::Lang::En),
        }
    }

    /// An email address that breaks the shared rule (422, the rule's code).
    pub fn email(error: jne_core::email::EmailError) -> ApiError {
        ApiError::Invalid {
            code: error.code(),
            message: error.message(jne_core::lang::Lang::En),
        }
    }

    fn status_and_code(&self) -> (StatusCode, &'static str) {
        let (status, code) = match self {
            ApiError::Invalid { code, .. } => return (StatusCode::UNPROCESSABLE_ENTITY, code),
            ApiError::NotFound => (StatusCode::NOT_FOUND, ErrorCode::NotFound),
            ApiError::NoSuchVersion(_) => (StatusCode::NOT_FOUND, ErrorCode::NoSuchVersion),
            ApiError::MethodNotAllowed => {
                (StatusCode::METHOD_NOT_ALLOWED, ErrorCode::MethodNotAllowed)
            }
            ApiError::NotJson => (StatusCode::UNSUPPORTED_MEDIA_TYPE, ErrorCode::NotJson),
            ApiError::BadJson(_) => (StatusCode::BAD_REQUEST, ErrorCode::BadJson),
            ApiError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::TooLarge),
            ApiError::BadQuery => (StatusCode::BAD_REQUEST, ErrorCode::BadQuery),
            ApiError::BadRequest => (StatusCode::BAD_REQUEST, ErrorCode::BadRequest),
            ApiError::Throttled { .. } => (StatusCode::TOO_MANY_REQUESTS, ErrorCode::Throttled),
            ApiError::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, ErrorCode::Unavailable),
            ApiError::InvalidCredentials { .. } => {
                (StatusCode::UNAUTHORIZED, ErrorCode::InvalidCredentials)
            }
            ApiError::InvalidCode { .. } => (StatusCode::UNAUTHORIZED, ErrorCode::InvalidCode),
            ApiError::ChallengeEnded => (StatusCode::GONE, ErrorCode::ChallengeEnded),
            ApiError::ResendTooSoon { .. } => {
                (StatusCode::TOO_MANY_REQUESTS, ErrorCode::ResendTooSoon)
            }
            ApiError::ResendLimit { .. } => (StatusCode::TOO_MANY_REQUESTS, ErrorCode::ResendLimit),
            ApiError::NotSignedIn => (StatusCode::UNAUTHORIZED, ErrorCode::NotSignedIn),
            ApiError::WrongPassword => (StatusCode::UNAUTHORIZED, ErrorCode::WrongPassword),
            ApiError::AccountClosed => (StatusCode::FORBIDDEN, ErrorCode::AccountClosed),
            ApiError::CrossOrigin => (StatusCode::FORBIDDEN, ErrorCode::CrossOrigin),
            ApiError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal),
        };
        (status, code.as_str())
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
            other => ApiError::BadJson(without_values(&other.body_text())),
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
            ApiError::InvalidCode { tries_left } | ApiError::InvalidCredentials { tries_left } => {
                Some(tries_left)
            }
            _ => None,
        };
        let retry_after = match self {
            ApiError::Throttled { retry_after }
            | ApiError::ResendTooSoon { retry_after }
            | ApiError::ResendLimit { retry_after } => Some(retry_after),
            _ => None,
        };
        let body = ErrorBody {
            error: code.to_owned(),
            message: self.to_string(),
            tries_left,
            retry_after,
        };
        let mut response = (status, Json(body)).into_response();
        if let Some(seconds) = retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

/// A version id as the message may name it: short and plain (`2025-01-01`), or not at all.
fn shown_version_id(id: &str) -> String {
    let plain = !id.is_empty()
        && id.len() <= 32
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.' || b == b'_');
    if plain {
        id.to_owned()
    } else {
        "with that id".to_owned()
    }
}

/// The API's safety net: an error answer that is not JSON (one that a layer such as the body
/// limit, or an extractor's own rejection, wrote as text) becomes the typed JSON error of its
/// status, so a client always reads `{error, message}` and never text that echoes its request.
pub async fn typed_errors(response: Response) -> Response {
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(b"application/json"));
    if is_json || !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let error = match status {
        StatusCode::PAYLOAD_TOO_LARGE => ApiError::TooLarge,
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ApiError::NotJson,
        StatusCode::NOT_FOUND => ApiError::NotFound,
        StatusCode::METHOD_NOT_ALLOWED => ApiError::MethodNotAllowed,
        StatusCode::TOO_MANY_REQUESTS => ApiError::Throttled { retry_after: 1 },
        status if status.is_server_error() => ApiError::Unavailable,
        _ => ApiError::BadRequest,
    };
    tracing::debug!("a {status} answer without a JSON body, answered as {error:?}");
    error.into_response()
}

/// serde's message with the values it quotes cut out: a password or a code sent as a number
/// (``invalid type: integer `123456` ``) must not come back in an error message. Field names
/// (``missing field `awbs` ``) stay, they are what the sender needs to know.
fn without_values(text: &str) -> String {
    // How serde's `Unexpected` writes a value, and the character that closes it.
    const VALUES: [(&str, char); 5] = [
        ("integer `", '`'),
        ("floating point `", '`'),
        ("boolean `", '`'),
        ("character `", '`'),
        ("string \"", '"'),
    ];
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        if let Some((opening, close)) = VALUES.iter().find(|(o, _)| rest.starts_with(o)) {
            out.push_str(opening);
            out.push('…');
            let value = &rest[opening.len()..];
            let mut escaped = false;
            let end = value
                .char_indices()
                .find(|&(_, c)| {
                    let closes = c == *close && !escaped;
                    escaped = c == '\\' && !escaped;
                    closes
                })
                .map_or(value.len(), |(i, _)| i);
            rest = &value[end..];
            continue;
        }
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            out.push(c);
        }
        rest = chars.as_str();
    }
    out
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

#[cfg(test)]
mod tests {
    #[test]
    fn bad_json_messages_keep_the_field_and_drop_the_value() {
        let text = "Failed to deserialize the JSON body into the target type: password: \
                    invalid type: integer `12345678`, expected a string at line 1 column 20";
        let cleaned = super::without_values(text);
        assert!(!cleaned.contains("12345678"), "{cleaned}");
        assert!(cleaned.contains("password: invalid type: integer `…`, expected a string"));
        let text = r#"code: invalid type: string "12\"34", expected u32; missing field `awbs`"#;
        assert_eq!(
            super::without_values(text),
            r#"code: invalid type: string "…", expected u32; missing field `awbs`"#
        );
    }
}
