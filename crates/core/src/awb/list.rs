//! The rule for the list of numbers one tracking request carries: at least one, at most
//! [`MAX_PER_SEARCH`], each an AWB number. The server checks it again on what arrives; the
//! app's own list comes from [`super::parse_many`], which keeps to the same limit.

use super::{parse, Awb, AwbError, MAX_PER_SEARCH};
use crate::api::ErrorCode;

/// Why a list of numbers cannot be tracked as asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListError {
    Empty,
    TooMany,
    /// The number at `index` (from 0) breaks the rule.
    Bad {
        index: usize,
        error: AwbError,
    },
}

impl ListError {
    /// The code of the API's error body.
    pub fn code(&self) -> &'static str {
        match self {
            ListError::Empty => ErrorCode::NoAwb.as_str(),
            ListError::TooMany => ErrorCode::TooMany.as_str(),
            ListError::Bad { error, .. } => error.code(),
        }
    }
}

impl std::fmt::Display for ListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ListError::Empty => write!(f, "give at least one AWB number"),
            ListError::TooMany => write!(f, "at most {MAX_PER_SEARCH} AWB numbers per search"),
            ListError::Bad { index, error } => {
                write!(f, "awbs[{index}] is not an AWB number ({})", error.code())
            }
        }
    }
}

impl std::error::Error for ListError {}

/// The numbers of one request, each parsed, in the order given; the first broken rule.
pub fn parse_list(asked: &[String]) -> Result<Vec<Awb>, ListError> {
    if asked.is_empty() {
        return Err(ListError::Empty);
    }
    if asked.len() > MAX_PER_SEARCH {
        return Err(ListError::TooMany);
    }
    asked
        .iter()
        .enumerate()
        .map(|(index, token)| parse(token).map_err(|error| ListError::Bad { index, error }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_is_one_to_forty_numbers_each_valid() {
        assert_eq!(parse_list(&[]), Err(ListError::Empty));
        let forty: Vec<String> = (0..MAX_PER_SEARCH)
            .map(|i| format!("CM9639228{i:04}"))
            .collect();
        assert_eq!(parse_list(&forty).map(|l| l.len()), Ok(MAX_PER_SEARCH));
        let mut over = forty.clone();
        over.push("CM96392284741".into());
        assert_eq!(parse_list(&over), Err(ListError::TooMany));
        let bad = parse_list(&["CM96392284741".into(), "12".into()]);
        assert_eq!(
            bad.as_ref().map_err(ListError::code).err(),
            Some("too_short")
        );
        assert_eq!(
            bad.map_err(|e| e.to_string()),
            Err("awbs[1] is not an AWB number (too_short)".to_owned())
        );
        assert_eq!(ListError::Empty.code(), "no_awb");
        assert_eq!(ListError::TooMany.code(), "too_many");
    }
}
