//! Tracking through JNE's tracing API, against a local HTTP server that answers in JNE's
//! shape: found, not found, 500, too slow, malformed. Each number fares on its own.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::post;
use axum::Router;
use common::{client, start_with};

const FOUND: &str = include_str!("fixtures/jne-tracing-found.json");
const NOT_FOUND: &str = include_str!("fixtures/jne-tracing-not-found.json");

/// Personal data in the found fixture that must never reach a browser.
const PERSONAL: [&str; 8] = [
    "ANDI YUSUF",
    "SITI RAHMA",
    "JL. MERDEKA",
    "signature",
    "example.invalid",
    "-7.2575",
    "80000000",
    "cnote_amount",
];

type Calls = Arc<Mutex<Vec<String>>>;

async fn cnote(
    State(calls): State<Calls>,
    Path(awb): Path<String>,
    body: String,
) -> impl IntoResponse {
    if let Ok(mut calls) = calls.lock() {
        calls.push(body);
    }
    match awb.as_str() {
        "0166231900105595" => (StatusCode::OK, FOUND.to_owned()),
        "1111111111" => (StatusCode::OK, NOT_FOUND.to_owned()),
        "5000000000" => (StatusCode::INTERNAL_SERVER_ERROR, "oops".to_owned()),
        "SLOW000000" => {
            tokio::time::sleep(Duration::from_secs(3)).await;
            (StatusCode::OK, FOUND.to_owned())
        }
        _ => (StatusCode::OK, "{\"cnote\": [broken".to_owned()),
    }
}

async fn fake_jne() -> (String, Calls) {
    let calls = Calls::default();
    let app = Router::new()
        .route("/tracing/api/list/v1/cnote/{awb}", post(cnote))
        .with_state(calls.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}"), calls)
}

#[tokio::test]
async fn each_number_gets_its_own_outcome_and_no_personal_data() {
    let (jne, calls) = fake_jne().await;
    let server = start_with(
        false,
        &[
            "--jne-url",
            &jne,
            "--jne-username",
            "jne-web",
            "--jne-api-key",
            "s3cret",
            "--jne-timeout-ms",
            "500",
        ],
    )
    .await;
    let asked = [
        "0166231900105595",
        "1111111111",
        "5000000000",
        "SLOW000000",
        "BROKEN0000",
    ];
    let answer = client()
        .post(server.url("/api/v1/track"))
        .json(&serde_json::json!({ "awbs": asked }))
        .send()
        .await
        .expect("request");
    assert_eq!(answer.status(), 200);
    let text = answer.text().await.expect("body");
    let body: serde_json::Value = serde_json::from_str(&text).expect("json");
    let outcomes: Vec<(&str, &str)> = body["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| {
            (
                r["awb"].as_str().unwrap_or(""),
                r["outcome"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        outcomes,
        [
            ("0166231900105595", "found"),
            ("1111111111", "not_found"),
            ("5000000000", "error"),
            ("SLOW000000", "error"),
            ("BROKEN0000", "error"),
        ]
    );
    let shipment = &body["results"][0]["shipment"];
    assert_eq!(shipment["status"]["state"], "delivered");
    assert_eq!(shipment["pod"]["receiver_masked"], "A*** Y***");
    for personal in PERSONAL {
        assert!(
            !text.contains(personal),
            "{personal} reached the browser: {text}"
        );
    }

    // The credentials went to JNE as form fields, and only there.
    let calls = calls.lock().map(|c| c.clone()).unwrap_or_default();
    assert_eq!(calls.len(), asked.len());
    assert!(calls
        .iter()
        .all(|c| c.contains("username=jne-web") && c.contains("api_key=s3cret")));
    assert!(!text.contains("s3cret"));
    server.stop().await;
}

#[tokio::test]
async fn jne_out_of_reach_fails_each_number_without_failing_the_request() {
    // Nothing listens on this port once the listener is dropped.
    let dead = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        format!("http://{}", listener.local_addr().expect("addr"))
    };
    let server = start_with(
        false,
        &[
            "--jne-url",
            &dead,
            "--jne-username",
            "u",
            "--jne-api-key",
            "k",
        ],
    )
    .await;
    let answer = client()
        .post(server.url("/api/v1/track"))
        .json(&serde_json::json!({ "awbs": ["0166231900105595", "CM96392284741"] }))
        .send()
        .await
        .expect("request");
    assert_eq!(answer.status(), 200);
    let body: serde_json::Value = answer.json().await.expect("json");
    for result in body["results"].as_array().expect("results") {
        assert_eq!(result["outcome"], "error");
    }
    server.stop().await;
}
