//! One found shipment: status badge with its meaning, the facts, and the journey.

use jne_core::lang::format_datetime;
use jne_core::tracking::{explain_status, explain_with_case, Shipment, TrackingEvent};
use yew::prelude::*;

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
            <p class={classes!("badge", format!("status-{}", s.status.code()))}>
                { (t.status)(s.status) }
            </p>
            <p class="meaning">{ meaning.what }</p>
            if let Some(next) = meaning.next_step {
                <p class="next-step"><strong>{ t.next_step }{ ": " }</strong>{ next }</p>
            }
            <dl class="facts">
                { fact(t.jne_status, s.raw_status.clone()) }
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
            <h4>{ t.history }</h4>
            <ol class="timeline">
                { for s.history.iter().map(|event| html! { <Event event={event.clone()} /> }) }
            </ol>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct EventProps {
    event: TrackingEvent,
}

#[function_component(Event)]
fn event(props: &EventProps) -> Html {
    let lang = use_locale().lang;
    let e = &props.event;
    html! {
        <li>
            <p class="when">
                <time datetime={e.at.clone()}>{ format_datetime(&e.at, lang) }</time>
                if let Some(place) = &e.place { <span class="place">{ place.clone() }</span> }
            </p>
            <p class="what">{ e.description.clone() }</p>
            if let Some(code) = &e.code {
                <p class="meaning">{ explain_with_case(code, lang, &browser_to_upper).what }</p>
            }
        </li>
    }
}

/// JavaScript's `toUpperCase` is Unicode's full upper-casing, as `str::to_uppercase` is;
/// Rust's own would bring its case tables into the bundle.
fn browser_to_upper(text: &str) -> String {
    js_sys::JsString::from(text).to_upper_case().into()
}
