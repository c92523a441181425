//! Sign-ups waiting for their code, one per challenge; several may wait for one address.

use crate::db::Db;

use super::members::{insert_member, NewMember};

/// The columns of [`NewMember`], as a literal so queries stay static strings.
macro_rules! sign_up_columns {
    () => {
        "name, email, mobile, password_hash"
    };
}

pub async fn put_sign_up(db: &Db, token_hash: &str, new: &NewMember) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO sign_ups (token_hash, name, email, mobile, password_hash) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash)
    .bind(&new.name)
    .bind(&new.email)
    .bind(&new.mobile)
    .bind(&new.password_hash)
    .execute(db)
    .await?;
    Ok(())
}

/// The sign-up waiting on challenge `token_hash`.
pub async fn sign_up(db: &Db, token_hash: &str) -> sqlx::Result<Option<NewMember>> {
    sqlx::query_as(concat!(
        "SELECT ",
        sign_up_columns!(),
        " FROM sign_ups WHERE token_hash = $1"
    ))
    .bind(token_hash)
    .fetch_optional(db)
    .await
}

/// The sign-up of challenge `token_hash` becomes an active member, in one transaction, unless
/// its address became a member's meanwhile (`None`). Every other sign-up waiting for that
/// address ends with it.
pub async fn admit_sign_up(db: &Db, token_hash: &str, now: i64) -> sqlx::Result<Option<i64>> {
    let mut tx = db.begin().await?;
    // Taken first, so the transaction writes from its first statement: SQLite cannot turn a
    // reading transaction into a writing one once another connection has written.
    let new: Option<NewMember> = sqlx::query_as(concat!(
        "DELETE FROM sign_ups WHERE token_hash = $1 RETURNING ",
        sign_up_columns!()
    ))
    .bind(token_hash)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(new) = new else {
        return Ok(None);
    };
    let (taken,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM members WHERE lower(email) = lower($1) AND active = 1",
    )
    .bind(&new.email)
    .fetch_one(&mut *tx)
    .await?;
    if taken > 0 {
        tx.commit().await?;
        return Ok(None);
    }
    // An unconfirmed sign-up of the kind made before sign_ups existed gives way too.
    for sql in [
        "DELETE FROM members WHERE lower(email) = lower($1) AND active = 0",
        "DELETE FROM sign_ups WHERE lower(email) = lower($1)",
    ] {
        sqlx::query(sql).bind(&new.email).execute(&mut *tx).await?;
    }
    let id = insert_member(&mut tx, &new, now).await?;
    tx.commit().await?;
    Ok(Some(id))
}
