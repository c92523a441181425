//! The module other sites embed, over real HTTP: exactly the `--embed-origin` pages get CORS
//! on the tracking and policy API and on the files under /embed/ (never with credentials);
//! any other origin, and JLC always, get none; the loader is public, under a short cache life.

mod common;

use reqwest::header::{HeaderMap, ACCESS_CONTROL_ALLOW_ORIGIN};
use reqwest::Method;

const SHOP: &str = "https://toko.example";
const STRANGER: &str = "https://lain.example";

const GLUE: &str = "jne-web-embed-0123456789abcdef.js";

async fn server() -> common::TestServer {
    let dirs = tempfile::tempdir().expect("temp dir");
    let embed = dirs.path().join("dist/embed");
    std::fs::create_dir_all(&embed).expect("dist/embed");
    std::fs::write(embed.join("jne-embed.js"), "import('./x.js')").expect("loader");
    std::fs::write(embed.join(GLUE), "export default 1").expect("glue");
    common::start_in(dirs, true, &["--embed-origin", SHOP]).await
}

async fn ask(
    server: &common::TestServer,
    method: Method,
    path: &str,
    origin: &str,
    body: Option<&str>,
) -> (u16, HeaderMap) {
    let mut request = common::client()
        .request(method, server.url(path))
        .header("Origin", origin);
    if let Some(body) = body {
        request = request
            .header("Content-Type", "application/json")
            .body(body.to_owned());
    }
    let answer = request.send().await.expect("answer");
    (answer.status().as_u16(), answer.headers().clone())
}

fn allowed(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(ACCESS_CONTROL_ALLOW_ORIGIN)
        .and_then(|v| v.to_str().ok())
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

const TRACK: &str = r#"{"awbs":["0166231900105595"]}"#;

#[tokio::test]
async fn a_listed_page_may_track_read_the_policy_and_load_the_module() {
    let server = server().await;
    let (status, headers) = ask(&server, Method::POST, "/api/v1/track", SHOP, Some(TRACK)).await;
    assert_eq!(status, 200);
    assert_eq!(allowed(&headers), Some(SHOP));
    assert_eq!(
        header(&headers, "cross-origin-resource-policy"),
        Some("cross-origin")
    );
    assert_eq!(header(&headers, "access-control-allow-credentials"), None);
    assert!(header(&headers, "vary").is_some_and(|v| v.to_ascii_lowercase().contains("origin")));

    for path in ["/api/v1/policy/versions", &format!("/embed/{GLUE}")] {
        let (status, headers) = ask(&server, Method::GET, path, SHOP, None).await;
        assert_eq!(status, 200, "{path}");
        assert_eq!(allowed(&headers), Some(SHOP), "{path}");
        assert_eq!(header(&headers, "access-control-allow-credentials"), None);
    }

    // The preflight of the JSON POST.
    let preflight = common::client()
        .request(Method::OPTIONS, server.url("/api/v1/track"))
        .header("Origin", SHOP)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type")
        .send()
        .await
        .expect("preflight");
    let headers = preflight.headers();
    assert!(preflight.status().is_success());
    assert_eq!(allowed(headers), Some(SHOP));
    assert!(header(headers, "access-control-allow-methods").is_some_and(|m| m.contains("POST")));
    assert!(header(headers, "access-control-allow-headers")
        .is_some_and(|h| h.to_ascii_lowercase().contains("content-type")));
    server.stop().await;
}

#[tokio::test]
async fn another_origin_gets_no_cors_anywhere_and_jlc_never_does() {
    let server = server().await;
    for (method, path, body) in [
        (Method::POST, "/api/v1/track", Some(TRACK)),
        (Method::GET, "/api/v1/policy/versions", None),
        (Method::GET, &format!("/embed/{GLUE}") as &str, None),
        (Method::OPTIONS, "/api/v1/track", None),
    ] {
        let (_, headers) = ask(&server, method.clone(), path, STRANGER, body).await;
        assert_eq!(allowed(&headers), None, "{method} {path}");
        assert_eq!(
            header(&headers, "cross-origin-resource-policy"),
            Some("same-origin"),
            "{method} {path}"
        );
    }
    for (method, path) in [
        (Method::GET, "/api/v1/jlc/me"),
        (Method::POST, "/api/v1/jlc/login"),
        (Method::OPTIONS, "/api/v1/jlc/login"),
    ] {
        let (_, headers) = ask(&server, method.clone(), path, SHOP, Some("{}")).await;
        assert_eq!(allowed(&headers), None, "{method} {path}");
    }
    // The site's own pages are not shared either.
    let (_, headers) = ask(&server, Method::GET, "/lacak", SHOP, None).await;
    assert_eq!(allowed(&headers), None);
    server.stop().await;
}

#[tokio::test]
async fn the_loader_is_public_and_soon_asked_for_again_what_it_loads_is_immutable() {
    let server = server().await;
    for origin in [SHOP, STRANGER] {
        let (status, headers) =
            ask(&server, Method::GET, "/embed/jne-embed.js", origin, None).await;
        assert_eq!(status, 200);
        assert_eq!(allowed(&headers), Some("*"), "{origin}");
        assert_eq!(
            header(&headers, "cache-control"),
            Some("public, max-age=300")
        );
        assert!(header(&headers, "content-type").is_some_and(|t| t.contains("javascript")));
    }
    let (_, headers) = ask(&server, Method::GET, &format!("/embed/{GLUE}"), SHOP, None).await;
    assert_eq!(
        header(&headers, "cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    server.stop().await;
}
