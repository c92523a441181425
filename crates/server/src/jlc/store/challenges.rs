//! One-time code challenges, stored with their token and code hashed.

use crate::db::{Db, Flag};

use crate::jlc::challenge::Challenge;

/// Ends the challenge if nobody has yet; false when it was already ended (its code was used).
pub async fn end_challenge(db: &Db, token_hash: &str) -> sqlx::Result<bool> {
    let done = sqlx::query("UPDATE challenges SET ended = 1 WHERE token_hash = $1 AND ended = 0")
        .bind(token_hash)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Takes one try from a live challenge, ending it at the last; the tries left, or `None` when
/// it had already ended.
pub async fn spend_try(db: &Db, token_hash: &str) -> sqlx::Result<Option<i64>> {
    let left: Option<(i64,)> = sqlx::query_as(
        "UPDATE challenges SET tries_left = tries_left - 1, \
         ended = CASE WHEN tries_left <= 1 THEN 1 ELSE 0 END \
         WHERE token_hash = $1 AND ended = 0 RETURNING tries_left",
    )
    .bind(token_hash)
    .fetch_optional(db)
    .await?;
    Ok(left.map(|(n,)| n))
}

pub async fn challenge(db: &Db, token_hash: &str) -> sqlx::Result<Option<Challenge>> {
    sqlx::query_as(
        "SELECT purpose, member_id, send_to, deliver, code_hash, created_at, expires_at, \
         resend_at, resends_left, tries_left, ended FROM challenges WHERE token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(db)
    .await
}

/// Inserts or replaces the challenge `token_hash` (a resend replaces the code in place).
pub async fn put_challenge(db: &Db, token_hash: &str, row: &Challenge) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO challenges (token_hash, purpose, member_id, send_to, deliver, \
         code_hash, created_at, expires_at, resend_at, resends_left, tries_left, ended) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
         ON CONFLICT (token_hash) DO UPDATE SET purpose = excluded.purpose, \
         member_id = excluded.member_id, send_to = excluded.send_to, deliver = excluded.deliver, \
         code_hash = excluded.code_hash, created_at = excluded.created_at, \
         expires_at = excluded.expires_at, resend_at = excluded.resend_at, \
         resends_left = excluded.resends_left, tries_left = excluded.tries_left, \
         ended = excluded.ended",
    )
    .bind(token_hash)
    .bind(&row.purpose)
    .bind(row.member_id)
    .bind(&row.send_to)
    .bind(Flag(row.deliver))
    .bind(&row.code_hash)
    .bind(row.created_at)
    .bind(row.expires_at)
    .bind(row.resend_at)
    .bind(row.resends_left)
    .bind(row.tries_left)
    .bind(Flag(row.ended))
    .execute(db)
    .await?;
    Ok(())
}
