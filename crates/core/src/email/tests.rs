//! The email rule: every error kind, every length limit at and past its boundary, the JSON
//! form of errors, and properties.

use super::*;
use proptest::prelude::*;

pub(super) fn no_idn(_: &str) -> Option<String> {
    None
}

/// The rule as the build has it: `validate` with `idna`, no converter without.
pub(super) fn check(input: &str) -> Result<EmailAddress, EmailError> {
    #[cfg(feature = "idna")]
    return validate(input);
    #[cfg(not(feature = "idna"))]
    return validate_with(input, &no_idn);
}

pub(super) fn code(input: &str) -> &'static str {
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
        "!#$%&'*+-/=?^_`{|}~@example.com",
        "1@2.id",
        "José@example.com",
        "Jose\u{301}@example.com",
        "प्रिया@example.in",
        "ꦧꦸꦢꦶ@example.id",
        "สมชาย@example.th",
        "用户@example.cn",
        "иван@example.ru",
    ] {
        assert_eq!(code(ok), "ok", "{ok}");
    }
}

/// One input for each error, with the code it must give.
const EACH_ERROR: &[(&str, &str)] = &[
    ("", "empty"),
    ("budi.gmail.com", "no_at"),
    ("budi@@gmail.com", "more_than_one_at"),
    ("budi@gmail@com", "more_than_one_at"),
    ("budi @gmail.com", "whitespace"),
    ("budi@gmail.com\n", "whitespace"),
    ("budi\u{0}@gmail.com", "whitespace"),
    ("budi\u{200B}@gmail.com", "whitespace"),
    ("@gmail.com", "local_empty"),
    ("bu(di)@gmail.com", "local_bad_char"),
    ("\"budi\"@gmail.com", "local_bad_char"),
    ("budi😀@gmail.com", "local_bad_char"),
    ("budi🅰@gmail.com", "local_bad_char"),
    ("budi²@gmail.com", "local_bad_char"),
    (".budi@gmail.com", "local_dot_at_start"),
    ("budi.@gmail.com", "local_dot_at_end"),
    ("bu..di@gmail.com", "local_double_dot"),
    ("budi@", "domain_empty"),
    ("budi@localhost", "domain_one_label"),
    ("budi@gmail..com", "domain_label_empty"),
    ("budi@.gmail.com", "domain_label_empty"),
    ("budi@-gmail.com", "domain_hyphen_at_edge"),
    ("budi@gmail-.com", "domain_hyphen_at_edge"),
    ("budi@gm_ail.com", "domain_bad_char"),
    ("budi@[127.0.0.1]", "domain_bad_char"),
    ("budi@😀.com", "domain_bad_char"),
    ("budi@gmail.123", "domain_numeric_tld"),
    ("budi@192.168.1.1", "domain_numeric_tld"),
    ("budi@gmail.com.", "domain_trailing_dot"),
    #[cfg(not(feature = "idna"))]
    ("budi@bücher.de", "domain_bad_idn"), // no converter at all
    #[cfg(feature = "idna")]
    ("budi@xn--ls8h.la", "domain_bad_idn"), // 💩.la: decodes, but to an emoji
];

/// The inputs above plus one past each length limit: together, every code there is.
fn one_of_each() -> Vec<String> {
    let mut inputs: Vec<String> = EACH_ERROR
        .iter()
        .map(|(input, _)| input.to_string())
        .collect();
    inputs.push(format!("{}@x.com", "a".repeat(65)));
    inputs.push(format!("b@{}.com", "a".repeat(64)));
    inputs.push(format!("b@{}id", "a.".repeat(126)));
    inputs.push(format!("b@{}abc", "a.".repeat(125)));
    inputs
}

#[test]
fn each_error_kind_has_its_own_code() {
    for (input, expected) in EACH_ERROR {
        assert_eq!(code(input), *expected, "{input:?}");
    }
    let mut codes: Vec<&str> = one_of_each().iter().map(|input| code(input)).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), 21, "{codes:?}");
    assert!(!codes.contains(&"ok"));
}

#[test]
fn positions_count_characters_from_one_in_the_whole_input() {
    let bad = |ch, position| Err(EmailError::LocalBadChar { ch, position });
    assert_eq!(check("bu,di@gmail.com"), bad(',', 3));
    assert_eq!(check("éé,@gmail.com"), bad(',', 3), "characters, not bytes");
    assert_eq!(
        check("ü@gm!il.com"),
        Err(EmailError::DomainBadChar {
            ch: '!',
            position: 5
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
    // Multi-byte local parts count in octets: 32 × "é" is 64 octets, 33 is 66; 21 × "中"
    // is 63, 22 is 66.
    assert_eq!(at(&"é".repeat(32), "gmail.com"), "ok");
    assert_eq!(at(&"é".repeat(33), "gmail.com"), "local_too_long");
    assert_eq!(at(&"中".repeat(21), "gmail.com"), "ok");
    assert_eq!(at(&"中".repeat(22), "gmail.com"), "local_too_long");
    assert_eq!(
        check(&format!("{}@x.com", "é".repeat(33))),
        Err(EmailError::LocalTooLong { octets: 66 })
    );
    assert_eq!(at("b", &format!("{}.com", "a".repeat(63))), "ok");
    assert_eq!(
        at("b", &format!("{}.com", "a".repeat(64))),
        "domain_label_too_long"
    );
    // Domains of 253 and 254 octets (labels of 63 and dots); the local part of one octet
    // keeps the address limit out of the way only for a shorter domain, hence the two checks.
    let domain_253 = [
        "a".repeat(63),
        "b".repeat(63),
        "c".repeat(63),
        "d".repeat(61),
    ]
    .join(".");
    assert_eq!(domain_253.len(), 253);
    assert_eq!(at("b", &domain_253), "address_too_long", "253 + 2 octets");
    assert_eq!(at("b", &format!("{domain_253}d")), "domain_too_long");
    // The whole address: 254 octets is fine, 255 is not.
    let domain = [
        "a".repeat(63),
        "b".repeat(63),
        "c".repeat(63),
        "d".repeat(57),
    ]
    .join(".");
    let local_ok = "x".repeat(ADDRESS_MAX - 1 - domain.len());
    assert_eq!(at(&local_ok, &domain), "ok");
    assert_eq!(at(&format!("{local_ok}x"), &domain), "address_too_long");
}

#[test]
fn domains_compare_case_insensitively_and_local_parts_stay_as_typed() {
    let address = check("Budi.Santoso@GMAIL.Com").expect("valid");
    assert_eq!(address.local, "Budi.Santoso");
    assert_eq!(address.domain_ascii, "gmail.com");
    assert_eq!(address.ascii(), "Budi.Santoso@gmail.com");
    assert_eq!(address, check("Budi.Santoso@gmail.com").expect("valid"));
}

#[test]
fn errors_in_json_carry_their_code() {
    for input in one_of_each() {
        let Err(error) = check(&input) else {
            panic!("{input:?} is valid");
        };
        let json = serde_json::to_value(&error).expect("serialises");
        assert_eq!(json["code"], error.code(), "{error:?}");
        let back: EmailError = serde_json::from_value(json).expect("deserialises");
        assert_eq!(back, error);
    }
    let json = serde_json::to_string(&EmailError::LocalBadChar {
        ch: ',',
        position: 3,
    });
    assert_eq!(
        json.expect("serialises"),
        r#"{"code":"local_bad_char","ch":",","position":3}"#
    );
}

#[test]
fn every_error_reads_as_a_sentence_in_both_languages() {
    for input in one_of_each() {
        let Err(error) = check(&input) else {
            panic!("{input:?} is valid");
        };
        for lang in [Lang::Id, Lang::En] {
            assert!(error.message(lang).len() > 10, "{input:?} {lang:?}");
        }
        assert_ne!(error.message(Lang::Id), error.message(Lang::En));
        assert_eq!(error.to_string(), error.message(Lang::En));
    }
}

/// Strings built like addresses from the pieces that steer the rule down its branches,
/// which arbitrary strings almost never reach; about one in eight is valid.
fn address_like() -> impl Strategy<Value = String> {
    let part = || {
        let letters =
            prop::sample::select(vec!["a", "b", "Z", "9", "é", "ü", "中", "e\u{301}", "ｇ"]);
        let joins = prop::sample::select(vec![".", "-", "xn--", "xn--bcher-kva"]);
        let odd = prop::sample::select(vec![
            "😀", "🅰", "²", "_", "\"", " ", "\u{200B}", "\u{0}", "[", "@", "..",
        ]);
        let piece = prop_oneof![12 => letters, 3 => joins, 1 => odd];
        prop::collection::vec(piece, 0..10).prop_map(|pieces| pieces.concat())
    };
    let at = prop::sample::select(vec!["@", "@", "@", "@", "", "@@"]);
    let tld = prop::sample::select(vec![".com", ".co.id", ".de", ".id", "", ".", ".1"]);
    (part(), at, part(), tld)
        .prop_map(|(local, at, domain, tld)| format!("{local}{at}{domain}{tld}"))
}

proptest! {
    #[test]
    fn validate_never_panics(input in any::<String>()) {
        let _ = check(&input);
        let _ = validate_with(&input, &|domain| Some(domain.to_owned()));
    }

    #[test]
    fn validate_never_panics_on_address_like_strings(input in address_like()) {
        let _ = check(&input);
    }

    #[test]
    fn a_valid_address_validates_again_to_the_same_value(input in address_like()) {
        if let Ok(first) = check(&input) {
            prop_assert_eq!(check(&first.unicode()), Ok(first.clone()));
            prop_assert_eq!(check(&first.ascii()), Ok(first.clone()));
        }
    }

    #[test]
    fn generated_addresses_validate_and_keep_their_parts(
        local in "[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]{1,10}(\\.[a-zA-Z0-9éü中-]{1,8}){0,2}",
        name in "[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?",
        tld in "(com|co\\.id|net|org|[a-z]{2,6})",
    ) {
        let address = check(&format!("{local}@{name}.{tld}"));
        prop_assert_eq!(
            address.map(|a| (a.local, a.domain_ascii)),
            Ok((local.clone(), format!("{name}.{tld}")))
        );
    }
}
