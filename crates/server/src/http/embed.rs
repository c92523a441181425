//! The module other sites embed (`jne_core::site::EMBED`): which host pages may use it, and
//! the CORS that lets exactly those read the tracking and policy API and load the files under
//! `/embed/`. Never with credentials, so no cookie is ever part of it. The loader itself is
//! public, so a page that is not listed still shows the element's own message instead of a
//! blank box.

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::header::{self, HeaderValue};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;
use jne_core::site::EMBED;
use tower::{Layer, ServiceExt};
use tower_http::cors::{AllowOrigin, CorsLayer};

/// The origins of `--embed-origin`.
#[derive(Clone, Debug, Default)]
pub struct Embedders {
    origins: Arc<[HeaderValue]>,
}

impl Embedders {
    pub fn new(origins: &[String]) -> Embedders {
        Embedders {
            origins: origins
                .iter()
                .filter_map(|origin| HeaderValue::from_str(origin).ok())
                .collect(),
        }
    }

    /// CORS for the listed host pages only: GET and POST with a JSON body; the wait of a 429
    /// readable, so the element can say how long.
    pub fn cors(&self) -> CorsLayer {
        CorsLayer::new()
            .allow_origin(AllowOrigin::list(self.origins.iter().cloned()))
            .allow_methods([Method::GET, Method::POST])
            .allow_headers([header::CONTENT_TYPE])
            .expose_headers([header::RETRY_AFTER])
            .max_age(Duration::from_secs(600))
    }
}

/// CORS on the files of `/embed/`: the listed host pages for the hashed files, anyone for the
/// loader.
pub async fn files(State(embedders): State<Embedders>, request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let cors = if path == EMBED.loader {
        CorsLayer::new()
            .allow_origin(AllowOrigin::any())
            .allow_methods([Method::GET])
    } else if path.starts_with(EMBED.dir) {
        embedders.cors()
    } else {
        return next.run(request).await;
    };
    match cors.layer(next).oneshot(request).await {
        Ok(response) => response,
        Err(never) => match never {},
    }
}
