//! The database: embedded SQLite by default (one file under the data folder, WAL), or
//! PostgreSQL (`--database postgres://…`) for several instances that share everything.
//! One store code for both through sqlx's `Any` driver: the SQL is what both dialects speak
//! (`$1` parameters, `ON CONFLICT`, `RETURNING`, yes/no as 0/1); each dialect has its own
//! migrations (`migrations/sqlite`, `migrations/postgres`), applied at start (PostgreSQL's under
//! a lock, so instances may start together).

use std::path::Path;

use sqlx::any::{AnyPoolOptions, AnyTypeInfo};
use sqlx::{Any, AnyPool};

pub const FILE_NAME: &str = "jne.sqlite3";

/// The pool every store function takes.
pub type Db = AnyPool;

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error(transparent)]
    Sql(#[from] sqlx::Error),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("--database {0}: not a sqlite:// or postgres:// URL")]
    Scheme(String),
}

/// Which engine a URL names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    pub fn of(url: &str) -> Option<Dialect> {
        if url.starts_with("sqlite:") {
            Some(Dialect::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Some(Dialect::Postgres)
        } else {
            None
        }
    }
}

/// The SQLite file under `data_dir`, as a URL (created when missing).
pub fn default_url(data_dir: &Path) -> String {
    format!("sqlite://{}?mode=rwc", data_dir.join(FILE_NAME).display())
}

pub async fn open(url: &str) -> Result<Db, DbError> {
    sqlx::any::install_default_drivers();
    let dialect = Dialect::of(url).ok_or_else(|| DbError::Scheme(redacted(url)))?;
    let pool = match dialect {
        Dialect::Sqlite => {
            AnyPoolOptions::new()
                .max_connections(8)
                .after_connect(|connection, _| {
                    Box::pin(async move {
                        // NORMAL is durable across process crashes in WAL mode; only power
                        // loss can drop the last commits. secure_delete: what is deleted or
                        // overwritten is zeroed in the file, not left in free space (the
                        // anonymisation at the end of retention must leave nothing behind).
                        sqlx::raw_sql(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                             PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
                             PRAGMA secure_delete = ON;",
                        )
                        .execute(connection)
                        .await?;
                        Ok(())
                    })
                })
                .connect(url)
                .await?
        }
        Dialect::Postgres => {
            AnyPoolOptions::new()
                .max_connections(16)
                .connect(url)
                .await?
        }
    };
    match dialect {
        Dialect::Sqlite => sqlx::migrate!("./migrations/sqlite").run(&pool).await?,
        Dialect::Postgres => sqlx::migrate!("./migrations/postgres").run(&pool).await?,
    }
    Ok(pool)
}

/// Inside a transaction: until it ends, no other connection of any instance passes this
/// point for the same `key`. A count that follows an insert then sees every row inserted
/// before it, whichever commits first (PostgreSQL hands out ids before commits, so "rows up
/// to my id" alone could miss one still uncommitted). SQLite needs nothing: its first write
/// in a transaction already holds the database's one write lock.
pub async fn one_at_a_time(connection: &mut sqlx::AnyConnection, key: &str) -> sqlx::Result<()> {
    if connection.backend_name() == "PostgreSQL" {
        sqlx::query(
            "SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended($1, 0))) AS locked",
        )
        .bind(key)
        .execute(&mut *connection)
        .await?;
    }
    Ok(())
}

/// After rows were deleted for good: SQLite's write-ahead log is folded into the file and
/// emptied, so the old pages it held (the deleted rows among them) are gone from disk too;
/// `secure_delete` has zeroed them in the file. (PostgreSQL reuses the space of deleted rows
/// as it vacuums; it has no such switch.)
pub async fn compact(db: &Db) -> sqlx::Result<()> {
    let mut connection = db.acquire().await?;
    if connection.backend_name() == "SQLite" {
        sqlx::raw_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(&mut *connection)
            .await?;
    }
    Ok(())
}

/// A URL as it may be logged: without its password.
fn redacted(url: &str) -> String {
    match url.split_once('@') {
        Some((_, host)) => format!("…@{host}"),
        None => url.to_owned(),
    }
}

/// A yes/no column, stored as 0 or 1 in both dialects (SQLite has no other), so that one SQL
/// text serves both; read into a `bool` with `#[sqlx(try_from = "Flag")]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flag(pub bool);

impl From<Flag> for bool {
    fn from(flag: Flag) -> bool {
        flag.0
    }
}

impl sqlx::Type<Any> for Flag {
    fn type_info() -> AnyTypeInfo {
        <i64 as sqlx::Type<Any>>::type_info()
    }

    fn compatible(ty: &AnyTypeInfo) -> bool {
        <i64 as sqlx::Type<Any>>::compatible(ty)
    }
}

impl<'r> sqlx::Decode<'r, Any> for Flag {
    fn decode(value: sqlx::any::AnyValueRef<'r>) -> Result<Flag, sqlx::error::BoxDynError> {
        Ok(Flag(<i64 as sqlx::Decode<Any>>::decode(value)? != 0))
    }
}

impl<'q> sqlx::Encode<'q, Any> for Flag {
    fn encode_by_ref(
        &self,
        buf: &mut <Any as sqlx::Database>::ArgumentBuffer,
    ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
        <i64 as sqlx::Encode<Any>>::encode_by_ref(&i64::from(self.0), buf)
    }
}
