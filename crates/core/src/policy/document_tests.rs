//! The version file format: what it reads, and each way a file can be broken.

use super::*;

const SMALL: &str = "## 0\nOpening words.\n\n## 1. Privacy Policy\nFirst.\n\
                     ## 3. Purpose\n## 3a. JNE Outlets\nNeeds the following:\n[missing-list]\n\
                     ## 4. Empty\n[missing-text]\n";

#[test]
fn reads_sections_paragraphs_and_missing_places() {
    let document = parse_document(SMALL).expect("valid");
    assert_eq!(document.section_ids(), ["0", "1", "3", "3a", "4"]);
    let outlets = document.section("3a").expect("3a");
    assert_eq!(outlets.heading, "JNE Outlets");
    assert_eq!(outlets.label(), "a.");
    assert!(outlets.is_subsection());
    assert_eq!(outlets.anchor(), "s-3a");
    assert_eq!(
        outlets.paragraphs,
        [
            Block::Text("Needs the following:".into()),
            Block::Missing(Gap::List)
        ]
    );
    let opening = document.section("0").expect("0");
    assert_eq!(opening.heading, "");
    assert_eq!(
        document.section("1").map(Section::label).as_deref(),
        Some("1.")
    );
    assert_eq!(
        document.section("4").map(|s| s.paragraphs.clone()),
        Some(vec![Block::Missing(Gap::Text)])
    );
}

fn error_of(text: &str) -> DocumentError {
    match parse_document(text) {
        Ok(document) => panic!("accepted: {document:?}"),
        Err(error) => error,
    }
}

#[test]
fn says_what_is_broken_and_where() {
    let cases = [
        (
            "Stray.\n## 1. A\n",
            1,
            DocumentErrorKind::TextBeforeFirstSection,
        ),
        (
            "## 1. A\n## Privacy Policy\n",
            2,
            DocumentErrorKind::MissingSectionId("## Privacy Policy".into()),
        ),
        (
            "## 1. A\nx\n## 1. B\n",
            3,
            DocumentErrorKind::DuplicateSection("1".into()),
        ),
        (
            "## 2. A\n## 1. B\n",
            2,
            DocumentErrorKind::SectionOutOfOrder {
                id: "1".into(),
                after: "2".into(),
            },
        ),
        (
            "## 3a. A\n## 3. B\n",
            2,
            DocumentErrorKind::SectionOutOfOrder {
                id: "3".into(),
                after: "3a".into(),
            },
        ),
        (
            "## 1. A\n[missing-table]\n",
            2,
            DocumentErrorKind::UnknownMarker("[missing-table]".into()),
        ),
        ("\n\n", 1, DocumentErrorKind::Empty),
    ];
    for (text, line, kind) in cases {
        assert_eq!(error_of(text), DocumentError { line, kind }, "{text:?}");
    }
    assert!(error_of("## 3A. Upper\n")
        .to_string()
        .contains("no section id"));
}

#[test]
fn section_ids_sort_by_number_then_letter() {
    let mut ids = ["10", "3b", "2", "3", "0", "3a", "4"];
    ids.sort_by(|a, b| compare_section_ids(a, b));
    assert_eq!(ids, ["0", "2", "3", "3a", "3b", "4", "10"]);
    for bad in ["", "a", "3ab", "03", "1234", "3-a", "3A"] {
        assert!(section_key(bad).is_none(), "{bad}");
    }
}

#[test]
fn the_shipped_versions_read_cleanly() {
    for file in [
        "2022-06-01.en.txt",
        "2025-01-01.en.txt",
        "2025-01-01.id.txt",
    ] {
        let path = format!("{}/../../static/policy/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).expect("shipped file");
        let document = parse_document(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert!(document.sections.len() > 5, "{file}");
    }
}

#[test]
fn a_subsection_standing_alone_keeps_its_parent_number() {
    assert_eq!(standalone_label("3a"), "3a.");
    assert_eq!(standalone_label("4"), "4.");
    assert_eq!(
        section_label("3a"),
        "a.",
        "under its parent, as the source prints it"
    );
}
