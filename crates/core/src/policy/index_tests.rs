//! `versions.json` with its files: the shipped folder, and each way a folder can be broken.

use super::*;
use crate::policy::api::VersionStatus;
use crate::policy::document::{DocumentError, DocumentErrorKind};

fn shipped() -> (String, BTreeMap<String, String>) {
    let folder = format!("{}/../../static/policy", env!("CARGO_MANIFEST_DIR"));
    let mut files = BTreeMap::new();
    let mut index = String::new();
    for entry in std::fs::read_dir(&folder).expect("static/policy") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        let text = std::fs::read_to_string(&path).expect("readable");
        if name == "versions.json" {
            index = text;
        } else {
            files.insert(name, text);
        }
    }
    (index, files)
}

#[test]
fn the_shipped_folder_is_valid_with_one_sample_and_a_translated_current_version() {
    let (index, files) = shipped();
    let set = PolicySet::from_files(&index, &files).expect("valid");
    let list = set.list("2026-11-25");
    assert_eq!(list.current.as_deref(), Some("2025-01-01"));
    let ids: Vec<(&str, bool, VersionStatus)> = list
        .versions
        .iter()
        .map(|v| (v.id.as_str(), v.sample, v.status))
        .collect();
    assert_eq!(
        ids,
        [
            ("2025-01-01", false, VersionStatus::Current),
            ("2022-06-01", true, VersionStatus::Past)
        ]
    );
    let text = set.text("2025-01-01", "id", "2026-11-25").expect("text");
    assert!(text.translation);
    assert_eq!(text.lang, "id");
    let sample = set.text("2022-06-01", "id", "2026-11-25").expect("text");
    assert!(sample.translation, "the sample is translated too");
    assert!(
        !set.text("2022-06-01", "en", "2026-11-25")
            .expect("text")
            .translation
    );
}

#[test]
fn the_indonesian_ui_compares_the_indonesian_texts_and_never_a_translation_with_an_original() {
    let (index, mut files) = shipped();
    let set = PolicySet::from_files(&index, &files).expect("valid");
    let today = "2026-11-25";
    let id = set
        .compare("2022-06-01", "2025-01-01", "id", today)
        .expect("pair");
    assert_eq!(id.lang, "id");
    let headings: Vec<String> = id
        .diff
        .new_side()
        .sections
        .into_iter()
        .map(|s| s.heading)
        .collect();
    assert!(
        headings.iter().any(|h| h == "Layanan Pelanggan JNE"),
        "{headings:?}"
    );
    assert_eq!(
        id.diff.summary.added, 3,
        "the same sections as the originals'"
    );
    let en = set
        .compare("2022-06-01", "2025-01-01", "en", today)
        .expect("pair");
    assert_eq!(en.lang, "en");
    assert!(en
        .diff
        .new_side()
        .sections
        .iter()
        .any(|s| s.heading == "JNE Customer Services"));

    // One version without a translation: both originals, said so by `lang`.
    files.remove("2022-06-01.id.txt");
    let index = index.replace(r#""translations": { "id": "2022-06-01.id.txt" },"#, "");
    let set = PolicySet::from_files(&index, &files).expect("valid without the translation");
    let mixed = set
        .compare("2022-06-01", "2025-01-01", "id", today)
        .expect("pair");
    assert_eq!(mixed.lang, "en");
    assert!(mixed
        .diff
        .old_side()
        .sections
        .iter()
        .any(|s| s.heading == "JNE Customer Services"));
    assert!(mixed
        .diff
        .new_side()
        .sections
        .iter()
        .any(|s| s.heading == "JNE Customer Services"));
}

#[test]
fn a_comparison_runs_from_the_earlier_version_to_the_later_one() {
    let (index, files) = shipped();
    let list = PolicySet::from_files(&index, &files)
        .expect("valid")
        .list("2026-11-25");
    assert_eq!(
        list.in_order("2025-01-01", "2022-06-01"),
        ("2022-06-01", "2025-01-01", true)
    );
    assert_eq!(
        list.in_order("2022-06-01", "2025-01-01"),
        ("2022-06-01", "2025-01-01", false)
    );
    assert_eq!(
        list.in_order("2025-01-01", "2025-01-01"),
        ("2025-01-01", "2025-01-01", false)
    );
}

#[test]
fn status_follows_the_day_asked() {
    let (index, files) = shipped();
    let set = PolicySet::from_files(&index, &files).expect("valid");
    let early = set.list("2023-01-01");
    assert_eq!(early.current.as_deref(), Some("2022-06-01"));
    assert_eq!(early.versions[0].status, VersionStatus::Future);
    assert_eq!(set.list("2020-01-01").current, None);
    assert_eq!(
        set.list("2025-01-01").current.as_deref(),
        Some("2025-01-01"),
        "a version is current from its effective date on"
    );
}

fn files(names: &[&str]) -> BTreeMap<String, String> {
    names
        .iter()
        .map(|n| ((*n).to_owned(), "## 1. A\nText.\n".to_owned()))
        .collect()
}

fn entry(id: &str, effective: &str, file: &str) -> String {
    format!(
        r#"{{"id":"{id}","effective":"{effective}","file":"{file}","summary":{{"id":"x","en":"x"}}}}"#
    )
}

fn error_of(entries: &[String], files: &BTreeMap<String, String>) -> PolicyError {
    let index = format!(r#"{{"versions":[{}]}}"#, entries.join(","));
    match PolicySet::from_files(&index, files) {
        Ok(_) => panic!("accepted {index}"),
        Err(error) => error,
    }
}

#[test]
fn a_broken_folder_says_what_is_wrong() {
    let two = files(&["a.txt", "b.txt"]);
    let a = entry("a", "2022-01-01", "a.txt");
    assert_eq!(
        error_of(&[a.clone(), entry("a", "2023-01-01", "b.txt")], &two),
        PolicyError::DuplicateVersion("a".into())
    );
    assert_eq!(
        error_of(&[a.clone(), entry("b", "2021-01-01", "b.txt")], &two),
        PolicyError::DatesOutOfOrder {
            version: "b".into(),
            after: "a".into()
        }
    );
    assert_eq!(
        error_of(&[entry("a", "2022-02-30", "a.txt")], &files(&["a.txt"])),
        PolicyError::BadDate {
            version: "a".into(),
            date: "2022-02-30".into()
        }
    );
    assert_eq!(
        error_of(&[a.clone(), entry("b", "2023-01-01", "c.txt")], &two),
        PolicyError::MissingFile {
            version: "b".into(),
            file: "c.txt".into()
        }
    );
    assert_eq!(
        error_of(std::slice::from_ref(&a), &two),
        PolicyError::UnknownFile("b.txt".into())
    );
    assert!(matches!(
        error_of(&[entry("a", "2022-01-01", "../a.txt")], &two),
        PolicyError::BadFileName { .. }
    ));
    assert_eq!(
        error_of(&[entry("A b", "2022-01-01", "a.txt")], &files(&["a.txt"])),
        PolicyError::BadVersionId("A b".into())
    );
    assert_eq!(error_of(&[], &BTreeMap::new()), PolicyError::NoVersions);
    assert!(matches!(
        PolicySet::from_files("{\"versions\": 3}", &two),
        Err(PolicyError::Index(_))
    ));
}

#[test]
fn a_broken_version_file_names_the_file_line_and_section() {
    let mut broken = files(&["a.txt"]);
    broken.insert("a.txt".into(), "## 1. A\n## 1. Again\n".into());
    let error = error_of(&[entry("a", "2022-01-01", "a.txt")], &broken);
    assert_eq!(
        error,
        PolicyError::Document {
            file: "a.txt".into(),
            error: DocumentError {
                line: 2,
                kind: DocumentErrorKind::DuplicateSection("1".into())
            }
        }
    );
    assert_eq!(error.to_string(), "a.txt: line 2: section 1 appears twice");
}

#[test]
fn a_translation_must_have_the_original_sections_and_be_indonesian() {
    let mut folder = files(&["a.txt", "a.id.txt"]);
    folder.insert("a.id.txt".into(), "## 1. A\n## 2. B\n".into());
    let translated = r#"{"id":"a","effective":"2022-01-01","file":"a.txt",
        "translations":{"id":"a.id.txt"},"summary":{"id":"x","en":"x"}}"#;
    assert_eq!(
        error_of(&[translated.to_owned()], &folder),
        PolicyError::TranslationSections {
            version: "a".into(),
            file: "a.id.txt".into()
        }
    );
    let french = translated.replace("{\"id\":\"a.id.txt\"}", "{\"fr\":\"a.id.txt\"}");
    assert!(matches!(
        error_of(&[french], &folder),
        PolicyError::UnknownLanguage { .. }
    ));
}
