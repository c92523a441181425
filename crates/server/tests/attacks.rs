//! Attacks on JLC sign-in over real HTTP, beyond the rule tests of `jlc*.rs`: guessing across
//! many accounts from one client and at one account from many clients (each client its own
//! 127.0.0.x source address, since the per-client limit keys on the peer address), session
//! fixation with a token the attacker chose, cross-site state
//! changes with a live session, and codes replayed across challenges or all at once.

mod common;

use std::net::{IpAddr, Ipv4Addr};

use common::jlc::{NUMBER, PASSWORD};
use futures_util::future::join_all;
use reqwest::StatusCode;
use serde_json::{json, Value};

const EMAIL: &str = "budi.santoso@example.co.id";

/// A client whose requests come from 127.0.0.`n` (Linux routes all of 127/8 to loopback).
fn client_from(n: u8) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(IpAddr::V4(Ipv4Addr::new(127, 0, 0, n)))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("http client")
}

async fn try_password(
    http: &reqwest::Client,
    base: &str,
    identifier: &str,
    password: &str,
) -> (StatusCode, Value) {
    let body = json!({"identifier": identifier, "password": password});
    let (status, body, headers) =
        common::jlc::post(http, base, "/api/v1/jlc/login", body, None).await;
    if status == StatusCode::TOO_MANY_REQUESTS {
        assert!(headers.contains_key("retry-after"), "{body}");
        assert_eq!(body["error"], "throttled");
    }
    (status, body)
}

/// Layer two on a member-rule test server; the answer's status and body.
async fn verify(server: &common::TestServer, challenge: &str, code: &str) -> (StatusCode, Value) {
    let body = json!({"challenge": challenge, "code": code});
    let (status, body, _) = common::member::post(server, "/api/v1/jlc/verify", body, None).await;
    (status, body)
}

fn count(statuses: &[StatusCode], wanted: StatusCode) -> usize {
    statuses.iter().filter(|s| **s == wanted).count()
}

#[tokio::test]
async fn one_client_guessing_across_many_accounts_is_held_by_its_own_limit() {
    let server = common::start_with(true, &["--jlc-burst", "5", "--jlc-refill-ms", "60000"]).await;
    let attacker = client_from(2);
    // 40 accounts at once, one guess each: the per-account limit never triggers, the client's does.
    let guesses = (0..40).map(|n| {
        let (attacker, base) = (attacker.clone(), server.base.clone());
        async move {
            let identifier = format!("JLC00000{n:05}");
            try_password(&attacker, &base, &identifier, "tebakan-1")
                .await
                .0
        }
    });
    let statuses = join_all(guesses).await;
    assert_eq!(
        count(&statuses, StatusCode::UNAUTHORIZED),
        5,
        "{statuses:?}"
    );
    assert_eq!(
        count(&statuses, StatusCode::TOO_MANY_REQUESTS),
        35,
        "{statuses:?}"
    );
    // Even the right password does not get through from that client now...
    let (status, _) = try_password(&attacker, &server.base, NUMBER, PASSWORD).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    // ...while the member, from their own address, signs in as usual.
    let (status, body) = try_password(&client_from(3), &server.base, NUMBER, PASSWORD).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    server.stop().await;
}

#[tokio::test]
async fn one_account_guessed_from_many_clients_is_held_by_its_own_limit() {
    // Each client may ask twice: the per-client limit is not what stops this attack.
    let server = common::start_with(true, &["--jlc-burst", "2", "--jlc-refill-ms", "60000"]).await;
    let mut statuses = Vec::new();
    for n in 10..30 {
        let identifier = if n % 2 == 0 { NUMBER } else { EMAIL };
        let wrong = format!("tebakan-{n}");
        statuses.push(
            try_password(&client_from(n), &server.base, identifier, &wrong)
                .await
                .0,
        );
    }
    assert_eq!(
        statuses[..5],
        [StatusCode::UNAUTHORIZED; 5],
        "five guesses are answered: {statuses:?}"
    );
    assert_eq!(
        count(&statuses[5..], StatusCode::TOO_MANY_REQUESTS),
        15,
        "{statuses:?}"
    );
    // The account waits, whoever asks and by whichever identifier, right password or not.
    for (n, identifier) in [(40, NUMBER), (41, EMAIL)] {
        let (status, _) = try_password(&client_from(n), &server.base, identifier, PASSWORD).await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{identifier}");
    }
    assert!(!server.data.join("outbox").exists(), "no code was sent");
    server.stop().await;
}

#[tokio::test]
async fn guesses_sent_at_once_from_many_clients_get_no_more_than_five_answers() {
    let server = common::start_with(true, &["--jlc-burst", "0"]).await;
    let guesses = (10..40).map(|n| {
        let base = server.base.clone();
        async move {
            let wrong = format!("tebakan-{n}");
            try_password(&client_from(n), &base, NUMBER, &wrong).await.0
        }
    });
    let statuses = join_all(guesses).await;
    let answered = count(&statuses, StatusCode::UNAUTHORIZED);
    assert!(
        answered <= 5,
        "{answered} of 30 guesses were checked: {statuses:?}"
    );
    server.stop().await;
}

#[tokio::test]
async fn a_token_the_attacker_planted_before_sign_in_is_not_the_session_after() {
    let server = common::member::server().await;
    let http = common::client();
    let planted = format!("{}={}", "__Host-jne_session", "a".repeat(43));
    // The victim's browser carries the planted cookie through both layers.
    let body = json!({"identifier": NUMBER, "password": PASSWORD});
    let (status, answer, headers) = common::jlc::post(
        &http,
        &server.base,
        "/api/v1/jlc/login",
        body,
        Some(&planted),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert!(
        !headers.contains_key("set-cookie"),
        "layer one starts no session"
    );
    let challenge = answer["challenge"].as_str().expect("challenge").to_owned();
    let code = common::member::newest_code(&server);
    let session = common::jlc::verify(&http, &server.base, &challenge, &code, Some(&planted)).await;
    assert_ne!(session, planted);
    assert_eq!(
        common::member::me(&server, &planted).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(common::member::me(&server, &session).await, StatusCode::OK);
    server.stop().await;
}

#[tokio::test]
async fn state_changes_from_elsewhere_change_nothing_even_with_a_live_session() {
    let server = common::member::server().await;
    let session = common::member::sign_in(&server).await;
    let challenge = common::member::login(&server, NUMBER).await;
    let mails = std::fs::read_dir(server.data.join("outbox"))
        .expect("outbox")
        .count();
    let port = server.base.rsplit(':').next().expect("port").to_owned();
    let origins: Vec<Option<String>> = vec![
        Some("http://evil.example".into()),
        Some("null".into()),
        None,
        Some(format!("http://127.0.0.1:{port}.evil.example")),
        Some(format!("https://127.0.0.1:{port}")),
        Some(format!("http://127.0.0.2:{port}")),
        Some(format!("http://localhost:{port}")),
        Some(format!("{}/", server.base)),
    ];
    let requests = [
        (
            "/api/v1/jlc/login",
            json!({"identifier": NUMBER, "password": PASSWORD}),
        ),
        (
            "/api/v1/jlc/verify",
            json!({"challenge": challenge, "code": "123456"}),
        ),
        ("/api/v1/jlc/resend", json!({"challenge": challenge})),
        ("/api/v1/jlc/policy-ack", json!({"version": "2025-01-01"})),
        ("/api/v1/jlc/logout", json!({})),
        ("/api/v1/jlc/logout-all", json!({})),
    ];
    let mut cases = 0;
    for (path, body) in &requests {
        for origin in &origins {
            // A form can only send "simple" content types; a script elsewhere sends JSON.
            for content_type in ["application/json", "text/plain"] {
                let mut request = common::client()
                    .post(server.url(path))
                    .header("content-type", content_type)
                    .header("cookie", &session)
                    .body(body.to_string());
                if let Some(origin) = origin {
                    request = request.header("origin", origin);
                }
                let answer = request.send().await.expect("request");
                let status = answer.status();
                let error: Value = answer.json().await.unwrap_or(Value::Null);
                assert_eq!(
                    (status, error["error"].as_str()),
                    (StatusCode::FORBIDDEN, Some("cross_origin")),
                    "{path} from {origin:?} as {content_type}"
                );
                cases += 1;
            }
        }
    }
    assert_eq!(cases, 96);
    // The session lives, nothing was acknowledged, no code was sent, the challenge is intact.
    let me: Value = common::client()
        .get(server.url("/api/v1/jlc/me"))
        .header("cookie", &session)
        .send()
        .await
        .expect("me")
        .json()
        .await
        .expect("json");
    assert_eq!(me["member"]["policy_acks"], json!([]), "{me}");
    let now = std::fs::read_dir(server.data.join("outbox"))
        .expect("outbox")
        .count();
    assert_eq!(now, mails, "no mail");
    let code = common::member::newest_code(&server);
    let (status, body) = verify(&server, &challenge, &code).await;
    assert_eq!(status, StatusCode::OK, "no wrong try was counted: {body}");
    server.stop().await;
}

#[tokio::test]
async fn a_code_works_only_for_the_challenge_it_was_sent_for() {
    let server = common::member::server().await;
    let first = common::member::login(&server, NUMBER).await;
    let first_code = common::member::newest_code(&server);
    let second = common::member::login(&server, NUMBER).await;
    let second_code = common::member::newest_code(&server);
    assert_ne!(first_code, second_code, "two codes (1 in a million alike)");
    let (status, body) = verify(&server, &second, &first_code).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("invalid_code"))
    );
    for (challenge, code) in [(&first, &first_code), (&second, &second_code)] {
        let (status, body) = verify(&server, challenge, code).await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    server.stop().await;
}

#[tokio::test]
async fn a_code_sent_many_times_at_once_starts_one_session() {
    let server = common::member::server().await;
    let challenge = common::member::login(&server, NUMBER).await;
    let code = common::member::newest_code(&server);
    let replays = (0..10).map(|_| {
        let body = json!({"challenge": challenge, "code": code});
        async {
            common::member::post(&server, "/api/v1/jlc/verify", body, None)
                .await
                .0
        }
    });
    let statuses = join_all(replays).await;
    assert_eq!(count(&statuses, StatusCode::OK), 1, "{statuses:?}");
    server.stop().await;
}
