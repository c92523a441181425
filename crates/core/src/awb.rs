//! Airway bill (AWB) numbers: parsing one, and many pasted together.
//!
//! The same rule runs in the browser (before anything is sent) and on the server (which
//! re-checks), so it lives here exactly once.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

mod list;
pub use list::{parse_list, ListError};

/// Fewest characters a JNE number has once normalised (`CM96392284741` has 13).
pub const MIN_LEN: usize = 10;
/// Most characters accepted once normalised.
pub const MAX_LEN: usize = 20;
/// Numbers tracked per search; 17TRACK uses the same limit, so people already know it.
pub const MAX_PER_SEARCH: usize = 40;

/// A normalised AWB number: upper-case A–Z and 0–9 only, 10–20 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Awb(String);

impl Awb {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Awb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Awb {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl FromStr for Awb {
    type Err = AwbError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse(s)
    }
}

impl TryFrom<String> for Awb {
    type Error = AwbError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        parse(&s)
    }
}

impl From<Awb> for String {
    fn from(awb: Awb) -> String {
        awb.0
    }
}

/// Why a token is not an AWB number. The UI turns each case into a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum AwbError {
    /// Nothing left after trimming and dropping spaces and hyphens.
    Empty,
    /// `len` characters after normalising, fewer than [`MIN_LEN`].
    TooShort { len: usize },
    /// `len` characters after normalising, more than [`MAX_LEN`].
    TooLong { len: usize },
    /// `ch` is not a letter A–Z or digit; `position` counts characters from 1 in the trimmed
    /// token, the way a person would count what they typed.
    BadChar { ch: char, position: usize },
}

impl AwbError {
    /// A stable machine code, the same as the `code` field of its JSON form.
    pub fn code(&self) -> &'static str {
        match self {
            AwbError::Empty => "empty",
            AwbError::TooShort { .. } => "too_short",
            AwbError::TooLong { .. } => "too_long",
            AwbError::BadChar { .. } => "bad_char",
        }
    }
}

impl fmt::Display for AwbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AwbError::Empty => write!(f, "no AWB number given"),
            AwbError::TooShort { len } => {
                write!(f, "{len} characters, an AWB number has at least {MIN_LEN}")
            }
            AwbError::TooLong { len } => {
                write!(f, "{len} characters, an AWB number has at most {MAX_LEN}")
            }
            AwbError::BadChar { ch, position } => {
                write!(
                    f,
                    "character {ch:?} at position {position} is not a letter or digit"
                )
            }
        }
    }
}

impl std::error::Error for AwbError {}

/// Hyphens as typed, and the dashes word processors turn them into when numbers are pasted.
fn is_hyphen(ch: char) -> bool {
    matches!(ch, '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}')
}

/// Parses one number: trims, upper-cases, drops inner spaces and hyphens, then checks
/// characters (first bad one reported) and length.
pub fn parse(token: &str) -> Result<Awb, AwbError> {
    let mut normalised = String::with_capacity(token.len());
    for (index, ch) in token.trim().chars().enumerate() {
        if ch.is_whitespace() || is_hyphen(ch) {
            continue;
        }
        if !ch.is_ascii_alphanumeric() {
            return Err(AwbError::BadChar {
                ch,
                position: index + 1,
            });
        }
        normalised.push(ch.to_ascii_uppercase());
    }
    match normalised.len() {
        0 => Err(AwbError::Empty),
        len if len < MIN_LEN => Err(AwbError::TooShort { len }),
        len if len > MAX_LEN => Err(AwbError::TooLong { len }),
        _ => Ok(Awb(normalised)),
    }
}

/// One token of pasted text that is not an AWB number, as the person typed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BadToken {
    pub token: String,
    pub error: AwbError,
}

/// More distinct valid numbers than [`MAX_PER_SEARCH`] were pasted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TooMany {
    pub limit: usize,
    /// Distinct valid numbers left out, after the first `limit`.
    pub over: usize,
}

/// What [`parse_many`] makes of pasted text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParsedList {
    /// Distinct valid numbers in the order first typed, at most [`MAX_PER_SEARCH`].
    pub valid: Vec<Awb>,
    /// How each of `valid` was typed (trimmed, its own spaces and hyphens kept), in the same
    /// order: what the page shows, so `JNEB-1005668732` still matches the seller's sheet.
    pub typed: Vec<String>,
    /// Each bad token by itself, in the order typed.
    pub invalid: Vec<BadToken>,
    /// Repeats of a number already in `valid` (or over the limit) that were dropped.
    pub duplicates: usize,
    /// Set when more than [`MAX_PER_SEARCH`] distinct valid numbers were pasted.
    pub too_many: Option<TooMany>,
}

/// Parses pasted text holding any number of AWB numbers.
///
/// Commas, semicolons, tabs and line breaks always separate numbers. Spaces are ambiguous:
/// people paste lists separated by spaces, but also write one number in groups
/// (`0166 2319 0010 5595`). Within one piece (text between hard separators):
/// 1. if every space-separated part is a valid number, they are separate numbers;
/// 2. else if the whole piece without spaces is valid, it is one number;
/// 3. else each valid part stands alone, and each run of invalid parts between them is
///    joined and tried as one number, reported as one bad token if that fails too.
pub fn parse_many(text: &str) -> ParsedList {
    let mut list = ParsedList::default();
    // Every number seen, kept and past the limit alike, so repeats of either count as
    // duplicates, not "over". A set: a pasted megabyte of numbers took 4 s of n² lookups in a list.
    let mut seen: BTreeSet<Awb> = BTreeSet::new();
    let mut left_out = 0;
    for piece in text.split([',', ';', '\t', '\n', '\r']) {
        for (token, result) in split_piece(piece) {
            match result {
                Ok(awb) if seen.contains(&awb) => list.duplicates += 1,
                Ok(awb) if list.valid.len() >= MAX_PER_SEARCH => {
                    seen.insert(awb);
                    left_out += 1;
                }
                Ok(awb) => {
                    seen.insert(awb.clone());
                    list.valid.push(awb);
                    list.typed.push(token.to_owned());
                }
                Err(error) => list.invalid.push(BadToken {
                    token: token.to_string(),
                    error,
                }),
            }
        }
    }
    if left_out > 0 {
        list.too_many = Some(TooMany {
            limit: MAX_PER_SEARCH,
            over: left_out,
        });
    }
    list
}

/// Byte ranges of the space-separated parts of `piece`.
fn part_spans(piece: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (index, ch) in piece.char_indices() {
        match (ch.is_whitespace(), start) {
            (true, Some(begin)) => {
                spans.push((begin, index));
                start = None;
            }
            (false, None) => start = Some(index),
            _ => {}
        }
    }
    if let Some(begin) = start {
        spans.push((begin, piece.len()));
    }
    spans
}

/// Splits one piece (no hard separators inside) into tokens with their parse results.
fn split_piece(piece: &str) -> Vec<(&str, Result<Awb, AwbError>)> {
    let spans = part_spans(piece);
    let parts: Vec<&str> = spans
        .iter()
        .map(|&(start, end)| &piece[start..end])
        .collect();
    let each: Vec<_> = parts.iter().map(|part| parse(part)).collect();
    if parts.len() <= 1 || each.iter().all(Result::is_ok) {
        return parts.into_iter().zip(each).collect();
    }
    let trimmed = piece.trim();
    if let Ok(awb) = parse(trimmed) {
        return vec![(trimmed, Ok(awb))];
    }
    // Rule 3: valid parts alone, runs of invalid parts joined (as typed, inner spaces kept).
    let mut out = Vec::new();
    let mut run: Option<(usize, usize)> = None; // byte range of the current invalid run
    for (&(start, end), result) in spans.iter().zip(each) {
        match result {
            Ok(awb) => {
                if let Some((from, to)) = run.take() {
                    out.push((&piece[from..to], parse(&piece[from..to])));
                }
                out.push((&piece[start..end], Ok(awb)));
            }
            Err(_) => run = Some(run.map_or((start, end), |(from, _)| (from, end))),
        }
    }
    if let Some((from, to)) = run {
        out.push((&piece[from..to], parse(&piece[from..to])));
    }
    out
}

#[cfg(test)]
mod tests;
