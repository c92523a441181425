//! The writers of the durability test: each keeps writing one kind of thing to the real
//! server until it is gone, and records in a ledger every write the server acknowledged.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{json, Value};

use super::jlc::{newest_code_to, PASSWORD};

/// A write the server acknowledged.
#[derive(Debug, Clone)]
pub enum Acked {
    /// A finished sign-in: the session behind this `name=token` cookie.
    Session { email: String, cookie: String },
    /// `email`'s member acknowledged policy `version`.
    PolicyAck { email: String, version: String },
    /// A sign-up confirmed by its code: an active member at `email`.
    Member { email: String },
}

pub const SIGN_UP_PASSWORD: &str = "naik ojek ke Bandung pagi";

pub type Ledger = Arc<Mutex<Vec<Acked>>>;

pub fn record(ledger: &Ledger, acked: Acked) {
    ledger.lock().expect("ledger").push(acked);
}

/// Both layers for `email`; the session cookie, or `None` once the server is gone.
async fn sign_in(http: &reqwest::Client, base: &str, data: &Path, email: &str) -> Option<String> {
    let body = json!({"identifier": email, "password": PASSWORD});
    let login = http
        .post(format!("{base}/api/v1/jlc/login"))
        .header("origin", base)
        .json(&body)
        .send()
        .await
        .ok()?;
    assert_eq!(login.status(), StatusCode::OK);
    let challenge: Value = login.json().await.ok()?;
    let code = newest_code_to(data, email);
    let body = json!({"challenge": challenge["challenge"], "code": code});
    let verify = http
        .post(format!("{base}/api/v1/jlc/verify"))
        .header("origin", base)
        .json(&body)
        .send()
        .await
        .ok()?;
    assert_eq!(verify.status(), StatusCode::OK);
    let cookie = verify.headers().get("set-cookie")?.to_str().ok()?;
    let cookie = cookie.split(';').next()?.to_owned();
    // Acknowledged only once the whole answer has arrived.
    verify.bytes().await.ok()?;
    Some(cookie)
}

/// Signs in again and again until the server is gone.
pub async fn sign_in_writer(base: String, data: std::path::PathBuf, email: String, ledger: Ledger) {
    let http = super::client();
    while let Some(cookie) = sign_in(&http, &base, &data, &email).await {
        record(
            &ledger,
            Acked::Session {
                email: email.clone(),
                cookie,
            },
        );
    }
}

/// Signs in, then acknowledges every version, one after the other, until the server is gone.
pub async fn ack_writer(
    base: String,
    data: std::path::PathBuf,
    email: String,
    versions: Vec<String>,
    ledger: Ledger,
) {
    let http = super::client();
    let Some(cookie) = sign_in(&http, &base, &data, &email).await else {
        return;
    };
    let session = Acked::Session {
        email: email.clone(),
        cookie: cookie.clone(),
    };
    record(&ledger, session);
    for version in versions.iter().cycle() {
        let body = json!({"version": version});
        let answer = http
            .post(format!("{base}/api/v1/jlc/policy-ack"))
            .header("origin", &base)
            .header("cookie", &cookie)
            .json(&body)
            .send()
            .await;
        let Ok(answer) = answer else { return };
        assert_eq!(answer.status(), StatusCode::OK);
        if answer.bytes().await.is_err() {
            return;
        }
        let email = email.clone();
        let version = version.clone();
        record(&ledger, Acked::PolicyAck { email, version });
    }
}

/// The code sent to `email` (a sign-up's is mailed a moment after the answer).
async fn code_sent_to(data: &Path, email: &str) -> Option<String> {
    let to = format!("To: {email}");
    for _ in 0..100 {
        let mut names: Vec<_> = std::fs::read_dir(data.join("outbox"))
            .ok()?
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .collect();
        names.sort();
        let found = names
            .iter()
            .rev()
            .filter_map(|path| std::fs::read_to_string(path).ok())
            .find(|text| text.contains(&to));
        if let Some(text) = found {
            return Some(super::member::code_of(&text));
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    None
}

/// Signs new members up, one after the other, until the server is gone.
pub async fn sign_up_writer(base: String, data: std::path::PathBuf, writer: usize, ledger: Ledger) {
    let http = super::client();
    for n in 0.. {
        let email = format!("baru-{writer}-{n}@example.co.id");
        let body = json!({"name": "Anggota Baru", "email": email, "mobile": "081311112222",
            "password": SIGN_UP_PASSWORD});
        let post = |path: &str, body: Value| {
            http.post(format!("{base}{path}"))
                .header("origin", &base)
                .json(&body)
                .send()
        };
        let Ok(answer) = post("/api/v1/jlc/signup", body).await else {
            return;
        };
        assert_eq!(answer.status(), StatusCode::OK);
        let Ok(sent) = answer.json::<Value>().await else {
            return;
        };
        let Some(code) = code_sent_to(&data, &email).await else {
            return;
        };
        let body = json!({"challenge": sent["challenge"], "code": code});
        let Ok(verify) = post("/api/v1/jlc/verify", body).await else {
            return;
        };
        assert_eq!(verify.status(), StatusCode::OK);
        if verify.bytes().await.is_err() {
            return;
        }
        record(&ledger, Acked::Member { email });
    }
}
