//! JLC sign-in over real HTTP and a real SQLite file: both layers, codes, sessions, sign-out,
//! throttling and CSRF — each rule of the issue as a test.

mod common;

use common::{client, start_with, TestServer};
use reqwest::StatusCode;
use serde_json::{json, Value};

use common::jlc::{NUMBER, PASSWORD};

const EMAIL: &str = "budi.santoso@example.co.id";

async fn server() -> TestServer {
    start_with(true, &["--test-clock", "--jlc-burst", "0"]).await
}

/// A same-origin JSON POST, as the app sends it; the answer's status, body and headers.
async fn post(
    server: &TestServer,
    path: &str,
    body: Value,
    cookie: Option<&str>,
) -> (StatusCode, Value, reqwest::header::HeaderMap) {
    common::jlc::post(&client(), &server.base, path, body, cookie).await
}

async fn me(server: &TestServer, cookie: &str) -> StatusCode {
    common::jlc::me(&client(), &server.base, cookie).await
}

/// The code in the newest message of the outbox.
fn newest_code(server: &TestServer) -> String {
    common::jlc::newest_code(&server.data)
}

fn advance_clock(server: &TestServer, seconds: i64) {
    std::fs::write(server.data.join("test-clock-offset"), seconds.to_string()).expect("clock");
}

async fn login(server: &TestServer, identifier: &str) -> String {
    let (status, body, _) = post(
        server,
        "/api/v1/jlc/login",
        json!({"identifier": identifier, "password": PASSWORD}),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body["challenge"].as_str().expect("challenge").to_owned()
}

/// Signs in fully; the session cookie as `name=value`.
async fn sign_in(server: &TestServer) -> String {
    let challenge = login(server, NUMBER).await;
    let (status, body, headers) = post(
        server,
        "/api/v1/jlc/verify",
        json!({"challenge": challenge, "code": newest_code(server)}),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let set_cookie = headers["set-cookie"].to_str().expect("ascii");
    set_cookie.split(';').next().expect("pair").to_owned()
}

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
    let db = sqlx::SqlitePool::connect(&format!(
        "sqlite://{}",
        server.data.join("jne.sqlite3").display()
    ))
    .await
    .expect("db");
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
