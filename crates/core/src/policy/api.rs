//! JSON shapes of `/api/v1/policy/…`, written by the server and read by the app.

use serde::{Deserialize, Serialize};

use super::changes::PolicyDiff;
use super::document::PolicyDocument;

/// Where a version stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VersionStatus {
    /// Replaced by a later version.
    Past,
    /// The newest version whose effective date has come.
    Current,
    /// Published ahead of its effective date.
    Future,
}

/// One version, without its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionInfo {
    pub id: String,
    /// `YYYY-MM-DD`, a date in Indonesia.
    pub effective: String,
    /// Sample data shipped for trying the pages, not JNE's text.
    pub sample: bool,
    pub summary_id: String,
    pub summary_en: String,
    pub status: VersionStatus,
    /// An Indonesian translation exists (the English text is the original).
    pub translated: bool,
}

/// `GET /api/v1/policy/versions`: newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionList {
    /// The server's date (Jakarta), which decided `status`.
    pub today: String,
    /// The id of the current version; `None` only while every version is still in the future.
    pub current: Option<String>,
    pub versions: Vec<VersionInfo>,
}

impl VersionList {
    pub fn get(&self, id: &str) -> Option<&VersionInfo> {
        self.versions.iter().find(|v| v.id == id)
    }

    pub fn current(&self) -> Option<&VersionInfo> {
        self.get(self.current.as_deref()?)
    }

    /// The next version to take effect: the future one with the earliest date.
    pub fn upcoming(&self) -> Option<&VersionInfo> {
        self.versions
            .iter()
            .filter(|v| v.status == VersionStatus::Future)
            .min_by(|a, b| a.effective.cmp(&b.effective))
    }

    /// `(older, newer, swapped)`: a comparison runs from the earlier version to the later one,
    /// so a pair given the other way round is swapped (and `swapped` says so).
    pub fn in_order<'a>(&self, from: &'a str, to: &'a str) -> (&'a str, &'a str, bool) {
        let effective = |id: &str| self.get(id).map(|v| v.effective.clone());
        if effective(from) > effective(to) {
            (to, from, true)
        } else {
            (from, to, false)
        }
    }

    /// The version before `id` (the default "from" of a comparison).
    pub fn previous(&self, id: &str) -> Option<&VersionInfo> {
        let index = self.versions.iter().position(|v| v.id == id)?;
        self.versions.get(index + 1)
    }
}

/// `GET /api/v1/policy/versions/{id}?lang=id|en`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionText {
    pub version: VersionInfo,
    /// The language of `document`: `"en"` (the original) or `"id"`.
    pub lang: String,
    /// `document` is a translation, not the original text.
    pub translation: bool,
    pub document: PolicyDocument,
}

/// `GET /api/v1/policy/compare/{from}/{to}?lang=id|en`: the Indonesian translations compared
/// when both versions have one and `id` was asked, else the original (English) texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comparison {
    pub from: VersionInfo,
    pub to: VersionInfo,
    /// The language of the texts compared: `"id"` or `"en"`.
    pub lang: String,
    pub diff: PolicyDiff,
}
