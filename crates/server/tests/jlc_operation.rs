//! What runs around the JLC flows, over real HTTP: the session probe any page may call, the
//! cleanup of what sign-in leaves behind, and the Origin check behind a TLS proxy.

mod common;

use common::jlc::{NUMBER, PASSWORD};
use common::member::{post, server, sign_in};
use reqwest::StatusCode;
use serde_json::{json, Value};

#[tokio::test]
async fn the_session_probe_answers_200_with_or_without_a_member() {
    let server = server().await;
    let client = common::client();
    let probe = |cookie: Option<String>| {
        let mut request = client.get(server.url("/api/v1/jlc/session"));
        if let Some(cookie) = cookie {
            request = request.header("cookie", cookie);
        }
        async move {
            let answer = request.send().await.expect("probe");
            (answer.status(), answer.json::<Value>().await.expect("json"))
        }
    };
    assert_eq!(probe(None).await, (StatusCode::OK, json!({"member": null})));
    let dead = "__Host-jne_session=not-a-session".to_owned();
    assert_eq!(
        probe(Some(dead)).await,
        (StatusCode::OK, json!({"member": null}))
    );
    let cookie = sign_in(&server).await;
    let (status, body) = probe(Some(cookie)).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["member"]["jlc_number"], NUMBER);
    server.stop().await;
}

#[tokio::test]
async fn cleanup_deletes_what_can_no_longer_matter_and_keeps_members() {
    let server = server().await;
    sign_in(&server).await;
    let bad = json!({"identifier": NUMBER, "password": "salah-sandi-ini"});
    post(&server, "/api/v1/jlc/login", bad, None).await;
    post(
        &server,
        "/api/v1/jlc/signup",
        json!({"name": "Siti", "email": "baru@example.id", "mobile": "081311112222", "password": "naik ojek ke Bandung pagi"}),
        None,
    )
    .await;
    let db = jne_server::db::open(&server.database)
        .await
        .expect("open the same database");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("time")
        .as_secs() as i64;
    let nothing_yet = jne_server::jlc::cleanup::sweep(&db, now)
        .await
        .expect("sweep");
    assert_eq!(nothing_yet, Default::default(), "all still current");
    let later = jne_server::jlc::cleanup::sweep(&db, now + 25 * 3600)
        .await
        .expect("sweep");
    assert_eq!(later.sessions, 1);
    assert_eq!(later.challenges, 2);
    assert_eq!(later.failures, 1);
    assert_eq!(later.pending_members, 1);
    let (members,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM members")
        .fetch_one(&db)
        .await
        .expect("count");
    assert_eq!(members, 1, "the demo member stays");
    db.close().await;
    server.stop().await;
}

#[tokio::test]
async fn behind_a_tls_proxy_only_the_public_origin_may_change_state() {
    let server = common::start_with(
        true,
        &[
            "--jlc-burst",
            "0",
            "--public-origin",
            "https://jlc.example.id",
        ],
    )
    .await;
    let client = common::client();
    let login = |origin: &'static str| {
        client
            .post(server.url("/api/v1/jlc/login"))
            .header("origin", origin)
            .header("content-type", "application/json")
            .body(json!({"identifier": NUMBER, "password": PASSWORD}).to_string())
            .send()
    };
    let own = login("https://jlc.example.id").await.expect("post");
    assert_eq!(own.status(), StatusCode::OK);
    assert!(own.headers()["strict-transport-security"]
        .to_str()
        .unwrap_or("")
        .contains("max-age="));
    let inner = login(Box::leak(server.base.clone().into_boxed_str()))
        .await
        .expect("post");
    assert_eq!(inner.status(), StatusCode::FORBIDDEN);
    server.stop().await;
}
