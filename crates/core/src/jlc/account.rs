//! The rules of a JLC account's own fields, shared by the sign-up form and the server: the
//! name, the Indonesian mobile number and the password's length (OWASP ASVS 2.1: at least 12
//! characters, long ones allowed, no composition rules). Whether a password is common or easy
//! to guess is the server's check, against the list it ships.

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

pub const NAME_MAX: usize = 100;
pub const PASSWORD_MIN: usize = 12;
/// Well past ASVS's "at least 64"; the cap keeps the hashing time bounded.
pub const PASSWORD_MAX: usize = 128;

/// What is wrong with one field of a sign-up, reset or change of address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccountError {
    NameMissing,
    NameTooLong,
    /// Control or bidirectional formatting characters, which can make a name display as
    /// something else.
    NameHiddenCharacters,
    MobileInvalid,
    PasswordTooShort {
        chars: usize,
    },
    PasswordTooLong,
    /// On the server's list of common and breached passwords, or as easy to guess.
    PasswordCommon,
}

impl AccountError {
    /// The stable code of the API's error body.
    pub fn code(self) -> &'static str {
        match self {
            AccountError::NameMissing => "name_missing",
            AccountError::NameTooLong => "name_too_long",
            AccountError::NameHiddenCharacters => "name_hidden_characters",
            AccountError::MobileInvalid => "mobile_invalid",
            AccountError::PasswordTooShort { .. } => "password_too_short",
            AccountError::PasswordTooLong => "password_too_long",
            AccountError::PasswordCommon => "password_common",
        }
    }

    /// The field the error belongs to: `name`, `mobile` or `password`.
    pub fn field(self) -> &'static str {
        match self {
            AccountError::NameMissing
            | AccountError::NameTooLong
            | AccountError::NameHiddenCharacters => "name",
            AccountError::MobileInvalid => "mobile",
            _ => "password",
        }
    }

    /// The error from its API code, for the page that gets it back from the server.
    pub fn from_code(code: &str) -> Option<AccountError> {
        Some(match code {
            "name_missing" => AccountError::NameMissing,
            "name_too_long" => AccountError::NameTooLong,
            "name_hidden_characters" => AccountError::NameHiddenCharacters,
            "mobile_invalid" => AccountError::MobileInvalid,
            "password_too_short" => AccountError::PasswordTooShort { chars: 0 },
            "password_too_long" => AccountError::PasswordTooLong,
            "password_common" => AccountError::PasswordCommon,
            _ => return None,
        })
    }

    pub fn message(self, lang: Lang) -> String {
        use AccountError as E;
        match (self, lang) {
            (E::NameMissing, Lang::Id) => "Masukkan nama Anda".into(),
            (E::NameMissing, Lang::En) => "Enter your name".into(),
            (E::NameTooLong, Lang::Id) => format!("Nama paling panjang {NAME_MAX} karakter"),
            (E::NameTooLong, Lang::En) => format!("A name can be at most {NAME_MAX} characters"),
            (E::NameHiddenCharacters, Lang::Id) => {
                "Nama tidak boleh memuat karakter kontrol atau karakter tak terlihat".into()
            }
            (E::NameHiddenCharacters, Lang::En) => {
                "A name cannot hold control or invisible formatting characters".into()
            }
            (E::MobileInvalid, Lang::Id) => {
                "Masukkan nomor ponsel Indonesia, contoh: 0812 3456 7890 atau +62 812 3456 7890"
                    .into()
            }
            (E::MobileInvalid, Lang::En) => {
                "Enter an Indonesian mobile number, for example 0812 3456 7890 or +62 812 3456 7890"
                    .into()
            }
            (E::PasswordTooShort { chars }, Lang::Id) => format!(
                "Kata sandi minimal {PASSWORD_MIN} karakter (sekarang {chars}). \
                 Kalimat pendek yang mudah Anda ingat paling baik"
            ),
            (E::PasswordTooShort { chars }, Lang::En) => format!(
                "A password needs at least {PASSWORD_MIN} characters (now {chars}). \
                 A short sentence you remember works best"
            ),
            (E::PasswordTooLong, Lang::Id) => {
                format!("Kata sandi paling panjang {PASSWORD_MAX} karakter")
            }
            (E::PasswordTooLong, Lang::En) => {
                format!("A password can be at most {PASSWORD_MAX} characters")
            }
            (E::PasswordCommon, Lang::Id) => {
                "Kata sandi ini terlalu umum atau mudah ditebak (ada di daftar kata sandi yang \
                 pernah bocor). Pilih yang lain"
                    .into()
            }
            (E::PasswordCommon, Lang::En) => {
                "This password is too common or easy to guess (it is on lists of leaked \
                 passwords). Choose another"
                    .into()
            }
        }
    }
}

/// The name as it will be stored: trimmed, 1 to 100 characters, nothing hidden in it.
pub fn check_name(name: &str) -> Result<String, AccountError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(AccountError::NameMissing);
    }
    if name.chars().count() > NAME_MAX {
        return Err(AccountError::NameTooLong);
    }
    if name.chars().any(is_hidden) {
        return Err(AccountError::NameHiddenCharacters);
    }
    Ok(name.to_owned())
}

/// Controls, and the bidirectional and zero-width formatting characters.
pub(crate) fn is_hidden(ch: char) -> bool {
    ch.is_control()
        || matches!(ch, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// An Indonesian mobile number (`08…`, `+628…` or `628…`, spaces, dots, dashes and brackets
/// allowed) in its stored form `08…`: 10 to 13 digits in all.
pub fn normalize_mobile(text: &str) -> Result<String, AccountError> {
    let text = text.trim();
    let (international, rest) = match text.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    if !rest
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')'))
    {
        return Err(AccountError::MobileInvalid);
    }
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    let national = match digits.strip_prefix("62") {
        Some(after) if international || !digits.starts_with('0') => after,
        _ if international => return Err(AccountError::MobileInvalid),
        _ => digits
            .strip_prefix('0')
            .ok_or(AccountError::MobileInvalid)?,
    };
    let well_formed = national.starts_with('8') && (9..=12).contains(&national.len());
    well_formed
        .then(|| format!("0{national}"))
        .ok_or(AccountError::MobileInvalid)
}

/// The length rule; the password itself is never changed (no trimming, no truncation).
pub fn check_password_length(password: &str) -> Result<(), AccountError> {
    let chars = password.chars().count();
    if chars < PASSWORD_MIN {
        return Err(AccountError::PasswordTooShort { chars });
    }
    if chars > PASSWORD_MAX {
        return Err(AccountError::PasswordTooLong);
    }
    Ok(())
}

/// A rough strength for the meter beside the password field, from length alone: past the
/// minimum, length is what makes a password hard to guess. The server's check is the rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    TooShort,
    Fair,
    Good,
    Strong,
}

pub fn strength(password: &str) -> Strength {
    let chars = password.chars().count();
    let distinct = {
        let mut seen: Vec<char> = password.chars().collect();
        seen.sort_unstable();
        seen.dedup();
        seen.len()
    };
    match chars {
        _ if chars < PASSWORD_MIN => Strength::TooShort,
        // Twelve characters of two kinds (`aaaaaabbbbbb`) are still weak.
        _ if distinct < 5 => Strength::Fair,
        12..=15 => Strength::Fair,
        16..=19 => Strength::Good,
        _ => Strength::Strong,
    }
}

/// `POST /api/v1/jlc/signup`: the account waits for the code sent to `email` before it is active.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignUpRequest {
    pub name: String,
    pub email: String,
    pub mobile: String,
    pub password: String,
}

/// `POST /api/v1/jlc/reset`: a code to this address, if it belongs to a member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResetRequest {
    pub email: String,
}

/// `POST /api/v1/jlc/reset/complete`: the code and the new password together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResetCompleteRequest {
    pub challenge: String,
    pub code: String,
    pub password: String,
}

/// `POST /api/v1/jlc/email`: a signed-in member's new address, with the password asked again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailChangeRequest {
    pub password: String,
    pub email: String,
}

#[cfg(test)]
#[path = "account_tests.rs"]
mod tests;
