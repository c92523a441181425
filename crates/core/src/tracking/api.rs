//! JSON shapes of `POST /api/v1/track`: one result per number, so one failure blanks nothing.

use super::Shipment;
use serde::{Deserialize, Serialize};

/// `{"awbs":["0166231900105595", …]}`: the only thing that leaves the browser (P2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrackRequest {
    pub awbs: Vec<String>,
}

/// `{"results":[…]}`, in the order of the request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrackResponse {
    pub results: Vec<TrackResult>,
}

/// What became of one number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Found,
    NotFound,
    /// JNE (or the demo store) failed for this number; the visitor may retry it alone.
    Error,
}

/// `{"awb":"…","outcome":"found","shipment":{…}}`; `shipment` only when found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrackResult {
    pub awb: String,
    pub outcome: Outcome,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipment: Option<Shipment>,
}

impl TrackResult {
    pub fn found(shipment: Shipment) -> TrackResult {
        TrackResult {
            awb: shipment.awb.to_string(),
            outcome: Outcome::Found,
            shipment: Some(shipment),
        }
    }

    pub fn not_found(awb: impl Into<String>) -> TrackResult {
        TrackResult {
            awb: awb.into(),
            outcome: Outcome::NotFound,
            shipment: None,
        }
    }

    pub fn error(awb: impl Into<String>) -> TrackResult {
        TrackResult {
            awb: awb.into(),
            outcome: Outcome::Error,
            shipment: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::awb::parse;
    use crate::tracking::{NormalizedStatus, TrackingEvent};

    #[test]
    fn response_json_shape() {
        let Ok(awb) = parse("0166231900105595") else {
            panic!("a real number must parse")
        };
        let shipment = Shipment {
            awb,
            status: NormalizedStatus::InTransit,
            raw_status: "ON PROCESS".into(),
            service: "REG".into(),
            origin: "JAKARTA".into(),
            destination: "SURABAYA".into(),
            shipped_at: Some("2026-11-20T09:15".into()),
            estimated_delivery: None,
            pod: None,
            history: vec![TrackingEvent {
                at: "2026-11-20T09:15".into(),
                code: Some("RC1".into()),
                place: Some("JAKARTA".into()),
                description: "SHIPMENT RECEIVED BY JNE COUNTER OFFICER AT [JAKARTA]".into(),
            }],
        };
        let response = TrackResponse {
            results: vec![
                TrackResult::found(shipment),
                TrackResult::not_found("CM96392284741"),
            ],
        };
        let json = serde_json::to_string(&response).unwrap_or_default();
        assert!(json.starts_with(
            r#"{"results":[{"awb":"0166231900105595","outcome":"found","shipment":{"awb":"0166231900105595","status":{"state":"in_transit"},"raw_status":"ON PROCESS""#
        ));
        assert!(json.ends_with(r#"{"awb":"CM96392284741","outcome":"not_found"}]}"#));
        let back: Option<TrackResponse> = serde_json::from_str(&json).ok();
        assert_eq!(back, Some(response));
    }
}
