//! Every email input of the site: checked on blur and on submit with the same rule the server
//! applies (`jne_core::email`), with a one-click "did you mean …?" for typos.

use jne_core::email::{suggest_with_case, validate_with_case, EmailAddress, EmailError};
use yew::prelude::*;

use crate::components::focus::focus_by_id;
use crate::components::text_field::TextField;
use crate::hooks::use_locale::use_locale;

/// The rule, with the browser's own URL parser doing UTS-46 for non-ASCII domains (the
/// `idna` crate's tables would cost the bundle far more). `input` is trimmed first.
pub fn check_email(input: &str) -> Result<EmailAddress, EmailError> {
    validate_with_case(input.trim(), &browser_to_ascii, &browser_to_lower)
}

/// JavaScript's `toLowerCase` is Unicode's full lower-casing, as `str::to_lowercase` is;
/// Rust's own would bring its case tables into the bundle.
fn browser_to_lower(text: &str) -> String {
    js_sys::JsString::from(text).to_lower_case().into()
}

fn browser_to_ascii(domain: &str) -> Option<String> {
    web_sys::Url::new(&format!("http://{domain}/"))
        .ok()
        .map(|url| url.hostname())
}

#[derive(Properties, PartialEq)]
pub struct EmailSuggestionProps {
    /// What the person typed; nothing shows unless it looks like a typo.
    pub value: AttrValue,
    /// Called with the corrected address when the person takes the suggestion.
    pub on_accept: Callback<String>,
    /// The field the suggestion fills: focus goes back to it (the button goes away).
    pub field: AttrValue,
}

/// "Maksud Anda budi@gmail.com?" as a button that fills the field in one click or key press.
#[function_component(EmailSuggestion)]
pub fn email_suggestion(props: &EmailSuggestionProps) -> Html {
    let t = use_locale().texts();
    let Some(suggestion) = suggest_with_case(props.value.trim(), &browser_to_lower) else {
        return html! {};
    };
    let onclick = {
        let (suggestion, on_accept, field) = (
            suggestion.clone(),
            props.on_accept.clone(),
            props.field.clone(),
        );
        Callback::from(move |_| {
            on_accept.emit(suggestion.clone());
            focus_by_id(&field);
        })
    };
    html! {
        <p class="suggestion">
            <button type="button" class="button-link" {onclick}>{ (t.did_you_mean)(&suggestion) }</button>
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct EmailFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    pub on_input: Callback<String>,
    /// The form's own verdict on submit (or the server's), shown instead of the blur check.
    #[prop_or_default]
    pub error: Option<String>,
}

#[function_component(EmailField)]
pub fn email_field(props: &EmailFieldProps) -> Html {
    let locale = use_locale();
    // Checked when the person leaves the field, not at every keystroke while still typing.
    let checked = use_state(|| None::<EmailError>);
    let checked_value = use_state(String::new);
    let on_blur = {
        let (checked, checked_value, value) =
            (checked.clone(), checked_value.clone(), props.value.clone());
        Callback::from(move |()| {
            checked.set(if value.trim().is_empty() {
                None
            } else {
                check_email(&value).err()
            });
            checked_value.set(value.to_string());
        })
    };
    let on_accept = {
        let (checked, on_input) = (checked.clone(), props.on_input.clone());
        Callback::from(move |corrected: String| {
            checked.set(None);
            on_input.emit(corrected);
        })
    };
    let error = props
        .error
        .clone()
        .or_else(|| checked.as_ref().map(|e| e.message(locale.lang)));
    html! {
        <TextField id={props.id.clone()} label={props.label.clone()} hint={props.hint.clone()}
            value={props.value.clone()} on_input={props.on_input.clone()} {on_blur} {error}
            input_type="email" autocomplete="email" inputmode="email" spellcheck="false"
            autocapitalize="none">
            if !checked_value.is_empty() && *checked_value == *props.value {
                <EmailSuggestion value={props.value.clone()} {on_accept} field={props.id.clone()} />
            }
        </TextField>
    }
}
