//! The two logs of events by key that limits count (`auth_failures`: failed passwords and
//! codes by account; `address_mail`: messages by address), kept the same way: each row its
//! key and time, in order of arrival (`rowid`).

use crate::db::{one_at_a_time, Db};

/// One log's statements (its table and key column are fixed, so the SQL is too).
pub(super) struct KeyLog {
    pub insert: &'static str,
    pub count: &'static str,
    pub delete: &'static str,
}

/// Records an event for `key` at `at`, and counts those of `key` since `since` recorded up to
/// it: (its row id, the count, the oldest's time). One key's events are recorded and counted
/// one at a time across every instance, so events at the same moment are counted in order and
/// none slips past a limit.
pub(super) async fn record(
    db: &Db,
    log: &KeyLog,
    key: &str,
    at: i64,
    since: i64,
) -> sqlx::Result<(i64, i64, Option<i64>)> {
    let mut tx = db.begin().await?;
    one_at_a_time(&mut tx, key).await?;
    let (id,): (i64,) = sqlx::query_as(log.insert)
        .bind(key)
        .bind(at)
        .fetch_one(&mut *tx)
        .await?;
    let (count, oldest): (i64, Option<i64>) = sqlx::query_as(log.count)
        .bind(key)
        .bind(since)
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok((id, count, oldest))
}

/// The event `id` is taken back (a try that succeeded, a message refused).
pub(super) async fn forget(db: &Db, log: &KeyLog, id: i64) -> sqlx::Result<()> {
    sqlx::query(log.delete).bind(id).execute(db).await?;
    Ok(())
}
