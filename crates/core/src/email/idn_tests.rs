//! IDN domains: UTS-46 with the `idna` feature, and the converter seam the browser uses.

use super::tests::no_idn;
use super::*;

#[cfg(feature = "idna")]
#[test]
fn idn_domains_convert_by_uts46() {
    use super::tests::code;
    let address = validate("budi@bücher.de").expect("valid");
    assert_eq!(address.domain_unicode, "bücher.de");
    assert_eq!(address.domain_ascii, "xn--bcher-kva.de");
    assert_eq!(address.ascii(), "budi@xn--bcher-kva.de");
    assert_eq!(validate("budi@BÜCHER.DE"), Ok(address.clone()));
    assert_eq!(
        validate("budi@xn--bcher-kva.de"),
        Ok(address),
        "typed ASCII form decodes"
    );
    // Full-width letters typed on a phone are plain ASCII once mapped.
    let wide = validate("budi@ｇｍａｉｌ.com").expect("valid");
    assert_eq!(
        (wide.domain_unicode.as_str(), wide.domain_ascii.as_str()),
        ("gmail.com", "gmail.com")
    );
    assert_eq!(code("budi@xn--a.com"), "domain_bad_idn", "not Punycode");
    // The limit is on the ASCII form: 20 × "ü" is 20 characters, but its label is longer.
    assert_eq!(code(&format!("b@{}.de", "ü".repeat(20))), "ok");
    assert_eq!(
        code(&format!("b@{}.de", "ü".repeat(60))),
        "domain_label_too_long"
    );
}

/// A stand-in for the browser's URL parser, so the converter seam is tested in every build.
fn fake_browser(domain: &str) -> Option<String> {
    match domain {
        "bücher.de" => Some("xn--bcher-kva.de".into()),
        "ｇｍａｉｌ.com" => Some("gmail.com".into()),
        "bad.ü" => Some("bad.a_b".into()),
        "dot.ü" => Some("dot.a.b".into()),
        _ => None,
    }
}

#[test]
fn a_converter_does_the_idn_part_when_idna_is_off() {
    let address = validate_with("budi@bücher.de", &fake_browser).expect("valid");
    assert_eq!(address.domain_unicode, "bücher.de");
    assert_eq!(address.domain_ascii, "xn--bcher-kva.de");
    let wide = validate_with("budi@ｇｍａｉｌ.com", &fake_browser).expect("valid");
    assert_eq!(wide.domain_unicode, "gmail.com");
    for odd in ["budi@bad.ü", "budi@dot.ü", "budi@other.ü"] {
        assert_eq!(
            validate_with(odd, &fake_browser),
            Err(EmailError::DomainBadIdn),
            "{odd}"
        );
    }
}

#[test]
fn without_a_converter_only_an_idn_domain_is_refused() {
    let called = std::cell::Cell::new(0);
    let counting = |_: &str| {
        called.set(called.get() + 1);
        None
    };
    assert_eq!(
        validate_with("budi@bücher.de", &counting),
        Err(EmailError::DomainBadIdn)
    );
    assert_eq!(called.get(), 1);
    assert!(validate_with("budi@gmail.com", &counting).is_ok());
    assert!(validate_with("budi@xn--bcher-kva.de", &no_idn).is_ok());
    assert_eq!(called.get(), 1, "ASCII domains never call the converter");
}
