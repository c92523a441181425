//! Comparing versions: sections by id, words inside paragraphs, and the summary counts.

use proptest::prelude::*;

use super::*;
use crate::policy::changes::side_text;
use crate::policy::document::{parse_document, Gap};

fn doc(text: &str) -> PolicyDocument {
    parse_document(text).expect("valid test document")
}

#[test]
fn sections_are_matched_by_id_and_counted() {
    let old = doc("## 1. Same\nA.\n## 2. Changes\nJNE keeps data.\n## 3. Goes\nOld.\n");
    let new = doc("## 1. Same\nA.\n## 2. Changes\nJNE keeps personal data.\n## 2a. New\nNew.\n");
    let diff = diff(&old, &new);
    let changes: Vec<_> = diff
        .sections
        .iter()
        .map(|s| (s.id.as_str(), s.change))
        .collect();
    assert_eq!(
        changes,
        [
            ("1", SectionChange::Unchanged),
            ("2", SectionChange::Changed),
            ("2a", SectionChange::Added),
            ("3", SectionChange::Removed),
        ]
    );
    assert_eq!(
        diff.summary,
        DiffSummary {
            changed: 1,
            added: 1,
            removed: 1,
            unchanged: 1
        }
    );
    let changed = &diff.sections[1].paragraphs[0];
    let ParagraphDiff::Text(chunks) = changed else {
        panic!("a text paragraph: {changed:?}");
    };
    let inserted: Vec<&str> = chunks
        .iter()
        .filter(|c| c.op == Op::Insert)
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(inserted, ["personal "]);
    assert!(chunks.iter().all(|c| c.op != Op::Delete));
}

#[test]
fn a_changed_heading_is_compared_word_by_word() {
    let diff = diff(
        &doc("## 4. Data Security\nx\n"),
        &doc("## 4. Data Access Security\nx\n"),
    );
    assert_eq!(diff.sections[0].change, SectionChange::Changed);
    assert_eq!(
        side_text(&diff.sections[0].heading, Op::Delete),
        "Data Security"
    );
    assert!(diff.sections[0]
        .heading
        .iter()
        .any(|c| c.op == Op::Insert && c.text.contains("Access")));
}

#[test]
fn missing_places_are_kept_whole() {
    let old = doc("## 1. A\nNeeds:\n[missing-list]\n");
    let new = doc("## 1. A\nNeeds these:\nName.\n");
    let diff = diff(&old, &new);
    assert!(diff.sections[0]
        .paragraphs
        .contains(&ParagraphDiff::Missing {
            op: Op::Delete,
            gap: Gap::List
        }));
    assert_eq!(diff.old_side(), old);
    assert_eq!(diff.new_side(), new);
}

#[test]
fn the_shipped_sample_and_current_versions_differ_as_documented() {
    let read = |file: &str| {
        let path = format!("{}/../../static/policy/{file}", env!("CARGO_MANIFEST_DIR"));
        doc(&std::fs::read_to_string(path).expect("shipped file"))
    };
    let diff = diff(&read("2022-06-01.en.txt"), &read("2025-01-01.en.txt"));
    let added: Vec<&str> = diff
        .sections
        .iter()
        .filter(|s| s.change == SectionChange::Added)
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(
        added,
        ["4d", "4e", "6"],
        "cross-border, retention, references"
    );
    assert_eq!(diff.summary.removed, 0);
    assert!(diff.sections[0].paragraphs.iter().any(|p| matches!(p,
        ParagraphDiff::Text(chunks) if chunks.iter().any(|c| c.op == Op::Insert && c.text.contains("Tiki")))));
}

#[test]
fn a_paragraph_rewritten_whole_reads_as_the_old_one_then_the_new_one() {
    let diff = diff(
        &doc("## 1. A\nJNE may change this page from time to time.\nKept.\n"),
        &doc("## 1. A\nUpdates are published here whenever the law requires them.\nKept.\n"),
    );
    let paragraphs = &diff.sections[0].paragraphs;
    assert_eq!(
        paragraphs[0].rewritten(),
        Some((
            "JNE may change this page from time to time.".to_owned(),
            "Updates are published here whenever the law requires them.".to_owned()
        ))
    );
    assert_eq!(paragraphs[1].rewritten(), None, "unchanged");
    let reworded = super::diff(
        &doc("## 1. A\nJNE keeps data.\n"),
        &doc("## 1. A\nJNE keeps personal data.\n"),
    );
    assert_eq!(
        reworded.sections[0].paragraphs[0].rewritten(),
        None,
        "word by word"
    );
}

fn arb_document() -> impl Strategy<Value = PolicyDocument> {
    const IDS: [&str; 8] = ["0", "1", "2", "3", "3a", "3b", "4", "5"];
    let word = prop::sample::select(vec![
        "JNE", "data", "the", "Customer", "may", "will", "not", "share", "email", "SSL",
    ]);
    let text = prop::collection::vec(word, 1..8).prop_map(|w| w.join(" "));
    let block = prop_oneof![
        4 => text.clone().prop_map(Block::Text),
        1 => Just(Block::Missing(Gap::List)),
        1 => Just(Block::Missing(Gap::Text)),
    ];
    let section = (prop::option::of(text), prop::collection::vec(block, 0..4));
    prop::collection::vec(prop::option::of(section), IDS.len()).prop_map(|slots| {
        let sections = IDS
            .iter()
            .zip(slots)
            .filter_map(|(id, slot)| {
                slot.map(|(heading, paragraphs)| Section {
                    id: (*id).to_owned(),
                    heading: heading.unwrap_or_default(),
                    paragraphs,
                })
            })
            .collect();
        PolicyDocument { sections }
    })
}

proptest! {
    #[test]
    fn a_version_compared_with_itself_has_no_changes(document in arb_document()) {
        let diff = diff(&document, &document);
        prop_assert!(!diff.summary.has_changes());
        prop_assert_eq!(diff.summary.unchanged, document.sections.len());
        for section in &diff.sections {
            for paragraph in &section.paragraphs {
                let equal = match paragraph {
                    ParagraphDiff::Text(chunks) => chunks.iter().all(|c| c.op == Op::Equal),
                    ParagraphDiff::Missing { op, .. } => *op == Op::Equal,
                };
                prop_assert!(equal);
            }
        }
    }

    #[test]
    fn the_diff_rebuilds_both_versions(old in arb_document(), new in arb_document()) {
        let diff = diff(&old, &new);
        prop_assert_eq!(diff.old_side(), old);
        prop_assert_eq!(diff.new_side(), new);
        prop_assert_eq!(
            diff.summary.changed + diff.summary.added + diff.summary.removed + diff.summary.unchanged,
            diff.sections.len()
        );
    }
}

#[test]
fn changes_read_as_phrases_not_confetti() {
    let diff = diff(
        &doc("## 1. A\nStored for five (5) years at least.\nJNE keeps the data safe.\n"),
        &doc(
            "## 1. A\nStored for ten (10) years at least.\nCustomers may ask JNE what it holds.\n",
        ),
    );
    let texts: Vec<Vec<(Op, &str)>> = diff.sections[0]
        .paragraphs
        .iter()
        .filter_map(|p| match p {
            ParagraphDiff::Text(chunks) => {
                Some(chunks.iter().map(|c| (c.op, c.text.as_str())).collect())
            }
            ParagraphDiff::Missing { .. } => None,
        })
        .collect();
    assert_eq!(
        texts[0],
        [
            (Op::Equal, "Stored for "),
            (Op::Delete, "five (5)"),
            (Op::Insert, "ten (10)"),
            (Op::Equal, " years at least.")
        ],
        "the space between two changed words joins them"
    );
    assert_eq!(
        texts[1],
        [
            (Op::Delete, "JNE keeps the data safe."),
            (Op::Insert, "Customers may ask JNE what it holds.")
        ],
        "a rewritten paragraph is shown replaced whole"
    );
}
