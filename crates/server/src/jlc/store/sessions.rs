//! Sessions, by the hash of their cookie token.

use crate::db::Db;

/// Whether a new session's device family was new to the account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Device {
    /// Seen on this account before.
    Known,
    /// New, and the account had signed in from other families before: worth a notice.
    New,
    /// The account's first (a new member's first sign-in).
    First,
}

/// A session of `member_id` from a device of family `device` (`chrome/android`), and that
/// family recorded for the account.
pub async fn start_session(
    db: &Db,
    token_hash: &str,
    member_id: i64,
    device: &str,
    now: i64,
) -> sqlx::Result<Device> {
    let mut tx = db.begin().await?;
    sqlx::query(
        "INSERT INTO sessions (token_hash, member_id, device, created_at, last_seen) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash)
    .bind(member_id)
    .bind(device)
    .bind(now)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    sqlx::query("UPDATE members SET last_sign_in = $1 WHERE id = $2")
        .bind(now)
        .bind(member_id)
        .execute(&mut *tx)
        .await?;
    let added = sqlx::query(
        "INSERT INTO member_devices (member_id, device, first_seen) VALUES ($1, $2, $3) \
         ON CONFLICT DO NOTHING",
    )
    .bind(member_id)
    .bind(device)
    .bind(now)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    let (families,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM member_devices WHERE member_id = $1")
            .bind(member_id)
            .fetch_one(&mut *tx)
            .await?;
    tx.commit().await?;
    Ok(match (added, families) {
        (false, _) => Device::Known,
        (true, 1) => Device::First,
        (true, _) => Device::New,
    })
}

/// One session as its member sees it.
#[derive(sqlx::FromRow)]
pub struct SessionRow {
    pub token_hash: String,
    pub device: String,
    pub created_at: i64,
    pub last_seen: i64,
}

/// The member's sessions, the most recently used first.
pub async fn sessions_of(db: &Db, member_id: i64) -> sqlx::Result<Vec<SessionRow>> {
    sqlx::query_as(
        "SELECT token_hash, device, created_at, last_seen FROM sessions WHERE member_id = $1 \
         ORDER BY last_seen DESC, created_at DESC",
    )
    .bind(member_id)
    .fetch_all(db)
    .await
}

/// Ends every session of the member but `keep`.
pub async fn end_other_sessions(db: &Db, member_id: i64, keep: &str) -> sqlx::Result<u64> {
    let done = sqlx::query("DELETE FROM sessions WHERE member_id = $1 AND token_hash <> $2")
        .bind(member_id)
        .bind(keep)
        .execute(db)
        .await?;
    Ok(done.rows_affected())
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
