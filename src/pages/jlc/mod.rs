//! JLC sign-in (`/jlc`): layer one is the password over an encrypted channel, layer two a
//! one-time code sent to the member's email. A signed-in visitor goes to the member page.

mod acks;
mod code;
pub mod member;
mod password;

use crate::router::*;
use jne_core::jlc::ChallengeSent;
use yew::prelude::*;

use self::code::CodeForm;
use self::password::PasswordForm;
use crate::app::Route;
use crate::hooks::{use_locale::use_locale, use_title::use_title};

/// Where the visitor is in signing in.
#[derive(Clone, PartialEq)]
enum Step {
    /// Layer one; `notice` says why they are back here, if they are.
    Password { notice: Option<&'static str> },
    /// Layer two: the code went to `email_hint`.
    Code(ChallengeSent),
}

#[function_component(JlcPage)]
pub fn jlc_page() -> Html {
    let t = use_locale().texts();
    use_title(t.jlc_title);
    let step = use_state(|| Step::Password { notice: None });
    let identifier = use_state(String::new);
    let navigator = use_navigator();

    let on_challenge = {
        let step = step.clone();
        Callback::from(move |sent: ChallengeSent| step.set(Step::Code(sent)))
    };
    let on_ended = {
        let step = step.clone();
        Callback::from(move |notice: &'static str| {
            step.set(Step::Password {
                notice: Some(notice),
            })
        })
    };
    let on_signed_in = Callback::from(move |()| {
        if let Some(navigator) = &navigator {
            navigator.push(&Route::JlcAccount);
        }
    });
    let on_identifier = {
        let identifier = identifier.clone();
        Callback::from(move |text: String| identifier.set(text))
    };
    html! {
        <section aria-labelledby="page-title" class="narrow">
            <h1 id="page-title">{ t.jlc_title }</h1>
            <p class="lead">{ t.jlc_intro }</p>
            <p class="note">{ t.jlc.layers_note }</p>
            {
                match &*step {
                    Step::Password { notice } => html! {
                        <PasswordForm identifier={(*identifier).clone()} {on_identifier}
                            notice={*notice} {on_challenge} />
                    },
                    Step::Code(sent) => html! {
                        <CodeForm sent={sent.clone()} {on_signed_in} {on_ended} />
                    },
                }
            }
        </section>
    }
}
