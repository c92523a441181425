//! The email field in headless Chromium: the message on blur, the one-click suggestion, and
//! a form that is not sent while the address is invalid.

mod support;

use std::time::Duration;

use jne_web::components::email_field::{check_email, EmailField};
use support::document;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A form with one email field, as sign-up and change-email use it.
#[function_component(Harness)]
fn harness() -> Html {
    let value = use_state(String::new);
    let error = use_state(|| None::<String>);
    let sent = use_state(|| None::<String>);
    let on_input = {
        let value = value.clone();
        Callback::from(move |text: String| value.set(text))
    };
    let onsubmit = {
        let (value, error, sent) = (value.clone(), error.clone(), sent.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match check_email(&value) {
                Ok(address) => {
                    error.set(None);
                    sent.set(Some(address.ascii()));
                }
                Err(problem) => error.set(Some(problem.message(jne_core::lang::Lang::Id))),
            }
        })
    };
    html! {
        <form {onsubmit}>
            <EmailField id="email" label="Email" value={(*value).clone()} {on_input} error={(*error).clone()} />
            <button type="submit" id="send">{ "Kirim" }</button>
            if let Some(address) = &*sent { <p id="sent">{ address.clone() }</p> }
        </form>
    }
}

struct Form {
    root: web_sys::Element,
}

impl Form {
    async fn mount() -> Form {
        let root = document().create_element("div").expect("div");
        document()
            .body()
            .expect("body")
            .append_child(&root)
            .expect("append");
        yew::Renderer::<Harness>::with_root(root.clone()).render();
        settle().await;
        Form { root }
    }

    fn input(&self) -> HtmlInputElement {
        self.find("#email").dyn_into().expect("input")
    }

    fn find(&self, selector: &str) -> web_sys::Element {
        self.root
            .query_selector(selector)
            .ok()
            .flatten()
            .unwrap_or_else(|| panic!("no {selector}"))
    }

    fn has(&self, selector: &str) -> bool {
        self.root.query_selector(selector).ok().flatten().is_some()
    }

    /// Types the address, then leaves the field as a person tabbing on would.
    async fn type_and_leave(&self, text: &str) {
        let input = self.input();
        input.focus().expect("focus");
        input.set_value(text);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        let event = web_sys::Event::new_with_event_init_dict("input", &init).expect("event");
        input.dispatch_event(&event).expect("input event");
        settle().await;
        input.blur().expect("blur");
        settle().await;
    }

    async fn click(&self, selector: &str) {
        self.find(selector)
            .dyn_into::<HtmlElement>()
            .expect("element")
            .click();
        settle().await;
    }
}

impl Drop for Form {
    fn drop(&mut self) {
        self.root.remove();
    }
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(40)).await;
}

#[wasm_bindgen_test]
async fn a_typo_gets_a_suggestion_that_fills_the_field_in_one_click() {
    let form = Form::mount().await;
    form.type_and_leave("budi@gmial.com").await;
    assert_eq!(
        form.find(".suggestion button").text_content().as_deref(),
        Some("Maksud Anda budi@gmail.com?")
    );
    form.click(".suggestion button").await;
    assert_eq!(form.input().value(), "budi@gmail.com");
    assert!(!form.has(".suggestion"), "the suggestion goes once taken");
}

#[wasm_bindgen_test]
async fn an_invalid_address_is_explained_on_blur_and_never_sent() {
    let form = Form::mount().await;
    form.type_and_leave("budi@@gmail.com").await;
    assert_eq!(
        form.find(".field-error").text_content().as_deref(),
        Some("Alamat email hanya boleh memuat satu @")
    );
    let input = form.input();
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(input
        .get_attribute("aria-describedby")
        .unwrap_or_default()
        .contains("email-error"));
    assert_eq!(input.get_attribute("type").as_deref(), Some("email"));
    assert_eq!(
        input.get_attribute("autocomplete").as_deref(),
        Some("email")
    );
    assert_eq!(input.get_attribute("inputmode").as_deref(), Some("email"));
    assert_eq!(input.get_attribute("spellcheck").as_deref(), Some("false"));

    form.click("#send").await;
    assert!(!form.has("#sent"), "nothing is sent while invalid");
    assert_eq!(input.value(), "budi@@gmail.com", "nothing typed is lost");

    form.type_and_leave("budi@contoh.co.id").await;
    assert!(!form.has(".field-error"));
    form.click("#send").await;
    assert_eq!(
        form.find("#sent").text_content().as_deref(),
        Some("budi@contoh.co.id")
    );
}

#[wasm_bindgen_test]
async fn no_message_while_still_typing() {
    let form = Form::mount().await;
    let input = form.input();
    input.focus().expect("focus");
    input.set_value("budi@");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).expect("event"))
        .expect("input event");
    settle().await;
    assert!(
        !form.has(".field-error"),
        "no error before the field is left"
    );
}

#[wasm_bindgen_test]
fn the_browser_converts_international_domains() {
    let address = check_email("budi@bücher.de").expect("valid");
    assert_eq!(address.domain_ascii, "xn--bcher-kva.de");
    assert!(
        check_email("  budi@gmail.com  ").is_ok(),
        "the ends are trimmed"
    );
}
