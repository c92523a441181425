//! The tracking form in headless Chromium: bad input is explained and kept, good input is
//! sent, and a server that cannot answer gets its own message and a retry button.

mod support;

use support::{mount_at, settle};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_bad_number_is_explained_next_to_the_field_and_on_top_and_kept() {
    let page = mount_at("/").await;
    page.type_into("#awb-input", "12345");
    settle().await;
    page.click("form.track-form button[type=submit]");
    page.wait_for("the error summary", |p| p.query(".error-summary").is_some())
        .await;
    assert!(page
        .text(".error-summary")
        .contains("“\u{2068}12345\u{2069}”: terlalu pendek (5 karakter, minimal 10)"));
    assert!(page.text(".field-error").contains("terlalu pendek"));
    let field = page.query("#awb-input").expect("field");
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = field.get_attribute("aria-describedby").unwrap_or_default();
    assert!(
        described.split(' ').any(|id| id == "awb-error"),
        "{described}"
    );
    assert_eq!(page.value("#awb-input"), "12345", "nothing typed is lost");
    assert!(page.query(".results").is_none(), "nothing was tracked");
    let link = page.query(".error-summary a").expect("a link to the field");
    assert_eq!(link.get_attribute("href").as_deref(), Some("#awb-input"));
}

#[wasm_bindgen_test]
async fn submitting_nothing_asks_for_a_number() {
    let page = mount_at("/").await;
    page.click("form.track-form button[type=submit]");
    page.wait_for("the error summary", |p| p.query(".error-summary").is_some())
        .await;
    assert!(page.text(".error-summary").contains("Masukkan nomor resi"));
}

#[wasm_bindgen_test]
async fn good_numbers_are_tracked_while_bad_ones_are_reported_and_failures_offer_retry() {
    // The test runner's own server has no API: every number fails as a server error would.
    let page = mount_at("/").await;
    page.type_into(
        "#awb-input",
        "0166231900105595, JNE#1, CM96392284741, 0166231900105595",
    );
    page.click("form.track-form button[type=submit]");
    page.wait_for("two result cards", |p| {
        p.root
            .query_selector_all("article.result")
            .map(|l| l.length())
            .unwrap_or(0)
            == 2
    })
    .await;
    assert!(page.text(".error-summary").contains("JNE#1"));
    assert!(page.text(".note").contains("1 nomor ganda"));
    page.wait_for("the failure message", |p| {
        p.text(".results").contains("Server sedang bermasalah")
    })
    .await;
    assert!(
        page.query("article.result button").is_some(),
        "a retry button per number"
    );
    // The address follows once the answer is shown (it never delays the answer).
    let hash = || {
        web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default()
    };
    page.wait_for("the numbers in the address", |_| {
        hash() == "#0166231900105595,CM96392284741"
    })
    .await;
}
