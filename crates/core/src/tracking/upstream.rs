//! Reading JNE's tracing answers through a whitelist, so personal data never reaches a page.
//!
//! JNE answers `{cnote:{…}, detail:[…], history:[{date, desc, code}]}` or
//! `{"error":"Cnote No. Not Found.","status":false}`. Only the fields the page shows are read,
//! by name; everything else (all of `detail`, signature, photo, coordinates, customer number,
//! money, goods, addresses, phones) is never copied. Names JNE sends in its name fields are
//! used for one thing only: masking them wherever they reappear inside texts.

use super::date::{self, LocalDateTime};
use super::mask::{mask_name, mask_text};
use super::place::{city_of_branch, place_in_text};
use super::status::{status_of_code, status_of_text};
use super::{NormalizedStatus, ProofOfDelivery, Shipment, TrackingEvent};
use crate::awb::{self, Awb};
use serde_json::{Map, Value};
use std::fmt;

/// Why an upstream answer could not be read. Each is shown to the visitor as "error, retry".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UpstreamError {
    /// The body is not JSON.
    NotJson,
    /// JNE said no for a reason other than "not found" (bad credentials, quota …).
    Refused { message: String },
    /// JSON, but not in the expected shape; names the missing or malformed part.
    Shape(&'static str),
    /// A history date in none of the three known forms.
    BadDate { value: String },
    /// The answer is about another number than the one asked for.
    OtherShipment,
}

impl UpstreamError {
    /// A stable machine code (snake_case), for logs and tests.
    pub fn code(&self) -> &'static str {
        match self {
            UpstreamError::NotJson => "not_json",
            UpstreamError::Refused { .. } => "refused",
            UpstreamError::Shape(_) => "shape",
            UpstreamError::BadDate { .. } => "bad_date",
            UpstreamError::OtherShipment => "other_shipment",
        }
    }
}

impl fmt::Display for UpstreamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UpstreamError::NotJson => write!(f, "upstream answer is not JSON"),
            UpstreamError::Refused { message } => write!(f, "upstream refused: {message}"),
            UpstreamError::Shape(part) => write!(f, "upstream answer has no usable {part}"),
            UpstreamError::BadDate { value } => write!(f, "upstream date {value:?} not understood"),
            UpstreamError::OtherShipment => write!(f, "upstream answered about another AWB"),
        }
    }
}

impl std::error::Error for UpstreamError {}

/// Reads one JNE answer for `awb`: `Some` shipment, `None` when JNE does not know the number.
pub fn parse_upstream(awb: &Awb, body: &str) -> Result<Option<Shipment>, UpstreamError> {
    let answer: Value = serde_json::from_str(body).map_err(|_| UpstreamError::NotJson)?;
    let object = answer.as_object().ok_or(UpstreamError::Shape("object"))?;
    if let Some(cnote) = object.get("cnote").and_then(Value::as_object) {
        return shipment(awb, cnote, object).map(Some);
    }
    let refused = object.get("status") == Some(&Value::Bool(false)) || object.contains_key("error");
    if refused {
        let message = text(object, "error").unwrap_or_default();
        if message.to_ascii_lowercase().contains("not found") {
            return Ok(None);
        }
        return Err(UpstreamError::Refused { message });
    }
    Err(UpstreamError::Shape("cnote"))
}

/// A field as trimmed text; numbers are text too, empty and null are nothing.
fn text(object: &Map<String, Value>, key: &str) -> Option<String> {
    let value = match object.get(key)? {
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    (!value.is_empty()).then_some(value)
}

/// Every name, address and phone number JNE sends, wherever it sends it, to be masked
/// should it reappear inside a text. Over-masking a hub that shares a street's name is the
/// price of never showing an address.
fn known_names(cnote: &Map<String, Value>, answer: &Map<String, Value>) -> Vec<String> {
    let mut objects = vec![cnote];
    if let Some(details) = answer.get("detail").and_then(Value::as_array) {
        objects.extend(details.iter().filter_map(Value::as_object));
    }
    let mut names = Vec::new();
    for object in objects {
        for key in object.keys() {
            let is_person = (key.contains("name") && key != "city_name")
                || key.ends_with("receiver")
                || key.contains("contact")
                || key.contains("addr")
                || key.contains("phone");
            if let Some(name) = text(object, key).filter(|_| is_person) {
                names.push(name);
            }
        }
    }
    // Longest first, so "ANDI YUSUF" is masked whole before a shorter "ANDI" could split it.
    names.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    names.dedup();
    names
}

fn shipment(
    awb: &Awb,
    cnote: &Map<String, Value>,
    answer: &Map<String, Value>,
) -> Result<Shipment, UpstreamError> {
    if let Some(Ok(number)) = text(cnote, "cnote_no").map(|n| awb::parse(&n)) {
        if &number != awb {
            return Err(UpstreamError::OtherShipment);
        }
    }
    let names = known_names(cnote, answer);
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let masked = |key: &str| text(cnote, key).map(|value| mask_text(&value, &names));

    let history = history(answer, &names)?;
    let newest = history.first().map(|(_, event)| event);
    let oldest = history.last();
    let status = [
        newest
            .and_then(|e| e.code.as_deref())
            .and_then(status_of_code),
        newest.map(|e| status_of_text(&e.description)),
        masked("last_status").map(|s| status_of_text(&s)),
        text(cnote, "pod_code").and_then(|code| status_of_code(&code)),
        masked("pod_status").map(|s| status_of_text(&s)),
    ]
    .into_iter()
    .flatten()
    .find(|status| *status != NormalizedStatus::Unknown)
    .unwrap_or(NormalizedStatus::Unknown);

    let shipped = text(cnote, "cnote_date")
        .and_then(|d| date::parse(&d))
        .or(oldest.map(|(at, _)| *at));
    let pod = (status == NormalizedStatus::Delivered).then(|| {
        let delivered_at = text(cnote, "cnote_pod_date")
            .and_then(|d| date::to_iso(&d))
            .or_else(|| {
                history
                    .iter()
                    .find(|(_, e)| e.code.as_deref() == Some("D01"))
                    .map(|(_, e)| e.at.clone())
            })
            .or_else(|| newest.map(|e| e.at.clone()))
            .unwrap_or_default();
        ProofOfDelivery {
            delivered_at,
            relation: masked("keterangan"),
            receiver_masked: text(cnote, "cnote_pod_receiver").map(|name| mask_name(&name)),
        }
    });
    let origin = text(cnote, "cnote_origin");
    let destination = text(cnote, "cnote_destination");
    Ok(Shipment {
        awb: awb.clone(),
        status,
        raw_status: masked("last_status")
            .or_else(|| masked("pod_status"))
            .or_else(|| newest.map(|e| e.description.clone()))
            .unwrap_or_default(),
        service: text(cnote, "cnote_services_code")
            .or_else(|| text(cnote, "servicetype"))
            .unwrap_or_default(),
        origin: origin
            .as_deref()
            .and_then(city_of_branch)
            .map(str::to_string)
            .or_else(|| oldest.and_then(|(_, e)| e.place.as_deref()).map(first_part))
            .or(origin)
            .unwrap_or_default(),
        destination: text(cnote, "city_name")
            .or_else(|| {
                destination
                    .as_deref()
                    .and_then(city_of_branch)
                    .map(str::to_string)
            })
            .or(destination)
            .unwrap_or_default(),
        shipped_at: shipped.map(|at| at.to_string()),
        estimated_delivery: text(cnote, "estimate_delivery").and_then(|e| estimate(&e, shipped)),
        pod,
        history: history.into_iter().map(|(_, event)| event).collect(),
    })
}

/// The city of a place like "JAKARTA, HUB CAKUNG".
fn first_part(place: &str) -> String {
    place.split(',').next().unwrap_or(place).trim().to_string()
}

/// History events, newest first, with their times for ordering.
fn history(
    answer: &Map<String, Value>,
    names: &[&str],
) -> Result<Vec<(LocalDateTime, TrackingEvent)>, UpstreamError> {
    let entries = match answer.get("history") {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(entries)) => entries,
        Some(_) => return Err(UpstreamError::Shape("history")),
    };
    let mut events = Vec::with_capacity(entries.len());
    for (index, entry) in entries.iter().enumerate() {
        let entry = entry
            .as_object()
            .ok_or(UpstreamError::Shape("history entry"))?;
        let raw_date = text(entry, "date").ok_or(UpstreamError::Shape("history date"))?;
        let at = date::parse(&raw_date).ok_or(UpstreamError::BadDate { value: raw_date })?;
        let description = mask_text(&text(entry, "desc").unwrap_or_default(), names);
        let event = TrackingEvent {
            at: at.to_string(),
            code: text(entry, "code").map(|code| code.to_ascii_uppercase()),
            place: place_in_text(&description),
            description,
        };
        events.push((at, index, event));
    }
    // JNE lists oldest first; equal times keep JNE's order, reversed.
    events.sort_by_key(|(at, index, _)| std::cmp::Reverse((*at, *index)));
    Ok(events
        .into_iter()
        .map(|(at, _, event)| (at, event))
        .collect())
}

/// JNE estimates in days ("2 Days", "1-2 HARI"); the page shows the latest day it means.
/// A full date is taken as it is.
fn estimate(text: &str, shipped: Option<LocalDateTime>) -> Option<String> {
    if let Some(at) = date::parse(text) {
        return Some(at.date());
    }
    let upper = text.to_ascii_uppercase();
    if !(upper.contains("DAY") || upper.contains("HARI")) {
        return None;
    }
    let days = upper
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse::<u32>().ok())
        .max()
        .filter(|days| *days <= 60)?;
    shipped.map(|at| at.plus_days(days).date())
}

#[cfg(test)]
#[path = "upstream_tests.rs"]
mod tests;
