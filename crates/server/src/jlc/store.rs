//! The JLC tables: members, challenges, sessions and failed attempts (plain SQL, runtime
//! queries). Every token and code arrives here already hashed.

use sqlx::SqlitePool;

/// A member as stored; the columns are read by name.
#[derive(sqlx::FromRow)]
pub struct MemberRow {
    pub id: i64,
    pub jlc_number: String,
    pub email: String,
    pub name: String,
    pub mobile: String,
    pub password_hash: String,
    pub points: i64,
    pub tier: String,
    pub member_since: String,
    pub last_sign_in: Option<i64>,
}

/// The columns of [`MemberRow`], as a literal so queries stay static strings.
macro_rules! member_columns {
    () => {
        "id, jlc_number, email, name, mobile, password_hash, points, tier, member_since, last_sign_in"
    };
}

/// By JLC number or email address (both compared without regard to case).
pub async fn member_by_identifier(
    db: &SqlitePool,
    identifier: &str,
) -> sqlx::Result<Option<MemberRow>> {
    let sql = concat!(
        "SELECT ",
        member_columns!(),
        " FROM members WHERE lower(jlc_number) = lower(?1) OR lower(email) = lower(?1)"
    );
    sqlx::query_as(sql)
        .bind(identifier)
        .fetch_optional(db)
        .await
}

pub async fn member_by_id(db: &SqlitePool, id: i64) -> sqlx::Result<Option<MemberRow>> {
    let sql = concat!("SELECT ", member_columns!(), " FROM members WHERE id = ?");
    sqlx::query_as(sql).bind(id).fetch_optional(db).await
}

pub async fn member_shipments(db: &SqlitePool, member_id: i64) -> sqlx::Result<Vec<String>> {
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT awb FROM member_shipments WHERE member_id = ? ORDER BY awb")
            .bind(member_id)
            .fetch_all(db)
            .await?;
    Ok(rows.into_iter().map(|(awb,)| awb).collect())
}

/// Failed attempts for `key` since `since`.
pub async fn failures_since(
    db: &SqlitePool,
    key: &str,
    since: i64,
) -> sqlx::Result<(i64, Option<i64>)> {
    sqlx::query_as("SELECT COUNT(*), MIN(at) FROM auth_failures WHERE account_key = ? AND at >= ?")
        .bind(key)
        .bind(since)
        .fetch_one(db)
        .await
}

pub async fn record_failure(db: &SqlitePool, key: &str, at: i64) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO auth_failures (account_key, at) VALUES (?, ?)")
        .bind(key)
        .bind(at)
        .execute(db)
        .await?;
    Ok(())
}

pub struct ChallengeRow {
    pub member_id: i64,
    pub code_hash: String,
    pub expires_at: i64,
    pub resend_at: i64,
    pub resends_left: i64,
    pub tries_left: i64,
    pub ended: bool,
}

pub async fn challenge(db: &SqlitePool, token_hash: &str) -> sqlx::Result<Option<ChallengeRow>> {
    let row: Option<(i64, String, i64, i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT member_id, code_hash, expires_at, resend_at, resends_left, tries_left, ended FROM challenges WHERE token_hash = ?",
    )
    .bind(token_hash)
    .fetch_optional(db)
    .await?;
    Ok(row.map(
        |(member_id, code_hash, expires_at, resend_at, resends_left, tries_left, ended)| {
            ChallengeRow {
                member_id,
                code_hash,
                expires_at,
                resend_at,
                resends_left,
                tries_left,
                ended: ended != 0,
            }
        },
    ))
}

/// Inserts or replaces the challenge `token_hash` (a resend replaces the code in place).
pub async fn put_challenge(
    db: &SqlitePool,
    token_hash: &str,
    row: &ChallengeRow,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT OR REPLACE INTO challenges (token_hash, member_id, code_hash, expires_at, resend_at, resends_left, tries_left, ended) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(token_hash)
    .bind(row.member_id)
    .bind(&row.code_hash)
    .bind(row.expires_at)
    .bind(row.resend_at)
    .bind(row.resends_left)
    .bind(row.tries_left)
    .bind(row.ended as i64)
    .execute(db)
    .await?;
    Ok(())
}

pub async fn start_session(
    db: &SqlitePool,
    token_hash: &str,
    member_id: i64,
    now: i64,
) -> sqlx::Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query(
        "INSERT INTO sessions (token_hash, member_id, created_at, last_seen) VALUES (?, ?, ?, ?)",
    )
    .bind(token_hash)
    .bind(member_id)
    .bind(now)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    sqlx::query("UPDATE members SET last_sign_in = ? WHERE id = ?")
        .bind(now)
        .bind(member_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

/// (member, created_at, last_seen) of a session.
pub async fn session(db: &SqlitePool, token_hash: &str) -> sqlx::Result<Option<(i64, i64, i64)>> {
    sqlx::query_as("SELECT member_id, created_at, last_seen FROM sessions WHERE token_hash = ?")
        .bind(token_hash)
        .fetch_optional(db)
        .await
}

pub async fn touch_session(db: &SqlitePool, token_hash: &str, now: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE sessions SET last_seen = ? WHERE token_hash = ?")
        .bind(now)
        .bind(token_hash)
        .execute(db)
        .await?;
    Ok(())
}

pub async fn end_session(db: &SqlitePool, token_hash: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = ?")
        .bind(token_hash)
        .execute(db)
        .await?;
    Ok(())
}

pub async fn end_all_sessions(db: &SqlitePool, member_id: i64) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM sessions WHERE member_id = ?")
        .bind(member_id)
        .execute(db)
        .await?;
    Ok(())
}

pub async fn session_count(db: &SqlitePool, member_id: i64) -> sqlx::Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sessions WHERE member_id = ?")
        .bind(member_id)
        .fetch_one(db)
        .await?;
    Ok(n)
}

/// Records that the member acknowledged `version` (the first time counts; again changes nothing).
pub async fn acknowledge(
    db: &SqlitePool,
    member_id: i64,
    version: &str,
    now: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT OR IGNORE INTO policy_acks (member_id, version, acknowledged_at) VALUES (?, ?, ?)",
    )
    .bind(member_id)
    .bind(version)
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}

/// (version, when) of every acknowledgement, oldest first.
pub async fn acknowledgements(db: &SqlitePool, member_id: i64) -> sqlx::Result<Vec<(String, i64)>> {
    sqlx::query_as("SELECT version, acknowledged_at FROM policy_acks WHERE member_id = ? ORDER BY acknowledged_at, version")
        .bind(member_id)
        .fetch_all(db)
        .await
}
