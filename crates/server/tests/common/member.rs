//! Sign-in helpers on a [`TestServer`] with the demo member, a test clock and no per-client
//! limit: what the JLC rule tests share.

use reqwest::StatusCode;
use serde_json::{json, Value};

use super::jlc::{NUMBER, PASSWORD};
use super::{client, start_with, TestServer};

pub async fn server() -> TestServer {
    start_with(true, &["--test-clock", "--jlc-burst", "0"]).await
}

/// A same-origin JSON POST, as the app sends it; the answer's status, body and headers.
pub async fn post(
    server: &TestServer,
    path: &str,
    body: Value,
    cookie: Option<&str>,
) -> (StatusCode, Value, reqwest::header::HeaderMap) {
    super::jlc::post(&client(), &server.base, path, body, cookie).await
}

pub async fn me(server: &TestServer, cookie: &str) -> StatusCode {
    super::jlc::me(&client(), &server.base, cookie).await
}

/// The code in the newest message of the outbox.
pub fn newest_code(server: &TestServer) -> String {
    super::jlc::newest_code(&server.data)
}

pub fn advance_clock(server: &TestServer, seconds: i64) {
    std::fs::write(server.data.join("test-clock-offset"), seconds.to_string()).expect("clock");
}

pub async fn login(server: &TestServer, identifier: &str) -> String {
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
pub async fn sign_in(server: &TestServer) -> String {
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

/// Every message in the outbox so far, oldest first.
pub fn outbox(server: &TestServer) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(server.data.join("outbox")) else {
        return Vec::new();
    };
    let mut names: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    names.sort();
    names
        .iter()
        .map(|path| std::fs::read_to_string(path).expect("read message"))
        .collect()
}

/// The newest message once there are more than `seen`; some messages go out on their own
/// task, a moment after the answer.
pub async fn next_mail(server: &TestServer, seen: usize) -> String {
    for _ in 0..100 {
        let messages = outbox(server);
        if messages.len() > seen {
            return messages.last().cloned().unwrap_or_default();
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("no new message after {seen}");
}

/// The six-digit code in a message (the first line that ends in one).
pub fn code_of(message: &str) -> String {
    message
        .lines()
        .find_map(|line| {
            let code = line.trim_end().rsplit(' ').next()?;
            (code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit())).then(|| code.to_owned())
        })
        .expect("a code in the message")
}

/// The session cookie a successful verify set, as `name=value`.
pub fn session_cookie(headers: &reqwest::header::HeaderMap) -> String {
    let set_cookie = headers["set-cookie"].to_str().expect("ascii");
    set_cookie.split(';').next().expect("pair").to_owned()
}

/// Asks for a password reset of `email` (a member's): the challenge and the code mailed for it.
pub async fn reset_code(server: &TestServer, email: &str) -> (Value, String) {
    let seen = outbox(server).len();
    let body = json!({ "email": email });
    let (status, sent, _) = post(server, "/api/v1/jlc/reset", body, None).await;
    assert_eq!(status, StatusCode::OK, "{sent}");
    (sent, code_of(&next_mail(server, seen).await))
}
