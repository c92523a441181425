//! One found shipment: status badge with its meaning, the facts, and the journey.

use jne_core::lang::format_datetime;
use jne_core::tracking::{explain_status, Shipment};
use yew::prelude::*;

use super::history::{browser_to_upper, History};
use crate::components::status_badge::StatusBadge;
use crate::hooks::use_locale::use_locale;

#[derive(Properties, PartialEq)]
pub struct ShipmentCardProps {
    pub shipment: std::rc::Rc<Shipment>,
}

#[function_component(ShipmentCard)]
pub fn shipment_card(props: &ShipmentCardProps) -> Html {
    let locale = use_locale();
    let (lang, t) = (locale.lang, &locale.texts().track);
    let s = &props.shipment;
    let meaning = explain_status(s.status, lang);
    let when = |iso: &str| format_datetime(iso, lang);
    let fact = |label: &'static str, value: String| {
        html! {
            <div class="fact"><dt>{ label }</dt><dd>{ value }</dd></div>
        }
    };
    html! {
        <>
            <p><StatusBadge status={s.status} /></p>
            <p class="meaning">{ meaning.what }</p>
            if let Some(next) = meaning.next_step {
                <p class="next-step"><strong>{ t.next_step }{ ": " }</strong>{ next }</p>
            }
            <dl class="facts">
                if s.raw_status_adds(&browser_to_upper) {
                    { fact(t.jne_status, s.raw_status.clone()) }
                }
                { fact(t.service, s.service.clone()) }
                { fact(t.route, format!("{} → {}", s.origin, s.destination)) }
                { for s.shipped_at.as_deref().map(|at| fact(t.shipped_at, when(at))) }
                { for s.estimated_delivery.as_deref().map(|at| fact(t.estimated_delivery, when(at))) }
                if let Some(pod) = &s.pod {
                    { fact(t.delivered_at, when(&pod.delivered_at)) }
                    { for pod.receiver_masked.clone().map(|name| fact(t.receiver, name)) }
                    { for pod.relation.clone().map(|relation| fact(t.relation, relation)) }
                }
            </dl>
            if !s.history.is_empty() {
                <h4>{ t.history }</h4>
                <History events={s.history.clone()} id={format!("history-{}", s.awb.as_str())}
                    attention={s.status.needs_attention()} />
            }
        </>
    }
}
