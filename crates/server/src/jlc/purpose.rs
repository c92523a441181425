//! What a one-time code is for, as the challenges table spells it.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    SignIn,
    SignUp,
    Reset,
    EmailChange,
    /// Closing the account.
    Close,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::SignIn => "sign_in",
            Purpose::SignUp => "sign_up",
            Purpose::Reset => "reset",
            Purpose::EmailChange => "email_change",
            Purpose::Close => "close",
        }
    }

    pub fn parse(text: &str) -> Option<Purpose> {
        [
            Purpose::SignIn,
            Purpose::SignUp,
            Purpose::Reset,
            Purpose::EmailChange,
            Purpose::Close,
        ]
        .into_iter()
        .find(|p| p.as_str() == text)
    }
}
