//! Secrets of sign-in: random tokens and codes from the OS CSPRNG, SHA-256 for what is
//! stored of them, Argon2id for passwords (off the async threads, as it is slow on purpose).

use std::sync::OnceLock;

use argon2::{Argon2, PasswordHasher, PasswordVerifier};
use base64::Engine;
use sha2::{Digest, Sha256};

/// `N` random bytes from the OS.
pub fn random<const N: usize>() -> Result<[u8; N], getrandom::Error> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes)?;
    Ok(bytes)
}

/// 256 random bits, URL-safe: session tokens and challenge ids.
pub fn token() -> Result<String, getrandom::Error> {
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(random::<32>()?))
}

/// `CODE_LENGTH` decimal digits, uniform (no modulo bias).
pub fn code() -> Result<String, getrandom::Error> {
    const WIDTH: usize = jne_core::jlc::CODE_LENGTH;
    const MODULUS: u32 = 10u32.pow(WIDTH as u32);
    // The largest multiple of MODULUS that fits in a u32: draws at or past it are redrawn.
    const LIMIT: u32 = u32::MAX - u32::MAX % MODULUS;
    loop {
        let mut bytes = [0u8; 4];
        getrandom::fill(&mut bytes)?;
        let n = u32::from_le_bytes(bytes);
        if n < LIMIT {
            return Ok(format!("{:0WIDTH$}", n % MODULUS));
        }
    }
}

/// What the database keeps of a token or code: its SHA-256, hex.
pub fn digest(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update([0u8]);
    }
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub async fn hash_password(password: String) -> Option<String> {
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(password.as_bytes())
            .ok()
            .map(|hash| hash.to_string())
    })
    .await
    .ok()
    .flatten()
}

/// Checks `password` against `stored`, or against a dummy hash when there is no account, so
/// both answers take the same time and unknown accounts cannot be told apart by timing.
pub async fn verify_password(password: String, stored: Option<String>) -> bool {
    let known = stored.is_some();
    let hash = match stored {
        Some(hash) => hash,
        None => dummy_hash().await,
    };
    let matches = tokio::task::spawn_blocking(move || {
        Argon2::default()
            .verify_password(password.as_bytes(), hash.as_str())
            .is_ok()
    })
    .await
    .unwrap_or(false);
    known && matches
}

async fn dummy_hash() -> String {
    static DUMMY: OnceLock<String> = OnceLock::new();
    if let Some(hash) = DUMMY.get() {
        return hash.clone();
    }
    let secret = token().unwrap_or_default();
    let hash = hash_password(secret).await.unwrap_or_default();
    DUMMY.get_or_init(|| hash).clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_digits_and_tokens_256_bits() {
        for _ in 0..100 {
            let code = code().unwrap_or_default();
            assert_eq!(code.len(), 6);
            assert!(code.bytes().all(|b| b.is_ascii_digit()));
        }
        let token = token().unwrap_or_default();
        assert_eq!(token.len(), 43, "32 bytes in unpadded base64");
        assert_ne!(token, super::token().unwrap_or_default());
    }

    #[test]
    fn digests_separate_their_parts() {
        assert_ne!(digest(&["ab", "c"]), digest(&["a", "bc"]));
        assert_eq!(digest(&["x"]).len(), 64);
    }

    #[tokio::test]
    async fn passwords_verify_only_against_their_own_hash() {
        let hash = hash_password("correct horse battery".into()).await;
        assert!(hash.as_deref().is_some_and(|h| h.starts_with("$argon2id$")));
        assert!(verify_password("correct horse battery".into(), hash.clone()).await);
        assert!(!verify_password("wrong".into(), hash).await);
        assert!(!verify_password("correct horse battery".into(), None).await);
    }
}
