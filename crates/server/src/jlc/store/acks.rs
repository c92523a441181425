//! Members' acknowledgements of policy versions (proof of notice).

use crate::db::Db;

/// Records that the member acknowledged `version` (the first time counts; again changes nothing).
pub async fn acknowledge(db: &Db, member_id: i64, version: &str, now: i64) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO policy_acks (member_id, version, acknowledged_at) VALUES ($1, $2, $3) \
         ON CONFLICT DO NOTHING",
    )
    .bind(member_id)
    .bind(version)
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}

/// (version, when) of every acknowledgement, oldest first.
pub async fn acknowledgements(db: &Db, member_id: i64) -> sqlx::Result<Vec<(String, i64)>> {
    sqlx::query_as("SELECT version, acknowledged_at FROM policy_acks WHERE member_id = $1 ORDER BY acknowledged_at, version")
        .bind(member_id)
        .fetch_all(db)
        .await
}
