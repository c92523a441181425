//! JNE's upstream answers, any bytes: never a panic, whatever JNE (or an attacker) sends.
#![no_main]

use jne_core::awb::parse;
use jne_core::tracking::upstream::parse_upstream;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|body: &str| {
    if let Ok(awb) = parse("0166231900105595") {
        let _ = parse_upstream(&awb, body);
    }
});
