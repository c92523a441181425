//! The member page (`/jlc/akun`): who they are, points, recent shipments, the way to their
//! data and rights ("Data saya", `/jlc/data-saya`), their address, policy acknowledgements,
//! where they are signed in, passkeys, and signing out here or everywhere.

use crate::router::*;
use jne_core::lang::{format_datetime, format_number};
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use super::email_change::EmailChange;
use super::policy_acks::PolicyAcks;
use super::sessions::Sessions;
use super::signed_in::{other_view, use_signed_in, View};
use crate::api;
use crate::components::status_badge::StatusBadge;
use crate::hooks::{use_locale::use_locale, use_title::use_title};
use crate::i18n::rights::rights_texts;
use crate::route::Route;

#[function_component(MemberPage)]
pub fn member_page() -> Html {
    let locale = use_locale();
    let (t, lang) = (locale.texts(), locale.lang);
    use_title(t.jlc.account_title);
    let signed_in = use_signed_in();
    let view = signed_in.view.clone();
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
    let on_member = signed_in.on_member();
    let body = match &*view {
        other @ (View::Loading | View::Failed(_) | View::SignedOut | View::Closed(_)) => {
            other_view(other)
        }
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
                    <p class="data-link"><Link<Route> to={Route::JlcData}>{ rights_texts(lang).link }</Link<Route>></p>
                    <EmailChange on_member={on_member.clone()} />
                    <PolicyAcks member={member.clone()} on_member={on_member.clone()} />
                    <Sessions />
                    <super::passkeys::Passkeys />
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
