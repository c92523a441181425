//! JLC sign-in over real HTTP and a real SQLite file: the two layers, the one generic
//! answer, and the rules of one-time codes.

mod common;

use common::jlc::{NUMBER, PASSWORD};
use common::member::{advance_clock, login, newest_code, post, server};
use reqwest::StatusCode;
use serde_json::json;

const EMAIL: &str = "budi.santoso@example.co.id";

#[tokio::test]
async fn both_layers_then_a_session_cookie_no_script_can_read() {
    let server = server().await;
    let (status, body, _) = post(
        &server,
        "/api/v1/jlc/login",
        json!({"identifier": NUMBER, "password": PASSWORD}),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["email_hint"], "b***@example.co.id");
    assert_eq!(
        (
            body["expires_in"].as_u64(),
            body["resend_in"].as_u64(),
            body["resends_left"].as_u64()
        ),
        (Some(600), Some(60), Some(3))
    );
    let mail = std::fs::read_dir(server.data.join("outbox"))
        .expect("outbox")
        .count();
    assert_eq!(mail, 1, "one message in the outbox");

    let code = newest_code(&server);
    let (status, body, headers) = post(
        &server,
        "/api/v1/jlc/verify",
        json!({"challenge": body["challenge"], "code": code}),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["member"]["name"], "Budi Santoso");
    assert_eq!(body["member"]["email_masked"], "b***@example.co.id");
    assert!(body["member"]["held"]
        .as_array()
        .is_some_and(|h| h.iter().any(|f| f["value"] == EMAIL)));
    assert!(
        !body.to_string().contains("argon2"),
        "never the password hash"
    );
    let set_cookie = headers["set-cookie"].to_str().expect("ascii");
    assert!(
        set_cookie.starts_with("__Host-jne_session="),
        "{set_cookie}"
    );
    for attribute in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/"] {
        assert!(
            set_cookie.contains(attribute),
            "{set_cookie} lacks {attribute}"
        );
    }
    assert!(!set_cookie.contains("Domain"));
    let token = set_cookie
        .split(';')
        .next()
        .and_then(|p| p.split_once('='))
        .map(|(_, t)| t)
        .unwrap_or("");
    assert_eq!(token.len(), 43, "256 random bits");

    // Only the token's hash is stored.
    let db = jne_server::db::open(&server.database).await.expect("db");
    let (stored,): (String,) = sqlx::query_as("SELECT token_hash FROM sessions")
        .fetch_one(&db)
        .await
        .expect("row");
    assert_ne!(stored, token);
    let (code_hash,): (String,) = sqlx::query_as("SELECT code_hash FROM challenges")
        .fetch_one(&db)
        .await
        .expect("row");
    assert!(!code_hash.contains(&code));
    db.close().await;
    server.stop().await;
}

#[tokio::test]
async fn unknown_members_and_wrong_passwords_get_one_and_the_same_answer() {
    let server = server().await;
    let wrong = post(
        &server,
        "/api/v1/jlc/login",
        json!({"identifier": NUMBER, "password": "not-the-password"}),
        None,
    )
    .await;
    let unknown = post(
        &server,
        "/api/v1/jlc/login",
        json!({"identifier": "JLC9999999999", "password": PASSWORD}),
        None,
    )
    .await;
    let unknown_email = post(
        &server,
        "/api/v1/jlc/login",
        json!({"identifier": "siapa@example.co.id", "password": PASSWORD}),
        None,
    )
    .await;
    assert_eq!(wrong.0, StatusCode::UNAUTHORIZED);
    assert_eq!((wrong.0, &wrong.1), (unknown.0, &unknown.1));
    assert_eq!((wrong.0, &wrong.1), (unknown_email.0, &unknown_email.1));
    assert!(!wrong.1.to_string().contains("not-the-password"));
    assert!(!server.data.join("outbox").exists(), "no code mailed");
    server.stop().await;
}

#[tokio::test]
async fn an_email_identifier_breaking_the_rule_gets_422_with_its_code() {
    let server = server().await;
    let (status, body, _) = post(
        &server,
        "/api/v1/jlc/login",
        json!({"identifier": "budi@@gmail.com", "password": PASSWORD}),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["error"], "more_than_one_at");
    let challenge = login(&server, "Budi.Santoso@EXAMPLE.co.id").await;
    assert!(
        !challenge.is_empty(),
        "the email works as identifier, domain in any case"
    );
    server.stop().await;
}

#[tokio::test]
async fn five_wrong_codes_end_the_challenge_and_a_used_code_never_works_again() {
    let server = server().await;
    let challenge = login(&server, NUMBER).await;
    let code = newest_code(&server);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for left in (1..=4).rev() {
        let (status, body, _) = post(
            &server,
            "/api/v1/jlc/verify",
            json!({"challenge": challenge, "code": wrong}),
            None,
        )
        .await;
        assert_eq!(
            (status, body["error"].as_str(), body["tries_left"].as_u64()),
            (StatusCode::UNAUTHORIZED, Some("invalid_code"), Some(left))
        );
    }
    let (status, body, _) = post(
        &server,
        "/api/v1/jlc/verify",
        json!({"challenge": challenge, "code": wrong}),
        None,
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::GONE, Some("challenge_ended"))
    );
    let (status, _, _) = post(
        &server,
        "/api/v1/jlc/verify",
        json!({"challenge": challenge, "code": code}),
        None,
    )
    .await;
    assert_eq!(
        status,
        StatusCode::GONE,
        "the right code after the fifth wrong one"
    );

    advance_clock(&server, 16 * 60); // past the account's failure window
    let challenge = login(&server, NUMBER).await;
    let code = newest_code(&server);
    let (status, _, _) = post(
        &server,
        "/api/v1/jlc/verify",
        json!({"challenge": challenge, "code": code}),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = post(
        &server,
        "/api/v1/jlc/verify",
        json!({"challenge": challenge, "code": code}),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::GONE, "a used code");
    server.stop().await;
}

#[tokio::test]
async fn codes_expire_after_ten_minutes() {
    let server = server().await;
    let challenge = login(&server, NUMBER).await;
    let code = newest_code(&server);
    advance_clock(&server, 601);
    let (status, body, _) = post(
        &server,
        "/api/v1/jlc/verify",
        json!({"challenge": challenge, "code": code}),
        None,
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::GONE, Some("challenge_ended"))
    );
    server.stop().await;
}

#[tokio::test]
async fn resend_waits_a_minute_at_most_three_times_and_replaces_the_code() {
    let server = server().await;
    let challenge = login(&server, NUMBER).await;
    let first = newest_code(&server);
    let (status, body, headers) = post(
        &server,
        "/api/v1/jlc/resend",
        json!({"challenge": challenge}),
        None,
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::TOO_MANY_REQUESTS, Some("resend_too_soon"))
    );
    let wait: u64 = headers["retry-after"]
        .to_str()
        .unwrap_or("")
        .parse()
        .unwrap_or(0);
    assert!((1..=60).contains(&wait));
    for (step, left) in [(61, 2), (122, 1), (183, 0)] {
        advance_clock(&server, step);
        let (status, body, _) = post(
            &server,
            "/api/v1/jlc/resend",
            json!({"challenge": challenge}),
            None,
        )
        .await;
        assert_eq!(
            (status, body["resends_left"].as_u64()),
            (StatusCode::OK, Some(left))
        );
    }
    advance_clock(&server, 244);
    let (status, body, _) = post(
        &server,
        "/api/v1/jlc/resend",
        json!({"challenge": challenge}),
        None,
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::TOO_MANY_REQUESTS, Some("resend_limit"))
    );
    let newest = newest_code(&server);
    if newest != first {
        let (status, _, _) = post(
            &server,
            "/api/v1/jlc/verify",
            json!({"challenge": challenge, "code": first}),
            None,
        )
        .await;
        assert_eq!(
            status,
            StatusCode::UNAUTHORIZED,
            "an old code no longer works"
        );
    }
    let (status, _, _) = post(
        &server,
        "/api/v1/jlc/verify",
        json!({"challenge": challenge, "code": newest}),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    server.stop().await;
}
