//! Email addresses: validation with typed errors (which part is wrong and why), and typo
//! suggestions for the providers Indonesians use.
//!
//! The policy is the practical one for web forms: one `@`; a dot-atom local part of RFC 5322
//! atext plus non-ASCII letters, marks and digits (RFC 6531), 1–64 octets; a domain of at
//! least two labels of letters, digits and hyphens (IDN labels converted by UTS-46), each 1–63
//! octets, no hyphen at either edge, the TLD not all digits, at most 253 octets; the whole
//! address at most 254 octets with the domain in ASCII form. No quoted strings, comments,
//! IP literals, whitespace, control or invisible characters, emoji or symbols (the UI trims
//! the ends; the rule does not).

mod chars;
mod domain;
mod local;
mod messages;
mod suggest;

pub use suggest::{suggest, suggest_with_case};

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// Octets, UTF-8: a 32-letter local part of `é` is already 64.
pub const LOCAL_MAX: usize = 64;
/// Octets of one label in ASCII form.
pub const LABEL_MAX: usize = 63;
/// Octets of the domain in ASCII form.
pub const DOMAIN_MAX: usize = 253;
/// Octets of `local@domain` with the domain in ASCII form (RFC 5321's path limit less `<>`).
pub const ADDRESS_MAX: usize = 254;

/// A valid address: the local part as typed, the domain lower-cased in both forms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailAddress {
    pub local: String,
    /// The domain as people read it (`bücher.de`). Without the `idna` feature, labels typed
    /// in ASCII form (`xn--…`) stay in that form, as nothing can decode them.
    pub domain_unicode: String,
    /// The domain as DNS and mail servers read it (`xn--bcher-kva.de`).
    pub domain_ascii: String,
}

impl EmailAddress {
    /// `local@domain` with the domain in ASCII form, for sending and storing.
    pub fn ascii(&self) -> String {
        format!("{}@{}", self.local, self.domain_ascii)
    }

    /// `local@domain` with the domain as people read it, for showing.
    pub fn unicode(&self) -> String {
        format!("{}@{}", self.local, self.domain_unicode)
    }
}

/// What is wrong with an address. `position` counts characters (not bytes) from 1 in the
/// whole input, as a person would count them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum EmailError {
    Empty,
    NoAt,
    MoreThanOneAt,
    /// A space, tab, line break, other control character, or an invisible one (zero-width
    /// space, direction mark, byte order mark).
    Whitespace {
        position: usize,
    },
    LocalEmpty,
    LocalTooLong {
        octets: usize,
    },
    /// Outside atext and not a letter, mark or digit: `"`, `(`, `,`, emoji, symbols.
    LocalBadChar {
        ch: char,
        position: usize,
    },
    LocalDotAtStart,
    LocalDotAtEnd,
    LocalDoubleDot,
    DomainEmpty,
    /// `budi@localhost`: mail to the open internet needs a name and a top-level domain.
    DomainOneLabel,
    /// `budi@gmail..com`, `budi@.gmail.com`.
    DomainLabelEmpty,
    /// The label as it is in ASCII form, which is what the limit applies to.
    DomainLabelTooLong {
        label: String,
    },
    DomainHyphenAtEdge {
        label: String,
    },
    /// Not a letter, digit, hyphen or dot; `[` of an IP literal lands here too.
    DomainBadChar {
        ch: char,
        position: usize,
    },
    /// `budi@192.168.1.1`: an IP address written without brackets.
    DomainNumericTld,
    DomainTrailingDot,
    /// A non-ASCII domain that UTS-46 cannot convert, or no converter to do it, or a typed
    /// `xn--` label that does not decode.
    DomainBadIdn,
    DomainTooLong {
        octets: usize,
    },
    AddressTooLong {
        octets: usize,
    },
}

impl EmailError {
    /// A stable machine code, the same as the `code` field of its JSON form.
    pub fn code(&self) -> &'static str {
        match self {
            EmailError::Empty => "empty",
            EmailError::NoAt => "no_at",
            EmailError::MoreThanOneAt => "more_than_one_at",
            EmailError::Whitespace { .. } => "whitespace",
            EmailError::LocalEmpty => "local_empty",
            EmailError::LocalTooLong { .. } => "local_too_long",
            EmailError::LocalBadChar { .. } => "local_bad_char",
            EmailError::LocalDotAtStart => "local_dot_at_start",
            EmailError::LocalDotAtEnd => "local_dot_at_end",
            EmailError::LocalDoubleDot => "local_double_dot",
            EmailError::DomainEmpty => "domain_empty",
            EmailError::DomainOneLabel => "domain_one_label",
            EmailError::DomainLabelEmpty => "domain_label_empty",
            EmailError::DomainLabelTooLong { .. } => "domain_label_too_long",
            EmailError::DomainHyphenAtEdge { .. } => "domain_hyphen_at_edge",
            EmailError::DomainBadChar { .. } => "domain_bad_char",
            EmailError::DomainNumericTld => "domain_numeric_tld",
            EmailError::DomainTrailingDot => "domain_trailing_dot",
            EmailError::DomainBadIdn => "domain_bad_idn",
            EmailError::DomainTooLong { .. } => "domain_too_long",
            EmailError::AddressTooLong { .. } => "address_too_long",
        }
    }

    /// One sentence for the person who typed it.
    pub fn message(&self, lang: Lang) -> String {
        messages::message(self, lang)
    }
}

impl std::fmt::Display for EmailError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for EmailError {}

/// Validates with the `idna` crate's UTS-46 conversion (server side). Beyond
/// [`validate_with`], it also decodes `xn--` labels, so a typed ASCII-form label that is not
/// valid Punycode is refused and `domain_unicode` is always the form people read.
#[cfg(feature = "idna")]
pub fn validate(input: &str) -> Result<EmailAddress, EmailError> {
    let mut address = validate_with(input, &|domain| idna::domain_to_ascii(domain).ok())?;
    if domain::has_ace_label(&address.domain_ascii) {
        address.domain_unicode = domain::decode(&address.domain_ascii)?;
    }
    Ok(address)
}

/// Validates, converting a non-ASCII domain to ASCII form with `to_ascii` (the browser passes
/// its own URL parser, which does the same UTS-46 conversion for no bundle bytes). All-ASCII
/// domains never call it, so `&|_| None` is enough for them.
pub fn validate_with(
    input: &str,
    to_ascii: &dyn Fn(&str) -> Option<String>,
) -> Result<EmailAddress, EmailError> {
    validate_with_case(input, to_ascii, &str::to_lowercase)
}

/// [`validate_with`], lower-casing the domain with `to_lower`, which must do what
/// `str::to_lowercase` does: the browser passes its own `toLowerCase`, which spares the bundle
/// Rust's case tables (about 17 KB of wasm).
pub fn validate_with_case(
    input: &str,
    to_ascii: &dyn Fn(&str) -> Option<String>,
    to_lower: &dyn Fn(&str) -> String,
) -> Result<EmailAddress, EmailError> {
    if input.is_empty() {
        return Err(EmailError::Empty);
    }
    if let Some(index) = input.chars().position(chars::is_blank) {
        return Err(EmailError::Whitespace {
            position: index + 1,
        });
    }
    let mut parts = input.split('@');
    let (Some(local), Some(domain)) = (parts.next(), parts.next()) else {
        return Err(EmailError::NoAt);
    };
    if parts.next().is_some() {
        return Err(EmailError::MoreThanOneAt);
    }
    local::check(local)?;
    let domain_start = local.chars().count() + 2;
    let (domain_unicode, domain_ascii) = domain::check(domain, domain_start, to_ascii, to_lower)?;
    let octets = local.len() + 1 + domain_ascii.len();
    if octets > ADDRESS_MAX {
        return Err(EmailError::AddressTooLong { octets });
    }
    Ok(EmailAddress {
        local: local.to_owned(),
        domain_unicode,
        domain_ascii,
    })
}

#[cfg(test)]
mod idn_tests;
#[cfg(test)]
mod tests;
