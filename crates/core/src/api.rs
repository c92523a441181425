//! JSON shapes of API v1, shared by the app (which reads them) and the server (which writes them).

use serde::{Deserialize, Serialize};

/// `GET /api/v1/health`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    pub status: String,
    pub version: String,
}

/// The body of every error answer: a stable machine code and a sentence for people; for a
/// wrong password or one-time code how many tries are left before the account waits, and for a 429 how many seconds to wait (the
/// same number as the `Retry-After` header). Absent fields are left out of the JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub error: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tries_left: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
}

/// Every fixed code of `ErrorBody::error`, spelled on the wire as serde writes it (snake_case).
/// A rule's own 422 codes (an AWB, an email address, an account field) are the rule's
/// (`AwbError::code`, `EmailError::code`, `AccountError::code`), not listed here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// 404, no such API endpoint.
    NotFound,
    /// 404, no privacy policy version with that id.
    NoSuchVersion,
    /// 405.
    MethodNotAllowed,
    /// 415, a body not sent as `Content-Type: application/json`.
    NotJson,
    /// 400, a body that is not the JSON the endpoint takes.
    BadJson,
    /// 413.
    TooLarge,
    /// 400, a query string the endpoint does not take.
    BadQuery,
    /// 400, any other request the API cannot read.
    BadRequest,
    /// 429 + Retry-After, too many failures for this account or requests from this client.
    Throttled,
    /// 503.
    Unavailable,
    /// 401, the one answer for an unknown member and a wrong password alike, and for a passkey
    /// sign-in that is refused; `ErrorBody::tries_left` says how many tries the account (or,
    /// with a passkey, the client) has before it waits.
    InvalidCredentials,
    /// 401, a wrong code; `ErrorBody::tries_left` says how many tries remain.
    InvalidCode,
    /// 410, the challenge can no longer be answered: expired, used, or too many wrong tries.
    ChallengeEnded,
    /// 429 + Retry-After, a new code was asked for before the cooldown ended.
    ResendTooSoon,
    /// 429 + Retry-After (until the challenge expires), every resend of this challenge is used.
    ResendLimit,
    /// 401, no session, or it ended (signed out, idle 30 minutes, or 12 hours old).
    NotSignedIn,
    /// 401, the password asked again before a change of address is wrong.
    WrongPassword,
    /// 422, the new address of a change of address is the account's own.
    EmailSame,
    /// 403, the right password of an account its member closed: it signs in no more.
    AccountClosed,
    /// 403, a state change whose `Origin` is missing or not this site.
    CrossOrigin,
    /// 422, a tracking request without a number.
    NoAwb,
    /// 422, more numbers than `awb::MAX_PER_SEARCH` in one tracking request.
    TooMany,
    /// 500.
    Internal,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 23] = [
        ErrorCode::NotFound,
        ErrorCode::NoSuchVersion,
        ErrorCode::MethodNotAllowed,
        ErrorCode::NotJson,
        ErrorCode::BadJson,
        ErrorCode::TooLarge,
        ErrorCode::BadQuery,
        ErrorCode::BadRequest,
        ErrorCode::Throttled,
        ErrorCode::Unavailable,
        ErrorCode::InvalidCredentials,
        ErrorCode::InvalidCode,
        ErrorCode::ChallengeEnded,
        ErrorCode::ResendTooSoon,
        ErrorCode::ResendLimit,
        ErrorCode::NotSignedIn,
        ErrorCode::WrongPassword,
        ErrorCode::EmailSame,
        ErrorCode::AccountClosed,
        ErrorCode::CrossOrigin,
        ErrorCode::NoAwb,
        ErrorCode::TooMany,
        ErrorCode::Internal,
    ];

    /// The wire spelling, the same as serde's (a test holds them together); the app has no
    /// serde_json, so it reads codes with this.
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorCode::NotFound => "not_found",
            ErrorCode::NoSuchVersion => "no_such_version",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
            ErrorCode::NotJson => "not_json",
            ErrorCode::BadJson => "bad_json",
            ErrorCode::TooLarge => "too_large",
            ErrorCode::BadQuery => "bad_query",
            ErrorCode::BadRequest => "bad_request",
            ErrorCode::Throttled => "throttled",
            ErrorCode::Unavailable => "unavailable",
            ErrorCode::InvalidCredentials => "invalid_credentials",
            ErrorCode::InvalidCode => "invalid_code",
            ErrorCode::ChallengeEnded => "challenge_ended",
            ErrorCode::ResendTooSoon => "resend_too_soon",
            ErrorCode::ResendLimit => "resend_limit",
            ErrorCode::NotSignedIn => "not_signed_in",
            ErrorCode::WrongPassword => "wrong_password",
            ErrorCode::EmailSame => "email_same",
            ErrorCode::AccountClosed => "account_closed",
            ErrorCode::CrossOrigin => "cross_origin",
            ErrorCode::NoAwb => "no_awb",
            ErrorCode::TooMany => "too_many",
            ErrorCode::Internal => "internal",
        }
    }

    /// The code of an error body, or `None` for a rule's own code (or one this build does
    /// not know).
    pub fn parse(code: &str) -> Option<ErrorCode> {
        ErrorCode::ALL
            .into_iter()
            .find(|known| known.as_str() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::ErrorCode;

    #[test]
    fn error_codes_are_spelled_as_serde_writes_them_and_read_back() {
        for code in ErrorCode::ALL {
            let json = serde_json::to_string(&code).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert_eq!(ErrorCode::parse(code.as_str()), Some(code));
        }
        assert_eq!(ErrorCode::parse("password_too_short"), None);
    }
}
