//! Demo data, loaded by `--demo`: invented shipments in JNE's upstream answer shape, and one
//! invented JLC member (credentials in README).

use crate::db::Db;
use serde::Deserialize;

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("demo/shipments.json is broken: {0}")]
    Parse(#[from] serde_json::Error),
    #[error(transparent)]
    Sql(#[from] sqlx::Error),
    #[error("could not hash the demo member's password")]
    Hash,
}

/// The demo member. The password is public (README): this account holds nothing real.
pub const MEMBER_NUMBER: &str = "JLC0012345678";
pub const MEMBER_EMAIL: &str = "budi.santoso@example.co.id";
pub const MEMBER_PASSWORD: &str = "paket-aman-2026";
const MEMBER_SHIPMENTS: [&str; 4] = [
    "0166231900105595",
    "5403212200022724",
    "010116240120792",
    "8825301200031417",
];

const SHIPMENTS: &str = include_str!("../demo/shipments.json");

#[derive(Deserialize)]
struct DemoShipment {
    awb: String,
    answer: serde_json::Value,
}

/// Loads (or reloads) the demo shipments; idempotent. Returns how many there are.
pub async fn load(db: &Db) -> Result<usize, DemoError> {
    let shipments: Vec<DemoShipment> = serde_json::from_str(SHIPMENTS)?;
    let mut tx = db.begin().await?;
    for shipment in &shipments {
        sqlx::query(
            "INSERT INTO demo_shipments (awb, answer) VALUES ($1, $2) \
             ON CONFLICT (awb) DO UPDATE SET answer = excluded.answer",
        )
        .bind(&shipment.awb)
        .bind(shipment.answer.to_string())
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    load_member(db).await?;
    Ok(shipments.len())
}

async fn load_member(db: &Db) -> Result<(), DemoError> {
    let (exists,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM members WHERE jlc_number = $1")
        .bind(MEMBER_NUMBER)
        .fetch_one(db)
        .await?;
    if exists > 0 {
        return Ok(());
    }
    let hash = crate::jlc::hash_password(MEMBER_PASSWORD.to_owned())
        .await
        .ok_or(DemoError::Hash)?;
    let mut tx = db.begin().await?;
    // Instances starting at the same moment may both get here: the first one's member stays.
    let inserted: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO members (jlc_number, email, name, mobile, password_hash, points, tier, member_since) \
         VALUES ($1, $2, 'Budi Santoso', '081234567890', $3, 12450, 'Gold', '2019-03-14') \
         ON CONFLICT DO NOTHING RETURNING id",
    )
    .bind(MEMBER_NUMBER)
    .bind(MEMBER_EMAIL)
    .bind(hash)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((id,)) = inserted else {
        return Ok(());
    };
    for awb in MEMBER_SHIPMENTS {
        sqlx::query("INSERT INTO member_shipments (member_id, awb) VALUES ($1, $2)")
            .bind(id)
            .bind(awb)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}
