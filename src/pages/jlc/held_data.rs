//! "The data we hold about you": every field, exactly as stored, except the email address and
//! mobile number, which stay masked as at the top of the page (someone may be looking over
//! the member's shoulder) until the member asks to see them in full.

use jne_core::jlc::Member;
use jne_core::lang::{format_datetime, format_number, Lang};
use yew::prelude::*;

use crate::hooks::use_locale::use_locale;

#[derive(Properties, PartialEq)]
pub struct HeldDataProps {
    pub member: Box<Member>,
}

#[function_component(HeldData)]
pub fn held_data(props: &HeldDataProps) -> Html {
    let locale = use_locale();
    let (t, lang) = (locale.texts(), locale.lang);
    let revealed = use_state(|| false);
    let member = &props.member;
    let toggle = {
        let revealed = revealed.clone();
        Callback::from(move |_: MouseEvent| revealed.set(!*revealed))
    };
    let value = |field: &str, value: &str| match field {
        "email" if !*revealed => member.email_masked.clone(),
        "mobile" if !*revealed => member.mobile_masked.clone(),
        _ => held_value(field, value, lang),
    };
    html! {
        <>
            <h2>{ t.jlc.held_title }</h2>
            <p>{ t.jlc.held_intro }</p>
            <dl class="facts held" id="held-data">
                { for member.held.iter().map(|f| html! {
                    <div class="fact">
                        <dt>{ (t.jlc.held_field)(&f.field) }</dt><dd>{ value(&f.field, &f.value) }</dd>
                    </div>
                }) }
            </dl>
            <p class="no-print">
                <button type="button" class="button-link" aria-controls="held-data" onclick={toggle}>
                    { if *revealed { t.jlc.held_conceal } else { t.jlc.held_reveal } }
                </button>
            </p>
        </>
    }
}

/// Dates and numbers read as people write them; every other value exactly as stored.
fn held_value(field: &str, value: &str, lang: Lang) -> String {
    match (field, value.parse::<u64>()) {
        ("member_since" | "last_sign_in", _) => format_datetime(value, lang),
        ("points", Ok(points)) => format_number(points, lang),
        _ => value.to_owned(),
    }
}
