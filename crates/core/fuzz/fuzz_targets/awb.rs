//! AWB parsing on any pasted text: never a panic, every number kept is valid and unique.
#![no_main]

use jne_core::awb::{parse, parse_many, MAX_PER_SEARCH};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let list = parse_many(text);
    assert!(list.valid.len() <= MAX_PER_SEARCH);
    for (i, awb) in list.valid.iter().enumerate() {
        assert_eq!(parse(awb.as_str()).as_ref(), Ok(awb));
        assert!(!list.valid[..i].contains(awb));
    }
});
