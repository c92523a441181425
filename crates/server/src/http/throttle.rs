//! Per-client limits: a client that asks too often is told how long to wait (429 +
//! Retry-After) instead of being served. The client's address ([`ClientAddr`]) is kept in
//! memory only, as the key of its counter; it is never logged or stored (privacy invariant P4).

use std::time::Duration;

use axum::response::IntoResponse;
use axum::Router;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::key_extractor::KeyExtractor;
use tower_governor::{GovernorError, GovernorLayer};

use super::client_addr::ClientAddr;
use crate::error::ApiError;
use crate::AppState;

/// A burst of `burst` requests, then one more every `refill`.
#[derive(Debug, Clone, Copy)]
pub struct ClientLimit {
    pub burst: u32,
    pub refill: Duration,
}

/// `router` with the limit applied per client address; without a limit, unchanged.
pub fn per_client(router: Router<AppState>, limit: Option<ClientLimit>) -> Router<AppState> {
    let Some(limit) = limit else {
        return router;
    };
    let Some(config) = GovernorConfigBuilder::default()
        .key_extractor(ClientKey)
        .period(limit.refill)
        .burst_size(limit.burst)
        .finish()
    else {
        tracing::warn!("client limit {limit:?} is not usable; no limit applied");
        return router;
    };
    router.layer(GovernorLayer::new(config).error_handler(|error| {
        match error {
            GovernorError::TooManyRequests { wait_time, .. } => ApiError::Throttled {
                retry_after: wait_time.max(1),
            }
            .into_response(),
            other => {
                tracing::error!("client limit: {other}");
                ApiError::Unavailable.into_response()
            }
        }
    }))
}

/// The client address [`super::client_addr::record_client`] found for the request.
#[derive(Clone, Copy)]
struct ClientKey;

impl KeyExtractor for ClientKey {
    type Key = std::net::IpAddr;

    fn extract<T>(&self, request: &axum::http::Request<T>) -> Result<Self::Key, GovernorError> {
        request
            .extensions()
            .get::<ClientAddr>()
            .map(|ClientAddr(ip)| *ip)
            .ok_or(GovernorError::UnableToExtractKey)
    }
}
