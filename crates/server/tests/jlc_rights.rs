//! A member's rights over their data, over real HTTP: a copy of everything held, name and
//! mobile corrected, consents given and withdrawn with proof, the account closed; each
//! request recorded. (Retention, the end of it all: `jlc_retention.rs`.)

mod common;

use common::jlc::{NUMBER, PASSWORD};
use common::member::{code_of, next_mail, outbox, post, server, sign_in};
use common::TestServer;
use reqwest::StatusCode;
use serde_json::{json, Value};

const DEMO_EMAIL: &str = "budi.santoso@example.co.id";

async fn member(server: &TestServer, cookie: &str) -> Value {
    let answer = common::client()
        .get(server.url("/api/v1/jlc/me"))
        .header("cookie", cookie)
        .send()
        .await
        .expect("me");
    assert_eq!(answer.status(), StatusCode::OK);
    answer.json::<Value>().await.expect("json")["member"].clone()
}

fn kinds(member: &Value) -> Vec<String> {
    member["requests"]
        .as_array()
        .expect("requests")
        .iter()
        .map(|r| {
            assert!(r["done"].is_string(), "done at once: {r}");
            r["kind"].as_str().expect("kind").to_owned()
        })
        .collect()
}

#[tokio::test]
async fn a_member_downloads_a_copy_of_everything_held_as_json() {
    let server = server().await;
    let cookie = sign_in(&server).await;
    let body = json!({"purpose": "news_email", "given": true});
    let (status, _, _) = post(&server, "/api/v1/jlc/me/consents", body, Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK);

    let answer = common::client()
        .get(server.url("/api/v1/jlc/me/export"))
        .header("cookie", &cookie)
        .send()
        .await
        .expect("export");
    assert_eq!(answer.status(), StatusCode::OK);
    let disposition = answer.headers()["content-disposition"]
        .to_str()
        .expect("ascii");
    assert!(
        disposition.starts_with("attachment; filename=\"jlc-data-"),
        "{disposition}"
    );
    assert_eq!(answer.headers()["cache-control"], "no-store");
    let copy: Value = answer.json().await.expect("json");
    assert_eq!(copy["format"], "jne-jlc-export/1");
    assert_eq!(copy["profile"]["jlc_number"], NUMBER);
    assert_eq!(copy["profile"]["email"], DEMO_EMAIL, "the address in full");
    assert!(copy["profile"]["mobile"]
        .as_str()
        .is_some_and(|m| m.len() >= 10));
    assert!(copy["profile"].get("password_hash").is_none());
    assert!(!copy.to_string().contains("$argon2"), "never the hash");
    assert_eq!(copy["sessions"].as_array().map(Vec::len), Some(1));
    assert!(copy["sessions"][0]["device"].is_string());
    assert_eq!(copy["consents"][0]["purpose"], "news_email");
    assert_eq!(copy["consents"][0]["given"], true);
    assert!(copy["shipments"].as_array().is_some_and(|s| !s.is_empty()));
    assert_eq!(copy["requests"][0]["kind"], "copy", "the copy lists itself");
    assert_eq!(kinds(&member(&server, &cookie).await), ["copy", "consent"]);

    let signed_out = common::client()
        .get(server.url("/api/v1/jlc/me/export"))
        .send()
        .await
        .expect("export");
    assert_eq!(signed_out.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn name_and_mobile_are_corrected_with_the_password_and_the_address_is_told() {
    let server = server().await;
    let cookie = sign_in(&server).await;
    let before = member(&server, &cookie).await;
    let path = "/api/v1/jlc/me/profile";

    let wrong = json!({"password": "not-it", "name": "Budi S.", "mobile": "0812 1111 2222"});
    let (status, body, _) = post(&server, path, wrong, Some(&cookie)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["error"], "wrong_password");

    for (name, mobile, code) in [
        ("Budi S.", "12345", "mobile_invalid"),
        ("   ", "0812 1111 2222", "name_missing"),
    ] {
        let body = json!({"password": PASSWORD, "name": name, "mobile": mobile});
        let (status, answer, _) = post(&server, path, body, Some(&cookie)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
        assert_eq!(answer["error"], code);
    }
    assert_eq!(member(&server, &cookie).await["name"], before["name"]);

    let seen = outbox(&server).len();
    let good = json!({"password": PASSWORD, "name": "Budi Santosa", "mobile": "0812 1111 2222"});
    let (status, answer, _) = post(&server, path, good, Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(answer["member"]["name"], "Budi Santosa");
    assert_eq!(answer["member"]["mobile_masked"], "0812****2222");
    let notice = next_mail(&server, seen).await;
    assert!(notice.contains(&format!("To: {DEMO_EMAIL}")), "{notice}");
    assert!(notice.contains("diperbarui") && notice.contains("corrected"));
    assert_eq!(kinds(&answer["member"]), ["correction"]);
}

#[tokio::test]
async fn a_consent_is_given_and_withdrawn_in_one_click_each_with_proof() {
    let server = server().await;
    let cookie = sign_in(&server).await;
    let path = "/api/v1/jlc/me/consents";
    assert_eq!(
        member(&server, &cookie).await["consents"],
        json!([]),
        "opt-in"
    );

    let give = json!({"purpose": "news_email", "given": true});
    let (status, given, _) = post(&server, path, give, Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK);
    let withdraw = json!({"purpose": "news_email", "given": false});
    let (status, withdrawn, _) = post(&server, path, withdraw, Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK);

    let records = withdrawn["member"]["consents"].as_array().expect("records");
    assert_eq!(records.len(), 2, "both kept: {records:?}");
    assert_eq!(records[0]["given"], true);
    assert_eq!(records[1]["given"], false, "the last one is in force");
    let versions: Value = reqwest::get(server.url("/api/v1/policy/versions"))
        .await
        .expect("versions")
        .json()
        .await
        .expect("json");
    for record in records {
        assert_eq!(record["policy_version"], versions["current"], "{record}");
        assert!(record["at"].as_str().is_some_and(|t| t.len() == 16));
    }
    assert_eq!(given["member"]["consents"][0], records[0]);
    assert_eq!(kinds(&withdrawn["member"]), ["consent", "consent"]);

    for (body, status) in [
        (
            json!({"purpose": "calls", "given": true}),
            StatusCode::BAD_REQUEST,
        ),
        (json!({"purpose": "news_email"}), StatusCode::BAD_REQUEST),
    ] {
        let (got, answer, _) = post(&server, path, body, Some(&cookie)).await;
        assert_eq!(got, status, "{answer}");
    }
    let (status, _, _) = post(
        &server,
        path,
        json!({"purpose": "news_email", "given": true}),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let cross_site = common::client()
        .post(server.url(path))
        .header("origin", "https://elsewhere.example")
        .header("content-type", "application/json")
        .header("cookie", &cookie)
        .body(r#"{"purpose":"news_email","given":true}"#)
        .send()
        .await
        .expect("post");
    assert_eq!(cross_site.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        member(&server, &cookie).await["consents"]
            .as_array()
            .map(Vec::len),
        Some(2)
    );
}

#[tokio::test]
async fn a_closed_account_ends_every_session_and_answers_sign_in_reset_and_sign_up_clearly() {
    let server = server().await;
    let cookie = sign_in(&server).await;
    let other = sign_in(&server).await;

    let (status, body, _) = post(
        &server,
        "/api/v1/jlc/me/close",
        json!({"password": "not-it"}),
        Some(&cookie),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["error"], "wrong_password");

    let seen = outbox(&server).len();
    let (status, sent, _) = post(
        &server,
        "/api/v1/jlc/me/close",
        json!({"password": PASSWORD}),
        Some(&cookie),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{sent}");
    let message = next_mail(&server, seen).await;
    assert!(message.contains(&format!("To: {DEMO_EMAIL}")));
    assert!(message.contains("menutup akun"), "{message}");
    let code = code_of(&message);
    let confirm = "/api/v1/jlc/me/close/confirm";
    let wrong = json!({"challenge": sent["challenge"], "code": "000000"});
    let (status, _, _) = post(&server, confirm, wrong, Some(&cookie)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // Only the member who asked can answer it.
    let right = json!({"challenge": sent["challenge"], "code": code});
    let seen = outbox(&server).len();
    let (status, closed, headers) = post(&server, confirm, right, Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK, "{closed}");
    let anonymised_on = closed["anonymised_on"].as_str().expect("date").to_owned();
    assert_eq!(anonymised_on.len(), 10);
    assert!(headers["set-cookie"]
        .to_str()
        .expect("ascii")
        .contains("Max-Age=0"));
    let notice = next_mail(&server, seen).await;
    assert!(notice.contains("ditutup") && notice.contains("4e") && notice.contains(&anonymised_on));

    for session in [&cookie, &other] {
        assert_eq!(
            common::member::me(&server, session).await,
            StatusCode::UNAUTHORIZED
        );
    }
    let body = json!({"identifier": NUMBER, "password": PASSWORD});
    let (status, answer, _) = post(&server, "/api/v1/jlc/login", body, None).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{answer}");
    assert_eq!(answer["error"], "account_closed");
    let body = json!({"identifier": DEMO_EMAIL, "password": "not-it"});
    let (status, answer, _) = post(&server, "/api/v1/jlc/login", body, None).await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "a wrong password learns nothing"
    );
    assert_eq!(answer["error"], "invalid_credentials");

    // A reset and a sign-up answer as for anyone; the address hears why nothing else came.
    for (path, body) in [
        ("/api/v1/jlc/reset", json!({"email": DEMO_EMAIL})),
        (
            "/api/v1/jlc/signup",
            json!({"name": "Budi Baru", "email": DEMO_EMAIL, "mobile": "081298765432",
                   "password": "kata-sandi-baru-yang-panjang-2026"}),
        ),
    ] {
        let seen = outbox(&server).len();
        let (status, answer, _) = post(&server, path, body, None).await;
        assert_eq!(status, StatusCode::OK, "{path}: {answer}");
        assert!(answer["challenge"].is_string());
        let mail = next_mail(&server, seen).await;
        assert!(
            mail.contains("sudah ditutup") && mail.contains(&anonymised_on),
            "{mail}"
        );
        assert!(
            !mail.contains("Kode"),
            "no code for a closed account: {mail}"
        );
    }
}
