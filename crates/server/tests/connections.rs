//! Slow and idle connections over real TCP: a client that sends nothing, half a request or
//! one byte at a time is dropped, an idle keep-alive connection is closed, and idle sockets
//! from one client under a low open-file limit leave every other client served.

mod common;

use std::net::IpAddr;
use std::process::Stdio;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// How long until the server closes `stream` (reading and discarding what it sends), or
/// `None` if it is still open after `limit`.
async fn closed_within(stream: &mut TcpStream, limit: Duration) -> Option<Duration> {
    let started = Instant::now();
    let mut buffer = [0u8; 4096];
    loop {
        let left = limit.checked_sub(started.elapsed())?;
        match tokio::time::timeout(left, stream.read(&mut buffer)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return Some(started.elapsed()),
            Ok(Ok(_)) => continue,
            Err(_) => return None,
        }
    }
}

#[tokio::test]
async fn silent_half_sent_trickling_and_idle_connections_are_closed() {
    let server = common::start_with(
        false,
        &["--header-timeout-secs", "1", "--idle-timeout-secs", "2"],
    )
    .await;
    let addr = server.base.trim_start_matches("http://").to_owned();
    let limit = Duration::from_secs(6);

    let mut silent = TcpStream::connect(&addr).await.expect("connect");
    let mut half = TcpStream::connect(&addr).await.expect("connect");
    half.write_all(b"GET / HTTP/1.1\r\nHost: ")
        .await
        .expect("write");
    let silent_closed = closed_within(&mut silent, limit).await;
    assert!(silent_closed.is_some(), "a silent connection stays open");
    assert!(
        closed_within(&mut half, limit).await.is_some(),
        "half a request stays open"
    );

    // One byte at a time keeps the connection busy, but the head never completes in time.
    let mut trickle = TcpStream::connect(&addr).await.expect("connect");
    let started = Instant::now();
    let head = format!(
        "GET / HTTP/1.1\r\nHost: {addr}\r\nX-Slow: {}",
        "a".repeat(100)
    );
    let mut dropped = false;
    for byte in head.bytes() {
        if trickle.write_all(&[byte]).await.is_err() {
            dropped = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        if started.elapsed() > limit {
            break;
        }
    }
    let dropped = dropped
        || closed_within(&mut trickle, Duration::from_millis(500))
            .await
            .is_some();
    assert!(
        dropped,
        "a trickled head is still being read after {limit:?}"
    );

    // A finished request's keep-alive connection, then nothing: closed too.
    let mut idle = TcpStream::connect(&addr).await.expect("connect");
    let request = format!("GET /api/v1/health HTTP/1.1\r\nHost: {addr}\r\n\r\n");
    idle.write_all(request.as_bytes()).await.expect("write");
    let mut answer = vec![0u8; 4096];
    let n = idle.read(&mut answer).await.expect("answer");
    assert!(String::from_utf8_lossy(&answer[..n]).starts_with("HTTP/1.1 200"));
    assert!(
        closed_within(&mut idle, limit).await.is_some(),
        "an idle keep-alive connection stays open"
    );
    server.stop().await;
}

/// The real binary started by a shell that set the open-file limit with `ulimit` first.
fn spawn_with_file_limit(root: &std::path::Path, ulimit: &str) -> (std::process::Child, String) {
    let mut shell = std::process::Command::new("bash");
    let script = format!("ulimit {ulimit} && exec \"$0\" \"$@\"");
    shell
        .args(["-c", &script, common::BIN])
        .stderr(Stdio::null());
    let (child, line) = common::spawn_command(shell, root, &[]);
    let base = line.trim().rsplit(' ').next().expect("address").to_owned();
    (child, base)
}

/// (soft, hard) open-file limits of a running process.
fn open_file_limits(pid: u32) -> (String, String) {
    let limits = std::fs::read_to_string(format!("/proc/{pid}/limits")).expect("limits");
    let line = limits
        .lines()
        .find(|l| l.starts_with("Max open files"))
        .expect("open files line");
    let mut values = line["Max open files".len()..].split_whitespace();
    (
        values.next().expect("soft").to_owned(),
        values.next().expect("hard").to_owned(),
    )
}

async fn health_from(base: &str, local: &str) -> Result<u16, reqwest::Error> {
    let client = reqwest::Client::builder()
        .local_address(local.parse::<IpAddr>().expect("address"))
        .timeout(Duration::from_secs(5))
        .build()
        .expect("client");
    let answer = client.get(format!("{base}/api/v1/health")).send().await?;
    Ok(answer.status().as_u16())
}

#[tokio::test]
async fn idle_sockets_of_one_client_under_a_low_file_limit_leave_others_served() {
    let dirs = tempfile::tempdir().expect("temp dir");
    let (mut child, base) = spawn_with_file_limit(dirs.path(), "-n 256");
    let addr = base.trim_start_matches("http://").to_owned();
    let mut idle = Vec::new();
    for _ in 0..400 {
        match TcpStream::connect(&addr).await {
            Ok(stream) => idle.push(stream),
            Err(_) => break,
        }
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let status = health_from(&base, "127.0.0.2").await;
    let status_too = health_from(&base, "127.0.0.3").await;
    // Those over the per-client cap were closed at once, before anything was read.
    let mut closed = 0;
    for stream in &mut idle {
        if closed_within(stream, Duration::from_millis(5))
            .await
            .is_some()
        {
            closed += 1;
        }
    }
    let limits = open_file_limits(child.id());
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(status.ok(), Some(200), "another client is served");
    assert_eq!(status_too.ok(), Some(200), "and another");
    assert!(
        closed >= 200,
        "only {closed} of 400 idle sockets were refused"
    );
    assert_eq!(limits, ("256".to_owned(), "256".to_owned()));
}

#[tokio::test]
async fn the_open_file_soft_limit_is_raised_to_the_hard_one_at_start() {
    let dirs = tempfile::tempdir().expect("temp dir");
    let (_, hard) = open_file_limits(std::process::id());
    let (mut child, _) = spawn_with_file_limit(dirs.path(), "-S -n 64");
    let limits = open_file_limits(child.id());
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(limits, (hard.clone(), hard));
}
