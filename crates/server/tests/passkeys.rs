//! Passkeys over real HTTP, with a software authenticator: a signed-in member adds one (the
//! password asked again, a notice mailed), signs in with it alone, renames and removes it (the
//! last one only with the password); a replayed, foreign, removed or unknown passkey is
//! refused, and refusals count against the client. Passkeys need a host name: the tests reach
//! the server as `localhost` (browsers take no IP address as a relying party).

mod common;

use common::authenticator::SoftPasskey;
use common::jlc::PASSWORD;
use common::member::{next_mail, outbox, sign_in};
use common::TestServer;
use reqwest::StatusCode;
use serde_json::{json, Value};

/// The server as a browser on this machine names it.
fn origin(server: &TestServer) -> String {
    server.base.replace("127.0.0.1", "localhost")
}

async fn post(
    server: &TestServer,
    path: &str,
    body: Value,
    cookie: Option<&str>,
) -> (StatusCode, Value, reqwest::header::HeaderMap) {
    common::jlc::post(&common::client(), &origin(server), path, body, cookie).await
}

async fn list(server: &TestServer, cookie: &str) -> Vec<Value> {
    let answer = common::client()
        .get(format!("{}/api/v1/jlc/passkeys", origin(server)))
        .header("cookie", cookie)
        .send()
        .await
        .expect("passkeys");
    assert_eq!(answer.status(), StatusCode::OK);
    let body: Value = answer.json().await.expect("json");
    body["passkeys"].as_array().expect("passkeys").clone()
}

/// Adds a passkey named `name` to the signed-in member's account.
async fn add(server: &TestServer, cookie: &str, name: &str) -> SoftPasskey {
    let (status, started, _) = post(
        server,
        "/api/v1/jlc/passkeys/start",
        json!({"password": PASSWORD}),
        Some(cookie),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{started}");
    let (passkey, credential) = SoftPasskey::create(
        started["options"].as_str().expect("options"),
        &origin(server),
    );
    let body = json!({"ceremony": started["ceremony"], "credential": credential, "name": name});
    let (status, answer, _) = post(server, "/api/v1/jlc/passkeys/finish", body, Some(cookie)).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    passkey
}

/// A sign-in ceremony begun: its token and options.
async fn begin(server: &TestServer) -> (Value, String) {
    let (status, started, _) =
        post(server, "/api/v1/jlc/passkey-login/start", json!({}), None).await;
    assert_eq!(status, StatusCode::OK, "{started}");
    let options = started["options"].as_str().expect("options").to_owned();
    (started["ceremony"].clone(), options)
}

async fn finish(
    server: &TestServer,
    ceremony: &Value,
    credential: &str,
) -> (StatusCode, Value, reqwest::header::HeaderMap) {
    let body = json!({"ceremony": ceremony, "credential": credential});
    post(server, "/api/v1/jlc/passkey-login/finish", body, None).await
}

/// Signs in with `passkey` as the browser on `origin` would; the answer.
async fn sign_in_with(
    server: &TestServer,
    passkey: &mut SoftPasskey,
) -> (StatusCode, Value, reqwest::header::HeaderMap) {
    let (ceremony, options) = begin(server).await;
    let assertion = passkey.sign(&options, &origin(server));
    finish(server, &ceremony, &assertion).await
}

#[tokio::test]
async fn a_member_adds_a_passkey_with_the_password_and_then_signs_in_with_it_alone() {
    let server = common::member::server().await;
    let cookie = sign_in(&server).await;

    // The password is asked again; a wrong one adds nothing.
    let (status, body, _) = post(
        &server,
        "/api/v1/jlc/passkeys/start",
        json!({"password": "not-the-password"}),
        Some(&cookie),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(body["error"], "wrong_password");
    let (status, _, _) = post(
        &server,
        "/api/v1/jlc/passkeys/start",
        json!({"password": PASSWORD}),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "a visitor adds nothing");

    let (status, started, _) = post(
        &server,
        "/api/v1/jlc/passkeys/start",
        json!({"password": PASSWORD}),
        Some(&cookie),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{started}");
    let options: Value =
        serde_json::from_str(started["options"].as_str().expect("text")).expect("json");
    assert_eq!(options["publicKey"]["rp"]["id"], "localhost");
    assert_eq!(
        options["publicKey"]["authenticatorSelection"]["residentKey"],
        "required"
    );
    let user_id = options["publicKey"]["user"]["id"]
        .as_str()
        .expect("user id");
    assert!(
        !user_id.contains("JLC") && options["publicKey"]["user"]["name"] == common::jlc::NUMBER
    );
    let (mut passkey, credential) = SoftPasskey::create(
        started["options"].as_str().expect("options"),
        &origin(&server),
    );

    // A blank name is refused and loses nothing: the same ceremony then takes a good one.
    let body = json!({"ceremony": started["ceremony"], "credential": credential, "name": "  "});
    let (status, refused, _) =
        post(&server, "/api/v1/jlc/passkeys/finish", body, Some(&cookie)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused["error"], "passkey_name_missing");
    let seen = outbox(&server).len();
    let body =
        json!({"ceremony": started["ceremony"], "credential": credential, "name": " Ponsel saya "});
    let (status, added, _) = post(
        &server,
        "/api/v1/jlc/passkeys/finish",
        body.clone(),
        Some(&cookie),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{added}");
    assert_eq!(added["passkeys"][0]["name"], "Ponsel saya");
    assert_eq!(added["passkeys"][0]["last_used"], Value::Null);
    let notice = next_mail(&server, seen).await;
    assert!(
        notice.contains("Passkey \"Ponsel saya\" baru saja ditambahkan"),
        "{notice}"
    );
    assert!(notice.contains("was just added to your JLC account"));
    // The ceremony is used up.
    let (status, _, _) = post(&server, "/api/v1/jlc/passkeys/finish", body, Some(&cookie)).await;
    assert_eq!(status, StatusCode::GONE);

    // Signing in takes the passkey alone: no password, no code mailed.
    let mails = outbox(&server).len();
    let (status, member, headers) = sign_in_with(&server, &mut passkey).await;
    assert_eq!(status, StatusCode::OK, "{member}");
    assert_eq!(member["member"]["jlc_number"], common::jlc::NUMBER);
    let second = common::member::session_cookie(&headers);
    assert!(headers["set-cookie"]
        .to_str()
        .expect("ascii")
        .contains("HttpOnly; Secure; SameSite=Strict"));
    assert_eq!(common::member::me(&server, &second).await, StatusCode::OK);
    assert_eq!(outbox(&server).len(), mails, "no code is sent");
    let listed = list(&server, &second).await;
    assert!(
        listed[0]["last_used"]
            .as_str()
            .is_some_and(|t| t.len() == 16),
        "{listed:?}"
    );

    // Renamed; a name the rule refuses changes nothing.
    let id = listed[0]["id"].clone();
    let (status, body, _) = post(
        &server,
        "/api/v1/jlc/passkeys/rename",
        json!({"id": id, "name": "Laptop kantor"}),
        Some(&second),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["passkeys"][0]["name"], "Laptop kantor");
    let long = "x".repeat(61);
    let (status, body, _) = post(
        &server,
        "/api/v1/jlc/passkeys/rename",
        json!({"id": id, "name": long}),
        Some(&second),
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("passkey_name_too_long")
        )
    );
    assert_eq!(list(&server, &second).await[0]["name"], "Laptop kantor");

    // Of the passkey, the database keeps the public key and the hash of nothing secret; no
    // ceremony is left behind.
    let db = jne_server::db::open(&server.database).await.expect("db");
    let (left,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM passkey_ceremonies")
        .fetch_one(&db)
        .await
        .expect("count");
    assert_eq!(left, 0);
}

#[tokio::test]
async fn a_replayed_a_foreign_and_an_unknown_assertion_are_refused() {
    let server = common::member::server().await;
    let cookie = sign_in(&server).await;
    let mut passkey = add(&server, &cookie, "Ponsel").await;

    let (ceremony, options) = begin(&server).await;
    let assertion = passkey.sign(&options, &origin(&server));
    let (status, _, _) = finish(&server, &ceremony, &assertion).await;
    assert_eq!(status, StatusCode::OK);
    // The same answer again: its ceremony is over.
    let (status, body, _) = finish(&server, &ceremony, &assertion).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::GONE, Some("challenge_ended"))
    );
    // The same answer to a new ceremony: it signed another challenge.
    let (fresh, _) = begin(&server).await;
    let (status, body, _) = finish(&server, &fresh, &assertion).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("invalid_credentials")),
        "{body}"
    );
    assert!(body["tries_left"].as_u64().is_some());

    // Signed for a page of another origin (a phishing site relaying the challenge).
    let (ceremony, options) = begin(&server).await;
    let port = server.base.rsplit(':').next().expect("port");
    let foreign = passkey.sign(&options, &format!("http://jne-co-id.example:{port}"));
    let (status, body, _) = finish(&server, &ceremony, &foreign).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("invalid_credentials"))
    );
    let (ceremony, options) = begin(&server).await;
    let other_port = passkey.sign(&options, "http://localhost:1");
    let (status, _, _) = finish(&server, &ceremony, &other_port).await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "another port is another origin"
    );

    // A passkey this site never registered answers like any refusal: no account named.
    let (ceremony, options) = begin(&server).await;
    let (mut stranger, _) = SoftPasskey::create(
        &json!({"publicKey": {"rp": {"id": "localhost"}, "user": {"id": "AAAAAAAAAAAAAAAAAAAAAA"}, "challenge": "AA"}}).to_string(),
        &origin(&server),
    );
    let unknown = stranger.sign(&options, &origin(&server));
    let (status, body, _) = finish(&server, &ceremony, &unknown).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("invalid_credentials"))
    );
    // Five refusals from this client (the replay to an ended ceremony too): the next answer
    // waits, even a right one.
    let (status, body, headers) = sign_in_with(&server, &mut passkey).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    assert!(headers.contains_key("retry-after"));
    common::member::advance_clock(&server, 16 * 60);
    let (status, _, _) = sign_in_with(&server, &mut passkey).await;
    assert_eq!(status, StatusCode::OK, "the window passed");
}

#[tokio::test]
async fn a_removed_passkey_no_longer_signs_in_and_the_last_goes_only_with_the_password() {
    let server = common::member::server().await;
    let cookie = sign_in(&server).await;
    let mut phone = add(&server, &cookie, "Ponsel").await;
    let mut laptop = add(&server, &cookie, "Laptop").await;
    let listed = list(&server, &cookie).await;
    assert_eq!(listed.len(), 2);
    assert_eq!(
        phone.user_handle, laptop.user_handle,
        "one user handle for the account"
    );

    // One of two goes without the password; the address is told.
    let seen = outbox(&server).len();
    let (status, body, _) = post(
        &server,
        "/api/v1/jlc/passkeys/remove",
        json!({"id": listed[0]["id"]}),
        Some(&cookie),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["passkeys"].as_array().map(Vec::len), Some(1));
    let notice = next_mail(&server, seen).await;
    assert!(
        notice.contains("Passkey \"Ponsel\" baru saja dihapus"),
        "{notice}"
    );
    assert!(notice.contains("was just removed from your JLC account"));
    let (status, body, _) = sign_in_with(&server, &mut phone).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("invalid_credentials"))
    );

    // The last one: not without the password, nor with a wrong one.
    let last = listed[1]["id"].clone();
    for body in [
        json!({"id": last}),
        json!({"id": last, "password": "salah-sekali-2026"}),
    ] {
        let (status, answer, _) =
            post(&server, "/api/v1/jlc/passkeys/remove", body, Some(&cookie)).await;
        assert_eq!(
            (status, answer["error"].as_str()),
            (StatusCode::UNAUTHORIZED, Some("wrong_password"))
        );
    }
    assert_eq!(list(&server, &cookie).await.len(), 1);
    let (status, _, _) = sign_in_with(&server, &mut laptop).await;
    assert_eq!(status, StatusCode::OK, "still there");
    let (status, body, _) = post(
        &server,
        "/api/v1/jlc/passkeys/remove",
        json!({"id": last, "password": PASSWORD}),
        Some(&cookie),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["passkeys"], json!([]));
    let (status, _, _) = sign_in_with(&server, &mut laptop).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // Someone else's (or a gone) id removes nothing and is no error.
    let (status, _, _) = post(
        &server,
        "/api/v1/jlc/passkeys/remove",
        json!({"id": "999"}),
        Some(&cookie),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn passkeys_need_a_host_name_and_come_only_from_this_site() {
    let server = common::member::server().await;
    let cookie = sign_in(&server).await;
    // Reached by an IP address, there is no relying party to be.
    let (status, body, _) = common::member::post(
        &server,
        "/api/v1/jlc/passkeys/start",
        json!({"password": PASSWORD}),
        Some(&cookie),
    )
    .await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::SERVICE_UNAVAILABLE, Some("unavailable"))
    );
    // A page of another origin starts nothing.
    let answer = common::client()
        .post(format!(
            "{}/api/v1/jlc/passkey-login/start",
            origin(&server)
        ))
        .header("origin", "http://evil.example")
        .header("content-type", "application/json")
        .body("{}")
        .send()
        .await
        .expect("request");
    assert_eq!(answer.status(), StatusCode::FORBIDDEN);
    // What is not a WebAuthn answer is a refused passkey.
    let (ceremony, _) = begin(&server).await;
    let (status, body, _) = finish(&server, &ceremony, "{\"not\": \"a credential\"}").await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("invalid_credentials"))
    );
}
