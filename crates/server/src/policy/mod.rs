//! The privacy policy: its folder (`--policy`), read and checked once at start, today's date,
//! and the endpoints that serve it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use jne_core::policy::{date, PolicyError, PolicySet};

use crate::AppState;

mod handlers;

/// The versions, one version's text and the comparison of two (`GET`, never throttled).
pub fn routes() -> axum::Router<AppState> {
    use axum::routing::get;
    axum::Router::new()
        .route("/v1/policy/versions", get(handlers::versions))
        .route("/v1/policy/versions/{id}", get(handlers::version))
        .route("/v1/policy/compare/{from}/{to}", get(handlers::compare))
}

/// Why the policy folder cannot be served; the server refuses to start (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum PolicyLoadError {
    #[error("--policy {path}: cannot read it ({source}); build the app (it copies static/policy) or pass --policy DIR")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("--policy {path}: {error}")]
    Invalid { path: PathBuf, error: PolicyError },
}

/// Reads `versions.json` and every `.txt` file of `folder`, and checks them together.
pub fn load(folder: &Path) -> Result<PolicySet, PolicyLoadError> {
    let read_error = |path: PathBuf| move |source| PolicyLoadError::Read { path, source };
    let index = std::fs::read_to_string(folder.join("versions.json"))
        .map_err(read_error(folder.join("versions.json")))?;
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(folder).map_err(read_error(folder.to_path_buf()))? {
        let path = entry.map_err(read_error(folder.to_path_buf()))?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if name.ends_with(".txt") {
            let text = std::fs::read_to_string(&path).map_err(read_error(path.clone()))?;
            files.insert(name.to_owned(), text);
        }
    }
    PolicySet::from_files(&index, &files).map_err(|error| PolicyLoadError::Invalid {
        path: folder.to_path_buf(),
        error,
    })
}

/// Which day it is for the policy: fixed by `--today`, or the clock's date in Jakarta.
#[derive(Debug, Clone)]
pub enum Today {
    Clock,
    Fixed(String),
}

impl Today {
    pub fn date(&self) -> String {
        match self {
            Today::Fixed(date) => date.clone(),
            Today::Clock => {
                let seconds = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_secs())
                    .unwrap_or_default();
                date::jakarta_date(i64::try_from(seconds).unwrap_or(i64::MAX))
            }
        }
    }
}
