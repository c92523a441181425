//! Section-aware comparison of two versions with the `similar` crate: sections are matched by
//! id, paragraphs aligned, and words compared inside a paragraph that changed.

use std::cmp::Ordering;

use similar::{capture_diff_slices, utils::diff_words, Algorithm, ChangeTag, DiffOp};

use super::changes::{
    Chunk, DiffSummary, Op, ParagraphDiff, PolicyDiff, SectionChange, SectionDiff,
};
use super::document::{compare_section_ids, Block, PolicyDocument, Section};
use super::set::PolicySet;

impl PolicySet {
    /// `from` compared with `to` in `lang` when both are translated into it, else on their
    /// original texts: a translation is never compared with an original.
    pub fn compare(
        &self,
        from: &str,
        to: &str,
        lang: &str,
        today: &str,
    ) -> Option<super::api::Comparison> {
        let (from_lang, _) = self.document_in(from, lang)?;
        let (to_lang, _) = self.document_in(to, lang)?;
        let lang = if from_lang == to_lang {
            from_lang
        } else {
            "en"
        };
        Some(super::api::Comparison {
            from: self.info(from, today)?,
            to: self.info(to, today)?,
            lang: lang.to_owned(),
            diff: diff(
                self.document_in(from, lang)?.1,
                self.document_in(to, lang)?.1,
            ),
        })
    }
}

/// Compares `old` with `new`. Both list sections in id order (the parser checks it), so one
/// merge walk pairs every id that both have.
pub fn diff(old: &PolicyDocument, new: &PolicyDocument) -> PolicyDiff {
    let (mut olds, mut news) = (
        old.sections.iter().peekable(),
        new.sections.iter().peekable(),
    );
    let mut sections = Vec::new();
    loop {
        let next = match (olds.peek(), news.peek()) {
            (None, None) => break,
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (Some(a), Some(b)) => compare_section_ids(&a.id, &b.id),
        };
        let entry = match next {
            Ordering::Less => olds.next().map(|a| whole(a, Op::Delete)),
            Ordering::Greater => news.next().map(|b| whole(b, Op::Insert)),
            Ordering::Equal => olds.next().zip(news.next()).map(|(a, b)| pair(a, b)),
        };
        sections.extend(entry);
    }
    let mut summary = DiffSummary::default();
    for section in &sections {
        match section.change {
            SectionChange::Added => summary.added += 1,
            SectionChange::Removed => summary.removed += 1,
            SectionChange::Changed => summary.changed += 1,
            SectionChange::Unchanged => summary.unchanged += 1,
        }
    }
    PolicyDiff { sections, summary }
}

/// A section only one side has: all inserted or all deleted.
fn whole(section: &Section, op: Op) -> SectionDiff {
    SectionDiff {
        id: section.id.clone(),
        change: if op == Op::Insert {
            SectionChange::Added
        } else {
            SectionChange::Removed
        },
        heading: chunk(op, &section.heading).into_iter().collect(),
        paragraphs: section.paragraphs.iter().map(|b| block(b, op)).collect(),
    }
}

fn pair(old: &Section, new: &Section) -> SectionDiff {
    let mut paragraphs = Vec::new();
    for op in capture_diff_slices(Algorithm::Patience, &old.paragraphs, &new.paragraphs) {
        match op {
            DiffOp::Equal { old_index, len, .. } => paragraphs.extend(
                old.paragraphs[old_index..old_index + len]
                    .iter()
                    .map(|b| block(b, Op::Equal)),
            ),
            DiffOp::Delete {
                old_index, old_len, ..
            } => paragraphs.extend(
                old.paragraphs[old_index..old_index + old_len]
                    .iter()
                    .map(|b| block(b, Op::Delete)),
            ),
            DiffOp::Insert {
                new_index, new_len, ..
            } => paragraphs.extend(
                new.paragraphs[new_index..new_index + new_len]
                    .iter()
                    .map(|b| block(b, Op::Insert)),
            ),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => replace(
                &old.paragraphs[old_index..old_index + old_len],
                &new.paragraphs[new_index..new_index + new_len],
                &mut paragraphs,
            ),
        }
    }
    SectionDiff {
        id: new.id.clone(),
        change: if old == new {
            SectionChange::Unchanged
        } else {
            SectionChange::Changed
        },
        heading: words(&old.heading, &new.heading),
        paragraphs,
    }
}

/// Paragraphs replaced by others: the n-th old one is compared word by word with the n-th new
/// one (a reworded paragraph reads best that way); the rest are whole deletions or insertions.
fn replace(old: &[Block], new: &[Block], out: &mut Vec<ParagraphDiff>) {
    let mut olds = old.iter();
    let mut news = new.iter();
    loop {
        match (olds.next(), news.next()) {
            (None, None) => break,
            (Some(a), None) => out.push(block(a, Op::Delete)),
            (None, Some(b)) => out.push(block(b, Op::Insert)),
            (Some(Block::Text(a)), Some(Block::Text(b))) => {
                out.push(ParagraphDiff::Text(words(a, b)))
            }
            (Some(a), Some(b)) => {
                out.push(block(a, Op::Delete));
                out.push(block(b, Op::Insert));
            }
        }
    }
}

fn block(block: &Block, op: Op) -> ParagraphDiff {
    match block {
        Block::Text(text) => ParagraphDiff::Text(chunk(op, text).into_iter().collect()),
        Block::Missing(gap) => ParagraphDiff::Missing { op, gap: *gap },
    }
}

fn chunk(op: Op, text: &str) -> Option<Chunk> {
    (!text.is_empty()).then(|| Chunk {
        op,
        text: text.to_owned(),
    })
}

/// Word-level changes, made readable: a short equal run (a space, one small word) between two
/// changes joins them, and a paragraph that kept less than half of its words shows as
/// replaced whole, since a reader cannot follow confetti of single-word changes.
fn words(old: &str, new: &str) -> Vec<Chunk> {
    let pieces: Vec<(Op, &str)> = diff_words(Algorithm::Myers, old, new)
        .into_iter()
        .map(|(tag, text)| match tag {
            ChangeTag::Equal => (Op::Equal, text),
            ChangeTag::Insert => (Op::Insert, text),
            ChangeTag::Delete => (Op::Delete, text),
        })
        .collect();
    let mut chunks = Vec::new();
    let (mut deleted, mut inserted) = (String::new(), String::new());
    for (index, (op, text)) in pieces.iter().enumerate() {
        match op {
            Op::Delete => deleted.push_str(text),
            Op::Insert => inserted.push_str(text),
            Op::Equal => {
                let changing = !deleted.is_empty() || !inserted.is_empty();
                let more = pieces[index + 1..].iter().any(|(op, _)| *op != Op::Equal);
                if changing && more && text.trim().chars().count() <= 3 {
                    deleted.push_str(text);
                    inserted.push_str(text);
                } else {
                    flush(&mut chunks, &mut deleted, &mut inserted);
                    chunks.push(Chunk {
                        op: Op::Equal,
                        text: (*text).to_owned(),
                    });
                }
            }
        }
    }
    flush(&mut chunks, &mut deleted, &mut inserted);
    let kept: usize = chunks
        .iter()
        .filter(|c| c.op == Op::Equal)
        .map(|c| c.text.split_whitespace().count())
        .sum();
    let longer = old
        .split_whitespace()
        .count()
        .max(new.split_whitespace().count());
    if kept * 2 < longer {
        return chunk(Op::Delete, old)
            .into_iter()
            .chain(chunk(Op::Insert, new))
            .collect();
    }
    chunks
}

fn flush(chunks: &mut Vec<Chunk>, deleted: &mut String, inserted: &mut String) {
    chunks.extend(chunk(Op::Delete, &std::mem::take(deleted)));
    chunks.extend(chunk(Op::Insert, &std::mem::take(inserted)));
}

#[cfg(test)]
#[path = "diff_tests.rs"]
mod tests;
