//! Tracking lookups, one number at a time and several at once: from the demo store in SQLite
//! or from JNE's tracing API. Both hold answers in JNE's upstream shape, so both go through
//! the same whitelist (`jne_core::tracking::upstream`) before anything reaches a browser.
//! The demo store never changes while the server runs, so its answers are read from SQLite
//! and put through the whitelist once, at start, and then answered from memory.

mod handlers;
pub mod jne;

use std::collections::HashMap;
use std::sync::Arc;

use crate::db::Db;
use futures_util::stream::{self, StreamExt};
use jne_core::awb::Awb;
use jne_core::tracking::upstream::parse_upstream;
use jne_core::tracking::TrackResult;

use crate::AppState;

/// `POST /v1/track` (`http` puts the per-client limit around it).
pub fn routes() -> axum::Router<AppState> {
    axum::Router::new().route("/v1/track", axum::routing::post(handlers::track))
}

/// Where shipments come from.
#[derive(Clone)]
pub enum Source {
    /// The demo shipments loaded by `--demo`, already read through the whitelist.
    Demo(Arc<HashMap<String, TrackResult>>),
    /// JNE's tracing API.
    Jne(Arc<jne::JneClient>),
}

/// How many lookups run at once for one request.
const PARALLEL: usize = 8;

impl Source {
    /// One result per number, in the order asked; a failing number fails alone.
    pub async fn track(&self, awbs: Vec<Awb>) -> Vec<TrackResult> {
        stream::iter(awbs)
            .map(|awb| self.track_one(awb))
            .buffered(PARALLEL)
            .collect()
            .await
    }

    /// The demo store, read from the database once.
    pub async fn demo(db: &Db) -> Result<Source, sqlx::Error> {
        let rows: Vec<(String, String)> = sqlx::query_as("SELECT awb, answer FROM demo_shipments")
            .fetch_all(db)
            .await?;
        let results = rows
            .into_iter()
            .filter_map(|(number, answer)| {
                let awb = jne_core::awb::parse(&number).ok()?;
                Some((number, read(&awb, Ok(Some(answer)))))
            })
            .collect();
        Ok(Source::Demo(Arc::new(results)))
    }

    async fn track_one(&self, awb: Awb) -> TrackResult {
        match self {
            Source::Demo(results) => results
                .get(awb.as_str())
                .cloned()
                .unwrap_or_else(|| TrackResult::not_found(awb.as_str())),
            Source::Jne(client) => read(&awb, client.answer(&awb).await),
        }
    }
}

/// An upstream answer through the whitelist, as the result for `awb`.
fn read(awb: &Awb, answer: Result<Option<String>, LookupError>) -> TrackResult {
    // Log lines name no number and no client (privacy invariant P4).
    let parsed = match answer {
        Ok(Some(body)) => parse_upstream(awb, &body).map_err(|error| {
            tracing::warn!("tracking answer unreadable: {}", error.code());
        }),
        Ok(None) => Ok(None),
        Err(error) => {
            tracing::warn!("tracking lookup failed: {error}");
            Err(())
        }
    };
    match parsed {
        Ok(Some(shipment)) => TrackResult::found(shipment),
        Ok(None) => TrackResult::not_found(awb.as_str()),
        Err(()) => TrackResult::error(awb.as_str()),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LookupError {
    #[error("JNE did not answer in time")]
    Timeout,
    #[error("JNE answered HTTP {0}")]
    Status(u16),
    #[error("JNE could not be reached: {0}")]
    Network(String),
}
