//! The email rule: every error kind, every length limit at and past its boundary, IDN, and
//! the typo table.

use super::*;
use proptest::prelude::*;

fn no_idn(_: &str) -> Option<String> {
    None
}

fn check(input: &str) -> Result<EmailAddress, EmailError> {
    #[cfg(feature = "idna")]
    return validate(input);
    #[cfg(not(feature = "idna"))]
    return validate_with(input, &no_idn);
}

fn code(input: &str) -> &'static str {
    match check(input) {
        Ok(_) => "ok",
        Err(error) => error.code(),
    }
}

#[test]
fn accepts_ordinary_addresses() {
    for ok in [
        "budi@gmail.com",
        "budi.santoso@yahoo.co.id",
        "b+jne@outlook.co.id",
        "o'neil@example.org",
        "x@a.co",
        "siti_rahma-99@kampus.ac.id",
        "José@example.com",
        "प्रिया@example.in",
    ] {
        assert_eq!(code(ok), "ok", "{ok}");
    }
}

#[test]
fn each_error_kind_has_its_own_code() {
    let cases = [
        ("", "empty"),
        ("budi.gmail.com", "no_at"),
        ("budi@@gmail.com", "more_than_one_at"),
        ("budi@gmail@com", "more_than_one_at"),
        ("budi @gmail.com", "whitespace"),
        ("budi@gmail.com\n", "whitespace"),
        ("budi\u{0}@gmail.com", "whitespace"),
        ("@gmail.com", "local_empty"),
        ("bu(di)@gmail.com", "local_bad_char"),
        ("\"budi\"@gmail.com", "local_bad_char"),
        ("budi😀@gmail.com", "local_bad_char"),
        (".budi@gmail.com", "local_dot_at_start"),
        ("budi.@gmail.com", "local_dot_at_end"),
        ("bu..di@gmail.com", "local_double_dot"),
        ("budi@", "domain_empty"),
        ("budi@localhost", "domain_one_label"),
        ("budi@gmail..com", "domain_empty_label"),
        ("budi@.gmail.com", "domain_empty_label"),
        ("budi@-gmail.com", "domain_hyphen_at_edge"),
        ("budi@gmail-.com", "domain_hyphen_at_edge"),
        ("budi@gm_ail.com", "domain_bad_char"),
        ("budi@[127.0.0.1]", "domain_bad_char"),
        ("budi@gmail.123", "domain_numeric_tld"),
        ("budi@192.168.1.1", "domain_numeric_tld"),
        ("budi@gmail.com.", "domain_trailing_dot"),
        ("budi@😀.com", "domain_bad_char"),
    ];
    for (input, expected) in cases {
        assert_eq!(code(input), expected, "{input:?}");
    }
}

#[test]
fn positions_count_characters_from_one() {
    assert_eq!(
        check("bu,di@gmail.com"),
        Err(EmailError::LocalBadChar {
            ch: ',',
            position: 3
        })
    );
    assert_eq!(
        check("budi@gm!il.com"),
        Err(EmailError::DomainBadChar {
            ch: '!',
            position: 8
        })
    );
    assert_eq!(
        check("bu di@x.com"),
        Err(EmailError::Whitespace { position: 3 })
    );
}

#[test]
fn length_limits_at_and_past_the_boundary() {
    let at = |local: &str, domain: &str| code(&format!("{local}@{domain}"));
    assert_eq!(at(&"a".repeat(64), "gmail.com"), "ok");
    assert_eq!(at(&"a".repeat(65), "gmail.com"), "local_too_long");
    // Multi-byte local parts count in octets: 32 × "é" is 64 octets, 33 is 66.
    assert_eq!(at(&"é".repeat(32), "gmail.com"), "ok");
    assert_eq!(at(&"é".repeat(33), "gmail.com"), "local_too_long");
    assert_eq!(at("b", &format!("{}.com", "a".repeat(63))), "ok");
    assert_eq!(
        at("b", &format!("{}.com", "a".repeat(64))),
        "domain_label_too_long"
    );
    // A 253-octet domain: labels of 63 + dots.
    let domain_253 = format!(
        "{}.{}.{}.{}",
        "a".repeat(63),
        "b".repeat(63),
        "c".repeat(63),
        "d".repeat(61)
    );
    assert_eq!(domain_253.len(), 253);
    assert_eq!(
        at("b", &domain_253),
        "address_too_long",
        "253 + local + @ is over 254"
    );
    let domain_254 = format!("{domain_253}d");
    assert_eq!(at("b", &domain_254), "domain_too_long");
    // The whole address: 254 octets is fine, 255 is not.
    let domain = format!(
        "{}.{}.{}.{}",
        "a".repeat(63),
        "b".repeat(63),
        "c".repeat(63),
        "d".repeat(57)
    );
    let local_ok = "x".repeat(254 - 1 - domain.len());
    assert_eq!(at(&local_ok, &domain), "ok");
    assert_eq!(at(&format!("{local_ok}x"), &domain), "address_too_long");
}

#[test]
fn domains_compare_case_insensitively_and_local_parts_stay_as_typed() {
    let address = check("Budi.Santoso@GMAIL.Com").expect("valid");
    assert_eq!(address.local, "Budi.Santoso");
    assert_eq!(address.domain_ascii, "gmail.com");
    assert_eq!(address.ascii(), "Budi.Santoso@gmail.com");
}

#[cfg(feature = "idna")]
#[test]
fn idn_domains_convert_by_uts46() {
    let address = validate("budi@bücher.de").expect("valid");
    assert_eq!(address.domain_unicode, "bücher.de");
    assert_eq!(address.domain_ascii, "xn--bcher-kva.de");
    assert_eq!(
        validate("budi@xn--bcher-kva.de").map(|a| a.domain_ascii),
        Ok("xn--bcher-kva.de".into())
    );
}

#[test]
fn without_a_converter_an_idn_domain_is_reported_not_accepted() {
    assert_eq!(
        validate_with("budi@bücher.de", &no_idn),
        Err(EmailError::DomainBadIdn)
    );
    assert!(
        validate_with("budi@gmail.com", &no_idn).is_ok(),
        "ASCII needs no converter"
    );
}

#[test]
fn every_error_reads_as_a_sentence_in_both_languages() {
    for input in [
        "", "a", "a@@b", "a b@c.d", "@b.c", ".a@b.c", "a.@b.c", "a..b@c.d", "a@", "a@b", "a@b..c",
        "a@-b.c", "a@b_.c", "a@b.1", "a@b.c.",
    ] {
        if let Err(error) = check(input) {
            for lang in [Lang::Id, Lang::En] {
                assert!(error.message(lang).len() > 10, "{input:?} {lang:?}");
            }
            assert_ne!(error.message(Lang::Id), error.message(Lang::En));
        }
    }
}

#[test]
fn the_typo_table() {
    let typos = [
        ("budi@gmial.com", "budi@gmail.com"),
        ("budi@gmai.com", "budi@gmail.com"),
        ("budi@gamil.com", "budi@gmail.com"),
        ("budi@gnail.com", "budi@gmail.com"),
        ("budi@gmaill.com", "budi@gmail.com"),
        ("budi@gmail.con", "budi@gmail.com"),
        ("budi@gmail.cm", "budi@gmail.com"),
        ("budi@gmail.co", "budi@gmail.com"),
        ("budi@gmial.con", "budi@gmail.com"),
        ("budi@gmail.co.id", "budi@gmail.com"),
        ("budi@gmail.id", "budi@gmail.com"),
        ("Budi@GMIAL.COM", "Budi@gmail.com"),
        ("budi@yaho.com", "budi@yahoo.com"),
        ("budi@yahooo.com", "budi@yahoo.com"),
        ("budi@yahoo.co.di", "budi@yahoo.co.id"),
        ("budi@yaho.co.id", "budi@yahoo.co.id"),
        ("budi@yahoo.co.ic", "budi@yahoo.co.id"),
        ("budi@hotmial.com", "budi@hotmail.com"),
        ("budi@hotmail.con", "budi@hotmail.com"),
        ("budi@outlok.com", "budi@outlook.com"),
        ("budi@outlook.co.di", "budi@outlook.co.id"),
        ("budi@iclod.com", "budi@icloud.com"),
        ("budi@icloud.co", "budi@icloud.com"),
        ("budi@rocketmial.com", "budi@rocketmail.com"),
        ("budi@ymail.con", "budi@ymail.com"),
        ("budi@company.cmo", "budi@company.com"),
        ("budi@company.ocm", "budi@company.com"),
        ("budi@kampus.ac.di", "budi@kampus.ac.id"),
        ("budi@kantor.co.di", "budi@kantor.co.id"),
        ("budi@sekolah.sch.di", "budi@sekolah.sch.id"),
        ("budi@dinas.go.di", "budi@dinas.go.id"),
        ("budi@toko.nte", "budi@toko.net"),
    ];
    for (typed, meant) in typos {
        assert_eq!(suggest(typed).as_deref(), Some(meant), "{typed}");
    }
}

#[test]
fn correct_and_unknown_domains_are_never_corrected() {
    for fine in [
        "budi@gmail.com",
        "budi@yahoo.com",
        "budi@yahoo.co.id",
        "budi@outlook.co.id",
        "budi@live.com",
        "budi@jne.co.id",
        "budi@tokopedia.com",
        "budi@ui.ac.id",
        "budi@email.com",
        "budi@mail.com",
        "budi@startup.io",
        "budi@company.co",
        "budi@perusahaan.my",
        "budi@web.de",
        "budi@kemenkeu.go.id",
        "not an address",
        "budi@",
    ] {
        assert_eq!(suggest(fine), None, "{fine}");
    }
}

proptest! {
    #[test]
    fn validate_never_panics(input in "\\PC{0,80}") {
        let _ = check(&input);
    }

    #[test]
    fn a_valid_address_validates_again_to_the_same_value(
        local in "[a-zA-Z0-9._%+-]{1,20}",
        domain in "[a-z0-9-]{1,12}\\.(com|co\\.id|net|org)",
    ) {
        let input = format!("{local}@{domain}");
        if let Ok(first) = check(&input) {
            prop_assert_eq!(check(&first.ascii()), Ok(first.clone()));
        }
    }

    #[test]
    fn suggestions_differ_from_the_input_and_are_valid(local in "[a-z]{1,10}", domain in "[a-z.]{2,15}") {
        let input = format!("{local}@{domain}");
        if let Some(suggestion) = suggest(&input) {
            prop_assert_ne!(&suggestion, &input);
            prop_assert!(check(&suggestion).is_ok(), "{} → {}", input, suggestion);
        }
    }
}
