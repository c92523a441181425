//! Markup built as Yew's elements (`components::markup::build_elements`, the embedded
//! module's way, for host pages that enforce Trusted Types): the same calls give the same
//! elements, and what comes from outside stays text.

mod support;

use jne_web::components::markup::{build_elements, Markup};
use support::mount;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

const HOSTILE: &str =
    "\"><img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=1</script>&amp;'";

#[function_component(Sample)]
fn sample() -> Html {
    let mut m = Markup::new();
    m.open_with("time", &[("datetime", HOSTILE)])
        .text(HOSTILE)
        .close("time")
        .open("p", &["what", "", "attention"])
        .text(HOSTILE)
        .element("span", &["place"], "MEDAN")
        .close("p");
    html! { <div id="sample">{ m.into_html() }</div> }
}

#[wasm_bindgen_test]
async fn the_same_calls_give_elements_and_values_stay_text() {
    build_elements();
    assert_eq!(Markup::new().as_str(), "", "no markup text is written");
    let page = mount::<Sample>().await;
    let sample = page.query("#sample").expect("the sample");
    assert_eq!(sample.child_element_count(), 2, "{}", sample.inner_html());
    assert!(sample
        .query_selector("img, script, [onerror]")
        .unwrap()
        .is_none());
    let time = page.query("#sample > time").expect("time");
    assert_eq!(time.get_attribute("datetime").as_deref(), Some(HOSTILE));
    assert_eq!(time.text_content().as_deref(), Some(HOSTILE));
    let what = page
        .query("#sample > p.what.attention > span.place")
        .expect("nested");
    assert_eq!(what.text_content().as_deref(), Some("MEDAN"));
    let p = page.query("#sample > p").expect("p");
    assert_eq!(p.get_attribute("class").as_deref(), Some("what attention"));
    assert_eq!(
        p.text_content().unwrap_or_default(),
        format!("{HOSTILE}MEDAN")
    );
}
