//! Durability: the real binary takes sign-ups, sign-ins and policy acknowledgements from several writers
//! at once, is killed with SIGKILL mid-stream, and restarts on the same data folder. Every
//! write it answered 2xx is there afterwards, and SQLite's integrity check says ok.
//!
//! Each kind of write is one writer function and one [`Acked`] case with its check: a new
//! kind adds a writer, a case, and an arm in `stored`/`served`.

mod common;

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::jlc::{newest_code_to, PASSWORD};
use reqwest::StatusCode;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use sqlx::SqlitePool;

/// A write the server acknowledged.
#[derive(Debug, Clone)]
enum Acked {
    /// A finished sign-in: the session behind this `name=token` cookie.
    Session { email: String, cookie: String },
    /// `email`'s member acknowledged policy `version`.
    PolicyAck { email: String, version: String },
    /// A sign-up confirmed by its code: an active member at `email`.
    Member { email: String },
}

const SIGN_UP_WRITERS: usize = 2;
const SIGN_UP_PASSWORD: &str = "naik ojek ke Bandung pagi";

type Ledger = Arc<Mutex<Vec<Acked>>>;

fn record(ledger: &Ledger, acked: Acked) {
    ledger.lock().expect("ledger").push(acked);
}

/// Members who write; each writer has its own, so its codes are easy to find in the outbox.
const SIGN_IN_WRITERS: usize = 4;
const ACK_WRITERS: usize = 3;

fn email(n: usize) -> String {
    format!("durable-{n}@example.co.id")
}

/// The shipped policy plus 24 monthly versions between its two: more to acknowledge.
fn policy_with_many_versions(root: &Path) -> (String, Vec<String>) {
    let folder = root.join("policy-many");
    common::copy_shipped_policy(&folder);
    let text = std::fs::read_to_string(folder.join("2025-01-01.en.txt")).expect("current");
    let index = std::fs::read_to_string(folder.join("versions.json")).expect("index");
    let mut index: Value = serde_json::from_str(&index).expect("json");
    let versions = index["versions"].as_array_mut().expect("versions");
    let last = versions.pop().expect("the current version");
    for n in 0..24 {
        let id = format!("{}-{:02}-01", 2023 + n / 12, n % 12 + 1);
        let file = format!("{id}.en.txt");
        std::fs::write(folder.join(&file), &text).expect("write version");
        versions.push(json!({"id": id, "effective": id, "file": file,
            "summary": {"id": "Versi uji.", "en": "A test version."}}));
    }
    versions.push(last);
    let ids = versions
        .iter()
        .map(|v| v["id"].as_str().expect("id").to_owned())
        .collect();
    std::fs::write(folder.join("versions.json"), index.to_string()).expect("write index");
    (folder.display().to_string(), ids)
}

async fn open_db(root: &Path) -> SqlitePool {
    let file = root.join("data").join(jne_server::db::FILE_NAME);
    SqlitePool::connect(&format!("sqlite://{}", file.display()))
        .await
        .expect("open the database file")
}

/// Adds the writers' members, with the demo member's password hash (so the same password).
async fn add_members(root: &Path) {
    let db = open_db(root).await;
    let (hash,): (String,) = sqlx::query_as("SELECT password_hash FROM members LIMIT 1")
        .fetch_one(&db)
        .await
        .expect("the demo member");
    for n in 0..SIGN_IN_WRITERS + ACK_WRITERS {
        sqlx::query(
            "INSERT INTO members (jlc_number, email, name, mobile, password_hash, tier, member_since) \
             VALUES (?, ?, 'Uji Tahan', '081200000000', ?, 'Blue', '2024-01-01')",
        )
        .bind(format!("JLC77000000{n:02}"))
        .bind(email(n))
        .bind(&hash)
        .execute(&db)
        .await
        .expect("add a member");
    }
    db.close().await;
}

fn start(root: &Path, policy: &str) -> (std::process::Child, String) {
    let args = ["--demo", "--jlc-burst", "0", "--policy", policy];
    let (child, line) = common::spawn_binary(root, &args, &[], std::process::Stdio::null());
    let base = line
        .trim()
        .rsplit(' ')
        .next()
        .expect("address line")
        .to_owned();
    assert!(base.starts_with("http://127.0.0.1:"), "{line}");
    (child, base)
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
async fn sign_in_writer(base: String, data: std::path::PathBuf, email: String, ledger: Ledger) {
    let http = common::client();
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
async fn ack_writer(
    base: String,
    data: std::path::PathBuf,
    email: String,
    versions: Vec<String>,
    ledger: Ledger,
) {
    let http = common::client();
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
            return Some(common::member::code_of(&text));
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    None
}

/// Signs new members up, one after the other, until the server is gone.
async fn sign_up_writer(base: String, data: std::path::PathBuf, writer: usize, ledger: Ledger) {
    let http = common::client();
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

/// The write is in the database file.
async fn stored(db: &SqlitePool, acked: &Acked) -> bool {
    let count: i64 = match acked {
        Acked::Session { email, cookie } => {
            let token = cookie.split_once('=').expect("name=token").1;
            // How the server keeps a token: SHA-256 of it and a NUL, hex.
            let hash: String = Sha256::digest([token.as_bytes(), b"\0"].concat())
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            sqlx::query_scalar(
                "SELECT COUNT(*) FROM sessions s JOIN members m ON m.id = s.member_id \
                 WHERE s.token_hash = ? AND m.email = ?",
            )
            .bind(hash)
            .bind(email)
            .fetch_one(db)
            .await
            .expect("query sessions")
        }
        Acked::PolicyAck { email, version } => sqlx::query_scalar(
            "SELECT COUNT(*) FROM policy_acks a JOIN members m ON m.id = a.member_id \
                 WHERE a.version = ? AND m.email = ?",
        )
        .bind(version)
        .bind(email)
        .fetch_one(db)
        .await
        .expect("query policy_acks"),
        Acked::Member { email } => {
            sqlx::query_scalar("SELECT COUNT(*) FROM members WHERE email = ? AND active")
                .bind(email)
                .fetch_one(db)
                .await
                .expect("query members")
        }
    };
    count == 1
}

/// The restarted server serves the write.
async fn served(http: &reqwest::Client, base: &str, acked: &Acked, sessions: &[Acked]) -> bool {
    let me = |cookie: String| async move {
        let answer = http
            .get(format!("{base}/api/v1/jlc/me"))
            .header("cookie", cookie)
            .send()
            .await
            .expect("me");
        (
            answer.status(),
            answer.json::<Value>().await.unwrap_or(Value::Null),
        )
    };
    match acked {
        Acked::Member { email } => {
            let body = json!({"identifier": email, "password": SIGN_UP_PASSWORD});
            let login = http
                .post(format!("{base}/api/v1/jlc/login"))
                .header("origin", base)
                .json(&body)
                .send()
                .await
                .expect("login");
            login.status() == StatusCode::OK
        }
        Acked::Session { cookie, .. } => me(cookie.clone()).await.0 == StatusCode::OK,
        Acked::PolicyAck { email, version } => {
            let cookie = sessions.iter().find_map(|s| match s {
                Acked::Session { email: e, cookie } if e == email => Some(cookie.clone()),
                _ => None,
            });
            let (status, body) = me(cookie.expect("the writer's session")).await;
            status == StatusCode::OK
                && body["member"]["policy_acks"]
                    .as_array()
                    .is_some_and(|acks| acks.iter().any(|a| a["version"] == version.as_str()))
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_acknowledged_write_survives_a_kill_9() {
    let dirs = tempfile::tempdir().expect("temp dir");
    let root = dirs.path();
    let data = root.join("data");
    let (policy, versions) = policy_with_many_versions(root);
    // A first start makes the database; then the writers' members are added to it.
    let (mut first, _) = start(root, &policy);
    first.kill().expect("stop");
    first.wait().expect("stopped");
    add_members(root).await;

    let (mut server, base) = start(root, &policy);
    let ledger: Ledger = Arc::default();
    let mut writers = Vec::new();
    for n in 0..SIGN_IN_WRITERS {
        let task = sign_in_writer(base.clone(), data.clone(), email(n), ledger.clone());
        writers.push(tokio::spawn(task));
    }
    for n in SIGN_IN_WRITERS..SIGN_IN_WRITERS + ACK_WRITERS {
        let (email, versions) = (email(n), versions.clone());
        let task = ack_writer(base.clone(), data.clone(), email, versions, ledger.clone());
        writers.push(tokio::spawn(task));
    }
    for writer in 0..SIGN_UP_WRITERS {
        let task = sign_up_writer(base.clone(), data.clone(), writer, ledger.clone());
        writers.push(tokio::spawn(task));
    }
    // Mid-stream: once a good number of writes of every kind were answered.
    let enough = |acked: &[Acked]| {
        let kind = |f: fn(&Acked) -> bool| acked.iter().filter(|a| f(a)).count();
        kind(|a| matches!(a, Acked::Session { .. })) >= 20
            && kind(|a| matches!(a, Acked::PolicyAck { .. })) >= 30
            && kind(|a| matches!(a, Acked::Member { .. })) >= 6
    };
    for _ in 0..600 {
        if enough(&ledger.lock().expect("ledger")) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    server.kill().expect("kill -9");
    server.wait().expect("killed");
    for writer in writers {
        writer.await.expect("a writer panicked");
    }
    let acked = ledger.lock().expect("ledger").clone();
    assert!(
        enough(&acked),
        "too few writes before the kill: {}",
        acked.len()
    );

    // The file as the crash left it: whole, with every acknowledged write.
    let db = open_db(root).await;
    let check: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&db)
        .await
        .expect("integrity check");
    assert_eq!(check, ["ok"]);
    let mut lost = Vec::new();
    for write in &acked {
        if !stored(&db, write).await {
            lost.push(write);
        }
    }
    assert!(
        lost.is_empty(),
        "{} of {} lost: {lost:?}",
        lost.len(),
        acked.len()
    );
    db.close().await;

    // And the restarted server serves them.
    let (mut server, base) = start(root, &policy);
    let http = common::client();
    let sessions: Vec<Acked> = acked
        .iter()
        .filter(|a| matches!(a, Acked::Session { .. }))
        .cloned()
        .collect();
    for write in &acked {
        assert!(served(&http, &base, write, &sessions).await, "{write:?}");
    }
    let health = http.get(format!("{base}/api/v1/health")).send().await;
    assert_eq!(health.expect("health").status(), StatusCode::OK);
    server.kill().expect("stop");
    server.wait().expect("stopped");
    println!("{} acknowledged writes survived the kill", acked.len());
}
