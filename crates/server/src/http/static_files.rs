//! The built app: hashed files cached for a year, and for every route of the app the HTML of
//! the bundle that shows it: `jlc.html` for `/jlc…`, `policy.html` for `/privasi…` (the
//! privacy policy), `index.html` for tracking and any other path.

use std::path::Path;

use axum::extract::Request;
use axum::http::header::{self, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::Router;
use tower_http::services::{ServeDir, ServeFile};

/// The HTML of each bundle other than tracking's, and the paths whose pages it shows.
pub const BUNDLES: [(&str, [&str; 2]); 2] = [
    ("jlc.html", ["/jlc", "/jlc/{*rest}"]),
    ("policy.html", ["/privasi", "/privasi/{*rest}"]),
];

pub fn service(dist: &Path) -> Router {
    let html = |name: &str| {
        ServeFile::new(dist.join(name))
            .precompressed_br()
            .precompressed_gzip()
    };
    let files = ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        // Any other path is a route of the app, which shows its own "not found" page.
        .fallback(html("index.html"));
    BUNDLES
        .into_iter()
        .flat_map(|(page, paths)| {
            // Without that bundle (a test's small app) index.html shows its pages too.
            let page = if dist.join(page).is_file() {
                page
            } else {
                "index.html"
            };
            paths.map(|path| (page, path))
        })
        .fold(Router::new(), |router, (page, path)| {
            router.route_service(path, html(page))
        })
        .fallback_service(files)
        .layer(middleware::from_fn(cache_control))
}

async fn cache_control(request: Request, next: Next) -> Response {
    let immutable = is_hashed_asset(request.uri().path());
    let mut response = next.run(request).await;
    let value = if immutable {
        "public, max-age=31536000, immutable"
    } else {
        // index.html and unhashed files: always ask whether they changed.
        "no-cache"
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    response
}

/// Trunk names built files `name-<16 hex digits>.ext` (or `_bg.wasm`); their content never changes.
fn is_hashed_asset(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or_default();
    let stem = file.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::is_hashed_asset;

    #[test]
    fn knows_trunk_hashed_names() {
        assert!(is_hashed_asset("/jne-web-1f2e3d4c5b6a7980_bg.wasm"));
        assert!(is_hashed_asset("/jne-web-1f2e3d4c5b6a7980.js"));
        assert!(is_hashed_asset("/app-0123456789abcdef.css"));
        assert!(!is_hashed_asset("/"));
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/favicon.svg"));
        assert!(!is_hashed_asset("/lacak"));
    }
}
