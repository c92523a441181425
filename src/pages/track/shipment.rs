//! One found shipment: status badge with its meaning, the facts, and the journey.

use std::rc::Rc;

use jne_core::lang::{format_datetime, Lang};
use jne_core::tracking::{explain_status, Shipment};
use yew::prelude::*;

use super::history::{browser_to_upper, History};
use crate::components::status_badge::badge;
use crate::i18n::TrackTexts;

/// The card's content: a plain function, not a component, so forty results cost no
/// component each (only the history, which opens and closes, is one).
pub fn shipment_card(s: &Rc<Shipment>, lang: Lang, t: &'static TrackTexts) -> Html {
    let meaning = explain_status(s.status, lang);
    let when = |iso: &str| format_datetime(iso, lang);
    // The term and its value straight in the list, no wrapper: fewer elements for forty cards.
    let fact = |label: &'static str, value: String| {
        html! {
            <><dt>{ label }</dt><dd>{ value }</dd></>
        }
    };
    html! {
        <>
            <p>{ badge(s.status, t) }</p>
            <p class="meaning">{ meaning.what }</p>
            if let Some(next) = meaning.next_step {
                <p class="next-step"><strong>{ t.next_step }{ ": " }</strong>{ next }</p>
            }
            <dl class="facts card-facts">
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
                <History shipment={s.clone()} />
            }
        </>
    }
}
