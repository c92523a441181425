//! How often an account may fail: past `FAILURE_LIMIT` wrong passwords or codes in the window
//! it waits the window out (429), known and unknown accounts alike. Counted in the database,
//! per account (ASVS 2.2.1), so every server sharing it counts the same failures. The limits
//! are `jne_core::jlc::lockout`'s, so the app warns by the same numbers.

use jne_core::jlc::lockout::{FAILURE_LIMIT, FAILURE_WINDOW_SECONDS};

use super::store;
use crate::error::ApiError;
use crate::AppState;

pub const FAILURE_WINDOW: i64 = FAILURE_WINDOW_SECONDS as i64;
const LIMIT: i64 = FAILURE_LIMIT as i64;

/// One try at a password or a code, counted as a failure until it succeeds. Recorded before
/// it is checked, so tries sent at the same moment cannot all pass the limit together.
pub struct Attempt {
    id: i64,
    /// Failures in the window, this try included.
    failures: i64,
}

impl Attempt {
    /// 429 when `key` has failed too often lately (this try included); the same for unknown
    /// and known accounts.
    pub async fn begin(state: &AppState, key: &str, now: i64) -> Result<Attempt, ApiError> {
        let (id, count, oldest) =
            store::record_attempt(&state.db, key, now, now - FAILURE_WINDOW).await?;
        if count > LIMIT {
            store::forget_attempt(&state.db, id).await?;
            return Err(wait_out(oldest, now));
        }
        Ok(Attempt {
            id,
            failures: count,
        })
    }

    /// Tries the account has left if this one fails (0: the next one waits).
    pub fn tries_left(&self) -> u32 {
        (LIMIT - self.failures).max(0) as u32
    }

    pub async fn succeeded(self, state: &AppState) -> Result<(), ApiError> {
        Ok(store::forget_attempt(&state.db, self.id).await?)
    }
}

/// Forgets every failure of `key`: the member proved control of the address and set a new
/// password, so a sign-in lock has nothing left to protect.
pub async fn lift(state: &AppState, key: &str) -> Result<(), ApiError> {
    Ok(store::forget_failures(&state.db, key).await?)
}

/// 429 until the oldest failure in the window leaves it.
fn wait_out(oldest: Option<i64>, now: i64) -> ApiError {
    let free_at = oldest.unwrap_or(now) + FAILURE_WINDOW;
    ApiError::Throttled {
        retry_after: (free_at - now).max(1) as u64,
    }
}
