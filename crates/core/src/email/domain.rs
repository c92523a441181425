//! The part after the @: labels of letters, digits and hyphens, IDN labels converted to
//! ASCII form, and the limits that apply to that form.

use super::chars::is_word_char;
use super::{EmailError, DOMAIN_MAX, LABEL_MAX};

/// The domain in Unicode and ASCII form, both lower-case. `start` is the position (from 1)
/// of the domain's first character in the whole address, for error positions.
pub(super) fn check(
    domain: &str,
    start: usize,
    to_ascii: &dyn Fn(&str) -> Option<String>,
    to_lower: &dyn Fn(&str) -> String,
) -> Result<(String, String), EmailError> {
    if domain.is_empty() {
        return Err(EmailError::DomainEmpty);
    }
    // Characters first, on the domain as typed, so the position points where the person
    // typed it (lower-casing can change the number of characters).
    if let Some((index, ch)) = domain
        .chars()
        .enumerate()
        .find(|&(_, ch)| !is_domain_char(ch))
    {
        return Err(EmailError::DomainBadChar {
            ch,
            position: start + index,
        });
    }
    if domain.ends_with('.') {
        return Err(EmailError::DomainTrailingDot);
    }
    let typed = to_lower(domain);
    let labels: Vec<&str> = typed.split('.').collect();
    if labels.len() < 2 {
        return Err(EmailError::DomainOneLabel);
    }
    check_shape(&labels)?;
    let ascii = if typed.is_ascii() {
        typed.clone()
    } else {
        to_ascii(&typed)
            .filter(|ascii| ascii.is_ascii())
            .ok_or(EmailError::DomainBadIdn)?
            .to_ascii_lowercase()
    };
    check_ascii(&ascii)?;
    let unicode = unicode_form(&labels, &ascii)?;
    Ok((unicode, ascii))
}

fn is_domain_char(ch: char) -> bool {
    if ch.is_ascii() {
        ch.is_ascii_alphanumeric() || ch == '-' || ch == '.'
    } else {
        is_word_char(ch)
    }
}

/// Empty labels and hyphens at the edges, on the labels as typed: the person sees these.
fn check_shape(labels: &[&str]) -> Result<(), EmailError> {
    for label in labels {
        if label.is_empty() {
            return Err(EmailError::DomainLabelEmpty);
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(EmailError::DomainHyphenAtEdge {
                label: (*label).to_owned(),
            });
        }
    }
    Ok(())
}

/// The limits, which apply to the ASCII form. What a converter returns is checked as well as
/// what was typed: a label it could not make LDH is its failure, not the person's.
fn check_ascii(ascii: &str) -> Result<(), EmailError> {
    let labels: Vec<&str> = ascii.split('.').collect();
    for label in &labels {
        if label.is_empty()
            || !label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return Err(EmailError::DomainBadIdn);
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
    }
    if ascii.len() > DOMAIN_MAX {
        return Err(EmailError::DomainTooLong {
            octets: ascii.len(),
        });
    }
    // An all-digit TLD makes the domain read as an IPv4 address.
    if labels
        .last()
        .is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(EmailError::DomainNumericTld);
    }
    Ok(())
}

/// Each label as people read it: the typed label where the ASCII form is Punycode, the ASCII
/// label otherwise, so width variants typed on a phone (`ｇｍａｉｌ`) read as `gmail`.
fn unicode_form(typed: &[&str], ascii: &str) -> Result<String, EmailError> {
    let ascii: Vec<&str> = ascii.split('.').collect();
    if ascii.len() != typed.len() {
        // The converter turned a character into a dot: not something a person meant.
        return Err(EmailError::DomainBadIdn);
    }
    let labels: Vec<&str> = typed
        .iter()
        .zip(&ascii)
        .map(|(typed, ascii)| {
            if ascii.starts_with("xn--") {
                *typed
            } else {
                *ascii
            }
        })
        .collect();
    Ok(labels.join("."))
}

/// Whether some label is in ASCII-compatible (Punycode) form.
#[cfg(feature = "idna")]
pub(super) fn has_ace_label(ascii: &str) -> bool {
    ascii.split('.').any(|label| label.starts_with("xn--"))
}

/// The Unicode form of a domain with `xn--` labels; one that does not decode, or decodes to
/// characters the rule refuses when typed (emoji, symbols), is not a domain people can use.
#[cfg(feature = "idna")]
pub(super) fn decode(ascii: &str) -> Result<String, EmailError> {
    let (unicode, result) = idna::domain_to_unicode(ascii);
    if result.is_err() || !unicode.chars().all(is_domain_char) {
        return Err(EmailError::DomainBadIdn);
    }
    Ok(unicode)
}
