//! What each address has been sent lately, for its budget (keys are hashes of addresses).

use super::key_log::{self, KeyLog};
use crate::db::Db;

const MESSAGES: KeyLog = KeyLog {
    insert: "INSERT INTO address_mail (address_key, at) VALUES ($1, $2) RETURNING rowid",
    count: "SELECT COUNT(*), MIN(at) FROM address_mail \
            WHERE address_key = $1 AND at >= $2 AND rowid <= $3",
    delete: "DELETE FROM address_mail WHERE rowid = $1",
};

/// Records one message to `key`, with those since `since` up to it: (its id, the count, the
/// oldest's time).
pub async fn draw_mail(
    db: &Db,
    key: &str,
    at: i64,
    since: i64,
) -> sqlx::Result<(i64, i64, Option<i64>)> {
    key_log::record(db, &MESSAGES, key, at, since).await
}

/// A message drawn but refused (over the budget) is no message.
pub async fn undraw_mail(db: &Db, id: i64) -> sqlx::Result<()> {
    key_log::forget(db, &MESSAGES, id).await
}
