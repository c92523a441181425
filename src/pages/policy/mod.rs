//! The privacy policy pages: the current text (`/privasi`), its history (`/privasi/riwayat`)
//! and the comparison of two versions (`/privasi/bandingkan?dari=…&ke=…`). Texts and
//! comparisons come from the server; the versions list comes from `use_policy`.

mod chunks;
mod compare;
mod compare_form;
mod current;
mod document;
mod history;
mod mark_read;
mod section_diff;
mod toc;

pub use compare::PolicyComparePage;
pub use current::PolicyPage;
pub use history::PolicyHistoryPage;

use serde::{Deserialize, Serialize};

/// `/privasi/bandingkan?dari=FROM&ke=TO`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CompareQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dari: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ke: Option<String>,
}

impl CompareQuery {
    pub fn pair(from: &str, to: &str) -> CompareQuery {
        CompareQuery {
            dari: Some(from.to_owned()),
            ke: Some(to.to_owned()),
        }
    }
}

/// `/privasi?versi=ID` reads an earlier version; `teks=asli` the English original.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PolicyQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub versi: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub teks: Option<String>,
}

/// The value of `teks` that asks for the original text.
pub const ORIGINAL: &str = "asli";
