//! A real jne-server on 127.0.0.1 with a temporary data folder and a small built app.

#![allow(dead_code)] // each test file uses its own part of this

pub mod authenticator;
pub mod hostile;
pub mod jlc;
pub mod member;
pub mod raw;
pub mod writers;

use std::path::PathBuf;

use jne_server::config::Config;
use tokio::sync::oneshot;

/// What Trunk writes: an inline module loader that the CSP must allow by its hash.
pub const LOADER: &str = "import init from '/jne-web-0123456789abcdef.js';await init();";

pub struct TestServer {
    pub base: String,
    pub data: PathBuf,
    /// The database it uses: the SQLite file under `data`, or its own PostgreSQL database.
    pub database: String,
    _dirs: tempfile::TempDir,
    stop: Option<oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

pub const BIN: &str = env!("CARGO_BIN_EXE_jne-server");

/// Starts the real binary on a free port of 127.0.0.1, with the data folder and a built app
/// under `root`, the `extra` arguments and environment, and stderr sent to `stderr`. Returns
/// the process and the address line it printed.
pub fn spawn_binary(
    root: &std::path::Path,
    extra: &[&str],
    env: &[(&str, &str)],
    stderr: std::process::Stdio,
) -> (std::process::Child, String) {
    let mut command = std::process::Command::new(BIN);
    command.envs(env.iter().copied()).stderr(stderr);
    spawn_command(command, root, extra)
}

/// [`spawn_binary`] with a command of the caller's (a shell that sets limits first, say).
pub fn spawn_command(
    mut command: std::process::Command,
    root: &std::path::Path,
    extra: &[&str],
) -> (std::process::Child, String) {
    use std::io::{BufRead, BufReader};
    let dist = dist_with_app(root);
    let mut child = command
        .args(["--listen", "127.0.0.1:0"])
        .args(["--data", &root.join("data").display().to_string()])
        .args(["--dist", &dist.display().to_string()])
        .args(extra)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("start jne-server");
    let mut line = String::new();
    let stdout = child.stdout.take().expect("stdout");
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("address line");
    (child, line)
}

pub fn dist_with_app(root: &std::path::Path) -> PathBuf {
    let dist = root.join("dist");
    std::fs::create_dir_all(&dist).expect("create dist");
    let index = format!(
        "<!doctype html><html lang=\"id\"><head><title>JNE</title></head>\
         <body><script type=\"module\">{LOADER}</script></body></html>"
    );
    std::fs::write(dist.join("index.html"), index).expect("write index.html");
    std::fs::write(
        dist.join("jne-web-0123456789abcdef.js"),
        "export default async () => {}",
    )
    .expect("write js");
    std::fs::write(
        dist.join("favicon.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    )
    .expect("write favicon");
    copy_shipped_policy(&dist.join("policy"));
    dist
}

/// The shipped policy folder (static/policy), where the build puts it and the server looks.
pub fn copy_shipped_policy(to: &std::path::Path) {
    let shipped = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../static/policy");
    std::fs::create_dir_all(to).expect("create policy folder");
    for entry in std::fs::read_dir(&shipped).expect("static/policy") {
        let path = entry.expect("entry").path();
        std::fs::copy(&path, to.join(path.file_name().expect("name"))).expect("copy policy file");
    }
}

/// The configuration the command line `jne-server --listen 127.0.0.1:0 … EXTRA` would give.
pub fn config(root: &std::path::Path, demo: bool, extra: &[&str]) -> Config {
    use clap::Parser;
    let data = root.join("data").display().to_string();
    let dist = dist_with_app(root).display().to_string();
    let mut args = vec![
        "jne-server",
        "--listen",
        "127.0.0.1:0",
        "--data",
        &data,
        "--dist",
        &dist,
    ];
    if demo {
        args.push("--demo");
    }
    args.extend_from_slice(extra);
    Config::try_parse_from(args).expect("valid command line")
}

pub async fn start(demo: bool) -> TestServer {
    start_with(demo, &[]).await
}

pub async fn start_with(demo: bool, extra: &[&str]) -> TestServer {
    start_in(tempfile::tempdir().expect("temp dir"), demo, extra).await
}

/// [`start_with`] in `dirs`, where the caller may have put more files of a built app in
/// `dist/` first (index.html is written anew).
pub async fn start_in(dirs: tempfile::TempDir, demo: bool, extra: &[&str]) -> TestServer {
    // A caller naming its database (several instances sharing one) keeps it.
    let database = match extra.contains(&"--database") {
        true => None,
        false => fresh_database().await,
    };
    let mut extra = extra.to_vec();
    if let Some(url) = &database {
        extra.extend(["--database", url]);
    }
    let config = config(dirs.path(), demo, &extra);
    let (base, stop, task) = serve(&config).await;
    TestServer {
        base,
        database: config.database_url(),
        data: config.data,
        _dirs: dirs,
        stop: Some(stop),
        task: Some(task),
    }
}

/// Starts a server with `config` in this process: its base URL, what stops it, its task.
pub async fn serve(config: &Config) -> (String, oneshot::Sender<()>, tokio::task::JoinHandle<()>) {
    let running = jne_server::bind(config).await.expect("server starts");
    let base = running.base_url();
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        running
            .serve(async {
                let _ = stopped.await;
            })
            .await
            .expect("server runs");
    });
    (base, stop, task)
}

impl TestServer {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("http client")
}

/// One database for several instances: a fresh PostgreSQL database with the test cluster, else
/// a SQLite file in `dir`.
pub async fn shared_database(dir: &std::path::Path) -> String {
    match fresh_database().await {
        Some(url) => url,
        None => format!("sqlite://{}/shared.sqlite3?mode=rwc", dir.display()),
    }
}

/// With `JNE_TEST_POSTGRES` (the admin URL of the throwaway cluster scripts/test starts), a
/// new database of its own on that cluster for each server; without it, `None`: the SQLite
/// file under the server's data folder.
pub async fn fresh_database() -> Option<String> {
    use sqlx::Connection;
    use std::sync::atomic::{AtomicU32, Ordering};
    static COUNT: AtomicU32 = AtomicU32::new(0);
    let admin = std::env::var("JNE_TEST_POSTGRES").ok()?;
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or_default();
    let name = format!(
        "jne_{}_{}_{nanos}",
        std::process::id(),
        COUNT.fetch_add(1, Ordering::Relaxed)
    );
    let mut connection = sqlx::postgres::PgConnection::connect(&admin)
        .await
        .expect("the test cluster (JNE_TEST_POSTGRES) answers");
    // The name is ours: digits and underscores only.
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut connection)
        .await
        .expect("create a test database");
    let (cluster, _) = admin
        .rsplit_once('/')
        .expect("a database in JNE_TEST_POSTGRES");
    Some(format!("{cluster}/{name}"))
}
