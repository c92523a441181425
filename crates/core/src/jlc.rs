//! JSON shapes of the JLC member API (`/api/v1/jlc/*`), shared by app and server, and the
//! masking of a member's contact details for display.

use serde::{Deserialize, Serialize};

use crate::tracking::NormalizedStatus;

/// `POST /api/v1/jlc/login`: layer one. `identifier` is a JLC number or an email address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginRequest {
    pub identifier: String,
    pub password: String,
}

/// The answer to login and resend: a code went to `email_hint` (masked); times in seconds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChallengeSent {
    pub challenge: String,
    pub email_hint: String,
    pub expires_in: u64,
    pub resend_in: u64,
    pub resends_left: u32,
}

/// `POST /api/v1/jlc/verify`: layer two.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerifyRequest {
    pub challenge: String,
    pub code: String,
}

/// `POST /api/v1/jlc/resend`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResendRequest {
    pub challenge: String,
}

/// The answer to verify and `GET /api/v1/jlc/me`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemberAnswer {
    pub member: Member,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Member {
    pub jlc_number: String,
    pub name: String,
    pub email_masked: String,
    pub mobile_masked: String,
    pub points: u32,
    pub tier: String,
    /// `YYYY-MM-DD`.
    pub member_since: String,
    pub shipments: Vec<MemberShipment>,
    /// Everything stored about the member (UU PDP right of access), never the password hash.
    pub held: Vec<HeldField>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemberShipment {
    pub awb: String,
    pub status: NormalizedStatus,
    pub destination: String,
    pub shipped_at: Option<String>,
}

/// One stored field: a stable key (`email`, `mobile`, `name` …) and its value, unmasked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldField {
    pub field: String,
    pub value: String,
}

/// `budi.santoso@gmail.com` → `b***@gmail.com`: enough to recognise one's own address,
/// too little to harvest it.
pub fn mask_email(address: &str) -> String {
    match address.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".to_owned(),
    }
}

/// `081234567890` → `0812****7890`; short numbers keep only their last two digits.
pub fn mask_phone(number: &str) -> String {
    let digits: Vec<char> = number.chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.len() < 8 {
        let tail: String = digits.iter().rev().take(2).rev().collect();
        return format!("****{tail}");
    }
    let head: String = digits[..4].iter().collect();
    let tail: String = digits[digits.len() - 4..].iter().collect();
    format!("{head}****{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_keep_only_what_lets_a_member_recognise_their_own() {
        assert_eq!(mask_email("budi.santoso@gmail.com"), "b***@gmail.com");
        assert_eq!(mask_email("é@contoh.co.id"), "é***@contoh.co.id");
        assert_eq!(mask_email("nonsense"), "***");
        assert_eq!(mask_phone("081234567890"), "0812****7890");
        assert_eq!(mask_phone("+62 812-3456-7890"), "6281****7890");
        assert_eq!(mask_phone("12345"), "****45");
    }
}
