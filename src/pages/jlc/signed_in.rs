//! The signed-in member, for the two pages only a member sees (the member page and "Data
//! saya", each its own bundle): asked with the probe that answers 200 signed in or not, so a
//! visitor who is not goes to the sign-in page with no error in their console.

use crate::router::*;
use jne_core::jlc::{Member, SessionAnswer};
use jne_core::lang::format_datetime;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::api::{self, ApiError};
use crate::hooks::use_locale::use_locale;
use crate::i18n::rights::rights_texts;
use crate::route::Route;

#[derive(Clone, PartialEq)]
pub enum View {
    Loading,
    Member(Box<Member>),
    SignedOut,
    /// The member closed the account; what is kept is anonymised on this date.
    Closed(String),
    Failed(&'static str),
}

/// What the page shows, and how it changes it.
#[derive(Clone, PartialEq)]
pub struct SignedIn {
    pub view: UseStateHandle<View>,
}

impl SignedIn {
    /// The member as the server now answers (after a change made elsewhere).
    pub fn on_member(&self) -> Callback<Member> {
        let view = self.view.clone();
        Callback::from(move |member: Member| view.set(View::Member(Box::new(member))))
    }

    /// Asks the server again.
    pub fn on_refresh(&self) -> Callback<()> {
        let on_member = self.on_member();
        Callback::from(move |()| {
            let on_member = on_member.clone();
            spawn_local(async move {
                if let Ok(SessionAnswer {
                    member: Some(member),
                }) = api::jlc::session().await
                {
                    on_member.emit(member);
                }
            });
        })
    }
}

#[hook]
pub fn use_signed_in() -> SignedIn {
    let t = use_locale().texts();
    let view = use_state(|| View::Loading);
    let navigator = use_navigator();
    {
        let view = view.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                match api::jlc::session().await {
                    Ok(SessionAnswer {
                        member: Some(member),
                    }) => view.set(View::Member(Box::new(member))),
                    Ok(SessionAnswer { member: None }) => {
                        if let Some(navigator) = navigator {
                            navigator.replace(&Route::Jlc);
                        }
                    }
                    Err(ApiError::Offline) => view.set(View::Failed(t.jlc.offline)),
                    Err(_) => view.set(View::Failed(t.jlc.server_error)),
                }
            });
        });
    }
    use_effect_with(matches!(*view, View::Closed(_)), |closed| {
        if *closed {
            crate::components::focus::focus_by_id("closed-title");
        }
    });
    SignedIn { view }
}

/// Every view but the member's own: loading, a failure, signed out, the account closed.
pub fn other_view(view: &View) -> Html {
    html! { <OtherView view={view.clone()} /> }
}

#[derive(Properties, PartialEq)]
struct OtherViewProps {
    view: View,
}

#[function_component(OtherView)]
fn other_view_component(props: &OtherViewProps) -> Html {
    let locale = use_locale();
    let (t, lang) = (locale.texts(), locale.lang);
    match &props.view {
        View::Loading | View::Member(_) => html! { <p role="status">{ t.jlc.loading }</p> },
        View::Failed(message) => {
            html! { <p class="notice notice-error" role="alert">{ *message }</p> }
        }
        View::Closed(date) => {
            let r = rights_texts(lang);
            html! {
                <>
                    <h2 id="closed-title" tabindex="-1">{ r.closed_title }</h2>
                    <p class="notice" role="status">{ (r.closed_body)(&format_datetime(date, lang)) }</p>
                    <p><Link<Route> to={Route::Home} classes="button">{ t.nav_track }</Link<Route>></p>
                </>
            }
        }
        View::SignedOut => html! {
            <>
                <p class="notice" role="status">{ t.jlc.signed_out }</p>
                <p><Link<Route> to={Route::Jlc} classes="button">{ t.jlc.start_over }</Link<Route>></p>
            </>
        },
    }
}
