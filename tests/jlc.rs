//! The JLC sign-in form in headless Chromium: labels, the GOV.UK error pattern, nothing
//! typed lost (the password aside), and the password never shown unless asked.

mod support;

use support::{mount_at, settle};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn an_empty_sign_in_names_both_missing_fields() {
    let page = mount_at("/jlc").await;
    page.click("form.stack-form button[type=submit]");
    page.wait_for("the error summary", |p| p.query(".error-summary").is_some())
        .await;
    let summary = page.text(".error-summary");
    assert!(
        summary.contains("Masukkan nomor JLC atau email Anda"),
        "{summary}"
    );
    assert!(summary.contains("Masukkan kata sandi Anda"), "{summary}");
    for id in ["jlc-identifier", "jlc-password"] {
        let field = page.query(&format!("#{id}")).expect("field");
        assert_eq!(
            field.get_attribute("aria-invalid").as_deref(),
            Some("true"),
            "{id}"
        );
        let described = field.get_attribute("aria-describedby").unwrap_or_default();
        assert!(
            described.contains(&format!("{id}-error")),
            "{id}: {described}"
        );
    }
}

#[wasm_bindgen_test]
async fn what_was_typed_stays_and_the_password_is_hidden_until_asked() {
    let page = mount_at("/jlc").await;
    page.type_into("#jlc-identifier", "JLC0012345678");
    settle().await;
    page.click("form.stack-form button[type=submit]");
    page.wait_for("the error summary", |p| p.query(".error-summary").is_some())
        .await;
    assert_eq!(page.value("#jlc-identifier"), "JLC0012345678");
    assert!(!page.text(".error-summary").contains("nomor JLC atau email"));

    let password = page.query("#jlc-password").expect("password field");
    assert_eq!(password.get_attribute("type").as_deref(), Some("password"));
    assert_eq!(
        password.get_attribute("autocomplete").as_deref(),
        Some("current-password")
    );
    page.click("button.button-link");
    page.wait_for("the password shown", |p| {
        p.query("#jlc-password")
            .and_then(|f| f.get_attribute("type"))
            .as_deref()
            == Some("text")
    })
    .await;
    assert_eq!(page.text("button.button-link"), "Sembunyikan kata sandi");
}

#[wasm_bindgen_test]
async fn sign_up_names_every_missing_field_and_reads_out_the_password_strength() {
    let page = mount_at("/jlc/daftar").await;
    page.click("form.stack-form button[type=submit]");
    page.wait_for("the error summary", |p| p.query(".error-summary").is_some())
        .await;
    let summary = page.text(".error-summary");
    for expected in [
        "Masukkan nama Anda",
        "Masukkan alamat email",
        "nomor ponsel Indonesia",
        "minimal 12 karakter",
    ] {
        assert!(summary.contains(expected), "{expected}: {summary}");
    }
    for id in [
        "signup-name",
        "signup-email",
        "signup-mobile",
        "signup-password",
    ] {
        let field = page.query(&format!("#{id}")).expect("field");
        assert_eq!(
            field.get_attribute("aria-invalid").as_deref(),
            Some("true"),
            "{id}"
        );
    }
    let password = page.query("#signup-password").expect("password");
    assert_eq!(
        password.get_attribute("autocomplete").as_deref(),
        Some("new-password")
    );

    page.type_into("#signup-password", "pendek");
    settle().await;
    let meter = page.query("#signup-password-strength").expect("strength");
    assert_eq!(meter.get_attribute("aria-live").as_deref(), Some("polite"));
    assert!(page
        .text("#signup-password-strength")
        .contains("terlalu pendek"));
    page.type_into("#signup-password", "kopi susu pagi hari ini");
    settle().await;
    assert!(page.text("#signup-password-strength").contains("kuat"));

    page.type_into("#signup-mobile", "0813 1111 2222");
    settle().await;
    page.click("form.stack-form button[type=submit]");
    settle().await;
    let summary = page.text(".error-summary");
    assert!(!summary.contains("nomor ponsel"), "{summary}");
    assert!(!summary.contains("Kata sandi"), "{summary}");
    assert_eq!(page.value("#signup-mobile"), "0813 1111 2222");
}

/// The sentences that name a rule's number say the number the rule in `jne_core` uses.
#[wasm_bindgen_test]
fn texts_name_the_code_length_and_password_minimum_of_the_rules() {
    use jne_core::jlc::{account::PASSWORD_MIN, CODE_LENGTH};
    for lang in [jne_core::lang::Lang::Id, jne_core::lang::Lang::En] {
        let t = jne_web::i18n::texts(lang);
        let (code, minimum) = (CODE_LENGTH.to_string(), PASSWORD_MIN.to_string());
        for text in [t.jlc.code_label, t.jlc.need_code, t.jlc.code_format] {
            assert!(text.contains(&code), "{text}");
        }
        assert!((t.jlc.code_sent)("b***@gmail.com").contains(&code));
        for text in [t.account.new_password_hint, t.account.strength_too_short] {
            assert!(text.contains(&minimum), "{text}");
        }
    }
}
