//! Member enumeration by timing: an unknown JLC number takes as long as a known one with a
//! wrong password (the dummy Argon2 hash), within 10 % over the medians of 60 tries each. A file of its own,
//! so no other test of this binary competes for the cores while it measures; it supersedes
//! the 5-try check in `jlc_secrets.rs`.

mod common;

use std::time::{Duration, Instant};

use common::jlc::{post, NUMBER};
use reqwest::StatusCode;
use serde_json::json;

/// Tries of each kind. Thirty gave medians up to 17 % apart by load noise alone on a busy
/// two-core machine (both directions); sixty stayed within 5 % in repeated runs.
const TRIES: usize = 60;

fn median(times: &mut [Duration]) -> f64 {
    times.sort();
    times[times.len() / 2].as_secs_f64()
}

#[tokio::test]
async fn known_and_unknown_members_take_the_same_time_within_ten_percent() {
    let server = common::start_with(true, &["--test-clock", "--jlc-burst", "0"]).await;
    let http = common::client();
    let timed = |identifier: String| {
        let (http, base) = (http.clone(), server.base.clone());
        async move {
            let started = Instant::now();
            let body = json!({"identifier": identifier, "password": "bukan-sandinya"});
            let (status, body, _) = post(&http, &base, "/api/v1/jlc/login", body, None).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED, "{identifier}: {body}");
            started.elapsed()
        }
    };
    // Warm both paths (the dummy hash is made once, connections open) before measuring.
    timed("JLC0099999999".into()).await;
    timed(NUMBER.into()).await;
    let (mut known, mut unknown) = (Vec::new(), Vec::new());
    let mut offset = 0;
    for n in 0..TRIES {
        // The account allows five failures per 15 minutes: move the clock past the window.
        if n % 4 == 0 {
            offset += 901;
            common::member::advance_clock(&server, offset);
        }
        // Interleaved, and alternating which goes first, so drift in load hits both alike.
        let unknown_id = format!("JLC00{n:08}");
        if n % 2 == 0 {
            known.push(timed(NUMBER.into()).await);
            unknown.push(timed(unknown_id).await);
        } else {
            unknown.push(timed(unknown_id).await);
            known.push(timed(NUMBER.into()).await);
        }
    }
    let (known, unknown) = (median(&mut known), median(&mut unknown));
    let apart = (known - unknown).abs() / known.max(unknown);
    println!(
        "medians of {TRIES}: known {:.1} ms, unknown {:.1} ms",
        known * 1e3,
        unknown * 1e3
    );
    assert!(
        apart < 0.10,
        "medians of {TRIES}: known {:.1} ms, unknown {:.1} ms ({:.0} % apart)",
        known * 1e3,
        unknown * 1e3,
        apart * 100.0
    );
    server.stop().await;
}
