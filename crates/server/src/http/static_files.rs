//! The built app: hashed files cached for a year; each page of the site manifest
//! (`jne_core::site`) answered with its bundle's HTML; any other path with the app's not-found
//! page and status 404. No path is redirected (a redirect built from the request could point
//! at another host), and no odd path answers 5xx.

use std::convert::Infallible;
use std::path::{Path, PathBuf};

use axum::body::Body;
use axum::extract::Request;
use axum::http::header::{self, HeaderValue};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use jne_core::site;
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

pub fn service(dist: &Path) -> Router {
    let pages = Pages {
        dist: dist.to_owned(),
    };
    let fallback = pages.clone();
    let files = ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        // A folder is no page: without this, `/policy` would redirect to a `Location` built
        // from the request (`//policy` → `//policy/`, another host).
        .append_index_html_on_directories(false)
        .fallback(tower::service_fn(move |request: Request| {
            let pages = fallback.clone();
            async move { Ok::<_, Infallible>(pages.answer(request).await) }
        }));
    Router::new()
        .fallback_service(files)
        .layer(middleware::from_fn(cache_control))
        .layer(middleware::from_fn_with_state(pages, never_a_server_error))
        .layer(middleware::map_response(text_in_utf8))
}

/// The HTML of the site's pages in the built app.
#[derive(Clone)]
struct Pages {
    dist: PathBuf,
}

impl Pages {
    /// The page of the manifest at the request's path, in its bundle's HTML; else the app's
    /// not-found page with 404.
    async fn answer(&self, request: Request) -> Response {
        match site::page_at(request.uri().path()) {
            Some(page) => self.html(site::files(page.bundle).html, request).await,
            None => self.not_found(request).await,
        }
    }

    async fn not_found(&self, request: Request) -> Response {
        let mut response = self.html(site::BUNDLES[0].html, request).await;
        if response.status().is_success() {
            *response.status_mut() = StatusCode::NOT_FOUND;
        }
        response
    }

    /// `name` (its English frame, `NAME.en.html`, for `?lang=en`: the link from a page in
    /// English), or index.html when the build has no such page (a test's small app), whose
    /// router shows every page too.
    async fn html(&self, name: &str, request: Request) -> Response {
        let english = request.uri().query().is_some_and(asks_english);
        let index = site::BUNDLES[0].html;
        let path = [name, index]
            .into_iter()
            .flat_map(|name| {
                let translated = english.then(|| name.replace(".html", ".en.html"));
                translated.into_iter().chain([name.to_owned()])
            })
            .map(|name| self.dist.join(name))
            .find(|path| path.is_file())
            .unwrap_or_else(|| self.dist.join(index));
        let file = ServeFile::new(path).precompressed_br().precompressed_gzip();
        match file.oneshot(request).await {
            Ok(response) => response.map(Body::new),
            Err(never) => match never {},
        }
    }
}

/// `lang=en` among the query's pairs, as the app reads it.
fn asks_english(query: &str) -> bool {
    query.split('&').any(|pair| pair == "lang=en")
}

/// A file the system would not open (a name too long, say) is a page the site does not have.
async fn never_a_server_error(
    axum::extract::State(pages): axum::extract::State<Pages>,
    request: Request,
    next: Next,
) -> Response {
    let mut again = Request::new(Body::empty());
    if let Some(encodings) = request.headers().get(header::ACCEPT_ENCODING) {
        again
            .headers_mut()
            .insert(header::ACCEPT_ENCODING, encodings.clone());
    }
    let response = next.run(request).await;
    if response.status().is_server_error() {
        let mut page = pages.not_found(again).await;
        if page.status().is_server_error() {
            page = StatusCode::NOT_FOUND.into_response();
        }
        return page;
    }
    response
}

/// Text says it is UTF-8 (the HTML of the app, the policy's text files, robots.txt).
async fn text_in_utf8(mut response: Response) -> Response {
    let plain_text = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .filter(|kind| kind.starts_with("text/") && !kind.contains("charset"))
        .map(|kind| format!("{kind}; charset=utf-8"));
    if let Some(value) = plain_text.and_then(|kind| HeaderValue::from_str(&kind).ok()) {
        response.headers_mut().insert(header::CONTENT_TYPE, value);
    }
    response
}

async fn cache_control(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let immutable = is_hashed_asset(path);
    // Host pages name the embedded module's loader by a stable name: it is asked for again
    // within minutes, so a new build reaches them soon.
    let loader = path == site::EMBED.loader;
    let mut response = next.run(request).await;
    let value = if immutable {
        "public, max-age=31536000, immutable"
    } else if loader {
        "public, max-age=300"
    } else {
        // index.html and unhashed files: always ask whether they changed.
        "no-cache"
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    response
}

/// Trunk names built files `name-<hash>.ext` (or `_bg.wasm`), the hash a 64-bit number in hex
/// without its leading zeros (so now and then 15 digits); their content never changes.
fn is_hashed_asset(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or_default();
    let stem = file.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (12..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

#[cfg(test)]
mod tests {
    use super::is_hashed_asset;

    #[test]
    fn knows_trunk_hashed_names() {
        assert!(is_hashed_asset("/jne-web-1f2e3d4c5b6a7980_bg.wasm"));
        assert!(is_hashed_asset("/jne-web-1f2e3d4c5b6a7980.js"));
        assert!(is_hashed_asset("/app-0123456789abcdef.css"));
        assert!(is_hashed_asset("/jne-web-a8c112264ba20bb.js"));
        assert!(is_hashed_asset("/embed/jne-embed-a7cf34fe602d202e.css"));
        assert!(!is_hashed_asset("/embed/jne-embed.js"));
        assert!(!is_hashed_asset("/jne-web-cafe.js"));
        assert!(!is_hashed_asset("/"));
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/favicon.svg"));
        assert!(!is_hashed_asset("/lacak"));
    }
}
