//! One-time code challenges, stored with their token and code hashed.

use sqlx::SqlitePool;

use crate::jlc::challenge::Challenge;

/// Ends the challenge if nobody has yet; false when it was already ended (its code was used).
pub async fn end_challenge(db: &SqlitePool, token_hash: &str) -> sqlx::Result<bool> {
    let done = sqlx::query("UPDATE challenges SET ended = 1 WHERE token_hash = ? AND NOT ended")
        .bind(token_hash)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Takes one try from a live challenge, ending it at the last; the tries left, or `None` when
/// it had already ended.
pub async fn spend_try(db: &SqlitePool, token_hash: &str) -> sqlx::Result<Option<i64>> {
    let left: Option<(i64,)> = sqlx::query_as(
        "UPDATE challenges SET tries_left = tries_left - 1, ended = (tries_left <= 1) \
         WHERE token_hash = ? AND NOT ended RETURNING tries_left",
    )
    .bind(token_hash)
    .fetch_optional(db)
    .await?;
    Ok(left.map(|(n,)| n))
}

pub async fn challenge(db: &SqlitePool, token_hash: &str) -> sqlx::Result<Option<Challenge>> {
    sqlx::query_as(
        "SELECT purpose, member_id, send_to, deliver, code_hash, created_at, expires_at, \
         resend_at, resends_left, tries_left, ended FROM challenges WHERE token_hash = ?",
    )
    .bind(token_hash)
    .fetch_optional(db)
    .await
}

/// Inserts or replaces the challenge `token_hash` (a resend replaces the code in place).
pub async fn put_challenge(db: &SqlitePool, token_hash: &str, row: &Challenge) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT OR REPLACE INTO challenges (token_hash, purpose, member_id, send_to, deliver, \
         code_hash, created_at, expires_at, resend_at, resends_left, tries_left, ended) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(token_hash)
    .bind(&row.purpose)
    .bind(row.member_id)
    .bind(&row.send_to)
    .bind(row.deliver)
    .bind(&row.code_hash)
    .bind(row.created_at)
    .bind(row.expires_at)
    .bind(row.resend_at)
    .bind(row.resends_left)
    .bind(row.tries_left)
    .bind(row.ended)
    .execute(db)
    .await?;
    Ok(())
}
