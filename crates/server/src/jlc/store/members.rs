//! The members table: who they are, their password hash and address.

use crate::db::{Db, Flag};

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
    #[sqlx(try_from = "Flag")]
    pub active: bool,
    /// When the member closed the account; it signs in no more.
    pub closed_at: Option<i64>,
}

/// The columns of [`MemberRow`], as a literal so queries stay static strings.
macro_rules! member_columns {
    () => {
        "id, jlc_number, email, name, mobile, password_hash, points, tier, member_since, last_sign_in, active, closed_at"
    };
}

/// An active member by JLC number or email address (both compared without regard to case).
pub async fn member_by_identifier(db: &Db, identifier: &str) -> sqlx::Result<Option<MemberRow>> {
    // A lookup may be anything typed (`jlc::sign_in`); no stored number or address holds a
    // NUL, which PostgreSQL's text cannot even hold: such a lookup finds nobody.
    if identifier.contains('\0') {
        return Ok(None);
    }
    let sql = concat!(
        "SELECT ",
        member_columns!(),
        " FROM members WHERE active = 1 AND (lower(jlc_number) = lower($1) OR lower(email) = lower($1))"
    );
    sqlx::query_as(sql)
        .bind(identifier)
        .fetch_optional(db)
        .await
}

/// Whoever holds `email`, active or still waiting for their code.
pub async fn member_by_email(db: &Db, email: &str) -> sqlx::Result<Option<MemberRow>> {
    let sql = concat!(
        "SELECT ",
        member_columns!(),
        " FROM members WHERE lower(email) = lower($1)"
    );
    sqlx::query_as(sql).bind(email).fetch_optional(db).await
}

pub async fn member_by_id(db: &Db, id: i64) -> sqlx::Result<Option<MemberRow>> {
    let sql = concat!("SELECT ", member_columns!(), " FROM members WHERE id = $1");
    sqlx::query_as(sql).bind(id).fetch_optional(db).await
}

pub async fn member_shipments(db: &Db, member_id: i64) -> sqlx::Result<Vec<String>> {
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT awb FROM member_shipments WHERE member_id = $1 ORDER BY awb")
            .bind(member_id)
            .fetch_all(db)
            .await?;
    Ok(rows.into_iter().map(|(awb,)| awb).collect())
}

/// What sign-up stores of a new member.
#[derive(sqlx::FromRow)]
pub struct NewMember {
    pub name: String,
    pub email: String,
    pub mobile: String,
    pub password_hash: String,
}

/// An active member made from a confirmed sign-up; the JLC number is drawn at random until it
/// is free.
pub(super) async fn insert_member(
    db: &mut sqlx::AnyConnection,
    new: &NewMember,
    now: i64,
) -> sqlx::Result<i64> {
    loop {
        let inserted: Option<(i64,)> = sqlx::query_as(
            "INSERT INTO members (jlc_number, email, name, mobile, password_hash, points, tier, \
             member_since, active, created_at) VALUES ($1, $2, $3, $4, $5, 0, 'Blue', $6, 1, $7) \
             ON CONFLICT (jlc_number) DO NOTHING RETURNING id",
        )
        .bind(new_jlc_number())
        .bind(&new.email)
        .bind(&new.name)
        .bind(&new.mobile)
        .bind(&new.password_hash)
        .bind(jne_core::policy::date::jakarta_date(now))
        .bind(now)
        .fetch_optional(&mut *db)
        .await?;
        if let Some((id,)) = inserted {
            return Ok(id);
        }
    }
}

/// `JLC` and ten random digits.
fn new_jlc_number() -> String {
    let mut bytes = [0u8; 8];
    // A failing OS generator gives zeros; the conflict check then moves on to the next draw.
    let _ = getrandom::fill(&mut bytes);
    format!("JLC{:010}", u64::from_le_bytes(bytes) % 10_000_000_000)
}

/// The new password hash, and every session of the member ended, in one transaction.
pub async fn set_password(db: &Db, member_id: i64, hash: &str) -> sqlx::Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query("UPDATE members SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(member_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM sessions WHERE member_id = $1")
        .bind(member_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

/// Moves the member to `email`; an unconfirmed sign-up holding that address gives way. The
/// old address is kept masked (`old_masked`), for the member's history of their data.
pub async fn set_email(
    db: &Db,
    member_id: i64,
    email: &str,
    old_masked: &str,
    now: i64,
) -> sqlx::Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query("INSERT INTO past_emails (member_id, masked, until) VALUES ($1, $2, $3)")
        .bind(member_id)
        .bind(old_masked)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM members WHERE lower(email) = lower($1) AND active = 0")
        .bind(email)
        .execute(&mut *tx)
        .await?;
    sqlx::query("UPDATE members SET email = $1 WHERE id = $2")
        .bind(email)
        .bind(member_id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}
