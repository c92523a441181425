//! Members' acknowledgements of policy versions (proof of notice).

use sqlx::SqlitePool;

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
