//! The HTTP surface, composed: API v1 under `/api/v1` from each resource's routes (`track`,
//! `policy`, `jlc`) with the middleware around them, and the built app for every other path.
//! Handlers live with their resource; this folder holds only routing and middleware.

mod client_addr;
mod csrf;
mod embed;
mod health;
mod host;
pub(crate) mod static_files;
mod throttle;

pub use client_addr::{ClientAddr, TrustedProxies};
pub use csrf::OwnOrigin;
pub use embed::Embedders;
pub use throttle::ClientLimit;

use axum::routing::get;
use axum::{middleware, Router};
use tower_http::limit::RequestBodyLimitLayer;

use crate::error;
use crate::AppState;

/// API bodies are small JSON documents; anything larger is refused before it is read.
const API_BODY_LIMIT: usize = 64 * 1024;

/// The whole router; tests drive this same function.
pub fn app(state: AppState) -> Router {
    let api = Router::new()
        .route("/v1/health", get(health::health))
        .merge(shared(crate::policy::routes(), &state.embedders))
        .merge(shared(
            throttle::per_client(crate::track::routes(), state.track_limit),
            &state.embedders,
        ))
        .merge(throttle::per_client(
            // Every state change of JLC must come from this very origin.
            crate::jlc::routes().layer(middleware::from_fn_with_state(
                state.origin.clone(),
                csrf::same_origin,
            )),
            state.jlc_limit,
        ))
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
        .fallback_service(
            static_files::service(&state.dist).layer(middleware::from_fn_with_state(
                state.embedders.clone(),
                embed::files,
            )),
        )
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

/// Tracking and the policy are what host pages embed: their origins (and no other) get CORS,
/// around the per-client limit so that its 429 is readable too. The fallback for other
/// methods goes inside, so that a preflight (`OPTIONS`) reaches the CORS layer.
fn shared(routes: Router<AppState>, embedders: &Embedders) -> Router<AppState> {
    routes
        .method_not_allowed_fallback(error::method_not_allowed)
        .layer(embedders.cors())
}
