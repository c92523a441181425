//! JSON shapes of the JLC member API (`/api/v1/jlc/*`), shared by app and server, and the
//! masking of a member's contact details for display.

pub mod account;
pub mod device;
pub mod lockout;
pub mod passkey;
pub mod rights;

use serde::{Deserialize, Serialize};

use crate::tracking::NormalizedStatus;

/// How many digits a one-time code has (the server makes them, the form checks them).
pub const CODE_LENGTH: usize = 6;

/// Seconds to wait after a 429 that carries no `Retry-After` (the server always sends one;
/// a proxy in between might not).
pub const DEFAULT_RETRY_WAIT: u32 = 60;

/// A one-time code as typed, spaces ignored: `CODE_LENGTH` ASCII digits.
pub fn is_code_well_formed(code: &str) -> bool {
    code.len() == CODE_LENGTH && code.bytes().all(|b| b.is_ascii_digit())
}

/// What a member signs in with: an email address (anything holding an `@`, checked by the
/// email rule) or a JLC number. The one place that tells them apart, for the sign-in form
/// and the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Identifier<'a> {
    /// Nothing but spaces.
    Blank,
    /// Holds an `@`: an address, trimmed, still to be checked by `email::validate`.
    Email(&'a str),
    /// Anything else: a JLC number in its stored form when well formed, else as typed
    /// (trimmed), which finds no member.
    JlcNumber(String),
}

impl<'a> Identifier<'a> {
    pub fn parse(text: &'a str) -> Identifier<'a> {
        let text = text.trim();
        if text.is_empty() {
            Identifier::Blank
        } else if text.contains('@') {
            Identifier::Email(text)
        } else {
            Identifier::JlcNumber(normalize_jlc_number(text).unwrap_or_else(|| text.to_owned()))
        }
    }
}

/// A JLC number is `JLC` and ten digits (`JLC0012345678`), accepted in any case and with
/// spaces around it; this gives its stored form (upper case), or `None` when it is not one.
pub fn normalize_jlc_number(text: &str) -> Option<String> {
    let text = text.trim();
    let digits = text.get(3..)?;
    let well_formed = text.get(..3)?.eq_ignore_ascii_case("JLC")
        && digits.len() == 10
        && digits.bytes().all(|b| b.is_ascii_digit());
    well_formed.then(|| format!("JLC{digits}"))
}

/// `POST /api/v1/jlc/login`: layer one. `identifier` is a JLC number (see
/// [`normalize_jlc_number`]) or an email address (it holds an `@`).
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

/// `GET /api/v1/jlc/session`: the signed-in member, or `null` (200 either way, so a page can
/// ask without an error for every visitor who is not signed in).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionAnswer {
    pub member: Option<Member>,
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
    /// Privacy policy versions the member acknowledged, oldest first.
    pub policy_acks: Vec<PolicyAck>,
    /// Every consent given or withdrawn, oldest first; the last of a purpose is in force.
    pub consents: Vec<rights::ConsentRecord>,
    /// Requests about their data, the newest first.
    pub requests: Vec<rights::RightsRequest>,
    /// Addresses the account had before, masked, the newest first.
    pub past_emails: Vec<rights::PastEmail>,
    /// If the member closed the account today, the date what is kept would be anonymised.
    pub anonymised_if_closed_on: String,
}

impl Member {
    /// Whether the member's consent to `purpose` is in force (none given: no).
    pub fn consents_to(&self, purpose: rights::ConsentPurpose) -> bool {
        self.consents
            .iter()
            .rev()
            .find(|record| record.purpose == purpose)
            .is_some_and(|record| record.given)
    }
}

/// `GET /api/v1/jlc/sessions`: where the member is signed in, the most recently used first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionList {
    pub sessions: Vec<SessionInfo>,
}

/// One session: an id to end it by (not its token), the device family (`chrome/android`, see
/// [`device::DeviceFamily`]), when it began and was last used (`YYYY-MM-DDTHH:MM`, WIB), and
/// whether it is the one asking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    pub id: String,
    pub device: String,
    pub started: String,
    pub last_used: String,
    pub current: bool,
}

/// `POST /api/v1/jlc/sessions/end {id}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndSessionRequest {
    pub id: String,
}

/// One acknowledgement of a privacy policy version: which, and when (`YYYY-MM-DDTHH:MM`, WIB).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyAck {
    pub version: String,
    pub at: String,
}

/// `POST /api/v1/jlc/policy-ack`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyAckRequest {
    pub version: String,
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
    fn jlc_numbers_are_jlc_and_ten_digits_in_any_case() {
        let ok = Some("JLC0012345678".to_owned());
        assert_eq!(normalize_jlc_number("JLC0012345678"), ok);
        assert_eq!(normalize_jlc_number("  jlc0012345678\n"), ok);
        for bad in [
            "",
            "JLC",
            "JLC001234567",
            "JLC00123456789",
            "XLC0012345678",
            "JLC00123456x8",
        ] {
            assert_eq!(normalize_jlc_number(bad), None, "{bad}");
        }
        assert_eq!(
            normalize_jlc_number("JLÇ0012345678"),
            None,
            "no panic on a multibyte cut"
        );
    }

    #[test]
    fn identifiers_are_an_address_when_they_hold_an_at_and_a_number_otherwise() {
        assert_eq!(Identifier::parse("  \n"), Identifier::Blank);
        assert_eq!(
            Identifier::parse(" budi@contoh.co.id "),
            Identifier::Email("budi@contoh.co.id")
        );
        assert_eq!(
            Identifier::parse(" jlc0012345678"),
            Identifier::JlcNumber("JLC0012345678".to_owned())
        );
        assert_eq!(
            Identifier::parse("12345"),
            Identifier::JlcNumber("12345".to_owned())
        );
    }

    #[test]
    fn codes_are_six_ascii_digits() {
        assert!(is_code_well_formed("012345"));
        for bad in ["", "12345", "1234567", "12345a", "١٢٣٤٥٦"] {
            assert!(!is_code_well_formed(bad), "{bad}");
        }
    }

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
