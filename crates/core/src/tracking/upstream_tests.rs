use super::*;

fn awb() -> Awb {
    awb::parse("0166231900105595").unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn not_found_and_refusals() {
    let not_found = r#"{"error":"Cnote No. Not Found.","status":false}"#;
    assert_eq!(parse_upstream(&awb(), not_found), Ok(None));
    let refused = parse_upstream(&awb(), r#"{"error":"Invalid API key","status":false}"#);
    assert_eq!(refused.map_err(|e| e.code()), Err("refused"));
    let cases = [
        ("<html>502</html>", "not_json"),
        ("[]", "shape"),
        ("{}", "shape"),
    ];
    for (body, code) in cases {
        assert_eq!(
            parse_upstream(&awb(), body).map_err(|e| e.code()),
            Err(code)
        );
    }
}

#[test]
fn typed_errors_for_bad_parts() {
    let body = r#"{"cnote":{},"history":[{"date":"yesterday","desc":"X","code":"OP1"}]}"#;
    let error = parse_upstream(&awb(), body);
    assert_eq!(
        error,
        Err(UpstreamError::BadDate {
            value: "yesterday".into()
        })
    );
    let other = r#"{"cnote":{"cnote_no":"CM96392284741"},"history":[]}"#;
    assert_eq!(
        parse_upstream(&awb(), other),
        Err(UpstreamError::OtherShipment)
    );
}

#[test]
fn personal_values_inside_texts_are_masked() {
    let body = r#"{"cnote":{"cnote_pod_receiver":"SITI RAHMA","last_status":"ON PROCESS"},
        "detail":[{"cnote_receiver_addr1":"JL. DARMO NO. 5","cnote_receiver_phone":"031-5551234"}],
        "history":[{"date":"20-11-2026 09:15","code":"U01",
            "desc":"BAD ADDRESS JL. DARMO NO. 5, CALL 031-5551234, SITI RAHMA [SURABAYA]"}]}"#;
    let shipment = parse_upstream(&awb(), body).ok().flatten();
    let event = shipment.and_then(|s| s.history.into_iter().next());
    assert_eq!(
        event.map(|e| e.description).as_deref(),
        Some("BAD ADDRESS J*** D*** N*** 5***, CALL 0***, S*** R*** [SURABAYA]")
    );
}

#[test]
fn manifested_only() {
    let body = r#"{"cnote":{"cnote_no":"0166-2319-0010-5595","cnote_origin":"BDO10000",
        "cnote_destination":"MES10000","cnote_services_code":"YES","last_status":"MANIFESTED",
        "cnote_date":"04 SEP 2019  13:46","estimate_delivery":"1-2 Days"},"history":null}"#;
    let shipment = parse_upstream(&awb(), body).ok().flatten();
    let shipment = shipment.unwrap_or_else(|| panic!("should be found"));
    assert_eq!(shipment.status, NormalizedStatus::InfoReceived);
    assert_eq!(
        (shipment.origin.as_str(), shipment.destination.as_str()),
        ("BANDUNG", "MEDAN")
    );
    assert_eq!(shipment.shipped_at.as_deref(), Some("2019-09-04T13:46"));
    assert_eq!(shipment.estimated_delivery.as_deref(), Some("2019-09-06"));
    assert_eq!(shipment.pod, None);
}
