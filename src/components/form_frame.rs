//! The frame of every JLC form: its heading or intro, a notice, the refusal of an insecure
//! channel, the error summary (GOV.UK), the countdown of a 429, the fields, and the submit
//! button, marked disabled while a request runs or the wait lasts.

use yew::prelude::*;

use crate::components::error_summary::{ErrorEntry, ErrorSummary};
use crate::hooks::use_locale::use_locale;
use crate::hooks::use_submit::Submit;

#[derive(Properties, PartialEq)]
pub struct FormFrameProps {
    pub onsubmit: Callback<SubmitEvent>,
    pub submit: Submit,
    pub errors: Vec<ErrorEntry>,
    /// The submit button's text.
    pub action: AttrValue,
    #[prop_or_default]
    pub title: Option<AttrValue>,
    #[prop_or_default]
    pub intro: Option<AttrValue>,
    /// Why the visitor is (back) here, if they are.
    #[prop_or_default]
    pub notice: Option<AttrValue>,
    /// Buttons beside the submit button (cancel, resend).
    #[prop_or_default]
    pub secondary: Option<Html>,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(FormFrame)]
pub fn form_frame(props: &FormFrameProps) -> Html {
    let t = use_locale().texts();
    let submit = &props.submit;
    let button = html! {
        <button type="submit" class="button" aria-disabled={submit.blocked().then_some("true")}>
            { props.action.clone() }
        </button>
    };
    html! {
        <form class="stack-form" onsubmit={props.onsubmit.clone()} novalidate=true>
            if let Some(title) = &props.title { <h2>{ title.clone() }</h2> }
            if let Some(intro) = &props.intro { <p>{ intro.clone() }</p> }
            if let Some(notice) = &props.notice { <p class="notice" role="status">{ notice.clone() }</p> }
            if submit.insecure { <p class="notice notice-error" role="alert">{ t.jlc.insecure }</p> }
            <ErrorSummary title={t.track.error_summary_title} errors={props.errors.clone()} />
            if submit.wait > 0 {
                <p class="notice notice-error" role="status">{ (t.lockout.throttled)(submit.wait) }</p>
            }
            { props.children.clone() }
            if let Some(secondary) = &props.secondary {
                <div class="actions">{ button }{ secondary.clone() }</div>
            } else {
                { button }
            }
        </form>
    }
}
