//! Members' passkeys and the ceremonies under way (their tokens arrive hashed).

use crate::db::Db;

/// One passkey as stored: `passkey` is webauthn-rs's JSON of it.
#[derive(sqlx::FromRow)]
pub struct PasskeyRow {
    pub id: i64,
    pub member_id: i64,
    pub user_handle: String,
    pub passkey: String,
    pub name: String,
    pub created_at: i64,
    pub last_used: Option<i64>,
}

/// The columns of [`PasskeyRow`].
macro_rules! passkey_columns {
    () => {
        "id, member_id, user_handle, passkey, name, created_at, last_used"
    };
}

/// The member's passkeys, the oldest first.
pub async fn passkeys_of(db: &Db, member_id: i64) -> sqlx::Result<Vec<PasskeyRow>> {
    let sql = concat!(
        "SELECT ",
        passkey_columns!(),
        " FROM passkeys WHERE member_id = $1 ORDER BY created_at, id"
    );
    sqlx::query_as(sql).bind(member_id).fetch_all(db).await
}

/// The passkey with this credential id (base64url), whoever's it is.
pub async fn passkey_by_credential(
    db: &Db,
    credential_id: &str,
) -> sqlx::Result<Option<PasskeyRow>> {
    let sql = concat!(
        "SELECT ",
        passkey_columns!(),
        " FROM passkeys WHERE credential_id = $1"
    );
    sqlx::query_as(sql)
        .bind(credential_id)
        .fetch_optional(db)
        .await
}

/// A new passkey of the member's; false when the credential is already registered (to anyone).
pub async fn add_passkey(db: &Db, row: &PasskeyRow, credential_id: &str) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "INSERT INTO passkeys (member_id, user_handle, credential_id, passkey, name, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (credential_id) DO NOTHING",
    )
    .bind(row.member_id)
    .bind(&row.user_handle)
    .bind(credential_id)
    .bind(&row.passkey)
    .bind(&row.name)
    .bind(row.created_at)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// After a sign-in with it: the passkey's new counter, and when.
pub async fn passkey_used(db: &Db, id: i64, passkey: &str, now: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE passkeys SET passkey = $1, last_used = $2 WHERE id = $3")
        .bind(passkey)
        .bind(now)
        .bind(id)
        .execute(db)
        .await?;
    Ok(())
}

/// Renames one of the member's passkeys; false when the member has no such passkey.
pub async fn rename_passkey(db: &Db, member_id: i64, id: i64, name: &str) -> sqlx::Result<bool> {
    let done = sqlx::query("UPDATE passkeys SET name = $1 WHERE id = $2 AND member_id = $3")
        .bind(name)
        .bind(id)
        .bind(member_id)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Removes one of the member's passkeys; false when it was not there.
pub async fn remove_passkey(db: &Db, member_id: i64, id: i64) -> sqlx::Result<bool> {
    let done = sqlx::query("DELETE FROM passkeys WHERE id = $1 AND member_id = $2")
        .bind(id)
        .bind(member_id)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// A ceremony's state until `expires_at`; `kind` is `register` or `sign_in`.
pub async fn put_ceremony(
    db: &Db,
    token_hash: &str,
    kind: &str,
    member_id: Option<i64>,
    state: &str,
    expires_at: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO passkey_ceremonies (token_hash, kind, member_id, state, expires_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash)
    .bind(kind)
    .bind(member_id)
    .bind(state)
    .bind(expires_at)
    .execute(db)
    .await?;
    Ok(())
}

/// Takes the ceremony out, in one statement: whoever comes second (a replay, or the same answer
/// sent twice at once) finds nothing. Its member and state, if it was of `kind` and still live.
pub async fn take_ceremony(
    db: &Db,
    token_hash: &str,
    kind: &str,
    now: i64,
) -> sqlx::Result<Option<(Option<i64>, String)>> {
    let row: Option<(Option<i64>, String, String, i64)> = sqlx::query_as(
        "DELETE FROM passkey_ceremonies WHERE token_hash = $1 \
         RETURNING member_id, state, kind, expires_at",
    )
    .bind(token_hash)
    .fetch_optional(db)
    .await?;
    Ok(row
        .filter(|(_, _, k, expires_at)| k == kind && now < *expires_at)
        .map(|(member_id, state, _, _)| (member_id, state)))
}
