//! The end of the retention period (policy 4e), with the test clock: a member whose account
//! was closed, or who has not signed in, for longer than `--retention-years` is anonymised at
//! the next start or sweep: nothing that names them is left, in the tables or in the raw
//! database file; the row stays with its acknowledgements and consents; the address is free.

mod common;

use std::path::PathBuf;

use common::member::code_of;
use reqwest::StatusCode;
use serde_json::{json, Value};
use sqlx::Row;

/// Five years of 365.25 days, the default period.
const PERIOD: i64 = 5 * 31_557_600;
const DAY: i64 = 86_400;
const PASSWORD: &str = "retensi-data-uji-2026";

/// One site's data and database, started again as often as a test needs, each time with the
/// clock moved by a number of seconds.
struct Site {
    root: tempfile::TempDir,
    database: String,
}

struct Running {
    base: String,
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<()>,
}

impl Site {
    async fn new() -> Site {
        let root = tempfile::tempdir().expect("temp dir");
        let database = common::shared_database(root.path()).await;
        Site { root, database }
    }

    fn data(&self) -> PathBuf {
        self.root.path().join("data")
    }

    /// Starts the server `offset` seconds from now; the retention task has run when it answers.
    async fn start(&self, offset: i64) -> Running {
        std::fs::create_dir_all(self.data()).expect("data dir");
        std::fs::write(self.data().join("test-clock-offset"), offset.to_string()).expect("clock");
        let extra = [
            "--test-clock",
            "--jlc-burst",
            "0",
            "--database",
            &self.database,
        ];
        let config = common::config(self.root.path(), false, &extra);
        let (base, stop, task) = common::serve(&config).await;
        Running { base, stop, task }
    }

    fn outbox(&self) -> Vec<String> {
        let Ok(entries) = std::fs::read_dir(self.data().join("outbox")) else {
            return Vec::new();
        };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        paths.sort();
        paths
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect()
    }

    async fn next_mail(&self, seen: usize) -> String {
        for _ in 0..200 {
            if let Some(mail) = self.outbox().get(seen) {
                return mail.clone();
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        panic!("no message after {seen}");
    }

    /// The member row with that id, as stored.
    async fn row(&self, id: i64) -> (String, String, String, String) {
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&self.database)
            .await
            .expect("database");
        let row =
            sqlx::query("SELECT name, email, mobile, password_hash FROM members WHERE id = $1")
                .bind(id)
                .fetch_one(&pool)
                .await
                .expect("the row stays");
        pool.close().await;
        (row.get(0), row.get(1), row.get(2), row.get(3))
    }

    async fn count(&self, sql: &'static str, id: i64) -> i64 {
        let pool = sqlx::AnyPool::connect(&self.database)
            .await
            .expect("database");
        let (count,): (i64,) = sqlx::query_as(sql)
            .bind(id)
            .fetch_one(&pool)
            .await
            .expect("count");
        pool.close().await;
        count
    }

    async fn member_id(&self, email: &str) -> i64 {
        let pool = sqlx::AnyPool::connect(&self.database)
            .await
            .expect("database");
        let (id,): (i64,) = sqlx::query_as("SELECT id FROM members WHERE email = $1")
            .bind(email)
            .fetch_one(&pool)
            .await
            .expect("a member");
        pool.close().await;
        id
    }
}

impl Running {
    async fn stop(self) {
        let _ = self.stop.send(());
        let _ = self.task.await;
    }

    async fn post(
        &self,
        path: &str,
        body: Value,
        cookie: Option<&str>,
    ) -> (StatusCode, Value, String) {
        let (status, body, headers) =
            common::jlc::post(&common::client(), &self.base, path, body, cookie).await;
        let cookie = headers
            .get("set-cookie")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .unwrap_or_default()
            .to_owned();
        (status, body, cookie)
    }

    /// Signs up and confirms with the code; the session cookie.
    async fn sign_up(&self, site: &Site, name: &str, email: &str, mobile: &str) -> String {
        let seen = site.outbox().len();
        let body = json!({"name": name, "email": email, "mobile": mobile, "password": PASSWORD});
        let (status, sent, _) = self.post("/api/v1/jlc/signup", body, None).await;
        assert_eq!(status, StatusCode::OK, "{sent}");
        self.confirm(site, "/api/v1/jlc/verify", &sent, seen).await
    }

    async fn sign_in(&self, site: &Site, email: &str) -> String {
        let seen = site.outbox().len();
        let body = json!({"identifier": email, "password": PASSWORD});
        let (status, sent, _) = self.post("/api/v1/jlc/login", body, None).await;
        assert_eq!(status, StatusCode::OK, "{sent}");
        self.confirm(site, "/api/v1/jlc/verify", &sent, seen).await
    }

    async fn confirm(&self, site: &Site, path: &str, sent: &Value, seen: usize) -> String {
        let code = code_of(&site.next_mail(seen).await);
        let body = json!({"challenge": sent["challenge"], "code": code});
        let (status, answer, cookie) = self.post(path, body, None).await;
        assert_eq!(status, StatusCode::OK, "{answer}");
        cookie
    }
}

/// The raw bytes of the SQLite file and its write-ahead log.
fn raw_database(database: &str) -> Option<Vec<u8>> {
    let path = database.strip_prefix("sqlite://")?.split('?').next()?;
    let mut bytes = std::fs::read(path).expect("the database file");
    if let Ok(wal) = std::fs::read(format!("{path}-wal")) {
        bytes.extend(wal);
    }
    Some(bytes)
}

fn holds(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[tokio::test]
async fn a_closed_account_is_kept_until_the_period_ends_then_nothing_names_its_member() {
    let site = Site::new().await;
    let (name, email, mobile) = (
        "Retno Wulandari",
        "retno.wulandari@example.id",
        "081234509876",
    );

    let server = site.start(0).await;
    let cookie = server.sign_up(&site, name, email, mobile).await;
    let id = site.member_id(email).await;
    let consent = json!({"purpose": "news_email", "given": true});
    let (status, _, _) = server
        .post("/api/v1/jlc/me/consents", consent, Some(&cookie))
        .await;
    assert_eq!(status, StatusCode::OK);
    let versions: Value = reqwest::get(format!("{}/api/v1/policy/versions", server.base))
        .await
        .expect("versions")
        .json()
        .await
        .expect("json");
    let ack = json!({"version": versions["current"]});
    let (status, _, _) = server
        .post("/api/v1/jlc/policy-ack", ack, Some(&cookie))
        .await;
    assert_eq!(status, StatusCode::OK);
    let seen = site.outbox().len();
    let (status, sent, _) = server
        .post(
            "/api/v1/jlc/me/close",
            json!({"password": PASSWORD}),
            Some(&cookie),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{sent}");
    let code = code_of(&site.next_mail(seen).await);
    let body = json!({"challenge": sent["challenge"], "code": code});
    let (status, closed, _) = server
        .post("/api/v1/jlc/me/close/confirm", body, Some(&cookie))
        .await;
    assert_eq!(status, StatusCode::OK, "{closed}");
    server.stop().await;

    let server = site.start(PERIOD - DAY).await;
    assert_eq!(
        site.row(id).await.0,
        name,
        "intact a day before the period ends"
    );
    server.stop().await;

    let server = site.start(PERIOD + DAY).await;
    let (stored_name, stored_email, stored_mobile, hash) = site.row(id).await;
    assert_eq!(
        (stored_name.as_str(), stored_mobile.as_str(), hash.as_str()),
        ("", "", "")
    );
    assert!(
        stored_email.ends_with("@anonymised.invalid"),
        "{stored_email}"
    );
    assert!(!stored_email.contains("retno"), "{stored_email}");
    for (table, kept) in [
        ("SELECT COUNT(*) FROM policy_acks WHERE member_id = $1", 1),
        ("SELECT COUNT(*) FROM consents WHERE member_id = $1", 1),
        ("SELECT COUNT(*) FROM sessions WHERE member_id = $1", 0),
        ("SELECT COUNT(*) FROM challenges WHERE member_id = $1", 0),
        (
            "SELECT COUNT(*) FROM member_devices WHERE member_id = $1",
            0,
        ),
    ] {
        assert_eq!(site.count(table, id).await, kept, "{table}");
    }
    assert!(
        site.outbox().iter().all(|mail| !mail.contains(email)),
        "no message to the address is left in the outbox"
    );
    if let Some(raw) = raw_database(&site.database) {
        for personal in [name, email, mobile] {
            assert!(
                !holds(&raw, personal),
                "{personal} is still in the database file"
            );
        }
    }
    server.stop().await;

    // Idempotent: a second run changes nothing, the pseudonym included.
    let server = site.start(PERIOD + 2 * DAY).await;
    assert_eq!(site.row(id).await.1, stored_email);
    // The address is free for a new account.
    server.sign_up(&site, "Retno W.", email, mobile).await;
    assert_ne!(site.member_id(email).await, id);
    server.stop().await;
}

#[tokio::test]
async fn an_active_member_is_untouched_and_signing_in_starts_the_period_again() {
    let site = Site::new().await;
    let server = site.start(0).await;
    server
        .sign_up(
            &site,
            "Ayu Lestari",
            "ayu.lestari@example.id",
            "081311112222",
        )
        .await;
    server
        .sign_up(
            &site,
            "Bayu Pratama",
            "bayu.pratama@example.id",
            "081322223333",
        )
        .await;
    let (ayu, bayu) = (
        site.member_id("ayu.lestari@example.id").await,
        site.member_id("bayu.pratama@example.id").await,
    );
    server.stop().await;

    let server = site.start(PERIOD - DAY).await;
    server.sign_in(&site, "ayu.lestari@example.id").await;
    assert_eq!(site.row(bayu).await.0, "Bayu Pratama", "not yet");
    server.stop().await;

    let server = site.start(PERIOD + DAY).await;
    assert_eq!(
        site.row(ayu).await.0,
        "Ayu Lestari",
        "signed in two days ago"
    );
    assert_eq!(
        site.row(bayu).await.0,
        "",
        "not signed in for five years and a day"
    );
    // The member kept can still sign in.
    server.sign_in(&site, "ayu.lestari@example.id").await;
    server.stop().await;
}
