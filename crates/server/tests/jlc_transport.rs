//! How sign-in travels: HTTPS with rustls and HSTS (layer one), keys too weak refused at start,
//! and the sign-in code sent over SMTP when `--smtp` is given.

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::jlc::{code_in, post, verify, NUMBER, PASSWORD};
use common::{client, start, start_with};
use reqwest::StatusCode;
use serde_json::json;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::sync::mpsc;

const HSTS: &str = "max-age=31536000; includeSubDomains";

/// A self-signed certificate for 127.0.0.1 and localhost with `key`, written as PEM files.
fn certificate(dir: &Path, name: &str, key: &rcgen::KeyPair) -> (PathBuf, PathBuf, String) {
    let names = vec!["127.0.0.1".to_owned(), "localhost".to_owned()];
    let params = rcgen::CertificateParams::new(names).expect("names");
    let cert = params.self_signed(key).expect("self-signed certificate");
    let (cert_path, key_path) = (
        dir.join(format!("{name}.crt")),
        dir.join(format!("{name}.key")),
    );
    std::fs::write(&cert_path, cert.pem()).expect("write cert");
    std::fs::write(&key_path, key.serialize_pem()).expect("write key");
    (cert_path, key_path, cert.pem())
}

fn text(path: &Path) -> String {
    path.display().to_string()
}

#[tokio::test]
async fn https_sends_hsts_on_every_answer_and_plain_http_never() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = rcgen::KeyPair::generate().expect("P-256 key");
    let (cert, key, pem) = certificate(dir.path(), "p256", &key);
    let args = [
        "--tls-cert",
        &text(&cert),
        "--tls-key",
        &text(&key),
        "--jlc-burst",
        "0",
    ];
    let server = start_with(true, &args).await;
    assert!(
        server.base.starts_with("https://127.0.0.1:"),
        "{}",
        server.base
    );
    let trusted = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(pem.as_bytes()).expect("pem"))
        .build()
        .expect("client");
    for path in ["/api/v1/health", "/", "/jlc"] {
        let answer = trusted.get(server.url(path)).send().await.expect("https");
        assert_eq!(answer.status(), StatusCode::OK, "{path}");
        assert_eq!(
            answer.headers()["strict-transport-security"],
            HSTS,
            "{path}"
        );
    }

    // Our own origin is now https://…: sign-in works from it, and not from http://… .
    let body = json!({"identifier": NUMBER, "password": PASSWORD});
    let path = "/api/v1/jlc/login";
    let (status, _, _) = post(&trusted, &server.base, path, body.clone(), None).await;
    assert_eq!(status, StatusCode::OK);
    let http_origin = server.base.replacen("https://", "http://", 1);
    let answer = trusted
        .post(server.url(path))
        .header("origin", http_origin)
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .expect("request");
    assert_eq!(answer.status(), StatusCode::FORBIDDEN);
    server.stop().await;

    let plain = start(false).await;
    let answer = client()
        .get(plain.url("/api/v1/health"))
        .send()
        .await
        .expect("http");
    assert_eq!(answer.status(), StatusCode::OK);
    assert!(!answer.headers().contains_key("strict-transport-security"));
    plain.stop().await;
}

#[tokio::test]
async fn a_weak_or_unknown_key_stops_the_start_with_exit_code_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let p256 = rcgen::KeyPair::generate().expect("P-256 key");
    let (cert, _, _) = certificate(dir.path(), "p256", &p256);
    let weak = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/weak-rsa-1024.key");
    let p384 = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P384_SHA384).expect("P-384");
    let (_, p384, _) = certificate(dir.path(), "p384", &p384);
    let other = rcgen::KeyPair::generate().expect("another P-256 key");
    let (_, other, _) = certificate(dir.path(), "other", &other);
    let cases = [
        (weak, "fewer than 2048 bits"),
        (p384, "ECDSA P-256"),
        (other, "cannot be used together"),
        (dir.path().join("missing.key"), "--tls-key"),
    ];
    for (key, mention) in cases {
        let args = ["--tls-cert", &text(&cert), "--tls-key", &text(&key)];
        let config = common::config(dir.path(), false, &args);
        let error = jne_server::bind(&config).await.err().expect("refused");
        let message = error.to_string();
        assert_eq!(error.exit_code(), 2, "{message}");
        assert!(message.contains(mention), "{message}");
        assert!(
            !config.data.exists(),
            "nothing created before the key is checked"
        );
    }

    let rsa = rcgen::KeyPair::generate_for(&rcgen::PKCS_RSA_SHA256).expect("RSA 2048");
    let (cert, key, _) = certificate(dir.path(), "rsa", &rsa);
    let args = ["--tls-cert", &text(&cert), "--tls-key", &text(&key)];
    let config = common::config(dir.path(), false, &args);
    assert!(
        jne_server::bind(&config).await.is_ok(),
        "RSA 2048 is accepted"
    );
}

/// A minimal SMTP server on 127.0.0.1 that accepts every message and hands over its text.
async fn fake_smtp() -> (u16, mpsc::Receiver<String>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let (messages, received) = mpsc::channel(8);
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let messages = messages.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                let _ = write.write_all(b"220 fake ESMTP\r\n").await;
                let mut data: Option<String> = None;
                while let Ok(Some(line)) = lines.next_line().await {
                    if let Some(text) = data.as_mut() {
                        if line == "." {
                            let _ = messages.send(std::mem::take(text)).await;
                            data = None;
                            let _ = write.write_all(b"250 queued\r\n").await;
                        } else {
                            text.push_str(&line);
                            text.push('\n');
                        }
                        continue;
                    }
                    let verb = line.get(..4).unwrap_or_default().to_ascii_uppercase();
                    let reply: &[u8] = match verb.as_str() {
                        "EHLO" | "HELO" => b"250 fake\r\n",
                        "DATA" => {
                            data = Some(String::new());
                            b"354 end with .\r\n"
                        }
                        "QUIT" => b"221 bye\r\n",
                        _ => b"250 ok\r\n",
                    };
                    let _ = write.write_all(reply).await;
                }
            });
        }
    });
    (port, received)
}

#[tokio::test]
async fn with_smtp_the_code_goes_to_the_smtp_server_and_not_to_the_outbox() {
    let (port, mut received) = fake_smtp().await;
    let url = format!("smtp://127.0.0.1:{port}");
    let server = start_with(true, &["--smtp", &url, "--jlc-burst", "0"]).await;
    let body = json!({"identifier": NUMBER, "password": PASSWORD});
    let http = client();
    let (status, answer, _) = post(&http, &server.base, "/api/v1/jlc/login", body, None).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    let message = tokio::time::timeout(Duration::from_secs(10), received.recv())
        .await
        .expect("a message within 10 s")
        .expect("a message");
    assert!(
        message.contains("To: budi.santoso@example.co.id"),
        "{message}"
    );
    assert!(
        message.contains("From: JNE <no-reply@jne.co.id>"),
        "{message}"
    );
    assert!(message.contains("JNE tidak pernah meminta kode atau kata sandi Anda"));
    assert!(message.contains("JNE never asks for your code or password by phone or chat"));
    let challenge = answer["challenge"].as_str().unwrap_or_default();
    verify(&http, &server.base, challenge, &code_in(&message), None).await;
    assert!(
        !server.data.join("outbox").exists(),
        "nothing in the outbox"
    );
    server.stop().await;
}

#[tokio::test]
async fn when_mail_cannot_go_sign_in_says_unavailable() {
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    let server = start_with(true, &["--smtp", "smtp://127.0.0.1:1", "--jlc-burst", "0"]).await;
    let body = json!({"identifier": NUMBER, "password": PASSWORD});
    let (status, answer, _) = post(&client(), &server.base, "/api/v1/jlc/login", body, None).await;
    assert_eq!(
        (status, answer["error"].as_str()),
        (StatusCode::SERVICE_UNAVAILABLE, Some("unavailable"))
    );
    server.stop().await;
}
