//! `POST /api/v1/track` over real HTTP: the server re-checks every number, answers in typed
//! errors, sets no cookie and lets nothing be cached.

mod common;

use common::{client, start};
use reqwest::StatusCode;

async fn post(
    server: &common::TestServer,
    body: &str,
    json: bool,
) -> (StatusCode, serde_json::Value, reqwest::header::HeaderMap) {
    let mut request = client()
        .post(server.url("/api/v1/track"))
        .body(body.to_owned());
    if json {
        request = request.header("content-type", "application/json");
    }
    let answer = request.send().await.expect("request");
    let (status, headers) = (answer.status(), answer.headers().clone());
    let body = answer.json().await.unwrap_or(serde_json::Value::Null);
    (status, body, headers)
}

#[tokio::test]
async fn demo_numbers_are_found_and_unknown_ones_are_not() {
    let server = start(true).await;
    let (status, body, headers) = post(
        &server,
        r#"{"awbs":["0166231900105595","5403212200022724","0000000000"]}"#,
        true,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let outcomes: Vec<&str> = body["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| r["outcome"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(outcomes, ["found", "found", "not_found"]);
    assert_eq!(body["results"][0]["shipment"]["awb"], "0166231900105595");
    assert_eq!(headers["cache-control"], "no-store");
    assert!(headers.get("set-cookie").is_none());
    server.stop().await;
}

#[tokio::test]
async fn the_server_checks_every_number_again() {
    let server = start(true).await;
    let too_many: Vec<String> = (0..41).map(|i| format!("{:016}", i)).collect();
    let too_many = serde_json::json!({ "awbs": too_many }).to_string();
    let cases: [(&str, &str); 5] = [
        (r#"{"awbs":[]}"#, "no_awb"),
        (r#"{"awbs":["123"]}"#, "too_short"),
        (
            r#"{"awbs":["0166231900105595","016623190010559501660"]}"#,
            "too_long",
        ),
        (r#"{"awbs":["<script>alert(1)</script>"]}"#, "bad_char"),
        (&too_many, "too_many"),
    ];
    for (body, code) in cases {
        let (status, answer, _) = post(&server, body, true).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(answer["error"], code, "{body}");
        assert!(
            !answer["message"].as_str().unwrap_or("").contains('<'),
            "no markup echoed"
        );
    }
    server.stop().await;
}

#[tokio::test]
async fn bodies_that_are_not_the_right_json_get_typed_errors() {
    let server = start(true).await;
    let (status, answer, _) = post(&server, r#"{"awbs":["0166231900105595"]}"#, false).await;
    assert_eq!(
        (status, answer["error"].as_str()),
        (StatusCode::UNSUPPORTED_MEDIA_TYPE, Some("not_json"))
    );
    for body in [
        "{",
        r#"{"awbs":"0166231900105595"}"#,
        r#"{"numbers":[]}"#,
        "[]",
        "null",
    ] {
        let (status, answer, _) = post(&server, body, true).await;
        assert!(
            status == StatusCode::BAD_REQUEST || status == StatusCode::UNPROCESSABLE_ENTITY,
            "{body}: {status}"
        );
        assert_eq!(answer["error"], "bad_json", "{body}");
    }
    server.stop().await;
}

#[tokio::test]
async fn a_client_that_tracks_too_often_is_told_how_long_to_wait() {
    let server =
        common::start_with(true, &["--track-burst", "3", "--track-refill-ms", "60000"]).await;
    let body = r#"{"awbs":["0166231900105595"]}"#;
    for _ in 0..3 {
        let (status, _, _) = post(&server, body, true).await;
        assert_eq!(status, StatusCode::OK);
    }
    let (status, answer, headers) = post(&server, body, true).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(answer["error"], "throttled");
    let wait: u64 = headers["retry-after"]
        .to_str()
        .unwrap_or("")
        .parse()
        .unwrap_or(0);
    assert!((1..=60).contains(&wait), "Retry-After {wait}");
    // Other endpoints are not throttled by tracking.
    let health = client()
        .get(server.url("/api/v1/health"))
        .send()
        .await
        .expect("request");
    assert_eq!(health.status(), StatusCode::OK);
    server.stop().await;
}
