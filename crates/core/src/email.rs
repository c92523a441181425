//! Email addresses: validation with typed errors (which part is wrong and why), and typo
//! suggestions for the providers Indonesians use.
//!
//! The policy is the practical one for web forms: one `@`; a dot-atom local part of RFC 5322
//! atext plus non-ASCII letters, marks and digits (RFC 6531), 1–64 octets; a domain of at
//! least two labels of letters, digits and hyphens (IDN labels converted by UTS-46), each 1–63
//! octets, no hyphen at either edge, the TLD not all digits, at most 253 octets; the whole
//! address at most 254 octets with the domain in ASCII form. No quoted strings, comments,
//! IP literals, whitespace or control characters (the UI trims the ends; the rule does not).

mod messages;
mod suggest;

pub use suggest::suggest;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

pub const LOCAL_MAX: usize = 64;
pub const LABEL_MAX: usize = 63;
pub const DOMAIN_MAX: usize = 253;
pub const ADDRESS_MAX: usize = 254;

/// A valid address: the local part as typed, the domain lower-cased in both forms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailAddress {
    pub local: String,
    /// The domain as people read it (`bücher.de`).
    pub domain_unicode: String,
    /// The domain as DNS and mail servers read it (`xn--bcher-kva.de`).
    pub domain_ascii: String,
}

impl EmailAddress {
    /// `local@domain` with the domain in ASCII form, for sending.
    pub fn ascii(&self) -> String {
        format!("{}@{}", self.local, self.domain_ascii)
    }
}

/// What is wrong with an address. `position` counts characters from 1 in the whole input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum EmailError {
    Empty,
    NoAt,
    MoreThanOneAt,
    /// A space, tab, line break or other control character.
    Whitespace {
        position: usize,
    },
    LocalEmpty,
    LocalTooLong {
        octets: usize,
    },
    LocalBadChar {
        ch: char,
        position: usize,
    },
    LocalDotAtStart,
    LocalDotAtEnd,
    LocalDoubleDot,
    DomainEmpty,
    DomainOneLabel,
    DomainEmptyLabel,
    DomainLabelTooLong {
        label: String,
    },
    DomainHyphenAtEdge {
        label: String,
    },
    DomainBadChar {
        ch: char,
        position: usize,
    },
    DomainNumericTld,
    DomainTrailingDot,
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
            EmailError::DomainEmptyLabel => "domain_empty_label",
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

/// Validates with the `idna` crate's UTS-46 conversion for non-ASCII domains (server side).
#[cfg(feature = "idna")]
pub fn validate(input: &str) -> Result<EmailAddress, EmailError> {
    validate_with(input, &|domain| idna::domain_to_ascii(domain).ok())
}

/// Validates, converting a non-ASCII domain to ASCII with `to_ascii` (the browser passes its
/// own URL parser, which does the same UTS-46 conversion for no bundle bytes). All-ASCII
/// domains never call it.
pub fn validate_with(
    input: &str,
    to_ascii: &dyn Fn(&str) -> Option<String>,
) -> Result<EmailAddress, EmailError> {
    if input.is_empty() {
        return Err(EmailError::Empty);
    }
    if let Some(index) = input
        .chars()
        .position(|c| c.is_whitespace() || c.is_control())
    {
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
    check_local(local)?;
    let domain_start = local.chars().count() + 2;
    let (domain_unicode, domain_ascii) = check_domain(domain, domain_start, to_ascii)?;
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

/// RFC 5322 atext, and (RFC 6531) letters, marks and digits of any script. Emoji and other
/// symbols are not letters, so they fail here.
fn is_local_char(ch: char) -> bool {
    ch.is_ascii_alphanumeric()
        || "!#$%&'*+-/=?^_`{|}~".contains(ch)
        || (!ch.is_ascii() && (ch.is_alphanumeric() || is_mark(ch)))
}

/// Combining marks, which std cannot name: the diacritics of decomposed Latin (`e` + U+0301),
/// and the viramas and nuktas of Indic scripts and Thai vowel marks (their vowel signs are
/// already alphabetic). Danda punctuation is not a mark.
fn is_mark(ch: char) -> bool {
    let code = ch as u32;
    let diacritic = matches!(code, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F);
    let indic = (0x0900..=0x0DFF).contains(&code)
        && !matches!(code, 0x0964 | 0x0965 | 0x0970)
        && !ch.is_alphanumeric();
    let thai = matches!(code, 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E);
    diacritic || indic || thai
}

fn check_local(local: &str) -> Result<(), EmailError> {
    if local.is_empty() {
        return Err(EmailError::LocalEmpty);
    }
    if local.len() > LOCAL_MAX {
        return Err(EmailError::LocalTooLong {
            octets: local.len(),
        });
    }
    if local.starts_with('.') {
        return Err(EmailError::LocalDotAtStart);
    }
    if local.ends_with('.') {
        return Err(EmailError::LocalDotAtEnd);
    }
    if local.contains("..") {
        return Err(EmailError::LocalDoubleDot);
    }
    match local
        .chars()
        .enumerate()
        .find(|(_, ch)| *ch != '.' && !is_local_char(*ch))
    {
        Some((index, ch)) => Err(EmailError::LocalBadChar {
            ch,
            position: index + 1,
        }),
        None => Ok(()),
    }
}

/// The domain in Unicode and ASCII form, both lower-case. `start` is the character position
/// of the domain's first character in the whole address, for error positions.
fn check_domain(
    domain: &str,
    start: usize,
    to_ascii: &dyn Fn(&str) -> Option<String>,
) -> Result<(String, String), EmailError> {
    if domain.is_empty() {
        return Err(EmailError::DomainEmpty);
    }
    if domain.ends_with('.') {
        return Err(EmailError::DomainTrailingDot);
    }
    if domain.starts_with('[') {
        // IP literals are left out on purpose: no member uses one.
        return Err(EmailError::DomainBadChar {
            ch: '[',
            position: start,
        });
    }
    let unicode = domain.to_lowercase();
    let ascii = if unicode.is_ascii() {
        unicode.clone()
    } else {
        if let Some((index, ch)) = unicode
            .chars()
            .enumerate()
            .find(|(_, ch)| !(ch.is_alphanumeric() || is_mark(*ch) || *ch == '-' || *ch == '.'))
        {
            return Err(EmailError::DomainBadChar {
                ch,
                position: start + index,
            });
        }
        to_ascii(&unicode)
            .filter(|a| a.is_ascii() && !a.is_empty())
            .ok_or(EmailError::DomainBadIdn)?
            .to_lowercase()
    };
    check_labels(&ascii, start, unicode.is_ascii())?;
    Ok((unicode, ascii))
}

fn check_labels(ascii: &str, start: usize, positions_exact: bool) -> Result<(), EmailError> {
    if ascii.len() > DOMAIN_MAX {
        return Err(EmailError::DomainTooLong {
            octets: ascii.len(),
        });
    }
    let labels: Vec<&str> = ascii.split('.').collect();
    if labels.len() < 2 {
        return Err(EmailError::DomainOneLabel);
    }
    let mut offset = start;
    for label in &labels {
        if label.is_empty() {
            return Err(EmailError::DomainEmptyLabel);
        }
        if let Some((index, ch)) = label
            .chars()
            .enumerate()
            .find(|(_, ch)| !(ch.is_ascii_alphanumeric() || *ch == '-'))
        {
            let position = if positions_exact {
                offset + index
            } else {
                start
            };
            return Err(EmailError::DomainBadChar { ch, position });
        }
        if label.len() > LABEL_MAX {
            return Err(EmailError::DomainLabelTooLong {
                label: (*label).to_owned(),
            });
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(EmailError::DomainHyphenAtEdge {
                label: (*label).to_owned(),
            });
        }
        offset += label.chars().count() + 1;
    }
    if labels
        .last()
        .is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(EmailError::DomainNumericTld);
    }
    Ok(())
}

#[cfg(test)]
mod tests;
