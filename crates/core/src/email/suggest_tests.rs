//! The typo table, the domains that must be left alone, and properties of suggestions.

use super::*;
use proptest::prelude::*;

#[test]
fn the_typo_table() {
    let typos = [
        ("budi@gmial.com", "budi@gmail.com"),
        ("budi@gmai.com", "budi@gmail.com"),
        ("budi@gamil.com", "budi@gmail.com"),
        ("budi@gnail.com", "budi@gmail.com"),
        ("budi@gmaill.com", "budi@gmail.com"),
        ("budi@gmailcom", "budi@gmail.com"),
        ("budi@gmail", "budi@gmail.com"),
        ("budi@gmail.con", "budi@gmail.com"),
        ("budi@gmail.cm", "budi@gmail.com"),
        ("budi@gmail.co", "budi@gmail.com"),
        ("budi@gmail.om", "budi@gmail.com"),
        ("budi@gmial.con", "budi@gmail.com"),
        ("budi@gmial.cmo", "budi@gmail.com"),
        ("budi@gmiial.cmo", "budi@gmail.com"),
        ("budi@gmail.co.id", "budi@gmail.com"),
        ("budi@gmail.id", "budi@gmail.com"),
        ("Budi.S@GMIAL.COM", "Budi.S@gmail.com"),
        ("budi@yaho.com", "budi@yahoo.com"),
        ("budi@yahooo.com", "budi@yahoo.com"),
        ("budi@yahoo.con", "budi@yahoo.com"),
        ("budi@yahoo.co", "budi@yahoo.com"),
        ("budi@yahoo.co.di", "budi@yahoo.co.id"),
        ("budi@yaho.co.id", "budi@yahoo.co.id"),
        ("budi@yahoo.co.ic", "budi@yahoo.co.id"),
        ("budi@ymail.con", "budi@ymail.com"),
        ("budi@hotmial.com", "budi@hotmail.com"),
        ("budi@hotmail.con", "budi@hotmail.com"),
        ("budi@outlok.com", "budi@outlook.com"),
        ("budi@outlook.co.di", "budi@outlook.co.id"),
        ("budi@lve.com", "budi@live.com"),
        ("budi@lvie.com", "budi@live.com"),
        ("budi@iclod.com", "budi@icloud.com"),
        ("budi@icloud.co", "budi@icloud.com"),
        ("budi@rocketmial.com", "budi@rocketmail.com"),
        ("budi@company.cmo", "budi@company.com"),
        ("budi@company.ocm", "budi@company.com"),
        ("budi@company.comm", "budi@company.com"),
        ("budi@kampus.ac.di", "budi@kampus.ac.id"),
        ("budi@kantor.co.di", "budi@kantor.co.id"),
        ("budi@sekolah.sch.di", "budi@sekolah.sch.id"),
        ("budi@dinas.go.di", "budi@dinas.go.id"),
        ("budi@toko.nte", "budi@toko.net"),
        ("budi@yayasan.ogr", "budi@yayasan.org"),
        ("siti.rahma+jne@gmial.com", "siti.rahma+jne@gmail.com"),
    ];
    for (typed, meant) in typos {
        assert_eq!(suggest(typed).as_deref(), Some(meant), "{typed}");
    }
}

/// Found by the fuzzer: a typed IDN label with a dotted capital I (`İ` lower-cases to `i̇`)
/// once got a suggestion that the server's UTS-46 check refuses.
#[test]
fn ascii_form_idn_labels_get_no_suggestion() {
    assert_eq!(suggest("6@xn--k.İ"), None);
    assert_eq!(suggest("budi@xn--bcher-kva.cmo"), None);
}

#[test]
fn correct_and_unknown_domains_are_never_corrected() {
    for fine in [
        // The providers themselves, in any case.
        "budi@gmail.com",
        "budi@GMAIL.COM",
        "budi@yahoo.com",
        "budi@yahoo.co.id",
        "budi@outlook.co.id",
        "budi@live.com",
        // Their country domains, which are real.
        "budi@live.co.id",
        "budi@yahoo.co.uk",
        "budi@yahoo.co.in",
        "budi@yahoo.co.jp",
        "budi@yahoo.com.sg",
        "budi@hotmail.co.uk",
        "budi@hotmail.fr",
        "budi@outlook.co.th",
        // Companies, campuses and other real domains.
        "budi@jne.co.id",
        "budi@tokopedia.com",
        "budi@ui.ac.id",
        "budi@kemenkeu.go.id",
        "budi@telkom.net",
        "budi@email.com",
        "budi@mail.com",
        "budi@cloud.com",
        "budi@gmx.com",
        "budi@love.com",
        "budi@life.com",
        "budi@startup.io",
        "budi@company.co",
        "budi@company.cm",
        "budi@company.ie",
        "budi@company.it",
        "budi@perusahaan.my",
        "budi@web.de",
        "budi@foto.cam",
        "budi@toko.pet",
        // Not addresses at all.
        "not an address",
        "budi@",
        "@gmial.com",
        "budi@@gmial.com",
        "bu di@gmial.com",
    ] {
        assert_eq!(suggest(fine), None, "{fine}");
    }
}

fn check(input: &str) -> bool {
    #[cfg(feature = "idna")]
    return crate::email::validate(input).is_ok();
    #[cfg(not(feature = "idna"))]
    return crate::email::validate_with(input, &|_| None).is_ok();
}

proptest! {
    #[test]
    fn suggestions_differ_from_the_input_are_valid_and_final(
        local in "[a-zA-Z0-9._+-]{1,10}",
        domain in "[a-zA-Z.]{0,16}",
    ) {
        let input = format!("{local}@{domain}");
        if let Some(suggestion) = suggest(&input) {
            prop_assert_ne!(&suggestion, &input);
            prop_assert!(check(&suggestion), "{} → {}", input, suggestion);
            prop_assert!(suggestion.starts_with(&format!("{local}@")), "local part kept");
            prop_assert_eq!(suggest(&suggestion), None, "one step is enough");
        }
    }

    #[test]
    fn near_misses_of_providers_are_valid_too(
        provider in prop::sample::select(PROVIDERS.to_vec()),
        cut in 0usize..14,
        extra in "[a-z.]",
    ) {
        // A letter dropped or doubled, as thumbs do.
        let mut domain: Vec<char> = provider.chars().collect();
        let at = cut.min(domain.len() - 1);
        match extra.as_str() {
            "." => { domain.remove(at); }
            letter => domain.insert(at, letter.chars().next().unwrap_or('a')),
        }
        let input = format!("budi@{}", domain.into_iter().collect::<String>());
        if let Some(suggestion) = suggest(&input) {
            prop_assert_ne!(&suggestion, &input);
            prop_assert!(check(&suggestion), "{} → {}", input, suggestion);
        }
    }

    #[test]
    fn suggest_never_panics(input in any::<String>()) {
        let _ = suggest(&input);
    }
}
