//! Hostile bodies on every API endpoint that reads JSON, over real HTTP: empty, oversized,
//! NUL, invalid UTF-8, JSON of the wrong shape or type, duplicate keys, the wrong content
//! type, huge arrays and deep nesting; and hostile session cookies. Each gets its own status
//! with the typed JSON error body, never a 5xx, never the payload back; and the server keeps
//! serving. Hostile text in the fields themselves: `hostile_fields.rs`.

mod common;

use common::hostile::{post, run_all, Case, MARK};
use common::raw;
use jne_core::api::ErrorBody;
use serde_json::{json, Value};

/// The endpoints that read a JSON body, with a body of the right shape for each.
const JSON_ENDPOINTS: [(&str, &str); 10] = [
    ("/api/v1/track", r#"{"awbs":["0166231900105595"]}"#),
    (
        "/api/v1/jlc/login",
        r#"{"identifier":"JLC0012345678","password":"x"}"#,
    ),
    ("/api/v1/jlc/verify", r#"{"challenge":"x","code":"123456"}"#),
    ("/api/v1/jlc/resend", r#"{"challenge":"x"}"#),
    ("/api/v1/jlc/policy-ack", r#"{"version":"2025-01-01"}"#),
    (
        "/api/v1/jlc/signup",
        r#"{"name":"Siti","email":"siti@contoh.id","mobile":"081311112222","password":"naik ojek ke Bandung pagi"}"#,
    ),
    ("/api/v1/jlc/reset", r#"{"email":"siti@contoh.id"}"#),
    (
        "/api/v1/jlc/reset/complete",
        r#"{"challenge":"x","code":"123456","password":"naik ojek ke Bandung pagi"}"#,
    ),
    (
        "/api/v1/jlc/email",
        r#"{"password":"x","email":"siti@contoh.id"}"#,
    ),
    (
        "/api/v1/jlc/email/verify",
        r#"{"challenge":"x","code":"123456"}"#,
    ),
];

/// What every JSON endpoint must refuse before its handler runs.
fn body_cases(path: &str, good: &str) -> Vec<Case> {
    let mega = 1024 * 1024 + 1;
    let mut too_big = br#"{"awbs":[""#.to_vec();
    too_big.resize(mega, b'7');
    let deep = "[".repeat(30_000);
    let zeros = format!("[{}0]", "0,".repeat(20_000));
    let mut cases = vec![
        post(path, "empty body", vec![], 400).code("bad_json"),
        post(path, "no content type", good.into(), 415)
            .code("not_json")
            .content_type(None),
        post(path, "text/plain", good.into(), 415)
            .code("not_json")
            .content_type(Some("text/plain")),
        post(path, "a form", b"identifier=x&password=y".to_vec(), 415)
            .code("not_json")
            .content_type(Some("application/x-www-form-urlencoded")),
        post(path, "multipart", b"--x\r\n\r\n--x--".to_vec(), 415)
            .code("not_json")
            .content_type(Some("multipart/form-data; boundary=x")),
        post(
            path,
            "html",
            format!("<script>alert('{MARK}')</script>").into(),
            415,
        )
        .code("not_json")
        .content_type(Some("text/html")),
        post(path, "1 MB with its length", too_big.clone(), 413).code("too_large"),
        post(path, "1 MB chunked", too_big, 413)
            .code("too_large")
            .chunked(),
        post(
            path,
            "raw NUL in a string",
            b"{\"awbs\":[\"\0\0\"]}".to_vec(),
            400,
        )
        .code("bad_json"),
        post(path, "NUL before the JSON", b"\0{}".to_vec(), 400).code("bad_json"),
        post(
            path,
            "invalid UTF-8",
            b"{\"awbs\":[\"\xff\xfe\xc0\xaf\"],\"identifier\":\"\xed\xa0\x80\"}".to_vec(),
            400,
        )
        .code("bad_json"),
        post(path, "lone surrogate", br#"{"x":"\ud800"}"#.to_vec(), 400).code("bad_json"),
        post(
            path,
            "a byte order mark",
            [b"\xef\xbb\xbf", good.as_bytes()].concat(),
            400,
        )
        .code("bad_json"),
        post(
            path,
            "UTF-16",
            good.encode_utf16().flat_map(u16::to_le_bytes).collect(),
            400,
        )
        .code("bad_json")
        .content_type(Some("application/json; charset=utf-16")),
        post(
            path,
            "markup after the JSON",
            format!("{good}<script>{MARK}</script>").into(),
            400,
        )
        .code("bad_json"),
        post(
            path,
            "markup as JSON",
            format!("<html><script>{MARK}</script>").into(),
            400,
        )
        .code("bad_json"),
        post(path, "an array", b"[]".to_vec(), 400).code("bad_json"),
        post(path, "null", b"null".to_vec(), 400).code("bad_json"),
        post(path, "a number", b"42".to_vec(), 400).code("bad_json"),
        post(path, "a string", format!("\"<b>{MARK}</b>\"").into(), 400).code("bad_json"),
        post(path, "an empty object", b"{}".to_vec(), 400).code("bad_json"),
        post(
            path,
            "a number out of range",
            br#"{"x":1e999999}"#.to_vec(),
            400,
        )
        .code("bad_json"),
        post(path, "30 000 levels deep", deep.into(), 400).code("bad_json"),
        post(path, "20 000 numbers", zeros.into(), 400).code("bad_json"),
    ];
    // Every field of the right body, given each wrong type in turn.
    let fields: serde_json::Map<String, Value> = serde_json::from_str(good).expect("good body");
    for name in fields.keys() {
        for (kind, wrong) in [
            ("a number", json!(123456)),
            ("an object", json!({"<b>": MARK})),
            ("a boolean", json!(true)),
            ("null", Value::Null),
            ("an array of numbers", json!(vec![0; 10_000])),
        ] {
            let mut body = fields.clone();
            // The track endpoint's one field is an array: an array of numbers is wrong there too.
            body.insert(name.clone(), wrong);
            cases.push(
                post(
                    path,
                    format!("{name} as {kind}"),
                    Value::Object(body).to_string().into(),
                    400,
                )
                .code("bad_json"),
            );
        }
        // The same key twice: serde refuses it rather than picking one silently.
        let twice = format!(
            "{{{},\"{name}\":{}}}",
            &good[1..good.len() - 1],
            fields[name]
        );
        cases.push(post(path, format!("{name} twice"), twice.into(), 400).code("bad_json"));
    }
    cases
}

#[tokio::test]
async fn every_json_endpoint_refuses_hostile_bodies_with_a_typed_error_and_keeps_serving() {
    let cases: Vec<Case> = JSON_ENDPOINTS
        .iter()
        .flat_map(|(path, good)| body_cases(path, good))
        .collect();
    assert!(cases.len() > 200, "{} cases", cases.len());
    run_all(cases).await;
}

#[tokio::test]
async fn hostile_cookies_are_no_session_and_no_error() {
    let server = common::start_with(true, &["--jlc-burst", "0"]).await;
    let long = "A".repeat(8_000);
    let cookies: Vec<Vec<u8>> = vec![
        format!("__Host-jne_session=<script>{MARK}</script>").into(),
        format!("__Host-jne_session={long}").into(),
        b"__Host-jne_session=\xff\xfe\x80".to_vec(),
        b"__Host-jne_session=".to_vec(),
        b"__Host-jne_session".to_vec(),
        format!(
            "a=1; __Host-jne_session=x; __Host-jne_session=y; {}",
            "b=2; ".repeat(500)
        )
        .into(),
        b";;;;===;;".to_vec(),
    ];
    for cookie in cookies {
        let head = [
            b"GET /api/v1/jlc/me HTTP/1.1\r\nCookie: ".as_slice(),
            &cookie,
        ]
        .concat();
        let answer = raw::send_bytes(&server.base, &head, &[]).await;
        assert_eq!(answer.status, 401, "{:?}", String::from_utf8_lossy(&cookie));
        let error: ErrorBody = serde_json::from_slice(&answer.body).expect("typed error");
        assert_eq!(error.error, "not_signed_in");
        assert!(!String::from_utf8_lossy(&answer.body).contains(MARK));
    }
    let health = common::client()
        .get(server.url("/api/v1/health"))
        .send()
        .await
        .expect("health");
    assert_eq!(health.status(), 200);
    server.stop().await;
}
