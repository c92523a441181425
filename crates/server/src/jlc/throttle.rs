//! How often an account may fail: past 5 wrong passwords or codes in 15 minutes it waits out
//! the window (429), known and unknown accounts alike. Counted in the database, per account
//! (ASVS 2.2.1), so every server sharing it counts the same failures.

use super::store;
use crate::error::ApiError;
use crate::AppState;

pub const FAILURE_WINDOW: i64 = 900;
const FAILURE_LIMIT: i64 = 5;

/// One try at a password or a code, counted as a failure until it succeeds. Recorded before
/// it is checked, so tries sent at the same moment cannot all pass the limit together.
pub struct Attempt(i64);

impl Attempt {
    /// 429 when `key` has failed too often lately (this try included); the same for unknown
    /// and known accounts.
    pub async fn begin(state: &AppState, key: &str, now: i64) -> Result<Attempt, ApiError> {
        let id = store::record_attempt(&state.db, key, now).await?;
        let (count, oldest) =
            store::failures_up_to(&state.db, key, now - FAILURE_WINDOW, id).await?;
        if count > FAILURE_LIMIT {
            store::forget_attempt(&state.db, id).await?;
            return Err(wait_out(oldest, now));
        }
        Ok(Attempt(id))
    }

    pub async fn succeeded(self, state: &AppState) -> Result<(), ApiError> {
        Ok(store::forget_attempt(&state.db, self.0).await?)
    }
}

/// 429 while `key` has failed too often lately; the same for unknown and known accounts.
pub async fn check_throttle(state: &AppState, key: &str, now: i64) -> Result<(), ApiError> {
    let (count, oldest) = store::failures_since(&state.db, key, now - FAILURE_WINDOW).await?;
    if count >= FAILURE_LIMIT {
        return Err(wait_out(oldest, now));
    }
    Ok(())
}

/// 429 until the oldest failure in the window leaves it.
fn wait_out(oldest: Option<i64>, now: i64) -> ApiError {
    let free_at = oldest.unwrap_or(now) + FAILURE_WINDOW;
    ApiError::Throttled {
        retry_after: (free_at - now).max(1) as u64,
    }
}
