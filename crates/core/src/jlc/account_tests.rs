use super::*;

#[test]
fn names_are_trimmed_bounded_and_hide_nothing() {
    assert_eq!(check_name("  Siti Rahayu "), Ok("Siti Rahayu".into()));
    assert_eq!(check_name(" \t"), Err(AccountError::NameMissing));
    assert_eq!(check_name(&"a".repeat(101)), Err(AccountError::NameTooLong));
    assert_eq!(check_name(&"ä".repeat(100)), Ok("ä".repeat(100)));
    for hidden in ["Budi\u{0}", "Budi\u{202E}nama", "Bu\u{200B}di", "a\u{7}"] {
        assert_eq!(
            check_name(hidden),
            Err(AccountError::NameHiddenCharacters),
            "{hidden:?}"
        );
    }
}

#[test]
fn mobile_numbers_in_every_common_form_store_as_08() {
    for ok in [
        "081234567890",
        "0812-3456-7890",
        "+62 812 3456 7890",
        "62812.3456.7890",
        "(0812) 3456 7890",
        "+6281234567890",
    ] {
        assert_eq!(normalize_mobile(ok), Ok("081234567890".into()), "{ok}");
    }
    assert_eq!(normalize_mobile("0812345678"), Ok("0812345678".into()));
    for bad in [
        "",
        "0212345678",
        "12345",
        "0812345",
        "08123456789012",
        "+1 415 555 0100",
        "0812x4567890",
        "+0812345678",
        "٠٨١٢٣٤٥٦٧٨٩٠",
    ] {
        assert_eq!(
            normalize_mobile(bad),
            Err(AccountError::MobileInvalid),
            "{bad}"
        );
    }
}

#[test]
fn passwords_need_twelve_characters_and_may_be_long() {
    assert_eq!(
        check_password_length("pendek"),
        Err(AccountError::PasswordTooShort { chars: 6 })
    );
    // Characters, not bytes: eleven two-byte letters are still too short.
    assert_eq!(
        check_password_length(&"é".repeat(11)),
        Err(AccountError::PasswordTooShort { chars: 11 })
    );
    assert_eq!(check_password_length("dua belas kr"), Ok(()));
    assert_eq!(check_password_length(&"x".repeat(128)), Ok(()));
    assert_eq!(
        check_password_length(&"x".repeat(129)),
        Err(AccountError::PasswordTooLong)
    );
    // Spaces count and are kept: no trimming.
    assert_eq!(check_password_length("  sebelas!  "), Ok(()));
}

#[test]
fn strength_grows_with_length_and_variety() {
    assert_eq!(strength("pendek"), Strength::TooShort);
    assert_eq!(strength("aaaaaabbbbbbbbbbbbbb"), Strength::Fair);
    assert_eq!(strength("kopi susu pagi"), Strength::Fair);
    assert_eq!(strength("kopi susu pagi hari"), Strength::Good);
    assert_eq!(strength("kopi susu pagi hari ini"), Strength::Strong);
}

#[test]
fn every_code_reads_back_and_has_a_sentence_in_both_languages() {
    for error in [
        AccountError::NameMissing,
        AccountError::NameTooLong,
        AccountError::NameHiddenCharacters,
        AccountError::MobileInvalid,
        AccountError::PasswordTooShort { chars: 0 },
        AccountError::PasswordTooLong,
        AccountError::PasswordCommon,
    ] {
        assert_eq!(AccountError::from_code(error.code()), Some(error));
        assert_ne!(error.message(Lang::Id), error.message(Lang::En));
    }
}
