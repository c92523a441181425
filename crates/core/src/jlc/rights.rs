//! A member's rights over their data (Law No. 27 of 2022 on Personal Data Protection) and the
//! retention the privacy policy promises (4e): the JSON of `/api/v1/jlc/me/…`, shared by app
//! and server. A copy of everything held, correction of name and mobile, consents given and
//! withdrawn with proof, and closing the account; each request is recorded.

use serde::{Deserialize, Serialize};

/// How long the law gives a controller to answer a request it cannot carry out at once:
/// 3 × 24 hours (UU PDP, Articles 32–42). Every request here is carried out at once; one that
/// is not shows this time.
pub const ANSWER_WITHIN_HOURS: i64 = 72;

/// How many years personal data is kept after the account is closed or last used, before it
/// is anonymised: "at least five years" (policy 4e). The server's `--retention-years`.
pub const DEFAULT_RETENTION_YEARS: u32 = 5;

// The spellings of the two enums below, on the wire and in the database, are
// `crate::wire`'s names (`Names::name`, `Names::named`).

/// What a member may consent to. Account mail (codes, security notices) is not a consent: it
/// cannot be switched off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentPurpose {
    /// JLC news and offers by email; opt-in.
    NewsEmail,
}

/// `POST /api/v1/jlc/me/consents {purpose, given}`: one click gives, one click withdraws.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentChange {
    pub purpose: ConsentPurpose,
    pub given: bool,
}

/// One giving or withdrawing, as recorded (proof of consent): when (`YYYY-MM-DDTHH:MM`, WIB)
/// and the privacy policy version in force then.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentRecord {
    pub purpose: ConsentPurpose,
    pub given: bool,
    pub at: String,
    pub policy_version: String,
}

/// The kinds of request a member makes about their data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestKind {
    /// A copy of everything held (the JSON download).
    Copy,
    /// Name or mobile number corrected.
    Correction,
    /// A consent given or withdrawn.
    Consent,
    /// The account closed.
    Closure,
}

/// One request, as the member page lists it: when it was made and done (`YYYY-MM-DDTHH:MM`,
/// WIB); one not done yet has the time by which the law says it must be answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RightsRequest {
    pub kind: RequestKind,
    pub made: String,
    pub done: Option<String>,
    pub answer_by: String,
}

/// An address the account had before, masked (`b***@gmail.com`), and until when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PastEmail {
    pub masked: String,
    pub until: String,
}

/// `POST /api/v1/jlc/me/profile`: the corrected name and mobile, with the password asked again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileCorrection {
    pub password: String,
    pub name: String,
    pub mobile: String,
}

/// `POST /api/v1/jlc/me/close {password}`: a code goes to the member's address;
/// `POST /api/v1/jlc/me/close/confirm {challenge, code}` closes the account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CloseRequest {
    pub password: String,
}

/// The answer to a closed account: the date (`YYYY-MM-DD`, WIB) on which what is kept is
/// anonymised. Every session has ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Closed {
    pub anonymised_on: String,
}
