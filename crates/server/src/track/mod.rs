//! Tracking lookups, one number at a time and several at once: from the demo store in SQLite
//! or from JNE's tracing API. Both hold answers in JNE's upstream shape, so both go through
//! the same whitelist (`jne_core::tracking::upstream`) before anything reaches a browser.

pub mod jne;

use std::sync::Arc;

use futures_util::stream::{self, StreamExt};
use jne_core::awb::Awb;
use jne_core::tracking::upstream::parse_upstream;
use jne_core::tracking::TrackResult;
use sqlx::SqlitePool;

/// Where shipments come from.
#[derive(Clone)]
pub enum Source {
    /// The demo shipments loaded by `--demo`.
    Demo(SqlitePool),
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

    async fn track_one(&self, awb: Awb) -> TrackResult {
        let answer = match self {
            Source::Demo(db) => demo_answer(db, &awb).await,
            Source::Jne(client) => client.answer(&awb).await,
        };
        // Log lines name no number and no client (privacy invariant P4).
        let parsed = match answer {
            Ok(Some(body)) => parse_upstream(&awb, &body).map_err(|error| {
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
}

/// The stored answer, or `None` when the demo store does not know the number.
async fn demo_answer(db: &SqlitePool, awb: &Awb) -> Result<Option<String>, LookupError> {
    let row: Option<(String,)> = sqlx::query_as("SELECT answer FROM demo_shipments WHERE awb = ?")
        .bind(awb.as_str())
        .fetch_optional(db)
        .await?;
    Ok(row.map(|(answer,)| answer))
}

#[derive(Debug, thiserror::Error)]
pub enum LookupError {
    #[error("demo store: {0}")]
    Database(#[from] sqlx::Error),
    #[error("JNE did not answer in time")]
    Timeout,
    #[error("JNE answered HTTP {0}")]
    Status(u16),
    #[error("JNE could not be reached: {0}")]
    Network(String),
}
