//! Sessions, by the hash of their cookie token.

use crate::db::Db;

pub async fn start_session(
    db: &Db,
    token_hash: &str,
    member_id: i64,
    now: i64,
) -> sqlx::Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query(
        "INSERT INTO sessions (token_hash, member_id, created_at, last_seen) VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash)
    .bind(member_id)
    .bind(now)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    sqlx::query("UPDATE members SET last_sign_in = $1 WHERE id = $2")
        .bind(now)
        .bind(member_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

/// (member, created_at, last_seen) of a session.
pub async fn session(db: &Db, token_hash: &str) -> sqlx::Result<Option<(i64, i64, i64)>> {
    sqlx::query_as("SELECT member_id, created_at, last_seen FROM sessions WHERE token_hash = $1")
        .bind(token_hash)
        .fetch_optional(db)
        .await
}

pub async fn touch_session(db: &Db, token_hash: &str, now: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE sessions SET last_seen = $1 WHERE token_hash = $2")
        .bind(now)
        .bind(token_hash)
        .execute(db)
        .await?;
    Ok(())
}

pub async fn end_session(db: &Db, token_hash: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
        .bind(token_hash)
        .execute(db)
        .await?;
    Ok(())
}

pub async fn end_all_sessions(db: &Db, member_id: i64) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM sessions WHERE member_id = $1")
        .bind(member_id)
        .execute(db)
        .await?;
    Ok(())
}

pub async fn session_count(db: &Db, member_id: i64) -> sqlx::Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sessions WHERE member_id = $1")
        .bind(member_id)
        .fetch_one(db)
        .await?;
    Ok(n)
}
