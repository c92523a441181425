//! What sign-in leaves behind, deleted once it can no longer matter: ended or expired
//! challenges, sessions past their idle or absolute limit, failures older than the throttling
//! window, passkey ceremonies past their 5 minutes, and sign-ups never confirmed (with their
//! challenge; those made before sign-ups waited beside their challenge, within a day). Runs at
//! start and every 10 minutes, with the end of the retention period (`retention`).

use std::time::Duration;

use crate::db::Db;

use super::challenge::ADDRESS_WINDOW;
use super::session::{ABSOLUTE, IDLE};
use super::throttle::FAILURE_WINDOW;
use crate::AppState;

const EVERY: Duration = Duration::from_secs(600);
/// An unconfirmed sign-up keeps its address reserved this long.
const PENDING: i64 = 24 * 60 * 60;

/// How many rows of each kind one sweep deleted.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Swept {
    pub challenges: u64,
    pub sessions: u64,
    pub failures: u64,
    /// Sign-ups never confirmed.
    pub pending_members: u64,
    /// Messages to an address older than its budget's window.
    pub mail_budget: u64,
    /// Passkey ceremonies never finished.
    pub passkey_ceremonies: u64,
}

pub async fn sweep(db: &Db, now: i64) -> sqlx::Result<Swept> {
    let run = |sql: &'static str, before: i64| async move {
        sqlx::query(sql)
            .bind(before)
            .execute(db)
            .await
            .map(|done| done.rows_affected())
    };
    // A sign-up ends with its challenge; counted before the challenges take it along.
    let sign_ups = run(
        "DELETE FROM sign_ups WHERE token_hash IN \
         (SELECT token_hash FROM challenges WHERE expires_at < $1)",
        now - FAILURE_WINDOW,
    )
    .await?;
    Ok(Swept {
        // Kept a while after expiry, as the throttle's window.
        challenges: run(
            "DELETE FROM challenges WHERE expires_at < $1",
            now - FAILURE_WINDOW,
        )
        .await?,
        sessions: run("DELETE FROM sessions WHERE last_seen < $1", now - IDLE).await?
            + run("DELETE FROM sessions WHERE created_at < $1", now - ABSOLUTE).await?,
        failures: run(
            "DELETE FROM auth_failures WHERE at < $1",
            now - FAILURE_WINDOW,
        )
        .await?,
        mail_budget: run(
            "DELETE FROM address_mail WHERE at < $1",
            now - ADDRESS_WINDOW,
        )
        .await?,
        passkey_ceremonies: run("DELETE FROM passkey_ceremonies WHERE expires_at < $1", now)
            .await?,
        pending_members: sign_ups
            + run(
                "DELETE FROM members WHERE active = 0 AND created_at < $1",
                now - PENDING,
            )
            .await?,
    })
}

/// Sweeps now and then every 10 minutes, for as long as the server runs, and anonymises
/// those whose retention period ended (`retention`).
pub async fn every_ten_minutes(state: AppState) {
    let mut ticks = tokio::time::interval(EVERY);
    loop {
        ticks.tick().await;
        let now = state.clock.now();
        match sweep(&state.db, now).await {
            Ok(swept) => tracing::debug!("cleanup: {swept:?}"),
            Err(error) => tracing::warn!("cleanup failed: {error}"),
        }
        if let Err(error) = super::retention::run(&state, now).await {
            tracing::warn!("retention failed: {error}");
        }
    }
}
