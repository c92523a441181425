//! The privacy policy API over real HTTP: versions, texts, comparisons, unknown ids, the
//! date that decides which version is current, and a broken policy folder at start.

mod common;

use std::path::Path;
use std::process::Command;

use jne_core::policy::{Comparison, SectionChange, VersionList, VersionStatus, VersionText};
use serde_json::Value;

/// The shipped folder plus a version that takes effect on 2027-03-01.
fn folder_with_future_version(root: &Path) -> String {
    let folder = root.join("policy-fixture");
    common::copy_shipped_policy(&folder);
    let current = std::fs::read_to_string(folder.join("2025-01-01.en.txt")).expect("current");
    let future = current.replace(
        "minimum period of five (5) years",
        "minimum period of ten (10) years",
    );
    std::fs::write(folder.join("2027-03-01.en.txt"), future).expect("write future");
    let index = std::fs::read_to_string(folder.join("versions.json")).expect("index");
    let mut index: Value = serde_json::from_str(&index).expect("json");
    let versions = index["versions"].as_array_mut().expect("versions");
    versions.push(serde_json::json!({
        "id": "2027-03-01", "effective": "2027-03-01", "file": "2027-03-01.en.txt",
        "summary": { "id": "Masa simpan 10 tahun.", "en": "Retention of 10 years." }
    }));
    std::fs::write(folder.join("versions.json"), index.to_string()).expect("write index");
    folder.display().to_string()
}

async fn get<T: serde::de::DeserializeOwned>(server: &common::TestServer, path: &str) -> T {
    let response = common::client()
        .get(server.url(path))
        .send()
        .await
        .expect("request");
    assert_eq!(response.status(), 200, "{path}");
    response.json().await.expect("json")
}

#[tokio::test]
async fn lists_versions_newest_first_with_the_current_one() {
    let server = common::start(false).await;
    let list: VersionList = get(&server, "/api/v1/policy/versions").await;
    assert_eq!(list.current.as_deref(), Some("2025-01-01"));
    let ids: Vec<(&str, VersionStatus, bool)> = list
        .versions
        .iter()
        .map(|v| (v.id.as_str(), v.status, v.sample))
        .collect();
    assert_eq!(
        ids,
        [
            ("2025-01-01", VersionStatus::Current, false),
            ("2022-06-01", VersionStatus::Past, true)
        ]
    );
    assert!(jne_core::policy::date::is_date(&list.today));
    server.stop().await;
}

#[tokio::test]
async fn gives_the_original_or_the_indonesian_translation() {
    let server = common::start(false).await;
    let en: VersionText = get(&server, "/api/v1/policy/versions/2025-01-01").await;
    assert!(!en.translation);
    assert_eq!(en.lang, "en");
    let outlets = en.document.section("3a").expect("section 3a");
    assert_eq!(outlets.heading, "JNE Outlets");
    let id: VersionText = get(&server, "/api/v1/policy/versions/2025-01-01?lang=id").await;
    assert!(id.translation);
    assert_eq!(id.document.section_ids(), en.document.section_ids());
    server.stop().await;
}

#[tokio::test]
async fn compares_two_versions_section_by_section() {
    let server = common::start(false).await;
    let comparison: Comparison = get(&server, "/api/v1/policy/compare/2022-06-01/2025-01-01").await;
    assert_eq!(comparison.from.id, "2022-06-01");
    assert_eq!(comparison.to.id, "2025-01-01");
    assert_eq!(comparison.diff.summary.added, 3);
    assert!(comparison
        .diff
        .sections
        .iter()
        .any(|s| s.id == "4e" && s.change == SectionChange::Added));
    assert_eq!(comparison.lang, "en", "the originals unless asked");
    let id: Comparison = get(
        &server,
        "/api/v1/policy/compare/2022-06-01/2025-01-01?lang=id",
    )
    .await;
    assert_eq!(id.lang, "id");
    assert_eq!(id.diff.summary.added, 3);
    let same: Comparison = get(&server, "/api/v1/policy/compare/2025-01-01/2025-01-01").await;
    assert!(!same.diff.summary.has_changes());
    server.stop().await;
}

#[tokio::test]
async fn unknown_versions_answer_a_json_404_naming_them() {
    let server = common::start(false).await;
    for path in [
        "/api/v1/policy/versions/1999-01-01",
        "/api/v1/policy/compare/2022-06-01/nope",
        "/api/v1/policy/compare/nope/2025-01-01",
    ] {
        let response = common::client()
            .get(server.url(path))
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), 404, "{path}");
        let body: Value = response.json().await.expect("json");
        assert_eq!(body["error"], "no_such_version", "{path}");
        assert!(body["message"]
            .as_str()
            .is_some_and(|m| m.contains("version")));
    }
    server.stop().await;
}

#[tokio::test]
async fn a_version_published_ahead_is_future_until_its_date() {
    let root = tempfile::tempdir().expect("temp dir");
    let folder = folder_with_future_version(root.path());
    let before = common::start_with(false, &["--policy", &folder, "--today", "2026-11-25"]).await;
    let list: VersionList = get(&before, "/api/v1/policy/versions").await;
    assert_eq!(list.today, "2026-11-25");
    assert_eq!(list.current.as_deref(), Some("2025-01-01"));
    assert_eq!(list.versions[0].id, "2027-03-01");
    assert_eq!(list.versions[0].status, VersionStatus::Future);
    let comparison: Comparison = get(&before, "/api/v1/policy/compare/2025-01-01/2027-03-01").await;
    assert_eq!(comparison.diff.summary.changed, 1);
    before.stop().await;

    let after = common::start_with(false, &["--policy", &folder, "--today", "2027-03-01"]).await;
    let list: VersionList = get(&after, "/api/v1/policy/versions").await;
    assert_eq!(list.current.as_deref(), Some("2027-03-01"));
    after.stop().await;
}

#[test]
fn a_broken_policy_folder_stops_the_start_with_exit_code_2_and_says_why() {
    let root = tempfile::tempdir().expect("temp dir");
    let dist = common::dist_with_app(root.path());
    let broken = root.path().join("broken");
    common::copy_shipped_policy(&broken);
    let current = broken.join("2025-01-01.en.txt");
    let text = std::fs::read_to_string(&current).expect("current");
    std::fs::write(&current, text.replace("## 3b.", "## 3a.")).expect("break it");
    let cases = [
        (broken.display().to_string(), "section 3a appears twice"),
        (
            root.path().join("none").display().to_string(),
            "versions.json",
        ),
    ];
    for (folder, mention) in cases {
        let output = Command::new(env!("CARGO_BIN_EXE_jne-server"))
            .args(["--listen", "127.0.0.1:0"])
            .args(["--data", &root.path().join("data").display().to_string()])
            .args(["--dist", &dist.display().to_string()])
            .args(["--policy", &folder])
            .output()
            .expect("run jne-server");
        assert_eq!(output.status.code(), Some(2), "{folder}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(mention), "{stderr}");
        assert!(
            stderr.contains("2025-01-01.en.txt") || mention == "versions.json",
            "{stderr}"
        );
    }
}

#[test]
fn a_bad_today_is_refused_like_any_bad_argument() {
    let root = tempfile::tempdir().expect("temp dir");
    let dist = common::dist_with_app(root.path());
    let output = Command::new(env!("CARGO_BIN_EXE_jne-server"))
        .args([
            "--dist",
            &dist.display().to_string(),
            "--today",
            "2026-02-30",
        ])
        .output()
        .expect("run jne-server");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--today"));
}
