//! JLC sign-in as the app does it: same-origin JSON POSTs, the code read from the outbox.

use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde_json::{json, Value};

pub const NUMBER: &str = "JLC0012345678";
pub const PASSWORD: &str = "paket-aman-2026";

/// A same-origin JSON POST to `base` + `path`; the answer's status, body and headers.
pub async fn post(
    client: &reqwest::Client,
    base: &str,
    path: &str,
    body: Value,
    cookie: Option<&str>,
) -> (StatusCode, Value, HeaderMap) {
    let mut request = client
        .post(format!("{base}{path}"))
        .header("origin", base)
        .header("content-type", "application/json")
        .body(body.to_string());
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    let answer = request.send().await.expect("request");
    let (status, headers) = (answer.status(), answer.headers().clone());
    (status, answer.json().await.unwrap_or(Value::Null), headers)
}

pub async fn me(client: &reqwest::Client, base: &str, cookie: &str) -> StatusCode {
    let answer = client
        .get(format!("{base}/api/v1/jlc/me"))
        .header("cookie", cookie)
        .send()
        .await
        .expect("request");
    answer.status()
}

/// The code in a message's text.
pub fn code_in(text: &str) -> String {
    let marker = "Kode masuk JLC Anda: ";
    let start = text.find(marker).expect("the code line") + marker.len();
    text[start..start + 6].to_owned()
}

/// The code in the newest message of the outbox in `data`.
pub fn newest_code(data: &std::path::Path) -> String {
    let names = outbox_oldest_first(data);
    code_in(&std::fs::read_to_string(names.last().expect("a message")).expect("read"))
}

/// The code in the newest message to `address` in the outbox in `data` (when several
/// members sign in at once).
pub fn newest_code_to(data: &std::path::Path, address: &str) -> String {
    outbox_oldest_first(data)
        .iter()
        .rev()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .find(|text| text.contains(address))
        .map(|text| code_in(&text))
        .expect("a message to the address")
}

fn outbox_oldest_first(data: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut names: Vec<_> = std::fs::read_dir(data.join("outbox"))
        .expect("outbox")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    names.sort();
    names
}

/// Layer one with the demo member's password; the challenge.
pub async fn login(client: &reqwest::Client, base: &str) -> String {
    let body = json!({"identifier": NUMBER, "password": PASSWORD});
    let (status, body, _) = post(client, base, "/api/v1/jlc/login", body, None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body["challenge"].as_str().expect("challenge").to_owned()
}

/// Layer two with `code`, presenting `cookie` if given; the new session cookie as `name=value`.
pub async fn verify(
    client: &reqwest::Client,
    base: &str,
    challenge: &str,
    code: &str,
    cookie: Option<&str>,
) -> String {
    let body = json!({"challenge": challenge, "code": code});
    let (status, body, headers) = post(client, base, "/api/v1/jlc/verify", body, cookie).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let set_cookie = headers["set-cookie"].to_str().expect("ascii");
    set_cookie.split(';').next().expect("pair").to_owned()
}
