//! The member page (`/jlc/akun`): who they are, points, recent shipments, every field we hold
//! about them, where they are signed in, and signing out here or everywhere.

use crate::router::*;
use jne_core::jlc::{Member, SessionAnswer};
use jne_core::lang::{format_datetime, format_number};
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use super::close_account::CloseAccount;
use super::consents::Consents;
use super::correction::Correction;
use super::email_change::EmailChange;
use super::held_data::HeldData;
use super::my_data::MyData;
use super::policy_acks::PolicyAcks;
use super::sessions::Sessions;
use crate::api::{self, ApiError};
use crate::components::status_badge::StatusBadge;
use crate::hooks::{use_locale::use_locale, use_title::use_title};
use crate::route::Route;

#[derive(Clone, PartialEq)]
enum View {
    Loading,
    Member(Box<Member>),
    SignedOut,
    /// The member closed the account; what is kept is anonymised on this date.
    Closed(String),
    Failed(&'static str),
}

#[function_component(MemberPage)]
pub fn member_page() -> Html {
    let locale = use_locale();
    let (t, lang) = (locale.texts(), locale.lang);
    use_title(t.jlc.account_title);
    let view = use_state(|| View::Loading);
    let navigator = use_navigator();

    {
        let view = view.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                // The probe that answers 200 signed in or not: a visitor who is not gets
                // the sign-in page, and no error in their console.
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
    let sign_out = |everywhere: bool| {
        let view = view.clone();
        Callback::from(move |_| {
            let view = view.clone();
            spawn_local(async move {
                let done = if everywhere {
                    api::jlc::logout_all().await
                } else {
                    api::jlc::logout().await
                };
                match done {
                    Ok(()) => view.set(View::SignedOut),
                    Err(_) => view.set(View::Failed(t.jlc.server_error)),
                }
            });
        })
    };

    let on_member = {
        let view = view.clone();
        Callback::from(move |member: Member| view.set(View::Member(Box::new(member))))
    };
    let on_refresh = {
        let on_member = on_member.clone();
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
    };
    let on_closed = |date: String| {
        let view = view.clone();
        Callback::from(move |()| view.set(View::Closed(date.clone())))
    };
    use_effect_with(matches!(*view, View::Closed(_)), |closed| {
        if *closed {
            crate::components::focus::focus_by_id("closed-title");
        }
    });
    let body = match &*view {
        View::Loading => html! { <p role="status">{ t.jlc.loading }</p> },
        View::Failed(message) => {
            html! { <p class="notice notice-error" role="alert">{ *message }</p> }
        }
        View::Closed(date) => html! {
            <>
                <h2 id="closed-title" tabindex="-1">{ t.rights.closed_title }</h2>
                <p class="notice" role="status">{ (t.rights.closed_body)(&format_datetime(date, lang)) }</p>
                <p><Link<Route> to={Route::Home} classes="button">{ t.nav_track }</Link<Route>></p>
            </>
        },
        View::SignedOut => html! {
            <>
                <p class="notice" role="status">{ t.jlc.signed_out }</p>
                <p><Link<Route> to={Route::Jlc} classes="button">{ t.jlc.start_over }</Link<Route>></p>
            </>
        },
        View::Member(member) => {
            let fact = |label: &'static str, value: String| {
                html! {
                    <div class="fact"><dt>{ label }</dt><dd>{ value }</dd></div>
                }
            };
            html! {
                <>
                    <p class="greeting">{ (t.jlc.greeting)(&member.name) }</p>
                    <dl class="facts">
                        { fact(t.jlc.jlc_number, member.jlc_number.clone()) }
                        { fact(t.jlc.email, member.email_masked.clone()) }
                        { fact(t.jlc.mobile, member.mobile_masked.clone()) }
                        { fact(t.jlc.points, format_number(member.points.into(), lang)) }
                        { fact(t.jlc.tier, member.tier.clone()) }
                        { fact(t.jlc.member_since, format_datetime(&member.member_since, lang)) }
                    </dl>
                    <h2>{ t.jlc.shipments_title }</h2>
                    if member.shipments.is_empty() {
                        <p>{ t.jlc.no_shipments }</p>
                    } else {
                        <ul class="member-shipments">
                            { for member.shipments.iter().map(|s| html! {
                                <li>
                                    <a href={format!("/lacak{}#{}", if lang == jne_core::lang::Lang::En { "?lang=en" } else { "" }, s.awb)} class="awb">{ s.awb.clone() }</a>
                                    <span class="member-shipment">
                                        <StatusBadge status={s.status} />
                                        <span class="member-shipment-to">{ format!("→ {}", s.destination) }</span>
                                    </span>
                                </li>
                            }) }
                        </ul>
                    }
                    <HeldData member={member.clone()} />
                    <MyData member={member.clone()} on_refresh={on_refresh.clone()} />
                    <Correction member={member.clone()} on_member={on_member.clone()} />
                    <EmailChange on_member={on_member.clone()} />
                    <Consents member={member.clone()} on_member={on_member.clone()} />
                    <PolicyAcks member={member.clone()} on_member={on_member.clone()} />
                    <Sessions />
                    <super::passkeys::Passkeys />
                    <CloseAccount member={member.clone()} on_closed={on_closed(member.anonymised_if_closed_on.clone())} />
                    <div class="actions member-sign-out no-print">
                        <button type="button" class="button button-secondary" onclick={sign_out(false)}>{ t.jlc.sign_out }</button>
                        <button type="button" class="button button-secondary" onclick={sign_out(true)}>
                            { t.jlc.sign_out_all }
                        </button>
                    </div>
                </>
            }
        }
    };
    html! {
        <section aria-labelledby="page-title" class="narrow">
            <h1 id="page-title">{ t.jlc.account_title }</h1>
            { body }
        </section>
    }
}
