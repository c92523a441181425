//! What sign-in leaves behind, deleted once it can no longer matter: ended or expired
//! challenges, sessions past their idle or absolute limit, failures older than the throttling
//! window, and sign-ups never confirmed within a day. Runs at start and every 10 minutes.

use std::time::Duration;

use sqlx::SqlitePool;

use super::session::{ABSOLUTE, IDLE};
use super::FAILURE_WINDOW;
use crate::clock::Clock;

const EVERY: Duration = Duration::from_secs(600);
/// An unconfirmed sign-up keeps its address reserved this long.
const PENDING: i64 = 24 * 60 * 60;

/// How many rows of each kind one sweep deleted.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Swept {
    pub challenges: u64,
    pub sessions: u64,
    pub failures: u64,
    pub pending_members: u64,
}

pub async fn sweep(db: &SqlitePool, now: i64) -> sqlx::Result<Swept> {
    let run = |sql: &'static str, before: i64| async move {
        sqlx::query(sql)
            .bind(before)
            .execute(db)
            .await
            .map(|done| done.rows_affected())
    };
    Ok(Swept {
        // Kept a while after expiry: the per-address limit counts recent ones.
        challenges: run(
            "DELETE FROM challenges WHERE expires_at < ?",
            now - FAILURE_WINDOW,
        )
        .await?,
        sessions: run("DELETE FROM sessions WHERE last_seen < ?", now - IDLE).await?
            + run("DELETE FROM sessions WHERE created_at < ?", now - ABSOLUTE).await?,
        failures: run(
            "DELETE FROM auth_failures WHERE at < ?",
            now - FAILURE_WINDOW,
        )
        .await?,
        pending_members: run(
            "DELETE FROM members WHERE NOT active AND created_at < ?",
            now - PENDING,
        )
        .await?,
    })
}

/// Sweeps now and then every 10 minutes, for as long as the server runs.
pub async fn every_ten_minutes(db: SqlitePool, clock: Clock) {
    let mut ticks = tokio::time::interval(EVERY);
    loop {
        ticks.tick().await;
        match sweep(&db, clock.now()).await {
            Ok(swept) => tracing::debug!("cleanup: {swept:?}"),
            Err(error) => tracing::warn!("cleanup failed: {error}"),
        }
    }
}
