//! `jne-lacak:results`, the event a shop can react to: each number and its normalised status
//! only (`delivered`, `in_transit`, `problem_returned`, `not_found`, `error`, …), nothing else
//! of the shipment.

use jne_core::tracking::{Outcome, TrackResult};
use wasm_bindgen::JsValue;

use crate::api::json::object;
use crate::hooks::use_embedding::Embedding;

pub const RESULTS_EVENT: &str = "jne-lacak:results";

/// Dispatches the event on the element, bubbling out of the shadow root.
pub fn announce(embedding: &Embedding, results: &[TrackResult]) {
    let list = js_sys::Array::new();
    for result in results {
        let status = match (&result.outcome, &result.shipment) {
            (Outcome::Found, Some(shipment)) => shipment.status.code(),
            (Outcome::NotFound, _) => "not_found",
            _ => "error",
        };
        list.push(&object(&[
            ("awb", JsValue::from_str(&result.awb)),
            ("status", JsValue::from_str(status)),
        ]));
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&object(&[("results", list.into())]));
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(RESULTS_EVENT, &init) {
        let _ = embedding.element.dispatch_event(&event);
    }
}
