//! What each address has been sent lately, for its budget (keys are hashes of addresses).

use crate::db::{one_at_a_time, Db};

/// Records one message to `key` and counts those recorded no later than it since `since`, with
/// the oldest's time: messages drawn at the same moment are counted in order, one at a time
/// across every instance, none slips past.
pub async fn draw_mail(
    db: &Db,
    key: &str,
    at: i64,
    since: i64,
) -> sqlx::Result<(i64, i64, Option<i64>)> {
    let mut tx = db.begin().await?;
    one_at_a_time(&mut tx, key).await?;
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO address_mail (address_key, at) VALUES ($1, $2) RETURNING rowid",
    )
    .bind(key)
    .bind(at)
    .fetch_one(&mut *tx)
    .await?;
    let (count, oldest): (i64, Option<i64>) = sqlx::query_as(
        "SELECT COUNT(*), MIN(at) FROM address_mail WHERE address_key = $1 AND at >= $2 AND rowid <= $3",
    )
    .bind(key)
    .bind(since)
    .bind(id)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok((id, count, oldest))
}

/// A message drawn but refused (over the budget) is no message.
pub async fn undraw_mail(db: &Db, id: i64) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM address_mail WHERE rowid = $1")
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}
