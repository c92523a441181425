//! The end of the retention period (privacy policy 4e): a member whose account was closed,
//! or who has not signed in, for longer than `--retention-years` is anonymised. Runs at start
//! and with every cleanup. The log says how many, never who.

use super::{secret, store};
use crate::AppState;

/// How long personal data is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Retention {
    years: u32,
}

impl Retention {
    pub fn years(years: u32) -> Retention {
        Retention { years }
    }

    /// In seconds, a year being 365.25 days (a day either way over five years).
    pub fn seconds(self) -> i64 {
        i64::from(self.years) * 31_557_600
    }

    /// The date (`YYYY-MM-DD`, WIB) on which what is kept of an account closed at `closed_at`
    /// is anonymised.
    pub fn anonymised_on(self, closed_at: i64) -> String {
        // The sweep after the period's end: at most ten minutes, so the day after at the latest.
        jne_core::policy::date::jakarta_date(closed_at + self.seconds() + 86_400)
    }
}

/// Anonymises every member whose period ended before `now`; how many.
pub async fn run(state: &AppState, now: i64) -> sqlx::Result<u64> {
    let due = store::due_for_anonymising(&state.db, now - state.retention.seconds()).await?;
    for (member_id, email) in &due {
        // Random, not a hash of the address: nothing leads back from it.
        let pseudonym = secret::token().map_err(|_| sqlx::Error::WorkerCrashed)?;
        let pseudonym = &pseudonym[..16.min(pseudonym.len())];
        let address_key = secret::digest(&[&email.to_lowercase()]);
        store::anonymise(&state.db, *member_id, email, &address_key, pseudonym, now).await?;
        state.mailer.forget(email).await;
    }
    if !due.is_empty() {
        crate::db::compact(&state.db).await?;
        tracing::info!("retention: {} members anonymised", due.len());
    }
    Ok(due.len() as u64)
}
