//! Markup written as text (`components::markup`): what comes from outside is shown as text
//! and never becomes an element, an attribute or a handler.

use jne_web::components::markup::Markup;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const HOSTILE: &str =
    "\"><img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=1</script>&amp;'";

#[wasm_bindgen_test]
fn text_and_attribute_values_stay_text() {
    let mut m = Markup::new();
    m.open_with("time", &[("datetime", HOSTILE)])
        .text(HOSTILE)
        .close("time")
        .element("p", &["what"], HOSTILE);
    let document = web_sys::window().unwrap().document().unwrap();
    let box_ = document.create_element("div").unwrap();
    box_.set_inner_html(m.as_str());
    assert_eq!(box_.child_element_count(), 2, "{}", box_.inner_html());
    assert!(box_
        .query_selector("img, script, [onerror]")
        .unwrap()
        .is_none());
    let time = box_.query_selector("time").unwrap().unwrap();
    assert_eq!(time.get_attribute("datetime").as_deref(), Some(HOSTILE));
    assert_eq!(time.text_content().as_deref(), Some(HOSTILE));
    let what = box_.query_selector("p.what").unwrap().unwrap();
    assert_eq!(what.text_content().as_deref(), Some(HOSTILE));
}

#[wasm_bindgen_test]
fn classes_are_joined_and_empty_ones_left_out() {
    let mut m = Markup::new();
    m.element("span", &["badge", "", "attention"], "Bermasalah")
        .element("p", &[], "Jakarta → Bandung");
    assert_eq!(
        m.as_str(),
        "<span class=\"badge attention\">Bermasalah</span><p>Jakarta → Bandung</p>"
    );
}
