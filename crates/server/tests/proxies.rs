//! Behind a proxy, each client keeps its own rate-limit bucket: the address comes from the
//! proxy's `X-Forwarded-For` or `Forwarded` header only when the peer is a `--trusted-proxy`,
//! and a spoofed header from anyone else changes nothing. Clients connect from their own
//! 127.0.0.x address.

mod common;

use std::net::IpAddr;

use reqwest::StatusCode;

/// One tracking request from `local`, with `header: value` when given.
async fn track_from(base: &str, local: &str, header: Option<(&str, &str)>) -> StatusCode {
    let client = reqwest::Client::builder()
        .local_address(local.parse::<IpAddr>().expect("address"))
        .build()
        .expect("client");
    let mut request = client
        .post(format!("{base}/api/v1/track"))
        .header("content-type", "application/json")
        .body(r#"{"awbs":["0166231900105595"]}"#);
    if let Some((name, value)) = header {
        request = request.header(name, value);
    }
    request.send().await.expect("request").status()
}

const LIMIT: [&str; 4] = ["--track-burst", "2", "--track-refill-ms", "3600000"];

#[tokio::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_bucket() {
    let mut args = LIMIT.to_vec();
    args.extend([
        "--trusted-proxy",
        "127.0.0.1",
        "--trusted-proxy",
        "10.0.0.0/8",
    ]);
    let server = common::start_with(true, &args).await;
    let base = &server.base;
    let one = Some(("x-forwarded-for", "203.0.113.5"));
    assert_eq!(track_from(base, "127.0.0.1", one).await, StatusCode::OK);
    assert_eq!(track_from(base, "127.0.0.1", one).await, StatusCode::OK);
    assert_eq!(
        track_from(base, "127.0.0.1", one).await,
        StatusCode::TOO_MANY_REQUESTS,
        "the third from one client"
    );
    // Another client behind the same proxy, by either header, through a second proxy too.
    for other in [
        ("x-forwarded-for", "203.0.113.6"),
        ("forwarded", "for=203.0.113.7;proto=https"),
        ("x-forwarded-for", "203.0.113.8, 10.1.2.3"),
    ] {
        assert_eq!(
            track_from(base, "127.0.0.1", Some(other)).await,
            StatusCode::OK,
            "{other:?}"
        );
    }
    // What a client writes of itself on the left is not believed: the right-most hop counts.
    let claims = Some(("x-forwarded-for", "198.51.100.1, 203.0.113.5"));
    assert_eq!(
        track_from(base, "127.0.0.1", claims).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    // A peer that is no proxy of ours shares its own bucket whatever it claims.
    for claim in ["203.0.113.20", "203.0.113.21", "203.0.113.22"] {
        let status = track_from(base, "127.0.0.2", Some(("x-forwarded-for", claim))).await;
        let want = if claim.ends_with("22") {
            StatusCode::TOO_MANY_REQUESTS
        } else {
            StatusCode::OK
        };
        assert_eq!(status, want, "{claim} from 127.0.0.2");
    }
    server.stop().await;
}

#[tokio::test]
async fn without_a_trusted_proxy_forwarding_headers_change_nothing() {
    let server = common::start_with(true, &LIMIT).await;
    let base = &server.base;
    let mut statuses = Vec::new();
    for claim in ["203.0.113.30", "203.0.113.31", "203.0.113.32"] {
        let header = Some(("x-forwarded-for", claim));
        statuses.push(track_from(base, "127.0.0.1", header).await);
    }
    let forwarded = Some(("forwarded", "for=203.0.113.33"));
    statuses.push(track_from(base, "127.0.0.1", forwarded).await);
    assert_eq!(
        statuses,
        [
            StatusCode::OK,
            StatusCode::OK,
            StatusCode::TOO_MANY_REQUESTS,
            StatusCode::TOO_MANY_REQUESTS
        ]
    );
    server.stop().await;
}

#[test]
fn a_trusted_proxy_that_is_no_address_stops_the_start() {
    let dirs = tempfile::tempdir().expect("temp dir");
    let output = std::process::Command::new(common::BIN)
        .args(["--trusted-proxy", "10.0.0.0/33"])
        .args([
            "--dist",
            &common::dist_with_app(dirs.path()).display().to_string(),
        ])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("10.0.0.0/33"), "{said}");
}
