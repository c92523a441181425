//! The tracking model: shipments, events, normalised statuses and the track API shapes.
//!
//! Privacy invariant P3 is kept by construction: no field here can hold a name (other than
//! masked), an address, a phone number, coordinates, a photo or signature URL, a customer
//! number or an amount of money. Whatever JNE sends, only these fields reach a browser.

mod api;
pub mod date;
mod explain;
pub mod mask;
pub mod place;
mod status;
#[cfg(feature = "upstream")]
pub mod upstream;

pub use api::{Outcome, TrackRequest, TrackResponse, TrackResult};
pub use explain::{explain, explain_status, explain_with_case, known_keys, Explanation};
pub use status::{status_of_code, status_of_text, status_of_text_with_case};

use crate::awb::Awb;
use serde::{Deserialize, Serialize};

/// One parcel as the public tracking page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shipment {
    pub awb: Awb,
    pub status: NormalizedStatus,
    /// JNE's own status text as JNE wrote it, names masked.
    pub raw_status: String,
    /// JNE service code: REG, YES, OKE, JTR …
    pub service: String,
    /// Origin city.
    pub origin: String,
    /// Destination city.
    pub destination: String,
    /// Local time as written by JNE, `YYYY-MM-DDTHH:MM`.
    pub shipped_at: Option<String>,
    /// Estimated delivery day, `YYYY-MM-DD` (JNE estimates in days, not hours).
    pub estimated_delivery: Option<String>,
    pub pod: Option<ProofOfDelivery>,
    /// Newest first.
    pub history: Vec<TrackingEvent>,
}

impl Shipment {
    /// Whether JNE's own status text tells more than our status line: it does when we could
    /// not name the status, or when the text stands for another status than ours. A text that
    /// only says the same ("DELIVERED TO [...]" under "Delivered") is not shown again.
    /// `to_upper` as in [`explain_with_case`].
    pub fn raw_status_adds(&self, to_upper: &dyn Fn(&str) -> String) -> bool {
        self.status == NormalizedStatus::Unknown
            || status_of_text_with_case(&self.raw_status, to_upper) != self.status
    }
}

/// Delivery proof without the signature, photo or coordinates JNE keeps with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProofOfDelivery {
    /// `YYYY-MM-DDTHH:MM`, local time.
    pub delivered_at: String,
    /// Who took the parcel relative to the addressee, e.g. "YANG BERSANGKUTAN".
    pub relation: Option<String>,
    /// Receiver's name masked: `A*** Y***`.
    pub receiver_masked: Option<String>,
}

/// One step of a shipment's history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrackingEvent {
    /// `YYYY-MM-DDTHH:MM`, local time.
    pub at: String,
    /// JNE's history code (`RC1`, `OP3`, `D01` …) when given.
    pub code: Option<String>,
    /// City or hub named in the text, e.g. "JAKARTA, HUB CAKUNG".
    pub place: Option<String>,
    /// JNE's text, names masked.
    pub description: String,
}

/// Where a parcel is, in the handful of states a visitor cares about.
///
/// JSON: `{"state":"in_transit"}` or `{"state":"problem","problem":"bad_address"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "state", content = "problem", rename_all = "snake_case")]
pub enum NormalizedStatus {
    /// JNE has the data; the parcel waits at the origin outlet.
    InfoReceived,
    InTransit,
    OutForDelivery,
    Delivered,
    Problem(ProblemKind),
    /// A status JNE sent that we do not recognise yet.
    Unknown,
}

/// Why a parcel is stuck; each kind has its own advice for the recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    BadAddress,
    Misroute,
    NotAtHome,
    HeldAtXray,
    Returned,
    Other,
}

impl ProblemKind {
    pub const ALL: [ProblemKind; 6] = [
        ProblemKind::BadAddress,
        ProblemKind::Misroute,
        ProblemKind::NotAtHome,
        ProblemKind::HeldAtXray,
        ProblemKind::Returned,
        ProblemKind::Other,
    ];
}

impl NormalizedStatus {
    /// Every status, for tables and tests.
    pub const ALL: [NormalizedStatus; 11] = [
        NormalizedStatus::InfoReceived,
        NormalizedStatus::InTransit,
        NormalizedStatus::OutForDelivery,
        NormalizedStatus::Delivered,
        NormalizedStatus::Problem(ProblemKind::BadAddress),
        NormalizedStatus::Problem(ProblemKind::Misroute),
        NormalizedStatus::Problem(ProblemKind::NotAtHome),
        NormalizedStatus::Problem(ProblemKind::HeldAtXray),
        NormalizedStatus::Problem(ProblemKind::Returned),
        NormalizedStatus::Problem(ProblemKind::Other),
        NormalizedStatus::Unknown,
    ];

    /// A stable snake_case code, one per status and problem kind (for CSS classes and keys).
    pub fn code(self) -> &'static str {
        match self {
            NormalizedStatus::InfoReceived => "info_received",
            NormalizedStatus::InTransit => "in_transit",
            NormalizedStatus::OutForDelivery => "out_for_delivery",
            NormalizedStatus::Delivered => "delivered",
            NormalizedStatus::Problem(ProblemKind::BadAddress) => "problem_bad_address",
            NormalizedStatus::Problem(ProblemKind::Misroute) => "problem_misroute",
            NormalizedStatus::Problem(ProblemKind::NotAtHome) => "problem_not_at_home",
            NormalizedStatus::Problem(ProblemKind::HeldAtXray) => "problem_held_at_xray",
            NormalizedStatus::Problem(ProblemKind::Returned) => "problem_returned",
            NormalizedStatus::Problem(ProblemKind::Other) => "problem_other",
            NormalizedStatus::Unknown => "unknown",
        }
    }

    /// Problems, returns and statuses we cannot name: the visitor should look at these first.
    pub fn needs_attention(self) -> bool {
        matches!(
            self,
            NormalizedStatus::Problem(_) | NormalizedStatus::Unknown
        )
    }

    /// The status whose [`code`](Self::code) this is.
    pub fn from_code(code: &str) -> Option<NormalizedStatus> {
        NormalizedStatus::ALL
            .into_iter()
            .find(|status| status.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_returns_and_unknown_need_attention() {
        let attention: Vec<_> = NormalizedStatus::ALL
            .into_iter()
            .filter(|status| status.needs_attention())
            .collect();
        assert_eq!(attention.len(), 7);
        assert!(!NormalizedStatus::Delivered.needs_attention());
        assert!(NormalizedStatus::Problem(ProblemKind::Returned).needs_attention());
    }

    #[test]
    fn raw_status_is_shown_only_when_it_tells_more() {
        let shipment = |status, raw: &str| Shipment {
            awb: crate::awb::parse("0166231900105595").expect("valid"),
            status,
            raw_status: raw.to_owned(),
            service: "REG".to_owned(),
            origin: "JAKARTA".to_owned(),
            destination: "SURABAYA".to_owned(),
            shipped_at: None,
            estimated_delivery: None,
            pod: None,
            history: Vec::new(),
        };
        let upper = |text: &str| text.to_uppercase();
        let delivered = shipment(
            NormalizedStatus::Delivered,
            "DELIVERED TO [A*** Y*** | SBY]",
        );
        assert!(!delivered.raw_status_adds(&upper));
        let odd = shipment(NormalizedStatus::InTransit, "RETURN TO SHIPPER");
        assert!(odd.raw_status_adds(&upper));
        let unknown = shipment(NormalizedStatus::Unknown, "STATUS BARU");
        assert!(unknown.raw_status_adds(&upper));
    }

    #[test]
    fn status_json_is_one_object_shape() {
        let json = |status| serde_json::to_string(&status).unwrap_or_default();
        assert_eq!(
            json(NormalizedStatus::InTransit),
            r#"{"state":"in_transit"}"#
        );
        assert_eq!(
            json(NormalizedStatus::Problem(ProblemKind::HeldAtXray)),
            r#"{"state":"problem","problem":"held_at_xray"}"#
        );
        for status in NormalizedStatus::ALL {
            let back: Option<NormalizedStatus> = serde_json::from_str(&json(status)).ok();
            assert_eq!(back, Some(status));
            assert_eq!(NormalizedStatus::from_code(status.code()), Some(status));
        }
    }
}
