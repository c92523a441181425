//! Two instances over one database, as behind a load balancer: PostgreSQL when the test
//! cluster is there (`JNE_TEST_POSTGRES`), else one SQLite file. What one instance does, the
//! other knows: sessions, the per-account limit and one-time codes live in the database only.

mod common;

use common::jlc::{me, post, NUMBER, PASSWORD};
use common::TestServer;
use reqwest::StatusCode;
use serde_json::json;

/// Two servers sharing one database, each with its own data folder (its outbox and clock).
async fn two_instances() -> (TestServer, TestServer, tempfile::TempDir) {
    let shared = tempfile::tempdir().expect("temp dir");
    let database = common::shared_database(shared.path()).await;
    let extra = ["--database", &database, "--test-clock", "--jlc-burst", "0"];
    let start = || common::start_in(tempfile::tempdir().expect("temp dir"), true, &extra);
    // On PostgreSQL the two start at the same moment, as instances behind a load balancer do:
    // the migrations and the demo data are applied once, under the migrator's lock. (One
    // SQLite file is for one machine, started once.)
    let (first, second) = if database.starts_with("postgres") {
        tokio::join!(start(), start())
    } else {
        (start().await, start().await)
    };
    assert_eq!(first.database, second.database);
    (first, second, shared)
}

async fn login(server: &TestServer, password: &str) -> (StatusCode, serde_json::Value) {
    let body = json!({"identifier": NUMBER, "password": password});
    let (status, body, _) = post(
        &common::client(),
        &server.base,
        "/api/v1/jlc/login",
        body,
        None,
    )
    .await;
    (status, body)
}

async fn verify(server: &TestServer, challenge: &str, code: &str) -> (StatusCode, Option<String>) {
    let body = json!({"challenge": challenge, "code": code});
    let (status, _, headers) = post(
        &common::client(),
        &server.base,
        "/api/v1/jlc/verify",
        body,
        None,
    )
    .await;
    let cookie = headers
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(str::to_owned);
    (status, cookie)
}

#[tokio::test]
async fn a_session_started_on_one_instance_works_and_ends_on_the_other() {
    let (a, b, _shared) = two_instances().await;
    let (status, body) = login(&a, PASSWORD).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let challenge = body["challenge"].as_str().expect("challenge");
    // The code went out once, from the instance that opened the challenge.
    assert!(
        !b.data.join("outbox").exists(),
        "the other instance mailed nothing"
    );
    let code = common::jlc::newest_code(&a.data);
    let (status, cookie) = verify(&b, challenge, &code).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "a code opened on one is answered on the other"
    );
    let cookie = cookie.expect("a session cookie");
    assert_eq!(
        me(&common::client(), &a.base, &cookie).await,
        StatusCode::OK
    );
    assert_eq!(
        me(&common::client(), &b.base, &cookie).await,
        StatusCode::OK
    );

    let (status, _, _) = post(
        &common::client(),
        &b.base,
        "/api/v1/jlc/logout",
        json!({}),
        Some(&cookie),
    )
    .await;
    assert!(status.is_success(), "{status}");
    assert_eq!(
        me(&common::client(), &a.base, &cookie).await,
        StatusCode::UNAUTHORIZED
    );
    a.stop().await;
    b.stop().await;
}

#[tokio::test]
async fn guesses_spread_over_both_instances_meet_the_per_account_limit_as_on_one() {
    let (a, b, _shared) = two_instances().await;
    let mut answers = Vec::new();
    for n in 0..6 {
        let server = if n % 2 == 0 { &a } else { &b };
        let (status, body) = login(server, "bukan-sandinya").await;
        answers.push((status, body["tries_left"].as_u64()));
    }
    let statuses: Vec<u16> = answers.iter().map(|(s, _)| s.as_u16()).collect();
    assert_eq!(statuses, [401, 401, 401, 401, 401, 429], "{answers:?}");
    let left: Vec<Option<u64>> = answers[..5].iter().map(|(_, left)| *left).collect();
    assert_eq!(left, [Some(4), Some(3), Some(2), Some(1), Some(0)]);
    // Even the right password waits now, on either instance.
    assert_eq!(login(&b, PASSWORD).await.0, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(login(&a, PASSWORD).await.0, StatusCode::TOO_MANY_REQUESTS);
    a.stop().await;
    b.stop().await;
}

#[tokio::test]
async fn a_code_sent_to_both_instances_at_the_same_moment_opens_one_session() {
    let (a, b, _shared) = two_instances().await;
    for round in 0..4 {
        let (status, body) = login(&a, PASSWORD).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let challenge = body["challenge"].as_str().expect("challenge").to_owned();
        let code = common::jlc::newest_code(&a.data);
        let (first, second) =
            tokio::join!(verify(&a, &challenge, &code), verify(&b, &challenge, &code));
        let opened = [&first, &second]
            .iter()
            .filter(|(status, cookie)| *status == StatusCode::OK && cookie.is_some())
            .count();
        assert_eq!(opened, 1, "round {round}: {:?} and {:?}", first.0, second.0);
        let refused = if first.0 == StatusCode::OK {
            second.0
        } else {
            first.0
        };
        assert!(refused.is_client_error(), "round {round}: {refused}");
    }
    a.stop().await;
    b.stop().await;
}

/// Everything in `calls` sent at once; their statuses, sorted.
async fn all_at_once(calls: Vec<(String, serde_json::Value)>) -> Vec<u16> {
    let sent = calls.into_iter().map(|(url, body)| async move {
        let base = url.split("/api/").next().expect("base").to_owned();
        post(&common::client(), &base, &url[base.len()..], body, None)
            .await
            .0
            .as_u16()
    });
    let mut statuses = futures_util::future::join_all(sent).await;
    statuses.sort();
    statuses
}

#[tokio::test]
async fn guesses_sent_at_the_same_moment_to_both_instances_pass_the_limit_no_more_often() {
    let (a, b, _shared) = two_instances().await;
    let calls = (0..12)
        .map(|n| {
            let server = if n % 2 == 0 { &a } else { &b };
            let body = json!({"identifier": NUMBER, "password": "bukan-sandinya"});
            (server.url("/api/v1/jlc/login"), body)
        })
        .collect();
    let statuses = all_at_once(calls).await;
    assert_eq!(statuses, [[401; 5].as_slice(), &[429; 7]].concat());
    a.stop().await;
    b.stop().await;
}

#[tokio::test]
async fn messages_asked_at_the_same_moment_of_both_instances_stay_within_the_address_budget() {
    let (a, b, _shared) = two_instances().await;
    let calls = (0..8)
        .map(|n| {
            let server = if n % 2 == 0 { &a } else { &b };
            let body = json!({"email": "budi.santoso@example.co.id"});
            (server.url("/api/v1/jlc/reset"), body)
        })
        .collect();
    let statuses = all_at_once(calls).await;
    assert_eq!(statuses, [[200; 3].as_slice(), &[429; 5]].concat());
    a.stop().await;
    b.stop().await;
}
