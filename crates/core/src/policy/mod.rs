//! The privacy policy in versions: the shipped files and their rules, the API shapes, which
//! notices a visitor sees, and (feature `diff`) what changed between two versions.
//!
//! The app reads only the API shapes (`api`, `changes`, `document`) and `notice`; parsing the
//! folder (`policy-files`) and diffing (`diff`, the `similar` crate) run on the server, so the
//! wasm bundle carries neither.

pub mod api;
pub mod changes;
pub mod date;
#[cfg(feature = "diff")]
pub mod diff;
pub mod document;
#[cfg(feature = "policy-files")]
mod index;
pub mod notice;
pub mod set;

pub use api::{Comparison, VersionInfo, VersionList, VersionStatus, VersionText};
pub use changes::{Chunk, DiffSummary, Op, ParagraphDiff, PolicyDiff, SectionChange, SectionDiff};
pub use document::{
    parse_document, section_label, standalone_label, Block, Gap, PolicyDocument, Section,
};
pub use notice::{notices, Notices};
pub use set::{PolicyError, PolicySet, PolicyVersion};
