//! The email rule on any text: never a panic, and its promises hold for what it accepts.
#![no_main]

use jne_core::email::{suggest, validate, validate_with};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    if let Ok(address) = validate(input) {
        assert!(address.ascii().len() <= 254);
        assert_eq!(validate(&address.ascii()).map(|a| a.domain_ascii), Ok(address.domain_ascii.clone()));
    }
    let _ = validate_with(input, &|_| None);
    if let Some(suggestion) = suggest(input) {
        assert_ne!(suggestion, input);
        assert!(validate(&suggestion).is_ok(), "{input:?} -> {suggestion:?}");
    }
});
