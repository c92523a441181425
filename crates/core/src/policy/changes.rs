//! What changed between two versions, as the API sends it and the app shows it. Computing it
//! needs the `diff` feature (`similar`); reading it does not, so the app carries no diff code.

use serde::{Deserialize, Serialize};

use super::document::{Block, Gap, PolicyDocument, Section};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    Equal,
    Insert,
    Delete,
}

/// A run of text that is in both versions, only the new one, or only the old one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chunk {
    pub op: Op,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphDiff {
    /// A paragraph, word by word.
    Text(Vec<Chunk>),
    /// A place the source lost, kept, added or removed as a whole.
    Missing { op: Op, gap: Gap },
}

impl ParagraphDiff {
    /// `(old, new)` for a paragraph rewritten with no words kept: it reads best as the two
    /// paragraphs one after the other, each whole, rather than struck and inserted inline.
    pub fn rewritten(&self) -> Option<(String, String)> {
        let ParagraphDiff::Text(chunks) = self else {
            return None;
        };
        let kept = chunks
            .iter()
            .any(|c| c.op == Op::Equal && !c.text.trim().is_empty());
        let has = |op| chunks.iter().any(|c| c.op == op);
        (!kept && has(Op::Delete) && has(Op::Insert))
            .then(|| (side_text(chunks, Op::Delete), side_text(chunks, Op::Insert)))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionChange {
    Added,
    Removed,
    Changed,
    Unchanged,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionDiff {
    pub id: String,
    pub change: SectionChange,
    pub heading: Vec<Chunk>,
    pub paragraphs: Vec<ParagraphDiff>,
}

/// The numbers behind "2 sections changed, 1 added".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffSummary {
    pub changed: usize,
    pub added: usize,
    pub removed: usize,
    pub unchanged: usize,
}

impl DiffSummary {
    pub fn has_changes(&self) -> bool {
        self.changed + self.added + self.removed > 0
    }
}

/// Every section of either version, in section-id order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyDiff {
    pub sections: Vec<SectionDiff>,
    pub summary: DiffSummary,
}

impl SectionDiff {
    /// The section as it was (`Op::Delete` side) or as it is (`Op::Insert` side).
    fn side(&self, side: Op) -> Option<Section> {
        let gone = match side {
            Op::Delete => SectionChange::Added,
            _ => SectionChange::Removed,
        };
        if self.change == gone {
            return None;
        }
        let paragraphs = self
            .paragraphs
            .iter()
            .filter_map(|paragraph| match paragraph {
                ParagraphDiff::Text(chunks) => {
                    let text = side_text(chunks, side);
                    (!text.is_empty()).then_some(Block::Text(text))
                }
                ParagraphDiff::Missing { op, gap } => {
                    (*op == Op::Equal || *op == side).then_some(Block::Missing(*gap))
                }
            })
            .collect();
        Some(Section {
            id: self.id.clone(),
            heading: side_text(&self.heading, side),
            paragraphs,
        })
    }
}

/// The text of one side: what is equal plus what only that side has.
pub fn side_text(chunks: &[Chunk], side: Op) -> String {
    chunks
        .iter()
        .filter(|chunk| chunk.op == Op::Equal || chunk.op == side)
        .map(|chunk| chunk.text.as_str())
        .collect()
}

impl PolicyDiff {
    /// The older version, rebuilt from the diff alone.
    pub fn old_side(&self) -> PolicyDocument {
        self.rebuild(Op::Delete)
    }

    /// The newer version, rebuilt from the diff alone.
    pub fn new_side(&self) -> PolicyDocument {
        self.rebuild(Op::Insert)
    }

    fn rebuild(&self, side: Op) -> PolicyDocument {
        PolicyDocument {
            sections: self.sections.iter().filter_map(|s| s.side(side)).collect(),
        }
    }
}
