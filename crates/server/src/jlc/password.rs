//! The password rules of ASVS 2.1 on the server: the length (shared with the app), then
//! Dropbox's zxcvbn estimate, which knows 30,000 common and leaked passwords and their
//! variations (`Password2026!`), keyboard walks and the member's own name and address.

use jne_core::jlc::account::{check_password_length, AccountError};

use super::secret;

/// Fewer guesses than this (zxcvbn's score 3, 10^8) and a password counts as common.
const MIN_SCORE: u8 = 3;

/// Checks `password` against the rules, with `personal` (name, address, number) as words an
/// attacker would try first; then hashes it. Both run off the async threads.
pub async fn check_and_hash(password: String, personal: Vec<String>) -> Result<String, CheckError> {
    check_password_length(&password).map_err(CheckError::Rule)?;
    let guessable = tokio::task::spawn_blocking({
        let password = password.clone();
        move || {
            let inputs: Vec<&str> = personal.iter().map(String::as_str).collect();
            u8::from(zxcvbn::zxcvbn(&password, &inputs).score()) < MIN_SCORE
        }
    })
    .await
    .map_err(|_| CheckError::Unavailable)?;
    if guessable {
        return Err(CheckError::Rule(AccountError::PasswordCommon));
    }
    secret::hash_password(password)
        .await
        .ok_or(CheckError::Unavailable)
}

/// The words of a member's name, address and number, as an attacker would try them.
pub fn personal_words(name: &str, email: &str, mobile: &str) -> Vec<String> {
    let local = email.split('@').next().unwrap_or_default();
    name.split_whitespace()
        .chain(local.split(['.', '_', '-', '+']))
        .chain([name, local, email, mobile])
        .filter(|word| word.chars().count() >= 3)
        .map(str::to_lowercase)
        .collect()
}

pub enum CheckError {
    Rule(AccountError),
    Unavailable,
}

impl From<CheckError> for crate::error::ApiError {
    fn from(error: CheckError) -> Self {
        match error {
            CheckError::Rule(rule) => crate::error::ApiError::account(rule),
            CheckError::Unavailable => crate::error::ApiError::Unavailable,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn refused(password: &str, personal: Vec<String>) -> Option<AccountError> {
        match check_and_hash(password.to_owned(), personal).await {
            Ok(hash) => {
                assert!(hash.starts_with("$argon2id$"));
                None
            }
            Err(CheckError::Rule(rule)) => Some(rule),
            Err(CheckError::Unavailable) => panic!("hashing failed"),
        }
    }

    #[tokio::test]
    async fn common_and_personal_passwords_are_refused_long_phrases_are_not() {
        let common = Some(AccountError::PasswordCommon);
        for weak in [
            "123456789012",
            "passwordpassword",
            "qwertyuiop123",
            "Password2026!",
            "iloveyou1234",
            "aaaaaaaaaaaa",
        ] {
            assert_eq!(refused(weak, Vec::new()).await, common, "{weak}");
        }
        assert_eq!(
            refused(
                "srahayu@gmail.com",
                personal_words("Siti Rahayu", "srahayu@gmail.com", "081234567890")
            )
            .await,
            common,
            "the member's own address"
        );
        assert_eq!(
            refused("pendek", Vec::new()).await,
            Some(AccountError::PasswordTooShort { chars: 6 })
        );
        for fine in [
            "kopi susu di pagi hujan",
            "Naik ojek ke Bandung 3x",
            "tj8#Vq!m2Lp0",
        ] {
            assert_eq!(refused(fine, Vec::new()).await, None, "{fine}");
        }
    }
}
