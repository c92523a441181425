//! The app shell in headless Chromium: routes, language switch, navigation landmarks.

mod support;

use support::{document, mount_at};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn home_is_the_tracking_page_in_indonesian() {
    let page = mount_at("/").await;
    assert_eq!(page.text("h1"), "Lacak kiriman");
    assert_eq!(page.text("button.lang-switch"), "English");
    assert!(page.query("nav[aria-label='Menu utama']").is_some());
    assert!(page.text("footer").contains("Kebijakan privasi"));
    let current = page
        .query("nav [aria-current='page']")
        .expect("a current nav item");
    assert_eq!(current.text_content().unwrap_or_default(), "Lacak kiriman");
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_every_string_and_the_document_language() {
    let page = mount_at("/privasi").await;
    assert_eq!(page.text("h1"), "Kebijakan privasi");
    let before = page.root.text_content().unwrap_or_default();

    page.click("button.lang-switch");
    page.wait_for("English", |p| p.text("h1") == "Privacy policy")
        .await;
    assert_eq!(page.text("button.lang-switch"), "Bahasa Indonesia");
    assert!(page.text("footer").contains("Tracking needs no account"));
    let root = document().document_element().expect("html");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en"));
    assert!(document().title().starts_with("Privacy policy"));
    assert!(page.query("nav[aria-label='Main menu']").is_some());

    // Every Indonesian string of the shell is gone (the brand and legal name aside).
    let after = page.root.text_content().unwrap_or_default();
    for word in ["Lacak", "Pelacakan", "Kebijakan", "Langsung"] {
        assert!(before.contains(word), "{word} in Indonesian page");
        assert!(
            !after.contains(word),
            "{word} left in English page: {after}"
        );
    }

    page.click("button.lang-switch");
    page.wait_for("Indonesian again", |p| p.text("h1") == "Kebijakan privasi")
        .await;
    assert_eq!(root.get_attribute("lang").as_deref(), Some("id"));
}

#[wasm_bindgen_test]
async fn each_route_has_its_page() {
    for (path, heading) in [
        ("/lacak", "Lacak kiriman"),
        ("/jlc", "JLC – JNE Loyalty Card"),
        ("/privasi", "Kebijakan privasi"),
        ("/tidak-ada", "Halaman tidak ditemukan"),
    ] {
        let page = mount_at(path).await;
        assert_eq!(page.text("h1"), heading, "{path}");
    }
}

#[wasm_bindgen_test]
async fn navigating_by_link_changes_the_page_without_a_reload() {
    let page = mount_at("/").await;
    page.click("nav a[href='/jlc']");
    page.wait_for("the JLC page", |p| p.text("h1").starts_with("JLC"))
        .await;
    let path = web_sys::window()
        .expect("window")
        .location()
        .pathname()
        .expect("path");
    assert_eq!(path, "/jlc");
}

#[wasm_bindgen_test]
async fn the_skip_link_leads_to_the_main_content() {
    let page = mount_at("/").await;
    let skip = page.query("a.skip-link").expect("skip link");
    assert_eq!(skip.get_attribute("href").as_deref(), Some("#main"));
    assert!(page.query("main#main").is_some());
}
