//! Secrets of sign-in stay secret: passwords, codes and tokens never reach the log or an error
//! message, and a session token presented at sign-in is replaced, never adopted.

mod common;

use std::process::Command;

use common::jlc::{login, me, newest_code, post, verify, NUMBER, PASSWORD};
use common::{client, start_with};
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn a_whole_sign_in_leaves_no_password_code_or_token_in_the_log() {
    let dirs = tempfile::tempdir().expect("temp dir");
    let data = dirs.path().join("data");
    let log_path = dirs.path().join("server.log");
    // Everything every crate logs, not only ours.
    let (mut child, line) = common::spawn_binary(
        dirs.path(),
        &["--demo", "--jlc-burst", "0"],
        &[("RUST_LOG", "trace"), ("NO_COLOR", "1")],
        std::fs::File::create(&log_path).expect("log file").into(),
    );
    let base = line
        .trim()
        .rsplit(' ')
        .next()
        .unwrap_or_default()
        .to_owned();

    let http = client();
    let wrong_password = "salah-sandi-Qx7#2026";
    let body = json!({"identifier": NUMBER, "password": wrong_password});
    let (status, _, _) = post(&http, &base, "/api/v1/jlc/login", body, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let challenge = login(&http, &base).await;
    let code = newest_code(&data);
    let wrong_code = if code == "000000" { "111111" } else { "000000" };
    let body = json!({"challenge": challenge, "code": wrong_code});
    let (status, _, _) = post(&http, &base, "/api/v1/jlc/verify", body, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // A code sent as a number is refused without being quoted back.
    let number: u32 = code.parse().unwrap_or(0);
    let body = json!({"challenge": challenge, "code": number});
    let (status, answer, _) = post(&http, &base, "/api/v1/jlc/verify", body, None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        !answer.to_string().contains(&number.to_string()),
        "{answer}"
    );
    let cookie = verify(&http, &base, &challenge, &code, None).await;
    assert_eq!(me(&http, &base, &cookie).await, StatusCode::OK);
    let (status, _, _) = post(&http, &base, "/api/v1/jlc/logout", json!({}), Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK);

    let stopped = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(stopped.success());
    assert!(child.wait().expect("wait").success());
    let log = std::fs::read_to_string(&log_path).expect("log");
    assert!(log.contains("mail written to outbox"), "{log}");
    let token = cookie.split_once('=').map(|(_, t)| t).unwrap_or_default();
    // The time stamp that opens each line has six-digit fractions of a second: a code could
    // turn up there by chance, so only what follows it is searched.
    let messages: String = log
        .lines()
        .map(|line| line.split_once(' ').map_or(line, |(_, rest)| rest))
        .collect::<Vec<_>>()
        .join("\n");
    for (what, secret) in [
        ("password", PASSWORD),
        ("wrong password", wrong_password),
        ("code", code.as_str()),
        ("challenge", challenge.as_str()),
        ("session token", token),
        ("email address", "budi.santoso@example.co.id"),
    ] {
        assert!(!secret.is_empty());
        assert!(
            !messages.contains(secret),
            "the {what} is in the log:\n{log}"
        );
    }
}

#[tokio::test]
async fn a_session_cookie_presented_at_sign_in_is_ended_not_adopted() {
    let server = start_with(true, &["--jlc-burst", "0"]).await;
    let http = client();
    let challenge = login(&http, &server.base).await;
    let first = verify(
        &http,
        &server.base,
        &challenge,
        &newest_code(&server.data),
        None,
    )
    .await;
    let challenge = login(&http, &server.base).await;
    let code = newest_code(&server.data);
    let second = verify(&http, &server.base, &challenge, &code, Some(&first)).await;
    assert_ne!(first, second, "a new token");
    assert_eq!(
        me(&http, &server.base, &first).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(me(&http, &server.base, &second).await, StatusCode::OK);
    server.stop().await;
}

#[tokio::test]
async fn an_unknown_member_takes_as_long_as_a_wrong_password() {
    let server = start_with(true, &["--jlc-burst", "0"]).await;
    let http = client();
    let attempt = |identifier: String| {
        let (http, base) = (http.clone(), server.base.clone());
        async move {
            let body = json!({"identifier": identifier, "password": "not-the-password"});
            let started = std::time::Instant::now();
            let (status, _, _) = post(&http, &base, "/api/v1/jlc/login", body, None).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED);
            started.elapsed()
        }
    };
    // The first unknown member makes the dummy hash once; that one is not measured.
    attempt("JLC9999999990".into()).await;
    let (mut known, mut unknown) = (Vec::new(), Vec::new());
    // Five each: the account's failure limit answers the sixth with 429, which is not timed.
    for n in 1..=5 {
        known.push(attempt(NUMBER.into()).await);
        unknown.push(attempt(format!("JLC999999999{n}")).await);
    }
    known.sort();
    unknown.sort();
    let (known, unknown) = (known[2].as_secs_f64(), unknown[2].as_secs_f64());
    // Without the dummy hash an unknown member answers tens of times faster than Argon2id.
    let ratio = unknown / known;
    assert!(
        (0.5..2.0).contains(&ratio),
        "known {known:.4} s, unknown {unknown:.4} s"
    );
    server.stop().await;
}
