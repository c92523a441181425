//! JLC sessions and their guards over real HTTP: sign-out, timeouts, throttling per account
//! and per client, the Origin check, and policy acknowledgements.

mod common;

use common::jlc::{NUMBER, PASSWORD};
use common::member::{advance_clock, login, me, post, server, sign_in};
use common::{client, start_with};
use reqwest::StatusCode;
use serde_json::{json, Value};

#[tokio::test]
async fn sign_out_ends_the_session_on_the_server_and_everywhere_ends_them_all() {
    let server = server().await;
    let first = sign_in(&server).await;
    let second = sign_in(&server).await;
    assert_ne!(first, second, "a new token at every sign-in");
    assert_eq!(me(&server, &first).await, StatusCode::OK);
    let (status, _, headers) = post(&server, "/api/v1/jlc/logout", json!({}), Some(&first)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers["set-cookie"]
        .to_str()
        .unwrap_or("")
        .contains("Max-Age=0"));
    assert_eq!(
        me(&server, &first).await,
        StatusCode::UNAUTHORIZED,
        "the old cookie is dead server-side"
    );
    assert_eq!(me(&server, &second).await, StatusCode::OK);

    let third = sign_in(&server).await;
    let (status, _, _) = post(&server, "/api/v1/jlc/logout-all", json!({}), Some(&third)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me(&server, &second).await, StatusCode::UNAUTHORIZED);
    assert_eq!(me(&server, &third).await, StatusCode::UNAUTHORIZED);
    server.stop().await;
}

#[tokio::test]
async fn sessions_end_after_30_idle_minutes_and_12_hours_in_all() {
    let server = server().await;
    let cookie = sign_in(&server).await;
    advance_clock(&server, 29 * 60);
    assert_eq!(
        me(&server, &cookie).await,
        StatusCode::OK,
        "use keeps it alive"
    );
    advance_clock(&server, 29 * 60 + 31 * 60);
    assert_eq!(
        me(&server, &cookie).await,
        StatusCode::UNAUTHORIZED,
        "idle too long"
    );

    let base = 60 * 60;
    advance_clock(&server, base);
    let cookie = sign_in(&server).await;
    let mut at = base;
    while at < base + 12 * 60 * 60 - 20 * 60 {
        at += 20 * 60;
        advance_clock(&server, at);
        assert_eq!(me(&server, &cookie).await, StatusCode::OK);
    }
    advance_clock(&server, base + 12 * 60 * 60 + 60);
    assert_eq!(
        me(&server, &cookie).await,
        StatusCode::UNAUTHORIZED,
        "past 12 hours"
    );
    server.stop().await;
}

#[tokio::test]
async fn an_account_that_failed_five_times_waits_whoever_asks() {
    let server = server().await;
    for identifier in [NUMBER, "JLC0000000001"] {
        for _ in 0..5 {
            let (status, _, _) = post(
                &server,
                "/api/v1/jlc/login",
                json!({"identifier": identifier, "password": "wrong-password"}),
                None,
            )
            .await;
            assert_eq!(status, StatusCode::UNAUTHORIZED);
        }
        let (status, body, headers) = post(
            &server,
            "/api/v1/jlc/login",
            json!({"identifier": identifier, "password": PASSWORD}),
            None,
        )
        .await;
        assert_eq!(
            (status, body["error"].as_str()),
            (StatusCode::TOO_MANY_REQUESTS, Some("throttled")),
            "{identifier}"
        );
        let wait: u64 = headers["retry-after"]
            .to_str()
            .unwrap_or("")
            .parse()
            .unwrap_or(0);
        assert!((1..=900).contains(&wait), "{wait}");
    }
    advance_clock(&server, 901);
    login(&server, NUMBER).await;
    server.stop().await;
}

#[tokio::test]
async fn a_client_asking_too_often_is_throttled() {
    let server = start_with(true, &["--jlc-burst", "3", "--jlc-refill-ms", "60000"]).await;
    for _ in 0..3 {
        let (status, _, _) = post(
            &server,
            "/api/v1/jlc/login",
            json!({"identifier": "JLC1", "password": "x"}),
            None,
        )
        .await;
        assert_ne!(status, StatusCode::TOO_MANY_REQUESTS);
    }
    let (status, _, headers) = post(
        &server,
        "/api/v1/jlc/login",
        json!({"identifier": "JLC2", "password": "x"}),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(headers.contains_key("retry-after"));
    server.stop().await;
}

#[tokio::test]
async fn state_changes_from_another_origin_or_not_in_json_are_refused() {
    let server = server().await;
    let body = json!({"identifier": NUMBER, "password": PASSWORD}).to_string();
    for origin in [Some("http://evil.example"), Some("null"), None] {
        let mut request = client()
            .post(server.url("/api/v1/jlc/login"))
            .header("content-type", "application/json")
            .body(body.clone());
        if let Some(origin) = origin {
            request = request.header("origin", origin);
        }
        let answer = request.send().await.expect("request");
        assert_eq!(answer.status(), StatusCode::FORBIDDEN, "{origin:?}");
        let error: Value = answer.json().await.unwrap_or(Value::Null);
        assert_eq!(error["error"], "cross_origin");
    }
    let form = client()
        .post(server.url("/api/v1/jlc/login"))
        .header("origin", &server.base)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("identifier={NUMBER}&password={PASSWORD}"))
        .send()
        .await
        .expect("request");
    assert_eq!(form.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(!server.data.join("outbox").exists(), "no code was sent");
    server.stop().await;
}

#[tokio::test]
async fn a_member_acknowledges_a_policy_version_and_the_server_keeps_when() {
    let server = server().await;
    let (status, _, _) = post(
        &server,
        "/api/v1/jlc/policy-ack",
        json!({"version": "2025-01-01"}),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "only a signed-in member");
    let cookie = sign_in(&server).await;
    let (status, body, _) = post(
        &server,
        "/api/v1/jlc/policy-ack",
        json!({"version": "1999-01-01"}),
        Some(&cookie),
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::NOT_FOUND, Some("no_such_version"))
    );
    let (status, body, _) = post(
        &server,
        "/api/v1/jlc/policy-ack",
        json!({"version": "2025-01-01"}),
        Some(&cookie),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let acks = body["member"]["policy_acks"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(acks.len(), 1);
    assert_eq!(acks[0]["version"], "2025-01-01");
    let at = acks[0]["at"].as_str().unwrap_or("");
    assert_eq!(at.len(), "2026-11-25T07:30".len(), "{at}");

    // Again changes nothing: the first acknowledgement is the proof of notice.
    advance_clock(&server, 120);
    let (_, body, _) = post(
        &server,
        "/api/v1/jlc/policy-ack",
        json!({"version": "2025-01-01"}),
        Some(&cookie),
    )
    .await;
    assert_eq!(
        body["member"]["policy_acks"],
        json!([{"version": "2025-01-01", "at": at}])
    );
    server.stop().await;
}
