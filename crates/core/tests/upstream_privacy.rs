//! JNE's upstream answers (the shared fixtures and every demo shipment) through the whitelist:
//! the page gets what it shows, and no personal value JNE sent survives (invariant P3).
#![cfg(feature = "upstream")]

use jne_core::awb;
use jne_core::tracking::upstream::parse_upstream;
use jne_core::tracking::{NormalizedStatus, Shipment};
use serde_json::Value;
use std::collections::BTreeSet;

const FOUND: &str = include_str!("fixtures/jne-tracing-found.json");
const NOT_FOUND: &str = include_str!("fixtures/jne-tracing-not-found.json");
const DEMO: &str = include_str!("../../server/demo/shipments.json");

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("test data is not JSON: {e}"))
}

fn shipment(number: &str, body: &str) -> Shipment {
    let awb = awb::parse(number).unwrap_or_else(|e| panic!("{number}: {e}"));
    match parse_upstream(&awb, body) {
        Ok(Some(shipment)) => shipment,
        other => panic!("{number}: expected a shipment, got {other:?}"),
    }
}

/// Values in an answer that must never reach a page: every field of `detail` but the
/// shipment's own number, date, weight and cities, and the personal and money fields of `cnote`.
fn personal_values(answer: &Value) -> Vec<(String, String)> {
    const CNOTE: &[&str] = &[
        "cnote_pod_receiver",
        "cnote_receiver_name",
        "cnote_cust_no",
        "signature",
        "photo",
        "long",
        "lat",
        "cnote_amount",
        "freight_charge",
        "shippingcost",
        "priceperkg",
        "cnote_goods_descr",
    ];
    const DETAIL_PUBLIC: &[&str] = &["cnote_no", "cnote_date", "cnote_weight", "cnote_origin"];
    let mut values = Vec::new();
    let mut take = |key: &str, value: &Value| {
        if let Some(text) = value.as_str().filter(|t| t.len() >= 4) {
            values.push((key.to_string(), text.to_string()));
        }
    };
    if let Some(cnote) = answer["cnote"].as_object() {
        for key in CNOTE {
            take(key, &cnote[*key]);
        }
    }
    for detail in answer["detail"].as_array().into_iter().flatten() {
        for (key, value) in detail.as_object().into_iter().flatten() {
            if !DETAIL_PUBLIC.contains(&key.as_str()) && !key.ends_with("_city") {
                take(key, value);
            }
        }
    }
    values
}

fn keys(value: &Value, into: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => map.iter().for_each(|(key, inner)| {
            into.insert(key.clone());
            keys(inner, into);
        }),
        Value::Array(items) => items.iter().for_each(|item| keys(item, into)),
        _ => {}
    }
}

/// Fails if any personal value, or any word of a name, appears in the serialised shipment.
fn assert_nothing_personal(answer: &Value, shipment: &Shipment) {
    let out = serde_json::to_string(shipment).unwrap_or_default();
    let words: BTreeSet<&str> = out.split(|c: char| !c.is_alphanumeric()).collect();
    for (key, value) in personal_values(answer) {
        assert!(!out.contains(&value), "{key} = {value:?} leaked into {out}");
        if key.contains("name") || key.ends_with("_receiver") {
            for word in value.split_whitespace().filter(|w| w.len() >= 4) {
                assert!(
                    !words.contains(word),
                    "{key} word {word:?} leaked into {out}"
                );
            }
        }
        let digits: String = value.chars().filter(char::is_ascii_digit).collect();
        if key.contains("phone") {
            assert!(
                !out.contains(digits.get(2..).unwrap_or_default()),
                "{key} digits leaked into {out}"
            );
        }
    }
    let mut seen = BTreeSet::new();
    keys(
        &serde_json::to_value(shipment).unwrap_or_default(),
        &mut seen,
    );
    let allowed = [
        "awb",
        "status",
        "state",
        "problem",
        "raw_status",
        "service",
        "origin",
        "destination",
        "shipped_at",
        "estimated_delivery",
        "pod",
        "delivered_at",
        "relation",
        "receiver_masked",
        "history",
        "at",
        "code",
        "place",
        "description",
    ];
    let extra: Vec<_> = seen
        .iter()
        .filter(|key| !allowed.contains(&key.as_str()))
        .collect();
    assert!(extra.is_empty(), "keys outside the whitelist: {extra:?}");
}

/// Which of JNE's three date forms a date is written in.
fn date_form(date: &str) -> &'static str {
    match date.as_bytes() {
        [_, _, _, _, b'-', ..] => "iso",
        [_, _, b'-', ..] => "dd-mm-yyyy",
        [_, _, b' ', ..] => "dd MON yyyy",
        _ => "other",
    }
}

#[test]
fn fixture_found_keeps_what_the_page_shows() {
    let shipment = shipment("0166231900105595", FOUND);
    assert_eq!(shipment.status, NormalizedStatus::Delivered);
    assert_eq!(
        shipment.raw_status,
        "DELIVERED TO [A*** Y*** | 22-11-2026 14:05 | SURABAYA ]"
    );
    assert_eq!(shipment.service, "REG");
    assert_eq!(
        (shipment.origin.as_str(), shipment.destination.as_str()),
        ("JAKARTA", "SURABAYA")
    );
    assert_eq!(shipment.shipped_at.as_deref(), Some("2026-11-20T09:15"));
    assert_eq!(shipment.estimated_delivery.as_deref(), Some("2026-11-22"));
    let pod = shipment
        .pod
        .clone()
        .unwrap_or_else(|| panic!("delivered has a POD"));
    assert_eq!(pod.delivered_at, "2026-11-22T14:05");
    assert_eq!(pod.relation.as_deref(), Some("YANG BERSANGKUTAN"));
    assert_eq!(pod.receiver_masked.as_deref(), Some("A*** Y***"));
    let codes: Vec<_> = shipment
        .history
        .iter()
        .filter_map(|e| e.code.as_deref())
        .collect();
    assert_eq!(
        codes,
        ["D01", "IP3", "IP2", "OP3", "OP1", "RC1"],
        "newest first"
    );
    let newest = &shipment.history[0];
    assert_eq!(newest.at, "2026-11-22T14:05");
    assert_eq!(
        newest.description,
        "DELIVERED TO [A*** Y*** | 22-11-2026 14:05 | SURABAYA]"
    );
    assert_eq!(newest.place.as_deref(), Some("SURABAYA"));
    assert_eq!(
        shipment.history[2].place.as_deref(),
        Some("SURABAYA, HUB SURABAYA")
    );
    assert_nothing_personal(&json(FOUND), &shipment);
    for invented in [
        "ANDI",
        "YUSUF",
        "SITI",
        "MERDEKA",
        "DARMO",
        "example.invalid",
        "112.75",
        "-7.25",
    ] {
        assert!(!serde_json::to_string(&shipment)
            .unwrap_or_default()
            .contains(invented));
    }
}

#[test]
fn fixture_not_found_is_none() {
    let awb = awb::parse("0166231900105595").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(parse_upstream(&awb, NOT_FOUND), Ok(None));
}

#[test]
fn every_demo_shipment_goes_through_the_whitelist() {
    let demo = json(DEMO);
    let entries = demo
        .as_array()
        .unwrap_or_else(|| panic!("demo is an array"));
    assert!(entries.len() >= 14);
    let mut statuses = BTreeSet::new();
    let mut services = BTreeSet::new();
    let mut numbers = BTreeSet::new();
    let mut date_forms = BTreeSet::new();
    for entry in entries {
        for event in entry["answer"]["history"].as_array().into_iter().flatten() {
            date_forms.insert(date_form(event["date"].as_str().unwrap_or_default()));
        }
        let number = entry["awb"].as_str().unwrap_or_default();
        let parsed = awb::parse(number).map(String::from);
        assert_eq!(
            parsed.as_deref(),
            Ok(number),
            "demo AWBs are stored normalised"
        );
        assert!(numbers.insert(number), "{number} twice");
        let body = entry["answer"].to_string();
        let shipment = shipment(number, &body);
        assert_nothing_personal(&entry["answer"], &shipment);
        assert!(
            !shipment.origin.is_empty() && !shipment.destination.is_empty(),
            "{number}"
        );
        assert!(shipment.shipped_at.is_some(), "{number}");
        assert_eq!(
            shipment.pod.is_some(),
            shipment.status == NormalizedStatus::Delivered
        );
        statuses.insert(shipment.status.code());
        services.insert(shipment.service.clone());
    }
    let all: BTreeSet<_> = NormalizedStatus::ALL.iter().map(|s| s.code()).collect();
    assert_eq!(statuses, all, "the demo covers every status and problem");
    assert_eq!(
        date_forms,
        BTreeSet::from(["dd MON yyyy", "dd-mm-yyyy", "iso"])
    );
    assert!(["REG", "YES", "OKE", "JTR"]
        .iter()
        .all(|s| services.contains(*s)));
    for number in [
        "0166231900105595",
        "5403212200022724",
        "010116240120792",
        "SOCAG00183235715",
        "CM96392284741",
        "JNEB1005668732",
    ] {
        assert!(
            numbers.contains(number),
            "real public number {number} is in the demo"
        );
    }
}
