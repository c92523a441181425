//! Demo data: invented shipments in JNE's upstream answer shape, loaded by `--demo`.

use serde::Deserialize;
use sqlx::SqlitePool;

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("demo/shipments.json is broken: {0}")]
    Parse(#[from] serde_json::Error),
    #[error(transparent)]
    Sql(#[from] sqlx::Error),
}

const SHIPMENTS: &str = include_str!("../demo/shipments.json");

#[derive(Deserialize)]
struct DemoShipment {
    awb: String,
    answer: serde_json::Value,
}

/// Loads (or reloads) the demo shipments; idempotent. Returns how many there are.
pub async fn load(db: &SqlitePool) -> Result<usize, DemoError> {
    let shipments: Vec<DemoShipment> = serde_json::from_str(SHIPMENTS)?;
    let mut tx = db.begin().await?;
    for shipment in &shipments {
        sqlx::query("INSERT OR REPLACE INTO demo_shipments (awb, answer) VALUES (?, ?)")
            .bind(&shipment.awb)
            .bind(shipment.answer.to_string())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(shipments.len())
}
