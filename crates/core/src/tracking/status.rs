//! Normalisation: JNE's history codes and status texts to the few states a visitor needs.
//!
//! "Info received" means JNE has the parcel's data and the parcel is still at the origin
//! outlet (manifested, picked up, handed in at a counter); it becomes "in transit" when it
//! reaches a sorting center.
//!
//! History codes seen in JNE answers and public integrations: PU0, RC1, OP1–OP3, IP1–IP3,
//! D01. JNE publishes no list of problem codes, so U01–U05 and CR1 are this project's
//! plausible stand-ins; problems are also recognised by their texts, which JNE does send.

use super::{NormalizedStatus, ProblemKind};
use NormalizedStatus::*;

/// History codes and what they mean for the parcel.
pub(super) const CODES: &[(&str, NormalizedStatus)] = &[
    ("PU0", InfoReceived),   // picked up by a JNE courier at the sender
    ("RC1", InfoReceived),   // received by the counter officer of an outlet
    ("OP1", InTransit),      // received at the origin sorting center
    ("OP2", InTransit),      // processed at / departed from a sorting center
    ("OP3", InTransit),      // forwarded from transit city to destination
    ("IP1", InTransit),      // received at the destination warehouse
    ("IP2", InTransit),      // received at the destination inbound station
    ("IP3", OutForDelivery), // with the delivery courier
    ("D01", Delivered),      // delivered
    ("U01", Problem(ProblemKind::BadAddress)), // address incomplete or not found
    ("U02", Problem(ProblemKind::NotAtHome)), // nobody at the address to receive it
    ("U03", Problem(ProblemKind::Misroute)), // sent to the wrong city or outlet
    ("U04", Problem(ProblemKind::HeldAtXray)), // stopped at aviation-security X-ray
    ("U05", Problem(ProblemKind::Other)), // undelivered for another reason (refused …)
    ("CR1", Problem(ProblemKind::Returned)), // returned to the shipper
];

/// Status texts: (key for explanations, phrases any of which identify it, status).
/// Order matters: the first match wins, so problems come before "DELIVERED" (a return can
/// read "RETURN … DELIVERED TO SHIPPER", and "UNDELIVERED" contains "DELIVERED").
pub(super) const TEXTS: &[(&str, &[&str], NormalizedStatus)] = &[
    (
        "RETURN TO SHIPPER",
        &["RETUR"],
        Problem(ProblemKind::Returned),
    ),
    (
        "BAD ADDRESS",
        &[
            "BAD ADDRESS",
            "ALAMAT TIDAK",
            "INCOMPLETE ADDRESS",
            "WRONG ADDRESS",
            "ADDRESS NOT FOUND",
        ],
        Problem(ProblemKind::BadAddress),
    ),
    (
        "MISROUTE",
        &["MISROUTE", "MIS ROUTE", "MIS-ROUTE", "SALAH ROUTE"],
        Problem(ProblemKind::Misroute),
    ),
    (
        "CONSIGNEE NOT AT HOME",
        &[
            "NOT AT HOME",
            "RUMAH KOSONG",
            "TIDAK DI TEMPAT",
            "NOBODY AT HOME",
        ],
        Problem(ProblemKind::NotAtHome),
    ),
    (
        "HELD AT X-RAY",
        &["X-RAY", "XRAY"],
        Problem(ProblemKind::HeldAtXray),
    ),
    (
        "UNDELIVERED",
        &["UNDELIVERED", "REFUSED", "DITOLAK", "ON HOLD"],
        Problem(ProblemKind::Other),
    ),
    ("DELIVERED TO", &["DELIVERED", "DITERIMA OLEH"], Delivered),
    (
        "WITH DELIVERY COURIER",
        &["WITH DELIVERY COURIER", "OUT FOR DELIVERY", "ON DELIVERY"],
        OutForDelivery,
    ),
    ("MANIFESTED", &["MANIFEST"], InfoReceived),
    (
        "SHIPMENT RECEIVED BY JNE COUNTER OFFICER",
        &["COUNTER OFFICER", "AT COUNTER"],
        InfoReceived,
    ),
    (
        "PICKED UP BY COURIER",
        &["PICKED UP", "PICK UP", "PICKUP"],
        InfoReceived,
    ),
    (
        "RECEIVED AT SORTING CENTER",
        &["SORTING CENTER", "SORTING CENTRE"],
        InTransit,
    ),
    (
        "SHIPMENT FORWARDED TO DESTINATION",
        &["FORWARDED", "DEPARTED", "TRANSIT"],
        InTransit,
    ),
    ("RECEIVED AT WAREHOUSE", &["WAREHOUSE"], InTransit),
    ("RECEIVED AT INBOUND STATION", &["INBOUND"], InTransit),
    ("ON PROCESS", &["ON PROCESS", "PROCESSED"], InTransit),
];

/// The status a history code stands for, if the code is known.
pub fn status_of_code(code: &str) -> Option<NormalizedStatus> {
    let code = code.trim();
    CODES
        .iter()
        .find(|(known, _)| known.eq_ignore_ascii_case(code))
        .map(|&(_, status)| status)
}

/// The status a JNE text stands for; `Unknown` when no phrase matches.
pub fn status_of_text(text: &str) -> NormalizedStatus {
    text_entry(text).map_or(Unknown, |(_, status)| status)
}

/// [`status_of_text`], upper-casing with `to_upper` (see [`super::explain_with_case`]).
pub fn status_of_text_with_case(text: &str, to_upper: &dyn Fn(&str) -> String) -> NormalizedStatus {
    text_entry_with_case(text, to_upper).map_or(Unknown, |(_, status)| status)
}

/// The explanation key and status of a JNE text.
pub(super) fn text_entry(text: &str) -> Option<(&'static str, NormalizedStatus)> {
    text_entry_with_case(text, &str::to_uppercase)
}

/// [`text_entry`], upper-casing with `to_upper` (see [`super::explain_with_case`]).
pub(super) fn text_entry_with_case(
    text: &str,
    to_upper: &dyn Fn(&str) -> String,
) -> Option<(&'static str, NormalizedStatus)> {
    let upper = to_upper(text);
    TEXTS
        .iter()
        .find(|(_, phrases, _)| phrases.iter().any(|phrase| upper.contains(phrase)))
        .map(|&(key, _, status)| (key, status))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        assert_eq!(status_of_code("d01"), Some(Delivered));
        assert_eq!(status_of_code(" IP3 "), Some(OutForDelivery));
        assert_eq!(status_of_code("RC1"), Some(InfoReceived));
        assert_eq!(status_of_code("ZZ9"), None);
    }

    #[test]
    fn texts() {
        let cases = [
            ("MANIFESTED", InfoReceived),
            (
                "SHIPMENT RECEIVED BY JNE COUNTER OFFICER AT [JAKARTA]",
                InfoReceived,
            ),
            ("ON PROCESS", InTransit),
            ("RECEIVED AT WAREHOUSE [BANDUNG]", InTransit),
            (
                "SHIPMENT FORWARDED FROM TRANSIT CITY TO DESTINATION CITY [JAKARTA , HUB CAKUNG]",
                InTransit,
            ),
            (
                "RECEIVED AT INBOUND STATION [SURABAYA , HUB SURABAYA]",
                InTransit,
            ),
            ("WITH DELIVERY COURIER [SURABAYA]", OutForDelivery),
            (
                "DELIVERED TO [A*** Y*** | 12-09-2024 14:02 | JAKARTA]",
                Delivered,
            ),
            ("RETURN TO SHIPPER [MEDAN]", Problem(ProblemKind::Returned)),
            (
                "BAD ADDRESS / ALAMAT TIDAK LENGKAP [MEDAN]",
                Problem(ProblemKind::BadAddress),
            ),
            ("MISROUTE [PALEMBANG]", Problem(ProblemKind::Misroute)),
            (
                "CONSIGNEE NOT AT HOME [DENPASAR]",
                Problem(ProblemKind::NotAtHome),
            ),
            (
                "SHIPMENT HELD AT X-RAY [CGK]",
                Problem(ProblemKind::HeldAtXray),
            ),
            (
                "UNDELIVERED, REFUSED BY CONSIGNEE",
                Problem(ProblemKind::Other),
            ),
            ("something else", Unknown),
        ];
        for (text, status) in cases {
            assert_eq!(status_of_text(text), status, "{text}");
        }
    }
}
