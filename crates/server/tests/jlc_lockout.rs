//! The per-account lock over real HTTP: a wrong password says how many tries are left (for an
//! unknown identifier alike), and a forgotten password stays a way out of a sign-in lock.

mod common;

use common::jlc::{NUMBER, PASSWORD};
use common::member::{post, reset_code, server};
use jne_core::jlc::lockout::FAILURE_LIMIT;
use reqwest::StatusCode;
use serde_json::{json, Value};

const DEMO_EMAIL: &str = "budi.santoso@example.co.id";
const NEW_PASSWORD: &str = "naik ojek ke Bandung pagi";

async fn wrong_login(server: &common::TestServer, identifier: &str) -> (StatusCode, Value) {
    let body = json!({"identifier": identifier, "password": "salah-sekali-2026"});
    let (status, body, _) = post(server, "/api/v1/jlc/login", body, None).await;
    (status, body)
}

#[tokio::test]
async fn a_wrong_password_counts_down_the_tries_alike_for_members_and_strangers() {
    let server = server().await;
    for identifier in [NUMBER, "JLC0099999999"] {
        for failed in 1..=FAILURE_LIMIT {
            let (status, body) = wrong_login(&server, identifier).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
            assert_eq!(body["error"], "invalid_credentials");
            assert_eq!(
                body["tries_left"],
                FAILURE_LIMIT - failed,
                "{identifier}: {body}"
            );
        }
        let (status, body) = wrong_login(&server, identifier).await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    }
    server.stop().await;
}

#[tokio::test]
async fn a_sign_in_lock_does_not_block_a_reset_and_a_reset_lifts_it() {
    let server = server().await;
    for _ in 0..FAILURE_LIMIT {
        wrong_login(&server, NUMBER).await;
    }
    let (status, _) = wrong_login(&server, NUMBER).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "locked");

    // The way out is open.
    let (sent, code) = reset_code(&server, DEMO_EMAIL).await;
    // A wrong code of the reset counts on its own, not on the locked sign-in.
    let wrong = json!({"challenge": sent["challenge"], "code": "000000", "password": NEW_PASSWORD});
    let (status, body, _) = post(&server, "/api/v1/jlc/reset/complete", wrong, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    assert_eq!(body["error"], "invalid_code");
    let right = json!({"challenge": sent["challenge"], "code": code, "password": NEW_PASSWORD});
    let (status, body, _) = post(&server, "/api/v1/jlc/reset/complete", right, None).await;
    assert_eq!(status, StatusCode::OK, "{body}");

    let new = json!({"identifier": NUMBER, "password": NEW_PASSWORD});
    let (status, body, _) = post(&server, "/api/v1/jlc/login", new, None).await;
    assert_eq!(status, StatusCode::OK, "the reset lifted the lock: {body}");
    let old = json!({"identifier": NUMBER, "password": PASSWORD});
    let (status, body, _) = post(&server, "/api/v1/jlc/login", old, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        body["tries_left"],
        FAILURE_LIMIT - 1,
        "counting starts afresh"
    );
    server.stop().await;
}
