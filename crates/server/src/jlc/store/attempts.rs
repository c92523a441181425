//! Failed passwords and codes by account key (the throttle counts them).

use super::key_log::{self, KeyLog};
use crate::db::Db;

const FAILURES: KeyLog = KeyLog {
    insert: "INSERT INTO auth_failures (account_key, at) VALUES ($1, $2) RETURNING rowid",
    count: "SELECT COUNT(*), MIN(at) FROM auth_failures \
            WHERE account_key = $1 AND at >= $2 AND rowid <= $3",
    delete: "DELETE FROM auth_failures WHERE rowid = $1",
};

/// Records an attempt for `key` as a failure before it is checked, with the failures since
/// `since` up to it: (its id, the count, the oldest's time).
pub async fn record_attempt(
    db: &Db,
    key: &str,
    at: i64,
    since: i64,
) -> sqlx::Result<(i64, i64, Option<i64>)> {
    key_log::record(db, &FAILURES, key, at, since).await
}

/// The attempt `id` succeeded, or was refused unchecked: it is no failure.
pub async fn forget_attempt(db: &Db, id: i64) -> sqlx::Result<()> {
    key_log::forget(db, &FAILURES, id).await
}

/// Every failure of `key` forgotten (a completed reset lifts the sign-in lock).
pub async fn forget_failures(db: &Db, key: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM auth_failures WHERE account_key = $1")
        .bind(key)
        .execute(db)
        .await?;
    Ok(())
}
