//! The foundation over real HTTP: health, SPA routes, API errors, headers, database, shutdown.

mod common;

use common::{client, start, LOADER};
use reqwest::StatusCode;

const PUBLIC_PATHS: [&str; 6] = [
    "/",
    "/lacak",
    "/jlc",
    "/privasi",
    "/no-such-page",
    "/favicon.svg",
];

#[tokio::test]
async fn health_answers_ok_from_a_real_sqlite_file_in_wal_mode() {
    let server = start(false).await;
    let answer = client()
        .get(server.url("/api/v1/health"))
        .send()
        .await
        .expect("request");
    assert_eq!(answer.status(), StatusCode::OK);
    let body: serde_json::Value = answer.json().await.expect("json");
    assert_eq!(body["status"], "ok");

    // SQLite's own file (the default); a PostgreSQL run has none.
    if server.database.starts_with("postgres") {
        server.stop().await;
        return;
    }
    let db = server.data.join(jne_server::db::FILE_NAME);
    assert!(db.is_file(), "database file under the data folder");
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", db.display()))
        .await
        .expect("open");
    let (mode,): (String,) = sqlx::query_as("PRAGMA journal_mode")
        .fetch_one(&pool)
        .await
        .expect("pragma");
    assert_eq!(mode, "wal");
    server.stop().await;
}

#[tokio::test]
async fn app_routes_answer_the_app_and_unknown_api_paths_answer_json_404() {
    let server = start(false).await;
    // Pages of the site are 200; any other path is the app's not-found page, with 404.
    for (path, status) in [
        ("/", StatusCode::OK),
        ("/lacak", StatusCode::OK),
        ("/jlc", StatusCode::OK),
        ("/privasi", StatusCode::OK),
        ("/privasi/riwayat/", StatusCode::OK),
        ("/no-such-page", StatusCode::NOT_FOUND),
        ("/jlc/no-such-page", StatusCode::NOT_FOUND),
        ("/404", StatusCode::NOT_FOUND),
    ] {
        let answer = client()
            .get(server.url(path))
            .send()
            .await
            .expect("request");
        assert_eq!(answer.status(), status, "{path}");
        assert!(
            answer.text().await.expect("body").contains(LOADER),
            "{path} answers index.html"
        );
    }
    for path in ["/api/v1/nope", "/api/nope", "/api/v2/health"] {
        let answer = client()
            .get(server.url(path))
            .send()
            .await
            .expect("request");
        assert_eq!(answer.status(), StatusCode::NOT_FOUND, "{path}");
        let body: serde_json::Value = answer.json().await.expect("json error body");
        assert_eq!(body["error"], "not_found", "{path}");
        assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
    let answer = client()
        .post(server.url("/api/v1/health"))
        .send()
        .await
        .expect("request");
    assert_eq!(answer.status(), StatusCode::METHOD_NOT_ALLOWED);
    let body: serde_json::Value = answer.json().await.expect("json error body");
    assert_eq!(body["error"], "method_not_allowed");
    server.stop().await;
}

#[tokio::test]
async fn every_response_carries_the_security_headers_and_no_cookie() {
    let server = start(false).await;
    let mut paths: Vec<&str> = PUBLIC_PATHS.to_vec();
    paths.extend([
        "/api/v1/health",
        "/api/v1/nope",
        "/jne-web-0123456789abcdef.js",
    ]);
    for path in paths {
        let answer = client()
            .get(server.url(path))
            .send()
            .await
            .expect("request");
        let headers = answer.headers();
        let header = |name: &str| {
            headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
        };
        let csp = header("content-security-policy");
        for directive in [
            "default-src 'none'",
            "connect-src 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "form-action 'self'",
            "base-uri 'none'",
            "'wasm-unsafe-eval'",
        ] {
            assert!(
                csp.contains(directive),
                "{path}: CSP lacks {directive}: {csp}"
            );
        }
        assert!(
            !csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"),
            "{path}: {csp}"
        );
        assert_eq!(header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(header("referrer-policy"), "no-referrer", "{path}");
        assert_eq!(
            header("cross-origin-opener-policy"),
            "same-origin",
            "{path}"
        );
        assert_eq!(
            header("cross-origin-resource-policy"),
            "same-origin",
            "{path}"
        );
        assert!(
            header("permissions-policy").contains("geolocation=()"),
            "{path}"
        );
        assert!(headers.get("set-cookie").is_none(), "{path} sets a cookie");
        let cache = header("cache-control");
        let expected = if path.starts_with("/api/") {
            "no-store"
        } else if path.ends_with(".js") {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        assert_eq!(cache, expected, "{path}");
    }
    server.stop().await;
}

#[tokio::test]
async fn the_csp_allows_exactly_the_loader_that_index_html_carries() {
    use base64::Engine;
    use sha2::Digest;
    let server = start(false).await;
    let answer = client().get(server.url("/")).send().await.expect("request");
    let csp = answer.headers()["content-security-policy"]
        .to_str()
        .expect("ascii")
        .to_owned();
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(LOADER));
    assert!(csp.contains(&format!("'sha256-{hash}'")), "{csp}");
    assert_eq!(csp.matches("'sha256-").count(), 1, "{csp}");
    server.stop().await;
}

#[tokio::test]
async fn large_api_bodies_are_refused() {
    let server = start(false).await;
    let answer = client()
        .post(server.url("/api/v1/health"))
        .body(vec![b'x'; 1024 * 1024])
        .send()
        .await
        .expect("request");
    assert!(answer.status().is_client_error(), "{}", answer.status());
    server.stop().await;
}

#[tokio::test]
async fn demo_data_loads_idempotently() {
    let dirs = tempfile::tempdir().expect("temp dir");
    let config = common::config(dirs.path(), true, &[]);
    let count = |state: jne_server::AppState| async move {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM demo_shipments")
            .fetch_one(&state.db)
            .await
            .expect("count");
        state.db.close().await;
        n
    };
    let first = count(jne_server::prepare(&config).await.expect("first start")).await;
    let second = count(jne_server::prepare(&config).await.expect("second start")).await;
    assert!(first >= 12, "at least 12 demo shipments, got {first}");
    assert_eq!(first, second);
}

#[tokio::test]
async fn precompressed_files_are_sent_to_browsers_that_accept_them() {
    let server = start(false).await;
    let dist = server.data.parent().expect("root").join("dist");
    std::fs::write(dist.join("jne-web-0123456789abcdef.js.br"), b"brotli bytes")
        .expect("write .br");
    let answer = client()
        .get(server.url("/jne-web-0123456789abcdef.js"))
        .header("accept-encoding", "br, gzip")
        .send()
        .await
        .expect("request");
    assert_eq!(answer.headers()["content-encoding"], "br");
    assert_eq!(
        answer.bytes().await.expect("body").as_ref(),
        b"brotli bytes"
    );

    let plain = client()
        .get(server.url("/jne-web-0123456789abcdef.js"))
        .send()
        .await
        .expect("request");
    assert!(plain.headers().get("content-encoding").is_none());
    server.stop().await;
}

#[tokio::test]
async fn a_page_asked_in_english_comes_with_its_english_frame() {
    let dirs = tempfile::tempdir().expect("temp dir");
    let dist = common::dist_with_app(dirs.path());
    let index = std::fs::read_to_string(dist.join("index.html")).expect("index");
    for (page, marker) in [
        ("index.en.html", "tracking in English"),
        ("jlc.html", "JLC in Indonesian"),
        ("jlc.en.html", "JLC in English"),
    ] {
        let html = index.replace("<title>JNE</title>", &format!("<title>{marker}</title>"));
        std::fs::write(dist.join(page), html).expect("write page");
    }
    let config = common::config(dirs.path(), false, &[]);
    let running = jne_server::bind(&config).await.expect("starts");
    let base = running.base_url();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(running.serve(async {
        let _ = stopped.await;
    }));
    for (path, marker) in [
        ("/jlc", "JLC in Indonesian"),
        ("/jlc?lang=en", "JLC in English"),
        ("/jlc/daftar?x=1&lang=en", "JLC in English"),
        ("/jlc?lang=id", "JLC in Indonesian"),
        ("/lacak?lang=en", "tracking in English"),
        ("/no-such-page?lang=en", "tracking in English"),
        // No English frame of this page in the build: the page as it is.
        ("/privasi?lang=en", "tracking in English"),
    ] {
        let answer = client()
            .get(format!("{base}{path}"))
            .send()
            .await
            .expect("get");
        let body = answer.text().await.expect("body");
        assert!(body.contains(marker), "{path}: {body}");
    }
    let _ = stop.send(());
    let _ = task.await;
}
