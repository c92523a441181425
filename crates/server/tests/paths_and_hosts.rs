//! What attack tools found in the paths and hosts, over real TCP: no redirect to another host,
//! no 5xx for an odd path, one `Host` per request, no trust in a host that is not this machine
//! without `--public-origin`, text in UTF-8 and each CSP hash once.

mod common;

use std::time::Duration;

use common::raw::{self, RawAnswer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// `head` (request line and headers, no blank line) sent exactly as written, with no `Host`
/// added; the answer to the end.
async fn send_as_is(base: &str, head: &str) -> RawAnswer {
    let addr = base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    let request = format!("{head}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.expect("write");
    let mut answer = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut answer));
    let _ = read.await.expect("an answer in time");
    raw::parse(&answer)
}

#[tokio::test]
async fn no_answer_redirects_least_of_all_to_another_host() {
    let server = common::start(false).await;
    let addr = server.base.trim_start_matches("http://").to_owned();
    // `policy` is a folder of the built app: a redirect to `…/` used to be built from these.
    for target in [
        "//policy",
        "//policy/",
        "/policy",
        "/policy/",
        "//evil.example",
        "/%2F%2Fevil.example",
        "/\\evil.example",
        "//evil.example/%2e%2e",
    ] {
        let answer = raw::send(&server.base, &format!("GET {target} HTTP/1.1"), b"").await;
        assert_eq!(answer.header("location"), None, "{target}");
        assert_eq!(answer.status, 404, "{target}");
    }
    // An absolute-form request line: for our own host it is served, never reflected.
    let own = send_as_is(
        &server.base,
        &format!("GET http://{addr}/policy HTTP/1.1\r\nHost: {addr}"),
    )
    .await;
    assert_eq!(own.header("location"), None);
    assert_eq!(own.status, 404);
    let other = send_as_is(
        &server.base,
        &format!("GET http://evil.example/policy HTTP/1.1\r\nHost: {addr}"),
    )
    .await;
    assert_eq!(other.header("location"), None);
    assert_eq!(other.status, 400, "a target that names another host");
    server.stop().await;
}

#[tokio::test]
async fn odd_paths_answer_404_never_5xx() {
    let server = common::start(false).await;
    let long = "a".repeat(300);
    let longer = "b".repeat(5000);
    let app_paths = [
        format!("/{long}"),
        format!("/lacak/{long}"),
        format!("/{long}/x"),
        format!("/{longer}"),
        format!("/policy/{long}.txt"),
        "/policy/versions.json/x".to_owned(),
        "/%00".to_owned(),
        "/a%FFb".to_owned(),
        "/..%2f..%2fetc/passwd".to_owned(),
        "/favicon.svg/".to_owned(),
    ];
    for path in &app_paths {
        let answer = raw::send(&server.base, &format!("GET {path} HTTP/1.1"), b"").await;
        let shown: String = path.chars().take(40).collect();
        assert_eq!(answer.status, 404, "{shown}");
        let body = String::from_utf8_lossy(&answer.body);
        assert!(body.contains(common::LOADER), "{shown}: the app's page");
    }
    for path in [
        format!("/api/v1/{long}"),
        format!("/api/v1/policy/versions/{long}"),
        format!("/api/{longer}"),
    ] {
        let answer = raw::send(&server.base, &format!("GET {path} HTTP/1.1"), b"").await;
        assert_eq!(answer.status, 404);
        let body: serde_json::Value = serde_json::from_slice(&answer.body).expect("typed JSON");
        assert!(body["error"].is_string(), "{body}");
    }
    server.stop().await;
}

#[tokio::test]
async fn two_hosts_in_one_request_are_refused() {
    let server = common::start(false).await;
    let addr = server.base.trim_start_matches("http://").to_owned();
    for path in ["/", "/api/v1/health"] {
        let answer = send_as_is(
            &server.base,
            &format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nHost: evil.example"),
        )
        .await;
        assert_eq!(answer.status, 400, "{path}");
        let body: serde_json::Value = serde_json::from_slice(&answer.body).expect("typed JSON");
        assert_eq!(body["error"], "bad_request");
    }
    let one = send_as_is(&server.base, &format!("GET / HTTP/1.1\r\nHost: {addr}")).await;
    assert_eq!(one.status, 200);
    server.stop().await;
}

/// A sign-in POST naming `host`, from a page on `origin`.
async fn login_from(base: &str, host: &str, origin: &str) -> RawAnswer {
    let body = r#"{"identifier":"JLC0012345678","password":"salah-sandi-ini"}"#;
    let head = format!(
        "POST /api/v1/jlc/login HTTP/1.1\r\nHost: {host}\r\nOrigin: {origin}\r\n\
         Content-Type: application/json\r\nContent-Length: {}",
        body.len()
    );
    let addr = base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    let request = format!("{head}\r\nConnection: close\r\n\r\n{body}");
    stream.write_all(request.as_bytes()).await.expect("write");
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.expect("answer");
    raw::parse(&answer)
}

#[tokio::test]
async fn without_a_public_origin_only_pages_on_this_machine_may_change_state() {
    let server = common::start_with(true, &["--jlc-burst", "0"]).await;
    let port = server.base.rsplit(':').next().expect("port").to_owned();
    // A DNS-rebinding page: its own name resolves here, so Host and Origin agree.
    for name in ["rebind.example", "jne.co.id", "192.168.1.20"] {
        let host = format!("{name}:{port}");
        let answer = login_from(&server.base, &host, &format!("http://{host}")).await;
        assert_eq!(answer.status, 403, "{name}");
        let body: serde_json::Value = serde_json::from_slice(&answer.body).expect("json");
        assert_eq!(body["error"], "cross_origin");
    }
    for name in ["127.0.0.1", "localhost", "[::1]"] {
        let host = format!("{name}:{port}");
        let answer = login_from(&server.base, &host, &format!("http://{host}")).await;
        assert_eq!(
            answer.status, 401,
            "{name}: a wrong password, not a cross-origin refusal"
        );
    }
    server.stop().await;
}

#[test]
fn listening_beyond_this_machine_without_a_public_origin_is_warned_about() {
    let dirs = tempfile::tempdir().expect("temp dir");
    let dist = common::dist_with_app(dirs.path());
    let start = |listen: &str| {
        let mut child = std::process::Command::new(common::BIN)
            .args(["--listen", listen])
            .args(["--data", &dirs.path().join("data").display().to_string()])
            .args(["--dist", &dist.display().to_string()])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("start");
        let mut line = String::new();
        let mut stdout = std::io::BufReader::new(child.stdout.take().expect("stdout"));
        std::io::BufRead::read_line(&mut stdout, &mut line).expect("address line");
        let _ = child.kill();
        let output = child.wait_with_output().expect("stopped");
        String::from_utf8_lossy(&output.stderr).into_owned()
    };
    let wide = start("0.0.0.0:0");
    assert!(wide.contains("without --public-origin"), "{wide}");
    let local = start("127.0.0.1:0");
    assert!(!local.contains("without --public-origin"), "{local}");
}

#[tokio::test]
async fn text_says_it_is_utf8_and_the_csp_names_each_hash_once() {
    let dirs = tempfile::tempdir().expect("temp dir");
    let dist = common::dist_with_app(dirs.path());
    // The bundles' pages share their inlined stylesheet, as Trunk builds them.
    let style = "<style>body{margin:0}</style>";
    let index = std::fs::read_to_string(dist.join("index.html")).expect("index");
    let index = index.replace("</head>", &format!("{style}</head>"));
    for page in ["index.html", "jlc.html", "policy.html"] {
        std::fs::write(dist.join(page), &index).expect("write page");
    }
    // (This writes index.html anew, without the stylesheet; jlc.html and policy.html keep it.)
    let server = common::start_in(dirs, false, &[]).await;
    let base = server.base.clone();
    let client = common::client();
    for (path, kind) in [
        ("/", "text/html; charset=utf-8"),
        ("/jlc", "text/html; charset=utf-8"),
        ("/no-such-page", "text/html; charset=utf-8"),
        ("/policy/2025-01-01.id.txt", "text/plain; charset=utf-8"),
    ] {
        let answer = client
            .get(format!("{base}{path}"))
            .send()
            .await
            .expect("get");
        assert_eq!(answer.headers()["content-type"], kind, "{path}");
        if path == "/" {
            let csp = answer.headers()["content-security-policy"]
                .to_str()
                .expect("ascii")
                .to_owned();
            let style_src = csp
                .split(';')
                .find(|d| d.trim().starts_with("style-src"))
                .expect("style-src");
            assert_eq!(style_src.matches("'sha256-").count(), 1, "{csp}");
        }
    }
    server.stop().await;
}
