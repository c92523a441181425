//! The HTTP surface: API v1 under `/api/v1`, and the built app for every other path.

mod client_addr;
mod error;
mod health;
mod host;
mod policy;
pub(crate) mod static_files;
mod throttle;
mod track;

pub use client_addr::{ClientAddr, TrustedProxies};
pub use error::{ApiError, ApiJson};
pub use host::is_loopback_name;
pub use throttle::{per_client, ClientLimit};

use axum::routing::{get, post};
use axum::{middleware, Router};
use tower_http::limit::RequestBodyLimitLayer;

use crate::AppState;

/// API bodies are small JSON documents; anything larger is refused before it is read.
const API_BODY_LIMIT: usize = 64 * 1024;

/// The whole router; tests drive this same function.
pub fn app(state: AppState) -> Router {
    let api = Router::new()
        .route("/v1/health", get(health::health))
        .route("/v1/policy/versions", get(policy::versions))
        .route("/v1/policy/versions/{id}", get(policy::version))
        .route("/v1/policy/compare/{from}/{to}", get(policy::compare))
        .merge(throttle::per_client(
            Router::new().route("/v1/track", post(track::track)),
            state.track_limit,
        ))
        .merge(crate::jlc::routes(state.jlc_limit, state.origin.clone()))
        .fallback(error::not_found)
        .method_not_allowed_fallback(error::method_not_allowed)
        .layer(RequestBodyLimitLayer::new(API_BODY_LIMIT))
        // Outside the body limit, whose 413 is plain text.
        .layer(middleware::map_response(error::typed_errors));
    let header_settings = crate::security::HeaderSettings {
        csp: state.csp.clone(),
        hsts: state.tls,
    };
    Router::new()
        .nest("/api", api)
        .fallback_service(static_files::service(&state.dist))
        .layer(middleware::from_fn_with_state(
            state.proxies.clone(),
            client_addr::record_client,
        ))
        .with_state(state)
        .layer(middleware::from_fn(host::one_host))
        .layer(middleware::from_fn_with_state(
            header_settings,
            crate::security::headers,
        ))
}
