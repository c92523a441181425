//! One version of the policy as sections with stable ids, and the plain-text file it is read from.
//!
//! The file format, one line at a time:
//! - `## ID. Heading` opens a section; `## 0` (no heading) is the opening text before section 1.
//!   `ID` is a number with an optional lowercase letter (`1`, `3a`); ids only grow through a
//!   file, so `3a` comes after `3` and before `4`, and every version orders sections alike.
//! - `[missing-list]` alone on a line: a list the source text lost (shown as missing, never
//!   invented); `[missing-text]`: a section whose text the source lost.
//! - Any other non-empty line is one paragraph, kept exactly as written.

use std::cmp::Ordering;
use std::fmt;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyDocument {
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// `1`, `3a` …: the same id means the same section in every version.
    pub id: String,
    /// As the source writes it, without its number; empty for the opening text (`0`).
    pub heading: String,
    pub paragraphs: Vec<Block>,
}

/// A paragraph, or a place where the source lost something.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    Text(String),
    Missing(Gap),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Gap {
    /// "… the following information:" and then nothing.
    List,
    /// A heading with nothing under it where text was expected.
    Text,
}

impl Section {
    /// The number the source prints before the heading: `3.` for a section, `a.` for `3a`.
    pub fn label(&self) -> String {
        section_label(&self.id)
    }

    pub fn is_subsection(&self) -> bool {
        self.id.ends_with(|c: char| c.is_ascii_lowercase())
    }

    /// The fragment that links to this section: `/privasi#s-3a`.
    pub fn anchor(&self) -> String {
        format!("s-{}", self.id)
    }
}

/// The number the source prints before a heading with this id: `3.` for `3`, `a.` for `3a`.
pub fn section_label(id: &str) -> String {
    match id.chars().last() {
        Some(letter) if letter.is_ascii_lowercase() => format!("{letter}."),
        _ => format!("{id}."),
    }
}

/// A heading's number where it stands alone, away from its parent (a comparison, where a
/// parent may be folded): `3.` for `3`, `3a.` for `3a`, so two "a. JNE Website" never meet.
pub fn standalone_label(id: &str) -> String {
    format!("{id}.")
}

/// What is wrong with a version file, and on which line (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentError {
    pub line: usize,
    pub kind: DocumentErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentErrorKind {
    /// Text before the first `##` line: it would belong to no section.
    TextBeforeFirstSection,
    /// A `##` line without a section id such as `3a`.
    MissingSectionId(String),
    DuplicateSection(String),
    /// A section id not after the one before it (`3` after `3a`, `2` after `4`).
    SectionOutOfOrder {
        id: String,
        after: String,
    },
    /// `[missing-…]` with a kind other than `list` or `text`.
    UnknownMarker(String),
    /// No section at all.
    Empty,
}

impl fmt::Display for DocumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: ", self.line)?;
        match &self.kind {
            DocumentErrorKind::TextBeforeFirstSection => {
                f.write_str("text before the first section (start with `## 0` or `## 1. …`)")
            }
            DocumentErrorKind::MissingSectionId(line) => {
                write!(f, "no section id (like 3a) in “{line}”")
            }
            DocumentErrorKind::DuplicateSection(id) => write!(f, "section {id} appears twice"),
            DocumentErrorKind::SectionOutOfOrder { id, after } => {
                write!(f, "section {id} comes after section {after}; ids must grow")
            }
            DocumentErrorKind::UnknownMarker(marker) => write!(
                f,
                "unknown marker {marker} (use [missing-list] or [missing-text])"
            ),
            DocumentErrorKind::Empty => f.write_str("no sections"),
        }
    }
}

/// A section id as an ordered key: `(3, Some('a'))` for `3a`.
pub(crate) fn section_key(id: &str) -> Option<(u16, Option<char>)> {
    let digits_end = id.find(|c: char| !c.is_ascii_digit()).unwrap_or(id.len());
    let (digits, rest) = id.split_at(digits_end);
    if digits.is_empty() || digits.len() > 3 || (digits.len() > 1 && digits.starts_with('0')) {
        return None;
    }
    let number = digits.parse().ok()?;
    let mut letters = rest.chars();
    match (letters.next(), letters.next()) {
        (None, _) => Some((number, None)),
        (Some(letter), None) if letter.is_ascii_lowercase() => Some((number, Some(letter))),
        _ => None,
    }
}

/// The order of section ids: `2` < `3` < `3a` < `3b` < `4`.
pub fn compare_section_ids(a: &str, b: &str) -> Ordering {
    section_key(a).cmp(&section_key(b)).then_with(|| a.cmp(b))
}

/// Reads a version file (see the module's first lines for the format).
pub fn parse_document(text: &str) -> Result<PolicyDocument, DocumentError> {
    let mut sections: Vec<Section> = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let error = |kind| DocumentError { line, kind };
        let content = raw.trim();
        if content.is_empty() {
            continue;
        }
        if let Some(rest) = content.strip_prefix("##") {
            let rest = rest.trim();
            let (id, heading) = match rest.split_once(". ") {
                Some((id, heading)) => (id, heading.trim()),
                None => (rest.trim_end_matches('.'), ""),
            };
            if section_key(id).is_none() {
                return Err(error(DocumentErrorKind::MissingSectionId(
                    content.to_owned(),
                )));
            }
            if sections.iter().any(|s| s.id == id) {
                return Err(error(DocumentErrorKind::DuplicateSection(id.to_owned())));
            }
            if let Some(previous) = sections.last() {
                if compare_section_ids(&previous.id, id) != Ordering::Less {
                    return Err(error(DocumentErrorKind::SectionOutOfOrder {
                        id: id.to_owned(),
                        after: previous.id.clone(),
                    }));
                }
            }
            sections.push(Section {
                id: id.to_owned(),
                heading: heading.to_owned(),
                paragraphs: Vec::new(),
            });
            continue;
        }
        let block = match content {
            "[missing-list]" => Block::Missing(Gap::List),
            "[missing-text]" => Block::Missing(Gap::Text),
            marker if marker.starts_with("[missing-") => {
                return Err(error(DocumentErrorKind::UnknownMarker(marker.to_owned())))
            }
            text => Block::Text(text.to_owned()),
        };
        match sections.last_mut() {
            Some(section) => section.paragraphs.push(block),
            None => return Err(error(DocumentErrorKind::TextBeforeFirstSection)),
        }
    }
    if sections.is_empty() {
        return Err(DocumentError {
            line: 1,
            kind: DocumentErrorKind::Empty,
        });
    }
    Ok(PolicyDocument { sections })
}

impl PolicyDocument {
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// The ids in file order.
    pub fn section_ids(&self) -> Vec<&str> {
        self.sections.iter().map(|s| s.id.as_str()).collect()
    }
}

#[cfg(test)]
#[path = "document_tests.rs"]
mod tests;
