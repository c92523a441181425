//! What a member's rights over their data write and read: consents (never updated: each
//! change is a new row, the proof), the requests made, the addresses they had (masked), a
//! closed account, and the anonymisation that ends the retention period.

use jne_core::jlc::rights::RequestKind;
use jne_core::wire::Names;

use crate::db::{Db, Flag};

/// One consent record as stored: purpose, given, when, the policy version in force.
#[derive(sqlx::FromRow)]
pub struct ConsentRow {
    pub purpose: String,
    #[sqlx(try_from = "Flag")]
    pub given: bool,
    pub at: i64,
    pub policy_version: String,
}

/// One request as stored: its kind, when it was made and done (`None`: not yet).
#[derive(sqlx::FromRow)]
pub struct RequestRow {
    pub kind: String,
    pub made_at: i64,
    pub done_at: Option<i64>,
}

pub async fn add_consent(
    db: &Db,
    member_id: i64,
    record: &ConsentRow,
    request_done: bool,
) -> sqlx::Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query(
        "INSERT INTO consents (member_id, purpose, given, at, policy_version) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(member_id)
    .bind(&record.purpose)
    .bind(Flag(record.given))
    .bind(record.at)
    .bind(&record.policy_version)
    .execute(&mut *tx)
    .await?;
    insert_request(
        &mut tx,
        member_id,
        RequestKind::Consent,
        record.at,
        request_done,
    )
    .await?;
    tx.commit().await
}

/// Every consent record of the member, in the order they were made.
pub async fn consents(db: &Db, member_id: i64) -> sqlx::Result<Vec<ConsentRow>> {
    sqlx::query_as(
        "SELECT purpose, given, at, policy_version FROM consents WHERE member_id = $1 ORDER BY id",
    )
    .bind(member_id)
    .fetch_all(db)
    .await
}

/// A request carried out at once (made and done at `now`).
pub async fn record_request(
    db: &Db,
    member_id: i64,
    kind: RequestKind,
    now: i64,
) -> sqlx::Result<()> {
    let mut connection = db.acquire().await?;
    insert_request(&mut connection, member_id, kind, now, true).await
}

async fn insert_request(
    connection: &mut sqlx::AnyConnection,
    member_id: i64,
    kind: RequestKind,
    now: i64,
    done: bool,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO rights_requests (member_id, kind, made_at, done_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(member_id)
    .bind(kind.name())
    .bind(now)
    .bind(done.then_some(now))
    .execute(connection)
    .await?;
    Ok(())
}

/// The member's requests, the newest first.
pub async fn requests(db: &Db, member_id: i64) -> sqlx::Result<Vec<RequestRow>> {
    sqlx::query_as(
        "SELECT kind, made_at, done_at FROM rights_requests WHERE member_id = $1 ORDER BY id DESC",
    )
    .bind(member_id)
    .fetch_all(db)
    .await
}

/// (device family, first seen) of every family the account signed in from, the first first.
pub async fn device_families(db: &Db, member_id: i64) -> sqlx::Result<Vec<(String, i64)>> {
    sqlx::query_as(
        "SELECT device, first_seen FROM member_devices WHERE member_id = $1 \
         ORDER BY first_seen, device",
    )
    .bind(member_id)
    .fetch_all(db)
    .await
}

/// (masked address, until when) of the addresses the account had, the newest first.
pub async fn past_emails(db: &Db, member_id: i64) -> sqlx::Result<Vec<(String, i64)>> {
    sqlx::query_as(
        "SELECT masked, until FROM past_emails WHERE member_id = $1 ORDER BY until DESC, masked",
    )
    .bind(member_id)
    .fetch_all(db)
    .await
}

/// The corrected name and mobile, with the request recorded, in one transaction.
pub async fn correct_profile(
    db: &Db,
    member_id: i64,
    name: &str,
    mobile: &str,
    now: i64,
) -> sqlx::Result<()> {
    let mut tx = db.begin().await?;
    sqlx::query("UPDATE members SET name = $1, mobile = $2 WHERE id = $3")
        .bind(name)
        .bind(mobile)
        .bind(member_id)
        .execute(&mut *tx)
        .await?;
    insert_request(&mut tx, member_id, RequestKind::Correction, now, true).await?;
    tx.commit().await
}

/// The account closed at `now`: every session and open challenge ends, the request is
/// recorded. False if it was closed already (by a code answered twice at once, say).
pub async fn close_account(db: &Db, member_id: i64, now: i64) -> sqlx::Result<bool> {
    let mut tx = db.begin().await?;
    let closed =
        sqlx::query("UPDATE members SET closed_at = $1 WHERE id = $2 AND closed_at IS NULL")
            .bind(now)
            .bind(member_id)
            .execute(&mut *tx)
            .await?
            .rows_affected()
            == 1;
    if !closed {
        return Ok(false);
    }
    // Every way in ends with the account: sessions, codes on their way, passkeys.
    for sql in [
        "DELETE FROM sessions WHERE member_id = $1",
        "DELETE FROM challenges WHERE member_id = $1 AND ended = 0",
        "DELETE FROM passkeys WHERE member_id = $1",
        "DELETE FROM passkey_ceremonies WHERE member_id = $1",
    ] {
        sqlx::query(sql).bind(member_id).execute(&mut *tx).await?;
    }
    insert_request(&mut tx, member_id, RequestKind::Closure, now, true).await?;
    tx.commit().await?;
    Ok(true)
}

/// A member whose retention period ended before `cutoff`: closed before it, or not signed in
/// since (a member who never signed in counts from when the account was made; one with
/// neither time, as old demo rows, is left alone).
pub async fn due_for_anonymising(db: &Db, cutoff: i64) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as(
        "SELECT id, email FROM members WHERE anonymised_at IS NULL AND active = 1 AND \
         ((closed_at IS NOT NULL AND closed_at < $1) OR \
          (closed_at IS NULL AND COALESCE(last_sign_in, created_at) < $1))",
    )
    .bind(cutoff)
    .fetch_all(db)
    .await
}

/// Anonymises the member: everything that names them is deleted or replaced by `pseudonym`
/// (random, so nothing leads back); the row, its acknowledgements, consents and requests stay
/// as proof. `address_key` is the key of their address's mail budget.
pub async fn anonymise(
    db: &Db,
    member_id: i64,
    email: &str,
    address_key: &str,
    pseudonym: &str,
    now: i64,
) -> sqlx::Result<()> {
    let mut tx = db.begin().await?;
    // Each names the member, their address or where they were.
    for sql in [
        "DELETE FROM sessions WHERE member_id = $1",
        "DELETE FROM challenges WHERE member_id = $1",
        "DELETE FROM member_devices WHERE member_id = $1",
        "DELETE FROM member_shipments WHERE member_id = $1",
        "DELETE FROM past_emails WHERE member_id = $1",
        "DELETE FROM passkeys WHERE member_id = $1",
        "DELETE FROM passkey_ceremonies WHERE member_id = $1",
    ] {
        sqlx::query(sql).bind(member_id).execute(&mut *tx).await?;
    }
    sqlx::query("DELETE FROM challenges WHERE lower(send_to) = lower($1)")
        .bind(email)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM address_mail WHERE address_key = $1")
        .bind(address_key)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "UPDATE members SET jlc_number = $1, email = $2, name = '', mobile = '', \
         password_hash = '', last_sign_in = NULL, closed_at = COALESCE(closed_at, $3), \
         anonymised_at = $3 WHERE id = $4",
    )
    .bind(format!("ANON-{pseudonym}"))
    .bind(format!("{pseudonym}@anonymised.invalid"))
    .bind(now)
    .bind(member_id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}
