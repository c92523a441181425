//! Passkeys (WebAuthn), the JSON shapes of `/api/v1/jlc/passkeys…` and
//! `/api/v1/jlc/passkey-login/…`, and the rule of a passkey's name. The browser's own
//! WebAuthn JSON travels as text (`options`, `credential`): the app hands it to the browser
//! and back without reading it, so the bundle carries no WebAuthn types and no JSON parser.

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// How long a passkey's name may be, in characters.
pub const PASSKEY_NAME_MAX: usize = 60;

/// What is wrong with a passkey's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasskeyNameError {
    Missing,
    TooLong,
    /// Control or invisible formatting characters.
    HiddenCharacters,
}

impl PasskeyNameError {
    /// The stable code of the API's error body.
    pub fn code(self) -> &'static str {
        match self {
            PasskeyNameError::Missing => "passkey_name_missing",
            PasskeyNameError::TooLong => "passkey_name_too_long",
            PasskeyNameError::HiddenCharacters => "passkey_name_hidden_characters",
        }
    }

    pub fn parse(code: &str) -> Option<PasskeyNameError> {
        [
            PasskeyNameError::Missing,
            PasskeyNameError::TooLong,
            PasskeyNameError::HiddenCharacters,
        ]
        .into_iter()
        .find(|error| error.code() == code)
    }

    pub fn message(self, lang: Lang) -> String {
        use PasskeyNameError as E;
        match (self, lang) {
            (E::Missing, Lang::Id) => "Beri nama passkey ini, misalnya \"Ponsel saya\"".into(),
            (E::Missing, Lang::En) => "Give this passkey a name, such as \"My phone\"".into(),
            (E::TooLong, Lang::Id) => {
                format!("Nama passkey paling panjang {PASSKEY_NAME_MAX} karakter")
            }
            (E::TooLong, Lang::En) => {
                format!("A passkey's name can be at most {PASSKEY_NAME_MAX} characters")
            }
            (E::HiddenCharacters, Lang::Id) => {
                "Nama tidak boleh memuat karakter kontrol atau karakter tak terlihat".into()
            }
            (E::HiddenCharacters, Lang::En) => {
                "A name cannot hold control or invisible formatting characters".into()
            }
        }
    }
}

/// A passkey's name as it is kept: trimmed, not blank, at most [`PASSKEY_NAME_MAX`]
/// characters, nothing hidden in it.
pub fn check_passkey_name(name: &str) -> Result<String, PasskeyNameError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(PasskeyNameError::Missing);
    }
    if name.chars().count() > PASSKEY_NAME_MAX {
        return Err(PasskeyNameError::TooLong);
    }
    if name.chars().any(super::account::is_hidden) {
        return Err(PasskeyNameError::HiddenCharacters);
    }
    Ok(name.to_owned())
}

/// `POST /api/v1/jlc/passkeys/start {password}`: a signed-in member, password asked again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeyAddStart {
    pub password: String,
}

/// The answer to either start: the ceremony's token, and the options for
/// `navigator.credentials.create` or `.get` as WebAuthn JSON text (binary fields base64url).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CeremonyStarted {
    pub ceremony: String,
    pub options: String,
}

/// `POST /api/v1/jlc/passkeys/finish`: the new credential as WebAuthn JSON text, and its name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeyAddFinish {
    pub ceremony: String,
    pub credential: String,
    pub name: String,
}

/// `GET /api/v1/jlc/passkeys`, and the answer to every change: the member's passkeys, the
/// oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeyList {
    pub passkeys: Vec<PasskeyInfo>,
}

/// One passkey: an id to rename or remove it by, its name, when it was added and last used
/// (`YYYY-MM-DDTHH:MM`, WIB).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeyInfo {
    pub id: String,
    pub name: String,
    pub created: String,
    pub last_used: Option<String>,
}

/// `POST /api/v1/jlc/passkeys/rename {id, name}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeyRename {
    pub id: String,
    pub name: String,
}

/// `POST /api/v1/jlc/passkeys/remove {id, password}`: the password (empty or left out for
/// any other) is needed to remove the last one, as the account falls back to password and
/// code alone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeyRemove {
    pub id: String,
    #[serde(default)]
    pub password: String,
}

/// `POST /api/v1/jlc/passkey-login/finish`: the assertion as WebAuthn JSON text. (Its start
/// takes `{}`.) The answer is the member, with a session cookie, as after the code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeySignIn {
    pub ceremony: String,
    pub credential: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passkey_name_is_trimmed_and_neither_blank_long_nor_hidden() {
        assert_eq!(
            check_passkey_name("  Ponsel saya "),
            Ok("Ponsel saya".into())
        );
        assert_eq!(check_passkey_name(" \t"), Err(PasskeyNameError::Missing));
        let long = "x".repeat(PASSKEY_NAME_MAX + 1);
        assert_eq!(check_passkey_name(&long), Err(PasskeyNameError::TooLong));
        assert_eq!(
            check_passkey_name(&"é".repeat(PASSKEY_NAME_MAX)).map(|n| n.chars().count()),
            Ok(PASSKEY_NAME_MAX)
        );
        assert_eq!(
            check_passkey_name("Laptop\u{202E}"),
            Err(PasskeyNameError::HiddenCharacters)
        );
        for error in [
            PasskeyNameError::Missing,
            PasskeyNameError::TooLong,
            PasskeyNameError::HiddenCharacters,
        ] {
            assert_eq!(PasskeyNameError::parse(error.code()), Some(error));
        }
    }
}
