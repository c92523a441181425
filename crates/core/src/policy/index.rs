//! `versions.json`, the list of versions a deployment ships (feature `policy-files`):
//!
//! ```json
//! { "versions": [ { "id": "2025-01-01", "effective": "2025-01-01", "sample": false,
//!     "file": "2025-01-01.en.txt", "translations": { "id": "2025-01-01.id.txt" },
//!     "summary": { "id": "…", "en": "…" } } ] }
//! ```
//! Oldest first; `sample` and `translations` may be left out.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::set::{PolicyError, PolicySet, PolicyVersion};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Index {
    versions: Vec<Entry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    id: String,
    effective: String,
    #[serde(default)]
    sample: bool,
    file: String,
    #[serde(default)]
    translations: BTreeMap<String, String>,
    summary: Summary,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Summary {
    id: String,
    en: String,
}

impl PolicySet {
    /// Reads `versions.json` and the folder's `.txt` files (name → content), and checks them.
    pub fn from_files(
        index: &str,
        files: &BTreeMap<String, String>,
    ) -> Result<PolicySet, PolicyError> {
        let index: Index =
            serde_json::from_str(index).map_err(|e| PolicyError::Index(e.to_string()))?;
        let mut versions = Vec::new();
        for mut entry in index.versions {
            let translation_id = entry.translations.remove("id");
            if let Some(lang) = entry.translations.into_keys().next() {
                return Err(PolicyError::UnknownLanguage {
                    version: entry.id,
                    lang,
                });
            }
            versions.push(PolicyVersion {
                id: entry.id,
                effective: entry.effective,
                summary_id: entry.summary.id,
                summary_en: entry.summary.en,
                sample: entry.sample,
                file: entry.file,
                translation_id,
            });
        }
        PolicySet::new(versions, files)
    }
}

#[cfg(test)]
#[path = "index_tests.rs"]
mod tests;
