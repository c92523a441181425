//! Which policy notices a visitor sees, from the version list and the one version id they
//! acknowledged (if any). Kept here, without the DOM, so every case is tested natively.
//!
//! A visitor who never acknowledged anything is not nagged about past changes: nothing is
//! stored until their own click, so "no stored id" means "never confirmed seeing a version".
//! Advance notice of a future version goes to everyone until they acknowledge it.

use super::api::VersionList;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Notices {
    pub changed: Option<ChangeNotice>,
    pub upcoming: Option<UpcomingNotice>,
}

/// The current version is newer than the acknowledged one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeNotice {
    /// The acknowledged version, when the list still has it (then a comparison can be linked).
    pub since: Option<String>,
    pub current: String,
}

/// A version with a future effective date is published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpcomingNotice {
    pub current: Option<String>,
    pub next: String,
    pub effective: String,
}

pub fn notices(list: &VersionList, acknowledged: Option<&str>) -> Notices {
    let known = acknowledged.and_then(|id| list.get(id));
    let changed = match (acknowledged, list.current()) {
        (Some(_), Some(current)) => {
            let older = known.is_none_or(|seen| seen.effective < current.effective);
            older.then(|| ChangeNotice {
                since: known.map(|seen| seen.id.clone()),
                current: current.id.clone(),
            })
        }
        _ => None,
    };
    let upcoming = list.upcoming().and_then(|next| {
        let seen = known.is_some_and(|seen| seen.effective >= next.effective);
        (!seen).then(|| UpcomingNotice {
            current: list.current.clone(),
            next: next.id.clone(),
            effective: next.effective.clone(),
        })
    });
    Notices { changed, upcoming }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::api::{VersionInfo, VersionStatus};

    fn list(versions: &[(&str, VersionStatus)]) -> VersionList {
        let versions: Vec<VersionInfo> = versions
            .iter()
            .map(|(date, status)| VersionInfo {
                id: format!("v{date}"),
                effective: (*date).to_owned(),
                sample: false,
                summary_id: String::new(),
                summary_en: String::new(),
                status: *status,
                translated: false,
            })
            .collect();
        let current = versions
            .iter()
            .find(|v| v.status == VersionStatus::Current)
            .map(|v| v.id.clone());
        VersionList {
            today: "2026-11-25".into(),
            current,
            versions,
        }
    }

    use VersionStatus::{Current, Future, Past};

    #[test]
    fn nobody_is_nagged_about_the_past_without_having_acknowledged_something() {
        let list = list(&[("2025-01-01", Current), ("2022-06-01", Past)]);
        assert_eq!(notices(&list, None), Notices::default());
    }

    #[test]
    fn an_older_acknowledgement_links_the_comparison_to_the_current_version() {
        let list = list(&[("2025-01-01", Current), ("2022-06-01", Past)]);
        let shown = notices(&list, Some("v2022-06-01"));
        assert_eq!(
            shown.changed,
            Some(ChangeNotice {
                since: Some("v2022-06-01".into()),
                current: "v2025-01-01".into()
            })
        );
        assert_eq!(notices(&list, Some("v2025-01-01")), Notices::default());
        let unknown = notices(&list, Some("gone"));
        assert_eq!(unknown.changed.and_then(|c| c.since), None);
    }

    #[test]
    fn a_future_version_is_announced_until_it_is_acknowledged() {
        let list = list(&[
            ("2027-03-01", Future),
            ("2025-01-01", Current),
            ("2022-06-01", Past),
        ]);
        let expected = UpcomingNotice {
            current: Some("v2025-01-01".into()),
            next: "v2027-03-01".into(),
            effective: "2027-03-01".into(),
        };
        assert_eq!(notices(&list, None).upcoming, Some(expected.clone()));
        assert_eq!(notices(&list, Some("v2025-01-01")).upcoming, Some(expected));
        assert_eq!(notices(&list, Some("v2027-03-01")), Notices::default());
    }
}
