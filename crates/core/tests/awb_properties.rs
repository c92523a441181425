//! Property tests of AWB parsing: no input panics, and what parses stays parsed.

use jne_core::awb::{parse, parse_many, AwbError, MAX_LEN, MAX_PER_SEARCH, MIN_LEN};
use proptest::prelude::*;

proptest! {
    #[test]
    fn parse_never_panics_and_output_is_normalised(token in "\\PC{0,40}") {
        if let Ok(awb) = parse(&token) {
            let text = awb.as_str();
            prop_assert!((MIN_LEN..=MAX_LEN).contains(&text.len()));
            prop_assert!(text.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()));
            prop_assert_eq!(parse(text), Ok(awb.clone()));
        }
    }

    #[test]
    fn hyphens_spaces_and_case_do_not_matter(number in "[A-Z0-9]{10,20}", cut in 1usize..9) {
        let lower = number.to_ascii_lowercase();
        let grouped = format!(" {}-{} ", &lower[..cut], &lower[cut..]);
        prop_assert_eq!(parse(&grouped).map(String::from), Ok(number));
    }

    #[test]
    fn bad_position_points_at_the_bad_character(prefix in "[A-Z0-9]{0,15}", bad in "[#/.!@]") {
        let token = format!("{prefix}{bad}9");
        let expected = AwbError::BadChar {
            ch: bad.chars().next().unwrap_or('#'),
            position: prefix.len() + 1,
        };
        prop_assert_eq!(parse(&token), Err(expected));
    }

    #[test]
    fn parse_many_is_distinct_bounded_and_accounts_for_every_number(
        numbers in proptest::collection::vec("[A-Z0-9]{10,20}", 0..60),
        separator in "[,;\\n\\t ]",
    ) {
        let list = parse_many(&numbers.join(&separator));
        prop_assert!(list.valid.len() <= MAX_PER_SEARCH);
        let mut seen = list.valid.clone();
        seen.sort();
        seen.dedup();
        prop_assert_eq!(seen.len(), list.valid.len());
        let over = list.too_many.map_or(0, |too_many| too_many.over);
        prop_assert!(list.invalid.is_empty());
        prop_assert_eq!(list.valid.len() + over + list.duplicates, numbers.len());
    }

    #[test]
    fn parse_many_never_panics(text in "\\PC{0,200}") {
        let list = parse_many(&text);
        prop_assert!(list.valid.len() <= MAX_PER_SEARCH);
    }
}
