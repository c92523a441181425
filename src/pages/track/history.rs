//! A shipment's journey, newest first: the latest events, and a button that opens the rest
//! (not rendered until asked, so forty results stay light).

use std::rc::Rc;

use jne_core::lang::{format_datetime, Lang};
use jne_core::tracking::{explain_with_case, Shipment, TrackingEvent};
use yew::prelude::*;

use crate::components::markup::Markup;
use crate::hooks::use_locale::use_locale;

/// Events shown before the visitor asks for more.
const LATEST: usize = 3;

#[derive(Properties, PartialEq)]
pub struct HistoryProps {
    /// Its history is newest first and never empty (the card shows no history heading
    /// without events); a problem puts the newest dot in the problem colour.
    pub shipment: Rc<Shipment>,
}

#[function_component(History)]
pub fn history(props: &HistoryProps) -> Html {
    let locale = use_locale();
    let (lang, t) = (locale.lang, &locale.texts().track);
    let open = use_state(|| false);
    let events = &props.shipment.history;
    // The id of the list, for the button's `aria-controls`.
    let id = format!("history-{}", props.shipment.awb.as_str());
    let attention = props.shipment.status.needs_attention();
    let hidden = events.len().saturating_sub(LATEST);
    let shown = if *open { events.len() } else { LATEST };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <>
            { timeline(&id, attention, &events[..shown.min(events.len())], lang) }
            if hidden > 0 {
                <button type="button" class="button-link no-print" aria-controls={id}
                    aria-expanded={if *open { "true" } else { "false" }} onclick={toggle}>
                    { if *open { t.fewer_events.to_owned() } else { (t.more_events)(hidden) } }
                </button>
            }
        </>
    }
}

/// The list as markup (`components::markup`): forty cards' events cost the browser one
/// parse each, not an element and a text node each from wasm.
fn timeline(id: &str, attention: bool, events: &[TrackingEvent], lang: Lang) -> Html {
    let class = if attention {
        "timeline timeline-attention"
    } else {
        "timeline"
    };
    let mut m = Markup::new();
    m.open_with("ol", &[("id", id), ("class", class)]);
    for e in events {
        m.open("li", &[])
            .open("p", &["when"])
            .open_with("time", &[("datetime", &e.at)])
            .text(&format_datetime(&e.at, lang))
            .close("time");
        if let Some(place) = &e.place {
            m.element("span", &["place"], place);
        }
        m.close("p").element("p", &["what"], &e.description);
        if let Some(code) = &e.code {
            m.element(
                "p",
                &["meaning"],
                explain_with_case(code, lang, &browser_to_upper).what,
            );
        }
        m.close("li");
    }
    m.close("ol");
    m.into_html()
}

/// JavaScript's `toUpperCase` is Unicode's full upper-casing, as `str::to_uppercase` is;
/// Rust's own would bring its case tables into the bundle.
pub fn browser_to_upper(text: &str) -> String {
    js_sys::JsString::from(text).to_upper_case().into()
}
