//! Failed passwords and codes by account key (the throttle counts them).

use crate::db::{one_at_a_time, Db};

/// Records an attempt for `key` as a failure before it is checked, and counts the failures of
/// `key` since `since` recorded up to it: (its row id, the count, the oldest's time). One
/// key's attempts are recorded and counted one at a time across every instance, so attempts
/// made at the same moment are counted in order and none can slip past the limit.
pub async fn record_attempt(
    db: &Db,
    key: &str,
    at: i64,
    since: i64,
) -> sqlx::Result<(i64, i64, Option<i64>)> {
    let mut tx = db.begin().await?;
    one_at_a_time(&mut tx, key).await?;
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO auth_failures (account_key, at) VALUES ($1, $2) RETURNING rowid",
    )
    .bind(key)
    .bind(at)
    .fetch_one(&mut *tx)
    .await?;
    let (count, oldest): (i64, Option<i64>) = sqlx::query_as(
        "SELECT COUNT(*), MIN(at) FROM auth_failures WHERE account_key = $1 AND at >= $2 AND rowid <= $3",
    )
    .bind(key)
    .bind(since)
    .bind(id)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok((id, count, oldest))
}

/// The attempt `id` succeeded, or was refused unchecked: it is no failure.
pub async fn forget_attempt(db: &Db, id: i64) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM auth_failures WHERE rowid = $1")
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

/// Every failure of `key` forgotten (a completed reset lifts the sign-in lock).
pub async fn forget_failures(db: &Db, key: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM auth_failures WHERE account_key = $1")
        .bind(key)
        .execute(db)
        .await?;
    Ok(())
}
