//! The account around sign-in, over real HTTP with the real mail outbox: sign-up confirmed by
//! a code, a forgotten password that ends every session, a change of address confirmed at the
//! new one and told to the old one; none of them tells who is a member.

mod common;

use common::jlc::{NUMBER, PASSWORD};
use common::member::{
    code_of, login, me, next_mail, outbox, post, reset_code, server, session_cookie, sign_in,
};
use reqwest::StatusCode;
use serde_json::{json, Value};

const DEMO_EMAIL: &str = "budi.santoso@example.co.id";
const NEW_PASSWORD: &str = "naik ojek ke Bandung pagi";

fn sign_up_body(email: &str, password: &str) -> Value {
    json!({"name": " Siti Rahayu ", "email": email, "mobile": "+62 813-1111-2222", "password": password})
}

/// The keys and values a challenge answer shows, without the token (it always differs) and
/// the masked address (the two sides are asked for different addresses).
fn shape(answer: &Value) -> Value {
    let mut answer = answer.clone();
    answer["challenge"] = Value::Null;
    answer["email_hint"] = Value::Null;
    answer
}

#[tokio::test]
async fn a_sign_up_is_active_only_after_the_code_sent_to_its_address() {
    let server = server().await;
    let email = "siti.rahayu@example.id";
    let (status, sent, _) = post(
        &server,
        "/api/v1/jlc/signup",
        sign_up_body(email, NEW_PASSWORD),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{sent}");
    assert_eq!(sent["email_hint"], "s***@example.id");
    let message = next_mail(&server, 0).await;
    assert!(message.contains("To: siti.rahayu@example.id"), "{message}");
    assert!(message.contains("pendaftaran"));

    // Not active yet: its password signs nobody in.
    let login_body = json!({"identifier": email, "password": NEW_PASSWORD});
    let (status, body, _) = post(&server, "/api/v1/jlc/login", login_body.clone(), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    assert_eq!(body["error"], "invalid_credentials");

    let code = code_of(&message);
    let verify = json!({"challenge": sent["challenge"], "code": code});
    let (status, member, headers) = post(&server, "/api/v1/jlc/verify", verify.clone(), None).await;
    assert_eq!(status, StatusCode::OK, "{member}");
    assert_eq!(member["member"]["name"], "Siti Rahayu");
    assert_eq!(member["member"]["mobile_masked"], "0813****2222");
    let number = member["member"]["jlc_number"].as_str().expect("number");
    assert!(number.starts_with("JLC") && number.len() == 13, "{number}");
    assert_eq!(me(&server, &session_cookie(&headers)).await, StatusCode::OK);
    let (status, _, _) = post(&server, "/api/v1/jlc/verify", verify, None).await;
    assert_eq!(status, StatusCode::GONE, "the code works once");

    // Active now: the password leads to layer two like any member's.
    let (status, body, _) = post(&server, "/api/v1/jlc/login", login_body, None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    server.stop().await;
}

#[tokio::test]
async fn sign_up_refuses_each_broken_rule_with_its_own_code() {
    let server = server().await;
    let cases = [
        (
            json!({"name": "", "email": "a@contoh.id", "mobile": "081311112222", "password": NEW_PASSWORD}),
            "name_missing",
        ),
        (
            json!({"name": "Budi\u{202E}", "email": "a@contoh.id", "mobile": "081311112222", "password": NEW_PASSWORD}),
            "name_hidden_characters",
        ),
        (
            json!({"name": "Siti", "email": "a@contoh", "mobile": "081311112222", "password": NEW_PASSWORD}),
            "domain_one_label",
        ),
        (
            json!({"name": "Siti", "email": "a@contoh.id", "mobile": "021555777", "password": NEW_PASSWORD}),
            "mobile_invalid",
        ),
        (
            json!({"name": "Siti", "email": "a@contoh.id", "mobile": "081311112222", "password": "sebelas1234"}),
            "password_too_short",
        ),
        (
            json!({"name": "Siti", "email": "a@contoh.id", "mobile": "081311112222", "password": "x".repeat(129)}),
            "password_too_long",
        ),
        (
            json!({"name": "Siti", "email": "a@contoh.id", "mobile": "081311112222", "password": "Password2026!"}),
            "password_common",
        ),
        (
            json!({"name": "Siti", "email": "a@contoh.id", "mobile": "081311112222", "password": "a@contoh.id1"}),
            "password_common",
        ),
    ];
    for (body, code) in cases {
        let (status, answer, _) = post(&server, "/api/v1/jlc/signup", body, None).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
        assert_eq!(answer["error"], code, "{answer}");
        assert!(!answer["message"].as_str().unwrap_or("").is_empty());
    }
    assert!(
        outbox(&server).is_empty(),
        "nothing was sent for a refused sign-up"
    );
    server.stop().await;
}

#[tokio::test]
async fn signing_up_with_a_members_address_looks_the_same_and_tells_the_owner() {
    let server = server().await;
    let (status, fresh, _) = post(
        &server,
        "/api/v1/jlc/signup",
        sign_up_body("budi.santoso@example.co.ie", NEW_PASSWORD),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let seen = outbox_len_after(&server, 1).await;
    let (status, taken, _) = post(
        &server,
        "/api/v1/jlc/signup",
        sign_up_body(DEMO_EMAIL, NEW_PASSWORD),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{taken}");
    assert_eq!(shape(&taken), shape(&fresh));
    assert_eq!(taken["email_hint"], "b***@example.co.id");
    let notice = next_mail(&server, seen).await;
    assert!(notice.contains("sudah terdaftar"), "{notice}");
    let body = notice.split_once("\r\n\r\n").map_or("", |(_, body)| body);
    assert!(body.contains("\"Lupa kata"), "{body}");
    assert!(
        !body
            .split(|c: char| !c.is_ascii_digit())
            .any(|run| run.len() == 6),
        "no code in the notice"
    );
    // The decoy takes codes like a real challenge and opens nothing.
    let verify = json!({"challenge": taken["challenge"], "code": "123456"});
    let (status, body, _) = post(&server, "/api/v1/jlc/verify", verify, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["error"], "invalid_code");
    // And the member's own password still works.
    login(&server, NUMBER).await;
    server.stop().await;
}

async fn outbox_len_after(server: &common::TestServer, at_least: usize) -> usize {
    next_mail(server, at_least - 1).await;
    outbox(server).len()
}

#[tokio::test]
async fn a_reset_password_ends_every_session_and_the_old_password() {
    let server = server().await;
    let first = sign_in(&server).await;
    let second = sign_in(&server).await;
    let (sent, code) = reset_code(&server, DEMO_EMAIL).await;

    // A refused password costs no try and keeps the code usable.
    let weak = json!({"challenge": sent["challenge"], "code": code, "password": "123456789012"});
    let (status, body, _) = post(&server, "/api/v1/jlc/reset/complete", weak, None).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["error"], "password_common");
    let wrong = json!({"challenge": sent["challenge"], "code": "000000", "password": NEW_PASSWORD});
    let (status, body, _) = post(&server, "/api/v1/jlc/reset/complete", wrong, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["tries_left"], 4);

    let seen = outbox(&server).len();
    let right = json!({"challenge": sent["challenge"], "code": code, "password": NEW_PASSWORD});
    let (status, body, _) = post(&server, "/api/v1/jlc/reset/complete", right.clone(), None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(me(&server, &first).await, StatusCode::UNAUTHORIZED);
    assert_eq!(me(&server, &second).await, StatusCode::UNAUTHORIZED);
    let notice = next_mail(&server, seen).await;
    assert!(
        notice.contains("Kata sandi akun JLC Anda baru saja diganti"),
        "{notice}"
    );
    let (status, _, _) = post(&server, "/api/v1/jlc/reset/complete", right, None).await;
    assert_eq!(status, StatusCode::GONE, "the code works once");

    let old = json!({"identifier": NUMBER, "password": PASSWORD});
    let (status, _, _) = post(&server, "/api/v1/jlc/login", old, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let new = json!({"identifier": NUMBER, "password": NEW_PASSWORD});
    let (status, _, _) = post(&server, "/api/v1/jlc/login", new, None).await;
    assert_eq!(status, StatusCode::OK);
    server.stop().await;
}

#[tokio::test]
async fn a_reset_for_an_unknown_address_answers_alike_and_sends_nothing() {
    let server = server().await;
    let (_, known, _) = post(
        &server,
        "/api/v1/jlc/reset",
        json!({"email": DEMO_EMAIL}),
        None,
    )
    .await;
    next_mail(&server, 0).await;
    let (status, unknown, _) = post(
        &server,
        "/api/v1/jlc/reset",
        json!({"email": "bukan.anggota@example.co.id"}),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(shape(&unknown), shape(&known));
    assert_eq!(unknown["email_hint"], "b***@example.co.id");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(outbox(&server).len(), 1, "only the member got a message");
    let complete =
        json!({"challenge": unknown["challenge"], "code": "123456", "password": NEW_PASSWORD});
    let (status, body, _) = post(&server, "/api/v1/jlc/reset/complete", complete, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["error"], "invalid_code");
    server.stop().await;
}

#[tokio::test]
async fn no_address_gets_more_than_three_codes_in_a_quarter_hour() {
    let server = server().await;
    for _ in 0..3 {
        let (status, _, _) = post(
            &server,
            "/api/v1/jlc/reset",
            json!({"email": DEMO_EMAIL}),
            None,
        )
        .await;
        assert_eq!(status, StatusCode::OK);
    }
    let (status, body, headers) = post(
        &server,
        "/api/v1/jlc/reset",
        json!({"email": DEMO_EMAIL}),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert!(headers.contains_key("retry-after"));
    server.stop().await;
}

#[tokio::test]
async fn a_new_address_needs_the_password_and_its_code_and_the_old_one_is_told() {
    let server = server().await;
    let cookie = sign_in(&server).await;
    let new_email = "budi.baru@example.id";
    let wrong = json!({"password": "bukan-sandinya", "email": new_email});
    let (status, body, _) = post(&server, "/api/v1/jlc/email", wrong, Some(&cookie)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["error"], "wrong_password");
    let (status, _, _) = post(
        &server,
        "/api/v1/jlc/email",
        json!({"password": PASSWORD, "email": new_email}),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "signed in only");
    let same = json!({"password": PASSWORD, "email": DEMO_EMAIL.to_uppercase()});
    let (status, body, _) = post(&server, "/api/v1/jlc/email", same, Some(&cookie)).await;
    assert_eq!(
        (status, body["error"].clone()),
        (StatusCode::UNPROCESSABLE_ENTITY, json!("email_same"))
    );

    let seen = outbox(&server).len();
    let ask = json!({"password": PASSWORD, "email": new_email});
    let (status, sent, _) = post(&server, "/api/v1/jlc/email", ask, Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK, "{sent}");
    assert_eq!(sent["email_hint"], "b***@example.id");
    let message = next_mail(&server, seen).await;
    assert!(message.contains("To: budi.baru@example.id"), "{message}");
    let verify = json!({"challenge": sent["challenge"], "code": code_of(&message)});
    // Not from a visitor without the member's session.
    let (status, _, _) = post(&server, "/api/v1/jlc/email/verify", verify.clone(), None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let seen = outbox(&server).len();
    let (status, member, _) =
        post(&server, "/api/v1/jlc/email/verify", verify, Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK, "{member}");
    assert_eq!(member["member"]["email_masked"], "b***@example.id");
    let notice = next_mail(&server, seen).await;
    assert!(notice.contains(&format!("To: {DEMO_EMAIL}")), "{notice}");
    assert!(notice.contains("b***@example.id"));

    login(&server, new_email).await;
    let old = json!({"identifier": DEMO_EMAIL, "password": PASSWORD});
    let (status, _, _) = post(&server, "/api/v1/jlc/login", old, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    server.stop().await;
}

#[tokio::test]
async fn moving_to_another_members_address_looks_the_same_and_opens_nothing() {
    let server = server().await;
    // A second member, signed up and confirmed.
    let other = "siti.rahayu@example.id";
    let (_, sent, _) = post(
        &server,
        "/api/v1/jlc/signup",
        sign_up_body(other, NEW_PASSWORD),
        None,
    )
    .await;
    let verify =
        json!({"challenge": sent["challenge"], "code": code_of(&next_mail(&server, 0).await)});
    let (status, _, _) = post(&server, "/api/v1/jlc/verify", verify, None).await;
    assert_eq!(status, StatusCode::OK);

    let cookie = sign_in(&server).await;
    let before = outbox(&server).len();
    let free = json!({"password": PASSWORD, "email": "budi.baru@example.id"});
    let (_, fresh, _) = post(&server, "/api/v1/jlc/email", free, Some(&cookie)).await;
    let seen = outbox_len_after(&server, before + 1).await;
    let taken = json!({"password": PASSWORD, "email": other});
    let (status, decoy, _) = post(&server, "/api/v1/jlc/email", taken, Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK, "{decoy}");
    assert_eq!(shape(&decoy), shape(&fresh));
    let notice = next_mail(&server, seen).await;
    assert!(
        notice.contains(&format!("To: {other}")) && notice.contains("sudah terdaftar"),
        "{notice}"
    );
    let guess = json!({"challenge": decoy["challenge"], "code": "123456"});
    let (status, body, _) = post(&server, "/api/v1/jlc/email/verify", guess, Some(&cookie)).await;
    assert_eq!(
        (status, body["error"].clone()),
        (StatusCode::UNAUTHORIZED, json!("invalid_code"))
    );
    let me: Value = common::client()
        .get(server.url("/api/v1/jlc/me"))
        .header("cookie", &cookie)
        .send()
        .await
        .expect("me")
        .json()
        .await
        .expect("json");
    assert_eq!(
        me["member"]["email_masked"], "b***@example.co.id",
        "the address did not move"
    );
    server.stop().await;
}
