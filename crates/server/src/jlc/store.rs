//! The JLC tables: members, challenges, sessions and failed attempts (plain SQL, runtime
//! queries). Every token and code arrives here already hashed.

use sqlx::SqlitePool;

use super::challenge::Challenge;

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
    /// False until a signed-up member confirms their address.
    pub active: bool,
}

/// The columns of [`MemberRow`], as a literal so queries stay static strings.
macro_rules! member_columns {
    () => {
        "id, jlc_number, email, name, mobile, password_hash, points, tier, member_since, last_sign_in, active"
    };
}

/// An active member by JLC number or email address (both compared without regard to case).
pub async fn member_by_identifier(
    db: &SqlitePool,
    identifier: &str,
) -> sqlx::Result<Option<MemberRow>> {
    let sql = concat!(
        "SELECT ",
        member_columns!(),
        " FROM members WHERE active AND (lower(jlc_number) = lower(?1) OR lower(email) = lower(?1))"
    );
    sqlx::query_as(sql)
        .bind(identifier)
        .fetch_optional(db)
        .await
}

/// Whoever holds `email`, active or still waiting for their code.
pub async fn member_by_email(db: &SqlitePool, email: &str) -> sqlx::Result<Option<MemberRow>> {
    let sql = concat!(
        "SELECT ",
        member_columns!(),
        " FROM members WHERE lower(email) = lower(?)"
    );
    sqlx::query_as(sql).bind(email).fetch_optional(db).await
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

/// Records an attempt for `key` as a failure before it is checked (its row id): attempts made
/// at the same moment are then counted in the order they were recorded, none can slip past.
pub async fn record_attempt(db: &SqlitePool, key: &str, at: i64) -> sqlx::Result<i64> {
    let (id,): (i64,) =
        sqlx::query_as("INSERT INTO auth_failures (account_key, at) VALUES (?, ?) RETURNING rowid")
            .bind(key)
            .bind(at)
            .fetch_one(db)
            .await?;
    Ok(id)
}

/// Failed attempts for `key` since `since` recorded no later than attempt `id`.
pub async fn failures_up_to(
    db: &SqlitePool,
    key: &str,
    since: i64,
    id: i64,
) -> sqlx::Result<(i64, Option<i64>)> {
    sqlx::query_as(
        "SELECT COUNT(*), MIN(at) FROM auth_failures WHERE account_key = ? AND at >= ? AND rowid <= ?",
    )
    .bind(key)
    .bind(since)
    .bind(id)
    .fetch_one(db)
    .await
}

/// The attempt `id` succeeded, or was refused unchecked: it is no failure.
pub async fn forget_attempt(db: &SqlitePool, id: i64) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM auth_failures WHERE rowid = ?")
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

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

/// Challenges other than sign-in's sent to `address` since `since` (real and decoy alike).
pub async fn challenges_to_since(db: &SqlitePool, address: &str, since: i64) -> sqlx::Result<i64> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM challenges WHERE lower(send_to) = lower(?) AND created_at >= ? \
         AND purpose != 'sign_in'",
    )
    .bind(address)
    .bind(since)
    .fetch_one(db)
    .await?;
    Ok(n)
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

/// A new member waiting for their code (`active = 0`); any earlier unconfirmed sign-up with
/// the same address is replaced. The JLC number is drawn at random until it is free.
pub async fn create_pending_member(
    db: &SqlitePool,
    new: &NewMember<'_>,
    now: i64,
) -> sqlx::Result<i64> {
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM members WHERE lower(email) = lower(?) AND NOT active")
        .bind(new.email)
        .execute(&mut *tx)
        .await?;
    let id = loop {
        let inserted: Option<(i64,)> = sqlx::query_as(
            "INSERT INTO members (jlc_number, email, name, mobile, password_hash, points, tier, \
             member_since, active, created_at) VALUES (?, ?, ?, ?, ?, 0, 'Blue', ?, 0, ?) \
             ON CONFLICT (jlc_number) DO NOTHING RETURNING id",
        )
        .bind(new_jlc_number())
        .bind(new.email)
        .bind(new.name)
        .bind(new.mobile)
        .bind(new.password_hash)
        .bind(jne_core::policy::date::jakarta_date(now))
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some((id,)) = inserted {
            break id;
        }
    };
    tx.commit().await?;
    Ok(id)
}

/// What sign-up stores of a new member.
pub struct NewMember<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub mobile: &'a str,
    pub password_hash: &'a str,
}

/// `JLC` and ten random digits.
fn new_jlc_number() -> String {
    let mut bytes = [0u8; 8];
    // A failing OS generator gives zeros; the conflict check then moves on to the next draw.
    let _ = getrandom::fill(&mut bytes);
    format!("JLC{:010}", u64::from_le_bytes(bytes) % 10_000_000_000)
}

pub async fn activate(db: &SqlitePool, member_id: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE members SET active = 1 WHERE id = ?")
        .bind(member_id)
        .execute(db)
        .await?;
    Ok(())
}

/// The new password hash, and every session of the member ended, in one transaction.
pub async fn set_password(db: &SqlitePool, member_id: i64, hash: &str) -> sqlx::Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query("UPDATE members SET password_hash = ? WHERE id = ?")
        .bind(hash)
        .bind(member_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM sessions WHERE member_id = ?")
        .bind(member_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

/// Moves the member to `email`; an unconfirmed sign-up holding that address gives way.
pub async fn set_email(db: &SqlitePool, member_id: i64, email: &str) -> sqlx::Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query("DELETE FROM members WHERE lower(email) = lower(?) AND NOT active")
        .bind(email)
        .execute(&mut *tx)
        .await?;
    sqlx::query("UPDATE members SET email = ? WHERE id = ?")
        .bind(email)
        .bind(member_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}
