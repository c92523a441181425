//! The email field in headless Chromium: the message on blur, the one-click suggestion, and
//! a form that is not sent while the address is invalid.

mod support;

use jne_web::components::email_field::{check_email, EmailField};
use support::{mount, settle, Mounted};
use wasm_bindgen_test::*;
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

async fn form() -> Mounted {
    mount::<Harness>().await
}

/// Types the address, then leaves the field as a person tabbing on would.
async fn type_and_leave(form: &Mounted, text: &str) {
    form.type_into("#email", text);
    settle().await;
    form.leave("#email").await;
}

async fn click(form: &Mounted, selector: &str) {
    form.click(selector);
    settle().await;
}

#[wasm_bindgen_test]
async fn a_typo_gets_a_suggestion_that_fills_the_field_in_one_click() {
    let form = form().await;
    type_and_leave(&form, "budi@gmial.com").await;
    assert_eq!(
        form.text(".suggestion button"),
        "Maksud Anda budi@gmail.com?"
    );
    click(&form, ".suggestion button").await;
    assert_eq!(form.value("#email"), "budi@gmail.com");
    assert!(
        form.query(".suggestion").is_none(),
        "the suggestion goes once taken"
    );
}

#[wasm_bindgen_test]
async fn an_invalid_address_is_explained_on_blur_and_never_sent() {
    let form = form().await;
    type_and_leave(&form, "budi@@gmail.com").await;
    assert_eq!(
        form.text(".field-error"),
        "Alamat email hanya boleh memuat satu @"
    );
    let input = form.query("#email").expect("the field");
    let attribute = |name: &str| input.get_attribute(name).unwrap_or_default();
    assert_eq!(attribute("aria-invalid"), "true");
    assert!(attribute("aria-describedby").contains("email-error"));
    assert_eq!(attribute("type"), "email");
    assert_eq!(attribute("autocomplete"), "email");
    assert_eq!(attribute("inputmode"), "email");
    assert_eq!(attribute("spellcheck"), "false");

    click(&form, "#send").await;
    assert!(
        form.query("#sent").is_none(),
        "nothing is sent while invalid"
    );
    assert_eq!(
        form.value("#email"),
        "budi@@gmail.com",
        "nothing typed is lost"
    );

    type_and_leave(&form, "budi@contoh.co.id").await;
    assert!(form.query(".field-error").is_none());
    click(&form, "#send").await;
    assert_eq!(form.text("#sent"), "budi@contoh.co.id");
}

#[wasm_bindgen_test]
async fn no_message_while_still_typing() {
    let form = form().await;
    form.type_into("#email", "budi@");
    settle().await;
    assert!(
        form.query(".field-error").is_none(),
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
