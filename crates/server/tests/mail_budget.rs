//! Nobody can flood a mailbox through us, nor keep its owner from signing up: every message to
//! an address that no password stands behind (sign-up, reset, change of address, resends,
//! "already registered") draws on one budget of 3 per 15 minutes, and a sign-up never cancels
//! another one waiting for the same address.

mod common;

use common::member::{advance_clock, code_of, next_mail, outbox, post, server, sign_in};
use reqwest::StatusCode;
use serde_json::{json, Value};

const ADDRESS: &str = "dewi.lestari@example.id";
const DEMO_EMAIL: &str = "budi.santoso@example.co.id";

fn sign_up_body(email: &str, password: &str) -> Value {
    json!({"name": "Dewi Lestari", "email": email, "mobile": "0813-5555-6666", "password": password})
}

async fn sign_up(server: &common::TestServer, email: &str, password: &str) -> (StatusCode, Value) {
    let (status, body, _) = post(
        server,
        "/api/v1/jlc/signup",
        sign_up_body(email, password),
        None,
    )
    .await;
    (status, body)
}

fn messages_to(server: &common::TestServer, address: &str) -> usize {
    outbox(server)
        .iter()
        .filter(|m| m.contains(&format!("To: {address}")))
        .count()
}

#[tokio::test]
async fn repeated_sign_ups_to_one_address_send_three_messages_then_wait() {
    let server = server().await;
    for n in 0..3 {
        let (status, body) = sign_up(&server, ADDRESS, "hujan turun di Bogor sore").await;
        assert_eq!(status, StatusCode::OK, "sign-up {n}: {body}");
        next_mail(&server, n).await;
    }
    for _ in 0..5 {
        let (status, body) = sign_up(&server, ADDRESS, "hujan turun di Bogor sore").await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
        assert_eq!(body["error"], "throttled");
        let wait = body["retry_after"].as_u64().expect("retry_after");
        assert!((1..=900).contains(&wait), "{wait}");
    }
    // The address in other case is the same mailbox.
    let (status, _) = sign_up(
        &server,
        &ADDRESS.to_uppercase(),
        "hujan turun di Bogor sore",
    )
    .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(messages_to(&server, ADDRESS), 3);

    // The budget comes back as the window passes.
    advance_clock(&server, 901);
    let (status, body) = sign_up(&server, ADDRESS, "hujan turun di Bogor sore").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    server.stop().await;
}

#[tokio::test]
async fn resends_resets_and_notices_draw_on_the_same_budget() {
    let server = server().await;
    let (status, sent) = sign_up(&server, ADDRESS, "hujan turun di Bogor sore").await;
    assert_eq!(status, StatusCode::OK);
    advance_clock(&server, 61);
    let resend = json!({"challenge": sent["challenge"]});
    let (status, body, _) = post(&server, "/api/v1/jlc/resend", resend.clone(), None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // A reset for the same address (no member's: a decoy, never sent) counts all the same,
    // or the answer would tell that the address is no member's.
    let reset = json!({"email": ADDRESS});
    let (status, body, _) = post(&server, "/api/v1/jlc/reset", reset.clone(), None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    advance_clock(&server, 122);
    let (status, body, _) = post(&server, "/api/v1/jlc/resend", resend, None).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert_eq!(body["error"], "throttled");
    let (status, _, _) = post(&server, "/api/v1/jlc/reset", reset, None).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);

    // "Already registered" notices to a member's address are counted too.
    for _ in 0..3 {
        let (status, _) = sign_up(&server, DEMO_EMAIL, "hujan turun di Bogor sore").await;
        assert_eq!(status, StatusCode::OK);
    }
    let (status, _) = sign_up(&server, DEMO_EMAIL, "hujan turun di Bogor sore").await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    // The member's own sign-in is not held back by it.
    sign_in(&server).await;
    server.stop().await;
}

#[tokio::test]
async fn a_later_sign_up_to_the_same_address_cancels_nothing() {
    let server = server().await;
    let first_password = "hujan turun di Bogor sore";
    let (status, first) = sign_up(&server, ADDRESS, first_password).await;
    assert_eq!(status, StatusCode::OK);
    let first_code = code_of(&next_mail(&server, 0).await);
    // Someone else signs up with the owner's address before the owner types the code.
    let (status, second) = sign_up(&server, ADDRESS, "kopi tubruk pahit sekali").await;
    assert_eq!(status, StatusCode::OK);
    let second_code = code_of(&next_mail(&server, 1).await);

    let verify = json!({"challenge": first["challenge"], "code": first_code});
    let (status, member, _) = post(&server, "/api/v1/jlc/verify", verify, None).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "the first sign-up still works: {member}"
    );
    assert_eq!(member["member"]["name"], "Dewi Lestari");
    // The address is a member's now: the other sign-up ends, and its password opens nothing.
    let verify = json!({"challenge": second["challenge"], "code": second_code});
    let (status, body, _) = post(&server, "/api/v1/jlc/verify", verify, None).await;
    assert_eq!(status, StatusCode::GONE, "{body}");
    for (password, want) in [
        (first_password, StatusCode::OK),
        ("kopi tubruk pahit sekali", StatusCode::UNAUTHORIZED),
    ] {
        let login = json!({"identifier": ADDRESS, "password": password});
        let (status, body, _) = post(&server, "/api/v1/jlc/login", login, None).await;
        assert_eq!(status, want, "{body}");
    }
    server.stop().await;
}
