//! One found shipment: status badge with its meaning, the facts, and the journey.

use std::rc::Rc;

use jne_core::lang::{format_datetime, Lang};
use jne_core::tracking::{explain_status, Shipment};
use yew::prelude::*;

use super::history::{browser_to_upper, History};
use crate::components::markup::Markup;
use crate::components::status_badge::write_badge;
use crate::i18n::TrackTexts;

/// The card's content after its heading (`m`): written as markup (`components::markup`), so
/// forty results cost the browser one parse each; only the history, which opens and closes,
/// is a component.
pub fn shipment_card(mut m: Markup, s: &Rc<Shipment>, lang: Lang, t: &'static TrackTexts) -> Html {
    let meaning = explain_status(s.status, lang);
    let when = |iso: &str| format_datetime(iso, lang);
    m.open("p", &[]);
    write_badge(&mut m, s.status, t);
    m.close("p").element("p", &["meaning"], meaning.what);
    if let Some(next) = meaning.next_step {
        m.open("p", &["next-step"])
            .open("strong", &[])
            .text(t.next_step)
            .text(": ")
            .close("strong")
            .text(next)
            .close("p");
    }
    // The term and its value straight in the list, no wrapper: fewer elements for forty cards.
    m.open("dl", &["facts", "card-facts"]);
    let mut fact = |label: &str, value: &str| {
        m.element("dt", &[], label).element("dd", &[], value);
    };
    if s.raw_status_adds(&browser_to_upper) {
        fact(t.jne_status, &s.raw_status);
    }
    fact(t.service, &s.service);
    fact(t.route, &format!("{} → {}", s.origin, s.destination));
    if let Some(at) = &s.shipped_at {
        fact(t.shipped_at, &when(at));
    }
    if let Some(at) = &s.estimated_delivery {
        fact(t.estimated_delivery, &when(at));
    }
    if let Some(pod) = &s.pod {
        fact(t.delivered_at, &when(&pod.delivered_at));
        if let Some(name) = &pod.receiver_masked {
            fact(t.receiver, name);
        }
        if let Some(relation) = &pod.relation {
            fact(t.relation, relation);
        }
    }
    m.close("dl");
    if s.history.is_empty() {
        return m.into_html();
    }
    m.element("h4", &[], t.history);
    html! {
        <>
            { m.into_html() }
            <History shipment={s.clone()} />
        </>
    }
}
