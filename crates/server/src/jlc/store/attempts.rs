//! Failed passwords and codes by account key (the throttle counts them).

use crate::db::Db;

/// Records an attempt for `key` as a failure before it is checked (its row id): attempts made
/// at the same moment are then counted in the order they were recorded, none can slip past.
pub async fn record_attempt(db: &Db, key: &str, at: i64) -> sqlx::Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO auth_failures (account_key, at) VALUES ($1, $2) RETURNING rowid",
    )
    .bind(key)
    .bind(at)
    .fetch_one(db)
    .await?;
    Ok(id)
}

/// Failed attempts for `key` since `since` recorded no later than attempt `id`.
pub async fn failures_up_to(
    db: &Db,
    key: &str,
    since: i64,
    id: i64,
) -> sqlx::Result<(i64, Option<i64>)> {
    sqlx::query_as(
        "SELECT COUNT(*), MIN(at) FROM auth_failures WHERE account_key = $1 AND at >= $2 AND rowid <= $3",
    )
    .bind(key)
    .bind(since)
    .bind(id)
    .fetch_one(db)
    .await
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
