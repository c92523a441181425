//! The part before the @: a dot-atom of RFC 5322 atext, widened to any script by RFC 6531.

use super::chars::is_word_char;
use super::{EmailError, LOCAL_MAX};

/// Checks the local part; positions in errors count from 1, and the local part starts the
/// address, so they are positions in the whole input too.
pub(super) fn check(local: &str) -> Result<(), EmailError> {
    if local.is_empty() {
        return Err(EmailError::LocalEmpty);
    }
    // Octets, not characters: SMTP servers count bytes.
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
        .find(|&(_, ch)| ch != '.' && !is_atext(ch))
    {
        Some((index, ch)) => Err(EmailError::LocalBadChar {
            ch,
            position: index + 1,
        }),
        None => Ok(()),
    }
}

/// RFC 5322 atext, and (RFC 6531) letters, marks and digits of any script. Quotes and
/// parentheses are not atext, which is how quoted strings and comments are refused.
fn is_atext(ch: char) -> bool {
    if ch.is_ascii() {
        ch.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(ch)
    } else {
        is_word_char(ch)
    }
}
