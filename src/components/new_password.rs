//! A field for choosing a password: shown or hidden on request, its strength read out beside
//! it as the person types (length is what counts, ASVS 2.1.8), and the server's verdict on
//! common passwords shown as its error.

use jne_core::jlc::account::{strength, Strength, PASSWORD_MIN};
use yew::prelude::*;

use crate::components::text_field::TextField;
use crate::hooks::use_locale::use_locale;

#[derive(Properties, PartialEq)]
pub struct NewPasswordProps {
    pub id: AttrValue,
    pub value: AttrValue,
    pub on_input: Callback<String>,
    #[prop_or_default]
    pub error: Option<String>,
}

#[function_component(NewPasswordField)]
pub fn new_password_field(props: &NewPasswordProps) -> Html {
    let t = use_locale().texts();
    let visible = use_state(|| false);
    let toggle = {
        let visible = visible.clone();
        Callback::from(move |_| visible.set(!*visible))
    };
    let level = strength(&props.value);
    let (label, class) = match level {
        Strength::TooShort => (t.account.strength_too_short, "strength-short"),
        Strength::Fair => (t.account.strength_fair, "strength-fair"),
        Strength::Good => (t.account.strength_good, "strength-good"),
        Strength::Strong => (t.account.strength_strong, "strength-strong"),
    };
    let count = props.value.chars().count();
    let meter_id = format!("{}-strength", props.id);
    html! {
        <TextField id={props.id.clone()} label={t.account.new_password_label}
            hint={t.account.new_password_hint} value={props.value.clone()}
            input_type={if *visible { "text" } else { "password" }} on_input={props.on_input.clone()}
            error={props.error.clone()} autocomplete="new-password" spellcheck="false"
            autocapitalize="none">
            // Polite and without the count, so a screen reader hears each change of level
            // once, not every keystroke.
            <p id={meter_id} class={classes!("strength", class)} aria-live="polite">
                if count > 0 {
                    <span class="strength-bar" aria-hidden="true"></span>
                    { label }
                    if level == Strength::TooShort {
                        <span aria-hidden="true">{ format!(" ({count}/{PASSWORD_MIN})") }</span>
                    }
                }
            </p>
            <button type="button" class="button-link" aria-controls={props.id.clone()} onclick={toggle}>
                { if *visible { t.jlc.hide_password } else { t.jlc.show_password } }
            </button>
        </TextField>
    }
}
