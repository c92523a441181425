//! Durability: the real binary takes sign-ups, sign-ins and policy acknowledgements from several writers
//! at once, is killed with SIGKILL mid-stream, and restarts on the same data folder. Every
//! write it answered 2xx is there afterwards, and SQLite's integrity check says ok. And with two
//! instances over one database (PostgreSQL when the test cluster is there, else one SQLite
//! file): one killed mid-stream loses nothing it answered, and the other keeps serving it all.
//!
//! Each kind of write is one writer (`common/writers.rs`) and one `Acked` case with its check: a new
//! kind adds a writer, a case, and an arm in `stored`/`served`.

mod common;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use common::writers::{
    ack_writer, sign_in_writer, sign_up_writer, Acked, Ledger, SIGN_UP_PASSWORD,
};
use jne_server::db::Db;
use reqwest::StatusCode;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

const SIGN_UP_WRITERS: usize = 2;

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

async fn open_db(database: &str) -> Db {
    jne_server::db::open(database)
        .await
        .expect("open the database")
}

/// Adds the writers' members, with the demo member's password hash (so the same password).
async fn add_members(database: &str) {
    let db = open_db(database).await;
    let (hash,): (String,) = sqlx::query_as("SELECT password_hash FROM members LIMIT 1")
        .fetch_one(&db)
        .await
        .expect("the demo member");
    for n in 0..SIGN_IN_WRITERS + ACK_WRITERS {
        sqlx::query(
            "INSERT INTO members (jlc_number, email, name, mobile, password_hash, tier, member_since) \
             VALUES ($1, $2, 'Uji Tahan', '081200000000', $3, 'Blue', '2024-01-01')",
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

fn start(root: &Path, policy: &str, database: &str) -> (std::process::Child, String) {
    let args = [
        "--demo",
        "--jlc-burst",
        "0",
        "--policy",
        policy,
        "--database",
        database,
    ];
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

/// The write is in the database file.
async fn stored(db: &Db, acked: &Acked) -> bool {
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
                 WHERE s.token_hash = $1 AND m.email = $2",
            )
            .bind(hash)
            .bind(email)
            .fetch_one(db)
            .await
            .expect("query sessions")
        }
        Acked::PolicyAck { email, version } => sqlx::query_scalar(
            "SELECT COUNT(*) FROM policy_acks a JOIN members m ON m.id = a.member_id \
                 WHERE a.version = $1 AND m.email = $2",
        )
        .bind(version)
        .bind(email)
        .fetch_one(db)
        .await
        .expect("query policy_acks"),
        Acked::Member { email } => {
            sqlx::query_scalar("SELECT COUNT(*) FROM members WHERE email = $1 AND active = 1")
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

/// Starts the writers against `base` (their codes read from the outbox in `data`), kills
/// `server` with SIGKILL once enough writes of every kind were answered, and returns every
/// write it answered.
async fn write_then_kill(
    mut server: std::process::Child,
    base: &str,
    data: &Path,
    versions: &[String],
) -> Vec<Acked> {
    let ledger: Ledger = Arc::default();
    let mut writers = Vec::new();
    let base = base.to_owned();
    let data = data.to_owned();
    for n in 0..SIGN_IN_WRITERS {
        let task = sign_in_writer(base.clone(), data.clone(), email(n), ledger.clone());
        writers.push(tokio::spawn(task));
    }
    for n in SIGN_IN_WRITERS..SIGN_IN_WRITERS + ACK_WRITERS {
        let (email, versions) = (email(n), versions.to_vec());
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
    acked
}

/// Every write in `acked` is in the database.
async fn assert_stored(db: &Db, acked: &[Acked]) {
    let mut lost = Vec::new();
    for write in acked {
        if !stored(db, write).await {
            lost.push(write);
        }
    }
    assert!(
        lost.is_empty(),
        "{} of {} lost: {lost:?}",
        lost.len(),
        acked.len()
    );
}

/// The server at `base` serves every write in `acked`.
async fn assert_served(base: &str, acked: &[Acked]) {
    let http = common::client();
    let sessions: Vec<Acked> = acked
        .iter()
        .filter(|a| matches!(a, Acked::Session { .. }))
        .cloned()
        .collect();
    for write in acked {
        assert!(served(&http, base, write, &sessions).await, "{write:?}");
    }
    let health = http.get(format!("{base}/api/v1/health")).send().await;
    assert_eq!(health.expect("health").status(), StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_acknowledged_write_survives_a_kill_9() {
    let dirs = tempfile::tempdir().expect("temp dir");
    let root = dirs.path();
    let database = jne_server::db::default_url(&root.join("data"));
    let (policy, versions) = policy_with_many_versions(root);
    // A first start makes the database; then the writers' members are added to it.
    let (mut first, _) = start(root, &policy, &database);
    first.kill().expect("stop");
    first.wait().expect("stopped");
    add_members(&database).await;

    let (server, base) = start(root, &policy, &database);
    let acked = write_then_kill(server, &base, &root.join("data"), &versions).await;

    // The file as the crash left it: whole, with every acknowledged write.
    let db = open_db(&database).await;
    let check: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&db)
        .await
        .expect("integrity check");
    assert_eq!(check, ["ok"]);
    assert_stored(&db, &acked).await;
    db.close().await;

    // And the restarted server serves them.
    let (mut server, base) = start(root, &policy, &database);
    assert_served(&base, &acked).await;
    server.kill().expect("stop");
    server.wait().expect("stopped");
    println!("{} acknowledged writes survived the kill", acked.len());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_of_two_instances_killed_mid_stream_loses_nothing_and_the_other_serves_it_all() {
    let dirs = tempfile::tempdir().expect("temp dir");
    let (one, other) = (dirs.path().join("one"), dirs.path().join("other"));
    let database = common::shared_database(dirs.path()).await;
    let (policy, versions) = policy_with_many_versions(dirs.path());
    let (killed, base) = start(&one, &policy, &database);
    add_members(&database).await;
    let (mut survivor, survivor_base) = start(&other, &policy, &database);

    let acked = write_then_kill(killed, &base, &one.join("data"), &versions).await;
    let db = open_db(&database).await;
    assert_stored(&db, &acked).await;
    db.close().await;
    assert_served(&survivor_base, &acked).await;
    survivor.kill().expect("stop");
    survivor.wait().expect("stopped");
    println!(
        "{} acknowledged writes, the other instance serves them all",
        acked.len()
    );
}
